/**
 * Everything a map loads lazily besides the geometry's data, in one chunk: the projections (d3-geo), the TopoJSON
 * decoder, and the map's own model and scene. One dynamic import for all of it — the geometry's loaders
 * (src/geo/geometry.ts, src/geo/world.ts) and `MAP_CODE` all import this module — so a page with a map makes one
 * request for its code, next to the geometry's, and a page without one loads none of it. Pure; no DOM.
 */
import { feature } from '../geo/topojson.js';

export { farSide, naturalAspect, projectWorld } from '../geo/projection.js';
/**
 * The TopoJSON decoder (`feature` of src/geo/topojson.ts), typed where it is used (src/geo/world.ts): its typings are
 * topojson-client's, which the package's own typings do not ship, and this module's typings are public (the map's).
 */
export const topojsonFeature: unknown = feature;
export { mapScene, prepareMap } from './map.scene.js';
export { classBreaks, mapModel, nearestInDirection } from '../core/map-model.js';
