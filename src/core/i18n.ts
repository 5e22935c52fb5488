/**
 * The UI's own strings in every language netreach ships. Data (country, region, metric names) is localized
 * elsewhere: countries by Intl.DisplayNames, the rest by the dataset's `names`/`labels` maps.
 */
import { languageOf } from './locale.js';

const en = {
  loading: 'Loading…',
  noData: 'No data',
  tableTruncated: 'The first {shown} of {total} rows; the CSV download has them all.',
  source: 'Source',
  sources: 'Sources',
  illustrative: 'Illustrative data',
  illustrativeNote: 'These figures are made up for demonstration.',
  empty: 'This dataset has no member countries.',
  countries: 'Member countries',
  trend: 'Trend',
  sinceYear: '{change} since {year}',
  moreThan: 'more than {value}',
  about: 'about {value}',
  other: 'Other ({count})',
  byRegion: '{metric} by region',
  byCountry: '{metric} by country',
  regions: 'Regions',
  total: 'Total',
  valueShare: '{value} ({share})',
  waffleCountries: 'Each square is one member country',
  wafflePercent: 'Each square is {unit} of the total',
  andMore: 'and {count} more',
  mapSummary: 'Map of {count} member countries in {regions} regions: {list}.',
  mapRange: '{metric}: highest {high}, lowest {low}.',
  mapMissing: 'No data for {count} countries.',
  mapReach: 'Our network reaches {count} countries from {home}.',
  mapShowTable: 'Show as table',
  mapCountry: 'Country',
  mapRegion: 'Region',
  trendRose: '{metric} rose from {from} in {fromYear} to {to} in {toYear}.',
  trendFell: '{metric} fell from {from} in {fromYear} to {to} in {toYear}.',
  trendSteady: '{metric} stayed at {to} from {fromYear} to {toYear}.',
  trendSingle: '{metric}: {value} in {year}.',
  trendGap: 'No figure for {years}.',
  trendKeys: 'Use the left and right arrow keys to move between years.',
  trendNoTotals: 'No published totals for {metric}.',
  tableCaptionMembers: '{network}: member countries',
  tableCaptionUniversities: '{network}: universities',
  tableCaptionRegions: '{network}: members by region',
  tableCountry: 'Country',
  tableRegion: 'Region',
  tableJoined: 'Joined',
  tableUniversity: 'University',
  tableCity: 'City',
  tableShare: 'Share',
  errorHttp: 'Could not load {url}: HTTP {status}',
  errorNotJson: '{url} is not JSON',
  errorInvalid: 'The data is not valid: {detail}',
  errorVersion: 'Unsupported dataset: {detail}',
  errorUnknownMetric: 'Unknown metric "{metric}"',
  errorTimeout: 'Loading {url} took too long',
  errorTooLarge: '{url} is larger than {detail}',
  errorNetwork: 'Could not reach {url}',
  errorProvider: 'No <netreach-data id="{detail}"> on this page',
  errorGeometry: 'Could not load the world map',
  errorUnknown: 'Something went wrong: {detail}',
  menu: 'Chart menu',
  downloadPng: 'Download PNG',
  downloadSvg: 'Download SVG',
  downloadCsv: 'Download CSV',
  viewData: 'View data',
  hideData: 'Hide data',
  fullScreen: 'Full screen',
  exitFullScreen: 'Exit full screen',
  close: 'Close',
  selected: 'Selected: {name}',
  clearSelection: 'Clear selection',
  keyFigures: 'Key figures',
};

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

const catalogs: Record<string, Catalog> = { en };

/**
 * The other languages load on demand, so a page in English does not download Persian, and the other way
 * round: each is a small lazy chunk of the ES bundle (and inlined in the classic script).
 */
const LOADERS: Record<string, () => Promise<{ default: Catalog }>> = {
  fa: () => import('./i18n/fa.js'),
  ar: () => import('./i18n/ar.js'),
  fr: () => import('./i18n/fr.js'),
  tr: () => import('./i18n/tr.js'),
  ms: () => import('./i18n/ms.js'),
};

/** The languages whose UI strings netreach ships. */
export const UI_LANGUAGES = ['en', ...Object.keys(LOADERS)];

const pending = new Map<string, Promise<void>>();

/** Whether msg() can answer in `locale`'s language now (true for languages netreach does not ship: English). */
export function catalogReady(locale: string): boolean {
  const language = languageOf(locale);
  return Object.prototype.hasOwnProperty.call(catalogs, language) || !Object.prototype.hasOwnProperty.call(LOADERS, language);
}

/** Loads `locale`'s UI strings; resolves at once when they are there or not shipped. Never rejects. */
export function loadCatalog(locale: string): Promise<void> {
  const language = languageOf(locale);
  if (catalogReady(language)) return Promise.resolve();
  let loading = pending.get(language);
  if (!loading) {
    loading = LOADERS[language]!().then(
      (module) => {
        catalogs[language] = module.default;
      },
      () => {
        // A failed chunk load leaves English in place; the next call tries again.
        pending.delete(language);
      },
    );
    pending.set(language, loading);
  }
  return loading;
}

/** A UI string for `locale` (falling back to English) with `{name}` placeholders filled in as plain text. */
export function msg(locale: string, key: MessageKey, params: Record<string, string | number> = {}): string {
  const language = languageOf(locale);
  const catalog = Object.prototype.hasOwnProperty.call(catalogs, language) ? catalogs[language]! : en;
  const template = catalog[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
