// The map a developer would hand-write with d3-geo and topojson-client (the bare pages' map): same geometry
// module, same projection and fit, same layers (land, borders, member shapes, circles for members without a
// shape or too small to see), same fills as <netreach-map>.
//
// Written as a competent d3 user would for many maps: everything that depends only on the map's size — the fitted
// projection, the land and border paths, each country's path or circle position — is computed once per size and
// reused; a map is a clone of that size's land-and-borders SVG plus its members, created from the data. Nothing
// reads layout. The borders are the topology's own `borders` object (precomputed arcs between two countries), as
// a user of this geometry file would take them, rather than a topojson mesh at run time.
//
// What it does not do, and <netreach-map> does: validate the data, localize anything, show loading/empty/error
// states, names, a legend, tooltips, keyboard navigation, a text summary, a "Show as table" button, an entrance.
import { quantileSorted } from 'd3-array';
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { COUNTRY_POINTS, WORLD_TOPOLOGY } from '../../src/generated/world-geo.js';
import { el } from './bare-svg.js';
import { METRIC, MIN_SHAPE_AREA, NO_DATA, regionColour, SHADES, type Data } from './map-data.js';

export { METRIC, type Data };

const countries = feature(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
const byId = new Map(countries.features.map((f) => [String(f.id), f]));
const land = feature(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.land);
const borders = feature(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.borders);

/** How a country is drawn at one size: its path, or the centre of its circle. */
type Mark = { d: string } | { cx: string; cy: string };

/** What every map of one size shares. */
interface Frame {
  projection: GeoProjection;
  path: ReturnType<typeof geoPath>;
  /** An <svg> with the land and the borders, cloned for each map. */
  template: SVGElement;
  marks: Map<string, Mark>;
}
const frames = new Map<string, Frame>();

function frameOf(width: number, height: number): Frame {
  const key = `${width}×${height}`;
  let frame = frames.get(key);
  if (frame) return frame;
  const projection = geoEqualEarth().fitExtent(
    [
      [8, 8],
      [width - 8, height - 8],
    ],
    land,
  );
  const path = geoPath(projection).digits(1);
  const template = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height });
  template.append(el('path', { d: path(land) ?? '', fill: '#e4e6e8' }));
  template.append(el('path', { d: path(borders) ?? '', fill: 'none', stroke: '#fff', 'stroke-width': 0.6 }));
  frame = { projection, path, template, marks: new Map() };
  frames.set(key, frame);
  return frame;
}

function markOf(frame: Frame, country: string): Mark {
  let mark = frame.marks.get(country);
  if (mark) return mark;
  const f = byId.get(country);
  const d = f ? frame.path(f) : null;
  if (d && frame.path.area(f!) >= MIN_SHAPE_AREA) {
    mark = { d };
  } else {
    const [lon, lat] = COUNTRY_POINTS[country]!;
    const [x, y] = frame.projection([lon, lat])!;
    mark = { cx: x.toFixed(1), cy: y.toFixed(1) };
  }
  frame.marks.set(country, mark);
  return mark;
}

export function fills(data: Data, metric: boolean): Map<string, string> {
  const out = new Map<string, string>();
  if (!metric) {
    const colour = regionColour(data);
    for (const m of data.members) out.set(m.country, colour(m));
    return out;
  }
  const values = data.members
    .map((m) => m.values?.[METRIC])
    .filter((v): v is number => typeof v === 'number')
    .sort((a, b) => a - b);
  const breaks = [0.2, 0.4, 0.6, 0.8].map((p) => quantileSorted(values, p)!);
  for (const m of data.members) {
    const v = m.values?.[METRIC];
    out.set(m.country, typeof v === 'number' ? SHADES[breaks.filter((b) => v >= b).length]! : NO_DATA);
  }
  return out;
}

/** Draws one map into `parent`; returns each member's node (for value updates). */
export function drawMap(parent: Element, data: Data, width: number, height: number, metric: boolean): Map<string, SVGElement> {
  const frame = frameOf(width, height);
  const svg = frame.template.cloneNode(true) as SVGElement;
  const colour = fills(data, metric);
  const shapes = new Map<string, SVGElement>();
  for (const m of data.members) {
    const mark = markOf(frame, m.country);
    const fill = colour.get(m.country)!;
    const node = 'd' in mark ? el('path', { d: mark.d, fill, stroke: '#fff', 'stroke-width': 0.6 }) : el('circle', { ...mark, r: 4, fill });
    shapes.set(m.country, node);
    svg.append(node);
  }
  parent.append(svg);
  return shapes;
}
