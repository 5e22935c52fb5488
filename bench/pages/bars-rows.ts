// Shared by the hand-written bar charts (bare-bars.ts, plot-bars.ts): the 57 rows as a page would prepare them
// for any chart — country names from Intl.DisplayNames, sorted largest first — and the compact number format.
import { alpha2Of } from '../../src/core/countries.js';
import { BARS_METRIC, type BenchData } from './bench-bars-data.js';
import { REGION_COLOURS } from './bare-svg.js';

export interface BarRow {
  name: string;
  value: number;
  region: string;
  colour: string;
}

export const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 0 });

export function barRows(data: BenchData): BarRow[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const regionIndex = new Map(data.regions.map((region, index) => [region.id, index]));
  return data.members
    .map((member) => ({
      name: names.of(alpha2Of(member.country) ?? '') ?? member.country,
      value: member.values?.[BARS_METRIC] ?? 0,
      region: member.region,
      colour: REGION_COLOURS[(regionIndex.get(member.region) ?? 0) % REGION_COLOURS.length]!,
    }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
}

/** The chart's geometry, the same on both pages: 800 px wide, a 28 px row per bar (20 px bar), the axis on top. */
export const WIDTH = 800;
export const ROW = 28;
export const BAR = 20;
export const AXIS = 22;
export const BOTTOM = 6;
export const LABEL_COLUMN = 150;
export const VALUE_COLUMN = 48;
export const chartHeight = (rows: number) => AXIS + rows * ROW + BOTTOM;
