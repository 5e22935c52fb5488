import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachMap } from '../../src/map/map.js';
import { waitUntil } from '../helpers/wait.js';

/** The nodes of a shadow root by type: elements, comments (Lit's part markers), whitespace-only and other text. */
function countNodes(root: ShadowRoot) {
  const counts = { element: 0, comment: 0, whitespace: 0, text: 0, total: 0 };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    counts.total += 1;
    if (node instanceof Element) counts.element += 1;
    else if (node instanceof Comment) counts.comment += 1;
    else if (node instanceof Text) counts[node.data.trim() ? 'text' : 'whitespace'] += 1;
  }
  return counts;
}

async function drawnMap(legend?: string): Promise<NetreachMap> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 320px"><netreach-map legend=${legend ?? 'bottom'}></netreach-map></div>`,
  );
  const el = wrapper.querySelector<NetreachMap>('netreach-map')!;
  await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('svg[part="chart"] [data-item]'), 'the map never drew');
  await el.updateComplete;
  return el;
}

// Every node of a map's shadow root is styled and laid out on every page that shows it, 100 times on a page of 100
// maps (`npm run bench`'s "100 maps"): these counts, not a clock, keep that work from growing back. `node
// bench/nodes.mjs` counts the same in the built bundle. CINVU at 320 px, as the benchmark draws it.
describe('<netreach-map> nodes', () => {
  it('holds no formatting white space, few part markers and two elements per symbol', async () => {
    const el = await drawnMap('none');
    const counts = countNodes(el.shadowRoot!);
    // Before issue 12's cut: 251 nodes (145 elements, 50 comments, 43 whitespace-only text nodes, 13 text nodes).
    // Measured after: 153 (113, 27, 0, 13), 154 with the box's spacer grid (map.styles.ts); the margin is for a note or
    // a source more, not for a new kind of node.
    expect(counts.whitespace, JSON.stringify(counts)).to.equal(0);
    expect(counts.comment, JSON.stringify(counts)).to.be.at.most(30);
    expect(counts.total, JSON.stringify(counts)).to.be.at.most(160);
    // A shape is one element, a symbol two (its hit area, which is the item, and its dot); then the wave groups.
    const listbox = el.shadowRoot!.querySelector('[role="listbox"]')!;
    const items = listbox.querySelectorAll('[data-item]');
    const symbols = listbox.querySelectorAll('[data-item].symbol');
    const waves = listbox.querySelectorAll(':scope > g');
    expect(listbox.querySelectorAll('*').length).to.equal(items.length + symbols.length + waves.length);
    expect(symbols.length).to.be.greaterThan(0);
  });

  it('holds few nodes with its legend', async () => {
    const counts = countNodes((await drawnMap()).shadowRoot!);
    // Before: 295 (160 elements, 61 comments, 57 whitespace-only, 17 text). Measured after: 179 (128, 34, 0, 17), 180 with the spacer grid.
    expect(counts.whitespace, JSON.stringify(counts)).to.equal(0);
    expect(counts.comment, JSON.stringify(counts)).to.be.at.most(37);
    expect(counts.total, JSON.stringify(counts)).to.be.at.most(186);
  });
});

// A page of maps of one data, options and size shares one chart; the second map clones the first one's member
// layer (one native deep copy) rather than creating each node and setting each attribute from script again.
describe('<netreach-map> member layers on a page of maps', () => {
  it('clones the member layer another map drew for the same chart, and then writes only its own nodes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><netreach-map legend="none"></netreach-map></div>`);
    const first = wrapper.querySelector<NetreachMap>('netreach-map')!;
    const listboxOf = (el: NetreachMap) => el.shadowRoot!.querySelector('[role="listbox"]')!;
    /** Every node of a layer, with its attributes, in document order. */
    const layerOf = (el: NetreachMap) =>
      [...listboxOf(el).querySelectorAll('*')].map((node) =>
        [node.localName, ...[...node.attributes].map((each) => `${each.name}=${each.value}`)].join(' '),
      );
    await waitUntil(() => first.state === 'ready' && listboxOf(first).querySelector('[data-item]'), 'the first map never drew');
    await first.updateComplete;

    const created = new Set<Element>();
    const createElementNS = document.createElementNS;
    document.createElementNS = function (this: Document, ...args: Parameters<Document['createElementNS']>) {
      const element = createElementNS.apply(this, args);
      created.add(element);
      return element;
    } as Document['createElementNS'];
    let second: NetreachMap;
    try {
      second = document.createElement('netreach-map') as NetreachMap;
      second.setAttribute('legend', 'none');
      wrapper.append(second);
      await waitUntil(() => second.state === 'ready' && listboxOf(second).querySelector('[data-item]'), 'the second map never drew');
      await second.updateComplete;
    } finally {
      document.createElementNS = createElementNS;
    }

    const nodes = [...listboxOf(second).querySelectorAll('*')];
    expect(nodes.length).to.be.greaterThan(57);
    expect(nodes.filter((node) => created.has(node)).length, 'member nodes created from script').to.equal(0);
    expect(layerOf(second)).to.deep.equal(layerOf(first));

    // The clone is the second map's own: selecting a member there marks it there only.
    const item = listboxOf(second).querySelector<SVGElement>('[data-item="PAK"]')!;
    item.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitUntil(() => second.selected === 'PAK', 'the click did not select');
    await second.updateComplete;
    expect(item.getAttribute('aria-selected')).to.equal('true');
    expect(listboxOf(first).querySelector('[data-item="PAK"]')!.getAttribute('aria-selected')).to.equal('false');

    // A third map of the same chart clones the layer as first drawn, not as the second map changed it.
    const third = document.createElement('netreach-map') as NetreachMap;
    third.setAttribute('legend', 'none');
    wrapper.append(third);
    await waitUntil(() => third.state === 'ready' && listboxOf(third).querySelector('[data-item]'), 'the third map never drew');
    await third.updateComplete;
    expect(layerOf(third)).to.deep.equal(layerOf(first));
  });
});
