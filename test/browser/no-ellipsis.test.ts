// "No text node in any widget ends with an ellipsis at 390 px or wider for the bundled datasets" (issue 14): every
// widget and its common variants, for each bundled dataset, 390 and 1280 px wide, in a page's usual sans-serif
// (wider than the browser's default serif). A label is never cut, neither
// in its text ("Europe & Americ…") nor by CSS (`text-overflow: ellipsis` on a box its text overflows).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/index.js';
import { BUNDLED_DATASETS } from '../../src/core/default-dataset.js';
import { drawnText, netreachElements } from '../helpers/drawn-text.js';
import { frames, waitUntil } from '../helpers/wait.js';

/** Each widget as people put it on a page: its tag and attributes (the dataset is added). */
const WIDGETS = [
  'netreach-stat',
  'netreach-stat metric="virtual-students"',
  'netreach-map',
  'netreach-bars',
  'netreach-bars group-by="country"',
  'netreach-regions',
  'netreach-regions type="donut"',
  'netreach-trend',
  'netreach-table',
  'netreach-table of="universities"',
  'netreach-dashboard',
];

/** Elements whose text CSS cuts with an ellipsis: `text-overflow: ellipsis` and wider content than box. */
function cutByCss(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    ...(getComputedStyle(element).textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1 ? [element] : []),
    ...(element.shadowRoot ? cutByCss(element.shadowRoot) : []),
  ]);
}

describe('no label is cut with an ellipsis', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const width of [390, 1280]) {
    for (const dataset of BUNDLED_DATASETS) {
      it(`draws every widget of ${dataset} at ${width} px with whole labels`, async () => {
        const markup = WIDGETS.map((widget) => `<div><${widget} dataset="${dataset}"></${widget.split(' ')[0]}></div>`).join('');
        const page = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px; display: grid; gap: 16px; font: 16px/1.5 sans-serif">${unsafeHTML(markup)}</div>`,
        );
        // A widget that cannot show a dataset (no metric, no regions) says so in an error or empty state: that
        // text is checked too.
        await waitUntil(
          () => netreachElements(page).every((each) => each.state !== 'loading'),
          () =>
            `still loading: ${netreachElements(page)
              .filter((each) => each.state === 'loading')
              .map((each) => each.localName)}`,
        );
        await Promise.all(netreachElements(page).map((each) => each.updateComplete));
        await frames(3);
        const texts = drawnText(page);
        expect(texts.length).to.be.above(WIDGETS.length);
        const cut = texts
          .map((text) => text.data.trim())
          .filter((text) => /(…|\.\.\.)$/.test(text))
          .filter((text) => text !== 'Loading…');
        expect(cut, 'text nodes ending with an ellipsis').to.deep.equal([]);
        expect(
          cutByCss(page).map(
            (element) =>
              `${(element.getRootNode() as ShadowRoot).host?.localName} ${element.localName}: ${element.textContent?.trim().slice(0, 40)}`,
          ),
          'boxes whose text CSS cuts',
        ).to.deep.equal([]);
      });
    }
  }
});
