/**
 * Everything a map loads lazily, in one chunk: the world's geometry (≈ 28 kB gzip of the 46), the projections (d3-geo),
 * the TopoJSON decoder, the map's own model and scene, and the element's member layer, templates and stylesheet. One
 * dynamic import for all of it — the geometry's loaders (src/geo/geometry.ts, src/geo/world.ts) and `MAP_CODE` all
 * import this module — so a page with a map makes one request for all it draws with, and a page without one loads
 * none of it. The geometry was a chunk of its own, requested beside this one: one request fewer drew the map in 0.93×
 * the time (15 interleaved rounds). All pure but the member layer, which writes the page's DOM only when the element
 * calls it (the command line, which loads this module for the projections and the geometry, never does).
 */
export { farSide, naturalAspect, projectWorld } from '../geo/projection.js';
/** The world converted from the geometry's topology, with topojson-client (what `loadWorld()` returns). */
export { worldFromTopology } from '../geo/world-build.js';
export { mapScene, prepareMap } from './map.scene.js';
export { classBreaks, mapModel, nearestInDirection } from '../core/map-model.js';
export { MemberLayer } from './member-layer.js';
export { mapTableCaption, renderMapChart, renderMapLegend, renderMapTable } from './map.view.js';
/** The drawn map's stylesheet, which the element adopts when this chunk is here (`CodeController`). */
export { mapDrawnStyles as styles } from './map.drawn.styles.js';
/**
 * The world's geometry (src/generated/world-geo.ts). Last: a bundle puts the modules in the order they are imported,
 * and the geometry's 100 kB of JSON between two parts of the code would cost their compression 1.9 kB.
 */
export * as worldGeo from '../generated/world-geo.js';
