/**
 * What the trend's element works out once its chunk is here (trend.chunk.ts): its scene prepared and laid out at the
 * measured size, its chart's box sized, the point nearest the pointer. The element (trend.ts) reaches this code only
 * when it is ready, which means the chunk is loaded (NetreachElement waits for it): none of it is downloaded up front.
 */
import type { MenuController } from '../base/menu.js';
import { fontMeasure } from '../base/measure.js';
import { pageBackground } from '../base/page-background.js';
import type { RovingFocusController } from '../base/roving-focus.js';
import type { TooltipController } from '../base/tooltip.js';
import { keptLeast } from '../core/least-height.js';
import { sceneItems, type ChartScene, type SceneItem } from '../core/scene.js';
import type { TrendType } from '../core/trend-model.js';
import type { Dataset } from '../core/types.js';
import { prepareTrend, type TrendPrepared } from './trend.scene.js';

const MIN_HEIGHT = 180;
const MAX_HEIGHT = 340;
/**
 * The least height the chart keeps in a height given (keptLeast()): 96 px, 8 lines of its 12 px labels, under the
 * map's 120 as a line reads in less than a world does; a 400 × 300 tile gives it 106 px at 16 px type, as before.
 */
export const LEAST_TREND_HEIGHT = 96;

/** What the scene is prepared from: prepared again only when one of them changes. */
export interface TrendInputs {
  dataset: Dataset;
  metric?: string;
  type: TrendType;
  timeDirection: string;
  locale: string;
  rtl: boolean;
  unit: number;
}

/** The element's drawing state, which the functions below keep up to date. */
export interface TrendState {
  /** The scene, prepared again only when the data, metric, type, language or type scale change. */
  prepared?: TrendPrepared;
  from?: TrendInputs;
  /** The chart at the measured size. */
  chart?: ChartScene;
  /** The chart's points by id (their index in time order). */
  items: Map<string, SceneItem>;
  /** The height the page gives the chart's box (the trend's, less its title, notes and sources), if it gives one. */
  given?: number;
  /**
   * The height the chart keeps (its box's flex basis, class `least` on the figure) where the height given leaves it
   * less once its title, notes and sources are laid out (keptLeast()): unset while the chart has at least that.
   */
  least?: number;
}

/** The element's parts these functions read and set. */
export interface TrendHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The chart's height: the `height` option, else half the width, between 180 and 340 px. */
function chartHeight(height: number | undefined, width: number): number {
  return height || Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, width * 0.5)));
}

/**
 * The scene prepared again where `inputs` changed (the menu's title and the tab stop, on the latest figure, with
 * it), then laid out at `width` where its size changed; `state.items` from what is laid out.
 */
export function updateTrend(
  host: TrendHost,
  state: TrendState,
  inputs: TrendInputs,
  /** The element's option values (read only when the scene is prepared again). */
  values: () => Readonly<Record<string, unknown>>,
  size: { readonly width: number; readonly font: string },
  height: number | undefined,
  menu: MenuController,
  roving: RovingFocusController,
): void {
  const from = state.from;
  if (!from || (Object.keys(inputs) as (keyof TrendInputs)[]).some((key) => inputs[key] !== from[key])) {
    // The chart's text is measured in the widget's font, read with its size.
    const measure = fontMeasure(size, host.ownerDocument);
    state.prepared = prepareTrend(inputs.dataset, values(), { ...inputs, measure });
    menu.title = state.prepared.title;
    state.from = inputs;
    state.chart = undefined;
    // The tab stop starts on the latest figure.
    const points = state.prepared.data.points.length;
    roving.setActive(points ? String(points - 1) : undefined);
  }
  const width = size.width;
  const h = state.given ?? state.least ?? chartHeight(height, width);
  if (!state.prepared!.data.points.length || width <= 0) state.chart = undefined;
  else if (state.chart?.width !== width || state.chart.height !== h) state.chart = state.prepared!.chart(width, h);
  state.items = new Map(state.chart ? sceneItems(state.chart.marks).map(({ item }) => [item.id, item]) : []);
}

/**
 * After each update: the chart's box asks for the chart's height (the `height` option's, else the width's: its flex
 * basis), which a height the page gives the trend overrides (the box grows or shrinks to it: fitTrend()), and the
 * page's background under the dots and the labels' halos. Through the CSSOM, not a style attribute, which a strict
 * CSP refuses.
 */
export function styleTrendBox(host: TrendHost, state: TrendState, height: number | undefined, width: number): void {
  const box = host.renderRoot.querySelector<HTMLElement>('.chart');
  if (!box) return;
  box.style.setProperty('flex-basis', `${state.least ?? chartHeight(height, width)}px`);
  // Without a theme the dots and the labels' halos are the page's own background, read from it as the table's
  // header is: Canvas stays white on a dark page that does not say color-scheme: dark (white halos under white text).
  box.style.setProperty('--_page-bg', pageBackground(host, box));
}

/**
 * Each size of the chart's box: a height other than the one it asked for (its flex basis, when it was laid out) is
 * the page's (a slide's, a grid row's), which the chart is drawn at. True when the chart drawn
 * already has the size, so that the trend need not update (its box's first size, without a height given).
 */
export function fitTrend(host: TrendHost, state: TrendState, width: number, height: number): boolean {
  const basis = parseFloat(host.renderRoot.querySelector<HTMLElement>('.chart')?.style.flexBasis ?? '');
  // Kept, the basis is the height kept (styleTrendBox()); else the chart's own, which it keeps if less than 96 px.
  state.least = basis ? keptLeast(Math.min(LEAST_TREND_HEIGHT, basis), height, state.least) : undefined;
  // Taken now, drawn at it (the box's size next), not at the sliver the box had; kept, at the box's (a pixel over).
  if (state.least) height = Math.max(height, state.least);
  state.given = basis && Math.round(basis) !== height ? height : undefined;
  return state.chart?.width === width && state.chart.height === (state.given ?? basis);
}

/** On a line, the point nearest the pointer along the time axis shows its tooltip, not only the one under it. */
export function trendPointerMove(state: TrendState, tooltip: TooltipController, event: PointerEvent): void {
  const chart = state.chart;
  if (!chart || state.items.size === 0) return;
  const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
  const x = ((event.clientX - box.left) / (box.width || 1)) * chart.width;
  let nearest: SceneItem | undefined;
  for (const item of state.items.values()) if (!nearest || Math.abs(item.anchor.x - x) < Math.abs(nearest.anchor.x - x)) nearest = item;
  tooltip.show(nearest?.id);
}
