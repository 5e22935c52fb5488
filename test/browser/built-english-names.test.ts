/**
 * The 249 English country names are not in dist/netreach.js, which every page loads up front (issue 12): a bundled
 * dataset's chunk brings its countries' names, the validator's chunk (a page's own data) all of them, and a name asked
 * before either is Intl's (src/core/countries.ts, scripts/build.mjs `englishTableOut`). On built pages of their own
 * (iframes whose Intl constructors are counted before the bundle runs): no request a first draw did not make before,
 * no Intl object, and every name the one the full table (src/, lib/, the classic script) gives.
 */
import { expect } from '@open-wc/testing';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { allAlpha3 } from '../../src/core/countries.js';
import { englishLocales } from '../../src/core/locale.js';
import { countryName } from '../../src/core/names.js';
import type { Dataset } from '../../src/core/types.js';
import { AL_MUSTAFA } from '../../src/generated/al-mustafa.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { SILK_ROAD } from '../../src/generated/silk-road.js';
import { scripts, INTL_CONSTRUCTORS, drawnWidget } from '../helpers/built-page.js';
import { waitUntil } from '../helpers/wait.js';

/** Counts the page's Intl objects (in `window.made`) before anything else on it runs. */
const COUNT_INTL = `<script>window.made=[];for(const n of ${JSON.stringify(INTL_CONSTRUCTORS)}){const N=Intl[n];const C=function(...a){made.push('Intl.'+n+'('+JSON.stringify(a[0])+')');return new N(...a)};C.supportedLocalesOf=N.supportedLocalesOf;Intl[n]=C}</script>`;

type Netreach = { countryName(alpha3: string, locale: string): string };
type Page = { frame: HTMLIFrameElement; doc: Document; win: Window & { made: string[] }; netreach: Netreach };

async function page(): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html lang="en">${COUNT_INTL}<script type="module" src="/dist/netreach.js"></script><body></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { made: string[]; eval(code: string): unknown };
  await waitUntil(() => win.customElements.get('netreach-table') !== undefined, 'dist/netreach.js never defined its widgets');
  // The page's own instance of the bundle (one module map per document).
  const netreach = (await win.eval("import('/dist/netreach.js')")) as Netreach;
  return { frame, doc: frame.contentDocument!, win, netreach };
}

/** What a widget says: its text and labels. */
function textOf(el: NetreachElement): string {
  return [...el.shadowRoot!.querySelectorAll('*')]
    .map((node) => `${node.textContent ?? ''} ${node.getAttribute('aria-label') ?? ''}`)
    .join(' ');
}

/** Each member's name on the built page against the full table's, in English. */
function namesOf(netreach: Netreach, dataset: Dataset): { built: string[]; table: string[] } {
  const codes = dataset.members.map((member) => member.country);
  return { built: codes.map((code) => netreach.countryName(code, 'en')), table: codes.map((code) => countryName(code, 'en')) };
}

describe('English names on a built page (not in netreach.js)', () => {
  it('are not in what every page loads up front', async () => {
    const bundle = await (await fetch('/dist/netreach.js')).text();
    for (const name of ['Åland Islands', 'Zimbabwe', 'Pakistan', 'Senegal']) expect(bundle.includes(name), name).to.equal(false);
  });

  it('a default map: the requests of before, no Intl object, CINVU’s members named as the table names them', async () => {
    const { frame, doc, win, netreach } = await page();
    try {
      const map = await drawnWidget(doc, 'netreach-map', () => {});
      expect(scripts(win)).to.deep.equal(['cinvu', 'map.chunk', 'netreach.js', 'world-geo']);
      expect(win.made).to.deep.equal([]);
      const { built, table } = namesOf(netreach, CINVU as Dataset);
      expect(built).to.deep.equal(table);
      const text = textOf(map);
      for (const name of ['Pakistan', 'Senegal', 'Türkiye']) expect(text.includes(name), name).to.equal(true);
      expect(win.made).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('bars of the page’s own data: the requests of before, no Intl object, its members named as the table names them', async () => {
    const { frame, doc, win, netreach } = await page();
    try {
      await drawnWidget(doc, 'netreach-bars', (el) => ((el as NetreachElement & { data: unknown }).data = EXAMPLE_NETWORK));
      expect(scripts(win)).to.deep.equal(['netreach.js', 'validate']);
      expect(win.made).to.deep.equal([]);
      const { built, table } = namesOf(netreach, EXAMPLE_NETWORK as Dataset);
      expect(built).to.deep.equal(table);
      // The validator's chunk brings all 249.
      expect(allAlpha3().map((code) => netreach.countryName(code, 'en'))).to.deep.equal(allAlpha3().map((code) => countryName(code, 'en')));
      expect(win.made).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  for (const [id, dataset, chunk] of [
    ['silk-road', SILK_ROAD, 'silk-road'],
    ['al-mustafa', AL_MUSTAFA, 'al-mustafa'],
  ] as const) {
    it(`a table of ${id}: the requests of before, no Intl object, its members named in its rows as the table names them`, async () => {
      const { frame, doc, win, netreach } = await page();
      try {
        const table = await drawnWidget(doc, 'netreach-table', (el) => el.setAttribute('dataset', id));
        expect(scripts(win)).to.deep.equal([chunk, 'netreach.js', 'table.chunk'].sort());
        expect(win.made).to.deep.equal([]);
        const names = namesOf(netreach, dataset as Dataset);
        expect(names.built).to.deep.equal(names.table);
        const text = textOf(table);
        for (const name of names.table) expect(text.includes(name), name).to.equal(true);
      } finally {
        frame.remove();
      }
    });
  }

  it('the classic script keeps the full table: every country named at once, a table of al-mustafa with no Intl object', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en">${COUNT_INTL}<script src="/dist/netreach.iife.js"></script><body></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    try {
      const win = frame.contentWindow as Window & { made: string[]; netreach: Netreach };
      expect(allAlpha3().map((code) => win.netreach.countryName(code, 'en'))).to.deep.equal(
        allAlpha3().map((code) => countryName(code, 'en')),
      );
      expect(win.made).to.deep.equal([]);
      const table = await drawnWidget(frame.contentDocument!, 'netreach-table', (el) => el.setAttribute('dataset', 'al-mustafa'));
      const text = textOf(table);
      for (const name of namesOf(win.netreach, AL_MUSTAFA as Dataset).table) expect(text.includes(name), name).to.equal(true);
      expect(win.made).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('before any data, every country named as the table names it, in each English netreach writes without Intl (Intl’s "en", not en-GB’s)', async () => {
    const { frame, netreach } = await page();
    try {
      for (const locale of englishLocales()) {
        const built = allAlpha3().map((code) => `${code} ${netreach.countryName(code, locale)}`);
        expect(built, locale).to.deep.equal(allAlpha3().map((code) => `${code} ${countryName(code, locale)}`));
      }
    } finally {
      frame.remove();
    }
  });
});
