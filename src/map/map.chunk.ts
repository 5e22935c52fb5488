/**
 * Everything a map loads lazily besides the geometry's data, in one chunk: the projections (d3-geo), the TopoJSON
 * decoder, the map's own model and scene, and the element's member layer, templates and stylesheet. One dynamic import for all of it — the
 * geometry's loaders (src/geo/geometry.ts, src/geo/world.ts) and `MAP_CODE` all import this module — so a page with
 * a map makes one request for its code, next to the geometry's, and a page without one loads none of it. All pure
 * but the member layer, which writes the page's DOM only when the element calls it (the command line, which loads
 * this module for the projections, never does).
 */
export { farSide, naturalAspect, projectWorld } from '../geo/projection.js';
/** The world converted from the geometry's topology, with topojson-client (what `loadWorld()` returns). */
export { worldFromTopology } from '../geo/world-build.js';
export { mapScene, namedOptions, prepareMap } from './map.scene.js';
export { classBreaks, mapModel, nearestInDirection } from '../core/map-model.js';
export { drawMap } from './member-layer.js';
export { memberTowards, updateMap } from './map.update.js';
export { renderMap } from './map.view.js';
/** The drawn map's stylesheet, which the element adopts when this chunk is here (`CodeController`). */
export { mapDrawnStyles as styles } from './map.drawn.styles.js';
