/**
 * A page's inherited text properties (`body { text-transform: uppercase; letter-spacing: .2em; line-height: 3;
 * text-align: center; white-space: nowrap … }`) cross the shadow boundary: every element of every widget — its
 * menu, About, View data and tooltip included — reads them as it does on a plain page.
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendMouse } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { waitUntil } from '../helpers/wait.js';

const WIDGETS = ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard'];

const HOSTILE = `body { text-transform: uppercase; letter-spacing: .2em; word-spacing: 1em; line-height: 3; text-align: center;
  white-space: nowrap; text-indent: 2em; font-style: italic; text-shadow: 0 0 2px red; font-variant: small-caps;
  word-break: break-all; hyphens: auto; text-align-last: center }`;

const INHERITED = [
  'text-transform',
  'letter-spacing',
  'word-spacing',
  'line-height',
  'text-align',
  'text-align-last',
  'white-space-collapse',
  'text-wrap-mode',
  'text-indent',
  'font-style',
  'text-shadow',
  'font-variant-caps',
  'word-break',
  'hyphens',
] as const;

function roots(el: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    found.push(root);
    for (const each of root.querySelectorAll('*')) if (each.shadowRoot) visit(each.shadowRoot);
  };
  visit(el.shadowRoot!);
  return found;
}

/** Where an element is in its shadow root, by tag, part and position: the same in both passes. */
function path(each: Element): string {
  const steps: string[] = [];
  for (let at: Element | null = each; at; at = at.parentElement) {
    steps.unshift(`${at.localName}[${at.getAttribute('part') ?? ''}]${[...(at.parentNode?.children ?? [])].indexOf(at)}`);
  }
  return steps.join('>');
}

/** Each element's inherited text properties, by state and where it is. */
function text(el: Element, state: string, into: Map<string, string>): void {
  roots(el).forEach((root, index) => {
    for (const each of root.querySelectorAll('*')) {
      const style = getComputedStyle(each);
      // What the charts' ResizeController watches, never seen.
      if (style.visibility === 'hidden') continue;
      into.set(`${state} ${index} ${path(each)}`, INHERITED.map((p) => `${p}:${style.getPropertyValue(p)}`).join(' '));
    }
  });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('a page’s inherited text properties', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const name of WIDGETS) {
    it(`<netreach-${name}>: reach none of its elements, open menu, About, View data and tooltip included`, async () => {
      const tag = unsafeStatic(`netreach-${name}`);
      const wrapper = await fixture<HTMLElement>(staticHtml`<div style="width: 720px"><${tag}></${tag}></div>`);
      const el = wrapper.firstElementChild as NetreachElement;
      await waitUntil(() => el.state === 'ready', `${name} not ready`);
      await el.updateComplete;
      const looks: Map<string, string>[] = [];
      const sheet = document.createElement('style');
      sheet.textContent = HOSTILE;
      for (const hostile of [false, true]) {
        if (hostile) document.head.append(sheet);
        await frame();
        const seen = new Map<string, string>();
        const target = el.shadowRoot!.querySelector<HTMLElement | SVGElement>('[tabindex="0"]');
        target?.focus();
        const cell = el.shadowRoot!.querySelector('rect.cell')?.getBoundingClientRect();
        if (cell)
          await sendMouse({ type: 'move', position: [Math.round(cell.left + cell.width / 2), Math.round(cell.top + cell.height / 2)] });
        await frame();
        text(el, 'drawn', seen);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="menu-button"]')!.click();
        await el.updateComplete;
        await frame();
        text(el, 'menu', seen);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="menu-button"]')!.click();
        el.toggleDataView();
        await el.updateComplete;
        text(el, 'data-view', seen);
        el.toggleDataView();
        el.toggleAbout();
        await el.updateComplete;
        text(el, 'about', seen);
        el.toggleAbout();
        await el.updateComplete;
        looks.push(seen);
      }
      sheet.remove();
      const [plain, hostile] = looks as [Map<string, string>, Map<string, string>];
      const leaks = new Set<string>();
      let compared = 0;
      for (const [each, line] of hostile) {
        const before = plain.get(each);
        if (before === undefined) continue;
        compared++;
        if (line === before) continue;
        const a = before.split(' ');
        leaks.add(
          `${each.split(' ')[0]} ${each.split('>').pop()!}: ${line
            .split(' ')
            .filter((word, at) => word !== a[at])
            .join(' ')}`,
        );
      }
      expect(compared).to.be.greaterThan(plain.size * 0.9);
      expect([...leaks]).to.deep.equal([]);
    });
  }
});
