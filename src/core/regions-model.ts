/**
 * Everything `<netreach-regions>` shows, as plain data: one entry per region (name, value, share, colour) for
 * the legend, the waffle's cells and the donut's arcs. Pure functions; no DOM.
 *
 * The waffle has one cell per member country when it shows member counts (57 cells for CINVU: 27/27/3), and
 * 100 cells, one per percent of the total, when it shows another metric's regional sums.
 */
import { REGION_SLOTS } from './theme-colours.js';
import { valuesByRegion } from './aggregate.js';
import { msg, type MessageKey } from './i18n.js';
import { countriesKnowledge, lowerBoundText, regionGrouping, sumNotes, withRegionNote } from './knowledge.js';
import { colon, formatCompact, formatNumber, listSeparator } from './locale.js';
import { formatPercent } from './percent.js';
import { countryName, metricLabel, regionName, relationOf } from './names.js';
import { round2 } from './scale.js';
import { donutSlice, pieAngles } from './donut.js';
import { COUNTRIES_METRIC, type Dataset, type Relation } from './types.js';
import './en/regions.js';
import './en/later.js';

export type RegionsType = 'waffle' | 'donut';

export interface RegionSlice {
  id: string;
  /** 1-based position in the dataset's regions: the colour `--_region-N` (wrapping after 8). */
  colour: number;
  label: string;
  /** The metric's sum over the region's members (member count for `countries`); null for "No data". */
  value: number | null;
  /** Member countries in the region. */
  count: number;
  /** value / total; null without a value or a positive total. */
  share: number | null;
  valueText: string;
  shareText: string;
  /** "27 (47%)", or the value alone without a share. */
  figure: string;
  /** "Asia and Oceania — 27 (47%)": the entry as one line. */
  text: string;
  /** A metric's sum says so (`sumNotes()` of the region's members), in its tooltip and name; none for `countries`. */
  sum: string[];
}

export interface RegionsModel {
  metric: string;
  metricLabel: string;
  slices: RegionSlice[];
  /** The sum of the slices' values; null when none has one. */
  total: number | null;
  totalText: string;
  /** The chart's text alternative: "Member countries: Asia and Oceania 27 (47%), …" (without `notes`). */
  description: string;
  /**
   * False when there is nothing to draw: the dataset has no regions, or the sources give no figure of the metric
   * for any region's members (a network's total only). Say `unavailable` instead.
   */
  available: boolean;
  /** Why nothing is drawn ("The sources assign no regions…"), when `available` is false. */
  unavailable?: string;
  /** The legend's title: "Regions", or "Continents" when the regions are continents assigned for the dataset. */
  title: string;
  /**
   * Counts are lower bounds (the list names only some countries, or gives examples): values read "≥17" and
   * there are no shares, which would present the listed countries as the whole.
   */
  lowerBound: boolean;
  /** What to show with the chart: how regions were assigned, and that the list is not the whole. */
  notes: string[];
}

/** The colour slot (1–8) of the `index`-th (0-based) region. */
export function colourSlot(index: number): number {
  return (index % REGION_SLOTS) + 1;
}

/** In full below 10,000, compact above; a lower bound's compact form rounded `down` (never "≥125K" of 124,500). */
function formatValue(value: number, locale: string, down?: boolean): string {
  return Math.abs(value) >= 10_000 ? formatCompact(value, locale, 'short', down) : formatNumber(value, locale, 1);
}

/** Per-region values, shares and texts of `metric` (member counts for `countries`). */
export function regionsModel(dataset: Dataset, metric: string, locale: string): RegionsModel {
  const grouping = regionGrouping(dataset, locale);
  const groups = valuesByRegion(dataset, metric);
  // Counts of a list that is not the whole are lower bounds; so are sums over its members.
  const lowerBound = grouping.lowerBound;
  let total: number | null = null;
  for (const group of groups) if (group.value !== null) total = (total ?? 0) + group.value;
  const none = msg(locale, 'noData');
  const written = (value: number) => (lowerBound ? lowerBoundText(formatValue(value, locale, true)) : formatValue(value, locale));
  const slices = groups.map((group, index): RegionSlice => {
    const label = regionName(dataset, group.id, locale);
    const share = group.value !== null && total !== null && total > 0 && !lowerBound ? group.value / total : null;
    const valueText = group.value === null ? none : written(group.value);
    const shareText = share === null ? '' : formatPercent(share, locale);
    const figure = shareText ? msg(locale, 'valueShare', { value: valueText, share: shareText }) : valueText;
    return {
      id: group.id,
      colour: colourSlot(index),
      label,
      value: group.value,
      count: group.count,
      share,
      valueText,
      shareText,
      figure,
      text: `${label} — ${figure}`,
      sum: metric === COUNTRIES_METRIC ? [] : sumNotes(locale, [group]),
    };
  });
  const label = metricLabel(dataset, metric, locale);
  // Another metric's figure per region adds up its members' figures: no source gives it, so the chart says so.
  const notes = [
    ...withRegionNote(countriesKnowledge(dataset, locale).notes, grouping),
    ...(metric === COUNTRIES_METRIC ? [] : sumNotes(locale, groups)),
  ];
  // No region with a figure: an empty waffle of "No data" rows would look like a chart of nothing. Said instead,
  // as the bars say it.
  const figures = metric === COUNTRIES_METRIC || total !== null;
  const model: RegionsModel = {
    metric,
    metricLabel: label,
    slices,
    total,
    totalText: total === null ? none : written(total),
    // The notes stay apart: the widget says them after its own sentences (the waffle's unit).
    description: grouping.available
      ? `${label}${colon(locale)}${slices.map((slice) => `${slice.label} ${slice.figure}`).join(listSeparator(locale, true))}`
      : grouping.note,
    available: grouping.available && figures,
    title: grouping.title,
    lowerBound,
    notes,
  };
  if (!grouping.available) model.unavailable = grouping.note;
  else if (!figures) {
    model.unavailable = model.description = msg(locale, 'noFiguresToDraw', { metric: label });
    // Nothing is drawn for the notes on how regions were assigned to speak of, as the bars leave theirs out.
    model.notes = [];
  }
  return model;
}

/**
 * Splits `cells` whole cells among `values` in proportion, so they add up exactly (largest remainder, ties to
 * the earlier entry). Null and negative values get no cell.
 */
export function largestRemainder(values: readonly (number | null)[], cells: number): number[] {
  const positive = values.map((value) => (value !== null && value > 0 ? value : 0));
  const sum = positive.reduce((a, b) => a + b, 0);
  if (sum <= 0) return positive.map(() => 0);
  const exact = positive.map((value) => (value / sum) * cells);
  const result = exact.map(Math.floor);
  let left = cells - result.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    if (positive[index]! > 0) {
      result[index]! += 1;
      left -= 1;
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// Waffle

export const WAFFLE_COLUMNS = 10;
const MAX_CELL = 24;
const MIN_CELL = 6;
const GAP = 3;

export interface WaffleCell {
  x: number;
  y: number;
  size: number;
  region: string;
  colour: number;
  /** Alpha-3 code when the cell is a member country. */
  country?: string;
  /** The tooltip's heading and line: "Pakistan" and "Asia and Oceania", or "Asia and Oceania" and "1.2M (47%)". */
  title: string;
  detail: string;
}

export interface WaffleLayout {
  width: number;
  height: number;
  cells: WaffleCell[];
  /** "Each square is one member country" / "Each square is 1% of the total". */
  unit: string;
  /** Whether each cell is a member country (rather than one percent). */
  perCountry: boolean;
}

/** What one cell of a waffle of countries is, by how the dataset's countries relate to it (see `relationWords()`). */
const WAFFLE_UNIT: Record<Relation, MessageKey> = {
  members: 'waffleCountries',
  visitors: 'waffleVisitors',
  partners: 'wafflePartners',
};

/**
 * The waffle for `model` at most `width` wide: ten columns of square cells, filled region by region in
 * reading order (right to left when `rtl`). One cell per member for `countries`, else 100 one-percent cells. With
 * `fit`, fewer columns (a taller grid) where ten of the smallest cells would be wider than `width`.
 */
export function waffleLayout(
  dataset: Dataset,
  model: RegionsModel,
  options: { width: number; rtl: boolean; locale: string; fit?: boolean },
): WaffleLayout {
  const { width, rtl, locale } = options;
  const perCountry = model.metric === COUNTRIES_METRIC;
  const units: Omit<WaffleCell, 'x' | 'y' | 'size'>[] = [];
  if (perCountry) {
    for (const slice of model.slices) {
      for (const member of dataset.members) {
        if (member.region !== slice.id) continue;
        units.push({
          region: slice.id,
          colour: slice.colour,
          country: member.country,
          title: countryName(member.country, locale),
          detail: slice.label,
        });
      }
    }
  } else {
    const counts = largestRemainder(
      model.slices.map((slice) => slice.value),
      100,
    );
    model.slices.forEach((slice, index) => {
      for (let i = 0; i < counts[index]!; i += 1)
        units.push({ region: slice.id, colour: slice.colour, title: slice.label, detail: slice.figure });
    });
  }
  const columns = options.fit ? Math.max(1, Math.min(WAFFLE_COLUMNS, Math.floor((width + GAP) / (MIN_CELL + GAP)))) : WAFFLE_COLUMNS;
  const size = Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor((width - GAP * (columns - 1)) / columns)));
  const gridWidth = columns * size + (columns - 1) * GAP;
  const rows = Math.ceil(units.length / columns);
  const cells = units.map((unit, index): WaffleCell => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const x = column * (size + GAP);
    return { ...unit, x: rtl ? gridWidth - x - size : x, y: row * (size + GAP), size };
  });
  return {
    width: gridWidth,
    height: Math.max(0, rows * size + (rows - 1) * GAP),
    cells,
    perCountry,
    unit: perCountry ? msg(locale, WAFFLE_UNIT[relationOf(dataset)]) : msg(locale, 'wafflePercent', { unit: formatPercent(0.01, locale) }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Donut

export interface DonutArc {
  slice: RegionSlice;
  /** SVG path, centred on (0, 0). */
  d: string;
  /** Where a tooltip points: the middle of the arc's outer edge. */
  tipX: number;
  tipY: number;
}

export interface DonutLayout {
  /** Diameter of the donut; the SVG is this wide and high, centred at (radius, radius). */
  size: number;
  radius: number;
  inner: number;
  arcs: DonutArc[];
}

const MAX_DONUT = 280;
const MIN_DONUT = 120;

/**
 * The donut for `model` in a box `width` wide: clockwise from twelve o'clock (anticlockwise when `rtl`), slices
 * in the dataset's region order, regions without a positive value left out.
 */
export function donutLayout(model: RegionsModel, options: { width: number; rtl: boolean }): DonutLayout {
  const size = Math.max(MIN_DONUT, Math.min(MAX_DONUT, Math.floor(options.width)));
  const radius = size / 2;
  const inner = round2(radius * 0.62);
  const shown = model.slices.filter((slice) => slice.value !== null && slice.value > 0);
  const pad = shown.length > 1 ? 0.012 : 0;
  const angles = pieAngles(
    shown.map((slice) => slice.value!),
    pad,
    options.rtl,
  );
  const arcs = shown.map((slice, index): DonutArc => {
    const { start, end, pad: gap } = angles[index]!;
    const middle = (start + end) / 2;
    return {
      slice,
      d: donutSlice(start, end, gap, inner, radius - 1, 2),
      tipX: round2(Math.sin(middle) * radius),
      tipY: round2(-Math.cos(middle) * radius),
    };
  });
  return { size, radius, inner, arcs };
}
