/**
 * Hardening, long sessions: connect/disconnect/move churn leaks no observers or listeners, only the latest `src`
 * is ever painted whatever order responses arrive in, rapid attribute changes settle on the last value, and a
 * widget removed mid-fetch stays quiet and lets the request go.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { observedCounts } from '../../src/base/shared-observers.js';
import { clearDatasetCache } from '../../src/core/load.js';
import { exampleDataset, nextFrame, settle, watchPage } from '../helpers/hardening.js';

interface MemoryPerformance extends Performance {
  memory?: { usedJSHeapSize: number };
}

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

async function heap(): Promise<number | undefined> {
  const gc = (window as { gc?: () => void }).gc;
  if (gc) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
  }
  return (performance as MemoryPerformance).memory?.usedJSHeapSize;
}

describe('hardening: lifecycle', function () {
  this.timeout(60_000);

  it('connect, disconnect and move 1,000 times: no leaked observers or listeners, bounded heap', async () => {
    const page = watchPage();
    const listeners = countListeners();
    const data = await exampleDataset();
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    a.style.width = b.style.width = '480px';
    document.body.append(a, b);
    const before = observedCounts();
    const widgets = ['netreach-stat', 'netreach-bars', 'netreach-map', 'netreach-regions', 'netreach-trend', 'netreach-table'].map(
      (tag) => {
        const el = document.createElement(tag) as NetreachElement;
        el.data = data;
        return el;
      },
    );
    try {
      // Warm up (the map's geometry, the language), then measure.
      a.append(...widgets);
      for (const el of widgets) await settle(el);
      const heapBefore = await heap();
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
      await nextFrame();
      expect(observedCounts()).to.deep.equal(before);
      expect(listeners.net, 'listeners left on window and document').to.equal(0);
      const heapAfter = await heap();
      if (heapBefore !== undefined && heapAfter !== undefined) {
        // Without --expose-gc the figure is noisy; with it, growth must stay small.
        const limit = (window as { gc?: unknown }).gc ? 3e6 : 30e6;
        expect(heapAfter - heapBefore, 'heap growth (bytes)').to.be.below(limit);
      }
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
      el.setAttribute('src', '/mock/delayed?ms=700&name=network%20Alpha&id=abc-a');
      container.append(el);
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      record();
      await new Promise((resolve) => setTimeout(resolve, 30));
      el.setAttribute('src', '/mock/delayed?ms=400&name=network%20Bravo&id=abc-b');
      await new Promise((resolve) => setTimeout(resolve, 30));
      el.setAttribute('src', '/mock/delayed?ms=50&name=network%20Charlie&id=abc-c');
      await waitUntil(() => el.state === 'ready', 'C never arrived');
      await new Promise((resolve) => setTimeout(resolve, 900));
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
      lonely.setAttribute('src', '/mock/delayed?ms=500&name=late&id=lonely');
      const [one, two] = [document.createElement('netreach-stat'), document.createElement('netreach-bars')] as NetreachElement[];
      one!.setAttribute('src', '/mock/delayed?ms=500&name=shared&id=shared');
      two!.setAttribute('src', '/mock/delayed?ms=500&name=shared&id=shared');
      const events: string[] = [];
      for (const el of [lonely, one!, two!]) el.addEventListener('netreach-error', (event) => events.push(event.detail.code));
      container.append(lonely, one!, two!);
      await new Promise((resolve) => setTimeout(resolve, 80));
      lonely.remove();
      one!.remove();
      await waitUntil(() => two!.state === 'ready', 'the remaining widget did not render');
      await new Promise((resolve) => setTimeout(resolve, 600));
      const lonelySignal = [...signals].find(([url]) => url.includes('id=lonely'))?.[1];
      const sharedSignal = [...signals].find(([url]) => url.includes('id=shared'))?.[1];
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
