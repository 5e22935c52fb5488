// The baseline: the map a developer would hand-write with d3-geo and topojson-client (bare-map-draw.ts).
// `?mode=single`: one 800×400 map of the example dataset coloured by a metric, then value updates (the new
// fills set on the member nodes drawn first, as a d3 user updates a choropleth);
// `?mode=many`: 100 maps of 320×160 of CINVU coloured by region, sharing the projected paths (see
// bare-map-draw.ts). Reports to window.__bench (see run.mjs).
import { drawMap, fills } from './bare-map-draw.js';
import { afterPaint, drawnAt, report } from './common.js';
import { drawMany, load, MODE, timeUpdates } from './map-data.js';

const root = document.getElementById('root')!;
if (MODE === 'single') {
  const data = await load('/data/example-network.json');
  const shapes = drawMap(root, data, 800, 400, true);
  await afterPaint();
  const draw = await drawnAt();
  const update = await timeUpdates(data, (next) => {
    const colour = fills(next, true);
    for (const [code, node] of shapes) node.setAttribute('fill', colour.get(code)!);
  });
  report({ draw, update });
} else {
  const data = await load('/data/cinvu.json');
  drawMany(root, (box) => drawMap(box, data, 320, 160, false));
  await afterPaint();
  report({ draw: await drawnAt() });
}
