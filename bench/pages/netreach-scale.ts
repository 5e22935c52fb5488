// The scale scenarios drawn by netreach from the built bundle (see bare-scale.ts for the modes and what each
// reports). ?mode=widgets: 200 widgets sharing one `src`; ?mode=table: <netreach-table of="universities"> given
// the 20,000-university dataset as `.data`; ?mode=validate: the bundle's parseDataset (JSON.parse and validation;
// dist/netreach.js gives it through loadValidator(), loaded before anything is timed). The HTML loads the bundle
// with a <script type="module"> of its own, as a page embeds it; the import() below is the same module.
import { afterPaint, drawnAt, report, whenDrawn } from './common.js';
import { hugeDataset, KINDS, NARROWER, params, root, runMode, SETTLE_MS, sleep, WIDGETS, type Kind } from './scale-common.js';

interface Widget extends HTMLElement {
  data?: unknown;
}
/** A Lit element's update, which the page wraps to hear of a render. */
interface Updating {
  update(changed: unknown): void;
}

const BUNDLE = params.get('bundle') ?? '/dist/netreach.js';
const library = (await import(BUNDLE)) as { loadValidator(): Promise<{ parseDataset(text: string): unknown }> };
const { parseDataset } = await library.loadValidator();

/** What each kind shows once drawn. */
const DRAWN: Record<Kind, string> = {
  stat: '[part="value"]',
  map: 'svg[part="chart"] .member',
  bars: 'svg[part="chart"] .row',
  regions: 'svg[part="chart"]',
  trend: 'svg[part="chart"]',
};

/** Resolves once each of `widgets` has rendered again (a Lit update), then the frame is painted. */
function renderedAgain(widgets: Widget[]): Promise<void> {
  return Promise.all(
    widgets.map(
      (el) =>
        new Promise<void>((resolve) => {
          const host = el as unknown as Updating;
          host.update = function (this: Updating, changed: unknown) {
            delete (host as Partial<Updating>).update;
            this.update(changed);
            resolve();
          };
        }),
    ),
  ).then(afterPaint);
}

async function widgets(): Promise<void> {
  const els = Array.from({ length: WIDGETS }, (_, index) => {
    const kind = KINDS[index % KINDS.length]!;
    const el = document.createElement(`netreach-${kind}`) as Widget;
    el.dataset.kind = kind;
    el.setAttribute('controls', 'none');
    if (kind === 'stat') el.setAttribute('metric', 'virtual-students');
    // As a page embeds them: each widget names the dataset; the page fetches it once.
    el.setAttribute('src', '/data/cinvu.json');
    return el;
  });
  root.append(...els);
  await Promise.all(els.map((el) => whenDrawn(el, (shadow) => Boolean(shadow.querySelector(DRAWN[el.dataset.kind as Kind])))));
  await afterPaint();
  const drawAll = await drawnAt();
  await sleep(SETTLE_MS);
  const redrawn = renderedAgain(els.filter((el) => el.dataset.kind !== 'stat'));
  const started = performance.now();
  root.style.width = `${NARROWER}px`;
  await redrawn;
  report({ draw: drawAll, resize: performance.now() - started });
}

async function table(): Promise<void> {
  const el = document.createElement('netreach-table') as Widget;
  el.setAttribute('of', 'universities');
  el.setAttribute('controls', 'none');
  el.data = hugeDataset();
  root.append(el);
  await whenDrawn(el, (shadow) => shadow.querySelectorAll('tbody tr').length >= 2000);
  await afterPaint();
  const drawAll = await drawnAt();
  await sleep(SETTLE_MS);
  const redrawn = renderedAgain([el]);
  const started = performance.now();
  root.style.width = `${NARROWER}px`;
  await redrawn;
  report({ draw: drawAll, resize: performance.now() - started });
}

await runMode({ widgets, table, parse: (text) => parseDataset(text) });
