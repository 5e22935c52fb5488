// The same maps as bare-map.ts, drawn by <netreach-map> from the built bundle (dist/netreach.js, geometry in its
// lazy chunk), which the HTML loads with a <script type="module"> of its own. See bare-map.ts for the modes.
import { afterPaint, drawnAt, report, whenDrawn } from './common.js';
import { load, METRIC, MODE, timeUpdates } from './map-data.js';

interface MapElement extends HTMLElement {
  data?: unknown;
  updateComplete: Promise<boolean>;
}

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

const root = document.getElementById('root')!;
const defined = customElements.whenDefined('netreach-map');
const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('the bundle did not register <netreach-map>')), 10_000));
await Promise.race([defined, timeout]);
if (MODE === 'single') {
  const el = createMap('/data/example-network.json', 800, METRIC);
  root.append(el);
  await drawn(el);
  await afterPaint();
  const draw = await drawnAt();
  const data = await load('/data/example-network.json');
  const update = await timeUpdates(data, (next) => {
    el.data = next;
    return el.updateComplete;
  });
  report({ draw, update });
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
  report({ draw: await drawnAt() });
}
