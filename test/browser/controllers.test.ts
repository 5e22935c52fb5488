/**
 * The shared behaviour controllers on a bare element drawn from scene marks: RovingFocusController (one tab stop,
 * arrows mirrored right to left, Home/End, Enter/Space/click choose, Escape clears the selection, the tab stop kept
 * by id across re-renders) and TooltipController (hover or focus shows the item's lines inside the widget, beside
 * the item; Escape hides it wherever focus is); ExportController
 * (files only from a ready widget, CSV rows with their sources).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import type { Mark } from '../../src/core/scene.js';
import { drawMarks } from '../../src/base/marks.js';
import { RovingFocusController } from '../../src/base/roving-focus.js';
import { TooltipController } from '../../src/base/tooltip.js';
import { ExportController } from '../../src/base/export-controller.js';
import type { Dataset } from '../../src/core/types.js';
import { chartStyles } from '../../src/base/chart-styles.js';
import { expectInsideBox } from '../helpers/assertions.js';
import { waitUntil } from '../helpers/wait.js';
import { loadInteraction } from '../../src/base/interaction-loader.js';

/** Five squares in a row, each an item; `order` re-renders them in another order. */
class ControllerProbe extends LitElement {
  static override styles = [
    chartStyles,
    css`
      :host {
        display: block;
        inline-size: 300px;
        /* Room below the squares for a tooltip flipped under them. */
        block-size: 200px;
      }
    `,
  ];
  static override properties = { order: { attribute: false }, rtl: { type: Boolean } };
  order = ['a', 'b', 'c', 'd', 'e'];
  rtl = false;
  chosen: string[] = [];
  /** As a widget's: what the last choice selected, and what Escape clears. */
  selected?: string | null;

  readonly roving = new RovingFocusController(this, {
    rtl: () => this.rtl,
    onSelect: (id) => this.chosen.push((this.selected = id)),
  });

  readonly tooltip = new TooltipController(this, {
    item: (id) => ({ id, label: `Item ${id}`, tooltip: [`Item ${id}`, `Value of ${id}`], anchor: this.anchor(id) }),
    box: () => this.renderRoot.querySelector('.chart'),
    rtl: () => this.rtl,
  });

  private anchor(id: string) {
    return { x: this.order.indexOf(id) * 60 + 25, y: 10 };
  }

  get marks(): Mark[] {
    return this.order.map((id, index) => ({
      kind: 'group',
      key: id,
      item: { id, label: `Item ${id}`, tooltip: [], anchor: this.anchor(id) },
      children: [{ kind: 'rect', x: index * 60, y: 10, width: 50, height: 50, fill: 'accent' }],
    }));
  }

  override render() {
    return html`<div class="chart" dir=${this.rtl ? 'rtl' : 'ltr'}>
      <svg part="chart" width="300" height="60" viewBox="0 0 300 60" role="listbox" aria-label="Probe"
        ${drawMarks(this.marks, { itemRole: 'option', activeId: this.roving.active(this.order), rtl: this.rtl })}></svg>
      ${this.tooltip.render()}
    </div>`;
  }
}
customElements.define('controller-probe', ControllerProbe);

/** The squares with only a roving tab stop (no tooltip, which asks for an update of its own on focus): counts its updates. */
class RovingProbe extends LitElement {
  static override properties = { order: { attribute: false } };
  order = ['a', 'b', 'c'];
  updates = 0;
  readonly roving = new RovingFocusController(this, {});

  override render() {
    const marks: Mark[] = this.order.map((id, index) => ({
      kind: 'group',
      key: id,
      item: { id, label: `Item ${id}`, tooltip: [], anchor: { x: 0, y: 0 } },
      children: [{ kind: 'rect', x: index * 60, y: 10, width: 50, height: 50, fill: 'accent' }],
    }));
    return html`<svg width="300" height="60" role="listbox" aria-label="Probe" ${drawMarks(marks, { itemRole: 'option', activeId: this.roving.active(this.order) })}></svg>`;
  }

  override updated(): void {
    this.updates++;
  }
}
customElements.define('roving-probe', RovingProbe);

// The probes are bare LitElements, whose updateComplete does not wait for the interaction chunk (a widget's does:
// interactionWaiting()), which brings the tooltips' lines and placement and the arrow keys' moves: here first.
before(() => loadInteraction());

const items = (el: ControllerProbe) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[data-item]')];
const focused = (el: ControllerProbe) => el.shadowRoot!.activeElement?.getAttribute('data-item');
const tip = (el: ControllerProbe) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]');

async function press(el: ControllerProbe, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('RovingFocusController', () => {
  it('is one tab stop; arrows, Home and End move in scene order; Enter and Space choose; Escape clears', async () => {
    const el = await fixture<ControllerProbe>(html`<controller-probe></controller-probe>`);
    expect(items(el).map((item) => item.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1', '-1']);
    items(el)[0]!.focus();
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('b');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('c');
    await press(el, 'ArrowUp');
    expect(focused(el)).to.equal('b');
    expect(items(el).map((item) => item.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1', '-1', '-1']);
    await press(el, 'End');
    expect(focused(el)).to.equal('e');
    // Without wrap, the last item stays the last.
    await press(el, 'ArrowDown');
    expect(focused(el)).to.equal('e');
    await press(el, 'Home');
    expect(focused(el)).to.equal('a');
    await press(el, 'Enter');
    await press(el, 'ArrowRight');
    await press(el, ' ');
    expect(el.chosen).to.deep.equal(['a', 'b']);
    expect(el.selected).to.equal('b');
    // Escape clears the selection and says it used the key; with nothing selected, the key is the page's.
    const prevented: boolean[] = [];
    el.addEventListener('keydown', (event) => prevented.push(event.defaultPrevented));
    await press(el, 'Escape');
    expect(el.selected).to.equal(undefined);
    await press(el, 'Escape');
    expect(el.selected).to.equal(undefined);
    expect(prevented).to.deep.equal([true, false]);
  });

  it('mirrors Left and Right in right-to-left layouts', async () => {
    const el = await fixture<ControllerProbe>(html`<controller-probe rtl></controller-probe>`);
    items(el)[0]!.focus();
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.equal('b');
    await press(el, 'ArrowRight');
    expect(focused(el)).to.equal('a');
  });

  it('keeps the tab stop on the same item across re-renders, and falls back to the first when it is gone', async () => {
    const el = await fixture<ControllerProbe>(html`<controller-probe></controller-probe>`);
    items(el)[0]!.focus();
    await press(el, 'End');
    el.order = ['e', 'd', 'c', 'b', 'a'];
    await el.updateComplete;
    expect(
      items(el)
        .find((item) => item.getAttribute('tabindex') === '0')
        ?.getAttribute('data-item'),
    ).to.equal('e');
    el.order = ['a', 'b'];
    await el.updateComplete;
    expect(items(el).map((item) => item.getAttribute('tabindex'))).to.deep.equal(['0', '-1']);
  });

  it('asks for no update when focus comes to the item that holds the tab stop, nor when it is given back to the first after an update', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe></roving-probe>`);
    const updates = el.updates;
    const probeItems = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[data-item]')];
    probeItems()[0]!.focus();
    await el.updateComplete;
    expect(el.isUpdatePending).to.equal(false);
    expect(el.updates, 'focusing the tab stop').to.equal(updates);
    // Moved to c, which new items lack: focus is given back to the first, already the tab stop, in no update of its own.
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.updates).to.equal(updates + 1);
    el.order = ['a', 'b'];
    await el.updateComplete;
    await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
    expect(el.shadowRoot!.activeElement?.getAttribute('data-item')).to.equal('a');
    await el.updateComplete;
    expect(el.updates, 'the new items, and nothing after').to.equal(updates + 2);
  });

  it('chooses on click and takes the tab stop there', async () => {
    const el = await fixture<ControllerProbe>(html`<controller-probe></controller-probe>`);
    items(el)[3]!
      .querySelector('rect')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.chosen).to.deep.equal(['d']);
    expect(items(el)[3]!.getAttribute('tabindex')).to.equal('0');
  });
});

describe('TooltipController', () => {
  it('shows the focused item’s lines as a tooltip inside the widget, and Escape hides it', async () => {
    const el = await fixture<ControllerProbe>(html`<controller-probe></controller-probe>`);
    items(el)[4]!.focus();
    await el.updateComplete;
    expect(tip(el)?.getAttribute('role')).to.equal('tooltip');
    expect(tip(el)!.querySelector('strong')!.textContent).to.equal('Item e');
    expect(tip(el)!.textContent).to.contain('Value of e');
    // At the right edge: kept inside the widget, not centred on the anchor.
    expectInsideBox(tip(el)!, el);
    expect(tip(el)!.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    await press(el, 'Escape');
    expect(tip(el)).to.equal(null);
    await press(el, 'ArrowUp');
    expect(tip(el)!.textContent).to.contain('Item d');
  });

  it('follows the pointer, falls back to the focused item, and flips below when there is no room above', async () => {
    const el = await fixture<ControllerProbe>(html`<controller-probe></controller-probe>`);
    const box = items(el)[1]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + 10)] });
    await waitUntil(() => tip(el)?.textContent?.includes('Item b'), 'no tooltip on hover');
    await el.updateComplete;
    // The anchor is 10 px below the widget's top: no room above, so below the item.
    expect(tip(el)!.getBoundingClientRect().top).to.be.at.least(box.bottom - 0.5);
    expectInsideBox(tip(el)!, el);
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => !tip(el), 'the tooltip stayed');
  });

  it('hides a tooltip shown by hovering on Escape wherever focus is, listening on the document only while one shows', async () => {
    const el = await fixture<ControllerProbe>(html`<controller-probe></controller-probe>`);
    // The document's keydown listeners, as the controller adds and removes them.
    const listening = new Set<unknown>();
    const { addEventListener: add, removeEventListener: remove } = document;
    document.addEventListener = function (this: Document, ...args: Parameters<Document['addEventListener']>) {
      if (args[0] === 'keydown') listening.add(args[1]);
      add.apply(this, args);
    };
    document.removeEventListener = function (this: Document, ...args: Parameters<Document['removeEventListener']>) {
      if (args[0] === 'keydown') listening.delete(args[1]);
      remove.apply(this, args);
    };
    try {
      (document.activeElement as HTMLElement | null)?.blur();
      const box = items(el)[1]!.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 10), Math.round(box.top + 10)] });
      await waitUntil(() => tip(el)?.textContent?.includes('Item b'), 'no tooltip on hover');
      expect(document.activeElement === document.body, 'focus on the page, not in the widget').to.equal(true);
      expect(listening.size).to.equal(1);
      await press(el, 'Escape');
      // Its text if it stayed (chai's account of an element can take the test's page down).
      expect(tip(el)?.textContent, 'the tooltip after Escape').to.equal(undefined);
      expect(listening.size, 'still listening with no tooltip').to.equal(0);
      // Shown again (by focus this time), then the widget leaves the page: nothing is left listening.
      items(el)[2]!.focus();
      await el.updateComplete;
      expect(tip(el)!.textContent).to.contain('Item c');
      expect(listening.size).to.equal(1);
      el.remove();
      expect(listening.size, 'still listening once the widget is gone').to.equal(0);
    } finally {
      document.addEventListener = add;
      document.removeEventListener = remove;
      await sendMouse({ type: 'move', position: [0, 0] });
    }
  });
});

/** A host whose files the ExportController writes: two rows, one source, a stand-in scene. */
class ExportProbe extends LitElement {
  static override properties = { state: { reflect: true } };
  state = 'loading';
  readonly locale = 'en';
  readonly shown = {
    network: { id: 'probe' },
    illustrative: true,
    sources: [{ id: 's', title: 'A report', publisher: 'Probe office' }],
  } as unknown as Dataset;
  readonly files = new ExportController(this, {
    dataset: () => this.shown,
    sceneFile: () => undefined,
    rows: () => [
      ['country', 'value'],
      ['PAK', 1],
    ],
    sources: (dataset) => dataset.sources,
    uncited: () => ['Students: no source given in the data'],
    notes: () => ['The regions were inferred.'],
  });
}
customElements.define('export-probe', ExportProbe);

describe('ExportController', () => {
  it('writes nothing until the host is ready, then the rows with the sources they cite', async () => {
    const el = await fixture<ExportProbe>(html`<export-probe></export-probe>`);
    expect(() => el.files.csv()).to.throw(/nothing to export while the widget is loading/);
    let rejected: unknown;
    await el.files.svg().catch((error: unknown) => (rejected = error));
    expect(String(rejected)).to.match(/while the widget is loading/);
    el.state = 'ready';
    const lines = el.files.csv().trim().split(/\r?\n/);
    expect(lines.slice(0, 2)).to.deep.equal(['country,value', 'PAK,1']);
    expect(lines.some((line) => line.startsWith('# Source:') && line.includes('A report'))).to.equal(true);
    // After the sources, what the source line says besides them (the figures none gives); made-up data says so in
    // its file, as on screen; so do the widget's notes.
    expect(lines.slice(-3)).to.deep.equal([
      '# Students: no source given in the data',
      '# These figures are made up for demonstration.',
      '# The regions were inferred.',
    ]);
  });
});
