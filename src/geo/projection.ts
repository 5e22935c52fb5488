/**
 * Projected world geometry, cached. This module (and d3-geo with it) is loaded lazily by the map, next to the
 * geometry chunk, so pages without a map never download it.
 *
 * Projected world geometry, cached. Projecting 173 countries is the expensive part of drawing a map, so the
 * result (SVG path strings, projected areas and points) is kept per geometry, projection, size and focus: a
 * change of values restyles fills and projects nothing, and a page of 100 same-sized maps projects once.
 */
import {
  geoEqualEarth,
  geoEqualEarthRaw,
  geoMercator,
  geoNaturalEarth1,
  geoNaturalEarth1Raw,
  geoOrthographic,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoRawProjection,
  type GeoStream,
  type GeoStreamWrapper,
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ProjectionName } from '../core/map-model.js';
import { planar, planarParts } from './planar.js';
import type { WorldGeometry } from './world.js';

export type { ProjectionName };

/** What a map shows: the whole world, or the countries in `focus` (a region zoom), at a size in CSS pixels. */
export interface MapView {
  projection: ProjectionName;
  width: number;
  height: number;
  /** Alpha-3 codes to fit the map to; empty for the whole world. */
  focus: readonly string[];
  /**
   * The side of a square in the top corner that what the map is fitted to keeps clear of (a page's menu button):
   * the top right when positive, the top left when negative; 0 or none, no corner.
   */
  corner?: number;
}

export interface ProjectedShape {
  /** SVG path data (one decimal). */
  d: string;
  /** Projected area in square CSS pixels. */
  area: number;
}

/** Decimals in path data: a tenth of a pixel is below what a screen shows and keeps the markup small. */
const DIGITS = 1;
/** Mercator has no poles: the latitudes it is fitted to. */
const MERCATOR_LATITUDES = [-56, 76] as const;

function createProjection(name: ProjectionName): GeoProjection {
  switch (name) {
    case 'natural-earth':
      return geoNaturalEarth1();
    case 'mercator':
      return geoMercator();
    case 'orthographic':
      return geoOrthographic();
    default:
      return geoEqualEarth();
  }
}

/** The shapes and points of `codes`, as one object to fit a projection to (points for shapeless countries). */
function focusObject(world: WorldGeometry, codes: readonly string[]): FeatureCollection {
  const features: Feature<Geometry>[] = [];
  const points: [number, number][] = [];
  for (const code of codes) {
    const shape = world.shape(code);
    if (shape) features.push(shape);
    else {
      const point = world.points.get(code);
      if (point) points.push([point.lon, point.lat]);
    }
  }
  if (points.length) features.push({ type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: points } });
  return { type: 'FeatureCollection', features };
}

/**
 * The centre of the focus countries' points, [lon, lat]; [0, 0] when there are none: the mean of their unit
 * vectors, turned back into a longitude and latitude (d3's `geoCentroid` of a MultiPoint, which would bring its
 * line and polygon machinery along).
 */
function focusCentre(world: WorldGeometry, codes: readonly string[]): [number, number] {
  const rad = Math.PI / 180;
  let x = 0;
  let y = 0;
  let z = 0;
  let count = 0;
  for (const code of codes) {
    const point = world.points.get(code);
    if (!point) continue;
    const cosLat = Math.cos(point.lat * rad);
    // A running mean, as d3 keeps it.
    count += 1;
    x += (cosLat * Math.cos(point.lon * rad) - x) / count;
    y += (cosLat * Math.sin(point.lon * rad) - y) / count;
    z += (Math.sin(point.lat * rad) - z) / count;
  }
  const length = Math.hypot(x, y, z);
  // No points, or points that cancel out (antipodes): no centre to face.
  if (length < 1e-12) return [0, 0];
  const deg = 180 / Math.PI;
  return [Math.atan2(y, x) * deg, Math.asin(z / length) * deg];
}

/**
 * A projection configured for `view` but not yet fitted: the object to fit it to and its rotation. Orthographic
 * maps turn the globe to face the focus (or the whole network); region zooms centre the region's longitude so
 * it never straddles the map's edge.
 */
function prepare(world: WorldGeometry, view: Omit<MapView, 'width' | 'height'>, members: readonly string[]) {
  const projection = createProjection(view.projection);
  let target: GeoPermissibleObjects;
  if (view.projection === 'orthographic') {
    const [lon, lat] = focusCentre(world, view.focus.length ? view.focus : members);
    projection.rotate([-lon, -lat]);
    target = view.focus.length ? focusObject(world, view.focus) : { type: 'Sphere' };
  } else if (view.focus.length) {
    const [lon] = focusCentre(world, view.focus);
    projection.rotate([-lon, 0]);
    target = focusObject(world, view.focus);
  } else if (view.projection === 'mercator') {
    const [south, north] = MERCATOR_LATITUDES;
    target = {
      type: 'MultiPoint',
      coordinates: [
        [-179.9, south],
        [179.9, north],
      ],
    };
  } else {
    return { projection, target: undefined };
  }
  return { projection, target };
}

type Bounds = readonly [readonly [number, number], readonly [number, number]];
const unitBounds = new WeakMap<WorldGeometry, Map<string, Bounds>>();

/**
 * The view's projection at d3's reference scale (150, translate 0) and the bounds of what it is fitted to:
 * measured once per geometry and view, or, for a whole-world map, taken from the geometry, which measured
 * them when it was built. The bounds pass over all land is the costly part of fitting, and it does not
 * depend on the size.
 */
function prepareFitted(world: WorldGeometry, view: Omit<MapView, 'width' | 'height'>, members: readonly string[]) {
  const prepared = prepare(world, view, members);
  const { projection } = prepared;
  projection.scale(150).translate([0, 0]);
  // A whole-world map (no target of its own) is fitted to the land masses, as measured when the geometry was built.
  const masses = prepared.target ? undefined : world.fitBounds[view.projection];
  if (masses) return { projection, bounds: withPoints(masses, projection, world, members) };
  const target = prepared.target ?? world.land;
  let cache = unitBounds.get(world);
  if (!cache) {
    cache = new Map();
    unitBounds.set(world, cache);
  }
  const centre = view.projection === 'orthographic' && !view.focus.length ? members.join(' ') : '';
  const key = `${view.projection}|${view.focus.join(' ')}|${centre}`;
  let bounds = cache.get(key);
  if (!bounds) {
    bounds = planar(projection, target).bounds;
    cache.set(key, bounds);
  }
  return { projection, bounds };
}

/** The members' bounds at the reference scale (`prepareFitted`'s): all of them, and each one's (points included). */
interface MemberBounds {
  readonly all: Bounds;
  readonly each: ReadonlyMap<string, Bounds>;
}

const memberBoundsCache = new WeakMap<WorldGeometry, Map<string, MemberBounds>>();

/** {@link MemberBounds}, measured once per geometry, projection and members. */
function memberBounds(world: WorldGeometry, view: MapView, projection: GeoProjection, members: readonly string[]): MemberBounds {
  let cache = memberBoundsCache.get(world);
  if (!cache) memberBoundsCache.set(world, (cache = new Map()));
  const key = `${view.projection}|${members.join(' ')}`;
  let found = cache.get(key);
  if (!found) {
    const each = new Map<string, Bounds>();
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    // As the map draws them: a shape that does not reach the antimeridian through the formula alone, where the
    // projection has one and is not rotated (d3's resampling and clipping made this pass 5 ms of a first draw).
    const formula = FORMULAS[view.projection];
    const fast =
      formula && projection.rotate().every((angle) => angle === 0)
        ? formulaProjection(formula, projection.scale(), projection.translate())
        : undefined;
    for (const code of members) {
      const through = fast && !world.antimeridian.countries.has(code) ? fast : projection;
      const box = planar(through, focusObject(world, [code])).bounds;
      if (!Number.isFinite(box[0][0])) continue;
      each.set(code, box);
      [x0, y0, x1, y1] = [Math.min(x0, box[0][0]), Math.min(y0, box[0][1]), Math.max(x1, box[1][0]), Math.max(y1, box[1][1])];
    }
    found = {
      all: [
        [x0, y0],
        [x1, y1],
      ],
      each,
    };
    cache.set(key, found);
  }
  return found;
}

/**
 * `bounds` grown to hold the points of `codes` (the members), projected with `projection`: a world map is
 * fitted to the land masses, and a member on a small island beyond them (Fiji, Samoa) must stay on the map.
 */
function withPoints(bounds: Bounds, projection: GeoProjection, world: WorldGeometry, codes: readonly string[]): Bounds {
  let [[x0, y0], [x1, y1]] = bounds;
  for (const code of codes) {
    const at = world.points.get(code);
    const xy = at && projection([at.lon, at.lat]);
    if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1])) continue;
    x0 = Math.min(x0, xy[0]);
    x1 = Math.max(x1, xy[0]);
    y0 = Math.min(y0, xy[1]);
    y1 = Math.max(y1, xy[1]);
  }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** The padding around the fitted map: room for symbols and the focus ring at the edges. */
function paddingFor(width: number, height: number): number {
  return Math.max(4, Math.min(16, Math.round(Math.min(width, height) * 0.03)));
}

/** A projected world for one view. Paths of countries are computed on first use and kept. */
export class ProjectedWorld {
  readonly projection: GeoProjection;
  /** All land but Antarctica (non-members and land without ISO code). */
  readonly land: string;
  /** Borders between countries. */
  readonly borders: string;
  /** The globe's outline (orthographic only, else ''). */
  readonly outline: string;
  private readonly shapes = new Map<string, ProjectedShape | null>();
  private readonly points = new Map<string, readonly [number, number] | null>();
  private readonly arcs = new Map<string, string>();
  private readonly rotation: [number, number, number];
  /**
   * What draws the shapes that do not reach the antimeridian (all but Russia, Fiji and a few) on a map that is not
   * rotated, where they need no clipping. In Equal Earth and Natural Earth it is the projection's formula alone,
   * scaled and moved (`formulaProjection`): d3's projection also resamples every line adaptively, and on this
   * geometry that adds no point to a map up to 2,560 px wide, and one point at 3,840 px (in Equal Earth, on the
   * Alaska–Yukon border, a long meridian: 0.8 px from the straight line), as test/unit/map-projection.test.ts
   * checks. Skipping them took 4 % off a map's first draw (`npm run bench`). A Mercator map, clipped to a box
   * just outside its own, keeps d3's projection without the antimeridian clipping.
   */
  private readonly unclipped?: GeoStreamWrapper;

  constructor(
    private readonly world: WorldGeometry,
    readonly view: MapView,
    members: readonly string[] = [],
  ) {
    const { width, height } = view;
    const { projection, bounds } = prepareFitted(world, view, members);
    // What d3's fitExtent does, from cached bounds.
    const pad = paddingFor(width, height);
    const [[x0, y0], [x1, y1]] = bounds;
    // [scale, x, y] of the bounds fitted into a box and centred there.
    const fit = (left: number, top: number, right: number, bottom: number) => {
      const w = Math.max(1, right - left);
      const h = Math.max(1, bottom - top);
      const k = Math.min(w / Math.max(1e-9, x1 - x0), h / Math.max(1e-9, y1 - y0));
      return [k, left + (w - k * (x1 + x0)) / 2, top + (h - k * (y1 + y0)) / 2];
    };
    let [k, x, y] = fit(pad, pad, width - pad, height - pad);
    // The members (what a map shows: a zoom's are what it is fitted to) reaching into the corner: the map is
    // fitted below it or beside it, whichever leaves it larger (below, often as large: a box a little taller than
    // the map needs). Land that is no member's may lie under it, as under a web map's buttons.
    const corner = Math.abs(view.corner ?? 0);
    if (corner) {
      const boxes = view.focus.length || !members.length ? undefined : memberBounds(world, view, projection, members);
      const right = view.corner! > 0;
      const meets = ([[a0, b0], [a1]]: Bounds) => k * b0 + y < corner && (right ? k * a1 + x > width - corner : k * a0 + x < corner);
      // The members' box meeting it, then what they draw there: the shapes and points of those whose own box meets
      // it, clipped to it. The box can meet it where nothing is drawn (the example network's world map 200 px wide
      // in English was drawn smaller); only the members near it are clipped, not all of them again.
      const drawn = () => {
        const near = boxes ? members.filter((code) => boxes.each.has(code) && meets(boxes.each.get(code)!)) : members;
        if (!near.length) return false;
        projection.scale(150 * k).translate([x, y]);
        projection.clipExtent(
          right
            ? [
                [width - corner, -1],
                [width + 1, corner],
              ]
            : [
                [-1, -1],
                [corner, corner],
              ],
        );
        const met = Number.isFinite(planar(projection, focusObject(world, near)).bounds[0][0]);
        projection.clipExtent(null);
        return met;
      };
      const [[, t0], [, t1]] = boxes?.all ?? bounds;
      if (t1 > t0 && meets(boxes?.all ?? bounds) && drawn()) {
        const below = fit(pad, corner, width - pad, height - pad);
        const beside = right ? fit(pad, pad, width - corner, height - pad) : fit(corner, pad, width - pad, height - pad);
        [k, x, y] = below[0] >= beside[0] ? below : beside;
      }
    }
    projection.scale(150 * k).translate([x, y]);
    // A zoomed or Mercator map reaches far outside its box: clipping keeps the path strings short.
    if (view.focus.length ? view.projection !== 'orthographic' : view.projection === 'mercator') {
      const margin = 2 * pad;
      projection.clipExtent([
        [-margin, -margin],
        [width + margin, height + margin],
      ]);
    }
    this.projection = projection;
    this.rotation = projection.rotate();
    const formula = FORMULAS[view.projection];
    if (formula && !projection.clipExtent() && this.rotation.every((angle) => angle === 0)) {
      this.unclipped = formulaProjection(formula, projection.scale(), projection.translate());
    } else if (view.projection !== 'orthographic' && this.rotation.every((angle) => angle === 0)) {
      const unclipped = createProjection(view.projection).scale(projection.scale()).translate(projection.translate());
      const extent = projection.clipExtent();
      if (extent) unclipped.clipExtent(extent);
      this.unclipped = unclipped.preclip((stream) => stream);
    }
    const { antimeridian } = world;
    // Each read of `land` and `borders` converts them from the topology: taken once here.
    this.land = this.pathOfParts(world.land.geometry.coordinates, antimeridian.land, 'Polygon');
    this.borders = this.pathOfParts(world.borders.coordinates, antimeridian.borders, 'LineString');
    this.outline = view.projection === 'orthographic' ? this.path({ type: 'Sphere' }) : '';
  }

  /** A country's projected shape; undefined when it has none on this map (too small for the geometry, or hidden). */
  shape(code: string): ProjectedShape | undefined {
    let shape = this.shapes.get(code);
    if (shape === undefined) {
      const feature = this.world.shape(code);
      const projected = feature && planar(this.projectionFor(code), feature, DIGITS);
      shape = projected?.d ? { d: projected.d, area: projected.area } : null;
      this.shapes.set(code, shape);
    }
    return shape ?? undefined;
  }

  /** A country's representative point in pixels; undefined when unknown or on the far side of the globe. */
  point(code: string): readonly [number, number] | undefined {
    let point = this.points.get(code);
    if (point === undefined) {
      const at = this.world.points.get(code);
      point = null;
      if (at && this.visible(at.lon, at.lat)) {
        const xy = this.projection([at.lon, at.lat]);
        if (xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1])) point = [round1(xy[0]), round1(xy[1])];
      }
      this.points.set(code, point);
    }
    return point ?? undefined;
  }

  /** The centre of a country's visible shape in pixels, for anchoring when its representative point is hidden. */
  centroid(code: string): readonly [number, number] | undefined {
    const feature = this.world.shape(code);
    if (!feature || !this.shape(code)) return undefined;
    const [x, y] = planar(this.projectionFor(code), feature).centroid;
    return Number.isFinite(x) && Number.isFinite(y) ? [round1(x), round1(y)] : undefined;
  }

  /** The great-circle arc between two countries' points as SVG path data ('' when either is unknown). */
  arc(from: string, to: string): string {
    const key = `${from}>${to}`;
    let d = this.arcs.get(key);
    if (d === undefined) {
      const a = this.world.points.get(from);
      const b = this.world.points.get(to);
      d =
        a && b
          ? this.path({
              type: 'LineString',
              coordinates: [
                [a.lon, a.lat],
                [b.lon, b.lat],
              ],
            })
          : '';
      this.arcs.set(key, d);
    }
    return d;
  }

  /** SVG path data of `object` on this map. */
  private path(object: GeoPermissibleObjects): string {
    return planar(this.projection, object, DIGITS).d;
  }

  /** The projection to draw a country with: without clipping, when the map and the country allow. */
  private projectionFor(code: string): GeoStreamWrapper {
    return this.unclipped && !this.world.antimeridian.countries.has(code) ? this.unclipped : this.projection;
  }

  /**
   * SVG path data of the polygons or lines of a Multi* geometry, in their order, each clipped at the
   * antimeridian only when it is one of `crossing` (or the map is rotated).
   */
  private pathOfParts<T>(parts: readonly T[], crossing: ReadonlySet<number>, type: 'Polygon' | 'LineString'): string {
    const unclipped = this.unclipped;
    return planarParts(
      parts.map(
        (coordinates, index) =>
          [unclipped && !crossing.has(index) ? unclipped : this.projection, { type, coordinates } as GeoPermissibleObjects] as const,
      ),
      DIGITS,
    ).d;
  }

  /** Whether a point faces the viewer (always true but on an orthographic globe). */
  private visible(lon: number, lat: number): boolean {
    return this.view.projection !== 'orthographic' || facing(this.rotation, lon, lat) > POINT_FACING;
  }
}

/** A point this close to the globe's edge (the cosine below) is hidden: a symbol there would be a sliver. */
const POINT_FACING = 0.02;

/** The cosine of the angular distance from the centre of a globe turned by `rotation` (positive: near side). */
function facing(rotation: readonly number[], lon: number, lat: number): number {
  const [lambda = 0, phi = 0] = rotation;
  const rad = Math.PI / 180;
  return Math.sin(-phi * rad) * Math.sin(lat * rad) + Math.cos(-phi * rad) * Math.cos(lat * rad) * Math.cos((lon + lambda) * rad);
}

/**
 * The countries of `codes` an orthographic map turned to face `focus` (or, without one, `members`) does not
 * show: their point is on the far side and no part of their shape reaches round. The same test as the map's
 * (a point, else what shows of the shape), without projecting anything: the map lists them beside the globe.
 */
export function farSide(
  world: WorldGeometry,
  codes: readonly string[],
  focus: readonly string[],
  members: readonly string[] = codes,
): string[] {
  const [lon, lat] = focusCentre(world, focus.length ? focus : members);
  const rotation = [-lon, -lat];
  return codes.filter((code) => {
    const point = world.points.get(code);
    if (point && facing(rotation, point.lon, point.lat) > POINT_FACING) return false;
    const shape = world.shape(code);
    const rings = shape ? (shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates) : [];
    return !rings.some((polygon) => polygon.some((ring) => ring.some(([x, y]) => facing(rotation, x!, y!) > 0)));
  });
}

/** The projections a map that is not rotated or clipped to a box draws with their formula alone (see `unclipped`). */
const FORMULAS: Partial<Record<ProjectionName, GeoRawProjection>> = {
  'equal-earth': geoEqualEarthRaw,
  'natural-earth': geoNaturalEarth1Raw,
};

const RADIANS = Math.PI / 180;

/**
 * `formula` scaled by `k` and moved to `translate`, as d3's projection of it places a point when it is not rotated
 * (x to the right, y down): without d3's stream of rotation, clipping and resampling around each point.
 */
function formulaProjection(formula: GeoRawProjection, k: number, [tx, ty]: [number, number]): GeoStreamWrapper {
  return {
    // The sink's own methods but `point`, as d3's geoTransform passes them on.
    stream: (sink: GeoStream): GeoStream =>
      Object.setPrototypeOf(
        {
          point(lon: number, lat: number) {
            // Indexed, not destructured: an array pattern runs the iterator protocol in code not yet optimized.
            const xy = formula(lon * RADIANS, lat * RADIANS);
            sink.point(tx + k * xy[0], ty - k * xy[1]);
          },
        },
        sink,
      ) as GeoStream,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

const CACHE_SIZE = 24;
const caches = new WeakMap<WorldGeometry, Map<string, ProjectedWorld>>();

function viewKey(view: MapView, members: readonly string[]): string {
  // The members turn a globe and may widen a world map fitted to the land (see withPoints).
  const centre = view.focus.length || view.projection === 'mercator' ? '' : members.join(' ');
  return `${view.projection}|${view.width}x${view.height}|${view.focus.join(' ')}|${centre}|${view.corner ?? 0}`;
}

/**
 * The projected world for `view`, from a per-geometry cache (the most recent 24 views): the key is the
 * geometry, projection, width, height, focus and members. `members` turns an orthographic world map
 * to face the network, and keeps a member on a small island on a world map fitted to the land masses.
 */
export function projectWorld(world: WorldGeometry, view: MapView, members: readonly string[] = []): ProjectedWorld {
  let cache = caches.get(world);
  if (!cache) {
    cache = new Map();
    caches.set(world, cache);
  }
  const key = viewKey(view, members);
  let projected = cache.get(key);
  if (projected) {
    // Most recently used last, so the oldest is evicted first.
    cache.delete(key);
  } else {
    projected = new ProjectedWorld(world, view, members);
  }
  cache.set(key, projected);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return projected;
}

const aspects = new WeakMap<WorldGeometry, Map<string, number>>();

/**
 * The width / height ratio at which a view fills its box without empty bands: about 2.1 for the world in
 * Equal Earth, 1 for a globe, the region's own shape for a zoom (kept between 1 and 2.4).
 */
export function naturalAspect(world: WorldGeometry, projection: ProjectionName, focus: readonly string[]): number {
  if (projection === 'orthographic') return 1;
  let cache = aspects.get(world);
  if (!cache) {
    cache = new Map();
    aspects.set(world, cache);
  }
  const key = `${projection}|${focus.join(' ')}`;
  let aspect = cache.get(key);
  if (aspect === undefined) {
    const [[x0, y0], [x1, y1]] = prepareFitted(world, { projection, focus }, []).bounds;
    const ratio = (x1 - x0) / Math.max(1e-9, y1 - y0);
    aspect = Number.isFinite(ratio) ? Math.round(Math.min(2.4, Math.max(1, ratio)) * 100) / 100 : 2;
    cache.set(key, aspect);
  }
  return aspect;
}
