/** The part of topojson-client the map uses, as its own module so that it loads lazily with the geometry. */
export { feature } from 'topojson-client';
