/**
 * When a widget gets its locale's formatters ready (issue 12): the first Intl object a page makes costs 10–20 ms,
 * which the widget spends while it waits for its data or code, not after it has drawn. Its own test file: the first
 * test of its page, before anything loads the validator's chunk.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import type { NetreachBars } from '../../src/bars/bars.js';
import { validator } from '../../src/core/validate-loader.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { waitUntil } from '../helpers/wait.js';

describe('getting the locale ready', () => {
  it('prepares the formatters while the validator’s chunk loads for the page’s own data, not after the drawing', async () => {
    // Data of the page's own waits for the validator's chunk, which nothing on this page has loaded yet.
    expect(validator()).to.equal(undefined);
    const Native = Intl.ListFormat;
    let el: NetreachBars | undefined;
    // The widget's state each time a list format is made for its language (Turkish: made by nothing else here;
    // English is written without Intl, and a language netreach has no words in is drawn wholly in English).
    const states: string[] = [];
    const Counting = function (...args: ConstructorParameters<typeof Intl.ListFormat>) {
      if (String(args[0]).startsWith('tr')) states.push(el?.getAttribute('state') ?? 'not connected');
      return new Native(...args);
    } as unknown as typeof Intl.ListFormat;
    Counting.supportedLocalesOf = Native.supportedLocalesOf;
    const intl = Intl as { ListFormat: typeof Intl.ListFormat };
    intl.ListFormat = Counting;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      el = document.createElement('netreach-bars') as NetreachBars;
      el.lang = 'tr';
      (el as NetreachBars & { data: unknown }).data = structuredClone(EXAMPLE_NETWORK);
      wrapper.append(el);
      await waitUntil(() => el!.state === 'ready', `state never became ready (was ${el.state})`);
      await el.updateComplete;
      // Made once, in the render that said "loading" while the chunk was on its way.
      expect(states[0]).to.equal('loading');
    } finally {
      intl.ListFormat = Native;
    }
  });
});
