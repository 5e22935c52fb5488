/**
 * The built classic bundle on a page with a strict CSP and Trusted Types: one policy named "netreach", no
 * violation, no error, and the widgets draw in full colour. And the module bundle: what it loads on demand
 * (About this data, View data, the files of the table and the tile; the validator, for a page's own data) comes
 * from its own chunks, under the same CSP, and the bundled dataset's first draw loads no validator.
 */
import { expect } from '@open-wc/testing';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { drawn } from '../helpers/hardening.js';
import { waitUntil } from '../helpers/wait.js';

interface ProbedWindow extends Window {
  __violations: string[];
  __errors: string[];
}

/** Frames `page` (served with the strict CSP) once `bundle` is built, and resolves when it has loaded. */
async function framed(bundle: string, page: string, height: number): Promise<HTMLIFrameElement> {
  const response = await fetch(bundle, { method: 'HEAD' });
  expect(response.ok, `${bundle} is missing: run npm run build`).to.equal(true);
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = `${height}px`;
  frame.src = page;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('under a strict CSP with Trusted Types', () => {
  it('renders every widget with zero violations', async () => {
    const frame = await framed('/dist/netreach.iife.js', '/test/fixtures/csp.html', 2400);
    try {
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as unknown as ProbedWindow;
      const widgets = [...doc.body.children].filter((el) => el.localName.startsWith('netreach-')) as HTMLElement[];
      expect(widgets).to.have.length(7);
      await waitUntil(() => widgets.every(drawn), 'widgets not ready and drawn');
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
      // Full colour: a member country of the map is filled with its region's colour, not the neutral land.
      const map = doc.querySelector('netreach-map')!;
      const pakistan = map.shadowRoot!.querySelector('[role="option"][aria-label^="Pakistan"]');
      expect(pakistan, 'no element for Pakistan on the map').to.not.equal(null);
      const fill = frame.contentWindow!.getComputedStyle(pakistan!).fill;
      // A colour (rgb(), or color(srgb …) where it is a relative colour following the page's text), not a paint server.
      expect(fill).to.match(/^(rgb\(|color\(srgb )/);
      expect(fill).to.not.equal(frame.contentWindow!.getComputedStyle(map.shadowRoot!.querySelector('path')!).fill);
      const bar = doc.querySelector('netreach-bars')!.shadowRoot!.querySelector('rect.bar')!;
      expect(frame.contentWindow!.getComputedStyle(bar).fill).to.match(/^(rgb\((?!0, 0, 0\))|color\(srgb (?!0 0 0\)))/);
    } finally {
      frame.remove();
    }
  });

  it('draws a map of the bundled dataset from the module bundle with the map’s chunks alone', async () => {
    const frame = await framed('/dist/netreach.js', '/test/fixtures/csp-module-map.html', 600);
    try {
      const map = frame.contentDocument!.querySelector('netreach-map')!;
      await waitUntil(() => drawn(map as HTMLElement), 'map not ready and drawn');
      const chunks = () =>
        (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.startsWith('/dist/chunks/'))
          .map((path) => path.slice('/dist/chunks/'.length).replace(/-[\w-]{8}\.js$/, ''))
          .sort();
      // Its data, the geometry and the map's chunk (its projections, model and scene: one file of map code); what it
      // shares with netreach.js is in netreach.js, which imports nothing (see the next test). No validator (the bundled dataset was validated by the tests), no trend or table code, nothing of the
      // menu. And, once it has drawn, its members' tooltips and arrow keys (the interaction chunk, asked for when the
      // page is idle: interaction-loader.ts).
      await waitUntil(() => chunks().includes('interaction'), 'the interaction chunk never came');
      expect(chunks()).to.deep.equal(['cinvu', 'interaction', 'map.chunk', 'world-geo']);
      // "Show as table" says the menu's "Hide data" while the table shows: the map's chunk brings its English, as
      // the menu's module is not loaded for it.
      const toggle = map.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
      toggle.click();
      await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'the table never opened');
      expect(toggle.textContent).to.equal('Hide data');
      toggle.click();
      await waitUntil(() => toggle.getAttribute('aria-expanded') === 'false', 'the table never closed');
      expect(toggle.textContent).to.equal('Show as table');
      expect(chunks()).to.deep.equal(['cinvu', 'interaction', 'map.chunk', 'world-geo']);
      // The page's own data is validated by the validator's chunk, loaded now; the map keeps its drawing meanwhile.
      const states: (string | null)[] = [];
      const observer = new MutationObserver(() => states.push(map.getAttribute('state')));
      observer.observe(map, { attributes: true, attributeFilter: ['state'] });
      // An object of the frame's own, as its page would make it.
      (map as HTMLElement & { data: unknown }).data = (frame.contentWindow as unknown as typeof globalThis).JSON.parse(
        JSON.stringify(EXAMPLE_NETWORK),
      );
      await (map as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      observer.disconnect();
      expect(map.getAttribute('state')).to.equal('ready');
      expect(states, 'went back to loading').to.not.include('loading');
      expect(map.shadowRoot!.querySelector('[role="option"][aria-label^="Singapore"]'), 'the new data drawn').to.not.equal(null);
      expect(chunks()).to.deep.equal(['cinvu', 'interaction', 'map.chunk', 'validate', 'world-geo']);
      const win = frame.contentWindow as unknown as ProbedWindow;
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('loads netreach.js once, as one file, when a page adds a query to its URL, and its lazy chunks use that copy', async () => {
    // One file: everything up front in netreach.js, which imports nothing statically (only its lazy chunks, by import()).
    const entry = await (await fetch('/dist/netreach.js')).text();
    expect(entry).to.not.match(/\bimport\s*[{*"'`]/);
    expect(entry).to.not.match(/\bimport\s+[\w$]+\s+from\b/);
    const frame = await framed('/dist/netreach.js', '/test/fixtures/csp-module-query.html', 600);
    try {
      const map = frame.contentDocument!.querySelector('netreach-map')!;
      await waitUntil(() => drawn(map as HTMLElement), 'map not ready and drawn');
      const loaded = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => {
        const url = new URL(entry.name);
        return url.pathname + url.search;
      });
      // netreach.js with the page's query, and not again without it: the map's chunk took Lit, the UI strings and the
      // core from the page's copy.
      expect(loaded.filter((path) => path.startsWith('/dist/netreach.js'))).to.deep.equal(['/dist/netreach.js?v=2']);
      expect(loaded.some((path) => /^\/dist\/chunks\/map\.chunk-/.test(path))).to.equal(true);
      // The legend is the map chunk's template: its words are the page's copy's Persian strings, and its digits Persian.
      const legend = map.shadowRoot!.querySelector('[part~="legend"]');
      expect(legend, 'the legend').to.not.equal(null);
      expect(legend!.textContent).to.match(/[۰-۹]/);
      expect(legend!.textContent).to.not.match(/[0-9]/);
      const win = frame.contentWindow as unknown as ProbedWindow;
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it("loads the module bundle's on-demand chunks from beside it, with zero violations", async () => {
    const frame = await framed('/dist/netreach.js', '/test/fixtures/csp-module.html', 1600);
    try {
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as unknown as ProbedWindow;
      type Widget = HTMLElement & {
        updateComplete: Promise<unknown>;
        toggleAbout(): void;
        toggleDataView(): void;
        toSVG(): Promise<string>;
      };
      const widgets = [...doc.body.children].filter((el) => el.localName.startsWith('netreach-')) as Widget[];
      expect(widgets).to.have.length(3);
      await waitUntil(() => widgets.every(drawn), 'widgets not ready and drawn');
      const [stat, table] = widgets as [Widget, Widget];
      // Nothing asked for yet: the on-demand chunk is not loaded.
      const chunks = () =>
        (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.startsWith('/dist/chunks/'));
      expect(chunks().some((path) => path.includes('on-demand-'))).to.equal(false);
      // The bundled dataset was validated when the library was tested: its first draw loads no validator.
      expect(chunks().some((path) => path.includes('validate-'))).to.equal(false);
      table.toggleAbout();
      await table.updateComplete;
      expect(table.shadowRoot!.querySelector('[part~="about"]'), 'About this data').to.not.equal(null);
      stat.toggleDataView();
      await stat.updateComplete;
      expect(stat.shadowRoot!.querySelectorAll('[part="data-view"] tbody tr').length).to.be.greaterThan(0);
      expect(await table.toSVG()).to.match(/^<svg /);
      expect(await stat.toSVG()).to.match(/^<svg /);
      expect(chunks().filter((path) => path.includes('on-demand-'))).to.have.length(1);
      expect(chunks().some((path) => path.includes('validate-'))).to.equal(false);
      // A page's own data is validated as before, by the validator's chunk, loaded once.
      (stat as Widget & { data: unknown }).data = { version: 2 };
      await stat.updateComplete;
      expect(stat.getAttribute('state')).to.equal('error');
      expect(stat.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.equal(
        'Unsupported dataset: version: 2 is not supported (expected 1)',
      );
      (table as Widget & { data: unknown }).data = { version: 1, network: { id: 'x', name: 'X' }, regions: [], members: [] };
      await table.updateComplete;
      expect(table.shadowRoot!.querySelector('[part~="error"]')?.textContent).to.equal(
        'The data is not valid: sources: required field is missing',
      );
      expect(chunks().filter((path) => path.includes('validate-'))).to.have.length(1);
      expect(win.__violations).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);

      // The PNG is drawn through a data: image, which this CSP (no img-src data:) blocks: toPNG() rejects saying why,
      // and the menu's Download PNG says so where the menu was, focus back on its button, with no uncaught error.
      const dashboard = widgets[2]!;
      const warn = (frame.contentWindow as unknown as typeof globalThis).console.warn;
      (frame.contentWindow as unknown as typeof globalThis).console.warn = () => undefined;
      try {
        const reason = await (dashboard as Widget & { toPNG(): Promise<Blob> }).toPNG().then(
          () => 'made',
          (error: Error) => error.message,
        );
        expect(reason).to.match(/img-src data:/);
        const button = dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="menu-button"]')!;
        button.click();
        await dashboard.updateComplete;
        dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="menu"] button[data-action="png"]')!.click();
        await waitUntil(() => dashboard.shadowRoot!.querySelector('[part~="menu-message"]'), 'no message for the failed PNG');
        const message = dashboard.shadowRoot!.querySelector('[part~="menu-message"]')!;
        expect(message.getAttribute('role')).to.equal('alert');
        expect(message.textContent).to.equal('This page’s security policy blocks the PNG; the SVG download works.');
        expect(dashboard.shadowRoot!.activeElement).to.equal(button);
        expect(dashboard.shadowRoot!.querySelector('[part~="menu"]'), 'the menu is closed').to.equal(null);
        // Opening the menu again takes the message away.
        button.click();
        await dashboard.updateComplete;
        expect(dashboard.shadowRoot!.querySelector('[part~="menu-message"]')).to.equal(null);
        expect(dashboard.shadowRoot!.querySelector('[part~="menu"]')).to.not.equal(null);
      } finally {
        (frame.contentWindow as unknown as typeof globalThis).console.warn = warn;
      }
      expect(win.__violations.every((violation) => violation.startsWith('img-src: data'))).to.equal(true);
      expect(win.__violations.length).to.be.greaterThan(0);
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
