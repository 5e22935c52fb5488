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
 * An SVG path for a small trend line in a `width`×`height` box. Years missing between two points leave a gap
 * rather than a silent bridge. `mirror` runs time right to left (`time-direction="rtl"`). A series with a point
 * dated by a period has no time scale: its points are evenly spaced, and no gap is known.
 */
export function sparklinePath(points: readonly SparkPoint[], width: number, height: number, mirror = false): string {
  if (points.length < 2) return '';
  const ordinal = points.some((point) => point.approximate);
  const position = (point: SparkPoint, index: number) => (ordinal ? index : point.year);
  const first = position(points[0]!, 0);
  const last = position(points[points.length - 1]!, points.length - 1);
  const max = Math.max(...points.map((point) => point.value));
  const x = linearScale([first, last], mirror ? [width, 0] : [0, width]);
  const y = linearScale([0, max || 1], [height, 0]);
  // A null between two points a year or more apart breaks the line there.
  const withGaps: LinePoint[] = [];
  points.forEach((point, index) => {
    const previous = points[index - 1];
    if (!ordinal && previous && point.year - previous.year > 1) withGaps.push(null);
    withGaps.push([round2(x(position(point, index))), round2(y(point.value))]);
  });
  return linePath(withGaps);
}
