/**
 * A figure over time in words: when a total applies ("in 2021", "before the spread of coronavirus"), a figure as a
 * sentence says it ("more than 30 million"), how a computed growth reads ("at least +33% since 2020") and what a
 * period's figure says of its date. Only the KPI tile's, the trend's, the dashboard's and the on-demand chunks
 * (About this data, View data) say these, and each has a copy of this module and its English (COPY_INTO_CHUNKS in
 * scripts/build.mjs): dist/netreach.js, which every page loads, does without them (`netreach/core` exports them).
 * Pure functions; no DOM.
 */
import { metricGrowth, metricSeries, sourceById, sourceLabel, withinParentheses, type Growth } from './aggregate.js';
import './en/growth.js';
import { msg } from './i18n.js';
import { formatCompact, formatNumber, formatPercentChange, formatQualifiedCompact, formatYear, isLowerBound } from './locale.js';
import { languageOf } from './localized-name.js';
import { qualifiedPhrase } from './knowledge.js';
import { capitalize, periodLabel } from './names.js';
import { COUNTRIES_METRIC, type Dataset, type Qualifier, type Source, type Total } from './types.js';

// ---------------------------------------------------------------------------------------------------------
// Time

/** When a total applies, standing alone: "2021", "Before the spread of coronavirus". Never a sort year. */
export function whenText(total: Pick<Total, 'year' | 'period'>, locale: string): string {
  if (total.period) return capitalize(periodLabel(total.period, locale), locale);
  return total.year === undefined ? '' : formatYear(total.year, locale);
}

/** When a total applies, inside a sentence: "in 2021", "before the spread of coronavirus". */
export function whenPhrase(total: Pick<Total, 'year' | 'period'>, locale: string): string {
  if (total.period) return periodLabel(total.period, locale);
  return total.year === undefined ? '' : msg(locale, 'inYear', { year: formatYear(total.year, locale) });
}

// ---------------------------------------------------------------------------------------------------------
// Growth

export interface GrowthText {
  growth: Growth;
  /**
   * "at least +33% since 2020", "+175% on the figure before the spread of coronavirus", "unchanged since 2020"
   * (two equal figures, neither qualified: "0%" would read as a measurement of change).
   */
  text: string;
  /** "Computed from two figures: 22 million in 2020 (…) and more than 30 million in 2021 (CINVU [Public Relations])." */
  note: string;
  /** The two sources it is computed from (one when both figures come from the same). */
  sources: Source[];
}

/** A value as a sentence says it: "8 million", "more than 30 million", "at least 45". */
export function spokenFigure(value: number, qualifier: Qualifier | undefined, locale: string, metricId: string): string {
  const number =
    metricId === COUNTRIES_METRIC || Math.abs(value) < 10_000
      ? formatNumber(value, locale)
      : formatCompact(value, locale, 'long', isLowerBound(qualifier));
  return qualifiedPhrase(number, qualifier, locale);
}

/** The growth of `metricId` in words, marked as computed and citing both figures; undefined when there is none. */
export function growthText(dataset: Dataset, metricId: string, locale: string): GrowthText | undefined {
  const growth = metricGrowth(dataset, metricId);
  if (!growth) return undefined;
  const change = formatPercentChange(growth.ratio, locale);
  const qualified = qualifiedPhrase(change, growth.qualifier, locale);
  const { from, to } = growth;
  const unchanged = growth.exactRatio === 0 && !growth.qualifier;
  const text = from.period
    ? unchanged
      ? msg(locale, 'unchangedSincePeriod', { period: periodLabel(from.period, locale) })
      : msg(locale, 'sincePeriod', { change: qualified, period: periodLabel(from.period, locale) })
    : unchanged
      ? msg(locale, 'unchangedSinceYear', { year: whenText(from, locale) })
      : msg(locale, 'sinceYear', { change: qualified, year: whenText(from, locale) });
  const fromSource = sourceById(dataset, from.source);
  const toSource = sourceById(dataset, to.source);
  const sources = [fromSource, toSource].filter((source, index, all): source is Source => !!source && all.indexOf(source) === index);
  const note = msg(locale, 'growthComputed', {
    from: spokenFigure(from.value, from.qualifier, locale, metricId),
    fromWhen: whenPhrase(from, locale),
    fromSource: withinParentheses(fromSource ? sourceLabel(fromSource, locale) : from.source),
    to: spokenFigure(to.value, to.qualifier, locale, metricId),
    toWhen: whenPhrase(to, locale),
    toSource: withinParentheses(toSource ? sourceLabel(toSource, locale) : to.source),
  });
  const rounding =
    growth.rounded &&
    msg(locale, 'growthRounding', {
      figure: spokenFigure(growth.rounded.total.value, growth.rounded.total.qualifier, locale, metricId),
      taken: formatNumber(growth.rounded.taken, locale),
    });
  // Each message ends with its own full stop; Chinese puts no space after one.
  return { growth, text, note: rounding ? note + (languageOf(locale) === 'zh' ? '' : ' ') + rounding : note, sources };
}

/** "The source dates 8 million only as “before the spread of coronavirus”: it gives no year." per period total. */
export function periodNotes(dataset: Dataset, metricId: string, locale: string): string[] {
  return metricSeries(dataset, metricId)
    .filter((total) => total.period)
    .map((total) =>
      msg(locale, 'periodNote', {
        value: spokenFigure(total.value, total.qualifier, locale, metricId),
        period: periodLabel(total.period!, locale),
      }),
    );
}

/**
 * Formats `value` as a KPI tile and a trend's figure show it, with its qualifier ("30M+", "57"); the tile also
 * while counting up. Here rather than in the stat's model: the trend's chunk uses it too, and has its own copy.
 */
export function formatStatValue(value: number, qualifier: Qualifier | undefined, locale: string, metricId: string): string {
  // Small counts (57 countries) read better in full than compact.
  return formatQualifiedCompact(value, qualifier, locale, metricId === COUNTRIES_METRIC || Math.abs(value) < 10_000);
}
