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

/** Rounds SVG coordinates to two decimals: smaller markup and stable golden snapshots. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
