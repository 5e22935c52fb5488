// Shared by the scale scenarios' two pages (bare-scale.ts and netreach-scale.ts): the page layout, the kinds of
// widget in the many-widgets page, and the data.
import { hugeDataset } from '../../test/helpers/huge-dataset.js';
import { report } from './common.js';

export { hugeDataset };

export const params = new URLSearchParams(location.search);
export const MODE = params.get('mode') ?? 'widgets';
/** The many-widgets page: this many widgets, the five kinds in turn, in a five-column grid. */
export const WIDGETS = Number(params.get('n') ?? 200);
export const KINDS = ['stat', 'map', 'bars', 'regions', 'trend'] as const;
export type Kind = (typeof KINDS)[number];
/** Widths of the page before and after the resize that is measured. */
export const WIDTH = 1200;
export const NARROWER = 1000;
/** Both pages wait this long after the first draw before resizing: the tiles' count-up (1.2 s) is over. */
export const SETTLE_MS = 1500;

export const root = document.getElementById('root')!;

function layout(): void {
  root.style.width = `${WIDTH}px`;
  if (MODE === 'widgets')
    root.style.cssText += 'display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 4px; align-items: start';
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Times `work` `rounds` times (ms each); the runner takes the median. */
function timeEach(rounds: number, work: () => void): number[] {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times;
}

/**
 * Runs the page's mode: `widgets` and `table` draw and report for themselves; `validate` times `parse` on the
 * dataset's JSON text, 15 times.
 */
export async function runMode(page: { widgets(): Promise<void>; table(): Promise<void>; parse(text: string): unknown }): Promise<void> {
  layout();
  if (MODE === 'validate') {
    const text = JSON.stringify(hugeDataset());
    report({ validate: timeEach(15, () => page.parse(text)) });
  } else if (MODE === 'table') {
    await page.table();
  } else {
    await page.widgets();
  }
}
