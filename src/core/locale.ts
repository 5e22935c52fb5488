/**
 * Locale resolution and formatting through the platform's Intl. Formatters are cached per locale because
 * constructing Intl objects costs far more than using them, and every widget formats on each render.
 */

import { englishCountryName } from './countries.js';
import { addScriptWriter, languageOf } from './localized-name.js';
import { englishCompact, englishKeyOrder, englishList, englishNumber, englishSortKey, type EnglishStyle } from './english.js';

const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'iw', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Whether `language` (a primary subtag) is written right to left. */
export const rtlLanguage = (language: string): boolean => RTL_LANGUAGES.has(language);

/**
 * The languages netreach writes its words in right to left, in Arabic script (whose semicolon is ؛). A page in another
 * right-to-left language (Hebrew, Pashto, Dhivehi…) gets English words, and one in Arabic letters of a language
 * netreach writes otherwise (`ms-Arab`, `az-Arab`) its Latin ones: left to right, with their own punctuation.
 */
const RTL_WORDS = new Set(['ar', 'fa', 'ur']);

/**
 * What separates the items of a list whose items may hold commas (the source line's publishers): "; ", "؛ " in
 * Persian, Arabic and Urdu, " ; " in French (a narrow no-break space before it, which keeps it off the next line's
 * start), "；" in Chinese. With `comma`, a list of short items (a source's publisher, date and language; a map
 * member's name and region): ", ", "، " in Persian, Arabic and Urdu, "，" in Chinese.
 */
export function listSeparator(locale: string, comma?: boolean): string {
  const language = languageOf(locale);
  if (RTL_WORDS.has(language)) return comma ? '\u060c ' : '\u061b ';
  if (language === 'zh') return comma ? '\uff0c' : '\uff1b';
  return comma ? ', ' : language === 'fr' ? '\u202f; ' : '; ';
}

/**
 * What comes between a label and its value ("Sources: …", "2020: 22M"): ": ", in French with a no-break space
 * before it (" : ", as the French UI strings write it, kept on the label's line), "：" in Chinese.
 */
export function colon(locale: string): string {
  const language = languageOf(locale);
  return language === 'fr' ? '\u00a0: ' : language === 'zh' ? '\uff1a' : ': ';
}

/**
 * Sentences ended by the language's full stop: "۔" in Urdu, "。" in Chinese (with no space after it), "." in the
 * rest (Persian and Arabic write a Latin one).
 */
export function sentences(parts: readonly string[], locale: string): string {
  const language = languageOf(locale);
  const stop = language === 'ur' ? '\u06d4' : language === 'zh' ? '\u3002' : '.';
  return parts.map((part) => part + stop).join(language === 'zh' ? '' : ' ');
}

/**
 * `first` (a sentence without its stop: "Asia: 610K"), then the whole sentences `more`, where there are any, as
 * {@link sentences} joins them ("Asia: 610K. The sum…", "亚洲：61万。成员…"); `first` alone where there are none.
 */
export function followedBy(first: string, more: readonly string[], locale: string): string {
  return more.length ? [sentences([first], locale), ...more].join(languageOf(locale) === 'zh' ? '' : ' ') : first;
}

export type Direction = 'ltr' | 'rtl';

const resolved = new Map<string, string>();

/**
 * A canonical BCP 47 tag for `tag`, or "en" when it is empty or not a valid tag. Never throws. Remembered per
 * tag: every widget resolves its language as it connects.
 */
export function resolveLocale(tag: string | null | undefined): string {
  const trimmed = (tag ?? '').trim();
  if (!trimmed) return 'en';
  let canonical = resolved.get(trimmed);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(trimmed)[0] ?? 'en';
    } catch {
      canonical = 'en';
    }
    resolved.set(trimmed, canonical);
  }
  return canonical;
}

/**
 * How much further apart lines of text are in `locale` than in Latin script: Nastaliq's words slope
 * down to the baseline from well above it and its letters reach well below, so Urdu's lines need half as much
 * again.
 */
export function lineSpacing(locale: string): number {
  return languageOf(locale) === 'ur' ? 1.5 : 1;
}

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** The direction of netreach's words in `locale`: right to left in Persian, Arabic and Urdu, whatever their digits or script. */
export function directionOf(locale: string): Direction {
  return RTL_WORDS.has(languageOf(locale)) ? 'rtl' : 'ltr';
}

/** Arabic outside the Maghreb writes Arabic-Indic digits (٠–٩); browsers' CLDR data now defaults to Latin. */
const LATIN_DIGIT_ARABIC_REGIONS = new Set(['MA', 'DZ', 'TN', 'LY', 'EH', 'MR']);

/**
 * The locale to format numbers with: `locale`, plus the numbering system its readers expect. A `-u-nu-`
 * extension in the tag always wins (`ur-u-nu-arabext`, `fa-u-nu-latn`, `bn-u-nu-latn`). Without one, CLDR's
 * default is right for every language netreach speaks but Arabic:
 * - Persian: Extended Arabic-Indic digits (۰–۹); Bengali: Bengali digits (০–৯).
 * - Urdu: Latin digits (0–9) for `ur` and `ur-PK`, Extended Arabic-Indic for `ur-IN`. Pakistani newspapers,
 *   government statistics and Urdu websites print Latin digits in Urdu text, which is why CLDR chose them;
 *   Urdu-form digits (۴ ۶ ۷ differ from Persian) are kept for textbooks, older print and Indian Urdu publishing.
 *   A page that wants them says `lang="ur-u-nu-arabext"`.
 * - Chinese, Russian, Portuguese, Indonesian, Azerbaijani, French, Turkish, Malay: Latin digits.
 */
export function numberLocale(locale: string): string {
  if (languageOf(locale) !== 'ar' || /-u-(?:.+-)?nu-/.test(locale)) return locale;
  try {
    const region = new Intl.Locale(locale).region;
    if (region && LATIN_DIGIT_ARABIC_REGIONS.has(region)) return locale;
    return `${locale}-u-nu-arab`;
  } catch {
    return locale;
  }
}

const US: EnglishStyle = { serialComma: true, dayFirst: false };
/**
 * CLDR's en-001, the English of the Commonwealth and of most countries that write English besides the US. Its names
 * differ from en's in nine (St Lucia, St Kitts & Nevis, US Virgin Islands, St Vincent & the Grenadines…), each by one
 * of these three edits of en's, which no other name of the 249 has in it: a rule rather than the nine names up front.
 */
const WORLD: EnglishStyle = {
  serialComma: false,
  dayFirst: true,
  name: (english) => english.replace('St.', 'St').replace('U.S.', 'US').replace('& G', '& the G'),
};

/**
 * The English of the OIC's members (CINVU's 57 countries) as Intl writes it: CLDR's own English for Cameroon, the
 * Gambia, Guyana, the Maldives, Sudan, Sierra Leone and Uganda is en-001's (as Pakistan's, Malaysia's and Nigeria's,
 * listed below with the UAE's); for the other members' regions CLDR has no English of its own, and Intl writes
 * en-SA, en-EG, en-QA… as `en`. Indonesia's (en-ID: a decimal comma) is not among them: it goes through Intl.
 */
const OIC_WORLD_ENGLISH = ['CM', 'GM', 'GY', 'MV', 'SD', 'SL', 'UG'];
const OIC_US_ENGLISH =
  'AF AL AZ BD BF BH BJ BN CI DJ DZ EG GA GN GW IQ IR JO KG KM KW KZ LB LY MA ML MR MZ NE OM PS QA SA SN SO SR SY TD TG TJ TM TN TR UZ YE';

/**
 * The English locales whose numbers, dates, country names and lists english.ts writes as `Intl` would, and no
 * `Intl` object is made (a page's first one costs 11–16 ms; see english.ts): US English, the UAE's (US English with
 * the day first), CLDR's en-001 as Pakistan, Malaysia, Nigeria, Singapore, Ireland and Britain write it (Britain's
 * compact numbers in lower case: 22m, 1.2bn), and the other OIC members' (above). Not `en-IN` (lakhs and crores),
 * `en-ZA` or `en-ID` (a decimal comma), `en-AU` or `en-CA` (other names), nor any English locale not listed: those
 * go through Intl.
 */
const ENGLISH_STYLES = new Map<string, EnglishStyle>([
  ['en', US],
  ['en-US', US],
  ['en-AE', { ...US, dayFirst: true }],
  ['en-001', WORLD],
  ['en-PK', WORLD],
  ['en-MY', WORLD],
  ['en-NG', WORLD],
  ['en-SG', WORLD],
  ['en-IE', WORLD],
  ['en-GB', { ...WORLD, british: true }],
  ...OIC_WORLD_ENGLISH.map((region): [string, EnglishStyle] => [`en-${region}`, WORLD]),
  ...OIC_US_ENGLISH.split(' ').map((region): [string, EnglishStyle] => [`en-${region}`, US]),
]);
/** How english.ts writes `locale`, when it does (a finite `value`: Intl writes "∞" and "NaN"). */
const englishStyle = (locale: string, value = 0) => (Number.isFinite(value) ? ENGLISH_STYLES.get(locale) : undefined);
/** How english.ts writes `locale`, or undefined where Intl does (see ENGLISH_STYLES). */
export const englishStyleOf = (locale: string): EnglishStyle | undefined => ENGLISH_STYLES.get(locale);
/** The locales english.ts writes (see ENGLISH_STYLES), for tests and docs. */
export const englishLocales = (): string[] => [...ENGLISH_STYLES.keys()];

/**
 * The cached formatter of `options` for `locale`. `key` names the options in the cache: serializing them on every
 * call, as each number drawn makes one, took 1.7 ms of a page of 100 maps' first draw. Exported for percent.ts,
 * whose copies in the lazy chunks that write percentages share this cache.
 */
export function numberFormat(locale: string, key: string, options: Intl.NumberFormatOptions): Pick<Intl.NumberFormat, 'format'> {
  return cached(`nf|${locale}|${key}`, () => {
    const own = supplementOf(locale)?.numbers;
    if (own) {
      const english = new Intl.NumberFormat('en', options);
      return { format: (value: number) => own(english.format(value)) };
    }
    try {
      return new Intl.NumberFormat(numberLocale(locale), options);
    } catch {
      return new Intl.NumberFormat('en', options);
    }
  });
}

/** Full number in the locale's digits: 30,000,000 / ۳۰٬۰۰۰٬۰۰۰. */
export function formatNumber(value: number, locale: string, maximumFractionDigits = 0): string {
  if (englishStyle(locale, value)) return englishNumber(value, maximumFractionDigits);
  return numberFormat(locale, `fraction ${maximumFractionDigits}`, { maximumFractionDigits }).format(value);
}

/**
 * Short number for tight spaces: 30M, 1.5M, 3.6M / ۳۰ میلیون. Intl's compact rounding keeps two significant digits.
 * The number and its unit word are joined by a no-break space, as Intl's short form joins them and its long form
 * does not: "22 million", "۲۲ میلیون" never split across two lines of a note, on screen or in a file.
 */
export function formatCompact(value: number, locale: string, display: 'short' | 'long' = 'short', down?: boolean): string {
  const small = Math.abs(value) < 10;
  const english = englishStyle(locale, value);
  return (
    english
      ? englishCompact(value, display, small ? 1 : undefined, english.british, down)
      : numberFormat(locale, `compact ${display}${small ? ' small' : ''}${down ? ' down' : ''}`, {
          notation: 'compact',
          compactDisplay: display,
          ...(small ? { maximumFractionDigits: 1 } : {}),
          ...(down ? { roundingMode: 'trunc' } : {}),
        }).format(value)
  ).replace(/ /g, '\u00a0');
}

/** A year without grouping separators, in the locale's digits: 2020 / ۲۰۲۰. */
export function formatYear(year: number, locale: string): string {
  if (englishStyle(locale, year)) return englishNumber(year, 3, false);
  return numberFormat(locale, 'year', { useGrouping: false }).format(year);
}

/**
 * What a language's chunk adds to Intl (`localeData` of i18n/<language>.ts), by locale tag, so that a page and
 * `netreach render` (Node's Intl, whose data has no Chromium patch and more languages) write the same words: the
 * country names Chromium gives otherwise than CLDR's default (its data shows CLDR's variant for the Falklands), and,
 * for a language Chromium has no data in (Azerbaijani), all its names, its alphabetical order, lists and numbers.
 */
export interface LocaleSupplement {
  /** Country names by ISO alpha-2 code, asked before Intl.DisplayNames. */
  readonly countryNames?: Readonly<Record<string, string>>;
  /** The language's alphabetical order, in place of Intl.Collator's: `numeric`, numbers by their value (9 before 10). */
  readonly compare?: (a: string, b: string, numeric?: boolean) => number;
  /** A date ("18 noyabr 2020", or without its day "noyabr 2020"), in place of Intl.DateTimeFormat's. */
  readonly date?: (utc: Date, withDay: boolean) => string;
  /** Language names by tag ("fars" for fa), asked before Intl.DisplayNames: those of the languages sources are likely in. */
  readonly languageNames?: Readonly<Record<string, string>>;
  /** A conjunction list ("A, B və C"), in place of Intl.ListFormat's. */
  readonly list?: (items: string[]) => string;
  /** The language's number from English's ("1,234.5" → "1.234,5", "30M" → "30 mln"), in place of Intl.NumberFormat's. */
  readonly numbers?: (english: string) => string;
  /**
   * How text given in the language's usual script is written in the supplement's (az-Cyrl: a dataset's Azerbaijani,
   * which it gives in Latin letters): dataset names are given by language, not by script.
   */
  readonly write?: (text: string) => string;
}
export type LocaleData = Readonly<Record<string, LocaleSupplement>>;
const localeData = new Map<string, LocaleData>();

/** Registers what `language`'s chunk adds to Intl as it loads (loadCatalog). */
export function addLocaleData(language: string, data: LocaleData): void {
  localeData.set(language, data);
  for (const [tag, supplement] of Object.entries(data)) if (supplement.write) addScriptWriter(tag, supplement.write);
  // prepareLocale() makes the language's number formats while its chunk loads: made again with the chunk's numbers.
  for (const key of cache.keys()) if (key.startsWith('nf|') && languageOf(key.split('|')[1]!) === language) cache.delete(key);
}

/**
 * The supplement for `locale`: its tag's, else its tag's without a region (az-Cyrl-AZ reads az-Cyrl's, fr-BE fr's);
 * a script the chunk does not name (az-Arab) has none.
 */
export function supplementOf(locale: string): LocaleSupplement | undefined {
  const own = localeData.get(languageOf(locale));
  if (!own) return undefined;
  const tag = locale.split(/-[a-z]-/i)[0]!;
  return own[tag] ?? own[tag.replace(/-(?:[a-z]{2}|\d{3})$/i, '')];
}

/**
 * Where Chromium shows CLDR's short name in place of its long one ("Palestine", not "Palestinian Territories";
 * Hong Kong and Macao without "SAR China"), as English's table does: asked of Intl in the short style, every
 * runtime with the same CLDR gives the same name, in any of the language's regions.
 */
const SHORT_NAMES = new Set(['HK', 'MO', 'PS']);

/** Intl.DisplayNames for countries, with English as the fallback when the locale has no data. */
function regionNames(locale: string, style: 'long' | 'short'): Intl.DisplayNames | undefined {
  return cached(`dn|${style}|${locale}`, () => {
    try {
      return new Intl.DisplayNames([locale, 'en'], { type: 'region', style, fallback: 'code' });
    } catch {
      return undefined;
    }
  });
}

/**
 * The localized name of a country from its ISO alpha-2 code. `fallback` (usually the alpha-3 code) is returned
 * when the platform knows nothing better.
 */
export function countryNameFromAlpha2(alpha2: string | undefined, locale: string, fallback: string): string {
  if (!alpha2) return fallback;
  const style = englishStyle(locale);
  const english = style && englishCountryName(alpha2);
  if (english) return style.name ? style.name(english) : english;
  const own = supplementOf(locale)?.countryNames?.[alpha2];
  if (own) return own;
  try {
    const name = regionNames(locale, SHORT_NAMES.has(alpha2) ? 'short' : 'long')?.of(alpha2);
    return name && name !== alpha2 ? name : fallback;
  } catch {
    return fallback;
  }
}

const prepared = new Set<string>();

/**
 * Creates the formatters every widget uses for `locale` (country names, numbers, compact numbers) ahead of
 * their first use, once per locale, and loads the list patterns summaries use. The first Intl object a page
 * creates costs ~10 ms (the engine builds its table of locales): call this while waiting on the network, and
 * the wait hides it.
 */
export function prepareLocale(locale: string): void {
  // English is written without Intl: nothing to prepare.
  if (prepared.has(locale) || englishStyle(locale)) return;
  prepared.add(locale);
  countryNameFromAlpha2('PK', locale, '');
  formatNumber(1, locale);
  formatCompact(1, locale);
  try {
    new Intl.ListFormat(locale).format(['a', 'b']);
  } catch {
    // An invalid locale: the formatters above fell back to English; nothing to prepare.
  }
}

const listFormats = new Map<string, Intl.ListFormat | null>();

/**
 * A list in the locale's words and punctuation: "2019 and 2020", "۲۰۱۹ و ۲۰۲۰" (`conjunction`), or, without words,
 * "Asia 27, Africa 27", "آسیا ۲۷، آفریقا ۲۷" (`unit`: joined by the language's comma, `listSeparator()`, as
 * `Intl.ListFormat`'s unit lists run Chinese items together and join Turkish and Russian ones by spaces alone).
 * A language's chunk may bring its "and" (Azerbaijani, which Chromium has no list data for); where neither it nor the
 * platform has one, a conjunction is wordless too, so no English "and" slips in.
 */
export function formatList(items: string[], locale: string, type: 'conjunction' | 'unit' = 'conjunction'): string {
  const english = englishStyle(locale);
  if (english) return englishList(items, type, english.serialComma);
  const own = type === 'conjunction' && supplementOf(locale)?.list;
  if (own) return own(items);
  let format = type === 'unit' ? null : listFormats.get(locale);
  if (format === undefined) {
    let supported = false;
    try {
      supported = Intl.ListFormat.supportedLocalesOf(locale).length > 0;
    } catch {
      // Not a valid tag.
    }
    format = supported ? new Intl.ListFormat(locale, { type: 'conjunction' }) : null;
    listFormats.set(locale, format);
  }
  return format ? format.format(items) : items.join(listSeparator(locale, true));
}

const collators = new Map<string, Intl.Collator>();

function collator(locale: string, numeric: boolean): Intl.Collator {
  const key = `${locale}|${numeric}`;
  let found = collators.get(key);
  if (!found) {
    const options = numeric ? { numeric } : undefined;
    try {
      found = new Intl.Collator(locale, options);
    } catch {
      found = new Intl.Collator('en', options);
    }
    collators.set(key, found);
  }
  return found;
}

/** Above this many texts to sort, the collator's own comparison beats working out each text's key (see textOrder). */
const MANY_TEXTS = 5000;

/**
 * Text in the order of `Intl.Collator(locale, { numeric })`: a comparison for sorting `count` texts (negative: `a`
 * first). The collator is made at the first comparison that needs one: English text needs none where
 * `englishKeyOrder` can tell, which is nearly always (each text's key worked out once), and a page's first collator
 * costs 11–16 ms. Not for more than 5,000 texts: there the keys cost more than the collator (the 20,000-row table
 * sorted in 1.05× the CPU with them).
 */
export function textOrder(locale: string, numeric = false, count = 0): (a: string, b: string) => number {
  const own = supplementOf(locale)?.compare;
  if (own) return (a, b) => own(a, b, numeric);
  if (!englishStyle(locale) || count > MANY_TEXTS) return (a, b) => collator(locale, numeric).compare(a, b);
  const keys = new Map<string, string>();
  const key = (text: string) => {
    let found = keys.get(text);
    if (found === undefined) keys.set(text, (found = englishSortKey(text)));
    return found;
  };
  return (a, b) => englishKeyOrder(key(a), key(b), numeric) ?? collator(locale, numeric).compare(a, b);
}

export { languageOf, localizedName } from './localized-name.js';
