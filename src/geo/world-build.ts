/**
 * The world geometry as the map uses it, converted from the generated topology (src/generated/world-geo.ts): a
 * part of the map's lazy chunk (src/map/map.chunk.ts), which `loadWorld()` requests with the geometry. Pure; no DOM.
 */
import type { GeometryObject } from 'topojson-specification';
import type * as WorldGeo from '../generated/world-geo.js';
import { feature } from './topojson.js';
import type { CountryFeature, CountryPoint, WorldGeometry } from './world.js';

/** The world of the generated module `geometry`; countries' shapes are converted on first use. */
export function worldFromTopology({ WORLD_TOPOLOGY, COUNTRY_POINTS, FIT_BOUNDS, ANTIMERIDIAN_ARCS }: typeof WorldGeo): WorldGeometry {
  const { countries, land, borders } = WORLD_TOPOLOGY.objects;
  const geometries = new Map(countries.geometries.map((geometry) => [String(geometry.id), geometry]));
  const crossingArcs = new Set(ANTIMERIDIAN_ARCS);
  // Arcs are numbered from 0; ~i is arc i walked backwards.
  const crosses = (arcs: readonly number[]) => arcs.some((arc) => crossingArcs.has(arc < 0 ? ~arc : arc));
  const indexesOf = <T>(parts: readonly T[], test: (part: T) => boolean) =>
    new Set(parts.flatMap((part, index) => (test(part) ? [index] : [])));
  const shapes = new Map<string, CountryFeature>();
  const points = new Map<string, CountryPoint>();
  for (const [code, [lon, lat, area]] of Object.entries(COUNTRY_POINTS)) points.set(code, { lon, lat, area });
  return {
    codes: [...geometries.keys()],
    shape(alpha3) {
      let shape = shapes.get(alpha3);
      const geometry = shape ? undefined : geometries.get(alpha3);
      if (geometry) {
        shape = feature(WORLD_TOPOLOGY, geometry) as unknown as CountryFeature;
        shapes.set(alpha3, shape);
      }
      return shape;
    },
    get land() {
      return feature(WORLD_TOPOLOGY, land);
    },
    get borders() {
      return feature(WORLD_TOPOLOGY, borders).geometry;
    },
    points,
    fitBounds: FIT_BOUNDS,
    antimeridian: {
      land: indexesOf(land.arcs, (polygon) => polygon.some(crosses)),
      borders: indexesOf(borders.arcs, crosses),
      countries: new Set(countries.geometries.filter((geometry) => ringsOf(geometry).some(crosses)).map((geometry) => String(geometry.id))),
    },
  };
}

/** The rings (as arc indexes) of a TopoJSON country geometry. */
function ringsOf(geometry: GeometryObject): readonly (readonly number[])[] {
  if (geometry.type === 'Polygon') return geometry.arcs;
  if (geometry.type === 'MultiPolygon') return geometry.arcs.flat();
  return [];
}
