/**
 * A linear scale with d3's tick algorithm. d3-scale's scaleLinear drags in d3-interpolate, d3-color and
 * d3-format (≈17 kB minified) for colour interpolation and tick formatting netreach does not use: colours come
 * from CSS custom properties (mixed with `color-mix()`), numbers from Intl.NumberFormat.
 */
import { nice, ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
  ticks(count?: number): number[];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number], niceDomain = false): LinearScale {
  const [d0, d1] = niceDomain ? (nice(domain[0], domain[1], 5) as [number, number]) : domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
  scale.domain = [d0, d1];
  scale.range = [r0, r1];
  scale.ticks = (count = 5) => ticks(d0, d1, count);
  return scale;
}

/**
 * The ticks of `scale` for about `count` (whole numbers only when `whole`), fewer while two neighbours' labels would
 * meet (`apart(a, b)` false: the distance between them less than their labels' widths, or a line's height, and a
 * gap), as d3's users pick a count from the room; the first alone where even two would meet (a plot a few pixels
 * across: Al-Mustafa's bars in a small image wrote "0", "10" and "20" over each other).
 */
export function fittingTicks(scale: LinearScale, count: number, apart: (a: number, b: number) => boolean, whole: boolean): number[] {
  for (let n = Math.max(1, count); ; n -= 1) {
    const values = whole ? scale.ticks(n).filter(Number.isInteger) : scale.ticks(n);
    if (values.every((value, index) => !index || apart(values[index - 1]!, value))) return values;
    if (n < 2) return values.slice(0, 1);
  }
}

/** Rounds SVG coordinates to two decimals: smaller markup and stable golden snapshots. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
