/**
 * Everything `<netreach-stat>` shows, as plain data: the headline figure, its long spoken form, growth, the
 * sparkline's points and the source line. Kept out of the element so it is tested without a DOM (and reused
 * by static rendering).
 */
import { metricGrowth, metricInfo, metricSeries, metricTotal, sourceById, sourceLabel } from './aggregate.js';
import { msg } from './i18n.js';
import { formatCompact, formatNumber, formatPercentChange, formatQualifiedCompact, formatYear } from './locale.js';
import { metricLabel } from './names.js';
import { COUNTRIES_METRIC, type Dataset, type Qualifier, type Source } from './types.js';

export interface StatModel {
  label: string;
  /** The total, or null when the metric has no figure at all ("No data"). */
  value: number | null;
  qualifier?: Qualifier;
  year?: number;
  /** "30M+" */
  short: string;
  /** "more than 30 million": what a screen reader says. */
  long: string;
  /** "+36% since 2020" */
  growth?: string;
  /** Totals in year order, for the sparkline. */
  series: { year: number; value: number; label: string }[];
  source?: Source;
  sourceText?: string;
}

/** Formats `value` as the tile shows it while counting up, with the final figure's qualifier. */
export function formatStatValue(value: number, qualifier: Qualifier | undefined, locale: string, metricId: string): string {
  // Small counts (57 countries) read better in full than compact.
  if (metricId === COUNTRIES_METRIC || Math.abs(value) < 10_000) {
    const full = formatNumber(value, locale);
    return qualifier === 'more-than' ? `${full}+` : qualifier === 'about' ? `~${full}` : full;
  }
  return formatQualifiedCompact(value, qualifier, locale);
}

export function statModel(dataset: Dataset, metricId: string, locale: string): StatModel | undefined {
  const metric = metricInfo(dataset, metricId);
  if (!metric) return undefined;
  const label = metricLabel(dataset, metricId, locale);
  const total = metricTotal(dataset, metricId);
  const series = metricSeries(dataset, metricId).map((entry) => ({
    year: entry.year,
    value: entry.value,
    label: `${formatYear(entry.year, locale)}: ${formatQualifiedCompact(entry.value, entry.qualifier, locale)}`,
  }));
  if (!total) {
    const none = msg(locale, 'noData');
    return { label, value: null, short: none, long: none, series };
  }
  const longNumber =
    metricId === COUNTRIES_METRIC || total.value < 10_000 ? formatNumber(total.value, locale) : formatCompact(total.value, locale, 'long');
  const long =
    total.qualifier === 'more-than'
      ? msg(locale, 'moreThan', { value: longNumber })
      : total.qualifier === 'about'
        ? msg(locale, 'about', { value: longNumber })
        : longNumber;
  const growth = metricGrowth(dataset, metricId);
  const source = sourceById(dataset, total.source);
  return {
    label,
    value: total.value,
    qualifier: total.qualifier,
    year: total.year,
    short: formatStatValue(total.value, total.qualifier, locale, metricId),
    long,
    growth: growth
      ? msg(locale, 'sinceYear', { change: formatPercentChange(growth.ratio, locale), year: formatYear(growth.fromYear, locale) })
      : undefined,
    series,
    source,
    sourceText: source ? `${msg(locale, 'source')}: ${sourceLabel(source)}` : undefined,
  };
}
