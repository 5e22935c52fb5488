/**
 * Everything `<netreach-trend>` shows, as plain data. Two steps, so the text exists before the size does:
 *
 * - {@link trendData}: the metric's published totals in year order, each with its short label ("30M+"), spoken
 *   form ("more than 30 million"), source, and the chart's summary sentence. No geometry.
 * - {@link trendLayout}: that data placed in a `width`×`height` box: line and area paths (broken at missing
 *   years), points, axis ticks; time runs left to right unless `mirror` (`time-direction="rtl"`).
 *
 * Pure functions; no DOM. Text widths are estimated from character counts so the layout (and its golden
 * snapshots) does not depend on the fonts installed.
 */
import { metricSeries, sourceById, sourceLabel, totalOrder } from './aggregate.js';
import { msg } from './i18n.js';
import { formatStatValue, growthText, periodNotes, spokenFigure, whenPhrase, whenText, type GrowthText } from './growth.js';
import { colon, directionOf, formatCompact, formatList, formatNumber, formatYear, languageOf } from './locale.js';
import { metricLabel } from './names.js';
import { fittingTicks, linearScale, round2 } from './scale.js';
import { areaPath, linePath } from './shape.js';
import { COUNTRIES_METRIC, type Dataset, type Qualifier, type Source, type Total } from './types.js';
import './en/trend.js';

export type TrendType = 'line' | 'area';

export interface TrendPoint {
  /**
   * Where the total falls in time: its year, or for a period its approximate sort year. For placing and keys
   * only: write `yearText`, never this (a period's sort year is no year the source gives).
   */
  year: number;
  value: number;
  qualifier?: Qualifier;
  source?: Source;
  /** The point's time as written: "2021", "۲۰۲۱", or a period's label ("Before the spread of coronavirus"). */
  yearText: string;
  /** The same inside a sentence: "in 2021", "before the spread of coronavirus". */
  whenPhrase: string;
  /** The source gives a period, not a year: the point is placed in order, not on a time scale. */
  approximate: boolean;
  /** What the point's label says: "30M+", "262". */
  short: string;
  /** What a screen reader says: "more than 30 million". */
  long: string;
  /** The published total the point draws (its CSV row). */
  total: Total;
  /** The point's accessible name and tooltip: "2021: more than 30 million — Source: CINVU (Public Relations)". */
  description: string;
}

export interface TrendData {
  metric: string;
  /** The metric's localized label: "Virtual students". */
  label: string;
  /** The published totals, earliest first (one per year). */
  points: TrendPoint[];
  /** The series' cadence in years: the smallest distance between two totals (1 for yearly figures). */
  step: number;
  /** Years on the cadence between the first and last total that have no figure: drawn as gaps. */
  missing: number[];
  /** "Virtual students rose from 8 million before the spread of coronavirus to more than 30 million in 2021." */
  summary: string;
  /** The distinct sources behind the points, in the order first cited. */
  sources: Source[];
  /** Some point is dated by a period: the time axis is ordinal (each point one step), labelled by the points. */
  ordinal: boolean;
  /** The latest change, computed from the last two points and marked as such (cites both sources). */
  growth?: GrowthText;
  /** What the chart cannot say by itself: a period is the source's only dating of a figure. */
  notes: string[];
}

/**
 * The metric a trend shows when none is asked for: the first declared metric with at least two totals, else the
 * first with any, else `countries`.
 */
export function defaultTrendMetric(dataset: Dataset): string {
  const ids = (dataset.metrics ?? []).map((metric) => metric.id);
  if (!ids.includes(COUNTRIES_METRIC)) ids.push(COUNTRIES_METRIC);
  const count = (id: string) => (dataset.totals ?? []).filter((total) => total.metric === id).length;
  return ids.find((id) => count(id) >= 2) ?? ids.find((id) => count(id) >= 1) ?? COUNTRIES_METRIC;
}

/** "8 million", "more than 30 million", "about 262": the value as a sentence says it. */
export function spokenValue(value: number, qualifier: Qualifier | undefined, locale: string, metricId: string): string {
  return spokenFigure(value, qualifier, locale, metricId);
}

/** The smallest distance between consecutive years (the series' cadence); 1 for fewer than two years. */
export function seriesStep(years: readonly number[]): number {
  let step = Infinity;
  for (let index = 1; index < years.length; index += 1) {
    const distance = years[index]! - years[index - 1]!;
    if (distance > 0 && distance < step) step = distance;
  }
  return Number.isFinite(step) ? step : 1;
}

/** Years on the series' cadence that fall between two totals further apart than it. */
export function missingYears(years: readonly number[], step = seriesStep(years)): number[] {
  const missing: number[] = [];
  for (let index = 1; index < years.length; index += 1) {
    for (let year = years[index - 1]! + step; year < years[index]!; year += step) missing.push(year);
  }
  return missing;
}

/**
 * The series with a `null` wherever consecutive totals are further apart than the cadence: `linePath()`
 * breaks the line (and `areaPath()` the area) there, so a missing year is a visible gap, never a silent bridge.
 * Nothing is known to be missing next to a point dated by a period.
 */
export function withGaps<T extends { year: number; approximate?: boolean }>(points: readonly T[], step: number): (T | null)[] {
  const result: (T | null)[] = [];
  points.forEach((point, index) => {
    const previous = points[index - 1];
    if (previous && !previous.approximate && !point.approximate && point.year - previous.year > step) result.push(null);
    result.push(point);
  });
  return result;
}

export function trendData(dataset: Dataset, metricId: string, locale: string): TrendData {
  const label = metricLabel(dataset, metricId, locale);
  // One figure per time: where a dataset repeats a year (or a period), the later entry wins.
  const byTime = new Map(metricSeries(dataset, metricId).map((total) => [total.period ? `p${total.period.label}` : total.year, total]));
  const sourceWord = msg(locale, 'source');
  const separator = colon(locale);
  const points: TrendPoint[] = [...byTime.values()].map((total) => {
    const source = sourceById(dataset, total.source);
    const yearText = whenText(total, locale);
    const long = spokenValue(total.value, total.qualifier, locale, metricId);
    return {
      year: totalOrder(total),
      value: total.value,
      qualifier: total.qualifier,
      source,
      yearText,
      whenPhrase: whenPhrase(total, locale),
      approximate: total.period !== undefined,
      short: formatStatValue(total.value, total.qualifier, locale, metricId),
      long,
      description: `${yearText}${separator}${long}${source ? ` — ${sourceWord}${separator}${sourceLabel(source, locale)}` : ''}`,
      total,
    };
  });
  // Gaps are known only between figures the sources date by year.
  const years = points.filter((point) => !point.approximate).map((point) => point.year);
  const step = seriesStep(years);
  const missing = missingYears(years, step);
  const sources: Source[] = [];
  for (const point of points) if (point.source && !sources.includes(point.source)) sources.push(point.source);
  const data: TrendData = {
    metric: metricId,
    label,
    points,
    step,
    missing,
    summary: summarize(label, points, missing, locale),
    sources,
    ordinal: points.some((point) => point.approximate),
    notes: periodNotes(dataset, metricId, locale),
  };
  const growth = growthText(dataset, metricId, locale);
  if (growth) data.growth = growth;
  return data;
}

function summarize(metric: string, points: TrendPoint[], missing: number[], locale: string): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return msg(locale, 'trendNoTotals', { metric });
  let sentence: string;
  if (first === last) {
    sentence = msg(locale, 'trendSingle', { metric, value: last.long, when: last.whenPhrase });
  } else {
    const key = last.value > first.value ? 'trendRose' : last.value < first.value ? 'trendFell' : 'trendSteady';
    sentence = msg(locale, key, { metric, from: first.long, fromWhen: first.whenPhrase, to: last.long, toWhen: last.whenPhrase });
  }
  if (missing.length === 0) return sentence;
  const years = formatList(
    missing.map((year) => formatYear(year, locale)),
    locale,
  );
  return `${sentence} ${msg(locale, 'trendGap', { years })}`;
}

export interface TrendLayoutOptions {
  width: number;
  height: number;
  locale: string;
  /**
   * Time runs right to left and the value axis sits on the right (`time-direction="rtl"`). Not the language's
   * direction: by default time runs left to right in every language (see the README, "Time direction").
   */
  mirror?: boolean;
  type?: TrendType;
  /** A text's width at the chart's 12 px (canvas measurements on the page); estimated from its length by default. */
  measure?: (text: string) => number;
  /** Lines the time axis's labels take (a period's long label wraps): each adds a line's height at the foot. */
  timeLines?: number;
}

export interface PlacedPoint extends TrendPoint {
  x: number;
  y: number;
  /** Whether the value label is drawn (all of them when they fit, else the first and the last). */
  labelled: boolean;
  /**
   * The value label's baseline: above the point, or below it where the line would run through the label above
   * (a point low between higher neighbours) and there is room above the zero line; where the line crosses both,
   * raised and shifted along the time axis (inside the plot) until it is clear.
   */
  labelY: number;
  /** The value label's centre: the point's x unless shifted off the line. */
  labelX: number;
}

export interface TrendTick {
  /** The year (or, on an ordinal axis, the point's place in time: never to be written; `label` is). */
  value: number;
  /** x for year ticks, y for value ticks. */
  position: number;
  label: string;
}

export interface TrendLayout {
  width: number;
  height: number;
  /** The plot area: left, right, top and the zero baseline. */
  plot: { left: number; right: number; top: number; bottom: number };
  points: PlacedPoint[];
  /** The line through the points, one subpath per unbroken run ("M…L…M…" at a gap). */
  line: string;
  /** `type="area"`: the area between the line and zero, broken at the same gaps; else empty. */
  area: string;
  xTicks: TrendTick[];
  /**
   * The width a time label has on an ordinal axis (the distance between two points): a period's label can be
   * longer, and is then wrapped to it. Infinity on a time scale, whose year labels are thinned to fit instead.
   */
  xTickWidth: number;
  yTicks: TrendTick[];
  /** Where the value-axis labels meet the plot: their right edge, their left edge when mirrored. */
  yLabelX: number;
}

const CHAR_WIDTH = 7;
const LABEL_GAP = 6;
const TOP = 26;
const BOTTOM = 26;
const EDGE = 8;
/** The height of one more line of time labels, at 12 px, in Latin script. */
export const TIME_LINE_HEIGHT = 14;
/** Above and below a value label's baseline, at 12 px: its box, which the line must not cross. */
const LABEL_ASCENT = 10;
const LABEL_DESCENT = 4;
/** A value label's baseline above its point, and its top below the point. */
const LABEL_ABOVE = 11;
const LABEL_BELOW = 10;

/**
 * The height of one more line of a wrapped time label in `locale`: Arabic script reaches further above and below
 * its line than Latin, Nastaliq (Urdu) further still (as `lineSpacing()` spaces an image's lines).
 */
export function timeLineHeight(locale: string): number {
  if (languageOf(locale) === 'ur') return TIME_LINE_HEIGHT * 1.5;
  return directionOf(locale) === 'rtl' ? TIME_LINE_HEIGHT * 1.25 : TIME_LINE_HEIGHT;
}

/** Whether the segment from `a` to `b` crosses the box (Liang–Barsky clipping). */
function crosses(
  a: readonly [number, number],
  b: readonly [number, number],
  box: { left: number; right: number; top: number; bottom: number },
): boolean {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a[0] - box.left],
    [dx, box.right - a[0]],
    [-dy, a[1] - box.top],
    [dy, box.bottom - a[1]],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** A text's width in pixels at the chart's 12px, estimated from its length (no fonts, no DOM). */
export function estimateWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

/** Places `data` in a `width`×`height` box. Expects at least one point; the element shows a message otherwise. */
export function trendLayout(data: TrendData, options: TrendLayoutOptions): TrendLayout {
  const { width, height, locale, mirror = false, type = 'line', measure = estimateWidth, timeLines = 1 } = options;
  const points = data.points;
  const maxValue = Math.max(0, ...points.map((point) => point.value));
  const top = TOP;
  const bottom = Math.max(top + 1, height - BOTTOM - (timeLines - 1) * timeLineHeight(locale));

  // Value axis: from zero, nice, about one tick per 45px, and no two labels closer than a line of the language's
  // (a short plot writes fewer: Urdu's on a dashboard's slide wrote "0" and "2 کروڑ" into each other). Whole numbers
  // (countries, universities) get whole ticks, as the bars' axis does.
  const y = linearScale([0, maxValue || 1], [bottom, top], true);
  const yValues = fittingTicks(
    y,
    Math.max(2, Math.floor((bottom - top) / 45)),
    (a, b) => Math.abs(y(a) - y(b)) >= timeLineHeight(locale),
    points.every((point) => Number.isInteger(point.value)),
  );
  const yTicks = yValues.map((value) => ({ value, position: round2(y(value)), label: tickLabel(value, yValues, locale) }));
  const axisWidth = Math.max(...yTicks.map((tick) => measure(tick.label)), 0) + LABEL_GAP * 2;

  // Time axis: padded so the first and last labels stay inside the box. A period's label can be long: it is
  // given at most a third of the axis, and wrapped to the room it has (`xTickWidth`).
  const left = mirror ? EDGE : axisWidth;
  const right = mirror ? width - axisWidth : width - EDGE;
  const labelWidth = Math.max(...points.map((point) => measure(point.short)));
  const timeWidth = Math.max(measure(points[0]?.yearText ?? ''), measure(points[points.length - 1]?.yearText ?? ''));
  const pad = Math.max(EDGE * 2, Math.max(labelWidth, Math.min(timeWidth, (right - left) / 3)) / 2 + 2);
  const range: [number, number] = mirror ? [right - pad, left + pad] : [left + pad, right - pad];
  let placed: PlacedPoint[];
  let xTicks: TrendTick[];
  let xTickWidth = Infinity;
  if (data.ordinal) {
    // A period has no place on a time scale: every point is one step, and each tick is a point's own label, so
    // no year the sources do not give is ever written on the axis.
    const x = linearScale([0, Math.max(1, points.length - 1)], range);
    const at = (index: number) => round2(points.length === 1 ? (range[0] + range[1]) / 2 : x(index));
    placed = points.map((point, index) => ({ ...point, x: at(index), y: round2(y(point.value)), labelled: true, labelY: 0, labelX: 0 }));
    xTicks = points.map((point, index) => ({ value: point.year, position: at(index), label: point.yearText }));
    xTickWidth = points.length > 1 ? Math.abs(at(1) - at(0)) - LABEL_GAP : right - left;
  } else {
    const first = points[0]?.year ?? 0;
    const last = points[points.length - 1]?.year ?? first;
    const x = linearScale([first, last], range);
    const span = last - first;
    const yearWidth = measure(formatYear(last, locale)) + 12;
    const fit = Math.max(1, Math.floor((right - left) / yearWidth));
    const years = span + 1 <= fit ? Array.from({ length: span + 1 }, (_, index) => first + index) : x.ticks(fit).filter(Number.isInteger);
    xTicks = years.map((year) => ({ value: year, position: round2(x(year)), label: formatYear(year, locale) }));
    placed = points.map((point) => ({
      ...point,
      x: round2(x(point.year)),
      y: round2(y(point.value)),
      labelled: true,
      labelY: 0,
      labelX: 0,
    }));
  }
  // Value labels where they fit side by side; otherwise only the first and the last (the rest have tooltips).
  let spacing = Infinity;
  for (let index = 1; index < placed.length; index += 1) spacing = Math.min(spacing, Math.abs(placed[index]!.x - placed[index - 1]!.x));
  if (spacing < labelWidth + LABEL_GAP) placed.forEach((point, index) => (point.labelled = index === 0 || index === placed.length - 1));

  const broken = withGaps(placed, data.step).map((point) => (point ? ([point.x, point.y] as const) : null));
  // Each label above its point unless the line runs through it there and not below it (a point low between
  // higher neighbours), and the label below stays above the zero line; decided by the geometry alone, so the same
  // chart always places its labels alike.
  const zero = round2(y(0));
  const segments = broken.flatMap((point, index) => {
    const next = broken[index + 1];
    return point && next ? [[point, next] as const] : [];
  });
  for (const point of placed) {
    const half = measure(point.short) / 2 + 1;
    const hit = (baseline: number, x = point.x) =>
      segments.some(([a, b]) =>
        crosses(a, b, { left: x - half, right: x + half, top: baseline - LABEL_ASCENT, bottom: baseline + LABEL_DESCENT }),
      );
    const above = round2(point.y - LABEL_ABOVE);
    const below = round2(point.y + LABEL_BELOW + LABEL_ASCENT);
    point.labelX = point.x;
    point.labelY = above;
    if (!hit(above)) continue;
    if (!hit(below) && below + LABEL_DESCENT <= zero) point.labelY = below;
    // Crossed above and no room below (a wide label, "۸ میلیون", by a steep line): the lowest place above that is
    // clear, raised by up to a line and shifted along the axis while still over its point, inside the plot.
    else
      search: for (let lift = 0; lift <= 16; lift += 2)
        for (let shift = 0; shift < half; shift += 2)
          for (const x of [point.x - shift, point.x + shift])
            if (x - half >= left && x + half <= right && above - lift >= LABEL_ASCENT && !hit(above - lift, x)) {
              [point.labelX, point.labelY] = [round2(x), round2(above - lift)];
              break search;
            }
  }
  return {
    width,
    height,
    plot: { left, right, top, bottom: round2(y(0)) },
    points: placed,
    line: linePath(broken),
    area: type === 'area' ? areaPath(broken, round2(y(0))) : '',
    xTicks,
    xTickWidth: round2(xTickWidth),
    yTicks,
    yLabelX: mirror ? right + LABEL_GAP : left - LABEL_GAP,
  };
}

/**
 * A value-axis label: compact ("10M", "۱۰ میلیون"), unless compact rounding would make two ticks read the same
 * (0.5M and 1M both "1M"), then in full.
 */
function tickLabel(value: number, all: readonly number[], locale: string): string {
  const small = Math.max(...all.map(Math.abs)) < 10_000;
  if (small) return formatNumber(value, locale, 2);
  const labels = all.map((tick) => formatCompact(tick, locale));
  return new Set(labels).size === labels.length ? formatCompact(value, locale) : formatNumber(value, locale);
}
