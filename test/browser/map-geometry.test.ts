import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachMap } from '../../src/map/map.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { waitUntil } from '../helpers/wait.js';

// A page of its own, in which no map has loaded the geometry yet.
describe('<netreach-map> loading its geometry', () => {
  it('stays loading until data and geometry are both there, then becomes ready with its map box', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('netreach-map') as NetreachMap;
    el.data = EXAMPLE_NETWORK;
    const seen: { state: string; box: boolean; status?: string }[] = [];
    // Recorded as each state is reflected (after the render that reflects it): the first is the first render's,
    // before anything loaded. Not after `updateComplete`, which waits for the map's code, by which time the
    // geometry may have come too.
    const observer = new MutationObserver(() => {
      const status = el.shadowRoot?.querySelector('[part="status"]')?.textContent ?? undefined;
      seen.push({ state: el.state, box: Boolean(el.shadowRoot?.querySelector('[part="map"]')), ...(status ? { status } : {}) });
    });
    observer.observe(el, { attributes: true, attributeFilter: ['state'] });
    wrapper.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('svg[part="chart"] .member'), 'the map never drew');
    observer.disconnect();
    // The data is there at once (`.data`), the geometry is not: the map says it is loading (with "Loading…" once
    // LOADING_DELAY has passed, if the geometry is still on its way then). No "ready" without a map to show: the
    // first ready render has the map's box. (Its frame may be there while it still says `loading`: when the geometry
    // comes within the delay, the first render is the frame's, before the first measurement, and Lit reflects
    // `state="loading"` again as it renders.)
    const loading = seen.slice(0, -1).map((entry) => JSON.stringify(entry));
    expect(loading.length, 'states before ready').to.be.above(0);
    for (const entry of loading)
      expect(entry).to.be.oneOf(
        [
          { state: 'loading', box: false },
          { state: 'loading', box: false, status: 'Loading…' },
          { state: 'loading', box: true },
        ].map((x) => JSON.stringify(x)),
      );
    expect(seen.at(-1)).to.deep.equal({ state: 'ready', box: true });
  });
});
