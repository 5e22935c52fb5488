/**
 * Static images of the widgets, for slides: `renderSvg()` draws a widget as one standalone SVG document (title,
 * chart, legend, source line, the "Illustrative data" badge) from the widget's own scene — the document its
 * element's `toSVG()` writes — in any language the widgets speak, light or dark. No DOM: it runs in Node (the `netreach render` command rasterizes
 * it to PNG) and in browsers.
 *
 * The SVG uses presentation attributes only (no stylesheet, no custom properties, no classes), names the font
 * stack of its language (`fontFamily()`: `Vazirmatn, Tahoma, sans-serif` for Latin, Persian and Arabic script,
 * Noto Nastaliq Urdu for Urdu, Noto Sans Bengali, Noto Sans SC for Chinese, Noto Sans for Russian), and is
 * `width`×`height` user units and pixels (a table's taller when its rows need it).
 */
import { BUNDLED_DATASETS, isBundledDataset, loadBundledDataset } from '../core/default-dataset.js';
import type { IgnoredOption } from '../core/map-model.js';
import type { ThemeName } from '../core/palette.js';
import { COUNTRIES_METRIC, type Dataset } from '../core/types.js';
import { barsScene } from '../bars/bars.scene.js';
import { regionsScene } from '../regions/regions.scene.js';
import { statScene } from '../stat/stat.scene.js';
import { trendScene } from '../trend/trend.scene.js';
import { tableScene } from '../table/table.scene.js';
import { dashboardSceneWith } from '../dashboard/dashboard.scene.js';
import { dashboardPlan, normalizeSelection, regionMembers } from '../core/dashboard-model.js';
import { tileGrowthNote } from '../core/growth.js';
import { tableExcerpt } from '../table/table.scene.js';
import { resolveTableMetrics, tableNotes, tableView, unknownTableMetric } from '../core/table-model.js';
import { renderWidgetFile, type SceneFunction } from '../scene/render.js';
import { loadMapGeometry } from '../geo/geometry.js';
import { mapScene } from '../map/map.scene.js';
import {
  CLI_WIDGETS,
  WIDGET_OPTIONS,
  optionDefault,
  optionSpec,
  parseOption,
  unavailableReason,
  type OptionValue,
} from '../widget-options.js';

export { escapeXml, measureText, FONT_FAMILY, fontFamily } from './svg.js';
export { withPixelDensity } from './png.js';
export type { IgnoredOption };

/** The widgets `renderSvg()` draws (the command line's; their options are in `netreach/options`). */
export const STATIC_WIDGETS = CLI_WIDGETS;

/** The dashboard's scene, composed of its parts' (what its element gets from their chunks, here imported). */
export const dashboardScene = dashboardSceneWith({
  dashboardPlan,
  normalizeSelection,
  regionMembers,
  tileGrowthNote,
  mapScene,
  trendScene,
  statScene,
  regionsScene,
  tableView,
  tableNotes,
  tableExcerpt,
});
export type StaticWidgetName = (typeof STATIC_WIDGETS)[number];

export const DEFAULT_WIDTH = 1920;
export const DEFAULT_HEIGHT = 1080;
/** Smallest and largest image side `renderSvg()` accepts, in pixels. */
export const MIN_SIDE = 200;
export const MAX_SIDE = 8192;

export interface RenderOptions {
  /** A metric id: `countries` or one of the dataset's; each widget's default when absent. */
  metric?: string;
  /** BCP 47 language tag; `en` when absent. */
  lang?: string;
  /** `light` (also for `auto` and when absent: an image follows no system setting) or `dark`. */
  theme?: ThemeName | 'auto';
  /** The image's size in pixels; 1920×1080 when absent. */
  width?: number;
  height?: number;
  /** `transparent`: no background rectangle, for a slide of another colour (the element's `toSVG()` option). */
  background?: 'transparent';
  /**
   * Widget options as the elements' attributes spell them, with the values the attributes take (the widgets'
   * option specs, `netreach/options`): `type` (regions: `waffle`/`donut`; trend: `line`/`area`), `group-by`,
   * `sort`, `limit` (bars), `projection`, `region`, `highlight`, `legend`, `mode`, `home`, `compare` (map: a bundled
   * dataset's id, `al-mustafa`), `time-direction` (trend, stat), `selected` (map, bars, regions, table: read as the
   * element reads it), `step` (map), `presenter` (dashboard: `""`, a slide's type). Those that make no sense in an image (`controls`, another widget's `presenter`…) are refused,
   * as is `dataset` (draw the dataset itself).
   */
  [option: string]: string | number | undefined;
}

/**
 * `unknown-widget`, `bad-option`: the call is wrong whatever the dataset (a value the option never takes, a size out
 * of range). `unknown-metric`, `unknown-region`, `unknown-member`, `unknown-column` (a table's `sort`): an option names
 * what this dataset does not have.
 */
export type RenderErrorCode = 'unknown-widget' | 'unknown-metric' | 'unknown-region' | 'unknown-member' | 'unknown-column' | 'bad-option';

/**
 * Why `renderSvg()` could not draw: `code` is stable, the message names the problem in English. When one option is
 * the problem, `option` names it and `reason` says what is wrong with it, for callers that name options their own
 * way (the command line's `--metric: …`); the message is then `metric: …`.
 */
export class RenderError extends Error {
  override readonly name = 'RenderError';
  constructor(
    readonly code: RenderErrorCode,
    readonly reason: string,
    readonly option?: string,
  ) {
    super(option === undefined ? reason : `${option}: ${reason}`);
  }
}

/**
 * Every widget is drawn from its scene: the same document as the element's `toSVG()`. (The map, the table and the
 * dashboard are given what their scenes need besides the options: geometry, the compared dataset.)
 */
const SCENES: Record<Exclude<StaticWidgetName, 'map' | 'table' | 'dashboard'>, SceneFunction> = {
  bars: barsScene,
  regions: regionsScene,
  stat: statScene,
  trend: trendScene,
};

function checkSide(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_SIDE || value > MAX_SIDE) {
    throw new RenderError('bad-option', `${name} must be a whole number of pixels from ${MIN_SIDE} to ${MAX_SIDE} (got ${String(value)})`);
  }
  return value;
}

interface CheckedOptions {
  /** Every option by property name, read by its spec, defaults filled: what a scene is drawn from. */
  values: Record<string, OptionValue>;
}

/** The options checked by the widget's option specs, as embed.html and the elements read them, and the dataset. */
function checkOptions(widget: StaticWidgetName, dataset: Dataset, options: RenderOptions): CheckedOptions {
  const specs = WIDGET_OPTIONS[widget];
  const values: CheckedOptions['values'] = {};
  for (const [name, value] of Object.entries(options)) {
    if (name === 'width' || name === 'height' || name === 'background' || value === undefined) continue;
    const spec = optionSpec(specs, name);
    if (!spec) throw new RenderError('bad-option', `the ${widget} widget has no option "${name}"`);
    const unavailable = name === 'dataset' ? 'renderSvg() draws the dataset it is given' : unavailableReason(spec, 'cli');
    if (unavailable) throw new RenderError('bad-option', unavailable, name);
    const parsed = parseOption(spec, String(value));
    if (!parsed.ok) throw new RenderError('bad-option', parsed.reason, name);
    values[spec.property] = parsed.value;
    if (name === 'region' && !dataset.regions.some((region) => region.id === value)) {
      throw new RenderError(
        'unknown-region',
        `unknown region "${String(value)}" (the dataset has ${dataset.regions.map((region) => region.id).join(', ')})`,
        name,
      );
    }
    // The dashboard's selected country: a code the dataset has no member of is the data's error, as a region it does
    // not have is (the dashboard drew it unselected, saying nothing). A map's `home` that names no member on it is
    // the map's to say (`onIgnored`), as the element does: arcs from another member, or none outside reach mode.
    if (name === 'country' && !dataset.members.some((member) => member.country === String(value).trim().toUpperCase())) {
      throw new RenderError(
        'unknown-member',
        `"${String(value)}" is not a member country (an alpha-3 code such as ${dataset.members[0]?.country ?? 'PAK'})`,
        name,
      );
    }
  }
  for (const spec of specs) {
    if (values[spec.property] === undefined && !spec.native && !spec.readOnly && !unavailableReason(spec, 'cli')) {
      values[spec.property] = optionDefault(spec);
    }
  }
  return { values };
}

/**
 * `selected` as the element reads it (NetreachElement's `readSelected()`): among `ids`, the member codes (`codes`: in
 * any case) or the region ids (as written), spaces around it aside. One the widget does not have selects none, told
 * to `onIgnored` (the command line's warning) as the element says it in the console.
 */
function readSelected(
  values: CheckedOptions['values'],
  ids: readonly string[],
  codes: boolean,
  reason: string,
  onIgnored?: (ignored: readonly IgnoredOption[]) => void,
): void {
  const text = values.selected;
  if (typeof text !== 'string') return;
  const id = codes ? text.toUpperCase() : text;
  values.selected = ids.includes(id) ? id : undefined;
  if (values.selected === undefined) onIgnored?.([{ attribute: 'selected', value: text, reason }]);
}

/**
 * The dataset `compare` names: `given` (a dataset the caller read, the command line's file), else the bundled one
 * (a file has no `<netreach-data>` to name); undefined without `compare`.
 */
async function comparedDataset(id: OptionValue | undefined, given: Dataset | undefined): Promise<Dataset | undefined> {
  const name = typeof id === 'string' ? id.trim() : '';
  if (!name) return undefined;
  if (given) return given;
  // Case ignored, as a page's `compare` (and loadBundledDataset()) ignores it.
  if (!isBundledDataset(name.toLowerCase())) {
    throw new RenderError('bad-option', `unknown dataset "${name}" (expected one of ${BUNDLED_DATASETS.join(', ')})`, 'compare');
  }
  return loadBundledDataset(name);
}

/**
 * Draws `widget` for `dataset` as a standalone SVG document of `width`×`height` pixels (a table's as tall as
 * its rows need, at least `height`). `given.compared` is the dataset `compare` names when it is not a bundled one
 * (the command line's `--compare other.json`); `given.onIgnored` is told the map's options that name nothing it
 * draws (a `highlight` code that is not a member, a `home` outside reach mode or not on the map: arcs from another
 * member), which are otherwise a console warning, a `selected` the widget does not have (none is selected, as the element's console warning says), and a dashboard's
 * `region` that its `country` is not in (the country's region is drawn).
 * Throws {@link RenderError} for an unknown widget, metric, region or option value, or a bad size.
 */
export async function renderSvg(
  widget: string,
  dataset: Dataset,
  options: RenderOptions = {},
  given: { compared?: Dataset; onIgnored?: (ignored: readonly IgnoredOption[]) => void } = {},
): Promise<string> {
  if (!(STATIC_WIDGETS as readonly string[]).includes(widget)) {
    throw new RenderError('unknown-widget', `unknown widget "${widget}" (expected one of ${STATIC_WIDGETS.join(', ')})`);
  }
  const name = widget as StaticWidgetName;
  const metric = options.metric === undefined || options.metric === '' ? undefined : String(options.metric);
  if (metric !== undefined && metric !== COUNTRIES_METRIC && !dataset.metrics?.some((entry) => entry.id === metric)) {
    const ids = [COUNTRIES_METRIC, ...(dataset.metrics ?? []).map((entry) => entry.id)];
    throw new RenderError('unknown-metric', `unknown metric "${metric}" (the dataset has ${ids.join(', ')})`, 'metric');
  }
  const width = checkSide('width', options.width, DEFAULT_WIDTH);
  const height = checkSide('height', options.height, DEFAULT_HEIGHT);
  const checked = checkOptions(name, dataset, options);
  const theme: ThemeName = checked.values.theme === 'dark' ? 'dark' : 'light';
  const { background } = options;
  if (background !== undefined && background !== 'transparent') {
    throw new RenderError('bad-option', `"${String(background)}" is not a background (expected transparent)`, 'background');
  }
  const file = { width, height, lang: options.lang, theme, background };
  const codes = dataset.members.map((member) => member.country);
  const regionIds = dataset.regions.map((region) => region.id);
  if (name === 'map') readSelected(checked.values, codes, true, 'not a member', given.onIgnored);
  if (name === 'regions') readSelected(checked.values, regionIds, false, 'no such region', given.onIgnored);
  if (name === 'bars') {
    const byCountry = checked.values.groupBy === 'country';
    readSelected(checked.values, byCountry ? codes : regionIds, byCountry, byCountry ? 'not a member' : 'no such region', given.onIgnored);
  }
  if (name === 'map') {
    // The element's own scene, given the geometry it loads: `toSVG()` of a map with these options is this file.
    const geometry = await loadMapGeometry();
    const compared = await comparedDataset(checked.values.compare, given.compared);
    return renderWidgetFile(mapScene, dataset, { ...checked.values, metric, compared, geometry, onIgnored: given.onIgnored }, file);
  }

  if (name === 'dashboard') {
    // A country decides the region, as on the page (`normalizeSelection()`): a region it is not in is said to be
    // ignored, as the map's options that name nothing it draws are.
    const { selectedRegion: region, selectedCountry: country } = checked.values;
    const chosen = normalizeSelection(dataset, { region: String(region ?? ''), country: String(country ?? '') });
    if (region && chosen.region !== region) {
      given.onIgnored?.([{ attribute: 'region', value: String(region), reason: `${chosen.country} is in ${chosen.region}` }]);
    }
    // Its map is the map element's scene, given the geometry it loads.
    const geometry = await loadMapGeometry();
    return renderWidgetFile(dashboardScene, dataset, { ...checked.values, geometry }, file);
  }
  if (name === 'table') {
    // The element's check: a metric column the dataset does not declare is an error, not an empty column.
    const unknown = unknownTableMetric(dataset, resolveTableMetrics(dataset, String(checked.values.metrics ?? '')));
    if (unknown !== undefined) {
      const ids = (dataset.metrics ?? []).map((entry) => entry.id);
      throw new RenderError('unknown-metric', `unknown metric "${unknown}" (the dataset has ${ids.join(', ') || 'none'})`, 'metrics');
    }
    const compared = await comparedDataset(checked.values.compare, given.compared);
    // A sort by a column the table does not have (the element's console warning, its default order): refused.
    const sort = String(checked.values.sort ?? '').trim();
    const view = tableView(dataset, { ...checked.values, compared }, 'en');
    if (sort && sort !== '-' && view.sort?.column !== sort.replace(/^[-+]/, '')) {
      const ids = view.model.columns.map((column) => column.id).join(', ');
      throw new RenderError('unknown-column', `unknown column "${sort}" (the table has ${ids})`, 'sort');
    }
    const rows = view.model.rows.map((row) => row.key);
    readSelected(checked.values, rows, view.model.kind !== 'regions', 'no such row', given.onIgnored);
    return renderWidgetFile(tableScene, dataset, { ...checked.values, compared }, file);
  }

  return renderWidgetFile(SCENES[name], dataset, checked.values, file);
}
