import { expect } from '@open-wc/testing';
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { PROJECTIONS } from '../../src/core/map-model.js';
import { planar, planarParts } from '../../src/geo/planar.js';
import { projectWorld, type MapView } from '../../src/geo/projection.js';
import { loadWorld, type WorldGeometry } from '../../src/geo/world.js';
import { expectClose, expectSamePath, seededRandom } from '../helpers/differential.js';

// src/geo/planar.ts replaces d3-geo's geoPath for the map: path data, area, bounds and centroid in one pass.
// Here both measure every country of the bundled world, its land, borders, arcs between countries and the
// globe's outline, in every projection the map offers and in the views it makes of them (the whole world,
// region zooms, a turned globe), and must agree: path data to its one decimal, measures to rounding error.
const DIGITS = 1;
const TOLERANCE = 1e-9;

/** The views the map makes: the whole world, zooms to a region (one across the antimeridian), a few sizes. */
function views(): MapView[] {
  const random = seededRandom(173);
  const focuses = [[], ['EGY', 'SDN', 'NGA'], ['IDN', 'MYS', 'BRN'], ['FJI', 'NZL', 'TON'], ['ALB', 'GUY', 'SUR']];
  return PROJECTIONS.flatMap((projection) =>
    focuses.map((focus) => {
      const width = 200 + Math.round(random() * 1000);
      const height = projection === 'orthographic' ? width : 100 + Math.round(random() * 500);
      return { projection, width, height, focus };
    }),
  );
}

const label = (view: MapView, what: string) => `${view.projection} ${view.width}×${view.height} [${view.focus.join(' ')}] ${what}`;

/** planar() of `object` agrees with geoPath: path data (when `path`), area, bounds and centroid. */
function expectSameAsGeoPath(projection: GeoProjection, object: GeoPermissibleObjects, what: string, path = true): void {
  const ours = planar(projection, object, DIGITS);
  const d3 = geoPath(projection).digits(DIGITS);
  if (path) expectSamePath(ours.d, d3(object) ?? '', 0.1 + 1e-9, `${what} path`);
  expectClose(ours.area, d3.area(object), TOLERANCE, `${what} area`);
  const bounds = d3.bounds(object);
  ours.bounds.flat().forEach((value, i) => expectClose(value, bounds.flat()[i]!, TOLERANCE, `${what} bounds[${i}]`));
  const centroid = d3.centroid(object);
  ours.centroid.forEach((value, i) => {
    if (Number.isNaN(centroid[i]!)) expect(Number.isNaN(value), `${what} centroid[${i}]`).to.equal(true);
    else expectClose(value, centroid[i]!, TOLERANCE, `${what} centroid[${i}]`);
  });
}

describe('planar against d3-geo geoPath', () => {
  let world: WorldGeometry;
  before(async () => {
    world = await loadWorld();
  });

  it('measures every country as geoPath does, in every projection and view', () => {
    let compared = 0;
    for (const view of views()) {
      const { projection } = projectWorld(world, view, ['PAK', 'TUR', 'EGY']);
      for (const code of world.codes) {
        expectSameAsGeoPath(projection, world.shape(code)!, label(view, code));
        compared += 1;
      }
    }
    expect(compared).to.equal(views().length * world.codes.length);
  });

  it('draws the map’s countries, land and borders as geoPath does, clipped at the antimeridian or not', () => {
    for (const view of views()) {
      const projected = projectWorld(world, view, ['PAK', 'TUR', 'EGY']);
      const d3 = geoPath(projected.projection).digits(DIGITS);
      for (const code of world.codes) {
        const feature = world.shape(code)!;
        const expected = d3(feature) ?? '';
        expectSamePath(projected.shape(code)?.d ?? '', expected, 0.1 + 1e-9, label(view, code));
        if (expected) expectClose(projected.shape(code)!.area, d3.area(feature), TOLERANCE, label(view, `${code} area`));
      }
      expectSamePath(projected.land, d3(world.land) ?? '', 0.1 + 1e-9, label(view, 'land'));
      expectSamePath(projected.borders, d3(world.borders) ?? '', 0.1 + 1e-9, label(view, 'borders'));
      expectSamePath(
        projected.outline,
        view.projection === 'orthographic' ? d3({ type: 'Sphere' })! : '',
        0.1 + 1e-9,
        label(view, 'outline'),
      );
    }
  });

  it('measures land, borders, the sphere and fitting targets as geoPath does', () => {
    for (const view of views()) {
      const { projection } = projectWorld(world, view, ['PAK', 'TUR', 'EGY']);
      expectSameAsGeoPath(projection, world.land, label(view, 'land'));
      expectSameAsGeoPath(projection, world.borders, label(view, 'borders (MultiLineString)'));
      expectSameAsGeoPath(projection, { type: 'Sphere' }, label(view, 'Sphere'));
      // What projections are fitted to; geoPath draws points as circles, planar() does not draw them at all.
      const multiPoint: GeoPermissibleObjects = {
        type: 'MultiPoint',
        coordinates: [
          [-179.9, -56],
          [179.9, 76],
          [45, 9.5],
        ],
      };
      expectSameAsGeoPath(projection, multiPoint, label(view, 'MultiPoint'), false);
      expectSameAsGeoPath(projection, { type: 'FeatureCollection', features: [] }, label(view, 'nothing'));
    }
  });

  it('draws great-circle arcs between countries as geoPath does, across the antimeridian too', () => {
    const random = seededRandom(2021);
    const codes = [...world.points.keys()];
    const pairs = [
      ['FJI', 'USA'],
      ['NZL', 'CHL'],
      ['RUS', 'USA'],
      ['PAK', 'SUR'],
      ['TUR', 'TUR'],
    ];
    for (let i = 0; i < 40; i++) pairs.push([codes[Math.floor(random() * codes.length)]!, codes[Math.floor(random() * codes.length)]!]);
    for (const view of views()) {
      const projected = projectWorld(world, view, ['PAK', 'TUR', 'EGY']);
      const d3 = geoPath(projected.projection).digits(DIGITS);
      for (const [from, to] of pairs) {
        const a = world.points.get(from!)!;
        const b = world.points.get(to!)!;
        const line: GeoPermissibleObjects = {
          type: 'LineString',
          coordinates: [
            [a.lon, a.lat],
            [b.lon, b.lat],
          ],
        };
        expectSamePath(projected.arc(from!, to!), d3(line) ?? '', 0.1 + 1e-9, label(view, `arc ${from}–${to}`));
        expectSameAsGeoPath(projected.projection, line, label(view, `LineString ${from}–${to}`));
      }
    }
  });

  it('writes path data to any number of decimals, and none without digits', () => {
    const { projection } = projectWorld(world, { projection: 'equal-earth', width: 800, height: 400, focus: [] });
    for (const code of ['IDN', 'RUS', 'FJI', 'CAN', 'CHL']) {
      for (const digits of [0, 2, 3, 6]) {
        const expected = geoPath(projection).digits(digits)(world.shape(code)!) ?? '';
        expectSamePath(planar(projection, world.shape(code)!, digits).d, expected, 10 ** -digits + 1e-9, `${code} at ${digits} digits`);
      }
      expect(planar(projection, world.shape(code)!).d, code).to.equal('');
    }
  });

  it('measures several objects as one, each with its own projection, as geoPath measures their collection', () => {
    const { projection } = projectWorld(world, { projection: 'natural-earth', width: 700, height: 350, focus: [] });
    const codes = ['FJI', 'RUS', 'NZL', 'USA', 'PAK'];
    const ours = planarParts(
      codes.map((code) => [projection, world.shape(code)!] as const),
      DIGITS,
    );
    const collection: GeoPermissibleObjects = { type: 'FeatureCollection', features: codes.map((code) => world.shape(code)!) };
    const d3 = geoPath(projection).digits(DIGITS);
    expectSamePath(ours.d, d3(collection)!, 0.1 + 1e-9, 'path');
    expectClose(ours.area, d3.area(collection), TOLERANCE, 'area');
    ours.bounds.flat().forEach((value, i) => expectClose(value, d3.bounds(collection).flat()[i]!, TOLERANCE, `bounds[${i}]`));
    ours.centroid.forEach((value, i) => expectClose(value, d3.centroid(collection)[i]!, TOLERANCE, `centroid[${i}]`));
  });
});
