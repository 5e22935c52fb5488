/**
 * A donut's slices: their angles over a full turn and each slice's path, as d3-shape's `pie()` and `arc()` draw them
 * with padding and rounded corners (shape.ts says why by hand). In the regions' chunk only.
 */
import { round } from './shape.js';

const TAU = 2 * Math.PI;

/** A slice's angles in radians, clockwise from twelve o'clock (negative: anticlockwise). */
export interface SliceAngles {
  start: number;
  end: number;
  /** The gap that follows the slice: the `pad` asked for, or less when the slices leave no room for it. */
  pad: number;
}

/**
 * Angles for `values` in order over a full turn (anticlockwise when `reverse`), each slice followed by a gap of
 * `pad` radians (at most a 1/n turn each): d3's `pie().sort(null).padAngle(pad)`.
 */
export function pieAngles(values: readonly number[], pad: number, reverse = false): SliceAngles[] {
  const turn = reverse ? -TAU : TAU;
  const sum = values.reduce((total, value) => total + (value > 0 ? value : 0), 0);
  const gap = Math.min(TAU / values.length, pad);
  const signedGap = reverse ? -gap : gap;
  const k = sum ? (turn - values.length * signedGap) / sum : 0;
  let start = 0;
  return values.map((value) => {
    const end = start + (value > 0 ? value * k : 0) + signedGap;
    const angles = { start, end, pad: gap };
    start = end;
    return angles;
  });
}

/** d3-shape's tolerance for degenerate angles and radii. */
const EPSILON = 1e-12;
/** d3-path's: an arc sweeping less than this is not drawn, and a pen this close to an arc's start draws no line. */
const PATH_EPSILON = 1e-6;

/** asin clamped to [-π/2, π/2] (a padded-away inner radius of 0 asks for more than 1). */
const asin = (x: number) => (x >= 1 ? Math.PI / 2 : x <= -1 ? -Math.PI / 2 : Math.asin(x));

/** Where the line through p0 and p1 meets the line through p2 and p3; undefined when they are parallel. */
function intersect(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, x3: number, y3: number) {
  const x10 = x1 - x0;
  const y10 = y1 - y0;
  const x32 = x3 - x2;
  const y32 = y3 - y2;
  let t = y32 * x10 - x32 * y10;
  if (t * t < EPSILON) return undefined;
  t = (x32 * (y0 - y2) - y32 * (x0 - x2)) / t;
  return [x0 + t * x10, y0 + t * y10] as const;
}

/**
 * The circle of radius |rc| that touches the slice's edge (the line from p0 to p1) and the ring of radius r1 (from
 * inside when rc > 0, from outside when rc < 0): its centre, and where it touches the edge and the ring
 * (relative to the centre).
 */
function cornerTangents(x0: number, y0: number, x1: number, y1: number, r1: number, rc: number, cw: boolean) {
  const x01 = x0 - x1;
  const y01 = y0 - y1;
  const lo = (cw ? rc : -rc) / Math.sqrt(x01 * x01 + y01 * y01);
  const ox = lo * y01;
  const oy = -lo * x01;
  // The edge moved rc towards the inside of the slice, where it meets the circle of radius r1 - rc.
  const x11 = x0 + ox;
  const y11 = y0 + oy;
  const x10 = x1 + ox;
  const y10 = y1 + oy;
  const x00 = (x11 + x10) / 2;
  const y00 = (y11 + y10) / 2;
  const dx = x10 - x11;
  const dy = y10 - y11;
  const d2 = dx * dx + dy * dy;
  const r = r1 - rc;
  const cross = x11 * y10 - x10 * y11;
  const d = (dy < 0 ? -1 : 1) * Math.sqrt(Math.max(0, r * r * d2 - cross * cross));
  let cx = (cross * dy - dx * d) / d2;
  let cy = (-cross * dx - dy * d) / d2;
  const cx1 = (cross * dy + dx * d) / d2;
  const cy1 = (-cross * dx + dy * d) / d2;
  // Of the two meeting points, the one nearer the edge's middle.
  if ((cx - x00) ** 2 + (cy - y00) ** 2 > (cx1 - x00) ** 2 + (cy1 - y00) ** 2) {
    cx = cx1;
    cy = cy1;
  }
  return { cx, cy, x01: -ox, y01: -oy, x11: cx * (r1 / r - 1), y11: cy * (r1 / r - 1) };
}
type Tangents = ReturnType<typeof cornerTangents>;

/**
 * A donut slice between radii `inner` and `outer` from `start` to `end` (clockwise from twelve o'clock when
 * end > start), centred on (0, 0), with its share `pad` of the gap to each neighbour and corners rounded to
 * `corner` px, in path data with two decimals: what d3's `arc().innerRadius(inner).outerRadius(outer)
 * .cornerRadius(corner).digits(2)` draws for a `pie()` datum (`pad` is the datum's `padAngle`), thin slices'
 * smaller corners and padded-away sides included. It follows d3-shape's arc.js (ISC licence, © 2010-2022 Mike
 * Bostock) without its accessors and path context; test/unit/shape-differential.test.ts compares the two.
 */
export function donutSlice(start: number, end: number, pad: number, inner: number, outer: number, corner: number): string {
  const n = (value: number) => round(value, 2);
  let d = '';
  // The pen, as d3-path keeps it: an arc starting elsewhere is joined by a line.
  let penX = 0;
  let penY = 0;
  const moveTo = (x: number, y: number, command = 'M') => {
    d += `${command}${n(x)},${n(y)}`;
    penX = x;
    penY = y;
  };
  const lineTo = (x: number, y: number) => moveTo(x, y, 'L');
  /** d3-path's arc(): around (cx, cy) from angle a0 to a1, clockwise unless `ccw`. */
  const arc = (cx: number, cy: number, r: number, a0: number, a1: number, ccw: boolean) => {
    const dx = r * Math.cos(a0);
    const dy = r * Math.sin(a0);
    const sweep = ccw ? 0 : 1;
    if (Math.abs(penX - cx - dx) > PATH_EPSILON || Math.abs(penY - cy - dy) > PATH_EPSILON) lineTo(cx + dx, cy + dy);
    if (!r) return;
    let da = ccw ? a0 - a1 : a1 - a0;
    if (da < 0) da = (da % TAU) + TAU;
    const head = `A${n(r)},${n(r)},0,`;
    if (da > TAU - PATH_EPSILON) {
      // A whole circle, as two halves: an SVG arc cannot end where it starts.
      d += `${head}1,${sweep},${n(cx - dx)},${n(cy - dy)}`;
      moveTo(cx + dx, cy + dy, `${head}1,${sweep},`);
    } else if (da > PATH_EPSILON) {
      moveTo(cx + r * Math.cos(a1), cy + r * Math.sin(a1), `${head}${da >= Math.PI ? 1 : 0},${sweep},`);
    }
  };

  const r0 = inner;
  const r1 = outer;
  // d3's angles run from three o'clock; the slice's from twelve.
  const a0 = start - Math.PI / 2;
  const a1 = end - Math.PI / 2;
  const da = Math.abs(a1 - a0);
  const cw = a1 > a0;

  if (!(r1 > EPSILON)) moveTo(0, 0);
  else if (da > TAU - EPSILON) {
    // A whole ring: the outer circle one way, the inner one back.
    moveTo(r1 * Math.cos(a0), r1 * Math.sin(a0));
    arc(0, 0, r1, a0, a1, !cw);
    if (r0 > EPSILON) {
      moveTo(r0 * Math.cos(a1), r0 * Math.sin(a1));
      arc(0, 0, r0, a1, a0, cw);
    }
  } else {
    // The gap has a constant width: each side's ends move in along the ring by the angle that keeps them `rp`
    // times sin(pad / 2) from the slice's end radii. A side too short for that is padded away to its middle.
    const ap = pad / 2;
    const rp = ap > EPSILON ? Math.sqrt(r0 * r0 + r1 * r1) : 0;
    /** The ring of radius r's side: its ends' angles and its angle, or its middle twice and 0 when padded away. */
    const side = (r: number): [from: number, to: number, span: number] => {
      if (!(rp > EPSILON)) return [a0, a1, da];
      const p = asin((rp / r) * Math.sin(ap));
      const span = da - p * 2;
      if (span > EPSILON) return [a0 + (cw ? p : -p), a1 - (cw ? p : -p), span];
      return [(a0 + a1) / 2, (a0 + a1) / 2, 0];
    };
    const [a00, a10, da0] = side(r0);
    const [a01, a11, da1] = side(r1);
    const rc = Math.min(Math.abs(r1 - r0) / 2, corner);
    let rc0 = rc;
    let rc1 = rc;
    const x01 = r1 * Math.cos(a01);
    const y01 = r1 * Math.sin(a01);
    const x10 = r0 * Math.cos(a10);
    const y10 = r0 * Math.sin(a10);
    const x11 = r1 * Math.cos(a11);
    const y11 = r1 * Math.sin(a11);
    const x00 = r0 * Math.cos(a00);
    const y00 = r0 * Math.sin(a00);

    // Thin slices get smaller corners: a corner circle must fit between the edges (which meet at `oc`) and the
    // ring; when the edges do not meet, the slice is too thin for corners at all.
    if (rc > EPSILON && da < Math.PI) {
      const oc = intersect(x01, y01, x00, y00, x11, y11, x10, y10);
      if (oc) {
        const ax = x01 - oc[0];
        const ay = y01 - oc[1];
        const bx = x11 - oc[0];
        const by = y11 - oc[1];
        // Math.hypot would round differently from d3 on near-parallel edges, where kc is huge.
        const cos = (ax * bx + ay * by) / (Math.sqrt(ax * ax + ay * ay) * Math.sqrt(bx * bx + by * by));
        const kc = 1 / Math.sin((cos > 1 ? 0 : cos < -1 ? Math.PI : Math.acos(cos)) / 2);
        const lc = Math.sqrt(oc[0] * oc[0] + oc[1] * oc[1]);
        rc0 = Math.min(rc, (r0 - lc) / (kc - 1));
        rc1 = Math.min(rc, (r1 - lc) / (kc + 1));
      } else {
        rc0 = rc1 = 0;
      }
    }

    /**
     * One ring's side with rounded corners (`t0`, `t1`) along the ring of radius r (the inner ring when c < 0: its
     * corner circles lie outside it), the pen moved or drawn (`command`) to its start.
     */
    const roundedSide = (t0: Tangents, t1: Tangents, r: number, c: number, command: string) => {
      const corner0 = Math.atan2(t0.y01, t0.x01);
      const corner1 = Math.atan2(t1.y01, t1.x01);
      moveTo(t0.cx + t0.x01, t0.cy + t0.y01, command);
      // Corners too big to leave any ring between them merge into one arc.
      if (Math.abs(c) < rc) arc(t0.cx, t0.cy, Math.abs(c), corner0, corner1, !cw);
      else {
        arc(t0.cx, t0.cy, Math.abs(c), corner0, Math.atan2(t0.y11, t0.x11), !cw);
        arc(0, 0, r, Math.atan2(t0.cy + t0.y11, t0.cx + t0.x11), Math.atan2(t1.cy + t1.y11, t1.cx + t1.x11), c > 0 ? !cw : cw);
        arc(t1.cx, t1.cy, Math.abs(c), Math.atan2(t1.y11, t1.x11), corner1, !cw);
      }
    };

    if (!(da1 > EPSILON)) moveTo(x01, y01);
    else if (rc1 > EPSILON) {
      roundedSide(cornerTangents(x00, y00, x01, y01, r1, rc1, cw), cornerTangents(x11, y11, x10, y10, r1, rc1, cw), r1, rc1, 'M');
    } else {
      moveTo(x01, y01);
      arc(0, 0, r1, a01, a11, !cw);
    }

    if (!(r0 > EPSILON) || !(da0 > EPSILON)) lineTo(x10, y10);
    else if (rc0 > EPSILON) {
      roundedSide(cornerTangents(x10, y10, x11, y11, r0, -rc0, cw), cornerTangents(x01, y01, x00, y00, r0, -rc0, cw), r0, -rc0, 'L');
    } else arc(0, 0, r0, a10, a00, cw);
  }
  return `${d}Z`;
}
