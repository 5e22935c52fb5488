/**
 * World geometry for the map widget, loaded on demand. The geometry (≈ 28 kB gzip) lives in
 * `src/generated/world-geo.ts`, made by `scripts/generate-geo.mjs`; the dynamic import below lets bundlers
 * put it in a chunk of its own, fetched the first time a map needs it.
 */
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { UnitBounds } from '../generated/world-geo.js';
import { MAP_CODE } from '../map/map.code.js';

export type { UnitBounds };

/** A country's shape: `id` is its ISO 3166-1 alpha-3 code; no properties. */
export type CountryFeature = Feature<Polygon | MultiPolygon, Record<string, never>> & { id: string };

/** Where to put a country's symbol or arc end: the centroid of its largest polygon (mainland France, not the whole of it). */
export interface CountryPoint {
  readonly lon: number;
  readonly lat: number;
  /**
   * The whole country's area in steradians (3 significant digits). With a d3 projection of scale `k`
   * (an equal-area one exactly, others roughly) the country covers about `area × k²` square pixels.
   */
  readonly area: number;
}

export interface WorldGeometry {
  /** The alpha-3 code of every ISO country that has a shape on the map (Natural Earth 1:110m), sorted; no Antarctica. */
  readonly codes: readonly string[];
  /**
   * A country's shape, by alpha-3 code; undefined for small countries the geometry has no shape for (Bahrain,
   * Singapore, …: see `points`). Converted from the topology on first use: a map draws its members' shapes
   * one by one and the rest of the world as `land`, so most countries are never converted.
   */
  shape(alpha3: string): CountryFeature | undefined;
  /**
   * All land but Antarctica as one shape, to fill under the countries: it also covers land that has no
   * ISO code and so no feature (Kosovo), which would otherwise show as a hole. Converted from the topology at
   * each read and not kept (a map keeps its projected path): its thousands of coordinate pairs were a tenth
   * of the JS heap of a page of maps (`npm run bench`, 100 maps). Read it once per use.
   */
  readonly land: Feature<MultiPolygon>;
  /**
   * The borders between two countries, for stroking in one path (coastlines excluded: stroke `land` for those).
   * Converted at each read, as `land` is.
   */
  readonly borders: MultiLineString;
  /**
   * A point for every ISO country Natural Earth has (1:50m, and 1:10m for the few it lacks): every code in
   * `codes` and many more (Bahrain, Maldives, Comoros, Singapore, …), keyed by alpha-3.
   */
  readonly points: ReadonlyMap<string, CountryPoint>;
  /**
   * The land masses' bounds (≥ 20,000 km²) at d3's reference scale (150, translate 0) in the whole-world
   * projections fitted to the land, measured when the geometry was built: fitting a world map then needs no pass
   * over the land, and small islands far out (Fiji, Hawaii) leave no empty band beside it.
   */
  readonly fitBounds: Readonly<Record<string, UnitBounds>>;
  /**
   * What crosses or touches the antimeridian: polygons of `land` and lines of `borders` (by index) and
   * countries (by code). Only these need d3's antimeridian clipping on a map that is not rotated; the rest
   * projects to the same path without it, at a fraction of the cost.
   */
  readonly antimeridian: {
    readonly land: ReadonlySet<number>;
    readonly borders: ReadonlySet<number>;
    readonly countries: ReadonlySet<string>;
  };
}

let pending: Promise<WorldGeometry> | undefined;
let loaded: WorldGeometry | undefined;

/** The world geometry, loaded and converted once per page; concurrent callers share one load. */
export function loadWorld(): Promise<WorldGeometry> {
  // The conversion and topojson-client travel in the map's lazy chunk (src/map/map.chunk.ts, with d3-geo and the
  // map's scene), requested with the geometry: by its LazyModule, whose failure is one error (said once, by
  // chunkError()) for the map's code and its geometry alike.
  pending ??= Promise.all([import('../generated/world-geo.js'), MAP_CODE.load()]).then(
    ([geometry, { worldFromTopology }]) => (loaded = worldFromTopology(geometry)),
    (error: unknown) => {
      pending = undefined; // a failed chunk load may succeed later: let the next caller retry
      throw error;
    },
  );
  return pending;
}

/** The world geometry if it has already loaded (for rendering synchronously), otherwise undefined. */
export function worldSync(): WorldGeometry | undefined {
  return loaded;
}

/**
 * Whether a country needs a symbol to be seen: it has no shape on the map, or its area (steradians, see
 * `CountryPoint.area`) is below `minArea`. False for a code the world knows nothing about.
 */
export function needsSymbol(world: WorldGeometry, alpha3: string, minArea: number): boolean {
  const point = world.points.get(alpha3);
  return !!point && (!world.shape(alpha3) || point.area < minArea);
}
