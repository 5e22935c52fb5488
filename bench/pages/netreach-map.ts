// The same maps as bare-map.ts, drawn by <netreach-map> from the built bundle (dist/netreach.js, geometry in its
// lazy chunk), which the HTML loads with a <script type="module"> of its own. See bare-map.ts for the modes.
import { afterPaint, report, whenDrawn } from './common.js';

interface MapElement extends HTMLElement {
  data?: unknown;
  updateComplete: Promise<boolean>;
}
interface Data {
  members: { country: string; values?: Record<string, number | null> }[];
}

const params = new URLSearchParams(location.search);
const METRIC = 'virtual-students';

const drawn = (el: MapElement) => whenDrawn(el, (root) => Boolean(root.querySelector('svg[part="chart"] .member')));

function createMap(src: string, width: number, metric?: string): MapElement {
  const el = document.createElement('netreach-map') as MapElement;
  el.setAttribute('legend', 'none');
  if (metric) el.setAttribute('metric', metric);
  el.style.width = `${width}px`;
  // As a page would embed it: the element fetches its dataset (once per page, however many maps use it).
  el.setAttribute('src', src);
  return el;
}

const mode = params.get('mode') ?? 'single';
const root = document.getElementById('root')!;
const defined = customElements.whenDefined('netreach-map');
const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('the bundle did not register <netreach-map>')), 10_000));
await Promise.race([defined, timeout]);
if (mode === 'single') {
  const el = createMap('/data/example-network.json', 800, METRIC);
  root.append(el);
  await drawn(el);
  await afterPaint();
  const draw = performance.now();
  const data = (await (await fetch('/data/example-network.json')).json()) as Data;
  const updates: number[] = [];
  for (let i = 0; i < 15; i++) {
    const next: Data = { ...data, members: data.members.map((m) => ({ ...m, values: { [METRIC]: Math.round(Math.random() * 600_000) } })) };
    const t0 = performance.now();
    el.data = next;
    await el.updateComplete;
    updates.push(performance.now() - t0);
    await afterPaint();
  }
  report({ draw, update: updates });
} else {
  const maps: MapElement[] = [];
  for (let i = 0; i < 100; i++) {
    const el = createMap('/data/cinvu.json', 320);
    el.className = 'thumb';
    root.append(el);
    maps.push(el);
  }
  for (const el of maps) await drawn(el);
  await afterPaint();
  report({ draw: performance.now() });
}
