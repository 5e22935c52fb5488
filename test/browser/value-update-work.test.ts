import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachMap } from '../../src/map/map.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { waitUntil } from '../helpers/wait.js';
import { loadOnDemand } from '../../src/base/on-demand-loader.js';

type Data = { members: { values?: Record<string, number> }[]; regions: { id: string; name: string; names?: Record<string, string> }[] };

/** The dataset with new values of `metric` for every member, as `npm run bench`'s value update sets them. */
function withNewValues(data: Data, metric: string, seed: number): Data {
  return {
    ...data,
    members: data.members.map((member, index) => ({ ...member, values: { [metric]: ((index + 1) * 7919 * seed) % 600_000 } })),
  };
}

/** Counts calls of `object[key]` (a function) while `during` runs. */
async function counting<T extends object>(object: T, key: keyof T, during: () => Promise<unknown>): Promise<number> {
  const original = object[key] as unknown as (...args: unknown[]) => unknown;
  let calls = 0;
  (object as Record<keyof T, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
    calls += 1;
    return original.apply(this, args);
  };
  try {
    await during();
  } finally {
    (object as Record<keyof T, unknown>)[key] = original;
  }
  return calls;
}

// Issue 12's "value update ≤ 2 ms" (`npm run bench`: a new `.data`, same members, new values, on an 800 px map):
// what a value update need not do again is counted here, not timed.
describe('<netreach-map> value update work', () => {
  it('spreads the symbols once for a list of members, not again at each new value', async () => {
    const data = JSON.parse(JSON.stringify(EXAMPLE_NETWORK)) as Data;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 800px"><netreach-map legend="none" metric="virtual-students" .data=${data}></netreach-map></div>`,
    );
    const el = wrapper.querySelector<NetreachMap>('netreach-map')!;
    await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('svg[part="chart"] [data-item]'), 'the map never drew');
    await el.updateComplete;
    const place = () =>
      [...el.shadowRoot!.querySelectorAll('svg[part="chart"] .symbol')].map(
        (node) => `${node.getAttribute('data-item')} ${node.getAttribute('cx')},${node.getAttribute('cy')}`,
      );
    const before = place();
    // The example network's map has symbols close enough to be spread (the Gulf's, Singapore's): the spreading
    // measures every pair's distance with Math.hypot, which nothing else of a value update calls.
    expect(before.length).to.be.greaterThan(1);
    const hypot = await counting(Math, 'hypot', async () => {
      el.data = withNewValues(data, 'virtual-students', 3);
      await el.updateComplete;
    });
    expect(hypot).to.equal(0);
    // The same places, the new fills.
    expect(place()).to.deep.equal(before);
    const label = el.shadowRoot!.querySelector('svg[part="chart"] [data-item]')!.getAttribute('aria-label');
    expect(label).to.contain(new Intl.NumberFormat('en').format((1 * 7919 * 3) % 600_000));
  });

  /** A drawn 800 px map of a copy of the example network, in `lang`. */
  async function drawn(lang: string): Promise<{ el: NetreachMap; data: Data }> {
    const data = JSON.parse(JSON.stringify(EXAMPLE_NETWORK)) as Data;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 800px"><netreach-map lang=${lang} legend="none" metric="virtual-students" .data=${data}></netreach-map></div>`,
    );
    const el = wrapper.querySelector<NetreachMap>('netreach-map')!;
    await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('svg[part="chart"] [data-item]'), 'the map never drew');
    await el.updateComplete;
    return { el, data };
  }

  const labels = (el: NetreachMap) =>
    [...el.shadowRoot!.querySelectorAll('svg[part="chart"] [data-item]')].map((node) => node.getAttribute('aria-label')!);

  it('names the members once for a list of countries, not again at each new value', async () => {
    // French names most countries with the browser's Intl.DisplayNames (its supplement only a few).
    const { el, data } = await drawn('fr');
    const next = withNewValues(data, 'virtual-students', 5);
    const lookups = await counting(Intl.DisplayNames.prototype, 'of', async () => {
      el.data = next;
      await el.updateComplete;
    });
    expect(lookups).to.equal(0);
    expect(labels(el)[0]).to.contain(new Intl.NumberFormat('fr').format((1 * 7919 * 5) % 600_000));
    // What the names are made from changed (a region's name): they are made again.
    const renamed = withNewValues(data, 'virtual-students', 5);
    renamed.regions = data.regions.map((region, index) => (index ? region : { ...region, name: 'Zone Un', names: {} }));
    el.data = renamed;
    await el.updateComplete;
    expect(labels(el).filter((label) => label.includes('Zone Un')).length).to.be.greaterThan(0);
  });

  it("shows what a new `.data` changed but its values: a region's name, the list's extent, how regions were given", async () => {
    // The model keeps its value-free parts under a key of what they read (test/unit/map-model-cache.test.ts checks
    // the key change by change): here, once, the element given them after the original shows what one given them
    // first does.
    const text = (el: NetreachMap) =>
      ['legend', 'note', 'source'].map((part) =>
        [...el.shadowRoot!.querySelectorAll(`[part="${part}"]`)].map((node) => node.textContent!.replace(/\s+/g, ' ')).join(' | '),
      );
    const shown = async (data: Data) => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 800px"><netreach-map lang="fr" .data=${data}></netreach-map></div>`,
      );
      const el = wrapper.querySelector<NetreachMap>('netreach-map')!;
      await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('svg[part="chart"] [data-item]'), 'the map never drew');
      await el.updateComplete;
      return el;
    };
    const data = JSON.parse(JSON.stringify(EXAMPLE_NETWORK)) as Data & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const el = await shown(data);
    // One change at a time, each with new values (a value update's): what the key lists is checked one part at a time.
    const changes: [string, (next: typeof data) => void][] = [
      ['a region renamed', (next) => (next.regions[0] = { ...next.regions[0]!, name: 'Zone Un', names: {} })],
      ['the list partial', (next) => (next.listing = { relation: 'members', extent: 'partial' })],
      ['the regions given by inference', (next) => (next.regionAssignment = { by: 'inference', note: 'By continent.' })],
    ];
    let current = data;
    for (const [seed, [what, change]] of changes.entries()) {
      const before = [...text(el), ...labels(el)];
      const next = withNewValues(JSON.parse(JSON.stringify(current)), 'virtual-students', seed + 2) as typeof data;
      change(next);
      el.data = next;
      await el.updateComplete;
      const after = [...text(el), ...labels(el)];
      const first = await shown(JSON.parse(JSON.stringify(next)));
      expect(after, what).to.deep.equal([...text(first), ...labels(first)]);
      expect(after.slice(0, 2), what).to.not.deep.equal(before.slice(0, 2));
      current = next;
    }
    expect(text(el)[0]).to.contain('Zone Un');
  });

  it('reads the options once in a value update: for the scene, not again for the console', async () => {
    const { el, data } = await drawn('en');
    const host = el as unknown as { optionValues: () => unknown };
    const reads = await counting(host, 'optionValues', async () => {
      el.data = withNewValues(data, 'virtual-students', 7);
      await el.updateComplete;
    });
    expect(reads).to.equal(1);
    // An option changed: read for the console too (a value refused is said), and drawn.
    const before = labels(el);
    const warn = console.warn;
    const warned: string[] = [];
    console.warn = (text: string) => warned.push(text);
    try {
      const again = await counting(host, 'optionValues', async () => {
        el.setAttribute('projection', 'flat');
        el.setAttribute('metric', 'universities');
        await el.updateComplete;
      });
      expect(again).to.equal(2);
      // The refusal is said once the on-demand module, whose words say why, is here (s38-7).
      await loadOnDemand();
    } finally {
      console.warn = warn;
    }
    expect(warned.join(' ')).to.contain('projection');
    expect(labels(el)).to.not.deep.equal(before);
  });
  it("checks the members alone in a value update: the network's, sources' and universities' web addresses not again", async () => {
    // The validator keeps what it checked of a part equal to last time's (src/core/validate.ts `part()`;
    // test/unit/validate-cache.test.ts checks change by change that it gives what validating afresh does). Of
    // what it checks, only the network, the sources and the universities hold web addresses, each parsed by `URL`.
    const { el, data } = await drawn('en');
    const original = window.URL;
    let parsed = 0;
    window.URL = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof URL>) {
        parsed += 1;
        return new target(...args);
      },
    });
    try {
      el.data = withNewValues(data, 'virtual-students', 11);
      await el.updateComplete;
      expect(parsed).to.equal(0);
      expect(labels(el)[0]).to.contain(new Intl.NumberFormat('en').format((1 * 7919 * 11) % 600_000));
      // The network changed in place (the same object, another address): checked again, and shown.
      const network = (data as unknown as { network: { url: string } }).network;
      network.url = 'https://example.org/changed';
      el.data = withNewValues(data, 'virtual-students', 12);
      await el.updateComplete;
      expect(parsed).to.equal(1);
      expect(el.currentDataset?.network.url).to.equal('https://example.org/changed');
    } finally {
      window.URL = original;
    }
  });
});
