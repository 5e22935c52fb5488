/**
 * A figure over time in words: when a total applies ("in 2021", "before the spread of coronavirus"), a figure as a
 * sentence says it ("more than 30 million"), a growth computed from two published totals (`metricGrowth()`) and how
 * it reads ("at least +33% since 2020"), and what a period's figure says of its date. Only the KPI tile's, the
 * trend's, the dashboard's and the on-demand chunks (About this data, View data) say these, and each but the
 * dashboard's (which takes the KPI tile chunk's: dashboard.code.ts) has a copy of
 * this module and its English (COPY_INTO_CHUNKS in scripts/build.mjs): dist/netreach.js, which every page loads, does
 * without them (`netreach/core` exports them). Pure functions; no DOM.
 */
import {
  figureUnit,
  metricSeries,
  placeOf,
  significantDigits,
  sourceById,
  sourceLabel,
  toStep,
  totalOrder,
  withinParentheses,
  type Growth,
  type GrowthQualifier,
} from './aggregate.js';
import './en/growth.js';
import { msg } from './i18n.js';
import { formatCompact, formatNumber, formatYear } from './locale.js';
import { formatPercentChange } from './percent.js';
import { languageOf } from './localized-name.js';
import { qualifiedPhrase } from './knowledge.js';
import { capitalize, periodLabel } from './names.js';
import { COUNTRIES_METRIC, type Dataset, type Qualifier, type Source, type Total } from './types.js';
import { tileGrowthLine, type DashboardPlan } from './dashboard-model.js';

// ---------------------------------------------------------------------------------------------------------
// Rounding and writing a figure as its growth and its headline say it (only this module does: in aggregate.ts and
// locale.ts, which are up front, they would weigh on every page)

/** `value` rounded to `digits` significant digits: towards zero (`floor`), away (`ceil`) or to the nearest. */
export function roundSignificant(value: number, digits: number, direction: 'floor' | 'ceil' | 'nearest' = 'nearest'): number {
  return value === 0 || !Number.isFinite(value)
    ? value
    : toStep(value, placeOf(value, digits), Math[direction === 'nearest' ? 'round' : direction]);
}

/** Whether a figure so qualified is a lower bound ("more than", "at least"): to be rounded down, never up. */
export const isLowerBound = (qualifier: Qualifier | undefined): boolean => qualifier === 'more-than' || qualifier === 'at-least';

/**
 * The compact number with its qualifier as a suffix, the way headlines write it: 30M+, ~8M (`full`: the number in
 * full, 57+, ~9,500). A lower bound that may be met ("at least") is written as a strict one is: the spoken form
 * tells them apart.
 */
export function formatQualifiedCompact(value: number, qualifier: Qualifier | undefined, locale: string, full?: boolean): string {
  // A lower bound rounded down, so that "125K+" is never said of 124,500.
  const compact = full ? formatNumber(value, locale) : formatCompact(value, locale, 'short', isLowerBound(qualifier));
  if (isLowerBound(qualifier)) return `${compact}+`;
  if (qualifier === 'about') return `~${compact}`;
  return compact;
}

// ---------------------------------------------------------------------------------------------------------
// Growth, computed

/**
 * Half a unit in the last significant digit of a published figure: how far it may be from the value it rounds. A
 * whole count to its last digit (57 countries, 173 universities) rounds nothing: 0.
 */
function roundingMargin(value: number): number {
  const unit = figureUnit(value);
  return unit > 1 ? unit / 2 : 0;
}

const LOWER_BOUNDS: ReadonlySet<Qualifier | undefined> = new Set(['more-than', 'at-least']);

/**
 * Growth of the latest total against the one before it; undefined without two comparable totals. The rule for
 * precision: the result has as many significant digits as the less precise figure (22 million → more than 30
 * million: two digits), rounded down when the later figure is a lower bound (then growth is at least that), up when
 * the earlier one is (at most). A bound takes the other figure at the far end of its rounding (22 million as up to
 * 22,500,000: at least +33%, not the +36% of 30 / 22). Two lower bounds, or a bound with an approximate figure, say
 * nothing honest about growth: undefined.
 */
export function metricGrowth(dataset: Dataset, metricId: string): Growth | undefined {
  const series = metricSeries(dataset, metricId);
  if (series.length < 2) return undefined;
  const to = series[series.length - 1]!;
  const from = series[series.length - 2]!;
  if (from.value <= 0 || totalOrder(to) === totalOrder(from)) return undefined;
  const laterBound = LOWER_BOUNDS.has(to.qualifier);
  const earlierBound = LOWER_BOUNDS.has(from.qualifier);
  const approximate = to.qualifier === 'about' || from.qualifier === 'about';
  if ((laterBound && earlierBound) || ((laterBound || earlierBound) && approximate)) return undefined;
  const qualifier: GrowthQualifier | undefined = laterBound ? 'at-least' : earlierBound ? 'at-most' : approximate ? 'about' : undefined;
  const exactRatio = (to.value - from.value) / from.value;
  const digits = Math.min(significantDigits(from.value), significantDigits(to.value));
  const direction = qualifier === 'at-least' ? 'floor' : qualifier === 'at-most' ? 'ceil' : 'nearest';
  // The figure that is not the bound, taken at the far end of its rounding.
  const other = qualifier === 'at-least' ? from : qualifier === 'at-most' ? to : undefined;
  const taken = other ? other.value + roundingMargin(other.value) : 0;
  const boundRatio = other ? (other === from ? to.value / taken : taken / from.value) - 1 : exactRatio;
  // Rounded as a percentage (what is shown), so that "+33%" keeps two digits, not 0.33's.
  const ratio = roundSignificant(boundRatio * 100, digits, direction) / 100;
  const growth: Growth = { ratio, exactRatio, digits, fromYear: totalOrder(from), toYear: totalOrder(to), from, to, computed: true };
  if (qualifier) growth.qualifier = qualifier;
  if (other && taken !== other.value) growth.rounded = { total: other, taken };
  return growth;
}

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

/**
 * The trend's growth line ("At least +33% since 2020") when the KPI tile of the same metric shows that growth beside
 * its figure: a dashboard shows it there only, on the page and in its file (`tileGrowthLine()`, which the dashboard's
 * chunk calls with the tiles' chunk's `growthText()`: it has no copy of this module).
 */
export function tileGrowthNote(dataset: Dataset, plan: DashboardPlan, locale: string): string | undefined {
  return tileGrowthLine(plan, plan.trendMetric ? growthText(dataset, plan.trendMetric, locale) : undefined, locale);
}
