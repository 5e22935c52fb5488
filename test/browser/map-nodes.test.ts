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
    // Measured after: 153 (113, 27, 0, 13); the margin is for a note or a source more, not for a new kind of node.
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
    // Before: 295 (160 elements, 61 comments, 57 whitespace-only, 17 text). Measured after: 179 (128, 34, 0, 17).
    expect(counts.whitespace, JSON.stringify(counts)).to.equal(0);
    expect(counts.comment, JSON.stringify(counts)).to.be.at.most(37);
    expect(counts.total, JSON.stringify(counts)).to.be.at.most(186);
  });
});
