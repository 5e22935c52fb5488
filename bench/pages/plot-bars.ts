// The peer: the same 57-bar chart as bare-bars.ts drawn with Observable Plot (`barX` and `text` marks, its x axis
// on top with gridlines), as a Plot user would write it. Plot is loaded as plot-map.ts describes (one ES module,
// an import map). Same rows (bars-rows.ts), same size and margins, bars coloured by region with the same
// colours; Plot's own defaults otherwise (its axis font, tick marks). Reports `draw` to window.__bench.
import * as Plot from '@observablehq/plot';
import { AXIS, BAR, barRows, BOTTOM, chartHeight, compact, LABEL_COLUMN, ROW, VALUE_COLUMN, WIDTH } from './bars-rows.js';
import { withValues, type BenchData } from './bench-bars-data.js';
import { REGION_COLOURS } from './bare-svg.js';
import { afterPaint, drawnAt, report } from './common.js';

const data = withValues((await (await fetch('/data/cinvu.json')).json()) as BenchData);
const rows = barRows(data);
const chart = Plot.plot({
  width: WIDTH,
  height: chartHeight(rows.length),
  marginTop: AXIS,
  marginBottom: BOTTOM,
  marginLeft: LABEL_COLUMN,
  marginRight: VALUE_COLUMN,
  style: { fontSize: '12px', fontFamily: 'system-ui, sans-serif' },
  x: {
    axis: 'top',
    nice: true,
    grid: '#d1d5db',
    ticks: Math.floor((WIDTH - LABEL_COLUMN - VALUE_COLUMN) / 80),
    tickFormat: compact.format,
    label: null,
  },
  // The rows in their order (already sorted); a 20 px bar centred in each 28 px row.
  y: { domain: rows.map((row) => row.name), paddingInner: (ROW - BAR) / ROW, paddingOuter: (ROW - BAR) / ROW / 2, label: null },
  color: { domain: data.regions.map((region) => region.id), range: REGION_COLOURS },
  marks: [
    Plot.barX(rows, { x: 'value', y: 'name', fill: 'region', rx: 2 }),
    Plot.text(rows, { x: 'value', y: 'name', text: (row) => compact.format(row.value), textAnchor: 'start', dx: 6, fontWeight: 600 }),
  ],
});
document.getElementById('root')!.append(chart);
await afterPaint();
report({ draw: await drawnAt() });
