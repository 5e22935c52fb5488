import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { waitUntil } from '../helpers/wait.js';

// A page of its own: a browser remembers a failed module load for the rest of the page.

describe('a language whose UI strings do not load', () => {
  before(() => executeServerCommand('block-urls', { urls: ['*/i18n/tr.*'] }));
  after(() => executeServerCommand('block-urls', { urls: [] }));

  it('draws with English words in that language’s numbers, rather than saying "Loading…" for ever', async () => {
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
      expect(frame.getAttribute('lang')).to.equal('tr');
      // The words are netreach's English (the metric's label is the dataset's own Turkish).
      // (The figure's source and the sparkline's others': "Sources".)
      expect(stat.shadowRoot!.querySelector('[part="source"]')!.textContent!.trim()).to.match(/^Sources: CINVU/);
      expect(stat.shadowRoot!.querySelector('[part="growth"]')!.textContent).to.match(/since 2020$/);
      expect(stat.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
      expect(warnings.some(([message]) => String(message).includes('no "tr" UI strings'))).to.equal(true);

      // A drawn widget asked for that language does the same: its words stay English.
      const english = (await fixture<HTMLDivElement>(html`<div style="width: 400px"><netreach-stat></netreach-stat></div>`))
        .firstElementChild as NetreachElement;
      await waitUntil(() => english.state === 'ready', 'the English tile never drew');
      english.setAttribute('lang', 'tr');
      await waitUntil(() => english.shadowRoot!.querySelector('.frame')!.getAttribute('lang') === 'tr', 'never switched');
      expect(english.state).to.equal('ready');
      expect(english.shadowRoot!.querySelector('[part="growth"]')!.textContent).to.equal('unchanged since 2020');
    } finally {
      console.warn = warn;
    }
  });
});
