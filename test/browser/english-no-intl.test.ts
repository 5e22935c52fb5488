/**
 * An English page draws without making an Intl object (issue 12): the page's first one costs the browser 11–16 ms of
 * main-thread work, a fifth of a map's first draw, and `src/core/english.ts` writes English as Intl would. Its own
 * test file, so that nothing else on the page has made formatters for the widgets to reuse.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/dashboard/define.js';
import '../../src/map/define.js';
import '../../src/regions/define.js';
import '../../src/stat/define.js';
import '../../src/table/define.js';
import '../../src/trend/define.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { INTL_CONSTRUCTORS } from '../helpers/built-page.js';
import { waitUntil } from '../helpers/wait.js';

type Constructor = new (...args: unknown[]) => unknown;

describe('an English page', () => {
  const made: string[] = [];
  const natives = new Map<string, unknown>();
  const intl = Intl as unknown as Record<string, unknown>;
  before(() => {
    for (const name of INTL_CONSTRUCTORS) {
      const Native = intl[name] as Constructor & { supportedLocalesOf: unknown };
      natives.set(name, Native);
      const Counting = function (...args: unknown[]) {
        made.push(`Intl.${name}(${JSON.stringify(args[0])})`);
        return new Native(...args);
      } as unknown as Constructor & { supportedLocalesOf: unknown };
      Counting.supportedLocalesOf = Native.supportedLocalesOf;
      intl[name] = Counting;
    }
  });
  after(() => {
    for (const [name, Native] of natives) intl[name] = Native;
  });

  it('draws the stat, map, bars, regions, trend, table and dashboard, from the bundled data and its own, with no Intl object', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en" style="width: 700px"></div>`);
    const widgets: (HTMLElement & { state?: string; updateComplete: Promise<boolean> })[] = [];
    for (const tag of [
      'netreach-stat',
      'netreach-map',
      'netreach-bars',
      'netreach-regions',
      'netreach-trend',
      'netreach-table',
      'netreach-dashboard',
    ]) {
      for (const own of [false, true]) {
        const el = document.createElement(tag) as (typeof widgets)[number];
        if (own) (el as unknown as { data: unknown }).data = structuredClone(EXAMPLE_NETWORK);
        // Its own data by country (names written without Intl): a figure per country, as bars by country need.
        if (tag === 'netreach-bars' && own) {
          el.setAttribute('group-by', 'country');
          el.setAttribute('metric', 'universities');
        }
        wrapper.append(el);
        widgets.push(el);
      }
    }
    for (const el of widgets) {
      await waitUntil(
        () => el.state === 'ready',
        () => `<${el.localName}> never became ready (was ${el.state})`,
      );
      await el.updateComplete;
    }
    // What they drew: countries named, numbers written (a stat's figure, the bars' values).
    const text = widgets.map((el) => el.shadowRoot!.textContent ?? '').join(' ');
    expect(text).to.match(/\d/);
    const bars = widgets.filter((el) => el.localName === 'netreach-bars').at(-1)!;
    expect(bars.shadowRoot!.querySelectorAll('.row').length).to.be.greaterThan(3);
    // The table sorted by country name (its default): in the order a collator gives.
    const table = widgets.find((el) => el.localName === 'netreach-table')!;
    const names = [...table.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.querySelector('th, td')!.textContent!.trim());
    expect(names.length).to.be.greaterThan(3);
    expect(names).to.deep.equal([...names].sort(new (natives.get('Collator') as typeof Intl.Collator)('en', { numeric: true }).compare));
    expect(made).to.deep.equal([]);
  });

  it("in a member country's English (en-SA, en-UG) draws the stat, map and bars with no Intl object either", async () => {
    made.length = 0;
    for (const lang of ['en-SA', 'en-UG']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 700px"></div>`);
      const widgets = ['netreach-stat', 'netreach-map', 'netreach-bars'].map((tag) => {
        const el = document.createElement(tag) as HTMLElement & { state?: string; updateComplete: Promise<boolean> };
        wrapper.append(el);
        return el;
      });
      for (const el of widgets) {
        await waitUntil(
          () => el.state === 'ready',
          () => `<${el.localName} lang=${lang}> never became ready (was ${el.state})`,
        );
        await el.updateComplete;
      }
      // What they drew: the stat's figure, the bars' values.
      const text = widgets.map((el) => el.shadowRoot!.textContent ?? '').join(' ');
      expect(text).to.match(/\d/);
    }
    expect(made).to.deep.equal([]);
  });
});
