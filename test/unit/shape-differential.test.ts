import { expect } from '@open-wc/testing';
import { arc, area, line, pie } from 'd3-shape';
import { donutSlice, pieAngles } from '../../src/core/donut.js';
import { areaPath, linePath, type LinePoint } from '../../src/core/shape.js';
import { expectClose, expectSamePath, seededRandom } from '../helpers/differential.js';

// src/core/shape.ts replaces d3-shape's line(), area(), pie() and arc() in the charts. Here both draw the same
// inputs — edge cases, then many generated ones — and must agree: the same commands, numbers within one unit
// of the last decimal written (3 for lines and areas, as d3's default digits; 2 for slices).
const TAU = 2 * Math.PI;

const d3Line = line<LinePoint>()
  .defined((point) => point !== null)
  .x((point) => point![0])
  .y((point) => point![1]);
const d3Area = (baseline: number) =>
  area<LinePoint>()
    .defined((point) => point !== null)
    .x((point) => point![0])
    .y0(baseline)
    .y1((point) => point![1]);

/** A series as the charts make them: coordinates of one kind (whole, two decimals or raw), some gaps. */
function generatedSeries(random: () => number): LinePoint[] {
  const length = Math.floor(random() * 40);
  const gaps = [0, 0.1, 0.4][Math.floor(random() * 3)]!;
  const kind = Math.floor(random() * 3);
  const scale = [1, 1000, 1e6][Math.floor(random() * 3)]!;
  const coordinate = () => {
    const value = (random() * 2 - 1) * scale;
    return kind === 0 ? Math.round(value) : kind === 1 ? Math.round(value * 100) / 100 : value;
  };
  return Array.from({ length }, () => (random() < gaps ? null : [coordinate(), coordinate()]));
}

const EDGE_SERIES: [string, LinePoint[]][] = [
  ['empty', []],
  ['only gaps', [null, null]],
  ['one point', [[3, 4]]],
  ['one point after a gap', [null, [3, 4]]],
  ['one point before a gap', [[3, 4], null]],
  [
    'two points',
    [
      [0, 0],
      [10, -5],
    ],
  ],
  ['lone points between gaps', [[1, 1], null, [2, 2], null, [3, 3]]],
  ['runs of gaps', [null, null, [1, 2], [3, 4], null, null, null, [5, 6], [7, 8], null]],
  [
    'repeated point',
    [
      [5, 5],
      [5, 5],
      [5, 5],
    ],
  ],
  [
    'thirds, to be rounded',
    [
      [1 / 3, 2 / 3],
      [-1 / 3, 1e-7],
      [1e6 / 3, -0.0005],
    ],
  ],
  [
    'negative zero',
    [
      [-0, -0],
      [-1e-9, 0],
    ],
  ],
];

describe('linePath and areaPath against d3-shape line() and area()', () => {
  it('draw the edge cases as d3 does', () => {
    for (const [name, points] of EDGE_SERIES) {
      expectSamePath(linePath(points), d3Line(points) ?? '', 1e-3, `line: ${name}`);
      for (const baseline of [0, 40, -12.5]) {
        expectSamePath(areaPath(points, baseline), d3Area(baseline)(points) ?? '', 1e-3, `area: ${name}, baseline ${baseline}`);
      }
    }
  });

  it('draw 500 generated series as d3 does', () => {
    const random = seededRandom(20240611);
    for (let i = 0; i < 500; i++) {
      const points = generatedSeries(random);
      const baseline = Math.round(random() * 400);
      const label = `case ${i}: ${JSON.stringify(points)}`;
      expectSamePath(linePath(points), d3Line(points) ?? '', 1e-3, `line ${label}`);
      expectSamePath(areaPath(points, baseline), d3Area(baseline)(points) ?? '', 1e-3, `area ${label}, baseline ${baseline}`);
    }
  });
});

/** d3's pie as the donut used it: data order, from twelve o'clock, clockwise or (right to left) anticlockwise. */
const d3Pie = (values: readonly number[], pad: number, reverse: boolean) =>
  pie<number>()
    .sort(null)
    .startAngle(0)
    .endAngle(reverse ? -TAU : TAU)
    .padAngle(pad)([...values]);

/** Values for a donut: positive mostly, with slivers, zeros and negatives (which pie() leaves out) mixed in. */
function generatedValues(random: () => number): number[] {
  const count = 1 + Math.floor(random() * 12);
  return Array.from({ length: count }, () => {
    const kind = random();
    if (kind < 0.05) return 0;
    if (kind < 0.1) return -random() * 10;
    if (kind < 0.2) return random() * 1e-3; // a sliver
    return Math.round(random() * 1e6) / 100;
  });
}

// 3: more than a slice's share of the turn when there are three or more, which pie() cuts down to that share.
const PADS = [0, 0.005, 0.012, 0.05, 0.3, 3];

/** A pie's values, padding and direction. */
function generatedPie(random: () => number) {
  return { values: generatedValues(random), pad: PADS[Math.floor(random() * PADS.length)]!, reverse: random() < 0.5 };
}

const EDGE_VALUES: number[][] = [[], [0], [5], [0, 0], [-1, 2], [3, -1, 0, 2], [1, 1, 1, 1], [1e-9, 1], [100, 0.05], [1, 1e9]];

describe('pieAngles against d3-shape pie()', () => {
  const expectSameAngles = (values: number[], pad: number, reverse: boolean, label: string) => {
    const ours = pieAngles(values, pad, reverse);
    const theirs = d3Pie(values, pad, reverse);
    expect(ours.length, label).to.equal(theirs.length);
    ours.forEach(({ start, end, pad: gap }, i) => {
      expectClose(start, theirs[i]!.startAngle, 1e-12, `${label} slice ${i} start`);
      expectClose(end, theirs[i]!.endAngle, 1e-12, `${label} slice ${i} end`);
      expectClose(gap, theirs[i]!.padAngle, 1e-12, `${label} slice ${i} pad`);
    });
  };

  it('shares the turn as d3 does in the edge cases, both ways round', () => {
    for (const values of EDGE_VALUES) {
      for (const pad of PADS) {
        for (const reverse of [false, true])
          expectSameAngles(values, pad, reverse, `${JSON.stringify(values)} pad ${pad} reverse ${reverse}`);
      }
    }
  });

  it('shares the turn as d3 does for 500 generated donuts', () => {
    const random = seededRandom(57);
    for (let i = 0; i < 500; i++) {
      const { values, pad, reverse } = generatedPie(random);
      expectSameAngles(values, pad, reverse, `case ${i}: ${JSON.stringify(values)} pad ${pad} reverse ${reverse}`);
    }
  });
});

describe('donutSlice against d3-shape arc()', () => {
  /** Every slice of a donut drawn by both: d3's arc() of d3's pie() datum, and donutSlice() of pieAngles(). */
  const expectSameDonut = (
    values: number[],
    pad: number,
    reverse: boolean,
    inner: number,
    outer: number,
    corner: number,
    label: string,
  ) => {
    const d3Arc = arc<{ startAngle: number; endAngle: number; padAngle: number }>()
      .innerRadius(inner)
      .outerRadius(outer)
      .cornerRadius(corner)
      .digits(2);
    const theirs = d3Pie(values, pad, reverse);
    pieAngles(values, pad, reverse).forEach(({ start, end, pad: gap }, i) => {
      const expected = d3Arc(theirs[i]!) ?? '';
      expectSamePath(donutSlice(start, end, gap, inner, outer, corner), expected, 0.011, `${label} slice ${i} (${start} → ${end})`);
    });
  };

  it('draws the donut the regions widget draws, at every size it uses, both ways round', () => {
    for (const values of [[5], [3, 1], [27, 27, 3], [100, 0.05], [1, 2, 3, 4, 5, 6, 7]]) {
      for (let size = 120; size <= 280; size += 8) {
        const radius = size / 2;
        const inner = Math.round(radius * 0.62 * 100) / 100;
        const pad = values.length > 1 ? 0.012 : 0;
        for (const reverse of [false, true])
          expectSameDonut(values, pad, reverse, inner, radius - 1, 2, `${JSON.stringify(values)} size ${size} reverse ${reverse}`);
      }
    }
  });

  it('draws the edge cases as d3 does', () => {
    for (const values of EDGE_VALUES) {
      for (const pad of PADS) {
        for (const corner of [0, 2, 10, 50]) {
          for (const reverse of [false, true]) {
            expectSameDonut(
              values,
              pad,
              reverse,
              62,
              99,
              corner,
              `${JSON.stringify(values)} pad ${pad} corner ${corner} reverse ${reverse}`,
            );
          }
        }
      }
    }
  });

  it('draws single slices as d3 does: zero-length, a sliver, half, almost all and all of the circle', () => {
    const spans = [0, 1e-9, 1e-4, 0.01, Math.PI - 1e-9, Math.PI, Math.PI + 1e-9, TAU - 0.01, TAU - 1e-7, TAU];
    for (const span of spans) {
      for (const start of [0, 1, -2]) {
        for (const direction of [1, -1]) {
          for (const pad of [0, 0.012]) {
            for (const corner of [0, 2]) {
              const end = start + direction * span;
              const datum = { startAngle: start, endAngle: end, padAngle: pad };
              const expected = arc<typeof datum>().innerRadius(62).outerRadius(99).cornerRadius(corner).digits(2)(datum) ?? '';
              const label = `span ${span} from ${start} ${direction > 0 ? 'clockwise' : 'anticlockwise'} pad ${pad} corner ${corner}`;
              expectSamePath(donutSlice(start, end, pad, 62, 99, corner), expected, 0.011, label);
            }
          }
        }
      }
    }
  });

  it('draws 500 generated donuts as d3 does', () => {
    const random = seededRandom(1234);
    for (let i = 0; i < 500; i++) {
      const { values, pad, reverse } = generatedPie(random);
      const outer = 10 + Math.round(random() * 2900) / 10;
      // A tenth are pies, without a hole.
      const inner = random() < 0.1 ? 0 : Math.round(outer * (0.1 + random() * 0.85) * 100) / 100;
      const corner = [0, 1, 2, 5, 30][Math.floor(random() * 5)]!;
      expectSameDonut(
        values,
        pad,
        reverse,
        inner,
        outer,
        corner,
        `case ${i}: ${JSON.stringify(values)} pad ${pad} r ${inner}–${outer} corner ${corner} reverse ${reverse}`,
      );
    }
  });
});
