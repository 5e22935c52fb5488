import { linearScale, round2 } from './scale.js';
import { linePath, type LinePoint } from './shape.js';

export interface SparkPoint {
  /** Where the point falls in time (for a period, its sort year: used for order only, see `approximate`). */
  year: number;
  value: number;
  /** A point dated by a period rather than a year: the line then places every point one step apart, in order. */
  approximate?: boolean;
}

/**
 * The sparkline's vertical scale in a box `height` tall: zero at the bottom and the largest value at the top, so that
 * growth reads as much as it is. A series that does not change (57 → 57) stands at mid-height: at the top, where its
 * largest value put it, it read as an underline of the text above the line. All zero stays on the bottom.
 */
export function sparklineY(points: readonly SparkPoint[], height: number): (value: number) => number {
  const values = points.map((point) => point.value);
  const max = Math.max(...values);
  // A domain of no extent maps to the middle of the range (linearScale).
  return linearScale([max > 0 && Math.min(...values) === max ? max : 0, max || 1], [height, 0]);
}

/**
 * An SVG path for a small trend line in a `width`×`height` box. Years missing between two points leave a gap
 * rather than a silent bridge. `mirror` runs time right to left (`time-direction="rtl"`). A series with a point
 * dated by a period has no time scale: its points are evenly spaced, and no gap is known. Values: {@link sparklineY}.
 */
export function sparklinePath(points: readonly SparkPoint[], width: number, height: number, mirror = false): string {
  if (points.length < 2) return '';
  const ordinal = points.some((point) => point.approximate);
  const position = (point: SparkPoint, index: number) => (ordinal ? index : point.year);
  const first = position(points[0]!, 0);
  const last = position(points[points.length - 1]!, points.length - 1);
  const x = linearScale([first, last], mirror ? [width, 0] : [0, width]);
  const y = sparklineY(points, height);
  // A null between two points a year or more apart breaks the line there.
  const withGaps: LinePoint[] = [];
  points.forEach((point, index) => {
    const previous = points[index - 1];
    if (!ordinal && previous && point.year - previous.year > 1) withGaps.push(null);
    withGaps.push([round2(x(position(point, index))), round2(y(point.value))]);
  });
  return linePath(withGaps);
}
