import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachMap } from '../../src/map/map.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { waitUntil } from '../helpers/wait.js';

type Data = { members: { values?: Record<string, number> }[] };

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
});
