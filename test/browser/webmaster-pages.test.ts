/**
 * The README's snippets pasted into the pages webmasters have: a box as wide as its content (a flex row, a table
 * cell, an inline block), a narrow sidebar, a zoomed page.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { drawn, writtenFrame } from '../helpers/hardening.js';
import { waitUntil } from '../helpers/wait.js';

const TAGS = ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard'].map((name) => `netreach-${name}`);

/** A page section holding `tag` inside `wrap`'s markup (`%` marks where), with `style` on the section. */
async function mount(
  tag: string,
  wrap: (widget: HTMLElement) => HTMLElement,
  style = 'width: 700px',
): Promise<{ el: NetreachElement; section: HTMLElement }> {
  const section = document.createElement('section');
  section.setAttribute('style', style);
  const el = document.createElement(tag) as NetreachElement;
  section.append(wrap(el));
  document.body.append(section);
  return { el, section };
}

const element = (name: string, style: string, ...children: (Node | string)[]) => {
  const made = document.createElement(name);
  made.setAttribute('style', style);
  made.append(...children);
  return made;
};

describe('webmasters’ pages', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => document.querySelectorAll('section').forEach((section) => section.remove()));

  it('in a box as wide as its content (a flex row, a table cell, an inline block), every widget takes a width and draws', async () => {
    const contexts: Record<string, (widget: HTMLElement) => HTMLElement> = {
      'a flex row': (widget) => element('div', 'display: flex; gap: 8px', widget, element('p', '', 'Text beside the widget.')),
      'a table cell': (widget) => {
        const table = element('table', '') as HTMLTableElement;
        const row = table.insertRow();
        row.insertCell().append(widget);
        row.insertCell().append('Another cell');
        return table;
      },
      'an inline block': (widget) => element('span', 'display: inline-block', widget),
    };
    const widths: string[] = [];
    for (const [name, wrap] of Object.entries(contexts)) {
      const mounted = await Promise.all(TAGS.map((tag) => mount(tag, wrap)));
      const widgets = mounted.map(({ el }) => el);
      // A dashboard 0 px wide stayed "loading" for ever.
      await waitUntil(
        () => widgets.every(drawn),
        () => `in ${name}: ${widgets.map((el) => `${el.localName} ${el.state}`).join(', ')}`,
      );
      // The tile was 26 px wide (its padding), the dashboard 0: a container's content gives it no width.
      for (const el of widgets)
        widths.push(`${name}: ${el.localName} ${el.getBoundingClientRect().width >= 250 ? '≥ 250 px' : el.getBoundingClientRect().width}`);
      mounted.forEach(({ section }) => section.remove());
    }
    expect(widths.filter((width) => !width.endsWith('≥ 250 px'))).to.deep.equal([]);
  });

  it('in a 200 px flex row beside text, every widget shrinks to the room there', async () => {
    const mounted = await Promise.all(
      TAGS.map((tag) => mount(tag, (widget) => element('div', 'display: flex', widget, element('p', '', 'Text')), 'width: 200px')),
    );
    await waitUntil(() => mounted.every(({ el }) => drawn(el)), 'not drawn');
    for (const { el, section } of mounted) {
      expect(el.getBoundingClientRect().right, el.localName).to.be.at.most(section.getBoundingClientRect().right + 0.5);
      expect(section.scrollWidth, el.localName).to.be.at.most(200);
    }
  });

  it('on a zoomed page (CSS zoom), a tooltip sits beside its item as it does unzoomed', async () => {
    const places: Record<string, number[][]> = {};
    for (const zoom of [1, 1.5, 0.75]) {
      const mounted = await Promise.all(
        ['netreach-bars', 'netreach-map', 'netreach-trend'].map((tag) => mount(tag, (widget) => widget, `width: 500px; zoom: ${zoom}`)),
      );
      await waitUntil(() => mounted.every(({ el }) => drawn(el)), 'not drawn');
      for (const { el } of mounted) {
        const item = el.shadowRoot!.querySelector('svg [data-item]:not([data-item=""])')!;
        item.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await el.updateComplete;
        const tip = () => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]');
        await waitUntil(() => tip()?.style.left, `${el.localName}: no tooltip`);
        // In the widget's own pixels (the page's, divided by the zoom).
        const host = el.getBoundingClientRect();
        const box = tip()!.getBoundingClientRect();
        const place = [box.left - host.left, box.top - host.top, box.right - host.left].map((value) => value / zoom);
        (places[el.localName] ??= []).push(place);
        // Inside the widget: at 1.5 the bars' tip was drawn 878 px from a 750 px wide widget's left.
        expect(box.right, `${el.localName} at ${zoom}`).to.be.at.most(host.right + 1);
      }
      mounted.forEach(({ section }) => section.remove());
    }
    // The same place at every zoom (to 3 px: the style's whole pixels, zoomed).
    for (const [tag, [unzoomed, ...zoomed]] of Object.entries(places)) {
      for (const place of zoomed)
        place.forEach((value, index) => expect(value, `${tag}: ${place.join(' ')}`).to.be.closeTo(unzoomed[index], 3));
    }
  });

  it('with a larger root font (a reader’s browser at 24 px), the bars, the regions and the trend keep clear of the larger menu button', async () => {
    // A page of its own: the root font is read once per page (menuCorner()).
    const { frame, doc } = writtenFrame(
      `<!doctype html><html style="font-size: 24px"><head><script src="/dist/netreach.iife.js"></script></head><body>
        <div style="width: 600px"><netreach-bars src="/mock/valid?root-font"></netreach-bars></div>
        <div style="width: 320px"><netreach-bars></netreach-bars></div>
        <div style="width: 320px"><netreach-bars lang="fa"></netreach-bars></div>
        <div style="width: 320px"><netreach-trend></netreach-trend></div>
        <div style="width: 320px"><netreach-dashboard></netreach-dashboard></div></body></html>`,
      700,
      900,
    );
    try {
      await waitUntil(() => doc.readyState === 'complete', 'the page never loaded');
      const widgets = [...doc.querySelectorAll('netreach-bars, netreach-trend, netreach-dashboard')];
      await waitUntil(() => widgets.every(drawn), 'not drawn');
      const under: string[] = [];
      const roots = widgets.flatMap((widget) => [
        widget.shadowRoot!,
        ...[...widget.shadowRoot!.querySelectorAll('netreach-bars, netreach-regions, netreach-trend')].map((part) => part.shadowRoot!),
      ]);
      for (const root of roots) {
        const button = root.querySelector('[part~="menu-button"]')!.getBoundingClientRect();
        expect(button.width).to.equal(48);
        for (const mark of root.querySelectorAll('svg text, svg rect')) {
          const box = mark.getBoundingClientRect();
          if (box.width && box.left < button.right && box.right > button.left && box.top < button.bottom && box.bottom > button.top)
            under.push(`${(root.host as Element).localName} ${mark.getAttribute('class') ?? ''} "${mark.textContent}"`);
        }
      }
      // It kept 40 px (a 16 px page's): the axis's last tick, the first bar's value and the waffle's corner squares were
      // under it; the trend's chart started under it, its last point's label ("30M+") too.
      expect(under).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
