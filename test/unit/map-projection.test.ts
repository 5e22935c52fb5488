import { expect } from '@open-wc/testing';
import { naturalAspect, projectWorld } from '../../src/geo/projection.js';
import { PROJECTIONS } from '../../src/core/map-model.js';
import { loadWorld } from '../../src/geo/world.js';
import { planar } from '../../src/geo/planar.js';

const boxOf = (d: string) => {
  const numbers = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
};

/** The points of path data, each subpath apart. */
function subpaths(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) =>
      part
        .replace(/Z$/, '')
        .split('L')
        .map((point) => point.split(',').map(Number) as [number, number]),
    );
}

/**
 * Checks that `d3`'s path data is `ours` with points added between ours (d3's resampling), and returns how far each
 * added point lies from the straight line ours draws there, in pixels.
 */
function pointsAdded(ours: string, d3: string, label: string): number[] {
  const a = subpaths(ours);
  const b = subpaths(d3);
  expect(a.length, `${label}: subpaths`).to.equal(b.length);
  const distances: number[] = [];
  a.forEach((points, index) => {
    const theirs = b[index]!;
    let next = 0;
    for (const [x, y] of theirs) {
      const [px, py] = points[next] ?? [NaN, NaN];
      if (x === px && y === py) {
        next += 1;
        continue;
      }
      // An added point: between ours next - 1 and next.
      const from = points[next - 1];
      const to = points[next];
      if (!from || !to) expect.fail(`${label}: a point of d3's (${x},${y}) before ours begin or after they end`);
      const [x0, y0] = from!;
      const [x1, y1] = to!;
      distances.push(Math.abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / Math.hypot(x1 - x0, y1 - y0));
    }
    expect(next, `${label}: subpath ${index} has points d3 does not draw`).to.equal(points.length);
  });
  return distances;
}

describe('projectWorld', () => {
  it('caches per projection, size and focus: the same object for the same view', async () => {
    const world = await loadWorld();
    const view = { projection: 'equal-earth' as const, width: 800, height: 400, focus: [] };
    const a = projectWorld(world, view);
    expect(projectWorld(world, { ...view })).to.equal(a);
    expect(projectWorld(world, { ...view, width: 801 })).not.to.equal(a);
    expect(projectWorld(world, { ...view, focus: ['PAK'] })).not.to.equal(a);
    expect(a.shape('PAK')).to.equal(a.shape('PAK')); // path strings computed once
  });

  it('fits the world inside the box in every projection', async () => {
    const world = await loadWorld();
    for (const projection of PROJECTIONS) {
      const projected = projectWorld(world, { projection, width: 600, height: 300, focus: [] }, ['PAK', 'TUR']);
      expect(projected.land.length, projection).to.be.greaterThan(1000);
      const box = boxOf(projected.land);
      // Mercator is clipped just outside the box (its poles are infinitely far); the others fit inside it, but
      // for small islands beyond the land masses a world map is fitted to (Fiji, Hawaii: the scene clips them)
      // to the left and right.
      const slack = projection === 'mercator' ? 40 : 1;
      const sideways = projection === 'orthographic' ? slack : 100;
      expect(box.x0, projection).to.be.at.least(-sideways);
      expect(box.y0, projection).to.be.at.least(-slack);
      expect(box.x1, projection).to.be.at.most(600 + sideways);
      expect(box.y1, projection).to.be.at.most(300 + slack);
      expect(projected.outline === '', projection).to.equal(projection !== 'orthographic');
    }
  });

  it('clips at the antimeridian only what reaches it: the same paths as clipping everything, on unrotated maps', async () => {
    const world = await loadWorld();
    expect([...world.antimeridian.countries].sort()).to.include.members(['FJI', 'RUS']);
    expect(world.antimeridian.countries.size).to.be.below(6);
    expect(world.antimeridian.land.size).to.be.within(1, 5);
    // From a thumbnail to a 2,560 px screen. Equal Earth and Natural Earth draw the rest with the projection's
    // formula alone, without d3's resampling either, which adds no point on this geometry at these sizes.
    const views = [
      ['equal-earth', 320, 160],
      ['equal-earth', 700, 350],
      ['equal-earth', 2560, 1280],
      ['natural-earth', 700, 350],
      ['natural-earth', 2560, 1280],
      ['mercator', 700, 350],
    ] as const;
    for (const [projection, width, height] of views) {
      const projected = projectWorld(world, { projection, width, height, focus: [] });
      // projected.projection is d3's own, clipping and resampling everything.
      const label = `${projection} ${width}`;
      expect(projected.land, `${label} land`).to.equal(planar(projected.projection, world.land, 1).d);
      expect(projected.borders, `${label} borders`).to.equal(planar(projected.projection, world.borders, 1).d);
      for (const code of world.codes) {
        const expected = planar(projected.projection, world.shape(code)!, 1);
        expect(projected.shape(code)?.d ?? '', `${label} ${code}`).to.equal(expected.d);
        if (expected.d) expect(projected.shape(code)!.area, `${label} ${code}`).to.equal(expected.area);
      }
    }
  });

  it('on a 4K slide, draws every point d3 draws, and lacks only the one d3 adds to a long meridian border, under a pixel off it', async () => {
    const world = await loadWorld();
    for (const projection of ['equal-earth', 'natural-earth'] as const) {
      const projected = projectWorld(world, { projection, width: 3840, height: 1920, focus: [] });
      const added: number[] = [];
      const compare = (ours: string, d3: string, label: string) => added.push(...pointsAdded(ours, d3, label));
      compare(projected.land, planar(projected.projection, world.land, 1).d, `${projection} land`);
      compare(projected.borders, planar(projected.projection, world.borders, 1).d, `${projection} borders`);
      for (const code of world.codes)
        compare(projected.shape(code)?.d ?? '', planar(projected.projection, world.shape(code)!, 1).d, `${projection} ${code}`);
      // In Equal Earth the Alaska–Yukon border (141° W from 60° N to 69.6° N), in the borders and in both
      // countries' shapes: 0.8 px from the straight line. None in Natural Earth.
      expect(added.length, projection).to.be.at.most(3);
      expect(Math.max(0, ...added), projection).to.be.below(1);
    }
  });

  it('gives shapes with areas for large countries, none for Bahrain, and points for all three', async () => {
    const world = await loadWorld();
    const projected = projectWorld(world, { projection: 'equal-earth', width: 800, height: 400, focus: [] });
    expect(projected.shape('PAK')!.area).to.be.greaterThan(200);
    expect(projected.shape('BHR')).to.equal(undefined);
    expect(projected.shape('QAT')!.area).to.be.lessThan(30);
    for (const code of ['BHR', 'MDV', 'COM']) {
      const [x, y] = projected.point(code)!;
      expect(x).to.be.within(0, 800);
      expect(y).to.be.within(0, 400);
    }
  });

  it('zooms to a focus: its countries fill the box', async () => {
    const world = await loadWorld();
    const projected = projectWorld(world, { projection: 'equal-earth', width: 500, height: 400, focus: ['ALB', 'GUY', 'SUR'] });
    const [ax] = projected.point('ALB')!;
    const [gx] = projected.point('GUY')!;
    expect(Math.abs(ax - gx)).to.be.greaterThan(300);
    expect(projected.shape('SUR')!.area).to.be.greaterThan(100);
  });

  it('hides the far side of the globe', async () => {
    const world = await loadWorld();
    const projected = projectWorld(world, { projection: 'orthographic', width: 400, height: 400, focus: [] }, ['PAK', 'TUR', 'EGY']);
    expect(projected.point('PAK')).not.to.equal(undefined);
    expect(projected.point('NZL')).to.equal(undefined);
    expect(projected.shape('NZL')).to.equal(undefined);
  });

  it('draws great-circle arcs between countries', async () => {
    const world = await loadWorld();
    const projected = projectWorld(world, { projection: 'equal-earth', width: 800, height: 400, focus: [] });
    const d = projected.arc('PAK', 'SUR');
    expect(d).to.match(/^M/);
    // Resampled along the great circle: many points, not a straight two-point line.
    expect(d.split(/[ML]/).filter(Boolean).length).to.be.greaterThan(5);
    expect(projected.arc('PAK', 'SUR')).to.equal(d);
    expect(projected.arc('PAK', 'XXX')).to.equal('');
  });

  it('knows each view’s natural aspect ratio', async () => {
    const world = await loadWorld();
    expect(naturalAspect(world, 'equal-earth', [])).to.be.within(1.8, 2.4);
    expect(naturalAspect(world, 'orthographic', [])).to.equal(1);
    expect(naturalAspect(world, 'equal-earth', ['EGY', 'SDN', 'NGA'])).to.be.within(1, 2.4);
  });
});
