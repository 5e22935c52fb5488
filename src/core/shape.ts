/**
 * The three SVG shapes the charts draw: a polyline with gaps and the area under it, here, and a donut slice
 * (donut.ts, which only the regions' chunk loads; the lines are up front, as the trend's chunk and the KPI tile's
 * sparkline both draw them). d3-shape's generic generators (accessors, curves, contexts, d3-path) cost 3.6 kB gzip
 * for these, these modules 1.7 kB; the paths here are the ones d3-shape draws for the same input (d3's `line()`,
 * `area()` with a constant baseline, and `pie()` + `arc()` with padding and rounded corners), so the charts look
 * exactly as before. test/unit/shape-differential.test.ts checks that against d3-shape over thousands of generated
 * inputs.
 */

/** A point of a line, or `null` for a gap. */
export type LinePoint = readonly [x: number, y: number] | null;

/** Rounds like d3-path's `digits`. */
export function round(value: number, digits: number): number {
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
