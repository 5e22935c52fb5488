/**
 * What d3's `geoPath` computes from projected coordinates — SVG path data, planar area, bounds and centroid —
 * in one pass over a projection's stream. d3's `geoPath` measures each in a pass of its own (projecting the
 * shape again every time) and brings canvas and length code the map does not use. One difference: a point's path data
 * is a lone `Mx,y`, where `geoPath` draws a circle of its `pointRadius` (the map measures points, for a zoom's
 * bounds, and draws no point as a path; their bounds, area and centroid are `geoPath`'s).
 */
import { geoStream, type GeoPermissibleObjects, type GeoStream, type GeoStreamWrapper } from 'd3-geo';

export interface Planar {
  /** SVG path data, coordinates rounded to `digits` decimals as d3's `geoPath().digits()` writes them. */
  d: string;
  /** Area of the polygons in square pixels. */
  area: number;
  /** [[left, top], [right, bottom]]; infinite when nothing is visible. */
  bounds: [[number, number], [number, number]];
  /** The area-weighted centre of the polygons (of the lines, or the points, when they have no area). */
  centroid: [number, number];
}

/**
 * Projects `object` with `projection` and measures it as d3's planar path functions do; without `digits`,
 * writes no path data (`d` is '').
 */
export function planar(projection: GeoStreamWrapper, object: GeoPermissibleObjects, digits?: number): Planar {
  return planarParts([[projection, object]], digits);
}

/**
 * `planar()` of several objects, each with its own projection, measured as one: the path data of all of them
 * in order, their total area, their common bounds and centroid.
 */
export function planarParts(parts: Iterable<readonly [GeoStreamWrapper, GeoPermissibleObjects]>, digits?: number): Planar {
  const write = digits !== undefined;
  const k = 10 ** (digits ?? 0);
  const round = (value: number) => Math.round(value * k) / k;
  let d = '';
  let area = 0;
  let ringArea = 0;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  // Centroid sums: of points (…0), of segments weighted by length (…1), of triangles weighted by area (…2).
  let sx0 = 0;
  let sy0 = 0;
  let n0 = 0;
  let sx1 = 0;
  let sy1 = 0;
  let n1 = 0;
  let sx2 = 0;
  let sy2 = 0;
  let n2 = 0;

  let inPolygon = false;
  /** Points so far in the current line or ring (-1: outside any). */
  let count = -1;
  let firstX = 0;
  let firstY = 0;
  let lastX = 0;
  let lastY = 0;

  const segment = (x: number, y: number) => {
    const length = Math.hypot(x - lastX, y - lastY);
    sx1 += (length * (lastX + x)) / 2;
    sy1 += (length * (lastY + y)) / 2;
    n1 += length;
    if (inPolygon) {
      const cross = lastY * x - lastX * y;
      ringArea += cross;
      sx2 += cross * (lastX + x);
      sy2 += cross * (lastY + y);
      n2 += cross * 3;
    }
  };

  const sink: GeoStream = {
    point(x, y) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      if (count > 0) {
        if (write) d += `L${round(x)},${round(y)}`;
        segment(x, y);
      } else {
        if (write) d += `M${round(x)},${round(y)}`;
        firstX = x;
        firstY = y;
      }
      if (count >= 0) count += 1;
      lastX = x;
      lastY = y;
      sx0 += x;
      sy0 += y;
      n0 += 1;
    },
    lineStart() {
      count = 0;
    },
    lineEnd() {
      if (inPolygon) {
        if (write) d += 'Z';
        // Close the ring (its first point counts twice among the points, as in d3).
        segment(firstX, firstY);
        sx0 += firstX;
        sy0 += firstY;
        n0 += 1;
      }
      count = -1;
    },
    polygonStart() {
      inPolygon = true;
    },
    polygonEnd() {
      inPolygon = false;
      area += Math.abs(ringArea);
      ringArea = 0;
    },
    sphere() {},
  };
  for (const [projection, object] of parts) geoStream(object, projection.stream(sink));
  return {
    d: flat(d),
    area: area / 2,
    bounds: [
      [x0, y0],
      [x1, y1],
    ],
    centroid: n2 ? [sx2 / n2, sy2 / n2] : n1 ? [sx1 / n1, sy1 / n1] : n0 ? [sx0 / n0, sy0 / n0] : [NaN, NaN],
  };
}

/**
 * `text` stored as one run of characters. Built with `+=`, a path's data is a tree of thousands of pieces (one per
 * point, 20 bytes each); the maps keep their paths, so a page of maps kept the trees — a tenth of its JS heap
 * (`npm run bench`, 100 maps). Converting a string to a number makes V8 join the pieces in place; other engines
 * keep strings as they do.
 */
function flat(text: string): string {
  void Number(text);
  return text;
}
