/**
 * `netreach-ready` and `whenReady()`: the event each time `state` turns `ready` (bubbling and composed, after the
 * attribute and the drawing are in place: a map's members, a trend's sized box, a table's fitted scroll box), the promise that waits for it (through a new `src`, a hidden widget's
 * first showing, an error in the widget's language), a dashboard's own event, and `toSVG()` asked for while loading.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { validateDataset } from '../../src/core/validate.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { downloadedNames } from '../helpers/downloads.js';
import { heldUrl, release } from '../helpers/held.js';
import { frames, waitUntil } from '../helpers/wait.js';

let made: HTMLElement[] = [];
afterEach(() => {
  made.forEach((each) => each.remove());
  made = [];
});

/** A 640 px wide box on the page (`style` added), removed after the test. */
function box(style = ''): HTMLDivElement {
  const container = document.createElement('div');
  container.style.cssText = `width: 640px; ${style}`;
  document.body.append(container);
  made.push(container);
  return container;
}

/**
 * What `on` hears of `netreach-ready`, one line per event: the element first dispatched on, whether the event
 * bubbles and is composed, and the widget's `state` attribute and number of bars as the listener sees them.
 */
function hear(on: EventTarget): string[] {
  const heard: string[] = [];
  on.addEventListener('netreach-ready', (event) => {
    const first = event.composedPath()[0] as NetreachElement;
    const bars = first.shadowRoot?.querySelectorAll('.row .bar').length ?? 0;
    heard.push(`${first.localName} bubbles=${event.bubbles} composed=${event.composed} ${first.getAttribute('state')} bars=${bars > 0}`);
  });
  return heard;
}

/** A `tag` element with `attributes`, and `data` if given. */
function widget(tag: string, attributes: Record<string, string>, data?: unknown): NetreachElement {
  const el = document.createElement(tag) as NetreachElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (data) el.data = data;
  return el;
}

/** Whether `promise` has settled after a few frames. */
async function settledSoon(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await frames(3);
  return settled;
}

const drawn = 'netreach-bars bubbles=true composed=true ready bars=true';

describe('netreach-ready and whenReady()', () => {
  it('fires once per turn to ready, heard across a shadow root; not on a value update; again after a new src', async () => {
    const wrapper = box();
    const heard = hear(wrapper);
    const root = wrapper.attachShadow({ mode: 'open' });
    const first = heldUrl('ready-first');
    const el = widget('netreach-bars', { src: first });
    root.append(el);
    const waiting = el.whenReady();
    expect(await settledSoon(waiting), 'whenReady while the data is on its way').to.equal(false);
    expect([el.state, heard.length]).to.deep.equal(['loading', 0]);
    await release(first);
    await waiting;
    expect([el.state, ...heard]).to.deep.equal(['ready', drawn]);
    await el.whenReady(); // at once: ready already

    el.setAttribute('limit', '2');
    await el.updateComplete;
    expect([el.state, heard.length]).to.deep.equal(['ready', 1]);

    const second = heldUrl('ready-second');
    el.setAttribute('src', second);
    const next = el.whenReady();
    expect(await settledSoon(next), 'whenReady while the new src is on its way').to.equal(false);
    expect([el.state, heard.length]).to.deep.equal(['loading', 1]);
    await release(second);
    await next;
    expect([el.currentDataset?.network.name, ...heard]).to.deep.equal(['network ready-second', drawn, drawn]);
  });

  it("a map's, a trend's and a table's listeners see the drawing: every member, the chart's box sized, the scroll box fitted", async () => {
    const wrapper = box();
    const seen: string[] = [];
    wrapper.addEventListener('netreach-ready', (event) => {
      const first = event.composedPath()[0] as NetreachElement;
      const root = first.shadowRoot!;
      if (first.localName === 'netreach-map') seen.push(`map members=${root.querySelectorAll('[role="option"][data-item]').length}`);
      else if (first.localName === 'netreach-trend')
        seen.push(`trend sized=${Boolean(root.querySelector<HTMLElement>('.chart')?.style.flexBasis)}`);
      else seen.push(`table fitted=${Boolean(root.querySelector<HTMLElement>('[part="scroll"]')?.style.getPropertyValue('--_head'))}`);
    });
    const data = validateDataset(CINVU);
    const shown = ['netreach-map', 'netreach-trend', 'netreach-table'].map((tag) => widget(tag, {}, data));
    wrapper.append(...shown);
    await Promise.all(shown.map((each) => each.whenReady()));
    expect(seen.sort()).to.deep.equal(['map members=57', 'table fitted=true', 'trend sized=true']);
  });

  it('a hidden widget: whenReady waits until it is shown and drawn', async () => {
    const hidden = box('display: none');
    const heard = hear(hidden);
    const el = widget('netreach-bars', {}, validateDataset(CINVU));
    hidden.append(el);
    const waiting = el.whenReady();
    expect(await settledSoon(waiting), 'whenReady while hidden').to.equal(false);
    expect([el.state, heard.length]).to.deep.equal(['loading', 0]);
    hidden.style.display = 'block';
    await waiting;
    expect([el.state, ...heard]).to.deep.equal(['ready', drawn]);
  });

  it("rejects on an error with the error box's words, in the widget's language, and the netreach-error code", async () => {
    const wrapper = box();
    const heard = hear(wrapper);
    const el = widget('netreach-stat', { lang: 'fa', src: '/mock/status?code=404' });
    const told: string[] = [];
    wrapper.append(el);
    el.addEventListener('netreach-error', (event) => told.push(event.detail.code, event.detail.message));
    const error = (await el.whenReady().catch((caught: unknown) => caught)) as Error & { code?: string };
    const said = el.shadowRoot!.querySelector('[part="error"]')?.textContent ?? '';
    expect(said, 'the box in Persian').to.match(/[\u0600-\u06ff]/);
    expect([el.state, error instanceof Error, error.code, error.message]).to.deep.equal(['error', true, 'http', said]);
    expect(told).to.deep.equal(['http', said]);
    expect(heard.length).to.equal(0);
  });

  it('resolves on empty (nothing to draw, as state says); toSVG() then says why it writes nothing', async () => {
    const el = widget('netreach-stat', {}, { version: 1, network: { id: 'x', name: 'X' }, regions: [], members: [], sources: [] });
    box().append(el);
    await el.whenReady();
    expect(el.state).to.equal('empty');
    const refused = await el.toSVG().catch((error: Error) => error.message);
    expect(refused).to.equal('netreach: nothing to export while the widget is empty');
  });

  it('toSVG() and toPNG() asked for while loading wait for the drawing', async () => {
    const url = heldUrl('ready-file');
    const el = widget('netreach-bars', { src: url });
    box().append(el);
    const svg = el.toSVG();
    const png = el.toPNG();
    expect(await settledSoon(svg), 'toSVG while loading').to.equal(false);
    expect(el.state).to.equal('loading');
    await release(url);
    const early = await svg;
    expect(el.state).to.equal('ready');
    expect(early.startsWith('<svg'), early.slice(0, 80)).to.equal(true);
    expect(early === (await el.toSVG()), 'the same file as asked for once ready').to.equal(true);
    expect((await png).type).to.equal('image/png');
  });

  it('downloadAs() asked for while loading waits for the drawing, then offers the file', async () => {
    const url = heldUrl('ready-download');
    const el = widget('netreach-bars', { src: url, metric: 'virtual-students' });
    box().append(el);
    const names = downloadedNames(async () => {
      const files = Promise.all([el.downloadAs('png'), el.downloadAs('csv')]);
      expect(await settledSoon(files), 'downloadAs while loading').to.equal(false);
      expect(el.state).to.equal('loading');
      await release(url);
      await files;
    });
    expect((await names).sort().join(' ')).to.equal('example-network-bars-virtual-students.csv example-network-bars-virtual-students.png');
  });

  it("a dashboard fires its own once every part is settled; its parts' stay inside it", async () => {
    const wrapper = box('width: 1200px');
    const heard = hear(wrapper);
    const el = widget('netreach-dashboard', {}, validateDataset(CINVU));
    wrapper.append(el);
    await el.whenReady();
    const parts = [...el.shadowRoot!.querySelectorAll<NetreachElement>('netreach-stat, netreach-map, netreach-bars, netreach-table')];
    expect(parts.length).to.be.above(3);
    expect(parts.filter((part) => part.state === 'loading').length, 'parts still loading').to.equal(0);
    await waitUntil(() => heard.length > 0, 'no netreach-ready');
    await frames(3);
    expect(heard).to.deep.equal(['netreach-dashboard bubbles=true composed=true ready bars=false']);
  });
});
