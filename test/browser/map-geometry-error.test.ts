import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachMap } from '../../src/map/map.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { waitUntil } from '../helpers/wait.js';

// A page of its own: a browser remembers a failed module load for the rest of the page.

describe('<netreach-map> without its geometry', () => {
  before(() => executeServerCommand('block-urls', { urls: ['*/world-geo*'] }));
  after(() => executeServerCommand('block-urls', { urls: [] }));

  it('shows a localized alert and fires netreach-error with code "geometry"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('netreach-map') as NetreachMap;
    el.data = EXAMPLE_NETWORK;
    const failed = oneEvent(el, 'netreach-error');
    wrapper.append(el);
    const { detail } = await failed;
    expect(detail).to.deep.equal({ code: 'geometry', message: 'Could not load the world map' });
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('Could not load the world map');
    expect(el.shadowRoot!.querySelector('svg[part="chart"]')).to.equal(null);

    el.lang = 'fa';
    // The Persian strings load on demand.
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]')?.textContent === 'نقشهٔ جهان بارگذاری نشد', 'no Persian alert');
  });
});
