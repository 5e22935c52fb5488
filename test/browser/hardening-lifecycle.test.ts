/**
 * Hardening, long sessions: connect/disconnect/move churn leaks no observers, listeners or widgets (removed ones
 * are garbage-collected), only the latest `src`
 * is ever painted whatever order responses arrive in, rapid attribute changes settle on the last value, and a
 * widget removed mid-fetch stays quiet and lets the request go.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { observedCounts } from '../../src/base/shared-observers.js';
import { clearDatasetCache } from '../../src/core/load.js';
import { exampleDataset, nextFrame, settle, watchPage } from '../helpers/hardening.js';
import { heldUrl, release, requested } from '../helpers/held.js';
import { frames, waitUntil } from '../helpers/wait.js';

/** Counts listeners added to and removed from `window` and `document` until `stop()`. */
function countListeners() {
  let net = 0;
  const targets = [window, document] as EventTarget[];
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const added = new Set<unknown>();
  EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (targets.includes(this) && listener && !added.has(listener)) {
      added.add(listener);
      net += 1;
    }
    return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
    if (targets.includes(this) && added.delete(listener)) net -= 1;
    return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
  };
  return {
    get net() {
      return net;
    },
    stop() {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    },
  };
}

/**
 * Waits until every widget in `refs` has been garbage-collected: nothing the page keeps (shared observers,
 * listeners, caches) holds on to a removed widget. One that is still held at the end of a running timer (the
 * entrance's, 2.5 s) is collected once it fires; a leaked one never is, and the wait fails.
 */
async function collected(refs: readonly WeakRef<Element>[]): Promise<void> {
  const gc = (window as { gc?: (options: { type: 'major'; execution: 'async' }) => Promise<void> }).gc;
  expect(gc, 'window.gc: Chromium must run with --js-flags=--expose-gc (web-test-runner.config.mjs)').to.be.a('function');
  // Each check is a task of its own: a WeakRef read keeps its target alive until the end of the current one.
  await waitUntil(
    async () => {
      // A full collection as a task of its own, with no stack to scan: precise. A synchronous gc() also scans the
      // native stack conservatively, where a stale word can keep a removed widget alive (a leak that is not one,
      // seen now and then under load).
      await gc!({ type: 'major', execution: 'async' });
      return refs.every((ref) => ref.deref() === undefined);
    },
    () => `removed widgets still reachable: ${refs.map((ref) => ref.deref()?.localName ?? '').join(' ')}`,
  );
}

describe('hardening: lifecycle', () => {
  it('connect, disconnect and move 1,000 times: no leaked observers, listeners or widgets', async () => {
    const page = watchPage();
    const listeners = countListeners();
    const data = await exampleDataset();
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    a.style.width = b.style.width = '480px';
    document.body.append(a, b);
    const before = observedCounts();
    /** The churn, in a function of its own: once it returns, the test holds the widgets only weakly. */
    const churn = async (): Promise<WeakRef<Element>[]> => {
      const widgets = ['netreach-stat', 'netreach-bars', 'netreach-map', 'netreach-regions', 'netreach-trend', 'netreach-table'].map(
        (tag) => {
          const el = document.createElement(tag) as NetreachElement;
          el.data = data;
          return el;
        },
      );
      a.append(...widgets);
      for (const el of widgets) await settle(el);
      for (let round = 0; round < 1000; round += 1) {
        const el = widgets[round % widgets.length]!;
        if (round % 3 === 0) el.remove();
        else (round % 2 ? a : b).append(el);
        if (round % 100 === 99) {
          await nextFrame();
          expect(page.errors).to.deep.equal([]);
        }
      }
      a.append(...widgets);
      for (const el of widgets) await settle(el);
      for (const el of widgets) expect(el.state, el.localName).to.equal('ready');
      for (const el of widgets) el.remove();
      return widgets.map((el) => new WeakRef(el));
    };
    try {
      const refs = await churn();
      await nextFrame();
      expect(observedCounts()).to.deep.equal(before);
      expect(listeners.net, 'listeners left on window and document').to.equal(0);
      await collected(refs);
      expect(page.errors).to.deep.equal([]);
    } finally {
      listeners.stop();
      page.stop();
      a.remove();
      b.remove();
    }
  });

  it('src A → B → C with out-of-order responses: only C is ever painted', async () => {
    const page = watchPage();
    const container = document.createElement('div');
    container.style.width = '480px';
    document.body.append(container);
    const el = document.createElement('netreach-bars') as NetreachElement;
    const seen = new Set<string>();
    let watching = true;
    const record = () => {
      const name = el.currentDataset?.network.name;
      if (name) seen.add(name);
      const text = el.shadowRoot?.textContent ?? '';
      for (const each of ['Alpha', 'Bravo']) if (text.includes(`network ${each}`)) seen.add(`painted ${each}`);
      if (watching) requestAnimationFrame(record);
    };
    const observer = new MutationObserver(record);
    try {
      // Each request reaches the server before src changes again; the server answers C first, then B, then A.
      el.setAttribute('src', heldUrl('Alpha'));
      container.append(el);
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      record();
      await requested(heldUrl('Alpha'));
      el.setAttribute('src', heldUrl('Bravo'));
      await requested(heldUrl('Bravo'));
      el.setAttribute('src', heldUrl('Charlie'));
      await requested(heldUrl('Charlie'));
      await release(heldUrl('Charlie'));
      await waitUntil(() => el.state === 'ready', 'C never arrived');
      await release(heldUrl('Bravo'));
      await release(heldUrl('Alpha'));
      await frames(10); // room for a stale response to be painted, were it not dropped
      expect([...seen]).to.deep.equal(['network Charlie']);
      expect(el.currentDataset!.network.name).to.equal('network Charlie');
      expect(page.errors).to.deep.equal([]);
    } finally {
      watching = false;
      observer.disconnect();
      page.stop();
      container.remove();
    }
  });

  it('attributes changed in rapid succession settle on the last values', async () => {
    const page = watchPage();
    const container = document.createElement('div');
    container.style.width = '560px';
    document.body.append(container);
    const bars = document.createElement('netreach-bars') as NetreachElement & { metric: string };
    const map = document.createElement('netreach-map') as NetreachElement & { metric?: string };
    const data = await exampleDataset();
    bars.data = data;
    map.data = data;
    container.append(bars, map);
    try {
      await settle(bars);
      await settle(map);
      const metrics = ['universities', 'virtual-students', 'countries', 'dragons'];
      for (let round = 0; round < 300; round += 1) {
        bars.setAttribute('metric', metrics[round % metrics.length]!);
        bars.setAttribute('group-by', round % 2 ? 'country' : 'region');
        bars.setAttribute('sort', round % 3 ? 'name' : 'value');
        bars.setAttribute('theme', round % 2 ? 'dark' : 'light');
        bars.setAttribute('lang', ['en', 'fa', 'ar', 'fr'][round % 4]!);
        map.setAttribute('metric', metrics[round % metrics.length]!);
        map.setAttribute('projection', ['mercator', 'equal-earth', 'orthographic'][round % 3]!);
        map.setAttribute('highlight', round % 2 ? 'PAK TUR' : 'XXX <b>');
        if (round % 50 === 0) await nextFrame();
      }
      // Round 299: metric 'dragons' (unknown: an error), country, name, dark, fr, orthographic.
      await waitUntil(() => bars.state === 'error' && map.state === 'error', 'the last (unknown) metric did not win');
      bars.setAttribute('metric', 'universities');
      map.setAttribute('metric', 'universities');
      await waitUntil(() => bars.state === 'ready' && map.state === 'ready', 'did not recover');
      await settle(bars);
      await settle(map);
      const frame = bars.shadowRoot!.querySelector('.frame')!;
      expect(frame.getAttribute('lang')).to.equal('fr');
      expect(frame.getAttribute('dir')).to.equal('ltr');
      expect(bars.getAttribute('group-by')).to.equal('country');
      expect(map.getAttribute('projection')).to.equal('orthographic');
      expect(bars.shadowRoot!.querySelectorAll('rect.bar').length).to.be.greaterThan(5);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      container.remove();
    }
  });

  it('removed mid-fetch: no error, no late render, and the request is aborted when no one else needs it', async () => {
    clearDatasetCache();
    const page = watchPage();
    const signals = new Map<string, AbortSignal>();
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal) signals.set(String(input), init.signal);
      return realFetch(input, init);
    };
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const lonely = document.createElement('netreach-stat') as NetreachElement;
      lonely.setAttribute('src', heldUrl('lonely'));
      const [one, two] = [document.createElement('netreach-stat'), document.createElement('netreach-bars')] as NetreachElement[];
      one!.setAttribute('src', heldUrl('shared'));
      two!.setAttribute('src', heldUrl('shared'));
      const events: string[] = [];
      for (const el of [lonely, one!, two!]) el.addEventListener('netreach-error', (event) => events.push(event.detail.code));
      container.append(lonely, one!, two!);
      // Removed while their requests are at the server, which answers only afterwards.
      await requested(heldUrl('lonely'));
      await requested(heldUrl('shared'));
      lonely.remove();
      one!.remove();
      await release(heldUrl('shared'));
      await release(heldUrl('lonely'));
      await waitUntil(() => two!.state === 'ready', 'the remaining widget did not render');
      await frames(10); // room for a late render, were the lonely response not dropped
      const lonelySignal = [...signals].find(([url]) => url.includes('lonely'))?.[1];
      const sharedSignal = [...signals].find(([url]) => url.includes('shared'))?.[1];
      expect(lonelySignal?.aborted, 'the lonely request was not aborted').to.equal(true);
      expect(sharedSignal?.aborted, 'the shared request was aborted').to.equal(false);
      expect(lonely.currentDataset).to.equal(undefined);
      expect(one!.currentDataset).to.equal(undefined);
      expect(lonely.shadowRoot!.querySelector('[part="value"], [part="error"]')).to.equal(null);
      expect(events).to.deep.equal([]);
      expect(page.errors).to.deep.equal([]);
      // Back in the page, it loads again.
      container.append(lonely);
      await waitUntil(() => lonely.state === 'ready', 'did not load when reconnected');
    } finally {
      window.fetch = realFetch;
      page.stop();
      container.remove();
    }
  });
});
