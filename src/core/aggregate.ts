/**
 * What the widgets show, computed from a validated dataset: metric lookup, totals with their qualifier and
 * source, growth, and per-region / per-country figures. Pure functions; no DOM.
 */
import { COUNTRIES_METRIC, type Dataset, type Member, type Metric, type Qualifier, type Source, type Total } from './types.js';

export interface MetricTotal {
  value: number;
  year?: number;
  qualifier?: Qualifier;
  /** The source id backing the figure; absent when the total is a sum of member values. */
  source?: string;
  /** How the figure was obtained: a published total, a sum of member values, or a member count. */
  basis: 'total' | 'sum' | 'count';
}

/** The built-in `countries` metric when the dataset does not declare one of that id. */
export function metricInfo(dataset: Dataset, metricId: string): Metric | undefined {
  if (metricId === COUNTRIES_METRIC) return { id: COUNTRIES_METRIC, label: 'Member countries', unit: 'countries' };
  return dataset.metrics?.find((metric) => metric.id === metricId);
}

/** The metric's published totals in year order (earliest first). */
export function metricSeries(dataset: Dataset, metricId: string): Total[] {
  return (dataset.totals ?? []).filter((total) => total.metric === metricId).sort((a, b) => a.year - b.year);
}

export function memberValue(member: Member, metricId: string): number | null {
  if (metricId === COUNTRIES_METRIC) return 1;
  const value = member.values?.[metricId];
  return typeof value === 'number' ? value : null;
}

/**
 * A metric's headline figure: its latest published total, else the sum of member values, else nothing.
 * `countries` is the number of members unless the dataset publishes its own total.
 */
export function metricTotal(dataset: Dataset, metricId: string): MetricTotal | undefined {
  const series = metricSeries(dataset, metricId);
  const latest = series[series.length - 1];
  if (latest) {
    return { value: latest.value, year: latest.year, qualifier: latest.qualifier, source: latest.source, basis: 'total' };
  }
  if (metricId === COUNTRIES_METRIC) return { value: dataset.members.length, basis: 'count' };
  let sum = 0;
  let seen = false;
  for (const member of dataset.members) {
    const value = memberValue(member, metricId);
    if (value !== null) {
      sum += value;
      seen = true;
    }
  }
  return seen ? { value: sum, basis: 'sum' } : undefined;
}

export interface Growth {
  /** (latest − earlier) / earlier: 0.36 for +36%. */
  ratio: number;
  fromYear: number;
  toYear: number;
}

/** Growth of the latest total against the one before it; undefined without two comparable totals. */
export function metricGrowth(dataset: Dataset, metricId: string): Growth | undefined {
  const series = metricSeries(dataset, metricId);
  if (series.length < 2) return undefined;
  const latest = series[series.length - 1]!;
  const previous = series[series.length - 2]!;
  if (previous.value <= 0 || latest.year === previous.year) return undefined;
  return { ratio: (latest.value - previous.value) / previous.value, fromYear: previous.year, toYear: latest.year };
}

export interface GroupValue {
  id: string;
  /** Sum of the metric over the group's members with a value; null when none has one. */
  value: number | null;
  /** Number of member countries in the group. */
  count: number;
}

/** The metric per region, in the dataset's region order; `countries` gives the member count per region. */
export function valuesByRegion(dataset: Dataset, metricId: string): GroupValue[] {
  const groups = new Map<string, GroupValue>(dataset.regions.map((region) => [region.id, { id: region.id, value: null, count: 0 }]));
  for (const member of dataset.members) {
    const group = groups.get(member.region);
    if (!group) continue;
    group.count += 1;
    const value = memberValue(member, metricId);
    if (value !== null) group.value = (group.value ?? 0) + value;
  }
  return [...groups.values()];
}

/** The metric per member country, in the dataset's member order. */
export function valuesByCountry(dataset: Dataset, metricId: string): GroupValue[] {
  return dataset.members.map((member) => ({ id: member.country, value: memberValue(member, metricId), count: 1 }));
}

export function sourceById(dataset: Dataset, id: string | undefined): Source | undefined {
  return id === undefined ? undefined : dataset.sources.find((source) => source.id === id);
}

/** The short attribution line for a source: its publisher, else its title. */
export function sourceLabel(source: Source): string {
  return source.publisher ?? source.title;
}
