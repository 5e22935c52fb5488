/**
 * "About this data": for what a widget shows, the sources behind it (title, publisher, date, link, language and
 * note — the notes are where derivations are explained) and the notes netreach adds: how regions were assigned,
 * that a list names only some countries or gives examples, that a figure is dated only by a period, that a growth
 * is computed, which names were translated for the dataset. Like Our World in Data's "Sources" tab, per widget.
 * What a widget shows and the sources behind it are here; the panel's full list, `aboutData()`, is in about-data.ts,
 * which only the panel loads. Pure functions; no DOM.
 */
import { metricInfo, metricSeries, sourceLabel, withinParentheses } from './aggregate.js';
import { msg } from './i18n.js';
import { englishDate } from './english.js';
import { colon, englishStyleOf, formatYear, numberLocale, supplementOf } from './locale.js';
import { countriesLabel, metricLabel } from './names.js';
import { COUNTRIES_METRIC, type Dataset, type Source } from './types.js';

/** What a widget shows, as far as provenance goes. */
export interface AboutScope {
  /**
   * Metrics whose figures are shown; `countries` is the count of the list. Without `countries`, their totals (growth,
   * periods; else their members' figures added up, where no total is published); with it, their members' figures.
   */
  metrics?: readonly string[];
  /** The metrics' published totals are shown (the stat, the trend, the dashboard's tiles); by default without `countries`. */
  totals?: boolean;
  /** The list of countries is shown (a map, a table of members, bars by country). */
  countries?: boolean;
  /** Countries are grouped or coloured by region. */
  regions?: boolean;
  /** The universities are shown. */
  universities?: boolean;
}

export type AboutWidget = 'stat' | 'map' | 'bars' | 'regions' | 'trend' | 'table' | 'dashboard';

/** The scope of a widget from its main options (`metric`, `group-by`, `of`). */
export function aboutScope(
  dataset: Dataset,
  widget: AboutWidget,
  options: { metric?: string | null; groupBy?: string | null; of?: string | null; metrics?: readonly string[] } = {},
): AboutScope {
  const metric = options.metric || undefined;
  const declared = (dataset.metrics ?? []).map((entry) => entry.id);
  const hasRegions = dataset.regions.length > 0;
  switch (widget) {
    case 'stat':
      return { metrics: [metric ?? COUNTRIES_METRIC] };
    case 'trend':
      return { metrics: [metric ?? COUNTRIES_METRIC] };
    case 'map':
      return { countries: true, regions: hasRegions && (!metric || metric === COUNTRIES_METRIC), metrics: metric ? [metric] : [] };
    case 'bars':
      return { countries: true, regions: options.groupBy !== 'country', metrics: [metric ?? COUNTRIES_METRIC] };
    case 'regions':
      return { countries: true, regions: true, metrics: [metric ?? COUNTRIES_METRIC] };
    case 'table':
      if (options.of === 'universities') return { universities: true };
      return { countries: true, regions: hasRegions, metrics: options.metrics ?? declared };
    case 'dashboard':
      return { countries: true, regions: hasRegions, universities: true, totals: true, metrics: [COUNTRIES_METRIC, ...declared] };
  }
}

export interface AboutSource {
  id: string;
  title: string;
  publisher?: string;
  /** ISO date as given ("2020-11-18", "2020-11", "2020"). */
  date?: string;
  /** The date in the locale's words and digits, in the Gregorian calendar: "18 November 2020", "۱۸ نوامبر ۲۰۲۰". */
  dateText?: string;
  url?: string;
  /** BCP 47 tag of the document's language, and its name in the locale ("Persian", "فارسی"). */
  language?: string;
  languageName?: string;
  /** The source's note: what it backs and how figures were derived from it. */
  note?: string;
  /** `en` when the note is shown in English on a page in another language (a dataset's notes are in English). */
  noteLang?: string;
  /** What of the widget it backs, in the locale: "Virtual students", "Member countries", "Regions". */
  backs: string[];
}

export interface AboutData {
  /** "About this data" */
  title: string;
  /** The network's name. */
  network: string;
  sources: AboutSource[];
  /** netreach's own notes: regions, partial lists, periods, computed growth. */
  notes: string[];
  /** Those of `notes` the dataset gives in English only, shown so on a page in another language. */
  english?: string[];
  /** "Translated for this dataset, not taken from a source: …" when any shown name is ours. */
  translated?: string;
  /** The illustrative notice, when the dataset is made up. */
  illustrative?: string;
}

/** The sources behind what `scope` shows, in the dataset's order. */
export function scopeSources(dataset: Dataset, scope: AboutScope): Source[] {
  return [...backing(dataset, scope, 'en').keys()];
}

/**
 * For each metric whose members' figures a chart of the members shows and no source gives (a metric with no
 * `source`), what the source line adds after the sources it cites, the CSV's provenance rows and About this data
 * say: "Virtual students: no source given in the data" (reads alone as well as after "Sources: A; ").
 */
export function unsourcedFigures(dataset: Dataset, scope: AboutScope, locale: string): string[] {
  return scope.countries
    ? (scope.metrics ?? [])
        .filter((id) => !metricInfo(dataset, id)?.source && dataset.members.some((member) => member.values?.[id] != null))
        .map((id) => metricLabel(dataset, id, locale) + colon(locale) + msg(locale, 'noSource'))
    : [];
}

/**
 * What the source line says besides the sources it cites, for the CSV and About this data to say it too: with none
 * cited (`cited` 0), "Source: none given in the data", as the line reads; else the figures none gives.
 */
export function uncited(dataset: Dataset, scope: AboutScope, locale: string, cited: number): string[] {
  return cited ? unsourcedFigures(dataset, scope, locale) : [noSourceLine(locale)];
}

/** "Source: none given in the data": the source line of what no source backs. */
export const noSourceLine = (locale: string): string => msg(locale, 'source') + colon(locale) + msg(locale, 'sourceNone');

/** Sources → what each backs (labels in `locale`), in the order the dataset lists its sources (and about-data.ts). */
export function backing(dataset: Dataset, scope: AboutScope, locale: string): Map<Source, string[]> {
  const backs = new Map<string, string[]>();
  const add = (id: string | undefined, what: string) => {
    if (id === undefined) return;
    const list = backs.get(id) ?? [];
    if (!list.includes(what)) list.push(what);
    backs.set(id, list);
  };
  const countries = countriesLabel(dataset, locale);
  const regionsWord = msg(locale, 'regions');
  if (scope.countries || scope.metrics?.includes(COUNTRIES_METRIC)) {
    add(dataset.listing?.source, countries);
    for (const total of metricSeries(dataset, COUNTRIES_METRIC)) add(total.source, countries);
  }
  if (scope.regions && dataset.regions.length) {
    add(dataset.regionAssignment?.source, regionsWord);
    for (const total of dataset.totals ?? [])
      if (total.region !== undefined && total.metric === COUNTRIES_METRIC) add(total.source, regionsWord);
  }
  for (const metric of scope.metrics ?? []) {
    if (metric === COUNTRIES_METRIC) continue;
    const label = metricLabel(dataset, metric, locale);
    // Totals only where they are shown: a chart of the members' figures does not cite a total it does not draw.
    if (scope.totals ?? !scope.countries) for (const total of dataset.totals ?? []) if (total.metric === metric) add(total.source, label);
    // The members' figures, where a chart of the members shows them or (no total published) a stat adds them up,
    // cite the source the metric names for them: never another (the list's) in its stead.
    if (scope.countries || !metricSeries(dataset, metric).length) add(metricInfo(dataset, metric)?.source, label);
  }
  if (scope.universities) {
    const label = msg(locale, 'universities');
    for (const university of dataset.universities ?? []) add(university.source, label);
  }
  const result = new Map<Source, string[]>();
  for (const source of dataset.sources) {
    const what = backs.get(source.id);
    if (what) result.set(source, what);
  }
  return result;
}

/**
 * The sources' labels, with what tells apart two that read alike ("UNESCO (2020); UNESCO (2023)" for "UNESCO; UNESCO"
 * in a source line, where a file and a screen reader have no link or tooltip to go by): their years in `locale`'s
 * digits when each has its own, else their titles when each has its own; `isolate` sets each name apart (a file's).
 */
export function sourceLabels(sources: readonly Source[], locale: string, isolate = (text: string) => text): string[] {
  return sources.map((source) => {
    const alike = sources.filter((other) => sourceLabel(other, locale) === sourceLabel(source, locale));
    const distinct = (values: unknown[]) => values.every(Boolean) && new Set(values).size === values.length;
    const detail =
      alike.length < 2
        ? ''
        : distinct(alike.map((other) => other.date?.slice(0, 4)))
          ? formatYear(+source.date!.slice(0, 4), locale)
          : distinct(alike.map((other) => other.title))
            ? isolate(withinParentheses(source.title))
            : '';
    return isolate(sourceLabel(source, locale)) + (detail && ` (${detail})`);
  });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** An ISO date ("2020-11-18", "2020-11", "2020") in `locale`'s words, Gregorian, never shifted by a time zone. */
export function formatSourceDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || !Number.isFinite(year)) return date;
  if (month === undefined) return formatYear(year, locale);
  const utc = new Date(Date.UTC(year, month - 1, day ?? 1));
  const style = englishStyleOf(locale);
  const english = style ? englishDate(utc, day !== undefined, style.dayFirst) : undefined;
  if (english) return english;
  const own = supplementOf(locale)?.date;
  if (own) return own(utc, day !== undefined);
  const key = `${locale}|${day === undefined ? 'm' : 'd'}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', calendar: 'gregory' };
    if (day !== undefined) options.day = 'numeric';
    try {
      // The digits the locale's readers expect: Arabic-Indic for Arabic outside the Maghreb, as numbers have.
      format = new Intl.DateTimeFormat(numberLocale(locale), options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    dateFormats.set(key, format);
  }
  return format.format(utc);
}
