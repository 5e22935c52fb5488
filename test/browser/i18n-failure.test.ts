import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { waitUntil } from '../helpers/wait.js';

// A page of its own: a browser remembers a failed module load for the rest of the page.

describe('a language whose UI strings do not load', () => {
  before(() => executeServerCommand('block-urls', { urls: ['*/i18n/tr.*', '*/i18n/fa.*'] }));
  after(() => executeServerCommand('block-urls', { urls: [] }));

  it('draws wholly in English, rather than saying "Loading…" for ever', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 400px"><netreach-stat lang="tr" metric="virtual-students"></netreach-stat></div>`,
      );
      const stat = wrapper.firstElementChild as NetreachElement;
      await waitUntil(
        () => stat.state === 'ready',
        () => `the tile never drew (was ${stat.state})`,
      );
      const frame = stat.shadowRoot!.querySelector('.frame')!;
      // English words, so English throughout: a language netreach has no texts for is drawn the same way.
      expect(frame.getAttribute('lang')).to.equal('en');
      // The words are netreach's English.
      // (The figure's source and the sparkline's others': "Sources".)
      expect(stat.shadowRoot!.querySelector('[part="source"]')!.textContent!.trim()).to.match(/^Sources: CINVU/);
      expect(stat.shadowRoot!.querySelector('[part="growth"]')!.textContent).to.match(/since 2020$/);
      expect(stat.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
      expect(warnings.some(([message]) => String(message).includes('no "tr" UI strings'))).to.equal(true);

      // A drawn widget asked for that language does the same: it stays English.
      const english = (await fixture<HTMLDivElement>(html`<div style="width: 400px"><netreach-stat></netreach-stat></div>`))
        .firstElementChild as NetreachElement;
      await waitUntil(() => english.state === 'ready', 'the English tile never drew');
      const said = () => warnings.filter(([message]) => String(message).includes('no "tr" UI strings')).length;
      const before = said();
      english.setAttribute('lang', 'tr');
      await waitUntil(() => said() > before, 'never tried the Turkish strings again');
      await english.updateComplete;
      expect(english.state).to.equal('ready');
      expect(english.shadowRoot!.querySelector('.frame')!.getAttribute('lang')).to.equal('en');
      expect(english.shadowRoot!.querySelector('[part="growth"]')!.textContent).to.equal('unchanged since 2020');
    } finally {
      console.warn = warn;
    }
  });

  it('draws a right-to-left language with Persian digits in English, left to right, with none of its digits', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px" lang="fa">
        <netreach-stat metric="virtual-students"></netreach-stat>
        <netreach-bars></netreach-bars>
        <netreach-table></netreach-table>
      </div>`);
      const widgets = [...wrapper.children] as NetreachElement[];
      await waitUntil(
        () => widgets.every((el) => el.state === 'ready'),
        () => `not all drew (${widgets.map((el) => el.state).join(', ')})`,
      );
      await Promise.all(widgets.map((el) => el.updateComplete));
      expect(warnings.some(([message]) => String(message).includes('no "fa" UI strings; drawn in English'))).to.equal(true);
      for (const el of widgets) {
        const frame = el.shadowRoot!.querySelector('.frame')!;
        expect([el.localName, frame.getAttribute('lang'), frame.getAttribute('dir')]).to.deep.equal([el.localName, 'en', 'ltr']);
        const text =
          el.shadowRoot!.textContent! +
          [...el.shadowRoot!.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label')).join(' ');
        // Persian (and Arabic-Indic) digits, the Persian list comma and decimal separators: none.
        expect(text.match(/[\u0660-\u0669\u06F0-\u06F9\u060C\u066B\u066C]/g), `${el.localName}: ${text}`).to.equal(null);
      }
      expect(widgets[0]!.shadowRoot!.querySelector('[part="growth"]')!.textContent).to.match(/since 2020$/);
    } finally {
      console.warn = warn;
    }
  });
});
