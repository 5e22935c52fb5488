// "No layout shift when a map loads", measured as browsers measure it: the Layout Instability API's `layout-shift`
// entries (what Cumulative Layout Shift adds up) for a page with text above and below a map, from the moment the
// map is put on the page until it has drawn. Any shift of the text below, or of the map, fails.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { loadCatalog, msg } from '../../src/core/i18n.js';
import type { NetreachMap } from '../../src/map/map.js';
import { heldUrl, release, requested } from '../helpers/held.js';
import { frames, waitUntil } from '../helpers/wait.js';
import { holdLoadingDelay } from '../helpers/work.js';

/** The Layout Instability API's entry (not in TypeScript's DOM types yet). */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node?: Node | null }[];
}

const unique = () => Math.random().toString(36).slice(2);

/**
 * Puts `map` between two paragraphs in a `width` px column and records the layout shifts of that column until
 * `loaded()` has resolved and the map has drawn. Returns the shifts with the nodes that moved.
 */
async function shiftsWhileLoading(map: (key: string) => unknown, width: number, loaded: (key: string) => Promise<void>) {
  const key = unique();
  const entries: LayoutShift[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as LayoutShift[])));
  observer.observe({ type: 'layout-shift' });
  const column = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font: 16px/1.5 sans-serif">
    <p>Text above the map: a page's paragraph, which nothing should move.</p>
    ${map(key)}
    <p class="below">Text below the map: it should be where it will stay from the first frame on.</p>
  </div>`);
  const el = column.querySelector<NetreachMap>('netreach-map')!;
  await frames(3); // the loading state painted
  await loaded(key);
  await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('path.member'), 'the map never drew');
  await el.updateComplete;
  await frames(5);
  entries.push(...(observer.takeRecords() as LayoutShift[]));
  observer.disconnect();
  const ours = entries.filter(
    (entry) =>
      !entry.hadRecentInput && entry.sources.some((source) => source.node && (column.contains(source.node) || source.node === column)),
  );
  column.remove();
  return ours.map((entry) => ({
    value: entry.value,
    moved: entry.sources.map((source) => source.node?.nodeName).join(', '),
  }));
}

describe('layout shift while a map loads (Layout Instability API)', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('the browser reports layout shifts here (the measurement works)', async () => {
    expect(PerformanceObserver.supportedEntryTypes).to.include('layout-shift');
    // A paragraph that grows under the same text above and below does shift it: the observer sees it.
    const entries: LayoutShift[] = [];
    const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as LayoutShift[])));
    observer.observe({ type: 'layout-shift' });
    const column = await fixture<HTMLDivElement>(html`<div><p>Above</p><div class="grow"></div><p>Below</p></div>`);
    await frames(3);
    column.querySelector<HTMLElement>('.grow')!.style.height = '200px';
    await frames(5);
    entries.push(...(observer.takeRecords() as LayoutShift[]));
    observer.disconnect();
    expect(entries.some((entry) => entry.value > 0)).to.equal(true);
  });

  // First, while the page has no world geometry yet: the bundled data comes at once, the geometry later.
  it('moves nothing while the world geometry loads (the first map of the page)', async () => {
    const shifts = await shiftsWhileLoading(
      () => html`<netreach-map></netreach-map>`,
      1000,
      () => Promise.resolve(),
    );
    expect(shifts).to.deep.equal([]);
  });

  for (const [projection, lang, width] of [
    ['equal-earth', 'en', 1000],
    ['equal-earth', 'fa', 1000],
    ['natural-earth', 'en', 1000],
    ['mercator', 'en', 1000],
    ['orthographic', 'en', 1000],
    // Narrower, where the source line wraps beside the table button and the note takes a line of its own.
    ['equal-earth', 'en', 600],
  ] as const) {
    it(`moves nothing when the data arrives after the map is shown (${projection}, ${lang}, ${width} px)`, async () => {
      // The dataset is held by the test server until released: the map is seen "Loading…" first, for sure.
      const shifts = await shiftsWhileLoading(
        (key) => html`<netreach-map lang=${lang} projection=${projection} src="/mock/held?dataset=cinvu&key=${key}"></netreach-map>`,
        width,
        async (key) => {
          await fetch(`/mock/release?key=${key}`);
        },
      );
      expect(shifts).to.deep.equal([]);
    });
  }
});

// Before it says "Loading…" (LOADING_DELAY: NetreachElement's shouldUpdate()) a widget renders nothing; its host holds
// the box that line takes, so that text below it moves once (when it draws) rather than twice on a slow network.
describe('the box a widget holds before it says "Loading…"', () => {
  for (const name of ['bars', 'regions', 'trend', 'table', 'stat', 'dashboard', 'map']) {
    for (const lang of ['en', 'ur']) {
      it(`${name} (${lang}): as tall before "Loading…" as with it`, async () => {
        await loadCatalog(lang);
        const box = document.createElement('div');
        box.style.cssText = 'width: 400px; font: 16px/1.5 sans-serif';
        const el = document.createElement(`netreach-${name}`) as NetreachElement;
        const url = heldUrl(`box-${name}-${lang}`);
        el.setAttribute('lang', lang);
        el.setAttribute('src', url);
        const timers = holdLoadingDelay();
        box.append(el);
        document.body.append(box);
        const status = () => el.shadowRoot!.querySelector('[part="status"]')?.textContent ?? '';
        try {
          await requested(url);
          await el.updateComplete;
          await frames(1);
          // Within the moment: `loading`, nothing rendered in the shadow root.
          expect(`${el.getAttribute('state')} ${el.shadowRoot!.childElementCount} ${timers.held}`).to.equal('loading 0 1');
          const before = el.getBoundingClientRect().height;
          timers.fire();
          await waitUntil(() => status() === msg(lang, 'loading'), `status: ${status()}`);
          await frames(1);
          const after = el.getBoundingClientRect().height;
          expect(after, 'the status line has a height').to.be.greaterThan(10);
          expect(Math.abs(before - after) < 0.1, `${before} px before "Loading…", ${after} px with it`).to.equal(true);
        } finally {
          timers.restore();
          await release(url);
          box.remove();
        }
      });
    }
  }
});
