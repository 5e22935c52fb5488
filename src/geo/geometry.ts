/**
 * The world geometry and the projections, loaded together, once per page (or per process): what a map scene
 * draws with. Both are lazy chunks — the geometry (≈ 28 kB gzip) and `projection.ts` with d3-geo — so pages
 * without a map never download them. The map element's geometry controller and the command line load them here
 * and hand the same object to the map's scene, which stays synchronous and pure. No DOM.
 */
import type { ProjectionName } from '../core/map-model.js';
import type { MapView, ProjectedWorld } from './projection.js';
import { MAP_CODE } from '../map/map.code.js';
import { loadWorld, type WorldGeometry } from './world.js';

export type { MapView, ProjectedWorld, ProjectionName, WorldGeometry };

/** The loaded world and what a map asks of it. Its answers are cached (see `projectWorld`, `naturalAspect`). */
export interface MapGeometry {
  readonly world: WorldGeometry;
  /**
   * The world projected for `view`, from a cache keyed by projection, size and focus: maps of one view share
   * one, and a size seen before is not projected again. `members` (alpha-3) turns an orthographic world map to face
   * those countries, and keeps them on a world map fitted to the land masses (a member on a small island).
   */
  project(view: MapView, members?: readonly string[]): ProjectedWorld;
  /** The width / height ratio at which a view fills its box without empty bands (cached per view). */
  aspect(projection: ProjectionName, focus: readonly string[]): number;
  /**
   * The members an orthographic map (turned to face `focus`, else the members) cannot show, on the far side of
   * the globe: the map names them in a note, on the page and in its files alike.
   */
  farSide(members: readonly string[], focus: readonly string[]): string[];
}

let loaded: MapGeometry | undefined;
let pending: Promise<MapGeometry> | undefined;

/** The geometry and projections; concurrent callers share one load, and a failed load may be tried again. */
export function loadMapGeometry(): Promise<MapGeometry> {
  // The projections travel with the map's own code (src/map/map.chunk.ts): one chunk, one request, whose failure is
  // the map's CodeController's too (one error, said once; one more URL asked for the next try: scripts/build.mjs).
  pending ??= Promise.all([loadWorld(), MAP_CODE.load()]).then(
    ([world, { projectWorld, naturalAspect, farSide }]) => {
      loaded = {
        world,
        project: (view, members) => projectWorld(world, view, members),
        aspect: (projection, focus) => naturalAspect(world, projection, focus),
        farSide: (members, focus) => farSide(world, members, focus),
      };
      return loaded;
    },
    (error: unknown) => {
      pending = undefined; // a failed chunk load may succeed later: let the next caller retry
      throw error;
    },
  );
  return pending;
}

/** The geometry if it has already loaded (a map created later draws in its first render), else undefined. */
export function mapGeometrySync(): MapGeometry | undefined {
  return loaded;
}
