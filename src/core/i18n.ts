/**
 * The UI's own strings in every language netreach ships. Data (country, region, metric names) is localized
 * elsewhere: countries by Intl.DisplayNames (with the few names a language's chunk brings, its `localeData`:
 * see locale.ts), the rest by the dataset's `names`/`labels` maps.
 *
 * A message is a string, or — where a noun follows a count — one string per plural category of the language
 * (`{ one: '{count} country', other: '{count} countries' }`), chosen by Intl.PluralRules on the `count`
 * parameter. Each language decides for itself: Russian needs one/few/many/other where English has a plain
 * string, and Persian or Chinese, whose nouns do not change after a numeral, write a plain string where
 * English has forms.
 */
import { isolateValue } from './bidi.js';
import { englishPlural } from './english.js';
import { addLocaleData, formatNumber, languageOf, rtlLanguage, type LocaleData } from './locale.js';

/** CLDR's plural categories; `other` is the one every language has. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type PluralMessage = Readonly<Partial<Record<PluralCategory, string>> & { other: string }>;
export type Message = string | PluralMessage;
/** Placeholder values. Numbers are written in the locale's digits; `count` also picks the plural form. */
export type MessageParams = { readonly count?: number } & Readonly<Record<string, string | number | undefined>>;

const en = {
  loading: 'Loading…',
  noData: 'No data',
  source: 'Source',
  sources: 'Sources',
  /** After "Source: " where a dataset cites none for what a widget shows: it says so rather than cite nothing. */
  sourceNone: 'none given in the data',
  /** After a metric's name where no source gives its members' figures: "Students: no source given in the data". */
  noSource: 'no source given in the data',
  illustrative: 'Illustrative data',
  illustrativeNote: 'These figures are made up for demonstration.',
  empty: 'This dataset has no member countries.',
  countries: 'Member countries',
  countriesVisitors: 'Countries of visitors',
  countriesPartners: 'Partner countries',
  countMembers: { one: '{count} member country', other: '{count} member countries' },
  countVisitors: { one: '{count} country of visitors', other: '{count} countries of visitors' },
  countPartners: { one: '{count} partner country', other: '{count} partner countries' },
  universities: 'Universities',
  atLeast: 'at least {value}',
  atMost: 'at most {value}',
  namedInSources: '{count} named in the sources',
  notShown: '{count} not shown',
  partialNote: {
    one: 'The sources name only {listed} of {total}; the other is not shown.',
    other: 'The sources name only {listed} of {total}; the other {count} are not shown.',
  },
  /** A figure netreach adds up from the members' figures (the stat's total, a region's in the bars, regions and table). */
  statSum: 'The sum of the members’ figures: no total is published.',
  statSumSome: {
    one: 'The sum of the figures of {counted} of the {total} members (the other has none): no total is published.',
    other: 'The sum of the figures of {counted} of the {total} members (the other {count} have none): no total is published.',
  },
  partialSome: 'Only some are named in the sources.',
  examplesNote: 'The source lists these as examples (“such as”): there may be more.',
  trend: 'Trend',
  moreThan: 'more than {value}',
  about: 'about {value}',
  other: 'Other ({count})',
  byRegion: '{metric} by region',
  byCountry: '{metric} by country',
  regions: 'Regions',
  continents: 'Continents',
  regionsUnavailable: 'The sources assign no regions, so there is no grouping by region.',
  regionsInferred: 'The sources give only how many countries each region has; which country is in which region is inferred.',
  listInferred: 'The sources give only how many countries there are; which they are is inferred.',
  /** After a country no source names ("China: listed by inference…"), and in its tooltip and accessible name. */
  listedByInference: 'listed by inference (see the source’s note)',
  countriesInferred: 'The sources give only how many countries each region has; which countries they are is inferred.',
  regionsContinents: 'The regions are continents, assigned for this dataset: the sources give none.',
  regionsDataset: 'The regions were drawn up for this dataset: the sources give none.',
  total: 'Total',
  andMore: '{list} and {count} more',
  noFiguresToDraw: '{metric}: the sources give no figures to draw here.',
  /** Bars of the countries metric by country: each would be 1. */
  barsCountOfOne: 'Counted country by country, every bar would be {one}: there is nothing to compare here.',
  tableCaptionMembers: '{network}: member countries',
  tableCaptionVisitors: '{network}: countries of visitors',
  tableCaptionPartners: '{network}: partner countries',
  errorHttp: 'Could not load {url}: HTTP {status}',
  errorNotJson: '{url} is not JSON',
  errorInvalid: 'The data is not valid: {detail}',
  errorVersion: 'Unsupported dataset: {detail}',
  errorUnknownMetric: 'Unknown metric "{metric}"',
  errorTimeout: 'Loading {url} took too long',
  errorTooLarge: '{url} is larger than {detail}',
  errorNetwork: 'Could not reach {url}',
  errorProvider: 'No <netreach-data id="{detail}"> on this page',
  errorUnknownDataset: 'Unknown dataset "{detail}"',
  errorGeometry: 'Could not load the world map',
  errorChunk: 'Could not load. Reload the page to try again.',
  errorUnknown: 'Something went wrong: {detail}',
  menu: 'Chart menu',
  selected: 'Selected: {name}',
} satisfies Record<string, Message>;

/**
 * The English of the code that comes later — the map's, the trend's, the table's, the regions' and the dashboard's
 * chunks, the on-demand chunk (menu, About this data, files), the countries' overlap (the map's and the table's
 * chunks each have a copy) and a figure over time in words (the KPI tile's, the trend's, the dashboard's and the
 * on-demand chunks each have a copy) — is in that code (`en/*.ts`), which adds it to
 * English as it loads: a page gets only the English of what it runs. (The KPI tile's sums' sentences are up front,
 * where the bars say them too.) Every other language keeps all its strings in its own chunk.
 */
type LaterEnglish = typeof import('./en/map.js').MAP_ENGLISH &
  typeof import('./en/table.js').TABLE_ENGLISH &
  typeof import('./en/trend.js').TREND_ENGLISH &
  typeof import('./en/regions.js').REGIONS_ENGLISH &
  typeof import('./en/on-demand.js').ON_DEMAND_ENGLISH &
  typeof import('./en/dashboard.js').DASHBOARD_ENGLISH &
  typeof import('./en/overlap.js').OVERLAP_ENGLISH &
  typeof import('./en/growth.js').GROWTH_ENGLISH &
  typeof import('./en/later.js').LATER_ENGLISH;

export type MessageKey = keyof typeof en | keyof LaterEnglish;
export type Catalog = Record<MessageKey, Message>;

const english: Partial<Catalog> = { ...en };
const catalogs: Record<string, Partial<Catalog>> = { en: english };

/** Adds the English strings of a chunk as it loads (`en/*.ts`). */
export function addEnglish(strings: Partial<Catalog>): void {
  Object.assign(english, strings);
}

/**
 * The other languages load on demand, so a page in English does not download Persian, and the other way
 * round: each is a small lazy chunk of the ES bundle (and inlined in the classic script).
 */
const LOADERS: Record<string, () => Promise<{ default: Catalog; localeData?: LocaleData; scripts?: Readonly<Record<string, Catalog>> }>> = {
  fa: () => import('./i18n/fa.js'),
  ar: () => import('./i18n/ar.js'),
  fr: () => import('./i18n/fr.js'),
  tr: () => import('./i18n/tr.js'),
  ms: () => import('./i18n/ms.js'),
  ur: () => import('./i18n/ur.js'),
  id: () => import('./i18n/id.js'),
  bn: () => import('./i18n/bn.js'),
  ru: () => import('./i18n/ru.js'),
  az: () => import('./i18n/az.js'),
  // Simplified characters; zh-TW, zh-HK and zh-Hant pages get them too (see i18n/zh.ts).
  zh: () => import('./i18n/zh.js'),
  pt: () => import('./i18n/pt.js'),
};

/** The languages whose UI strings netreach ships. */
export const UI_LANGUAGES = ['en', ...Object.keys(LOADERS)];

const pending = new Map<string, Promise<void>>();
const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * The catalog `locale` reads: its language's ("az"), or the one its language's chunk adds for the whole tag, in
 * another script ("az-Cyrl", "az-Cyrl-AZ": see `scripts` in i18n/az.ts; tags are canonical, as resolveLocale gives them).
 */
const catalogKey = (locale: string) => (hasOwn(catalogs, locale) ? locale : languageOf(locale));

/**
 * The language a widget's text is in: `locale` where netreach has its words, else English ("de" → "en"), so that
 * its lists, plurals, numbers, names and `lang` follow the words it shows (docs/LANGUAGES.md).
 */
export const textLocale = (locale: string): string => (UI_LANGUAGES.includes(languageOf(locale)) ? locale : 'en');

/** Whether msg() can answer in `locale`'s language now (true for languages netreach does not ship: English). */
export function catalogReady(locale: string): boolean {
  return hasOwn(catalogs, catalogKey(locale)) || !hasOwn(LOADERS, languageOf(locale));
}

/** Loads `locale`'s UI strings; resolves at once when they are there or not shipped. Never rejects. */
export function loadCatalog(locale: string): Promise<void> {
  const language = languageOf(locale);
  if (catalogReady(locale)) return Promise.resolve();
  let loading = pending.get(language);
  if (!loading) {
    loading = LOADERS[language]!().then(
      (module) => {
        catalogs[language] = module.default;
        // As getters: a script's catalog is written when first read (i18n/az.ts).
        Object.defineProperties(catalogs, Object.getOwnPropertyDescriptors(module.scripts ?? {}));
        if (module.localeData) addLocaleData(language, module.localeData);
      },
      (error: unknown) => {
        // A failed chunk load leaves English in place (widgets are drawn wholly in it); the next call tries again.
        pending.delete(language);
        console.warn(`netreach: no "${language}" UI strings; drawn in English`, error);
      },
    );
    pending.set(language, loading);
  }
  return loading;
}

/** `language`'s UI strings once loaded (English always), for tools and tests that check every message. */
export function catalogOf(language: string): Readonly<Catalog> | undefined {
  // English is whole once every chunk's English is here: tools and tests that read all of it import en/all.js.
  return hasOwn(catalogs, language) ? (catalogs[language] as Catalog) : undefined;
}

/** `{name}` in a message: a placeholder. */
const PLACEHOLDER = /\{(\w+)\}/g;

/** One Intl.PluralRules per locale: widgets call msg() on every render, and constructing one costs far more than select(). */
const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(locale: string, count: number): PluralCategory {
  if (languageOf(locale) === 'en') return englishPlural(count);
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules.select(count);
}

/**
 * A UI string for `locale` (falling back to English) with `{name}` placeholders filled in as plain text:
 * numbers in the locale's digits, strings as given, in a bidi isolate when written the other way (src/core/bidi.ts). A message with plural forms takes the form for `count`.
 * In Chinese, a space left between two characters is taken out.
 */
export function msg(locale: string, key: MessageKey, params: MessageParams = {}): string {
  const language = languageOf(locale);
  const own = catalogKey(locale);
  const translated = hasOwn(catalogs, own);
  // Never undefined where the code that asks is loaded: a module that asks for a later string imports its en/*.ts
  // (test/unit/i18n.test.ts checks that every one does).
  const message: Message = (translated ? catalogs[own]![key] : undefined) ?? english[key] ?? key;
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    // English text follows English rules, even on a page whose language netreach does not speak.
    const category = params.count === undefined ? 'other' : pluralCategory(translated ? locale : 'en', params.count);
    template = message[category] ?? message.other;
  }
  const rtl = translated && rtlLanguage(language);
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === 'number' ? formatNumber(value, locale) : isolateValue(String(value ?? ''), rtl);
  });
  // Chinese sets no space between characters: the one a template keeps by a figure ("{value} 的时间": "5,000 的时间")
  // goes where the figure ends in one ("12万的时间").
  return language === 'zh' ? text.replace(/(\p{sc=Han}) (?=\p{sc=Han})/gu, '$1') : text;
}
