/**
 * What the widgets show, computed from a validated dataset: metric lookup, totals with their qualifier, time and
 * source, growth (computed, and no more precise than its inputs), and per-region / per-country figures. Pure
 * functions; no DOM.
 */
import { localizedName } from './localized-name.js';
import { COUNTRIES_METRIC, type Dataset, type Member, type Metric, type Period, type Qualifier, type Source, type Total } from './types.js';

export interface MetricTotal {
  value: number;
  /** The year of the figure; absent for a period or a count. */
  year?: number;
  /** When the figure applies, where the source gives no year (show its label, never a year). */
  period?: Period;
  qualifier?: Qualifier;
  /** The source id backing the figure; absent when the total is a sum of member values or a count of the list. */
  source?: string;
  /** How the figure was obtained: a published total, a sum of member values, or a member count. */
  basis: 'total' | 'sum' | 'count';
  /** A sum: how many members have a figure in it (fewer than all, or of a list not the whole: `at-least`). */
  counted?: number;
}

/** The built-in `countries` metric when the dataset does not declare one of that id. */
export function metricInfo(dataset: Dataset, metricId: string): Metric | undefined {
  if (metricId === COUNTRIES_METRIC) return { id: COUNTRIES_METRIC, label: 'Member countries', unit: 'countries' };
  return dataset.metrics?.find((metric) => metric.id === metricId);
}

/**
 * Where a total falls in time: its year, else its period's approximate sort year. For ordering and placing only:
 * never display it (a period's sort year is not a year the source gives).
 */
export function totalOrder(total: Total): number {
  return total.year ?? total.period?.sortYear ?? 0;
}

/** The metric's published network-wide totals in time order (earliest first; a period before a year it shares). */
export function metricSeries(dataset: Dataset, metricId: string): Total[] {
  return (dataset.totals ?? [])
    .filter((total) => total.metric === metricId && total.region === undefined)
    .sort((a, b) => totalOrder(a) - totalOrder(b) || Number(a.year !== undefined) - Number(b.year !== undefined));
}

/** The latest published total of `metricId` for each region that has one (the published per-region counts). */
export function regionTotals(dataset: Dataset, metricId: string): Map<string, Total> {
  const result = new Map<string, Total>();
  const sorted = (dataset.totals ?? []).filter((total) => total.metric === metricId && total.region !== undefined);
  sorted.sort((a, b) => totalOrder(a) - totalOrder(b));
  for (const total of sorted) result.set(total.region!, total);
  return result;
}

export function memberValue(member: Member, metricId: string): number | null {
  if (metricId === COUNTRIES_METRIC) return 1;
  const value = member.values?.[metricId];
  return typeof value === 'number' ? value : null;
}

/** Whether the dataset's list of countries is the whole: not only some named, not examples. */
export function listIsComplete(dataset: Dataset): boolean {
  return (dataset.listing?.extent ?? 'complete') === 'complete';
}

/**
 * A metric's headline figure: its latest published total, else the sum of member values, else nothing.
 * `countries` is the number of members unless the dataset publishes its own total; a count of a list that is
 * not the whole (some named, or examples) is a lower bound (`at-least`).
 */
export function metricTotal(dataset: Dataset, metricId: string): MetricTotal | undefined {
  const series = metricSeries(dataset, metricId);
  const latest = series[series.length - 1];
  if (latest) {
    const total: MetricTotal = { value: latest.value, qualifier: latest.qualifier, source: latest.source, basis: 'total' };
    if (latest.year !== undefined) total.year = latest.year;
    if (latest.period) total.period = latest.period;
    return total;
  }
  if (metricId === COUNTRIES_METRIC) {
    return listIsComplete(dataset)
      ? { value: dataset.members.length, basis: 'count' }
      : { value: dataset.members.length, qualifier: 'at-least', basis: 'count' };
  }
  const sum = addUp(
    dataset.members.map((member) => memberValue(member, metricId)),
    !listIsComplete(dataset),
  );
  if (!sum.counted) return undefined;
  // The members without a figure have some, and so have the countries a list that is not the whole leaves out:
  // the sum is then a lower bound.
  const total: MetricTotal = { value: sum.value!, basis: 'sum', counted: sum.counted };
  if (sum.bound) total.qualifier = 'at-least';
  return total;
}

/**
 * The significant digits a published figure is written with, counted in its largest unit (thousand, million,
 * billion…): 22,000,000 is "22 million" (2), 30,000,000 "30 million" (2), 8,000,000 "8 million" (1), 1,500,000
 * "1.5 million" (2), 173 (3).
 */
export function significantDigits(value: number): number {
  let scaled = Math.abs(value);
  if (scaled === 0 || !Number.isFinite(scaled)) return 1;
  while (scaled >= 1000) scaled /= 1000;
  const [whole = '', fraction = ''] = String(Number(scaled.toPrecision(12))).split('.');
  const wholeDigits = whole.replace(/^0+/, '');
  const fractionDigits = fraction.replace(/0+$/, '');
  // "0.05" has one significant digit: leading zeros of a fraction do not count.
  return wholeDigits ? wholeDigits.length + fractionDigits.length : Math.max(1, fractionDigits.replace(/^0+/, '').length);
}

/** The place of the last of a figure's first `digits` significant digits: 100 for 1,800 and 2, 1 for 48 and 2. */
export const placeOf = (value: number, digits: number): number => 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);

/**
 * `value` rounded to a multiple of `step` by `round`. Division by a power of ten is inexact: values a hair from a step
 * are snapped onto it before rounding.
 */
export const toStep = (value: number, step: number, round: (steps: number) => number): number =>
  Number((round(Number((value / step).toPrecision(12))) * step).toPrecision(15));

/** How a computed growth relates to the truth, given its inputs' qualifiers. */
export type GrowthQualifier = 'at-least' | 'at-most' | 'about';

export interface Growth {
  /**
   * (latest − earlier) / earlier, rounded to the precision its inputs allow (see {@link metricGrowth}): 0.33 for
   * "+33%". Rounded down when it is a lower bound, up when it is an upper bound, so "at least" stays true.
   */
  ratio: number;
  /** The same before rounding: for checks, never for display. */
  exactRatio: number;
  /** Significant digits the ratio is given to: those of the less precise input. */
  digits: number;
  /** `at-least` when the later figure is a lower bound ("more than 30 million"), `at-most` when the earlier is. */
  qualifier?: GrowthQualifier;
  /** Where the two figures fall in time (a period's sort year: never display it). */
  fromYear: number;
  toYear: number;
  /** The two published totals it is computed from (each cites its source). */
  from: Total;
  to: Total;
  /**
   * A bound allows for the other figure being rounded: "more than 30 million" against 22 million, which may stand for
   * up to 22,500,000, is at least +33%, not +36%. The figure and the value it was taken at, when so.
   */
  rounded?: { total: Total; taken: number };
  /** Always true: growth is computed by netreach, not published by a source. */
  computed: true;
}

export interface GroupValue {
  id: string;
  /**
   * Sum of the metric over the group's members with a value, to the place of the least precise of them (610,000 +
   * 1,800 is 612,000: the first is written to the thousand); null when none has one.
   */
  value: number | null;
  /** Number of member countries in the group. */
  count: number;
  /** How many of them have a figure in `value` (a region's). */
  counted?: number;
}

/**
 * The place a figure is written to, by its significant digits (see {@link significantDigits}): 1,000 for 610,000
 * ("610 thousand"), 100 for 1,800, 1 for 48.
 */
export function figureUnit(value: number): number {
  return value === 0 ? 1 : placeOf(value, significantDigits(value));
}

/**
 * Figures added up (`null`: a member without one) to the place of the least precise of them (see
 * {@link figureUnit}): rounded down when the sum is a lower bound (`bound`: some have none, or `partial`, a list that
 * is not the whole), so "at least" stays true; `value` null when none has a figure.
 */
export function addUp(values: readonly (number | null)[], partial: boolean): { value: number | null; counted: number; bound: boolean } {
  let sum = 0;
  let counted = 0;
  let unit = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    counted += 1;
    unit = Math.max(unit, figureUnit(value));
  }
  const bound = partial || counted < values.length;
  return { value: counted ? toStep(sum, unit, bound ? Math.floor : Math.round) : null, counted, bound };
}

/** The metric per region, in the dataset's region order; `countries` gives the member count per region. */
export function valuesByRegion(dataset: Dataset, metricId: string): GroupValue[] {
  const partial = !listIsComplete(dataset);
  const groups = new Map(dataset.regions.map((region) => [region.id, [] as (number | null)[]]));
  for (const member of dataset.members) groups.get(member.region!)?.push(memberValue(member, metricId));
  // A sum is no more precise than its least precise figure: rounded to that one's place.
  return [...groups].map(([id, values]) => {
    const { value, counted } = addUp(values, partial);
    return { id, value, count: values.length, counted };
  });
}

/** The metric per member country, in the dataset's member order. */
export function valuesByCountry(dataset: Dataset, metricId: string): GroupValue[] {
  return dataset.members.map((member) => ({ id: member.country, value: memberValue(member, metricId), count: 1 }));
}

export function sourceById(dataset: Dataset, id: string | undefined): Source | undefined {
  return id === undefined ? undefined : dataset.sources.find((source) => source.id === id);
}

/**
 * A source's publisher in `locale` where the dataset gives it so (`publishers`: «روابط عمومی سازمان اسناد و کتابخانه ملی»
 * on a Persian page), else as `publisher` writes it. Every place that shows a publisher asks this.
 */
export function sourcePublisher(source: Source, locale: string): string | undefined {
  return source.publisher && localizedName(source.publishers, source.publisher, locale);
}

/** The short attribution line for a source: its publisher (in `locale`, `sourcePublisher()`), else its title. */
export function sourceLabel(source: Source, locale: string): string {
  return sourcePublisher(source, locale) || source.title;
}

/**
 * The sources once each, in order: one listed twice (the same label, title, URL and date, under another id) once.
 * Two sources of one publisher (another report, year or URL) are two, though the source line names both alike.
 */
export function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = [source.publisher, source.title, source.url, source.date].join('\n');
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/**
 * Text a sentence sets in its own parentheses ("22 million in 2020 (CINVU [Public Relations])"): its parentheses
 * become square brackets, as style guides nest them, rather than closing twice ("…Relations))").
 */
export function withinParentheses(text: string): string {
  return text.replace(/[()]/g, (bracket) => (bracket === '(' ? '[' : ']'));
}
