/**
 * The interaction chunk (src/base/interaction.ts: the tooltips' lines and placement, where an arrow key moves focus) on
 * a built page: asked for after a widget's first draw, never before it, in English, Persian and Arabic; and a hover or
 * an arrow key that comes while it is on its way (held by the test server) is not lost: the tooltip shows, and focus
 * moves, once it is here (the widget's `updateComplete` waits for that).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { builtPage, drawnWidget, scripts } from '../helpers/built-page.js';
import { holdPath, release, requested } from '../helpers/held.js';
import { waitUntil } from '../helpers/wait.js';

const withData = (el: NetreachElement) => ((el as NetreachElement & { data: unknown }).data = structuredClone(EXAMPLE_NETWORK));

/** The chunk's path, as dist/netreach.js names it. */
const chunkPath = async () => `/dist/chunks/${/interaction-[\w-]+\.js/.exec(await (await fetch('/dist/netreach.js')).text())![0]}`;

describe('the interaction chunk on a built page', () => {
  it('is not in what every page loads up front', async () => {
    const bundle = await (await fetch('/dist/netreach.js')).text();
    // The tooltip's placement reads the items' value labels; the keys' moves wrap round a legend.
    expect(bundle.includes(' .value`'), 'the value labels the tooltip keeps clear of').to.equal(false);
    expect(bundle.includes('place:for'), 'the placement’s loop').to.equal(false);
    // Nor the charts' tooltip rules (the map's are in its chunk).
    expect(bundle.includes('--netreach-tooltip-background'), 'the tooltip’s rules').to.equal(false);
  });

  for (const lang of ['en', 'fa', 'ar']) {
    it(`${lang}: is asked for once, after the bars have drawn, not before`, async () => {
      const { frame, doc, win } = await builtPage(lang);
      try {
        let drewAt = Infinity;
        const el = await drawnWidget(doc, 'netreach-bars', (el) => {
          withData(el);
          el.addEventListener('netreach-ready', () => (drewAt = Math.min(drewAt, win.performance.now())));
        });
        expect(scripts(win)).to.not.include('interaction');
        const asked = () => win.performance.getEntriesByType('resource').filter((entry) => /\/dist\/chunks\/interaction-/.test(entry.name));
        await waitUntil(() => asked().length > 0, 'the interaction chunk was never asked for');
        expect(asked()).to.have.length(1);
        expect(asked()[0]!.startTime, 'asked for after the first draw').to.be.above(drewAt);
        expect(el.state).to.equal('ready');
      } finally {
        frame.remove();
      }
    });
  }

  /** Bars drawn on a built page while the interaction chunk is held on its way; `then` acts, then lets it come. */
  async function whileHeld(then: (el: NetreachElement, items: () => SVGGElement[], come: () => Promise<void>) => Promise<void>) {
    const path = await chunkPath();
    const held = await holdPath(path, `interaction-${crypto.randomUUID()}`);
    // The chunk requested, not taken from the cache where another test's page left it.
    await executeServerCommand('cache-disabled', { disabled: true });
    const { frame, doc } = await builtPage();
    try {
      const el = await drawnWidget(doc, 'netreach-bars', withData);
      await requested(path);
      const items = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg [data-item]')];
      expect(items().length, 'bars').to.be.above(2);
      await then(el, items, () => release(held));
    } finally {
      await release(held);
      frame.remove();
      await executeServerCommand('cache-disabled', { disabled: false });
    }
  }

  const tooltipOf = (el: NetreachElement) => el.shadowRoot!.querySelector('[part="tooltip"]')?.textContent ?? 'none';
  const id = (item: Element | null | undefined) => item?.getAttribute('data-item');

  it('a bar hovered before it came shows its tooltip once it is here', async () => {
    await whileHeld(async (el, items, come) => {
      const win = el.ownerDocument.defaultView! as Window & typeof globalThis;
      items()[2]!.dispatchEvent(new win.PointerEvent('pointerover', { bubbles: true, composed: true }));
      await new Promise((resolve) => win.setTimeout(resolve));
      expect(tooltipOf(el), 'no tooltip while its code is on its way').to.equal('none');
      await come();
      await el.updateComplete;
      expect((el as NetreachElement & { tooltip: { shown?: string } }).tooltip.shown).to.equal(id(items()[2]));
      expect(tooltipOf(el), 'the hovered bar’s tooltip').to.not.equal('none');
      // Styled by the rules that came with it: placed in the chart's box, at its own width.
      const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!;
      expect(win.getComputedStyle(tip).position).to.equal('absolute');
    });
  });

  it('arrow keys pressed before it came keep the page from scrolling, and move focus once it is here', async () => {
    await whileHeld(async (el, items, come) => {
      const win = el.ownerDocument.defaultView! as Window & typeof globalThis;
      items()[0]!.focus();
      const press = () => {
        const event = new win.KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true });
        el.shadowRoot!.activeElement!.dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect([press(), press()], 'consumed at once').to.deep.equal([true, true]);
      expect(id(el.shadowRoot!.activeElement), 'focus where it was while the code is on its way').to.equal(id(items()[0]));
      await come();
      await el.updateComplete;
      expect(id(el.shadowRoot!.activeElement), 'two bars on').to.equal(id(items()[2]));
      expect(tooltipOf(el), 'the focused bar’s tooltip').to.not.equal('none');
    });
  });

  it('in the classic script (inlined): an arrow key moves focus and the focused bar shows its tooltip', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '900px';
    frame.srcdoc = '<!doctype html><html lang="en"><script src="/dist/netreach.iife.js"></script><body></body></html>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow! as Window & typeof globalThis;
      await waitUntil(() => win.customElements.get('netreach-bars') !== undefined, 'the classic script never defined its widgets');
      const el = await drawnWidget(frame.contentDocument!, 'netreach-bars', withData);
      const items = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg [data-item]')];
      items()[0]!.focus();
      const event = new win.KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true });
      items()[0]!.dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(true);
      await el.updateComplete;
      expect(id(el.shadowRoot!.activeElement)).to.equal(id(items()[1]));
      expect((el as NetreachElement & { tooltip: { shown?: string } }).tooltip.shown).to.equal(id(items()[1]));
      expect(tooltipOf(el)).to.not.equal('none');
      expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part="tooltip"]')!).position).to.equal('absolute');
      expect(win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/dist/chunks/'))).to.have.length(0);
    } finally {
      frame.remove();
    }
  });
});
