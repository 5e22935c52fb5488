/**
 * What the regions' element works out once its chunk is here (regions.chunk.ts): their scene prepared again where
 * the data, options, language or type scale changed, and laid out at the measured width. The element (regions.ts)
 * reaches this code only when it is ready, which means the chunk is loaded (NetreachElement waits for it): none of
 * it is downloaded up front.
 */
import { hostCorner, type MenuController } from '../base/menu.js';
import { fontMeasure } from '../base/measure.js';
import { regionGrouping } from '../core/knowledge.js';
import { sceneItems, type ChartScene, type PreparedScene, type SceneItem } from '../core/scene.js';
import type { Dataset } from '../core/types.js';
import { regionsScene } from './regions.scene.js';

/** The element's drawing state, which {@link updateRegions} keeps up to date; empty while it is not ready. */
export interface RegionsState {
  /** The scene of the current data and options (no size): prepared again only when one of them changes. */
  prepared?: PreparedScene;
  key?: string;
  dataset?: Dataset;
  /** "Regions", or "Continents" when the dataset's regions are continents. */
  legendTitle?: string;
  /** The region of each member country, for a click on its square. */
  regionOf?: Map<string, string>;
  /** The chart at the measured width, and its items by id (for the tooltip). */
  chart?: ChartScene;
  chartKey?: string;
  items?: Map<string, SceneItem>;
}

/** The element's parts {@link updateRegions} reads. */
export interface RegionsHost extends HTMLElement {
  readonly locale: string;
  readonly controls?: string;
}

/**
 * The scene prepared again where its inputs changed (the menu's title with it), then laid out at `size.width` where
 * that changed; `state.items` from what is laid out.
 */
export function updateRegions(
  host: RegionsHost,
  state: RegionsState,
  dataset: Dataset,
  values: Readonly<Record<string, unknown>>,
  rtl: boolean,
  unit: number,
  size: { width: number; readonly font: string },
  menu: MenuController,
): void {
  const locale = host.locale;
  const key = JSON.stringify([values, locale, rtl, unit]);
  if (key !== state.key || dataset !== state.dataset) {
    state.key = key;
    if (dataset !== state.dataset) {
      state.dataset = dataset;
      state.regionOf = new Map(dataset.members.map((member) => [member.country, member.region ?? '']));
    }
    const measure = fontMeasure(size, host.ownerDocument);
    const none = state.prepared && !state.prepared.legend.length;
    state.prepared = regionsScene(dataset, values, {
      locale,
      rtl,
      unit,
      measure,
      // Read where the chart is laid out, at a width (as the chart's key is).
      get corner() {
        return hostCorner(host);
      },
    });
    menu.title = state.prepared.title;
    state.legendTitle = regionGrouping(dataset, locale).title;
    state.chartKey = '';
    // Regions where the last data had none, or none where it had some: in a dashboard, their panel takes the place
    // of the bars by region beside them, or gives it back. Its width is read now (one layout, only then), not
    // reported by the ResizeObserver after this drawing, which then drew the regions again at it. (Not while
    // unrendered: the computed width would be the declared one, not a layout width.)
    const ruler = host.shadowRoot!.querySelector('.ruler')!;
    if (none === !!state.prepared.legend.length && ruler.getClientRects().length)
      size.width = Math.round(parseFloat(getComputedStyle(ruler).inlineSize));
  }
  const width = size.width;
  // The grid, and a message in place of the chart ("The sources assign no regions…"), keep clear of the menu button's
  // corner: the page's root font, read with the first width, not in a render before it (data given first).
  const chartKey = width > 0 ? `${width} ${hostCorner(host)}` : '0';
  if (chartKey !== state.chartKey) {
    state.chartKey = chartKey;
    // The page draws the shape at its own size (at most the width); the legend goes beside or below it.
    state.chart = width > 0 ? state.prepared!.chart(width, Infinity) : undefined;
    state.items = new Map(state.chart ? sceneItems(state.chart.marks).map(({ item }) => [item.id, item]) : []);
  }
}
