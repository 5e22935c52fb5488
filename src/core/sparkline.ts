import { linearScale, round2 } from './scale.js';
import { linePath, type LinePoint } from './shape.js';

export interface SparkPoint {
  year: number;
  value: number;
}

/**
 * An SVG path for a small trend line in a `width`×`height` box. Years missing between two points leave a gap
 * rather than a silent bridge. `mirror` runs time right to left (right-to-left locales).
 */
export function sparklinePath(points: readonly SparkPoint[], width: number, height: number, mirror = false): string {
  if (points.length < 2) return '';
  const first = points[0]!.year;
  const last = points[points.length - 1]!.year;
  const max = Math.max(...points.map((point) => point.value));
  const x = linearScale([first, last], mirror ? [width, 0] : [0, width]);
  const y = linearScale([0, max || 1], [height, 0]);
  // A null between two points a year or more apart breaks the line there.
  const withGaps: LinePoint[] = [];
  points.forEach((point, index) => {
    const previous = points[index - 1];
    if (previous && point.year - previous.year > 1) withGaps.push(null);
    withGaps.push([round2(x(point.year)), round2(y(point.value))]);
  });
  return linePath(withGaps);
}
