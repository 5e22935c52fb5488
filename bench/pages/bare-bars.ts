// The baseline: the 57-bar chart a developer would hand-write with d3-array and plain DOM. Same data (CINVU's 57
// members, a seeded metric), same look: 800 px wide, sorted largest first, country names from Intl.DisplayNames,
// compact values at the bar ends, nice ticks with gridlines, bars coloured by region. Reports to window.__bench.
// What it does not do, and <netreach-bars> does: validate the data, load a locale, states, keyboard, an entrance.
import { max, nice, ticks } from 'd3-array';
import { AXIS, BAR, barRows, BOTTOM, chartHeight, compact, LABEL_COLUMN, ROW, VALUE_COLUMN, WIDTH } from './bars-rows.js';
import { withValues, type BenchData } from './bench-bars-data.js';
import { el } from './bare-svg.js';
import { afterPaint, drawnAt, report } from './common.js';

const rows = barRows(withValues((await (await fetch('/data/cinvu.json')).json()) as BenchData));

const height = chartHeight(rows.length);
const [d0, d1] = nice(0, max(rows, (row) => row.value) ?? 1, 5);
const x0 = LABEL_COLUMN;
const x1 = WIDTH - VALUE_COLUMN;
const x = (value: number) => x0 + ((value - d0) / (d1 - d0)) * (x1 - x0);

const svg = el('svg', { width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}`, 'font-size': 12, 'font-family': 'system-ui, sans-serif' });
const grid = el('g', {});
for (const tick of ticks(d0, d1, Math.floor((x1 - x0) / 80))) {
  grid.append(el('line', { x1: x(tick), x2: x(tick), y1: AXIS - 4, y2: height - BOTTOM, stroke: '#d1d5db' }));
  grid.append(el('text', { x: x(tick), y: AXIS - 10, 'text-anchor': 'middle', fill: '#6b7280' }, compact.format(tick)));
}
svg.append(grid);
rows.forEach((row, index) => {
  const y = AXIS + index * ROW + (ROW - BAR) / 2;
  const g = el('g', {});
  g.append(el('rect', { x: x0, y, width: x(row.value) - x0, height: BAR, rx: 2, fill: row.colour }));
  g.append(el('text', { x: x0 - 6, y: y + 14, 'text-anchor': 'end' }, row.name));
  g.append(el('text', { x: x(row.value) + 6, y: y + 14, 'font-weight': 600 }, compact.format(row.value)));
  svg.append(g);
});
document.getElementById('root')!.append(svg);
await afterPaint();
report({ draw: await drawnAt() });
