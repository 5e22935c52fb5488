// The baseline: the map a developer would hand-write with d3-geo and topojson-client. Same geometry module,
// same projection and fit, same layers (land, borders, member shapes, symbols for members without a shape),
// same fills. `?mode=single`: one 800×400 map of the example dataset coloured by a metric, then value updates;
// `?mode=many`: 100 maps of 320×160 of CINVU coloured by region. Reports to window.__bench (see run.mjs).
import { quantileSorted } from 'd3-array';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { COUNTRY_POINTS, WORLD_TOPOLOGY } from '../../src/generated/world-geo.js';
import { afterPaint, report } from './common.js';

interface Member {
  country: string;
  region: string;
  values?: Record<string, number | null>;
}
interface Data {
  regions: { id: string }[];
  members: Member[];
}

const NS = 'http://www.w3.org/2000/svg';
const REGION_COLOURS = ['#0f766e', '#c2410c', '#6d28d9', '#b45309', '#be185d', '#1d4ed8'];
const SHADES = ['#d3ece6', '#a0c8c1', '#6fa49d', '#3d7a74', '#0b4f4a'];
const NO_DATA = '#bbb';
const METRIC = 'virtual-students';

const countries = feature(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.countries) as FeatureCollection<Polygon | MultiPolygon>;
const byId = new Map(countries.features.map((f) => [String(f.id), f]));
const land = feature(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.land);
const borders = mesh(WORLD_TOPOLOGY, WORLD_TOPOLOGY.objects.countries, (a, b) => a !== b);

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

function fills(data: Data, metric: boolean): Map<string, string> {
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

function drawMap(parent: Element, data: Data, width: number, height: number, metric: boolean): Map<string, SVGElement> {
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

const mode = new URLSearchParams(location.search).get('mode') ?? 'single';
const root = document.getElementById('root')!;
if (mode === 'single') {
  const data = (await (await fetch('/data/example-network.json')).json()) as Data;
  const shapes = drawMap(root, data, 800, 400, true);
  await afterPaint();
  const draw = performance.now();
  const updates: number[] = [];
  for (let i = 0; i < 15; i++) {
    const next: Data = { ...data, members: data.members.map((m) => ({ ...m, values: { [METRIC]: Math.round(Math.random() * 600_000) } })) };
    const t0 = performance.now();
    const colour = fills(next, true);
    for (const [code, node] of shapes) node.setAttribute('fill', colour.get(code)!);
    updates.push(performance.now() - t0);
    await afterPaint();
  }
  report({ draw, update: updates });
} else {
  const data = (await (await fetch('/data/cinvu.json')).json()) as Data;
  for (let i = 0; i < 100; i++) {
    const box = document.createElement('div');
    box.className = 'thumb';
    root.append(box);
    drawMap(box, data, 320, 160, false);
  }
  await afterPaint();
  report({ draw: performance.now() });
}
