// The map a developer would hand-write with d3-geo and topojson-client (the bare pages' map): same geometry
// module, same projection and fit, same layers (land, borders, member shapes, symbols for members without a
// shape), same fills as <netreach-map>.
import { quantileSorted } from 'd3-array';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { COUNTRY_POINTS, WORLD_TOPOLOGY } from '../../src/generated/world-geo.js';
import { el, REGION_COLOURS } from './bare-svg.js';

export interface Member {
  country: string;
  region: string;
  values?: Record<string, number | null>;
}
export interface Data {
  regions: { id: string }[];
  members: Member[];
}

const SHADES = ['#d3ece6', '#a0c8c1', '#6fa49d', '#3d7a74', '#0b4f4a'];
const NO_DATA = '#bbb';
export const METRIC = 'virtual-students';

const countries = feature(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
const byId = new Map(countries.features.map((f) => [String(f.id), f]));
const land = feature(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.land);
const borders = mesh(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.countries, (a, b) => a !== b);

export function fills(data: Data, metric: boolean): Map<string, string> {
  const out = new Map<string, string>();
  if (!metric) {
    const index = new Map(data.regions.map((r, i) => [r.id, i]));
    for (const m of data.members) out.set(m.country, REGION_COLOURS[(index.get(m.region) ?? 0) % 6]!);
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

export function drawMap(parent: Element, data: Data, width: number, height: number, metric: boolean): Map<string, SVGElement> {
  const projection = geoEqualEarth().fitExtent(
    [
      [8, 8],
      [width - 8, height - 8],
    ],
    land,
  );
  const path = geoPath(projection).digits(1);
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width, height });
  svg.append(el('path', { d: path(land) ?? '', fill: '#e4e6e8' }));
  svg.append(el('path', { d: path(borders) ?? '', fill: 'none', stroke: '#fff', 'stroke-width': 0.6 }));
  const colour = fills(data, metric);
  const shapes = new Map<string, SVGElement>();
  for (const m of data.members) {
    const f = byId.get(m.country);
    const d = f ? path(f) : null;
    let node: SVGElement;
    if (d && path.area(f!) >= 30) {
      node = el('path', { d, fill: colour.get(m.country)!, stroke: '#fff', 'stroke-width': 0.6 });
    } else {
      const [lon, lat] = COUNTRY_POINTS[m.country]!;
      const [x, y] = projection([lon, lat])!;
      node = el('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 4, fill: colour.get(m.country)! });
    }
    shapes.set(m.country, node);
    svg.append(node);
  }
  parent.append(svg);
  return shapes;
}
