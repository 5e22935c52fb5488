// The peer: the same maps drawn with Observable Plot (its `geo` and `dot` marks), as a Plot user would write
// them. Plot is the whole of @observablehq/plot as one minified ES module, served locally and mapped by the
// page's import map (bench/run.mjs, standardPage), the way a page without a bundler uses it. The geometry is the
// same module the bare page bundles (src/generated/world-geo.ts), turned into GeoJSON with topojson-client.
//
// Same picture as bare-map.ts: Equal Earth fitted to the land with an 8 px inset, land, the topology's borders,
// member shapes with white outlines, and a circle (r 4) for a member without a shape or one smaller than 30 px²
// — its area taken from the geometry module's steradians and the fitted scale, since Plot does not expose its
// projection. `?mode=single`: 800×400, the example dataset in five quantile classes of a metric (Plot's quantile
// colour scale), then value updates — Plot has no update: the user calls Plot.plot again and replaces the SVG.
// `?mode=many`: 100 maps of 320×160 of CINVU by region, one Plot.plot each (Plot projects every time; a user
// cannot hand it projected paths). What it does not do, like the bare page: no legend, no tooltips, no names.
import * as Plot from '@observablehq/plot';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { COUNTRY_POINTS, FIT_BOUNDS, WORLD_TOPOLOGY } from '../../src/generated/world-geo.js';
import { REGION_COLOURS } from './bare-svg.js';
import { afterPaint, drawnAt, report } from './common.js';
import { drawMany, load, METRIC, MIN_SHAPE_AREA, MODE, NO_DATA, SHADES, timeUpdates, type Data, type Member } from './map-data.js';

const countries = feature(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
const byId = new Map(countries.features.map((f) => [String(f.id), f]));
const land = feature(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.land);
const borders = feature(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.borders);
const INSET = 8;

/** The scale of Equal Earth fitted to the land in width × height minus the inset (d3's reference scale is 150). */
function fittedScale(width: number, height: number): number {
  const [[x0, y0], [x1, y1]] = FIT_BOUNDS['equal-earth'];
  return 150 * Math.min((width - 2 * INSET) / (x1 - x0), (height - 2 * INSET) / (y1 - y0));
}

function plotMap(data: Data, width: number, height: number, metric: boolean): Element {
  const k = fittedScale(width, height);
  const shaped = (m: Member) => byId.has(m.country) && COUNTRY_POINTS[m.country]![2] * k * k >= MIN_SHAPE_AREA;
  const fill = metric ? (m: Member) => m.values?.[METRIC] ?? null : (m: Member) => m.region;
  return Plot.plot({
    width,
    height,
    margin: 0,
    projection: { type: 'equal-earth', domain: land, inset: INSET },
    color: metric
      ? { type: 'quantile', n: 5, range: SHADES, unknown: NO_DATA }
      : { type: 'ordinal', domain: data.regions.map((r) => r.id), range: REGION_COLOURS },
    marks: [
      Plot.geo(land, { fill: '#e4e6e8' }),
      Plot.geo(borders, { fill: 'none', stroke: '#fff', strokeWidth: 0.6 }),
      Plot.geo(data.members.filter(shaped), { geometry: (m: Member) => byId.get(m.country), fill, stroke: '#fff', strokeWidth: 0.6 }),
      Plot.dot(
        data.members.filter((m) => !shaped(m)),
        { x: (m: Member) => COUNTRY_POINTS[m.country]![0], y: (m: Member) => COUNTRY_POINTS[m.country]![1], r: 4, fill },
      ),
    ],
  });
}

const root = document.getElementById('root')!;
if (MODE === 'single') {
  const data = await load('/data/example-network.json');
  let map = plotMap(data, 800, 400, true);
  root.append(map);
  await afterPaint();
  const draw = await drawnAt();
  const update = await timeUpdates(data, (next) => {
    const redrawn = plotMap(next, 800, 400, true);
    map.replaceWith(redrawn);
    map = redrawn;
  });
  report({ draw, update });
} else {
  const data = await load('/data/cinvu.json');
  drawMany(root, (box) => box.append(plotMap(data, 320, 160, false)));
  await afterPaint();
  report({ draw: await drawnAt() });
}
