/**
 * Hardening, bad networks through a widget (the loader alone is covered by test/unit/load.test.ts): every failure
 * mode ends in `state="error"`, a `netreach-error` with the right code and a message that says what happened, and
 * nothing thrown into the page.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { EVERY_WIDGET, mountWidget, watchPage } from '../helpers/hardening.js';
import { frames, waitUntil } from '../helpers/wait.js';

interface NetworkCase {
  name: string;
  url: () => Promise<string> | string;
  code: string;
  /** Something the message must contain. */
  says?: RegExp;
}

const CASES: NetworkCase[] = [
  { name: '404 with an HTML body', url: () => '/mock/status?code=404', code: 'http', says: /404/ },
  { name: '500 with an HTML body', url: () => '/mock/status?code=500', code: 'http', says: /500/ },
  { name: '200 with an HTML page (an SPA fallback)', url: () => '/mock/html', code: 'not-json' },
  { name: 'an empty body', url: () => '/mock/empty', code: 'not-json' },
  { name: '204 No Content', url: () => '/mock/no-content', code: 'not-json' },
  { name: 'truncated JSON', url: () => '/mock/not-json', code: 'not-json' },
  { name: 'a dataset of version 99', url: () => '/mock/invalid', code: 'version', says: /99/ },
  { name: 'an oversized body (over the 10 MB cap)', url: () => '/mock/big?bytes=11000000', code: 'too-large', says: /10 MB/ },
  { name: 'a redirect loop', url: () => '/mock/redirect-loop', code: 'network' },
  { name: 'a connection cut mid-body', url: () => '/mock/abort', code: 'network' },
  {
    name: 'a CORS failure (another origin without CORS headers)',
    url: async () => {
      const { port } = (await (await fetch('/mock/cors-port')).json()) as { port: number };
      expect(port).to.be.greaterThan(0);
      return `http://127.0.0.1:${port}/dataset.json`;
    },
    code: 'network',
  },
  { name: 'a port where nothing listens', url: () => 'http://127.0.0.1:9/dataset.json', code: 'network' },
];

describe('hardening: bad networks through a widget', () => {
  for (const each of CASES) {
    for (const widget of EVERY_WIDGET.filter((one) => ['stat', 'map', 'dashboard'].includes(one.name))) {
      it(`<${widget.tag}>: ${each.name}`, async () => {
        const page = watchPage();
        const url = `${await each.url()}${widget.name === 'stat' ? '' : `${(await each.url()).includes('?') ? '&' : '?'}w=${widget.name}`}`;
        const messages: string[] = [];
        const listener = (event: Event) => messages.push((event as CustomEvent<{ message: string }>).detail.message);
        document.addEventListener('netreach-error', listener);
        const { el, errorCodes, container } = await mountWidget(widget, { src: url });
        try {
          expect(el.state).to.equal('error');
          expect(errorCodes).to.deep.equal([each.code]);
          const box = el.shadowRoot!.querySelector('[part="error"]')!;
          expect(box.getAttribute('role')).to.equal('alert');
          expect(box.textContent).to.equal(messages[0]);
          if (each.says) expect(messages[0]).to.match(each.says);
          // The message names what failed to load (a dataset that loaded but is invalid is named by its problem).
          if (each.code !== 'version') expect(messages[0]).to.contain(new URL(url, location.href).pathname.split('/').pop()!.split('?')[0]);
          // Still fine a few frames later: no late render, nothing thrown.
          await frames(5);
          expect(el.state).to.equal('error');
          expect(page.errors).to.deep.equal([]);
        } finally {
          document.removeEventListener('netreach-error', listener);
          page.stop();
          container.remove();
        }
      });
    }
  }

  it("tells the page in the widget's language what its box says, even as that language's words load", async () => {
    // Each widget in a language that no widget of this page has shown before: its words load as the error is known.
    const languages = ['fa', 'ar', 'tr', 'fr', 'ms', 'ru', 'zh', 'id', 'pt'];
    for (const [index, widget] of EVERY_WIDGET.entries()) {
      const lang = languages[index]!;
      const messages: string[] = [];
      const listener = (event: Event) => messages.push((event as CustomEvent<{ message: string }>).detail.message);
      document.addEventListener('netreach-error', listener);
      const { el, container } = await mountWidget(
        { ...widget, attributes: { ...widget.attributes, lang } },
        { src: '/mock/status?code=404' },
      );
      try {
        expect(el.state, widget.name).to.equal('error');
        expect(messages, `${widget.name} in ${lang}`).to.deep.equal([el.shadowRoot!.querySelector('[part="error"]')!.textContent]);
        expect(messages[0], `${widget.name} in ${lang}`).to.not.contain('Could not load');
      } finally {
        document.removeEventListener('netreach-error', listener);
        container.remove();
      }
    }
  });

  // A page opened as a file (its src a file: URL beside it) said only "Could not reach data.json".
  it('a file: URL, which browsers do not fetch: the console says to serve the page or put the data inline', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const { el, errorCodes, container } = await mountWidget(EVERY_WIDGET[0]!, { src: 'file:///tmp/netreach-file-page.json' });
      container.remove();
      expect([el.state, ...errorCodes]).to.deep.equal(['error', 'network']);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([
      'netreach: a browser fetches no file: URL (file:///tmp/netreach-file-page.json): serve the page, or put the data inline (README, Loading data)',
    ]);
  });

  it('recovers when src changes from a failing URL to a good one', async () => {
    const page = watchPage();
    const { el, container } = await mountWidget(EVERY_WIDGET[0]!, { src: '/mock/status?code=503' });
    try {
      expect(el.state).to.equal('error');
      el.setAttribute('src', '/mock/valid?recover');
      await waitUntil(() => el.state === 'ready', 'did not recover');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect((el as NetreachElement).currentDataset?.network.id).to.equal('example-network');
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      container.remove();
    }
  });
});
