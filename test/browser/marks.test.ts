/**
 * drawMarks() / syncMarks(): a scene's marks as plain DOM. What it writes (the templates' attributes, CSSOM
 * styles, items' roles and tab stops, words apart), and what it does not: a re-render with the same marks writes
 * nothing, a changed value rewrites that attribute alone on the same node.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import type { Mark } from '../../src/core/scene.js';
import { drawMarks, syncMarks } from '../../src/base/marks.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function bars(values: number[], activeId = 'a'): { marks: Mark[]; options: { itemRole: string; activeId: string } } {
  return {
    marks: [
      { kind: 'line', x1: 0, y1: 0, x2: 0, y2: 100, stroke: 'muted', decorative: true },
      ...values.map((value, index): Mark => ({
        kind: 'group',
        key: String(index),
        class: 'row',
        item: { id: 'abc'[index]!, label: `Row ${index}: ${value}`, tooltip: [], anchor: { x: 0, y: 0 } },
        children: [
          { kind: 'rect', class: 'bar', x: 0, y: index * 20, width: value, height: 16, fill: 'accent' },
          { kind: 'text', class: 'value', x: value + 4, y: index * 20 + 12, size: 12, text: String(value), anchor: 'start' },
        ],
      })),
    ],
    options: { itemRole: 'option', activeId },
  };
}

/** Records every mutation under `root` while `change` runs. */
async function mutationsDuring(root: Node, change: () => void): Promise<MutationRecord[]> {
  const observer = new MutationObserver(() => {});
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  return records;
}

describe('syncMarks', () => {
  it('writes each mark as one element with the attributes, styles and item semantics the files have', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    const { marks, options } = bars([40, 70]);
    syncMarks(svg, marks, options);
    const [axis, first, second] = [...svg.children];
    expect(axis!.localName).to.equal('line');
    expect(axis!.getAttribute('aria-hidden')).to.equal('true');
    expect((axis as SVGElement).style.getPropertyValue('stroke')).to.equal('var(--_muted)');
    expect(first!.getAttribute('class')).to.equal('item row');
    expect(first!.getAttribute('role')).to.equal('option');
    expect(first!.getAttribute('aria-label')).to.equal('Row 0: 40');
    expect(first!.getAttribute('aria-selected')).to.equal('false');
    expect([first!.getAttribute('tabindex'), second!.getAttribute('tabindex')]).to.deep.equal(['0', '-1']);
    expect(first!.querySelector('rect')!.getAttribute('width')).to.equal('40');
    expect((first!.querySelector('rect') as SVGElement).style.getPropertyValue('fill')).to.equal('var(--_accent)');
    // Words apart: the item's texts read as "… 40", never run together.
    expect(first!.textContent).to.equal(' 40 ');
    expect(svg.querySelectorAll('*').length).to.equal(7);
  });

  it('writes nothing when drawn again with the same marks, and only what differs when a value changes', async () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    syncMarks(svg, bars([40, 70]).marks, bars([40, 70]).options);
    const nodes = [...svg.querySelectorAll('*')];
    expect(await mutationsDuring(svg, () => syncMarks(svg, bars([40, 70]).marks, bars([40, 70]).options))).to.have.length(0);
    const records = await mutationsDuring(svg, () => syncMarks(svg, bars([40, 90]).marks, bars([40, 90]).options));
    // The second bar's width, its value's x and text, its accessible name: on the same nodes.
    expect(records.map((record) => record.attributeName ?? record.type).sort()).to.deep.equal(
      ['aria-label', 'childList', 'width', 'x'].sort(),
    );
    expect([...svg.querySelectorAll('*')]).to.deep.equal(nodes);
    expect(svg.querySelectorAll('text')[1]!.textContent).to.equal('90');
  });

  it('moves the tab stop, adds and removes items, and replaces a node whose mark changed kind', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    syncMarks(svg, bars([40, 70]).marks, bars([40, 70]).options);
    const { marks, options } = bars([40, 70, 20], 'b');
    syncMarks(svg, marks, options);
    expect([...svg.querySelectorAll('[data-item]')].map((item) => item.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1']);
    syncMarks(svg, [{ kind: 'circle', cx: 1, cy: 2, r: 3, fill: 'accent' }, ...bars([5]).marks.slice(1)], {});
    expect([...svg.children].map((child) => child.localName)).to.deep.equal(['circle', 'g']);
    // Without a role, an item is a plain group: no role, name, selection or tab stop left behind.
    const item = svg.children[1]!;
    expect(['role', 'aria-label', 'aria-selected', 'tabindex'].map((name) => item.hasAttribute(name))).to.deep.equal([
      false,
      false,
      false,
      false,
    ]);
  });

  it('swaps text anchors in right-to-left contexts', () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    const text = (anchor: 'start' | 'end'): Mark => ({ kind: 'text', x: 0, y: 0, size: 10, text: 'x', anchor });
    syncMarks(svg, [text('start'), text('end')], { rtl: true });
    expect([...svg.children].map((child) => child.getAttribute('text-anchor'))).to.deep.equal(['end', null]);
  });
});

describe('drawMarks', () => {
  it('draws into the element it is bound to and skips the walk when nothing changed', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const { marks, options } = bars([10, 20]);
    const draw = (values: readonly Mark[]) => render(html`<svg ${drawMarks(values, options)}></svg>`, host);
    draw(marks);
    const svg = host.querySelector('svg')!;
    expect(svg.querySelectorAll('[data-item]')).to.have.length(2);
    expect(await mutationsDuring(svg, () => draw(marks))).to.have.length(0);
    draw(bars([10, 30]).marks);
    expect(svg.querySelectorAll('rect')[1]!.getAttribute('width')).to.equal('30');
  });

  it('refuses a child position', () => {
    expect(() => render(html`<svg>${drawMarks([])}</svg>`, document.createElement('div'))).to.throw(/goes on an element/);
  });
});
