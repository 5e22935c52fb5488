/**
 * Everything `<netreach-bars>` shows, as plain data: the rows (one per country or region, sorted, the tail
 * folded into "Other (n)"), their localized labels and values, and the chart's geometry (bars, labels, ticks,
 * gridlines), mirrored for right-to-left locales. Pure functions; no DOM. Text widths are estimated from
 * character counts so the layout (and its golden snapshots) does not depend on the fonts installed.
 */
import { aboutScope, scopeSources, unsourcedFigures } from './about.js';
import { addUp, valuesByCountry, valuesByRegion } from './aggregate.js';
import { msg } from './i18n.js';
import { countriesKnowledge, lowerBoundText, regionGrouping, sumNotes, withRegionNote } from './knowledge.js';
import { formatCompact, formatNumber, lineSpacing, listSeparator, sentences, textOrder } from './locale.js';
import { INFERRED_MARK, countryName, metricLabel, regionName } from './names.js';
import { fittingTicks, linearScale, round2 } from './scale.js';
import { COUNTRIES_METRIC, type Dataset, type Source } from './types.js';

export type BarsGroupBy = 'country' | 'region';
export type BarsSort = 'value' | 'name' | 'none';

/** The key of the "Other (n)" row; never a valid alpha-3 code or region id (both are lower/upper ASCII). */
export const OTHER_KEY = '#other';

export interface BarRow {
  /** Alpha-3 code, region id, or {@link OTHER_KEY}. */
  key: string;
  kind: 'country' | 'region' | 'other';
  /** Localized name: "Pakistan", "Asia and Oceania", "Other (47)". */
  label: string;
  /**
   * A member listed by inference: "listed by inference (see the source's note)", said after its name (tooltip,
   * accessible name), which shows {@link INFERRED_MARK} after it.
   */
  inferred?: string;
  /** The metric's value; null for "No data". */
  value: number | null;
  /** The value as written at the bar's end: "27", "610K", "No data". */
  valueText: string;
  /** The value in full, for tooltips and screen readers: "610,000", "No data". */
  valueLong: string;
  /** Member countries in the row: 1 per country, a region's members, everything folded into "Other". */
  count: number;
  /**
   * Of them, those whose figure the row's value adds up, where it is a sum of the members' figures (a region's, an
   * "Other" of figures): its tooltip and name say so, as `sumNotes()` says under the chart. Undefined otherwise.
   */
  counted?: number;
  /** 1-based position of the row's region in the dataset (its colour `--_region-N`); 0 for "Other". */
  regionIndex: number;
  /** Labels of the rows folded into "Other", in their sorted order ("China*" for a member listed by inference). */
  folded?: string[];
  /**
   * The members listed by inference among the rows folded into "Other", said after its figure (tooltip, accessible
   * name), as a member's own bar says it, one sentence each: "China, listed by inference (see the source's note).".
   */
  foldedInferred?: string;
  /** The value is a lower bound (a count of a list that is not the whole): `valueText` reads "≥17". */
  lowerBound?: boolean;
}

export interface BarsOptions {
  metric: string;
  groupBy: BarsGroupBy;
  locale: string;
  /** Rows shown before the rest is folded into "Other (n)"; default 10 for countries, all for regions. */
  limit?: number;
  sort?: BarsSort;
}

/** The default number of rows shown before "Other (n)": 10 countries, every region. */
export function defaultLimit(groupBy: BarsGroupBy): number {
  return groupBy === 'country' ? 10 : Infinity;
}

/** A `limit` attribute value as a row count: positive integers as given, anything else (0, NaN) unlimited. */
export function resolveLimit(limit: number | null | undefined, groupBy: BarsGroupBy): number {
  if (limit === null || limit === undefined) return defaultLimit(groupBy);
  return Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : Infinity;
}

/**
 * A value at a bar's end: in full below 10,000 ("27", "9,500"), compact above ("610K", "۳۰ میلیون"); a lower bound's
 * compact form rounded `down` ("≥124K" of 124,500, never "≥125K").
 */
export function formatBarValue(value: number, locale: string, down?: boolean): string {
  return Math.abs(value) >= 10_000 ? formatCompact(value, locale, 'short', down) : formatNumber(value, locale, 1);
}

/**
 * Rows in the requested order: `value` descending ("No data" last; ties: regions in the dataset's order, as the
 * regions' chart, the legends and the table list them — CINVU's Asia and Oceania before Africa and Arab, 27 each —,
 * countries by name), `name` by the locale's collation, `none` in the dataset's order. Returns a new array.
 */
export function sortRows(rows: readonly BarRow[], sort: BarsSort, locale: string): BarRow[] {
  if (sort === 'none') return [...rows];
  // Names are compared on a tie only: a page's first Collator costs milliseconds (English ones need none, mostly).
  const compare = textOrder(locale);
  if (sort === 'name') return [...rows].sort((a, b) => compare(a.label, b.label));
  const tie = (a: BarRow, b: BarRow) => (a.kind === 'region' ? a.regionIndex - b.regionIndex : 0) || compare(a.label, b.label);
  return [...rows].sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return tie(a, b);
      return a.value === null ? 1 : -1;
    }
    return b.value - a.value || tie(a, b);
  });
}

/** The first `limit` rows, and the rest summed into one "Other (n)" row (null when none of them has a value). */
export function foldRows(rows: readonly BarRow[], limit: number, locale: string): BarRow[] {
  if (!(rows.length > limit)) return [...rows];
  const kept = rows.slice(0, limit);
  const rest = rows.slice(limit);
  let count = 0;
  let counted = 0;
  for (const row of rest) {
    count += row.count;
    counted += row.counted ?? (row.value === null ? 0 : 1);
  }
  const bounded = rest.some((row) => row.lowerBound);
  // A sum no more precise than its least precise figure, down when a folded row has none (as `valuesByRegion()`).
  const { value } = addUp(
    rest.map((row) => row.value),
    bounded,
  );
  const label = msg(locale, 'other', { count: rest.length });
  const other: BarRow = {
    key: OTHER_KEY,
    kind: 'other',
    label,
    ...valueTexts(value, locale),
    count,
    // A sum of the members' figures, said as a region's is; not a count of countries (regions' rows without `counted`).
    counted: rest.every((row) => row.kind === 'country' || row.counted !== undefined) ? counted : undefined,
    regionIndex: 0,
    folded: rest.map((row) => (row.inferred ? row.label + INFERRED_MARK : row.label)),
  };
  const inferred = rest.filter((row) => row.inferred);
  if (inferred.length)
    other.foldedInferred = sentences(
      inferred.map((row) => row.label + listSeparator(locale, true) + row.inferred),
      locale,
    );
  // A sum of lower bounds (regions of a list that is not the whole) is one: "≥", as the rows it folds.
  return [...kept, bounded ? lowerBound(other, locale) : other];
}

function valueTexts(value: number | null, locale: string): Pick<BarRow, 'value' | 'valueText' | 'valueLong'> {
  if (value === null) {
    const none = msg(locale, 'noData');
    return { value, valueText: none, valueLong: none };
  }
  return { value, valueText: formatBarValue(value, locale), valueLong: formatNumber(value, locale, 2) };
}

/** A lower-bound row's value: "≥17" at the bar's end, "at least 17" in full. */
function lowerBound(row: BarRow, locale: string): BarRow {
  if (row.value === null) return row;
  return {
    ...row,
    lowerBound: true,
    valueText: lowerBoundText(formatBarValue(row.value, locale, true)),
    valueLong: msg(locale, 'atLeast', { value: row.valueLong }),
  };
}

/** The chart's rows: grouped, sorted, limited. Grouping by region without regions gives none (see {@link barsContext}). */
export function barRows(dataset: Dataset, options: BarsOptions): BarRow[] {
  const { metric, groupBy, locale } = options;
  const regionIndex = new Map(dataset.regions.map((region, index) => [region.id, index + 1]));
  let rows: BarRow[];
  if (groupBy === 'region') {
    const bounded = regionGrouping(dataset, locale).lowerBound;
    rows = valuesByRegion(dataset, metric).map((group) => {
      const row: BarRow = {
        key: group.id,
        kind: 'region',
        label: regionName(dataset, group.id, locale),
        ...valueTexts(group.value, locale),
        count: group.count,
        counted: metric === COUNTRIES_METRIC ? undefined : group.counted,
        regionIndex: regionIndex.get(group.id) ?? 0,
      };
      return bounded ? lowerBound(row, locale) : row;
    });
  } else {
    const regionOf = new Map(dataset.members.map((member) => [member.country, member.region ?? '']));
    const inferred = new Set(dataset.members.filter((member) => member.by === 'inference').map((member) => member.country));
    rows = valuesByCountry(dataset, metric).map((group) => ({
      key: group.id,
      kind: 'country',
      label: countryName(group.id, locale),
      ...(inferred.has(group.id) ? { inferred: msg(locale, 'listedByInference') } : {}),
      ...valueTexts(group.value, locale),
      count: 1,
      regionIndex: regionIndex.get(regionOf.get(group.id) ?? '') ?? 0,
    }));
  }
  const sorted = sortRows(rows, options.sort ?? 'value', locale);
  return foldRows(sorted, resolveLimit(options.limit, groupBy), locale);
}

export interface BarsContext {
  /** Why there are no bars: grouping by region of a dataset without regions, a metric without figures to draw. */
  unavailable?: string;
  /**
   * What to show with the bars: the list is not the whole; the regions, where no source assigns them, were inferred,
   * are continents or were drawn up for the dataset (`regionAssignment.by`, `regionGrouping()`); a region's figure is
   * a sum of its members' (`sumNotes()`).
   */
  notes: string[];
  /** The sources behind the bars (the list, the regions, the metric's totals and figures). */
  sources: Source[];
  /** The members' figures drawn that no source gives (`unsourcedFigures()`). */
  unsourced?: string[];
}

/** What the bars must say besides the bars themselves, and the sources they cite. */
export function barsContext(dataset: Dataset, options: Pick<BarsOptions, 'metric' | 'groupBy' | 'locale'>): BarsContext {
  const { groupBy, locale } = options;
  const grouping = regionGrouping(dataset, locale);
  const scope = aboutScope(dataset, 'bars', { metric: options.metric, groupBy });
  const sources = scopeSources(dataset, scope);
  if (groupBy === 'region' && !grouping.available) return { unavailable: grouping.note, notes: [], sources };
  // A metric of which the sources give no figure for any bar (a network's total only) draws no empty bars on an
  // axis of nothing: it says so instead.
  const { metric } = options;
  const groups =
    metric === COUNTRIES_METRIC ? [] : groupBy === 'region' ? valuesByRegion(dataset, metric) : valuesByCountry(dataset, metric);
  if (groups.length > 0 && groups.every((group) => group.value === null)) {
    return { unavailable: msg(locale, 'noFiguresToDraw', { metric: metricLabel(dataset, metric, locale) }), notes: [], sources };
  }
  const listNotes = countriesKnowledge(dataset, locale).notes;
  // Countries counted country by country: a bar of 1 each (and an "Other" as long as the rest together), nothing to
  // compare. Said instead, with what the sources say of the list.
  if (metric === COUNTRIES_METRIC && groupBy === 'country') {
    return { unavailable: msg(locale, 'barsCountOfOne', { one: formatNumber(1, locale) }), notes: [...listNotes], sources };
  }
  // A region's bar adds up its members' figures (their count aside: `groups` is empty, and so are the notes): no
  // source gives it, so the chart says so.
  return {
    notes: groupBy === 'region' ? [...withRegionNote(listNotes, grouping), ...sumNotes(locale, groups)] : [...listNotes],
    sources,
    unsourced: unsourcedFigures(dataset, scope, locale),
  };
}

/** "Member countries by region": the chart's accessible name. */
export function barsTitle(dataset: Dataset, metric: string, groupBy: BarsGroupBy, locale: string): string {
  return msg(locale, groupBy === 'region' ? 'byRegion' : 'byCountry', { metric: metricLabel(dataset, metric, locale) });
}

// ---------------------------------------------------------------------------------------------------------
// Geometry

/** Font size of the chart's text, in px (the styles use the same). */
export const BARS_FONT_SIZE = 12;
/** Average advance of a character at {@link BARS_FONT_SIZE}, for width estimates. */
const CHAR_WIDTH = 6.6;
/** Thickness of a bar and the distance between the tops of two bars. */
export const BAR_HEIGHT = 20;
export const ROW_STEP = 28;
/** The distance between two lines of a label that wraps. */
export const LABEL_LINE = 15;
/** Room above the first bar for the axis's tick labels. */
const AXIS_HEIGHT = 22;
const PAD = 6;

export interface BarGeometry {
  row: BarRow;
  /** The rect; zero-width for "No data". */
  x: number;
  y: number;
  width: number;
  height: number;
  /**
   * The label's anchor point and its lines: a label wider than its column wraps between words, never cut (a
   * region's name is read whole); `labelY` is the first line's baseline.
   */
  labelX: number;
  labelLines: string[];
  labelY: number;
  /** The value's anchor point (just past the bar's end). */
  valueX: number;
  /** Baseline of the value (and of a one-line label). */
  textY: number;
  /** Where a tooltip points: the middle of the bar's end. */
  tipX: number;
  tipY: number;
}

export interface Tick {
  x: number;
  value: number;
  label: string;
}

export interface BarsLayout {
  width: number;
  height: number;
  bars: BarGeometry[];
  ticks: Tick[];
  /** Top and bottom of the gridlines. */
  gridTop: number;
  gridBottom: number;
  /** x of the zero line. */
  zeroX: number;
  /** From one line of a wrapped label to the next: Nastaliq's (Urdu) half as far again, as its letters reach further. */
  labelLine: number;
  /**
   * SVG `text-anchor` of labels and values. They are logical (`end` / `start`), so under `direction: rtl` the
   * same anchors put labels on the right of their anchor points' mirror images.
   */
  labelAnchor: 'end';
  valueAnchor: 'start';
}

/** The rendered width of a text at the chart's font size, in px. */
export type Measure = (text: string) => number;

export interface BarsLayoutOptions {
  width: number;
  rtl: boolean;
  locale: string;
  /** Measures label widths (the element passes the browser's); estimated from character counts when absent. */
  measure?: Measure;
  /** Room to keep at the axis's far end (the page's menu button sits over that corner). */
  endInset?: number;
  /** How far down from the top that button reaches: the first row's value, past the axis's end, starts below it. */
  cornerDepth?: number;
  /**
   * False: no tick labels over the bars, and no room for them (a dashboard's slide short of height: each bar says
   * its value at its end, which the axis only repeated).
   */
  axis?: boolean;
}

/** Estimated rendered width of `text` at the chart's font size. */
export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

/** `text` in lines no wider than `width`, broken between words; a word wider than `width` stays whole. */
export function wrapWords(text: string, width: number, measure: Measure = textWidth): string[] {
  // Nearly every label fits whole: measuring it once (the layout has already) spares measuring each of its prefixes.
  if (measure(text) <= width && !/[^\S ]| {2}|^ | $/.test(text)) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && measure(longer) > width) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  return line ? [...lines, line] : lines.length ? lines : [text];
}

/** Rounds a measured width up to a multiple of 8 px, so small font differences do not move the layout. */
function quantize(width: number): number {
  return Math.ceil(width / 8) * 8;
}

function formatTick(value: number, max: number, locale: string): string {
  return max >= 10_000 ? formatCompact(value, locale) : formatNumber(value, locale, 2);
}

/** Bars, labels and ticks for `rows` in a box `width` wide; the height follows from the number of rows. */
export function barsLayout(rows: readonly BarRow[], options: BarsLayoutOptions): BarsLayout {
  const { width, rtl, locale } = options;
  const measure = options.measure ?? textWidth;
  // The name as drawn: "China*" for a member listed by inference.
  const names = rows.map((row) => (row.inferred ? row.label + INFERRED_MARK : row.label));
  const longestLabel = Math.max(0, ...names.map((name) => measure(name)));
  // As wide as the longest label, up to two fifths of the box — or its longest word, up to three fifths. The words
  // are measured only when a label is wider than two fifths (the labels then wrap).
  const whole = Math.max(quantize(longestLabel + PAD * 2), 48);
  const twoFifths = Math.max(48, Math.round(width * 0.4));
  const longestWord = () => Math.max(0, ...names.flatMap((name) => name.split(/\s+/).map((word) => measure(word))));
  const labelColumn =
    whole <= twoFifths ? whole : Math.min(whole, Math.max(twoFifths, Math.min(quantize(longestWord() + PAD * 2), Math.round(width * 0.6))));
  const labels = names.map((name) => wrapWords(name, labelColumn - PAD * 2, measure));
  // A row is as tall as its label's lines need; most are one line, ROW_STEP apart.
  const labelLine = LABEL_LINE * lineSpacing(locale);
  const steps = labels.map((lines) => Math.max(ROW_STEP, lines.length * labelLine + ROW_STEP - BAR_HEIGHT));
  const tops: number[] = [];
  // A row's value starts 10 px below its top; at 16 px a page's button (32 px) ends where the first one starts.
  const axisHeight = options.axis === false ? PAD : AXIS_HEIGHT;
  let bottom = Math.max(axisHeight, (options.cornerDepth ?? 0) - 10);
  for (const step of steps) {
    tops.push(bottom);
    bottom += step;
  }
  const height = bottom + PAD;
  // Values are set bold: a tenth wider than the measure says.
  const valueColumn = quantize(Math.max(0, ...rows.map((row) => measure(row.valueText) * 1.1)) + PAD);
  const x0 = labelColumn;
  const x1 = Math.max(x0 + 1, width - Math.max(valueColumn + PAD, options.endInset ?? 0));

  const values = rows.map((row) => row.value).filter((value): value is number => value !== null);
  const low = Math.min(0, ...values);
  let high = Math.max(0, ...values);
  if (high === low) high = low + 1;
  const scale = linearScale([low, high], [x0, x1], true);
  const mirror = (x: number) => (rtl ? width - x : x);
  const zero = scale(0);

  const tickCount = Math.max(2, Math.floor((x1 - x0) / 80));
  const [, domainMax] = scale.domain;
  // Whole numbers (countries, universities) get whole ticks: "0.5" on an axis of countries counts half a country.
  const wholeNumbers = values.every(Number.isInteger);
  const label = (value: number) => formatTick(value, Math.max(Math.abs(low), Math.abs(domainMax)), locale);
  // No two labels (drawn at nine tenths of the chart's type) closer than a gap: a narrow plot writes fewer.
  const apart = (a: number, b: number) => Math.abs(scale(b) - scale(a)) >= (measure(label(a)) + measure(label(b))) * 0.45 + PAD;
  const ticks: Tick[] = (options.axis === false ? [] : fittingTicks(scale, tickCount, apart, wholeNumbers)).map((value) => ({
    value,
    x: round2(mirror(scale(value))),
    label: label(value),
  }));

  const bars = rows.map((row, index): BarGeometry => {
    const y = tops[index]! + (steps[index]! - BAR_HEIGHT) / 2;
    const lines = labels[index]!;
    const textY = y + BAR_HEIGHT / 2 + BARS_FONT_SIZE * 0.35;
    const value = row.value ?? 0;
    const end = row.value === null ? zero : scale(value);
    const left = Math.min(zero, end);
    const right = Math.max(zero, end);
    const barWidth = right - left;
    // The value sits past the bar's far end (for negative values, past its near end at zero).
    const valueAt = value < 0 ? zero + PAD : right + PAD;
    return {
      row,
      x: round2(rtl ? width - right : left),
      y: round2(y),
      width: round2(barWidth),
      height: BAR_HEIGHT,
      labelX: round2(mirror(x0 - PAD)),
      labelLines: lines,
      labelY: round2(textY - ((lines.length - 1) * labelLine) / 2),
      valueX: round2(mirror(valueAt)),
      textY: round2(textY),
      tipX: round2(mirror(right)),
      tipY: round2(y),
    };
  });

  return {
    width,
    height,
    bars,
    ticks,
    gridTop: axisHeight - 4,
    gridBottom: height - PAD,
    zeroX: round2(mirror(zero)),
    labelLine,
    labelAnchor: 'end',
    valueAnchor: 'start',
  };
}
