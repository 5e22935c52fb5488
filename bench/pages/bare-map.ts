// The baseline: the map a developer would hand-write with d3-geo and topojson-client (bare-map-draw.ts).
// `?mode=single`: one 800×400 map of the example dataset coloured by a metric, then value updates;
// `?mode=many`: 100 maps of 320×160 of CINVU coloured by region. Reports to window.__bench (see run.mjs).
import { drawMap, fills, METRIC, type Data } from './bare-map-draw.js';
import { afterPaint, report } from './common.js';

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
