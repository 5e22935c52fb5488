/**
 * "About this data"'s list for what a widget shows (see about.ts): the sources behind it with their dates, links,
 * languages and notes, the notes netreach adds, and which names were translated for the dataset. A module of its
 * own, which only the panel asks for: it comes with the menu's on-demand module, not with what a page loads up
 * front. Pure functions; no DOM.
 */
import { sourcePublisher } from './aggregate.js';
import { backing, formatSourceDate, uncited, type AboutData, type AboutScope, type AboutSource } from './about.js';
import { isolateValue } from './bidi.js';
import { catalogOf, msg } from './i18n.js';
import { growthText, periodNotes } from './growth.js';
import { countriesKnowledge, regionGrouping, universitiesKnowledge, withRegionNote } from './knowledge.js';
import { formatList, languageOf, localizedName, rtlLanguage, supplementOf } from './locale.js';
import { networkName, periodLabel } from './names.js';
import { COUNTRIES_METRIC, type Dataset, type LocalizedNames, type OurTranslations } from './types.js';
import './en/on-demand.js';

/** A source's language in `locale`'s words: the language's chunk's name for it (Azerbaijani's), else Intl's. */
function languageName(tag: string, locale: string): string | undefined {
  const own = supplementOf(locale)?.languageNames?.[tag];
  if (own) return own;
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(tag);
  } catch {
    return undefined;
  }
}

/** The shown text of a name, when the dataset marks the variant shown in `locale` as its own translation. */
function ourText(
  names: LocalizedNames | undefined,
  fallback: string,
  ours: OurTranslations | undefined,
  locale: string,
): string | undefined {
  if (!ours?.length) return undefined;
  const language = languageOf(locale);
  const shownTag = names && Object.hasOwn(names, locale) ? locale : names && Object.hasOwn(names, language) ? language : 'en';
  return ours.includes(shownTag) || ours.includes(languageOf(shownTag)) ? localizedName(names, fallback, locale) : undefined;
}

/** Everything the "About this data" panel lists for `scope`, in `locale`. */
export function aboutData(dataset: Dataset, scope: AboutScope, locale: string): AboutData {
  const sources: AboutSource[] = [];
  const foreign = languageOf(locale) !== 'en';
  // A publisher's name shown in a language the source does not give it in (the English of a Persian article's).
  const ourPublishers: (string | undefined)[] = [];
  for (const [source, backs] of backing(dataset, scope, locale)) {
    const entry: AboutSource = { id: source.id, title: source.title, backs };
    const publisher = sourcePublisher(source, locale);
    if (publisher) {
      entry.publisher = publisher;
      ourPublishers.push(ourText(source.publishers, publisher, source.ourTranslations, locale));
    }
    if (source.date) {
      entry.date = source.date;
      entry.dateText = formatSourceDate(source.date, locale);
    }
    if (source.url) entry.url = source.url;
    if (source.language) {
      entry.language = source.language;
      const name = languageName(source.language, locale);
      if (name) entry.languageName = name;
    }
    if (source.note) {
      entry.note = source.note;
      // A dataset writes its sources' notes in English: said so on a page in another language (`lang="en"`).
      if (foreign) entry.noteLang = 'en';
    }
    sources.push(entry);
  }

  // First, what the source line says besides its sources: the figures none gives, or that none is given.
  const notes = uncited(dataset, scope, locale, sources.length);
  const english: string[] = [];
  const listNotes = scope.countries || scope.metrics?.includes(COUNTRIES_METRIC) ? countriesKnowledge(dataset, locale).notes : [];
  if (scope.regions) {
    const grouping = regionGrouping(dataset, locale);
    notes.push(...withRegionNote(listNotes, grouping));
    if (grouping.detail) {
      notes.push(grouping.detail);
      // The regions' note in English, the dataset giving none in the page's language.
      if (foreign && !localizedName(dataset.regionAssignment?.notes, '', locale)) english.push(grouping.detail);
    }
  } else notes.push(...listNotes);
  // The totals' periods and growth, where the totals are shown (the list's count backs the list: always).
  const totalsOf = (metric: string) =>
    scope.metrics?.includes(metric) && (metric === COUNTRIES_METRIC || (scope.totals ?? !scope.countries));
  for (const metric of scope.metrics ?? []) {
    if (!totalsOf(metric)) continue;
    notes.push(...periodNotes(dataset, metric, locale));
    const growth = growthText(dataset, metric, locale);
    if (growth) notes.push(growth.note);
  }
  if (scope.universities) notes.push(...universitiesKnowledge(dataset, locale).notes);

  const ours: string[] = [];
  const push = (text: string | undefined) => {
    if (text !== undefined && !ours.includes(text)) ours.push(text);
  };
  const { network } = dataset;
  push(ourText(network.names, network.name, network.ourTranslations, locale));
  if (scope.regions) for (const region of dataset.regions) push(ourText(region.names, region.name, region.ourTranslations, locale));
  for (const metric of dataset.metrics ?? []) {
    if (!scope.metrics?.includes(metric.id)) continue;
    push(ourText(metric.labels, metric.label, metric.ourTranslations, locale));
  }
  for (const total of dataset.totals ?? []) {
    if (total.period && totalsOf(total.metric)) {
      push(ourText(total.period.labels, total.period.label, total.period.ourTranslations, locale) && periodLabel(total.period, locale));
    }
  }
  if (scope.universities) {
    for (const university of dataset.universities ?? [])
      push(ourText(university.names, university.name, university.ourTranslations, locale));
  }
  ourPublishers.map(push);

  const about: AboutData = { title: msg(locale, 'aboutData'), network: networkName(dataset, locale), sources, notes };
  if (english.length) about.english = english;
  // Each name isolated when written the other way than the sentence (as msg() isolates a value, and a file its
  // sources): an English publisher in an Arabic line is ordered as one unit, its brackets its own.
  const language = languageOf(locale);
  const rtl = rtlLanguage(language) && !!catalogOf(language);
  if (ours.length) {
    about.translated = msg(locale, 'aboutTranslated', {
      list: formatList(
        ours.map((name) => isolateValue(name, rtl)),
        locale,
        'unit',
      ),
    });
  }
  if (dataset.illustrative) about.illustrative = msg(locale, 'illustrativeNote');
  return about;
}
