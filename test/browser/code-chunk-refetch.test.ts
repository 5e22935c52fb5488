/**
 * The built dist/netreach.js when a widget's code chunk fails to load for real (a network error, not a mocked
 * importer): a browser remembers a failed module for the rest of the page, so importing the same URL again fails
 * again without a request. The widget connected again once the chunk is reachable must draw, as
 * code-chunk-failure.test.ts checks with the source's importer mocked, and a menu whose chunk failed opens on the next
 * click once it is reachable. A page of its own: the blocked URLs would fail any other test's chunks.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { builtPage, consoleOf, drawnWidget } from '../helpers/built-page.js';
import { waitUntil } from '../helpers/wait.js';

describe('a built widget whose code chunk failed to load', () => {
  after(() => executeServerCommand('block-urls', { urls: [] }));

  const again: Record<string, (el: NetreachElement) => void> = {
    'connected again': (el) => {
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
    },
    'given a new option': (el) => el.setAttribute('theme', 'dark'),
  };
  for (const name of ['stat', 'regions', 'trend', 'table', 'map', 'dashboard']) {
    for (const [how, ask] of Object.entries(again)) {
      it(`<netreach-${name}> draws once ${how} with its chunk reachable`, async () => {
        await executeServerCommand('block-urls', { urls: [`*/dist/chunks/${name}.chunk-*`] });
        const { frame, doc } = await builtPage();
        try {
          const el = doc.createElement(`netreach-${name}`) as NetreachElement;
          doc.body.append(el);
          await waitUntil(
            () => el.state === 'error',
            () => `never showed the error (was ${el.state})`,
          );
          await executeServerCommand('block-urls', { urls: [] });
          ask(el);
          await waitUntil(
            () => el.state === 'ready',
            () =>
              `never drew once its chunk was reachable (was ${el.state}: ${el.shadowRoot!.querySelector('[part="error"]')?.textContent})`,
          );
        } finally {
          frame.remove();
        }
      });
    }
  }

  // The menu's items are in the on-demand chunk: when it failed, the menu button said the menu was open
  // (aria-expanded) with nothing shown, and the next click closed that menu rather than asking again.
  it('a menu whose chunk failed is closed, and the next click opens it once the chunk is reachable', async () => {
    await executeServerCommand('block-urls', { urls: ['*/dist/chunks/on-demand-*'] });
    const { frame, doc, win } = await builtPage();
    try {
      const warnings = consoleOf(win);
      const el = await drawnWidget(doc, 'netreach-bars');
      const button = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!;
      button().click();
      await waitUntil(() => warnings.some((warning) => warning.includes('could not load the menu')), 'the menu never failed');
      await el.updateComplete;
      expect(button().getAttribute('aria-expanded')).to.equal('false');
      await executeServerCommand('block-urls', { urls: [] });
      button().click();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="menu"]') !== null, 'the menu never opened');
      expect(button().getAttribute('aria-expanded')).to.equal('true');
    } finally {
      frame.remove();
    }
  });

  // A language whose strings did not load is drawn wholly in English (LocaleController); connected again with them
  // reachable, the widget asks again and is drawn in its language.
  it('a widget whose language chunk failed is drawn in English, then in its language once connected again', async () => {
    await executeServerCommand('block-urls', { urls: ['*/dist/chunks/fa-*'] });
    const { frame, doc, win } = await builtPage('fa');
    try {
      const warnings = consoleOf(win);
      const el = await drawnWidget(doc, 'netreach-stat');
      const frameOf = () => el.shadowRoot!.querySelector('.frame')!;
      expect([frameOf().getAttribute('lang'), frameOf().getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
      expect(el.shadowRoot!.textContent).not.to.match(/[\u06F0-\u06F9]/);
      expect(warnings.some((warning) => warning.includes('no "fa" UI strings; drawn in English'))).to.equal(true);
      await executeServerCommand('block-urls', { urls: [] });
      el.remove();
      doc.body.append(el);
      await waitUntil(() => frameOf().getAttribute('lang') === 'fa', 'never drawn in Persian once its strings were reachable');
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(frameOf().getAttribute('dir')).to.equal('rtl');
      expect(el.shadowRoot!.textContent).to.match(/[\u06F0-\u06F9]/);
    } finally {
      frame.remove();
    }
  });
});
