/**
 * What the map's element works out once its chunk is here (map.chunk.ts): its scene prepared again where the data,
 * language or options changed (the menu's title with it), what its options name that the data has not, the box's
 * aspect ratio, and the chart at the box's size. The element (map.ts) reaches this code only when it is ready, which
 * means the chunk is loaded (NetreachElement waits for it): none of it is downloaded up front.
 */
import type { MenuController } from '../base/menu.js';
import type { ArrowKey } from '../base/roving-focus.js';
import { nearestInDirection, type ArrowDirection, type MapModel, type ProjectionName } from '../core/map-model.js';
import type { NamedOption } from '../core/options.js';
import type { SceneEnv } from '../core/scene.js';
import { keptLeast, LEAST_CHART_HEIGHT } from '../core/least-height.js';
import type { Dataset } from '../core/types.js';
import type { ProjectedWorld } from '../geo/geometry.js';
import type { MapDrawing } from './member-layer.js';
import { namedOptions, prepareMap, type MapChart, type MapChartItem, type MapSceneOptions, type PreparedMap } from './map.scene.js';

/** What the map's scene measures: nothing, as it lays out no text (its legend, notes and sources are HTML here). */
const NO_TEXT: SceneEnv['measure'] = () => 0;

/** The element's drawing state, which {@link updateMap} keeps up to date (and drawMap() its members as DOM). */
export interface MapState extends MapDrawing {
  /** The scene for the data and options (no size): made again only when they change. */
  prepared?: PreparedMap;
  from?: unknown[];
  /** The prepared scene's model: shared by every map of the same data and options. */
  model?: MapModel;
  /** The scene at the box's size. */
  chart?: MapChart;
  /** The chart's projected world: shared by every map of the same view, never projected again for a size seen before. */
  projected?: ProjectedWorld;
  /** The map's width / height, set as --_aspect after each render; until the geometry is there, CSS's world's. */
  aspect?: number;
  /**
   * The height the map keeps (`--_least`, class `least` on its box's parts) where the height the page gives it leaves
   * less once its legend, notes and sources are laid out: unset while the map has at least that.
   */
  least?: number;
}

/**
 * The least height a map keeps in a height given (a slide's, a tile's): 120 px, as legible as a world map gets (the
 * regions' 57 px bar reads well, a world's members less so), or its whole height where the width gives it less (a
 * map 200 px wide is 106 px tall). Under it, large type (28 px in a 300 px tile) left the map 0 px: never drawn,
 * never ready.
 */
export const LEAST_MAP_HEIGHT = LEAST_CHART_HEIGHT;

/**
 * The height the map keeps at `width` (see {@link LEAST_MAP_HEIGHT}) and whether it keeps it now: entered when the box
 * measures `height` more than a pixel under it, left when the box (which then grows from it with any room, .least in
 * map.drawn.styles.ts) measures more than a pixel over the height `kept` till now. Either side of the switch measures the same room, so no
 * measurement switches it back. Without a height given the map is never under it (its box is at least 80 % of the
 * width's height, which is more than this where the width gives 120 px or more).
 */
export function leastHeight(width: number, height: number, aspect: number | undefined, kept: number | undefined): number | undefined {
  if (!aspect || !(width > 0)) return undefined;
  // The box's spacer: 80 % of the width from 600 px wide, the whole width under it (map.drawn.styles.ts).
  return keptLeast(Math.min(LEAST_MAP_HEIGHT, (width < 600 ? width : 0.8 * width) / aspect), height, kept);
}

/** The element's parts {@link updateMap} reads. */
export interface MapHost extends HTMLElement {
  readonly locale: string;
  region?: string;
  home?: string;
  highlight?: string;
}

/** The scene prepared again where its inputs changed, then laid out at the box's size. */
export function updateMap(
  host: MapHost,
  state: MapState,
  dataset: Dataset,
  options: MapSceneOptions,
  rtl: boolean,
  geometry: { aspect(projection: ProjectionName, focus: readonly string[]): number | undefined },
  box: { readonly width: number; readonly height: number },
  /** The menu button's corner (menuCorner()), kept clear of the members; 0 without a menu (a file has none: see MapView's corner). */
  corner: number,
  menu: MenuController,
  /** NetreachElement's `namesNothing()`. */
  say: (...entry: NamedOption) => void,
): void {
  const locale = host.locale;
  const inputs = [dataset, locale, ...Object.values(options)];
  const from = state.from;
  if (!state.prepared || !from || inputs.some((value, index) => value !== from[index])) {
    state.prepared = prepareMap(dataset, options, { locale, rtl, unit: 1, measure: NO_TEXT });
    menu.title = state.prepared.title;
    state.from = inputs;
  }
  const prepared = state.prepared;
  const model = (state.model = prepared.model);
  // The options the map drew as if absent said, once, and those it drew named (namesNothing()).
  for (const entry of namedOptions(model, host)) say(...entry);
  // A step past the dataset's regions colours them all, as no step does: said once per value, as the command line
  // says it of --step (a deck's fragment one too many, a typo).
  const step = options.step as number;
  const regions = dataset.regions.length;
  // English, as every console message is: "1 region", not "1 regions".
  const counted = `${regions} region${regions === 1 ? '' : 's'}`;
  say('step', step > regions && `${step}`, 0, `the dataset has ${counted}, all coloured from step="${regions}"`);
  const region = host.region;
  const focus = region && dataset.regions.some((each) => each.id === region) ? model.codes : [];
  state.aspect = geometry.aspect(options.projection as ProjectionName, focus);
  const { width, height } = box;
  const kept = state.least;
  state.least = leastHeight(width, height, state.aspect, kept);
  // Kept from this update on: drawn at the height the box takes with it (measured next), not at the one it had.
  const keeping = state.least && !kept;
  state.chart = options.geometry && width > 0 && height > 0 && !keeping ? prepared.chart(width, height, corner) : undefined;
  state.projected = state.chart?.projected;
}

/** Arrows are directions on the map, in every language: not mirrored in right-to-left ones. */
const ARROWS: Record<ArrowKey, ArrowDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** The member an arrow key moves focus to from `id`'s: the nearest that way on the map (the map's roving focus). */
export function memberTowards(items: readonly MapChartItem[], id: string, key: ArrowKey): string | undefined {
  const from = items.findIndex((each) => each.item.id === id);
  return items[
    nearestInDirection(
      items.map((each) => [each.x, each.y] as const),
      from,
      ARROWS[key],
    )
  ]?.item.id;
}
