/**
 * A reveal.js deck printed (?print-pdf): reveal lays every slide on a page of its own (`.pdf-page`), one copy of a
 * slide per fragment shown, centred on the height the slide had then, and sends `pdf-ready`. Built here as reveal
 * builds it, without reveal: connectReveal() only listens to the deck's events and watches its widgets.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { connectReveal } from '../../src/presenter/reveal.js';
import type { NetreachMap } from '../../src/map/map.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { waitUntil } from '../helpers/wait.js';

describe('a reveal.js deck printed', () => {
  it('steps each page’s map to the fragments shown on that page, on pdf-ready', async () => {
    const deck = await fixture<HTMLDivElement>(html`<div class="reveal center">
      ${[0, 1, 2].map(
        (shown) => html`<div class="pdf-page"><section>
          <netreach-map step="0" .data=${CINVU}></netreach-map>
          ${[1, 2].map((step) => html`<span class="fragment" data-shown=${step <= shown} data-netreach-step=${step}></span>`)}
        </section></div>`,
      )}
    </div>`);
    const disconnect = connectReveal(deck);
    try {
      const maps = [...deck.querySelectorAll<NetreachMap>('netreach-map')];
      // Reveal lays the pages out after the deck is connected, each copy with its fragments shown so far.
      for (const fragment of deck.querySelectorAll('[data-shown="true"]')) fragment.classList.add('visible');
      expect(maps.map((map) => map.step)).to.deep.equal([0, 0, 0]);
      deck.dispatchEvent(new Event('pdf-ready', { bubbles: true }));
      expect(maps.map((map) => map.step)).to.deep.equal([0, 1, 2]);
    } finally {
      disconnect();
    }
  });

  it('keeps a map given a height, its legend and its sources on its page', async () => {
    // 1280 px wide, a map was as tall as its width made it (some 880 px), whatever height it was given: its sources
    // ran past the 720 px page, which clips them.
    await emulateMedia({ media: 'print' });
    try {
      const deck = await fixture<HTMLDivElement>(html`<div class="reveal center">
        <div class="pdf-page" style="position: relative; height: 720px; width: 1280px; overflow: hidden">
          <section style="width: 1280px"><h3>Members</h3><netreach-map presenter style="height: 560px" .data=${CINVU}></netreach-map></section>
        </div>
      </div>`);
      const map = deck.querySelector<NetreachMap>('netreach-map')!;
      await waitUntil(() => map.state === 'ready' && map.shadowRoot!.querySelector('.member'), 'the map never drew');
      await map.updateComplete;
      const page = deck.querySelector('.pdf-page')!.getBoundingClientRect();
      const off = ['chart', 'legend', 'source'].filter((name) => {
        const rect = map.shadowRoot!.querySelector(`[part~="${name}"]`)!.getBoundingClientRect();
        return rect.top < page.top - 1 || rect.bottom > page.bottom + 1;
      });
      expect(off.join(' ')).to.equal('');
      expect(map.getBoundingClientRect().height).to.equal(560);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('centres a slide again on its page once a widget on it has drawn', async () => {
    const deck = await fixture<HTMLDivElement>(html`<div class="reveal center">
      <div class="pdf-page" style="position: relative; height: 747px; width: 1280px; overflow: hidden">
        <section style="position: absolute; top: 300px; width: 1280px"><h3>Members</h3></section>
      </div>
    </div>`);
    const disconnect = connectReveal(deck);
    try {
      const slide = deck.querySelector<HTMLElement>('section')!;
      // Centred by reveal on the title alone, as before a widget drew: the widget then runs past the page's foot.
      const map = document.createElement('netreach-map') as NetreachMap;
      map.data = CINVU;
      map.style.width = '1100px';
      slide.append(map);
      await waitUntil(() => map.state === 'ready', 'the map never drew');
      await waitUntil(() => slide.style.top !== '300px', 'the slide was not centred again');
      const page = slide.parentElement!;
      expect(parseFloat(slide.style.top)).to.be.closeTo(Math.max((page.offsetHeight - slide.scrollHeight) / 2, 0), 1);
      expect(slide.getBoundingClientRect().bottom).to.be.at.most(page.getBoundingClientRect().bottom + 1);
    } finally {
      disconnect();
    }
  });
});
