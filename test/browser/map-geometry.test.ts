import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachMap } from '../../src/map/map.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';

// A page of its own, in which no map has loaded the geometry yet.
describe('<netreach-map> loading its geometry', () => {
  it('holds its box at the map\'s shape while data and geometry load, and draws in the first ready update', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('netreach-map') as NetreachMap;
    el.data = EXAMPLE_NETWORK;
    const seen: { state: string; box: Element | null; map: boolean }[] = [];
    const observer = new MutationObserver(() => {
      const box = el.shadowRoot?.querySelector('[part="map"]') ?? null;
      seen.push({ state: el.state, box, map: Boolean(box?.querySelector('svg[part="chart"] .member')) });
    });
    observer.observe(el, { attributes: true, attributeFilter: ['state'] });
    wrapper.append(el);
    await el.updateComplete;
    // The data is there at once (`.data`), the geometry is not: the map says it is loading, in its box.
    expect(el.state).to.equal('loading');
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="map"]')!;
    expect(box.querySelector('[part="status"]')!.textContent).to.equal('Loading…');
    expect(box.getAttribute('aria-busy')).to.equal('true');
    const loadingHeight = box.getBoundingClientRect().height;
    expect(loadingHeight).to.be.within(600 / 2.4, 600 / 2.2);
    await waitUntil(() => box.querySelector('svg[part="chart"] .member'), 'the map never drew', { timeout: 5000 });
    observer.disconnect();
    // One box throughout; ready comes with the map drawn in it, and nothing moved.
    expect(seen.map(({ state, map }) => [state, map])).to.deep.equal([
      ['loading', false],
      ['ready', true],
    ]);
    expect(seen.every((entry) => entry.box === box)).to.equal(true);
    expect(box.getBoundingClientRect().height).to.equal(loadingHeight);
    expect(box.getAttribute('aria-busy')).to.equal('false');
  });
});
