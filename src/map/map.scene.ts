/**
 * What `<netreach-map>` draws, once, for the page, its exports and the command line: the land and borders, each
 * member's shape (or a symbol where it is too small to see or has no shape) coloured by region or by a metric's
 * classes, "No data" hatched, the reach arcs, the highlighted and selected members' rings; the legend (the
 * regions or the metric's classes), the honest notes (a partial list, countries not shown, regions inferred,
 * continents or drawn up for the dataset (`regionAssignment.by`), what the countries are: members or countries of
 * visitors) and the sources behind the map.
 *
 * Pure and synchronous: the world geometry and the projections are loaded by whoever calls it (the element's
 * geometry controller, the command line: see `src/geo/geometry.ts`) and passed as the `geometry` option.
 * Without it there is nothing to project, and the chart is empty. No DOM.
 */
import {
  ignoredText,
  mapModel,
  needsMapSymbol,
  projectionName,
  reachText,
  SHADES,
  type IgnoredOption,
  type MapMember,
  type MapMode,
  type MapModel,
  type ProjectionName,
} from '../core/map-model.js';
import { msg } from '../core/i18n.js';
import { colon, formatList } from '../core/locale.js';
import { countriesLabel, countryName, networkName, regionName } from '../core/names.js';
import type { ChartScene, GroupMark, LegendEntry, Mark, Paint, PreparedScene, SceneEnv, SceneItem } from '../core/scene.js';
import type { NamedOption } from '../core/options.js';
import type { Dataset } from '../core/types.js';
import type { MapGeometry, ProjectedWorld } from '../geo/geometry.js';
import type { SceneFunction } from '../scene/render.js';
import '../core/en/map.js';
import '../core/en/overlap.js';

/** The options the map's scene reads, by property name (attribute values as the element holds them). */
export type MapSceneOptions = {
  metric?: string;
  region?: string;
  /** Alpha-3 codes to emphasise: a space- or comma-separated string, as the attribute, or a list. */
  highlight?: string | readonly string[];
  projection?: string;
  /** `none` leaves the legend out of the file (the page places it itself: `bottom`, `side`). */
  legend?: string;
  mode?: string;
  home?: string;
  selected?: string;
  /** How many regions are coloured, in the dataset's order; unset (or null): all. */
  step?: number | null;
  /**
   * The dataset `compare` names, loaded by whoever calls (the element's data controller, `renderSvg()`): the
   * countries are then coloured by overlap group. Unset: no comparison, whatever `compare` says.
   */
  compared?: Dataset;
  /** The loaded world geometry and projections (`loadMapGeometry()`); the chart is empty without them. */
  geometry?: MapGeometry;
  /**
   * Told, on every call, the options the map drew as if absent (`renderSvg()`'s caller: the command line names them
   * as its flags). Unset: a console warning, once per dataset and options, which names them as attributes.
   */
  onIgnored?: (ignored: readonly IgnoredOption[]) => void;
  /** Other options (the common ones: theme, src…) are read by no part of the map's scene. */
  [other: string]: unknown;
};

/** A member as drawn on one chart, in the model's order: what the keyboard and the tooltip point at. */
export interface MapChartItem {
  readonly member: MapMember;
  readonly item: SceneItem;
  /** A symbol (a dot) rather than the member's shape. */
  readonly symbol: boolean;
  /** The shape's path data; '' for a symbol. */
  readonly d: string;
  /** The point the keyboard moves between and a symbol sits on. */
  readonly x: number;
  readonly y: number;
}

/**
 * The map at one size. Its marks are three groups, by key: `base` (the globe's outline, land, borders),
 * `members` (one group per entrance wave, each holding the members' item groups) and `overlays` (reach arcs,
 * the home dot, the rings of highlighted and selected members).
 */
export interface MapChart extends ChartScene {
  /** The projected world the chart was drawn on: one per view, shared by every map of that view. */
  readonly projected?: ProjectedWorld;
  readonly items: readonly MapChartItem[];
  /** A symbol's radius on this chart. */
  readonly radius: number;
}

export interface PreparedMap extends PreparedScene {
  /** What the map shows apart from geometry (also the data table's and the summary's). */
  readonly model: MapModel;
  /** The chart at a size; `corner`, a page's: the top inline-end square its menu button takes, kept clear (see MapView). */
  chart(width: number, height: number, corner?: number): MapChart;
}

/**
 * The overlap groups' paints: three of the region slots, whose every pair stays apart under colour-vision
 * deficiencies (palette.ts) — "in both" the bluish green, "only in" this network blue, the other vermillion.
 */
const OVERLAP_PAINTS: Record<string, Paint> = { both: 'region-3', 'only-this': 'region-1', 'only-other': 'region-2' };

/** The paint of a map colour class (`MapMember.colour`, a legend entry's): the page's stylesheet paints the class the same. */
export function mapPaint(colour: string): Paint {
  if (colour === 'nodata') return 'hatch';
  if (Object.hasOwn(OVERLAP_PAINTS, colour)) return OVERLAP_PAINTS[colour]!;
  const slot = Number(colour.slice(1));
  if (/^r\d+$/.test(colour)) return `region-${slot}`;
  if (/^q\d+$/.test(colour)) return `seq-${slot / (SHADES - 1)}`;
  return 'land';
}

/** Symbols grow a little with the map: 2.5 px radius on a thumbnail, 5 px on a wide map; more in large files. */
export function symbolRadius(width: number, unit = 1): number {
  return Math.round(Math.min(5, Math.max(2.5, width / 180)) * Math.max(1, unit * 0.75) * 10) / 10;
}

const highlightCodes = (value: MapSceneOptions['highlight']): string[] =>
  (typeof value === 'string' ? value.toUpperCase().split(/[\s,]+/) : [...(value ?? [])]).filter(Boolean);

/**
 * `make()`'s value for `owner` and `key`, made once for every map that asks (a page of 100 thumbnails computes one
 * model, one prepared scene and one chart): kept while `owner` lives, the most recent `keep` keys per owner.
 */
function shared<O extends object, V>(cache: WeakMap<O, Map<string, V>>, owner: O, key: string, make: () => V, keep = 8): V {
  let byKey = cache.get(owner);
  if (!byKey) cache.set(owner, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) {
    value = make();
    byKey.set(key, value);
    if (byKey.size > keep) byKey.delete(byKey.keys().next().value!);
  }
  return value;
}

/** Models by dataset and options; prepared scenes by model and state; charts by model, view and state. */
const models = new WeakMap<Dataset, Map<string, MapModel>>();
/** A number per compared dataset object, for the models' keys: two objects of one id may differ. */
const comparedKeys = new WeakMap<Dataset, number>();
let comparedCount = 0;
const comparedKey = (dataset: Dataset | undefined): string => {
  if (!dataset) return '';
  if (!comparedKeys.has(dataset)) comparedKeys.set(dataset, ++comparedCount);
  return String(comparedKeys.get(dataset));
};
const prepareds = new WeakMap<MapModel, Map<string, PreparedMap>>();
const charts = new WeakMap<MapModel, WeakMap<ProjectedWorld, Map<string, MapChart>>>();

export interface Placed {
  member: MapMember;
  symbol: boolean;
  d: string;
  x: number;
  y: number;
}

/**
 * Where each member goes on `projected`: its shape, or a symbol at its point when the shape is absent or tiny.
 * Comparing, the countries only in the other network are placed too, after this one's.
 */
function placeMembers(model: MapModel, projected: ProjectedWorld): Placed[] {
  const placed: Placed[] = [];
  for (const member of [...model.members, ...model.others]) {
    const shape = projected.shape(member.country);
    const anchor = projected.point(member.country) ?? projected.centroid(member.country);
    if (!anchor) continue; // on the far side of the globe, or unknown to the geometry
    const symbol = needsMapSymbol(shape?.area);
    placed.push({ member, symbol, d: symbol ? '' : shape!.d, x: anchor[0], y: anchor[1] });
  }
  return placed;
}

/**
 * Where each member is, the same for every dataset that lists the same countries on the same projected map: a value
 * update reuses it rather than place and spread the symbols again (`spreadSymbols`), as it reuses the projected paths.
 */
const placements = new WeakMap<ProjectedWorld, Map<string, Placed[]>>();

function placedMembers(model: MapModel, projected: ProjectedWorld, radius: number, ring: number): Placed[] {
  const members = [...model.members, ...model.others];
  const byCountry = new Map(members.map((member) => [member.country, member]));
  return shared(placements, projected, `${radius}|${ring}|${[...byCountry.keys()]}`, () => {
    const placed = placeMembers(model, projected);
    spreadSymbols(placed, radius, ring, projected.view.width, projected.view.height);
    return placed;
  }).map((each) => ({ ...each, member: byCountry.get(each.member.country)! }));
}

/**
 * Moves symbols apart until no two overlap (their rings included), each by as little as it takes, and keeps
 * them in the box: on a phone the members of the Gulf or West Africa are dots a few pixels apart that would
 * cover each other. Deterministic: pairs in the members' order, a fixed number of passes. A symbol so moved
 * still marks its country (it stays within a few radii of its point), and its tooltip names it.
 */
export function spreadSymbols(placed: Placed[], radius: number, ring: number, width: number, height: number): void {
  const dots = placed.filter((each) => each.symbol);
  const gap = 2 * radius + ring + 0.5;
  const clamp = (value: number, size: number) => Math.min(size - radius, Math.max(radius, value));
  for (let pass = 0; pass < 200; pass++) {
    let moved = false;
    for (let i = 0; i < dots.length; i++) {
      for (let j = i + 1; j < dots.length; j++) {
        const a = dots[i]!;
        const b = dots[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let distance = Math.hypot(dx, dy);
        if (distance >= gap) continue;
        if (distance < 1e-6) {
          // The same point: apart along a direction that depends only on the pair.
          const angle = (i * 7 + j * 13) % 360;
          [dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = (gap - distance) / 2 + 0.01;
        const [ux, uy] = [dx / distance, dy / distance];
        a.x = clamp(a.x - ux * push, width);
        a.y = clamp(a.y - uy * push, height);
        b.x = clamp(b.x + ux * push, width);
        b.y = clamp(b.y + uy * push, height);
        moved = true;
      }
    }
    if (!moved) break;
  }
  for (const dot of dots) [dot.x, dot.y] = [round1(dot.x), round1(dot.y)];
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/**
 * The title: what the colours show ("Member countries", "Countries of visitors", a metric, two networks'
 * countries compared), and the region zoomed to.
 */
function mapTitle(dataset: Dataset, model: MapModel, zoomed: string | undefined, locale: string): string {
  const what = model.overlap
    ? msg(locale, 'tableCaptionOverlap', { a: model.overlap.name, b: model.overlap.otherName })
    : (model.metricLabel ?? countriesLabel(dataset, locale));
  return zoomed ? `${what} — ${regionName(dataset, zoomed, locale)}` : what;
}

/**
 * What the element says of its options, in its chunk (the element asks once the map's code is here): those the map
 * drew as if absent, with why; and those it drew, as named (another network loaded later that lacks them is no misuse).
 * `selected` the element reads itself (NetreachElement's `readSelected()`).
 */
export function namedOptions(model: MapModel, element: { region?: string; home?: string; highlight?: string }): NamedOption[] {
  const ignored = model.ignored.map(({ attribute, value }) => `${attribute} ${value}`);
  const drawn = [
    ['region', element.region],
    ['home', element.home],
    ...highlightCodes(element.highlight).map((code) => ['highlight', code]),
  ];
  return [
    ...model.ignored.map(({ attribute, value, reason }): NamedOption => [attribute, value, false, reason]),
    ...drawn
      .filter(([attribute, value]) => !ignored.includes(`${attribute} ${value}`))
      .map(([attribute, value]): NamedOption => [attribute!, value, true, '']),
  ];
}

/** What the map shows for `dataset` and the options, ready to be laid out at any size. */
export function prepareMap(dataset: Dataset, options: MapSceneOptions, env: SceneEnv): PreparedMap {
  const { locale, unit } = env;
  const highlight = highlightCodes(options.highlight);
  const mode: MapMode = options.mode === 'reach' ? 'reach' : 'default';
  const home = options.home?.toUpperCase();
  const { compared } = options;
  const key = [locale, options.metric, options.region, highlight.join(' '), mode, home, comparedKey(compared)].join('|');
  const model = shared(models, dataset, key, () => {
    const made = mapModel(dataset, { locale, metric: options.metric, region: options.region, highlight, mode, home, compare: compared });
    // Once per dataset and options (the model is shared): a map that draws as if an option were not given says why.
    if (!options.onIgnored) for (const entry of made.ignored) console.warn(`netreach: <netreach-map> ignored ${ignoredText(entry)}`);
    return made;
  });
  options.onIgnored?.(model.ignored);
  const projection = projectionName(options.projection);
  const { geometry, selected } = options;
  const step = options.step ?? Infinity;
  const legendShown = options.legend !== 'none';
  const legendSide = options.legend === 'side';
  // A page loads one geometry (loadMapGeometry() keeps it): whether it is there is all the key needs.
  const state = [projection, selected, step, unit, env.rtl, options.legend, Boolean(geometry)].join('|');
  return shared(prepareds, model, state, () =>
    buildPrepared(dataset, model, { zoomed: options.region, projection, geometry, selected, step, legendShown, legendSide }, env),
  );
}

function buildPrepared(
  dataset: Dataset,
  model: MapModel,
  options: {
    zoomed?: string;
    projection: ProjectionName;
    geometry?: MapGeometry;
    selected?: string;
    step: number;
    legendShown: boolean;
    legendSide: boolean;
  },
  env: SceneEnv,
): PreparedMap {
  const { locale, unit } = env;
  const { projection, geometry, selected, step } = options;
  const zoomed = options.zoomed && dataset.regions.some((region) => region.id === options.zoomed) ? options.zoomed : undefined;
  const regionOrder = new Map(dataset.regions.map((region, index) => [region.id, index]));
  // "25 not shown" where the notes do not already say how many are not shown (a partial list's note does).
  const notShown = model.legend.note && model.countries.extent !== 'partial' ? [model.legend.note] : [];
  // A globe shows one side: the members on the other are named, so that no member is left off unsaid (comparing,
  // the other network's countries too; the globe still faces this network's).
  const drawn = [...model.codes, ...model.others.map((other) => other.country)];
  const hidden = projection === 'orthographic' && geometry ? geometry.farSide(drawn, model.others.length || zoomed ? model.codes : []) : [];
  const farSide = hidden.length
    ? [
        msg(locale, 'mapFarSide', {
          list: formatList(
            hidden.map((code) => countryName(code, locale)),
            locale,
          ),
        }),
      ]
    : [];
  // Reach mode says what its arcs show where everyone reads it, first among the notes (it was in the screen
  // reader's summary alone): "Member country: Senegal. Our network links it to 56 countries."
  const reach = model.reach ? [reachText(model.reach, locale)] : [];
  const notes = [...reach, ...model.notes, ...notShown, ...farSide];
  const revealed = legendRevealed(dataset, model, step);
  const legend: LegendEntry[] = (options.legendShown ? model.legend.entries.filter((_, index) => revealed[index]) : []).map((entry) => ({
    label: entry.label,
    paint: mapPaint(entry.colour),
    shape: 'square',
  }));
  const title = mapTitle(dataset, model, zoomed, locale);

  let last: MapChart | undefined;
  let lastCorner = 0;
  const chart = (width: number, height: number, corner = 0): MapChart => {
    if (last?.width === width && last.height === height && lastCorner === corner) return last;
    lastCorner = corner;
    if (!geometry) return { width, height, marks: [], label: model.summary, items: [], radius: symbolRadius(width, unit) };
    const view = { projection, width, height, focus: zoomed ? model.codes : [], corner: env.rtl ? -corner : corner };
    const projected = geometry.project(view, model.codes);
    let byView = charts.get(model);
    if (!byView) charts.set(model, (byView = new WeakMap()));
    last = shared(byView, projected, `${selected ?? ''}|${step}|${unit}`, () =>
      drawMap(model, projected, { selected, step, regionOrder, unit, clip: Boolean(zoomed) || projection !== 'orthographic', locale }),
    );
    return last;
  };

  return {
    network: networkName(dataset, locale),
    title,
    // Regions (or continents) say what the colours are, as "Member countries" does for the one colour of a list
    // without regions (its entry says how many: "2 named in the sources"); a metric's classes are titled by the
    // title itself.
    legendTitle: legend.length && model.colouring === 'region' ? model.legend.title : undefined,
    legend,
    legendPlacement: options.legendSide ? 'side' : 'bottom',
    notes,
    sources: model.sources,
    unsourced: model.unsourced,
    illustrative: Boolean(dataset.illustrative),
    model,
    chart,
  };
}

/**
 * Which of the legend's entries a `step` reveals: coloured by region, those of the regions it colours; else every
 * entry from step 1. At step 0 no member is coloured, and a legend of the colours to come gave the slide away.
 */
export function legendRevealed(dataset: Dataset, model: MapModel, step: number): boolean[] {
  const order = dataset.regions.map((region) => region.id);
  const regions =
    model.colouring === 'region' && model.grouping.available
      ? order.filter((id) => model.members.some((member) => member.region === id))
      : [];
  return model.legend.entries.map((_, index) => Math.max(order.indexOf(regions[index]!), 0) < step);
}

/** The map's scene function (see {@link prepareMap}). */
export const mapScene: SceneFunction = (dataset, options, env) => prepareMap(dataset, options as MapSceneOptions, env);

interface DrawOptions {
  selected?: string;
  step: number;
  regionOrder: ReadonlyMap<string, number>;
  unit: number;
  clip: boolean;
  locale: string;
}

/** The marks of `model` on `projected`. */
function drawMap(model: MapModel, projected: ProjectedWorld, options: DrawOptions): MapChart {
  const { width, height } = projected.view;
  const { unit } = options;
  const radius = symbolRadius(width, unit);
  const line = 0.6 * Math.max(1, width / 1000);
  const dotStroke = Math.max(1, unit * 0.6);
  const separator = colon(options.locale);
  const placed = placedMembers(model, projected, radius, dotStroke);
  // Highlighting fades the other members where the colours name groups (regions); where they are a metric's classes
  // or a comparison's groups, a faded fill would read as another class than the legend's: the ring alone marks it.
  const highlightOn = model.colouring === 'region' && placed.some((each) => each.member.highlighted);

  const base: Mark[] = [];
  if (projected.outline) {
    base.push(
      { kind: 'path', class: 'sphere', d: projected.outline, fill: 'fg', opacity: 0.03 },
      { kind: 'path', class: 'sphere-edge', d: projected.outline, stroke: 'border', strokeWidth: 1 },
    );
  }
  base.push(
    { kind: 'path', class: 'land', d: projected.land, fill: 'land' },
    { kind: 'path', class: 'borders', d: projected.borders, stroke: 'line', strokeWidth: line },
  );

  // Members, in groups by entrance wave: by region (in the dataset's order) when coloured by region, else one.
  // Shapes come before symbols, so that no shape covers a symbol.
  const waves = new Map<string, Mark[]>();
  const items: MapChartItem[] = [];
  for (const each of placed) {
    const { member, symbol, x, y } = each;
    const off = (options.regionOrder.get(member.region) ?? 0) >= options.step;
    const dimmed = highlightOn && !member.highlighted;
    const state = `${dimmed ? ' dimmed' : ''}${off ? ' off' : ''}`;
    const fill: Paint = off ? 'land' : mapPaint(member.colour);
    const item: SceneItem = {
      id: member.country,
      label: member.label,
      tooltip: [
        member.name,
        ...(member.groupName ? [member.groupName] : []),
        ...(member.regionName ? [member.regionName] : []),
        ...(member.inferred ? [member.inferred] : []),
        ...(model.metricLabel ? [`${model.metricLabel}${separator}${member.valueText}`] : []),
        ...(model.sourceText ? [model.sourceText] : []),
      ],
      selected: member.country === options.selected,
      anchor: { x, y },
    };
    const child: Mark = symbol
      ? { kind: 'circle', class: `dot ${member.colour}`, cx: x, cy: y, r: radius, fill, stroke: 'line', strokeWidth: dotStroke }
      : { kind: 'path', d: each.d, fill, stroke: 'line', strokeWidth: line };
    const mark: GroupMark = {
      kind: 'group',
      key: member.country,
      class: symbol ? `member symbol${state}` : `member ${member.colour}${state}`,
      opacity: dimmed ? 0.45 : undefined,
      item,
      children: [child],
    };
    const wave = model.colouring === 'region' ? member.regionSlot : 1;
    const key = `${symbol ? 1 : 0}-${wave}`;
    let list = waves.get(key);
    if (!list) waves.set(key, (list = []));
    list.push(mark);
    items.push({ member, item, symbol, d: each.d, x, y });
  }
  const members: Mark[] = [...waves]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, children]) => ({ kind: 'group', key, class: `wave w${key.slice(2)}`, children }));

  const overlays: Mark[] = [];
  const ring = (each: MapChartItem, className: string, extra: number, strokeWidth: number, stroke: Paint = 'fg'): Mark =>
    each.symbol
      ? { kind: 'circle', class: className, cx: each.x, cy: each.y, r: radius + extra, stroke, strokeWidth }
      : { kind: 'path', class: className, d: each.d, stroke, strokeWidth };
  if (model.reach) {
    const home = model.reach.home;
    for (const target of model.reach.targets) {
      const d = projected.arc(home, target);
      // On the page the arcs draw themselves in: a path length of 1 lets the dash animation run the same on every arc.
      if (d) {
        const strokeWidth = 1.2 * Math.max(1, unit * 0.75);
        overlays.push({ kind: 'path', class: 'arc', d, stroke: 'arc', strokeWidth, opacity: 0.75, pathLength: 1 });
      }
    }
    const origin = projected.point(home);
    if (origin)
      overlays.push({
        kind: 'circle',
        class: 'home-dot',
        cx: origin[0],
        cy: origin[1],
        r: radius + 1,
        fill: 'arc',
        stroke: 'line',
        strokeWidth: 1.5,
      });
  }
  for (const each of items) if (each.member.highlighted) overlays.push(ring(each, 'emphasis', 1.5, 1.6));
  const chosen = items.find((each) => each.item.selected);
  // The selected member: an outline on a halo of the background (the page's focus ring is dashed, in its colour).
  if (chosen) overlays.push(ring(chosen, 'selected-halo', 2, 6, 'line'), ring(chosen, 'selected-ring', 2, 2.5));

  return {
    width,
    height,
    label: model.summary,
    clip: options.clip,
    marks: [
      { kind: 'group', key: 'base', children: base },
      { kind: 'group', key: 'members', children: members },
      { kind: 'group', key: 'overlays', children: overlays },
    ],
    projected,
    items,
    radius,
  };
}
