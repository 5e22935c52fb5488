// The same 57-bar chart as bare-bars.ts, drawn by <netreach-bars> from the built bundle (dist/netreach.js), which
// the HTML loads with a <script type="module"> of its own, as the map's page does. The page's own data, as `.data`.
import { BARS_METRIC, withValues, type BenchData } from './bench-bars-data.js';
import { afterPaint, drawnAt, report, whenDrawn } from './common.js';

interface BarsElement extends HTMLElement {
  data?: unknown;
  updateComplete: Promise<boolean>;
}

const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('the bundle did not register <netreach-bars>')), 10_000));
const [, response] = await Promise.all([Promise.race([customElements.whenDefined('netreach-bars'), timeout]), fetch('/data/cinvu.json')]);
const data = withValues((await response.json()) as BenchData);
const el = document.createElement('netreach-bars') as BarsElement;
el.setAttribute('metric', BARS_METRIC);
el.setAttribute('group-by', 'country');
el.setAttribute('limit', '0');
el.setAttribute('controls', 'none');
el.style.width = '800px';
el.data = data;
document.getElementById('root')!.append(el);
await whenDrawn(el, (root) => root.querySelectorAll('svg[part="chart"] .row').length >= 57);
await afterPaint();
report({ draw: await drawnAt() });
