/**
 * The gallery's language switcher. It sets `lang` and `dir` on the gallery's <main>: every widget inside follows
 * its nearest `lang`, as on a member university's page, and right-to-left languages (Persian, Arabic, Urdu) mirror
 * the cards too. The choice is kept in the address (`?lang=bn`), so a link — or `npm run screenshots` — opens the
 * gallery in that language; any BCP 47 tag works there (`?lang=ur-u-nu-arabext` for Urdu digits).
 */
import { directionOf, resolveLocale } from '../src/core/locale.js';

const select = document.querySelector<HTMLSelectElement>('#language')!;
const main = document.querySelector('main')!;

// The gallery's own words (headings, notes, snippets) stay English, left to right, whatever the widgets speak.
for (const text of main.querySelectorAll<HTMLElement>('h2, h3, p, pre')) {
  text.lang = 'en';
  text.dir = 'ltr';
}

function apply(tag: string): void {
  const locale = resolveLocale(tag);
  if (![...select.options].some((option) => option.value === locale)) {
    // A tag the menu does not list (a region, digits): shown as it is, so the menu never lies about the page.
    select.add(new Option(locale, locale));
  }
  select.value = locale;
  main.lang = locale;
  main.dir = directionOf(locale);
}

select.addEventListener('change', () => {
  apply(select.value);
  const url = new URL(location.href);
  if (select.value === 'en') url.searchParams.delete('lang');
  else url.searchParams.set('lang', select.value);
  history.replaceState(null, '', url);
});

apply(new URL(location.href).searchParams.get('lang') ?? 'en');
