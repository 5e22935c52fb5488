// The baseline of the scale scenarios: the same pages hand-written with d3 and plain DOM.
// ?mode=widgets: 200 charts of CINVU (40 each of a KPI tile, a map, bars per region, a waffle and a trend line) in
//   a five-column grid; one ResizeObserver draws each chart at its box's width, and again when the width changes.
//   Reports `draw` (from navigation start to all painted) and `resize` (the grid narrowed, until all redrawn and
//   painted).
// ?mode=table: the 20,000 universities of test/helpers/huge-dataset.ts sorted by name, the first 2,000 as a
//   <table>. Reports `draw` and `resize` (layout only: a table needs no script to follow its width).
// ?mode=validate: JSON.parse of that dataset's text, 15 times. Reports `validate` (ms each).
import { max } from 'd3-array';
import { alpha2Of } from '../../src/core/countries.js';
import { drawMap, type Data } from './bare-map-draw.js';
import { el, REGION_COLOURS } from './bare-svg.js';
import { afterPaint, drawnAt, report } from './common.js';
import { hugeDataset, KINDS, NARROWER, root, runMode, SETTLE_MS, sleep, WIDGETS, type Kind } from './scale-common.js';

interface Cinvu extends Data {
  regions: { id: string; name: string }[];
  totals: { metric: string; year: number; value: number }[];
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 0 });
const METRIC = 'virtual-students';

function series(data: Cinvu) {
  return data.totals.filter((total) => total.metric === METRIC).sort((a, b) => a.year - b.year);
}

function regionCounts(data: Cinvu): { name: string; count: number; colour: string }[] {
  return data.regions.map((region, index) => ({
    name: region.name,
    count: data.members.filter((member) => member.region === region.id).length,
    colour: REGION_COLOURS[index % 6]!,
  }));
}

function drawStat(box: HTMLElement, data: Cinvu): void {
  const points = series(data);
  const last = points.at(-1)!;
  const previous = points.at(-2)!;
  const tile = document.createElement('div');
  for (const text of [
    'Virtual students',
    `${compact.format(last.value)}+`,
    `+${Math.round((last.value / previous.value - 1) * 100)}% since ${previous.year}`,
  ]) {
    const line = document.createElement('p');
    line.textContent = text;
    tile.append(line);
  }
  const top = max(points, (point) => point.value)!;
  const d = points
    .map((point, index) => `${index ? 'L' : 'M'}${(index / (points.length - 1)) * 120},${32 - (point.value / top) * 30}`)
    .join('');
  const spark = el('svg', { width: 120, height: 32, viewBox: '0 0 120 32' });
  spark.append(el('path', { d, fill: 'none', stroke: '#0f766e', 'stroke-width': 2 }));
  tile.append(spark);
  box.append(tile);
}

function drawBars(box: HTMLElement, data: Cinvu, width: number): void {
  const rows = regionCounts(data);
  const top = max(rows, (row) => row.count)!;
  const x0 = Math.min(120, width * 0.4);
  const x = (value: number) => x0 + (value / top) * (width - x0 - 30);
  const svg = el('svg', { width, height: rows.length * 28, 'font-size': 12 });
  rows.forEach((row, index) => {
    const y = index * 28 + 4;
    svg.append(el('text', { x: x0 - 6, y: y + 14, 'text-anchor': 'end' }, row.name));
    svg.append(el('rect', { x: x0, y, width: x(row.count) - x0, height: 20, fill: row.colour }));
    svg.append(el('text', { x: x(row.count) + 4, y: y + 14 }, String(row.count)));
  });
  box.append(svg);
}

function drawWaffle(box: HTMLElement, data: Cinvu, width: number): void {
  const colour = new Map(data.regions.map((region, index) => [region.id, REGION_COLOURS[index % 6]!]));
  const columns = 10;
  const cell = (width - (columns - 1) * 2) / columns;
  const rows = Math.ceil(data.members.length / columns);
  const svg = el('svg', { width, height: rows * (cell + 2) });
  data.members.forEach((member, index) => {
    const x = (index % columns) * (cell + 2);
    const y = Math.floor(index / columns) * (cell + 2);
    svg.append(el('rect', { x, y, width: cell, height: cell, rx: 2, fill: colour.get(member.region)! }));
  });
  box.append(svg);
  for (const row of regionCounts(data)) {
    const line = document.createElement('p');
    line.textContent = `${row.name}: ${row.count}`;
    box.append(line);
  }
}

function drawTrend(box: HTMLElement, data: Cinvu, width: number): void {
  const points = series(data);
  const height = Math.round(width * 0.5);
  const [first, last] = [points[0]!.year, points.at(-1)!.year];
  const top = max(points, (point) => point.value)!;
  const x = (year: number) => 20 + ((year - first) / Math.max(1, last - first)) * (width - 40);
  const y = (value: number) => height - 20 - (value / top) * (height - 40);
  const svg = el('svg', { width, height, 'font-size': 11 });
  svg.append(
    el('path', { d: points.map((p, i) => `${i ? 'L' : 'M'}${x(p.year)},${y(p.value)}`).join(''), fill: 'none', stroke: '#0f766e' }),
  );
  for (const point of points) {
    svg.append(el('circle', { cx: x(point.year), cy: y(point.value), r: 4, fill: '#0f766e' }));
    svg.append(el('text', { x: x(point.year), y: y(point.value) - 8, 'text-anchor': 'middle' }, compact.format(point.value)));
    svg.append(el('text', { x: x(point.year), y: height - 4, 'text-anchor': 'middle' }, String(point.year)));
  }
  box.append(svg);
}

function draw(kind: Kind, box: HTMLElement, data: Cinvu, width: number): void {
  box.replaceChildren();
  if (kind === 'stat') drawStat(box, data);
  else if (kind === 'map') drawMap(box, data, width, Math.round(width / 2), false);
  else if (kind === 'bars') drawBars(box, data, width);
  else if (kind === 'regions') drawWaffle(box, data, width);
  else drawTrend(box, data, width);
}

async function widgets(): Promise<void> {
  const data = (await (await fetch('/data/cinvu.json')).json()) as Cinvu;
  const boxes = Array.from({ length: WIDGETS }, (_, index) => {
    const box = document.createElement('div');
    box.dataset.kind = KINDS[index % KINDS.length];
    return box;
  });
  const widths = new Map<Element, number>();
  let drawing = 0;
  let drawn = () => {};
  // One observer draws each chart at its width, and again when the width changes (the tiles do not depend on it).
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.target as HTMLElement;
      const width = Math.round(entry.contentRect.width);
      const first = !widths.has(box);
      if (widths.get(box) === width || (!first && box.dataset.kind === 'stat')) continue;
      widths.set(box, width);
      draw(box.dataset.kind as Kind, box, data, width);
      drawing -= 1;
    }
    if (drawing <= 0) drawn();
  });
  const all = (count: number) =>
    new Promise<void>((resolve) => {
      drawing = count;
      drawn = resolve;
    });
  const first = all(boxes.length);
  root.append(...boxes);
  for (const box of boxes) observer.observe(box);
  await first;
  await afterPaint();
  const drawAll = await drawnAt();
  await sleep(SETTLE_MS);
  const redrawn = all(boxes.filter((box) => box.dataset.kind !== 'stat').length);
  const started = performance.now();
  root.style.width = `${NARROWER}px`;
  await redrawn;
  await afterPaint();
  report({ draw: drawAll, resize: performance.now() - started });
}

async function table(): Promise<void> {
  const data = hugeDataset();
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const collator = new Intl.Collator('en', { numeric: true });
  const rows = data.universities
    .map((university) => ({ ...university, countryName: names.of(alpha2Of(university.country) ?? '') ?? university.country }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const tableEl = document.createElement('table');
  // As wide as its container, as <netreach-table>'s is: a change of width lays the rows out again.
  tableEl.style.width = '100%';
  tableEl.createCaption().textContent = 'Universities';
  const header = tableEl.createTHead().insertRow();
  for (const text of ['Name', 'Country', 'City']) header.append(Object.assign(document.createElement('th'), { textContent: text }));
  const body = document.createElement('tbody');
  for (const row of rows.slice(0, 2000)) {
    const tr = document.createElement('tr');
    for (const text of [row.name, row.countryName, row.city]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    body.append(tr);
  }
  tableEl.append(body);
  const note = document.createElement('p');
  note.textContent = `The first 2,000 of ${rows.length.toLocaleString('en')} rows.`;
  root.append(tableEl, note);
  await afterPaint();
  const drawAll = await drawnAt();
  await sleep(SETTLE_MS);
  const started = performance.now();
  root.style.width = `${NARROWER}px`;
  await afterPaint();
  report({ draw: drawAll, resize: performance.now() - started });
}

await runMode({ widgets, table, parse: (text) => JSON.parse(text) as unknown });
