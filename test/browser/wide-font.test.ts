import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/bars/define.js';
import '../../src/regions/define.js';
import '../../src/trend/define.js';
import '../../src/map/define.js';
import '../../src/stat/define.js';
import '../../src/table/define.js';
import '../../src/dashboard/define.js';
import { waitUntil, frames } from '../helpers/wait.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';

/**
 * A much wider font than the page's: a monospace face, expanded, letter-spaced. Every widget at a phone's, a column's
 * and a page's width keeps its text inside its box (a table's scroller excepted: it scrolls).
 */
const WIDE = "'DejaVu Sans Mono', monospace";

type Widget = HTMLElement & { state?: string; updateComplete: Promise<unknown> };

/** Every rendered element (with text of its own or not) of `root`'s shadow trees (a dashboard's parts too), with the scroller each is in, if any. */
function rendered(root: Element): { element: Element; scrolled: boolean }[] {
  const all: { element: Element; scrolled: boolean }[] = [];
  const walk = (node: Element | ShadowRoot, scrolled: boolean) => {
    for (const child of node.children) {
      const style = getComputedStyle(child);
      if (style.display === 'none' || style.visibility === 'hidden' || child.matches('[part~="tooltip"], .ruler')) continue;
      all.push({ element: child, scrolled });
      const scroller = /auto|scroll/.test(style.overflowX);
      walk(child, scrolled || scroller);
      if (child.shadowRoot) walk(child.shadowRoot, scrolled || scroller);
    }
  };
  walk(root.shadowRoot!, false);
  return all;
}

const WIDGETS = [
  ['bars', html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="universities" group-by="country" limit="8"></netreach-bars>`],
  ['regions', html`<netreach-regions .data=${EXAMPLE_NETWORK}></netreach-regions>`],
  ['trend', html`<netreach-trend></netreach-trend>`],
  ['map', html`<netreach-map .data=${EXAMPLE_NETWORK}></netreach-map>`],
  ['stat', html`<netreach-stat .data=${EXAMPLE_NETWORK} metric="universities"></netreach-stat>`],
  ['table', html`<netreach-table .data=${EXAMPLE_NETWORK}></netreach-table>`],
  ['dashboard', html`<netreach-dashboard .data=${EXAMPLE_NETWORK}></netreach-dashboard>`],
] as const;

describe('a much wider --netreach-font', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const [name, template] of WIDGETS) {
    for (const width of [320, 600, 1000]) {
      it(`${name} at ${width} px keeps its text in its box`, async () => {
        const page = await fixture<HTMLDivElement>(
          html`<div class="wide" style="width: ${width}px; --netreach-font: ${WIDE}; font-stretch: expanded">${template}</div>`,
        );
        const el = page.firstElementChild as Widget;
        el.style.letterSpacing = '3px';
        await waitUntil(() => el.state === 'ready', `never ready (${el.state})`);
        await frames(4);
        await el.updateComplete;
        const host = el.getBoundingClientRect();
        const spills: string[] = [];
        for (const { element, scrolled } of rendered(el)) {
          // Text only: the map's land runs past its box on purpose (fitted to the members, clipped by the SVG).
          const text = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
          if (scrolled || !text) continue;
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          if (box.left < host.left - 1 || box.right > host.right + 1)
            spills.push(
              `${element.localName}.${element.getAttribute('class') ?? ''} "${(element.textContent ?? '').slice(0, 30)}" ${Math.round(box.left - host.left)}…${Math.round(box.right - host.left)} of ${Math.round(host.width)}`,
            );
        }
        expect(spills.join('\n')).to.equal('');
      });
    }
  }
});
