/**
 * Themes as the system changes. A page whose own colours follow the system (`@media (prefers-color-scheme: dark)`), with widgets that have no
 * `theme`: when the system switches, what hides what lies under it — the trend's dots and its labels' halos, a
 * scrolling table's sticky header — takes the page's new background, not the one it had when last drawn.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { waitUntil } from '../helpers/wait.js';

const DARK = 'rgb(17, 24, 39)';

describe('a page that follows the system’s colour scheme, widgets without a theme', () => {
  let sheet: HTMLStyleElement;
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    sheet = document.createElement('style');
    sheet.textContent = `.scheme-page { background: #fff; color: #111 }
      @media (prefers-color-scheme: dark) { .scheme-page { background: ${DARK}; color: #e5e7eb } }`;
    document.head.append(sheet);
  });
  after(async () => {
    sheet.remove();
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  const cases: [string, () => Promise<NetreachElement>, (el: NetreachElement) => Element][] = [
    [
      'the trend’s dots',
      () => fixture(html`<div class="scheme-page" style="width: 640px"><netreach-trend></netreach-trend></div>`),
      (el) => el.shadowRoot!.querySelector('.point .dot')!,
    ],
    [
      'the table’s sticky header',
      () => fixture(html`<div class="scheme-page" style="width: 640px"><netreach-table></netreach-table></div>`),
      (el) => el.shadowRoot!.querySelector('thead th')!,
    ],
  ];
  for (const [what, make, probe] of cases) {
    it(`${what} take the page's background after the system turns dark`, async () => {
      const el = (await make()).firstElementChild as NetreachElement;
      await waitUntil(() => el.state === 'ready', 'not ready');
      await el.updateComplete;
      const paint = () => {
        const style = getComputedStyle(probe(el));
        return probe(el).localName === 'th' ? style.backgroundColor : style.fill;
      };
      expect(paint()).to.equal('rgb(255, 255, 255)');
      await emulateMedia({ colorScheme: 'dark' });
      await waitUntil(
        () => paint() === DARK,
        () => `still ${paint()}`,
      );
    });
  }
});

const forcedColors = (value: 'active' | 'none') => executeServerCommand('media-features', { features: [{ name: 'forced-colors', value }] });

// The forced-colours rule (system colours) lost to :host([theme='dark']) and, on a dark system, to
// :host([theme='auto']) on specificity: a dark theme's light text stayed in its properties over the forced white Canvas.
describe('forced colours (Windows high contrast) with a dark theme', () => {
  before(() => forcedColors('active'));
  after(async () => {
    await forcedColors('none');
    await emulateMedia({ colorScheme: 'light' });
  });
  for (const [scheme, theme] of [
    ['light', 'dark'],
    ['dark', 'auto'],
  ] as const) {
    for (const name of ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard']) {
      it(`<netreach-${name} theme="${theme}"> on a ${scheme} system uses the system colours and passes axe`, async () => {
        await emulateMedia({ colorScheme: scheme });
        const tag = unsafeStatic(`netreach-${name}`);
        const wrapper = await fixture<HTMLElement>(staticHtml`<div style="width: 720px"><${tag} theme=${theme}></${tag}></div>`);
        const el = wrapper.firstElementChild as NetreachElement;
        await waitUntil(() => el.state === 'ready', `${name} not ready`);
        await el.updateComplete;
        expect(getComputedStyle(el).getPropertyValue('--_fg').trim()).to.equal('CanvasText');
        await expect(el).to.be.accessible();
      });
    }
  }
});

// A page's dark-mode button: a class (or data-theme) on <html>, not the system's scheme. The trend and the table read
// the page's background in script; they noticed such a switch only when they drew again.
describe('a page that switches its colours with a class on <html>, widgets without a theme', () => {
  let sheet: HTMLStyleElement;
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    sheet = document.createElement('style');
    sheet.textContent = `.class-page { background: #fff; color: #111 }
      html.page-dark .class-page, html[data-theme='dark'] .class-page { background: ${DARK}; color: #e5e7eb }`;
    document.head.append(sheet);
  });
  after(async () => {
    sheet.remove();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const [tag, probe, switchTo] of [
    ['trend', '.point .dot', (on: boolean) => document.documentElement.classList.toggle('page-dark', on)],
    // A framework's way: data-theme="dark".
    [
      'table',
      'thead th',
      (on: boolean) =>
        on ? document.documentElement.setAttribute('data-theme', 'dark') : document.documentElement.removeAttribute('data-theme'),
    ],
  ] as const) {
    it(`<netreach-${tag}> takes the page's background when a class on <html> turns it dark, and back`, async () => {
      const tags = unsafeStatic(`netreach-${tag}`);
      const wrapper = await fixture(staticHtml`<div class="class-page" style="width: 640px"><${tags}></${tags}></div>`);
      const el = wrapper.firstElementChild as NetreachElement;
      try {
        await waitUntil(() => el.state === 'ready', 'not ready');
        await el.updateComplete;
        const paint = () => {
          const node = el.shadowRoot!.querySelector(probe)!;
          const style = getComputedStyle(node);
          return tag === 'table' ? style.backgroundColor : style.fill;
        };
        expect(paint()).to.equal('rgb(255, 255, 255)');
        switchTo(true);
        await waitUntil(
          () => paint() === DARK,
          () => `still ${paint()}`,
        );
        switchTo(false);
        await waitUntil(
          () => paint() === 'rgb(255, 255, 255)',
          () => `still ${paint()}`,
        );
      } finally {
        switchTo(false);
      }
    });
  }
});
