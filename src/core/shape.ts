/**
 * The three SVG shapes the charts draw: a polyline with gaps, the area under it, and a donut slice. d3-shape's
 * generic generators (accessors, curves, contexts, d3-path) cost ~10 kB minified for these; the paths here are
 * the ones d3-shape draws for the same input (d3's `line()`, `area()` with a constant baseline, and `pie()` +
 * `arc()` with padding and rounded corners), so the charts look exactly as before.
 */

/** A point of a line, or `null` for a gap. */
export type LinePoint = readonly [x: number, y: number] | null;

/** Rounds like d3-path's `digits`. */
function round(value: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}

/** The unbroken runs of points between the `null`s. */
function runs(points: readonly LinePoint[]): (readonly [number, number])[][] {
  const out: (readonly [number, number])[][] = [[]];
  for (const point of points) {
    if (point) out[out.length - 1]!.push(point);
    else if (out[out.length - 1]!.length) out.push([]);
  }
  return out.filter((run) => run.length > 0);
}

const xy = ([x, y]: readonly [number, number]) => `${round(x, 3)},${round(y, 3)}`;

/** A polyline, one subpath per run ("M…L…M…" at a gap); a lone point is "Mx,yZ" (as d3's line draws it). */
export function linePath(points: readonly LinePoint[]): string {
  return runs(points)
    .map((run) => `M${run.map(xy).join('L')}${run.length === 1 ? 'Z' : ''}`)
    .join('');
}

/** The area between each run of points and the horizontal line at `baseline`, closed, one subpath per run. */
export function areaPath(points: readonly LinePoint[], baseline: number): string {
  return runs(points)
    .map((run) => {
      const base = run.map(([x]) => [x, baseline] as const).reverse();
      return `M${[...run, ...base].map(xy).join('L')}Z`;
    })
    .join('');
}

/** A slice's angles in radians, clockwise from twelve o'clock (negative: anticlockwise). */
export interface SliceAngles {
  start: number;
  end: number;
}

/**
 * Angles for `values` in order over a full turn (anticlockwise when `reverse`), each slice followed by a gap of
 * `pad` radians: d3's `pie().sort(null).padAngle(pad)`.
 */
export function pieAngles(values: readonly number[], pad: number, reverse = false): SliceAngles[] {
  const turn = reverse ? -2 * Math.PI : 2 * Math.PI;
  const sum = values.reduce((total, value) => total + (value > 0 ? value : 0), 0);
  const signedPad = reverse ? -pad : pad;
  const k = sum ? (turn - values.length * signedPad) / sum : 0;
  let start = 0;
  return values.map((value) => {
    const end = start + (value > 0 ? value * k : 0) + signedPad;
    const angles = { start, end };
    start = end;
    return angles;
  });
}

const EPSILON = 1e-12;
const TAU = 2 * Math.PI;

/**
 * A donut slice between radii `inner` and `outer` from `start` to `end` (clockwise from twelve o'clock when
 * end > start), centred on (0, 0), with its share `pad` of the gap to each neighbour and corners rounded to
 * `corner` px, in path data with two decimals: what d3's `arc().innerRadius(inner).outerRadius(outer)
 * .cornerRadius(corner).digits(2)` draws for a `pie()` datum, thin slices' smaller corners included.
 */
export function donutSlice(start: number, end: number, pad: number, inner: number, outer: number, corner: number): string {
  const n = (value: number) => round(value, 2);
  // d3's angles run from three o'clock; the slice's from twelve.
  const a0 = start - Math.PI / 2;
  const a1 = end - Math.PI / 2;
  const span = Math.abs(a1 - a0);
  const cw = a1 > a0;
  const dir = cw ? 1 : -1;
  const point = (x: number, y: number) => `${n(x)},${n(y)}`;
  const polar = (r: number, a: number): [number, number] => [r * Math.cos(a), r * Math.sin(a)];
  /** d3-path's arc() around (cx, cy) from angle `from` to `to`, clockwise unless `ccw`; the pen is at its start. */
  const arc = ([cx, cy]: readonly [number, number], r: number, from: number, to: number, ccw: boolean) => {
    const swept = (((ccw ? from - to : to - from) % TAU) + TAU) % TAU;
    const [x, y] = polar(r, to);
    return `A${n(r)},${n(r)},0,${swept >= Math.PI ? 1 : 0},${ccw ? 0 : 1},${point(cx + x, cy + y)}`;
  };
  const angle = ([x, y]: readonly [number, number], [cx, cy]: readonly [number, number]) => Math.atan2(y - cy, x - cx);
  const origin = [0, 0] as const;

  if (span > TAU - 1e-6) {
    // A whole ring: each circle as two half circles (an SVG arc cannot end where it starts), outer one way,
    // inner back.
    const ring = (r: number, a: number, sweep: number) => {
      const [x, y] = polar(r, a);
      const half = `A${n(r)},${n(r)},0,1,${sweep},`;
      return `M${point(x, y)}${half}${point(-x, -y)}${half}${point(x, y)}`;
    };
    return `${ring(outer, a0, cw ? 1 : 0)}${ring(inner, a1, cw ? 0 : 1)}Z`;
  }

  // The gap has a constant width: each edge runs parallel to the slice's end radius, `offset` px inside it.
  const offset = Math.sqrt(inner * inner + outer * outer) * Math.sin(pad / 2);
  const rounding = Math.min(corner, (outer - inner) / 2);
  // Thin slices get smaller corners: a corner circle must fit between the edges (which meet at `apex`) and the ring.
  let innerCorner = rounding;
  let outerCorner = rounding;
  if (span < Math.PI) {
    const sinHalf = Math.sin(span / 2);
    const apex = offset / sinHalf;
    innerCorner = Math.min(rounding, (inner - apex) / (1 / sinHalf - 1));
    outerCorner = Math.min(rounding, (outer - apex) / (1 / sinHalf + 1));
  }

  /**
   * One ring's side of the slice, from the edge at `from` to the edge at `to` along the ring of radius `r`
   * (`inward`: the inner ring, whose corner circles lie outside it), corners rounded to `c`.
   */
  const side = (r: number, c: number, from: number, to: number, inward: boolean): string => {
    const pen = inward ? 'L' : 'M';
    const step = inward ? -dir : dir; // the direction from `from` to `to`
    const padAngle = Math.asin(offset / r);
    if (span - 2 * padAngle <= EPSILON) return `${pen}${point(...polar(r, (a0 + a1) / 2))}`; // padded away
    if (!(c > EPSILON)) {
      return `${pen}${point(...polar(r, from + step * padAngle))}${arc(origin, r, from + step * padAngle, to - step * padAngle, step < 0)}`;
    }
    // A corner circle touches the edge and the ring: its centre is c from both, at radius r ∓ c.
    const centreRadius = inward ? r + c : r - c;
    const centreAngle = Math.asin((offset + c) / centreRadius);
    const along = Math.sqrt(centreRadius * centreRadius - (offset + c) ** 2);
    const footRadius = Math.hypot(along, offset);
    const footAngle = Math.atan2(offset, along);
    const centreFrom = polar(centreRadius, from + step * centreAngle);
    const centreTo = polar(centreRadius, to - step * centreAngle);
    const footFrom = polar(footRadius, from + step * footAngle);
    const footTo = polar(footRadius, to - step * footAngle);
    const ringFrom = from + step * centreAngle;
    const ringTo = to - step * centreAngle;
    // The corner arcs turn the way the outer ring does; the ring point is straight out from (or in to) the centre.
    const ringSide = inward ? Math.PI : 0;
    const move = `${pen}${point(...footFrom)}`;
    if (c < rounding) {
      // The corners meet: one arc of the corner circle, across the slice.
      return `${move}${arc(centreFrom, c, angle(footFrom, centreFrom), angle(footTo, centreTo), !cw)}`;
    }
    return (
      move +
      arc(centreFrom, c, angle(footFrom, centreFrom), ringFrom + ringSide, !cw) +
      arc(origin, r, ringFrom, ringTo, step < 0) +
      arc(centreTo, c, ringTo + ringSide, angle(footTo, centreTo), !cw)
    );
  };

  return `${side(outer, outerCorner, a0, a1, false)}${side(inner, innerCorner, a1, a0, true)}Z`;
}
