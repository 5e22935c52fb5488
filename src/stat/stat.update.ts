/**
 * What the KPI tile's element works out once its chunk is here (stat.chunk.ts): its scene prepared again where the
 * data, metric, time direction or language changed, with the menu's title. The element (stat.ts) reaches this code
 * only when it is ready, which means the chunk is loaded (NetreachElement waits for it): none of it is downloaded
 * up front.
 */
import type { MenuController } from '../base/menu.js';
import { fontKey, pageMeasure } from '../base/measure.js';
import { listSeparator } from '../core/locale.js';
import type { SceneEnv } from '../core/scene.js';
import type { Dataset } from '../core/types.js';
import { prepareStat, type StatPrepared } from './stat.scene.js';

/** What the scene is prepared from: prepared again only when one of them changes. */
export interface StatInputs {
  dataset: Dataset;
  metric: string;
  timeDirection: string;
  locale: string;
  rtl: boolean;
}

/** The element's scene and what it was prepared from, which {@link updateStat} keeps up to date. */
export interface StatState {
  prepared?: StatPrepared;
  from?: StatInputs;
}

/** The scene prepared again where `inputs` changed, and the menu's title with it. */
export function updateStat(
  host: HTMLElement,
  state: StatState,
  inputs: StatInputs,
  /** The element's option values (read only when the scene is prepared again). */
  values: () => Readonly<Record<string, unknown>>,
  menu: MenuController,
): void {
  const from = state.from;
  if (from && !(Object.keys(inputs) as (keyof StatInputs)[]).some((key) => inputs[key] !== from[key])) return;
  // The page draws the tile's text as HTML, never the scene's chart: the font is read only if a width is asked.
  const measure: SceneEnv['measure'] = (text, size, weight) =>
    pageMeasure(fontKey(getComputedStyle(host)), host.ownerDocument)(text, size, weight);
  const prepared = (state.prepared = prepareStat(inputs.dataset, values(), { ...inputs, unit: 1, measure }));
  // With its figure ("Virtual students, more than 30 million"): a dashboard's trend has the tile's title.
  menu.title = prepared.title + listSeparator(inputs.locale, true) + prepared.model.long;
  state.from = inputs;
}
