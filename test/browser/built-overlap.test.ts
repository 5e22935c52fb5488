/**
 * Two networks compared on a page of the built dist/netreach.js: the overlap's code and English are not in what every
 * page loads up front but copied into the map's and the table's chunks (COPY_INTO_CHUNKS in scripts/build.mjs), so
 * each of those widgets, on a page of its own, still says the groups in words, never a string's key.
 */
import { expect } from '@open-wc/testing';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { builtPage } from '../helpers/built-page.js';
import { waitUntil } from '../helpers/wait.js';

/**
 * A `<tag dataset="cinvu" compare="al-mustafa">` drawn on a built page of its own: its shadow root's text (after
 * `then`, given the element once drawn: the map's table opened).
 */
async function comparedText(tag: string, then?: (el: NetreachElement) => Promise<void>): Promise<string> {
  const { frame, doc } = await builtPage();
  try {
    const el = doc.createElement(tag) as NetreachElement;
    el.setAttribute('dataset', 'cinvu');
    el.setAttribute('compare', 'al-mustafa');
    doc.body.append(el);
    await waitUntil(
      () => el.state === 'ready',
      () => `never drew (was ${el.state})`,
    );
    await then?.(el);
    const root = el.shadowRoot!;
    return [...root.querySelectorAll('*')].map((node) => `${node.textContent ?? ''} ${node.getAttribute('aria-label') ?? ''}`).join(' ');
  } finally {
    frame.remove();
  }
}

describe('the overlap on a built page', () => {
  it('is not in what every page loads up front', async () => {
    const bundle = await (await fetch('/dist/netreach.js')).text();
    expect(bundle.includes('Only in {network}'), 'Only in {network}').to.equal(false);
    expect(bundle.includes('compared with {b}'), 'compared with {b}').to.equal(false);
    // The caption and column of the table of both networks' countries (the map's and the table's) came later too.
    expect(bundle.includes('countries compared'), 'countries compared').to.equal(false);
    expect(bundle.includes('Listed in'), 'Listed in').to.equal(false);
  });

  it('is said in words by a table of its own (the table chunk’s copy)', async () => {
    const text = await comparedText('netreach-table');
    for (const words of [
      'In both',
      'Only in CINVU',
      'Only in Al-Mustafa',
      'is not complete, so a country shown as only in the other',
      'CINVU and Al-Mustafa: countries compared',
      'Listed in',
    ])
      expect(text.includes(words), words).to.equal(true);
    expect(text.match(/overlap(Both|Only|Summary|Caveat|Lists)|tableCaptionOverlap|tableOverlap/)?.[0] ?? 'no key').to.equal('no key');
  });

  it('is said in words by a map of its own (the map chunk’s copy), its table opened', async () => {
    const text = await comparedText('netreach-map', async (el) => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      await waitUntil(
        () => el.shadowRoot!.querySelector('table') !== null,
        () => 'the table never opened',
      );
    });
    for (const words of [
      'CINVU compared with Al-Mustafa: in both',
      'Only in Al-Mustafa (≥',
      'CINVU and Al-Mustafa: countries compared',
      'Listed in',
    ])
      expect(text.includes(words), words).to.equal(true);
    expect(text.match(/overlap(Both|Only|Summary|Caveat|Lists)|tableCaptionOverlap|tableOverlap/)?.[0] ?? 'no key').to.equal('no key');
  });
});
