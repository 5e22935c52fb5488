/**
 * Hardening, scale: 100 widgets on one page, and the largest dataset the format allows — every ISO country a
 * member, 20,000 universities — in every widget. What keeps them fast is checked by counting work, never by a
 * clock: one request and one validation per dataset, shared observers, one projection per map size, at most one
 * render per widget for a resize, no data derived again for it, a bounded DOM, and a long table that grows a
 * batch per frame. How long all that takes is measured by `npm run bench` (the "scale" scenarios).
 */
import { csvTable } from '../helpers/assertions.js';
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { observedCounts } from '../../src/base/shared-observers.js';
import { validateDataset } from '../../src/core/validate.js';
import { EVERY_WIDGET, deepElements, mountWidget, watchPage, type WidgetCase } from '../helpers/hardening.js';
import { hugeDataset } from '../helpers/huge-dataset.js';
import { countAddedNodes, countingReads, countRenders, derived, rendersSettled, widgetTree } from '../helpers/work.js';
import { nextFrame, waitUntil } from '../helpers/wait.js';

/** What each widget derives from its data (not from its size) and must not derive again for a resize. */
const DATA_DERIVED: Record<string, string[]> = {
  // The map's model too, in the state its chunk works out (map.update.ts).
  'netreach-map': ['drawn.model'],
  'netreach-bars': ['prepared'],
  // The regions' scene is kept in the state their chunk works out (regions.update.ts).
  'netreach-regions': ['drawn.prepared'],
  'netreach-table': ['model', 'sorted'],
};

/** Widgets that draw to their width. */
const SIZED = new Set(['netreach-map', 'netreach-bars', 'netreach-regions', 'netreach-trend', 'netreach-table']);

/**
 * Resizes `container` to `width` and checks the renders it caused: one for each widget that draws to its width,
 * none for the others (text, CSS layout).
 */
async function resizeRendersOnce(container: HTMLElement, width: number, widgets: NetreachElement[]): Promise<void> {
  const renders = countRenders(widgets);
  container.style.width = `${width}px`;
  await rendersSettled(renders);
  renders.stop();
  expect(
    widgets.every((el) => renders.of(el) === (SIZED.has(el.localName) ? 1 : 0)),
    `renders for a resize to ${width} px: ${renders.summary()}`,
  ).to.equal(true);
}

const snapshot = (elements: NetreachElement[]) =>
  elements.flatMap((el) => (DATA_DERIVED[el.localName] ?? []).map((field) => [el, field, derived(el, field)] as const));

const tableRows = (el: NetreachElement) => el.shadowRoot!.querySelectorAll('tbody tr').length;

/** Mounts `widget` with `data` at 900 px and waits until it and a long table are complete. */
async function mountComplete(widget: WidgetCase, data: unknown) {
  const mounted = await mountWidget(widget, { data }, { width: 900 });
  if (widget.attributes?.of === 'universities') await waitUntil(() => tableRows(mounted.el) === 2000, 'the table never grew to 2,000 rows');
  const settling = countRenders(widgetTree(mounted.el));
  await rendersSettled(settling);
  settling.stop();
  return mounted;
}

describe('hardening: scale', () => {
  // The count-up animates a tile frame by frame; these tests count renders caused by data and size.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('100 widgets on one page: one request and one validation, shared observers, one projection per map size, one render per resize', async () => {
    const page = watchPage();
    let created = 0;
    const Real = window.ResizeObserver;
    window.ResizeObserver = class extends Real {
      constructor(callback: ResizeObserverCallback) {
        super(callback);
        created += 1;
      }
    };
    const url = `/mock/valid?hundred=${crypto.randomUUID()}`;
    const container = document.createElement('div');
    // Rows not stretched: every map gets the height its width asks for, so all 20 have one size.
    container.style.cssText = 'width: 900px; display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); align-items: start';
    document.body.append(container);
    const tags = ['netreach-stat', 'netreach-bars', 'netreach-regions', 'netreach-trend', 'netreach-map'];
    const widgets = Array.from({ length: 100 }, (_, index) => {
      const el = document.createElement(tags[index % tags.length]!) as NetreachElement;
      el.setAttribute('src', url);
      el.setAttribute('controls', 'none');
      return el;
    });
    const maps = widgets.filter((el) => el.localName === 'netreach-map');
    const projections = () => new Set(maps.map((el) => derived(el, 'drawn.projected')));
    const before = observedCounts().resize;
    // Which elements' styles are read: a widget that reads its own between other widgets' renders makes the browser
    // recalculate the page's style each time (its font is read with its size instead, one batch for all).
    const realStyle = window.getComputedStyle;
    const styleReads: Element[] = [];
    window.getComputedStyle = (element: Element, pseudo?: string | null) => {
      styleReads.push(element);
      return realStyle.call(window, element, pseudo);
    };
    try {
      container.append(...widgets);
      await waitUntil(() => widgets.every((el) => el.state === 'ready'), 'not all ready');
      window.getComputedStyle = realStyle;
      expect(
        styleReads.filter((element) => (widgets as Element[]).includes(element)).map((element) => element.localName),
        'widgets whose own style was read while the page drew',
      ).to.deep.equal([]);
      await waitUntil(() => maps.every((el) => el.shadowRoot!.querySelector('svg[part="chart"]')), 'not every map drew');
      const settling = countRenders(widgets);
      await rendersSettled(settling);
      settling.stop();
      const hits = (await (await fetch('/mock/hits')).json()) as Record<string, number>;
      expect(hits[url], 'requests for the shared URL').to.equal(1);
      expect(new Set(widgets.map((el) => el.currentDataset)).size, 'datasets validated').to.equal(1);
      // One observation per widget, and one per font sample (the ruler's `.probe` of a widget that lays out measured
      // text: bars, regions, trend), which is how a font changed in place is seen without polling.
      const samples = widgets.filter((el) => el.shadowRoot?.querySelector('.probe')).length;
      expect(samples, 'font samples: none in the stat tiles or the maps').to.be.at.most(60);
      expect(observedCounts().resize - before, 'ResizeObserver observations').to.be.at.most(100 + samples);
      expect(created, 'ResizeObservers created').to.be.at.most(1);
      // 20 maps of one size: one projected world between them.
      expect(projections().size, 'projected worlds').to.equal(1);
      const [original] = projections();

      // Every widget resized at once: each renders once (the tiles not at all), the maps project the new size once between them.
      await resizeRendersOnce(container, 720, widgets);
      expect(projections().size, 'projected worlds after the resize').to.equal(1);
      expect(projections().has(original), 'the new size was not projected').to.equal(false);
      // Back to the first size: the cached projection, nothing projected again.
      await resizeRendersOnce(container, 900, widgets);
      expect([...projections()], 'projected worlds after resizing back').to.deep.equal([original]);
      expect(page.errors).to.deep.equal([]);
    } finally {
      window.ResizeObserver = Real;
      window.getComputedStyle = realStyle;
      page.stop();
      container.remove();
    }
  });

  it('widgets that leave the view and come back render again only where the picture depends on it (the stat)', async () => {
    const page = watchPage();
    const container = document.createElement('div');
    container.style.cssText = 'width: 900px; position: relative';
    document.body.append(container);
    // One of each (the table once): in this order the stat and the map are in the viewport.
    const tags = [...new Set(EVERY_WIDGET.map((widget) => widget.tag))];
    const widgets = tags.map((tag) => {
      const el = document.createElement(tag) as NetreachElement;
      el.setAttribute('controls', 'none');
      return el;
    });
    const seen = (el: NetreachElement) => (el as unknown as { visibility: { visible: boolean; shown: number } }).visibility;
    const outer = widgets.filter((el) => el.localName !== 'netreach-dashboard');
    try {
      container.append(...widgets);
      await waitUntil(() => widgets.every((el) => el.state === 'ready'), 'not all ready');
      const everything = widgets.flatMap(widgetTree);
      const settling = countRenders(everything);
      await rendersSettled(settling);
      settling.stop();
      // The page's viewport shows the first: the stat and the map.
      const inView = outer.filter((el) => seen(el).visible);
      expect(inView.map((el) => el.localName)).to.include.members(['netreach-stat', 'netreach-map']);
      const shown = inView.map((el) => seen(el).shown);

      // Out of view (moved, not resized: no ResizeObserver report) and back.
      const renders = countRenders(everything);
      container.style.top = '-100000px';
      await waitUntil(() => outer.every((el) => !seen(el).visible), 'still seen after leaving the view');
      container.style.top = '';
      await waitUntil(() => inView.every((el, index) => seen(el).visible && seen(el).shown === shown[index]! + 1), 'not seen again');
      await rendersSettled(renders);
      renders.stop();
      const rendered = everything.filter((el) => renders.of(el) > 0).map((el) => el.localName);
      // The stat's count-up reads whether it is seen (and waits for it); every other picture is as it was.
      expect([...new Set(rendered)], `renders: ${renders.summary()}`).to.deep.equal(['netreach-stat']);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      container.remove();
    }
  });

  it('validates a 249-member, 20,000-university dataset once, however many widgets show it', async () => {
    const dataset = validateDataset(hugeDataset());
    expect(dataset.members).to.have.length(249);
    expect(dataset.universities).to.have.length(20_000);

    const { proxy, reads } = countingReads(hugeDataset(), 'universities');
    const page = watchPage();
    const mounted = [await mountWidget(EVERY_WIDGET[0]!, { data: proxy })];
    try {
      expect(mounted[0]!.el.state).to.equal('ready');
      const once = reads();
      expect(once, 'reads of the universities by the first validation').to.be.above(0);
      for (const widget of EVERY_WIDGET.slice(1)) mounted.push(await mountWidget(widget, { data: proxy }));
      expect(mounted.map(({ el }) => el.state)).to.deep.equal(EVERY_WIDGET.map(() => 'ready'));
      expect(reads(), 'the dataset was validated again').to.equal(once);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      for (const { container } of mounted) container.remove();
    }
  });

  for (const widget of EVERY_WIDGET) {
    it(`<${widget.tag}${widget.attributes?.of ? ` of="${widget.attributes.of}"` : ''}> with 249 members and 20,000 universities`, async () => {
      const page = watchPage();
      // The same dataset with just over 2,000 universities: what a widget shows must not grow past that.
      const small = await mountComplete(widget, hugeDataset(2_001));
      const smallNodes = deepElements(small.el).length;
      small.container.remove();
      const { el, container } = await mountComplete(widget, hugeDataset());
      try {
        expect(el.state).to.equal('ready');
        expect(deepElements(el).length, 'elements drawn for 20,000 universities vs 2,001').to.equal(smallNodes);

        // A resize: one render for each widget that draws to its width, nothing derived from the data again, no table row made again.
        const tree = widgetTree(el);
        const kept = snapshot(tree);
        const added = countAddedNodes(tree.filter((each) => each.localName === 'netreach-table'));
        await resizeRendersOnce(container, 700, tree);
        for (const [each, field, value] of kept)
          expect(derived(each, field) === value, `<${each.localName}> ${field} derived again`).to.equal(true);
        expect(added.stop(), 'table nodes added by a resize').to.equal(0);
        const map = tree.find((each) => each.localName === 'netreach-map');
        if (map) {
          const resized = derived(map, 'drawn.projected');
          await resizeRendersOnce(container, 900, tree);
          await resizeRendersOnce(container, 700, tree);
          expect(derived(map, 'drawn.projected') === resized, 'a size seen before was projected again').to.equal(true);
        }
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.stop();
        container.remove();
      }
    });
  }

  it('grows a 20,000-university table by one batch of 500 rows a frame, up to 2,000, and says the CSV has the rest', async () => {
    const container = document.createElement('div');
    container.style.width = '900px';
    const el = document.createElement('netreach-table') as NetreachElement;
    el.setAttribute('of', 'universities');
    el.data = hugeDataset();
    container.append(el);
    document.body.append(container);
    try {
      const counts: number[] = [];
      while (counts.at(-1) !== 2000 && counts.length < 1000) {
        await nextFrame();
        counts.push(tableRows(el));
      }
      const steps = counts.slice(1).map((count, index) => count - counts[index]!);
      expect(counts.at(-1), counts.join(' ')).to.equal(2000);
      expect(Math.max(...steps), `rows per frame: ${steps.join(' ')}`).to.be.at.most(500);
      expect(steps.filter((step) => step > 0).length, `rows per frame: ${steps.join(' ')}`).to.be.at.least(3);
      expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.equal(
        'The first 2,000 of 20,000 rows; the CSV download has them all.',
      );
      expect(csvTable(el.toCSV())).to.have.length(20_001);
    } finally {
      container.remove();
    }
  });
});
