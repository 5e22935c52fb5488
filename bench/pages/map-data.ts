// Shared by the map pages (bare-map, plot-map, netreach-map): the data they draw, its colours, and the value
// updates, so the three draw the same thing. No geometry here: each page loads that its own way.
import { REGION_COLOURS } from './bare-svg.js';
import { afterPaint } from './common.js';
import type { BenchData, BenchMember } from './bench-bars-data.js';

export type Member = BenchMember;
export type Data = Pick<BenchData, 'regions' | 'members'>;

/** `?mode=single` colours the example dataset's members by this metric, in five quantile classes. */
export const METRIC = 'virtual-students';
export const SHADES = ['#d3ece6', '#a0c8c1', '#6fa49d', '#3d7a74', '#0b4f4a'];
export const NO_DATA = '#bbb';
/** Members drawn smaller than this (px²) get a circle instead of their shape, as <netreach-map> does. */
export const MIN_SHAPE_AREA = 30;
/** The value updates each single-map page times. */
const UPDATES = 15;

export const params = new URLSearchParams(location.search);
export const MODE = params.get('mode') ?? 'single';

export async function load(path: string): Promise<Data> {
  return (await (await fetch(path)).json()) as Data;
}

/** `?mode=many` colours members by region: the region's index in the dataset picks the colour. */
export function regionColour(data: Data): (member: Member) => string {
  const index = new Map(data.regions.map((region, i) => [region.id, i]));
  return (member) => REGION_COLOURS[(index.get(member.region) ?? 0) % REGION_COLOURS.length]!;
}

/** The dataset with new random values of METRIC for every member: one value update. */
function withNewValues(data: Data): Data {
  return { ...data, members: data.members.map((m) => ({ ...m, values: { [METRIC]: Math.round(Math.random() * 600_000) } })) };
}

/**
 * Times UPDATES value updates (ms each, from the new data to `apply` done — awaited — without the paint), letting
 * a frame be painted between two.
 */
export async function timeUpdates(data: Data, apply: (next: Data) => void | Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < UPDATES; i++) {
    const next = withNewValues(data);
    const started = performance.now();
    await apply(next);
    times.push(performance.now() - started);
    await afterPaint();
  }
  return times;
}

/** `?mode=many`: `draw` 100 maps into boxes of their own, appended to `root` one after another. */
export function drawMany(root: Element, draw: (box: HTMLElement) => void): void {
  for (let i = 0; i < 100; i++) {
    const box = document.createElement('div');
    box.className = 'thumb';
    root.append(box);
    draw(box);
  }
}
