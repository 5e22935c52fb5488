#!/usr/bin/env node
// Generates src/generated/world-geo.ts (gitignored) from world-atlas (Natural Earth, public domain):
//
//   WORLD_TOPOLOGY  TopoJSON from countries-110m: object `countries` (one geometry per ISO 3166-1 country,
//                   `id` = alpha-3, no properties, no Antarctica), object `land` (all land but Antarctica,
//                   merged: it also covers Kosovo, which has no ISO code and so no country geometry) and
//                   object `borders` (the arcs two countries share, as topojson's mesh() finds them: done
//                   here so that no page pays for it). Unused arcs are pruned and the coordinates
//                   re-quantized to a coarser grid.
//   ANTIMERIDIAN_ARCS  The arcs that cross or touch the antimeridian. On a map that is not rotated only the
//                   shapes made of them need d3's antimeridian clipping (see src/geo/projection.ts).
//   FIT_BOUNDS      The projected bounds of the land masses (≥ 20,000 km²) in each whole-world projection at
//                   d3's reference scale (150, translate 0): what a world map is fitted to, so that the land
//                   spans its box's width (a map adds its members' points: see src/geo/projection.ts).
//   COUNTRY_POINTS  alpha-3 → [lon, lat, area] for every ISO country in countries-50m (plus the few only
//                   in countries-10m): the centroid of the country's largest polygon, so France, the USA
//                   and Norway get mainland points, and the area (steradians) of the whole country.
//
// Features without an ISO code: "N. Cyprus" is merged into CYP and "Somaliland" into SOM (the territory
// ISO 3166-1 gives those codes); everything else without one (Kosovo, "Indian Ocean Ter.", "Siachen
// Glacier") gets no country geometry and no point. The ISO table is scripts/iso-3166-1.mjs.
//
// Usage: node scripts/generate-geo.mjs       (same input → byte-identical output)

import { isoRecords } from './iso-3166-1.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea, geoCentroid, geoEqualEarth, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature, mergeArcs, meshArcs } from 'topojson-client';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/generated/world-geo.ts');
const require = createRequire(import.meta.url);

/** Features without an id that belong to an ISO country, by their Natural Earth name. */
const MERGE_BY_NAME = { 'N. Cyprus': 'CYP', Somaliland: 'SOM' };
/** Countries left out of the map topology (they still get a point). */
const OMIT_FROM_MAP = new Set(['ATA']);
/**
 * Coarsening of world-atlas's 1e5 × 1e5 grid: 10 → the classic 1e4 × 1e4 (0.036° × 0.017°, ≈ 4 km × 2 km at
 * the equator): far below a pixel at any size a widget draws the 1:110m map, and 37 → 28 kB gzip.
 */
const COARSEN = 10;

// ---------------------------------------------------------------------------------------------------------
// The ISO table: one source of truth, scripts/iso-3166-1.mjs.

function readIsoTable() {
  const byNumeric = new Map(isoRecords().map(([alpha3, , numeric]) => [+numeric, alpha3]));
  if (byNumeric.size !== 249) throw new Error('ISO_3166_1 has duplicate numeric codes');
  return byNumeric;
}

const ISO_BY_NUMERIC = readIsoTable();

function readAtlas(resolution) {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8'));
}

/**
 * Groups a world-atlas topology's country geometries by alpha-3, merging the parts that share a code.
 * Returns { countries: Map<alpha3, TopoJSON Polygon|MultiPolygon> sorted by code, unassigned, dropped }.
 */
function groupCountries(topology) {
  const groups = new Map();
  const unassigned = [];
  const dropped = [];
  for (const g of topology.objects.countries.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`unexpected ${g.type} geometry`);
    const name = g.properties?.name ?? '?';
    const code = g.id != null ? ISO_BY_NUMERIC.get(+g.id) : MERGE_BY_NAME[name];
    if (!code) {
      unassigned.push(g);
      dropped.push(g.id != null ? `${name} (${g.id})` : name);
      continue;
    }
    if (!groups.has(code)) groups.set(code, []);
    groups.get(code).push(g);
  }
  const countries = new Map();
  for (const code of [...groups.keys()].sort()) {
    const parts = groups.get(code);
    const merged = parts.length === 1 ? { type: parts[0].type, arcs: parts[0].arcs } : mergeArcs(topology, parts);
    countries.set(code, merged);
  }
  return { countries, unassigned, dropped };
}

// ---------------------------------------------------------------------------------------------------------
// The map topology (110m).

function buildTopology() {
  const source = readAtlas('110m');
  const { countries, unassigned, dropped } = groupCountries(source);
  const geometries = [];
  for (const [code, g] of countries) {
    if (!OMIT_FROM_MAP.has(code)) geometries.push({ type: g.type, arcs: g.arcs, id: code });
  }
  // Land: every kept country plus the unassigned pieces (Kosovo), dissolved into one MultiPolygon.
  const land = mergeArcs(source, [...geometries, ...unassigned]);

  // Prune and renumber arcs in order of first use (deterministic: geometries are sorted by code).
  const renumber = new Map();
  const arcs = [];
  const mapArc = (i) => {
    const old = i < 0 ? ~i : i;
    let index = renumber.get(old);
    if (index === undefined) {
      index = arcs.length;
      renumber.set(old, index);
      arcs.push(source.arcs[old]);
    }
    return i < 0 ? ~index : index;
  };
  const mapPolygon = (rings) => rings.map((ring) => ring.map(mapArc));
  const mapGeometry = (g) => (g.type === 'Polygon' ? mapPolygon(g.arcs) : g.arcs.map(mapPolygon));
  for (const g of geometries) g.arcs = mapGeometry(g);
  const landArcs = mapGeometry(land);

  const coarse = coarsen(arcs, source.transform, COARSEN);
  const topology = {
    type: 'Topology',
    transform: coarse.transform,
    objects: {
      countries: { type: 'GeometryCollection', geometries },
      land: { type: 'MultiPolygon', arcs: landArcs },
    },
    arcs: coarse.arcs,
  };
  // Arcs between two different countries (coastlines are stroked with the land).
  topology.objects.borders = meshArcs(topology, topology.objects.countries, (a, b) => a !== b);
  checkCoarsened(source, countries, land, topology);
  return {
    topology,
    stats: { arcsBefore: source.arcs.length, arcsAfter: arcs.length, dropped, omitted: [...OMIT_FROM_MAP] },
  };
}

/**
 * Guards against re-quantization damage: a ring whose winding flips would fill the whole sphere
 * but the country, and a country must keep roughly its area.
 */
function checkCoarsened(source, countries, land, topology) {
  const check = (label, geometry, expected) => {
    for (const coordinates of polygonsOf(geometry)) {
      if (geoArea({ type: 'Polygon', coordinates }) >= 2 * Math.PI) throw new Error(`${label}: a polygon flipped`);
    }
    const area = geoArea(geometry);
    if (Math.abs(area - expected) > 0.05 * expected + 1e-6) {
      throw new Error(`${label}: area ${area} after re-quantization, ${expected} before`);
    }
  };
  for (const g of topology.objects.countries.geometries) {
    check(g.id, feature(topology, g).geometry, geoArea(feature(source, countries.get(g.id)).geometry));
  }
  check('land', feature(topology, topology.objects.land).geometry, geoArea(feature(source, land).geometry));
}

/**
 * Re-quantizes delta-encoded arcs onto a grid `factor` times coarser. Shared arcs and arc end points (the
 * topology's nodes) stay shared because every arc is rounded the same way; consecutive duplicate points
 * are dropped, but every arc keeps its two end points.
 */
function coarsen(arcs, transform, factor) {
  if (factor === 1) return { arcs, transform };
  const out = arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx, dy]) => [Math.round((x += dx) / factor), Math.round((y += dy) / factor)]);
    // Dropping a point equal to its predecessor keeps the arc's end point where it was.
    const kept = [points[0]];
    for (let i = 1; i < points.length; i++) {
      const [px, py] = kept[kept.length - 1];
      if (points[i][0] !== px || points[i][1] !== py) kept.push(points[i]);
    }
    if (kept.length === 1) kept.push(points[points.length - 1]); // an arc needs two points
    let lx = 0;
    let ly = 0;
    return kept.map(([qx, qy]) => {
      const delta = [qx - lx, qy - ly];
      lx = qx;
      ly = qy;
      return delta;
    });
  });
  return {
    arcs: out,
    transform: {
      scale: transform.scale.map((s) => s * factor),
      translate: transform.translate,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Representative points (50m, plus 10m for what 50m lacks).

const round2 = (x) => Math.round(x * 100) / 100 + 0; // + 0 turns -0 into 0
const sig3 = (x) => Number(x.toPrecision(3));

function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`unexpected ${geometry.type}`);
}

function pointsFrom(resolution, into) {
  const source = readAtlas(resolution);
  const { countries, dropped } = groupCountries(source);
  const added = [];
  for (const [code, g] of countries) {
    if (into.has(code)) continue;
    const geometry = feature(source, g).geometry;
    const area = geoArea(geometry);
    if (!(area > 0 && area < 2 * Math.PI)) throw new Error(`${code}: implausible area ${area} (winding?)`);
    let largest;
    let largestArea = -1;
    for (const coordinates of polygonsOf(geometry)) {
      const polygon = { type: 'Polygon', coordinates };
      const a = geoArea(polygon);
      if (a < 2 * Math.PI && a > largestArea) {
        largest = polygon;
        largestArea = a;
      }
    }
    const [lon, lat] = geoCentroid(largest);
    into.set(code, [round2(lon), round2(lat), sig3(area)]);
    added.push(code);
  }
  return { added, dropped };
}

function buildPoints() {
  const points = new Map();
  const from50m = pointsFrom('50m', points);
  const from10m = pointsFrom('10m', points);
  const sorted = new Map([...points].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { points: sorted, stats: { from50m, from10m } };
}

// ---------------------------------------------------------------------------------------------------------
// Fitting.

/** Islands smaller than this (km²) do not widen a world map: Fiji's sliver east of the antimeridian and Hawaii
 * would add a sixth of empty width (a band left of Alaska). Members among them are added back by their points. */
const FIT_MIN_AREA = 20_000;
const EARTH_RADIUS_KM = 6371;

/**
 * The bounds of the land masses in every whole-world projection whose fit depends on the land, at d3's
 * reference scale (150) and translate [0, 0], as d3's geoPath measures them. (Mercator and the globe fit to
 * fixed shapes.) Keyed as src/core/map-model.ts names projections.
 */
function fitBounds(topology) {
  const land = feature(topology, topology.objects.land);
  const masses = {
    type: 'GeometryCollection',
    geometries: land.geometry.coordinates
      .map((coordinates) => ({ type: 'Polygon', coordinates }))
      .filter((polygon) => geoArea(polygon) * EARTH_RADIUS_KM ** 2 >= FIT_MIN_AREA),
  };
  const projections = { 'equal-earth': geoEqualEarth(), 'natural-earth': geoNaturalEarth1() };
  return Object.fromEntries(
    Object.entries(projections).map(([name, projection]) => [name, geoPath(projection.scale(150).translate([0, 0])).bounds(masses)]),
  );
}

/**
 * The arcs that cross the antimeridian, or touch it, as d3 sees longitudes: wrapped into [-180, 180] (the
 * re-quantized grid reaches 180.0036°) and a segment going the short way round. d3 clips such segments and
 * nudges points on ±180°; every other arc projects the same with clipping or without.
 */
function antimeridianArcs(topology) {
  const {
    scale: [kx],
    translate: [tx],
  } = topology.transform;
  const wrap = (lon) => (Math.abs(lon) > 180 ? lon - Math.round(lon / 360) * 360 : lon);
  const crossing = [];
  topology.arcs.forEach((arc, index) => {
    let x = 0;
    let previous;
    for (const [dx] of arc) {
      x += dx;
      const lon = wrap(x * kx + tx);
      if (Math.abs(Math.abs(lon) - 180) < 1e-6 || (previous !== undefined && Math.abs(lon - previous) >= 180 - 1e-9)) {
        crossing.push(index);
        return;
      }
      previous = lon;
    }
  });
  return crossing;
}

// ---------------------------------------------------------------------------------------------------------
// Output.

/** A JSON text as a single-quoted JS string literal. */
function quote(json) {
  return `'${json.replace(/[\\'\n\r\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`;
}

function main() {
  const { topology, stats } = buildTopology();
  const { points, stats: pointStats } = buildPoints();
  const mapCodes = topology.objects.countries.geometries.map((g) => g.id);
  const missingPoints = mapCodes.filter((code) => !points.has(code));
  if (missingPoints.length) throw new Error(`no point for ${missingPoints.join(' ')}`);

  const atlasVersion = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;
  const source = `// Generated by scripts/generate-geo.mjs from world-atlas ${atlasVersion} (Natural Earth). Do not edit.
import type { GeometryCollection, MultiLineString, MultiPolygon, Topology } from 'topojson-specification';

/**
 * \`countries\`: one geometry per ISO country, \`id\` = alpha-3, no properties; \`land\`: all land but Antarctica;
 * \`borders\`: the arcs between two countries.
 */
export type WorldTopology = Topology<{ countries: GeometryCollection; land: MultiPolygon; borders: MultiLineString }>;

/** [[left, top], [right, bottom]] of the land at d3's reference scale (150) and translate [0, 0]. */
export type UnitBounds = readonly [readonly [number, number], readonly [number, number]];

/** alpha-3 → [longitude, latitude, area in steradians]: the centroid of the country's largest polygon. */
export type CountryPoints = Record<string, readonly [lon: number, lat: number, area: number]>;

/** ${mapCodes.length} countries (110m), ${topology.arcs.length} arcs. */
export const WORLD_TOPOLOGY: WorldTopology = JSON.parse(${quote(JSON.stringify(topology))});

/** The arcs that cross or touch the antimeridian (${antimeridianArcs(topology).length} of ${topology.arcs.length}). */
export const ANTIMERIDIAN_ARCS: readonly number[] = ${JSON.stringify(antimeridianArcs(topology))};

/** The land masses' bounds (≥ 20,000 km²) in each whole-world projection that is fitted to the land. */
export const FIT_BOUNDS: Readonly<Record<'equal-earth' | 'natural-earth', UnitBounds>> = ${JSON.stringify(fitBounds(topology))};

/** ${points.size} countries (50m, and 10m for ${pointStats.from10m.added.join(', ') || 'none'}). */
export const COUNTRY_POINTS: CountryPoints = JSON.parse(${quote(JSON.stringify(Object.fromEntries(points)))});
`;
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, source);

  const iso = [...ISO_BY_NUMERIC.values()];
  const noPoint = iso.filter((code) => !points.has(code)).sort();
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`wrote ${relative(ROOT, OUT)}: ${kb(source.length)} raw, ${kb(gzipSync(source, { level: 9 }).length)} gzip`);
  console.log(
    `  map: ${mapCodes.length} countries, arcs ${stats.arcsBefore} → ${topology.arcs.length}, omitted ${stats.omitted.join(' ')}`,
  );
  console.log(`  map: no ISO code, left out (covered by land): ${stats.dropped.join(', ') || 'none'}`);
  console.log(
    `  points: ${points.size} (${pointStats.from50m.added.length} from 50m, 10m adds ${pointStats.from10m.added.join(' ') || 'none'})`,
  );
  console.log(`  points: no ISO code, left out: ${pointStats.from50m.dropped.join(', ') || 'none'}`);
  console.log(`  ISO codes with no shape at all (${noPoint.length}): ${noPoint.join(' ')}`);
}

main();
