import { expect } from '@open-wc/testing';
import { geoArea, geoContains, geoEqualEarth, geoNaturalEarth1 } from 'd3-geo';
import { mesh } from 'topojson-client';
import { WORLD_TOPOLOGY } from '../../src/generated/world-geo.js';
import { planar } from '../../src/geo/planar.js';
import { isAlpha3 } from '../../src/core/countries.js';
import { loadWorld, needsSymbol, worldSync } from '../../src/geo/world.js';

// Needs src/generated/world-geo.ts: run `node scripts/generate-geo.mjs` first.
describe('world geometry', () => {
  it('loads once: concurrent and later callers share one object', async () => {
    expect(worldSync()).to.equal(undefined);
    const first = loadWorld();
    expect(loadWorld()).to.equal(first);
    const world = await first;
    expect(await loadWorld()).to.equal(world);
    expect(worldSync()).to.equal(world);
  });

  it('has a shape for the larger countries, keyed by alpha-3, and none for Antarctica', async () => {
    const { codes, shape } = await loadWorld();
    for (const code of ['PAK', 'TUR', 'IRN', 'IDN', 'NGA', 'SUR', 'GUY', 'ALB', 'CYP', 'SOM', 'PSE', 'FRA', 'USA']) {
      expect(codes, code).to.include(code);
      expect(shape(code)!.id).to.equal(code);
    }
    expect(shape('ATA')).to.equal(undefined);
    expect(codes).not.to.include('ATA');
    expect(codes.length).to.be.within(160, 180);
    expect(codes).to.deep.equal([...codes].sort());
    expect(shape('PAK'), 'converted once').to.equal(shape('PAK'));
    for (const f of codes.map((code) => shape(code)!)) {
      expect(isAlpha3(f.id), String(f.id)).to.equal(true);
      expect(f.properties).to.deep.equal({});
      expect(['Polygon', 'MultiPolygon']).to.include(f.geometry.type);
      // A flipped ring would make the country cover most of the sphere.
      const area = geoArea(f);
      expect(area, f.id).to.be.greaterThan(0).and.lessThan(0.5);
    }
  });

  it('merges territory without its own ISO code into the country ISO gives it', async () => {
    const { codes, shape, land } = await loadWorld();
    expect(geoContains(shape('SOM')!, [45, 9.5])).to.equal(true); // Hargeisa area (Somaliland)
    expect(geoContains(shape('CYP')!, [33.6, 35.25])).to.equal(true); // northern Cyprus
    expect(geoContains(land, [21, 42.6])).to.equal(true); // Kosovo is land…
    for (const code of codes) expect(geoContains(shape(code)!, [21, 42.6]), code).to.equal(false); // …of no ISO country
  });

  it('has land and shared borders', async () => {
    const { land, borders } = await loadWorld();
    expect(land.geometry.type).to.equal('MultiPolygon');
    expect(geoArea(land)).to.be.within(3, 3.6); // ≈ 29% of 4π ≈ 3.65, less Antarctica (≈ 0.3)
    expect(borders.type).to.equal('MultiLineString');
    expect(borders.coordinates.length).to.be.greaterThan(100);
  });

  it('keeps no converted land or borders: each read converts them from the topology (a page of maps keeps its paths, not their coordinates)', async () => {
    const world = await loadWorld();
    expect(world.land).not.to.equal(world.land);
    expect(world.borders).not.to.equal(world.borders);
    expect(world.land).to.deep.equal(world.land);
  });

  it('has the borders mesh() finds between two countries, measured when the geometry was built', async () => {
    const { borders } = await loadWorld();
    const expected = mesh(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.countries, (a, b) => a !== b);
    const key = (lines: number[][][]) => lines.map((line) => JSON.stringify(line)).sort();
    expect(key(borders.coordinates)).to.deep.equal(key(expected.coordinates));
  });

  it('has the bounds of the land masses (≥ 20,000 km²) the whole-world projections fit to, as measuring them now gives', async () => {
    const world = await loadWorld();
    const projections = { 'equal-earth': geoEqualEarth(), 'natural-earth': geoNaturalEarth1() };
    expect(Object.keys(world.fitBounds).sort()).to.deep.equal(Object.keys(projections).sort());
    const polygons = world.land.geometry.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
    const masses = polygons.filter((polygon) => geoArea(polygon) * 6371 ** 2 >= 20_000);
    // Fiji, Hawaii and the other small islands are left out; the continents and large islands are not.
    expect(masses.length).to.be.within(30, polygons.length - 50);
    for (const [name, projection] of Object.entries(projections)) {
      const { bounds } = planar(projection.scale(150).translate([0, 0]), { type: 'GeometryCollection', geometries: masses });
      expect(world.fitBounds[name]!.flat(), name).to.deep.equal(bounds.flat());
    }
  });

  it('has a representative point for small countries the map has no shape for', async () => {
    const { points, codes, shape } = await loadWorld();
    const expected: Record<string, [number, number]> = {
      BHR: [50.5, 26],
      MDV: [73.5, 4.2],
      COM: [43.3, -11.7],
      QAT: [51.2, 25.3],
      LBN: [35.9, 33.9],
      PSE: [35.2, 31.9],
      BRN: [114.6, 4.5],
      GMB: [-15.4, 13.4],
      DJI: [42.6, 11.7],
      SGP: [103.8, 1.35],
      // Largest polygon: the mainland, not the centroid of all parts.
      FRA: [2.5, 46.6],
      USA: [-98.8, 39.9],
      NOR: [12.2, 63.8],
    };
    for (const [code, [lon, lat]] of Object.entries(expected)) {
      const point = points.get(code)!;
      expect(point, code).to.not.equal(undefined);
      expect(point.lon, code).to.be.closeTo(lon, 1);
      expect(point.lat, code).to.be.closeTo(lat, 1);
    }
    for (const code of ['BHR', 'MDV', 'COM', 'SGP']) expect(shape(code), code).to.equal(undefined);
    for (const code of codes) expect(points.has(code), code).to.equal(true);
    for (const [code, point] of points) {
      expect(isAlpha3(code), code).to.equal(true);
      expect(point.lon).to.be.within(-180, 180);
      expect(point.lat).to.be.within(-90, 90);
      expect(point.area).to.be.greaterThan(0).and.lessThan(0.5);
    }
    expect(points.size).to.be.greaterThan(230);
    expect(points.get('BHR')!.area).to.be.lessThan(points.get('QAT')!.area);
  });

  it('tells which countries need a symbol', async () => {
    const world = await loadWorld();
    expect(needsSymbol(world, 'BHR', 0)).to.equal(true); // no shape
    expect(needsSymbol(world, 'LBN', 1e-3)).to.equal(true); // tiny
    expect(needsSymbol(world, 'LBN', 1e-5)).to.equal(false);
    expect(needsSymbol(world, 'TUR', 1e-3)).to.equal(false);
    expect(needsSymbol(world, 'XYZ', 1)).to.equal(false);
  });
});
