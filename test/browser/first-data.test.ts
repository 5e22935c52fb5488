/**
 * A page's first data of its own (issue 12): given as `.data` before the validator's chunk is loaded, the widget
 * renders nothing until the chunk is here, then draws; it says `loading` meanwhile. Its own test file: the first test
 * of its page, before anything loads the validator's chunk.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/bars/define.js';
import '../../src/regions/define.js';
import '../../src/trend/define.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import type { NetreachBars } from '../../src/bars/bars.js';
import { validator } from '../../src/core/validate-loader.js';
// The validator's module already in the page (as its chunk on a fast network, at once): the widget's own lazy load
// of it is still its first, and comes before the next frame.
import '../../src/core/validate.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { builtPage } from '../helpers/built-page.js';
import { holdPath, release, requested } from '../helpers/held.js';
import { frames, waitUntil } from '../helpers/wait.js';

describe("a page's first data of its own", () => {
  it('is drawn without a "Loading…" render while the validator’s chunk loads', async () => {
    expect(validator()).to.equal(undefined);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('netreach-bars') as NetreachBars;
    (el as NetreachBars & { data: unknown }).data = structuredClone(EXAMPLE_NETWORK);
    let renders = 0;
    const own = el as unknown as { render: () => unknown };
    const render = own.render;
    own.render = function (this: unknown) {
      renders += 1;
      return render.call(this);
    };
    wrapper.append(el);
    // What the shadow root shows before the drawing: its states, in order.
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const status = el.shadowRoot!.querySelector('[part="status"]');
      if (status) shown.push(`status: ${status.textContent ?? ''}`);
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await Promise.resolve();
    const waiting = el.getAttribute('state');
    const rendered = el.shadowRoot!.childElementCount;
    await waitUntil(() => el.state === 'ready', `state never became ready (was ${el.state})`);
    expect(await el.updateComplete).to.equal(true);
    observer.disconnect();
    expect(waiting).to.equal('loading');
    expect(rendered, 'rendered before the validator was here').to.equal(0);
    expect(shown.join('; ')).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('svg[part="chart"] .row').length).to.equal(
      (EXAMPLE_NETWORK as { regions: unknown[] }).regions.length,
    );
    expect(validator()).to.not.equal(undefined);
    // Two renders (the data's, then the drawing at its first size), and none after: the "Loading…" of a chunk slow
    // to come is not asked for once the widget has drawn.
    await frames(3);
    expect(renders, 'renders').to.equal(2);
  });

  it('says "Loading…" when the validator’s chunk is slow to come (held back by the server), then draws', async () => {
    const chunk = `/dist/chunks/${/validate-[\w-]+\.js/.exec(await (await fetch('/dist/netreach.js')).text())![0]}`;
    const held = await holdPath(chunk, 'validator-chunk');
    // The chunk requested, not taken from the cache where another test file's page left it (CI runs them all).
    await executeServerCommand('cache-disabled', { disabled: true });
    const { frame, doc } = await builtPage();
    try {
      const el = doc.createElement('netreach-bars') as NetreachBars & { data: unknown };
      el.data = structuredClone(EXAMPLE_NETWORK);
      doc.body.append(el);
      await requested(chunk);
      const status = () => el.shadowRoot!.querySelector('[part="status"]')?.textContent ?? '';
      await waitUntil(
        () => status() === 'Loading…',
        () => `no "Loading…" while the chunk was held (said "${status()}")`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      await release(held);
      await waitUntil(() => el.state === 'ready', `state never became ready (was ${el.state})`);
      expect(el.shadowRoot!.querySelectorAll('svg[part="chart"] .row').length).to.equal(
        (EXAMPLE_NETWORK as { regions: unknown[] }).regions.length,
      );
    } finally {
      await release(held);
      frame.remove();
      await executeServerCommand('cache-disabled', { disabled: false });
    }
  });

  // A scene prepared before the first size (data first: `.data`, a dashboard's parts) reads the widget's font at its
  // first measurement, with that size; a read of the host's style in the render restyled the page each time.
  for (const tag of ['netreach-bars', 'netreach-regions', 'netreach-trend'] as const) {
    it(`<${tag}> given its data first reads no style of its own before its first size`, async () => {
      // The second widget: the chunks it needs are here, so its data is ready at its first render.
      const first = await drawnWithData(tag);
      let hostReads = 0;
      const original = window.getComputedStyle;
      window.getComputedStyle = (element: Element, pseudo?: string | null) => {
        if (element.localName === tag && element !== first) hostReads += 1;
        return original.call(window, element, pseudo);
      };
      try {
        await drawnWithData(tag);
      } finally {
        window.getComputedStyle = original;
      }
      expect(hostReads, `getComputedStyle(<${tag}>) calls before its drawing`).to.equal(0);
    });
  }
});

/** A `tag` given the example network as `.data`, in a 600 px box, once drawn. */
async function drawnWithData(tag: string): Promise<NetreachElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const el = document.createElement(tag) as NetreachElement & { data: unknown };
  el.data = structuredClone(EXAMPLE_NETWORK);
  wrapper.append(el);
  await waitUntil(() => el.state === 'ready', `<${tag}> never became ready (was ${el.state})`);
  expect(await el.updateComplete).to.equal(true);
  expect(el.shadowRoot!.querySelectorAll('svg[part="chart"]').length, `<${tag}>'s charts`).to.equal(1);
  return el;
}
