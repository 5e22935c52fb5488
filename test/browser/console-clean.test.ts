/**
 * Documented, correct usage leaves the console silent: the widgets warn of an option that names nothing the data has
 * (NetreachElement.namesNothing()) or that its spec refuses, never of the examples in README.md, docs/ and the
 * demo, of a value set before the data loads, of a blank value, or of a selection a click made before another
 * network was loaded. A real misuse still warns (the control).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { TABLE_OPTIONS } from '../../src/table/table.options.js';
import { waitUntil } from '../helpers/wait.js';

type Widget = HTMLElement & { state?: string; updateComplete: Promise<boolean>; datasetId?: string };

/** data/example-network.json (test/helpers/server-plugin.mjs). */
const EXAMPLE = '/mock/valid';
/** data/cinvu.json, sent once `/mock/release?key=console-clean` is asked for. */
const HELD = '/mock/held?dataset=cinvu&key=console-clean';

/** The console's warnings and errors while `run` runs. */
async function consoleOf(run: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => said.push(`warn: ${args.map(String).join(' ')}`);
  console.error = (...args: unknown[]) => said.push(`error: ${args.map(String).join(' ')}`);
  try {
    await run();
  } finally {
    console.warn = warn;
    console.error = error;
  }
  return said;
}

function widgetsIn(root: Element): Widget[] {
  return [...root.querySelectorAll('*')].filter(
    (element) => element.localName.startsWith('netreach-') && element.localName !== 'netreach-data',
  ) as Widget[];
}

async function settled(root: Element): Promise<void> {
  const widgets = widgetsIn(root);
  await waitUntil(
    () => widgets.every((widget) => widget.state === 'ready'),
    () => `not ready: ${widgets.map((widget) => `${widget.localName} ${widget.state}`).join(', ')}`,
  );
  await Promise.all(widgets.map((widget) => widget.updateComplete));
}

/** The console while `template` is drawn, once every widget in it is ready. */
function drawn(template: TemplateResult, then?: (root: Element) => Promise<void>): Promise<string[]> {
  return consoleOf(async () => {
    const root = await fixture(template);
    await settled(root);
    if (then) await then(root);
  });
}

describe('documented usage gives a silent console', () => {
  it("README's and docs' examples, in Persian", async () => {
    const said = await drawn(html`<div lang="fa" style="width: 640px">
      <netreach-map highlight="IRN"></netreach-map>
      <netreach-map lang="ar" mode="reach" home="EGY"></netreach-map>
      <netreach-map src=${EXAMPLE} metric="virtual-students" highlight="PAK TUR"></netreach-map>
      <netreach-map region="africa-and-arab" projection="natural-earth" legend="side"></netreach-map>
      <netreach-map dataset="cinvu" compare="al-mustafa"></netreach-map>
      <netreach-bars src=${EXAMPLE} metric="virtual-students" group-by="country" limit="8" sort="value"></netreach-bars>
      <netreach-table src=${EXAMPLE} sort="-virtual-students"></netreach-table>
      <netreach-table of="universities"></netreach-table>
      <netreach-table of="regions" sort="-members" selected="asia-and-oceania"></netreach-table>
      <netreach-table compare="al-mustafa"></netreach-table>
      <netreach-dashboard theme="dark" region="africa-and-arab"></netreach-dashboard>
    </div>`);
    expect(said).to.deep.equal([]);
  });

  for (const [network, lang] of [
    ['cinvu', 'en'],
    ['silk-road', 'fa'],
    ['al-mustafa', 'ar'],
  ] as const) {
    it(`every widget of ${network}, as the demo shows them, in ${lang}`, async () => {
      const said = await drawn(html`<div lang=${lang} style="width: 640px">
        <netreach-stat dataset=${network}></netreach-stat>
        <netreach-map dataset=${network}></netreach-map>
        <netreach-map dataset=${network} compare="al-mustafa"></netreach-map>
        <netreach-bars dataset=${network} group-by="country" limit="8" sort="value"></netreach-bars>
        <netreach-regions dataset=${network} type="donut"></netreach-regions>
        <netreach-trend dataset=${network}></netreach-trend>
        <netreach-table dataset=${network}></netreach-table>
        <netreach-table dataset=${network} of="universities"></netreach-table>
        <netreach-table dataset=${network} of="regions"></netreach-table>
        <netreach-table dataset=${network} compare="cinvu"></netreach-table>
        <netreach-dashboard dataset=${network}></netreach-dashboard>
      </div>`);
      expect(said).to.deep.equal([]);
    });
  }

  it('selections set before the data loads, in attributes and from JavaScript, with a provider that comes later', async () => {
    const said = await consoleOf(async () => {
      const root = await fixture(html`<div style="width: 640px">
        <netreach-map selected="IRN" highlight="PAK" mode="reach" home="PAK" src=${HELD}></netreach-map>
        <netreach-bars group-by="country" selected="IRN" dataset="CINVU"></netreach-bars>
        <netreach-regions selected="asia-and-oceania" src=${HELD}></netreach-regions>
        <netreach-table provider="later" sort="-virtual-students" selected="PAK"></netreach-table>
        <netreach-dashboard provider="later" country="pak"></netreach-dashboard>
      </div>`);
      const map = document.createElement('netreach-map') as Widget & { selected?: string; data?: unknown };
      map.selected = 'PAK';
      map.data = EXAMPLE_NETWORK;
      root.append(map);
      await Promise.all(widgetsIn(root).map((widget) => widget.updateComplete));
      const provider = document.createElement('netreach-data');
      provider.id = 'later';
      provider.setAttribute('src', EXAMPLE);
      root.append(provider);
      await fetch('/mock/release?key=console-clean');
      await settled(root);
    });
    expect(said).to.deep.equal([]);
  });

  it('a selection in any case, with spaces around it, as highlight and home take one', async () => {
    let shown: string[] = [];
    const said = await drawn(
      html`<div style="width: 640px">
        <netreach-map selected="irn"></netreach-map>
        <netreach-bars src=${EXAMPLE} metric="virtual-students" group-by="country" limit="30" selected=" pak "></netreach-bars>
        <netreach-table selected=" tur "></netreach-table>
        <netreach-bars selected=" africa-and-arab "></netreach-bars>
        <netreach-regions selected=" europe-and-america "></netreach-regions>
        <netreach-table of="regions" selected=" asia-and-oceania "></netreach-table>
      </div>`,
      async (root) => {
        const marked = '[aria-selected="true"], [aria-current="true"], [aria-pressed="true"]';
        shown = widgetsIn(root).map(
          (widget) =>
            `${widget.localName} ${(widget as unknown as { selected: string }).selected}: ${[
              ...new Set(
                [...widget.shadowRoot!.querySelectorAll(marked)].map(
                  (item) => item.getAttribute('data-item') ?? item.getAttribute('data-key'),
                ),
              ),
            ].join(' ')}`,
        );
      },
    );
    expect(said).to.deep.equal([]);
    // Drawn selected; the property keeps what the page set.
    expect(shown).to.deep.equal([
      'netreach-map irn: IRN',
      'netreach-bars  pak : PAK',
      'netreach-table  tur : TUR',
      'netreach-bars  africa-and-arab : africa-and-arab',
      'netreach-regions  europe-and-america : europe-and-america',
      'netreach-table  asia-and-oceania : asia-and-oceania',
    ]);
  });

  it("the options' examples (the configurator's placeholders) on the default dataset", async () => {
    const sort = TABLE_OPTIONS.find((spec) => spec.property === 'sort')!.example!;
    const said = await drawn(html`<div style="width: 640px">
      <netreach-table sort=${sort}></netreach-table>
      <netreach-table of="regions" sort=${sort}></netreach-table>
    </div>`);
    expect(said).to.deep.equal([]);
  });

  it('blank values, as if absent', async () => {
    const said = await drawn(html`<div style="width: 640px">
      <netreach-map selected=" " highlight=" " home=" " region=" "></netreach-map>
      <netreach-bars group-by="country" selected=" "></netreach-bars>
      <netreach-regions selected=" "></netreach-regions>
      <netreach-table selected=" " sort=" " region=" "></netreach-table>
      <netreach-dashboard region=" " country=" "></netreach-dashboard>
      <netreach-table selected="" sort=""></netreach-table>
    </div>`);
    expect(said).to.deep.equal([]);
  });

  it('a selection the data had, then another network loaded', async () => {
    const said = await drawn(
      html`<div style="width: 640px">
        <netreach-map></netreach-map>
        <netreach-bars group-by="country"></netreach-bars>
        <netreach-regions></netreach-regions>
        <netreach-table></netreach-table>
        <netreach-dashboard></netreach-dashboard>
        <netreach-map highlight="pak TUR" mode="reach" home="PAK" region="asia-and-oceania"></netreach-map>
      </div>`,
      async (root) => {
        const [map, bars, regions, table, dashboard, reach] = widgetsIn(root) as (Widget & Record<string, unknown>)[];
        // As a click sets them.
        map!.selected = bars!.selected = table!.selected = 'IRN';
        regions!.selected = 'asia-and-oceania';
        dashboard!.selectedCountry = 'IRN';
        await settled(root);
        for (const widget of [map!, bars!, regions!, table!, reach!]) widget.datasetId = 'silk-road';
        dashboard!.datasetId = 'al-mustafa';
        await waitUntil(() =>
          widgetsIn(root).every(
            (widget) =>
              widget.state === 'ready' &&
              (widget as unknown as { currentDataset?: { network: { id: string } } }).currentDataset?.network.id === widget.datasetId,
          ),
        );
        await Promise.all(widgetsIn(root).map((widget) => widget.updateComplete));
      },
    );
    expect(said).to.deep.equal([]);
  });

  it('the bundled dataset drawn while a page gives its own by script: said of the data the page loaded with', async () => {
    // A page still loading (an image held): a map given no source yet draws CINVU, a stand-in, until the page's
    // script hands it its data (React's data={…} once fetched); the other keeps CINVU, of which FRA is no member.
    const frame = document.createElement('iframe');
    frame.srcdoc = '<body><img hidden src="/mock/held?dataset=cinvu&key=console-standin"></body>';
    frame.style.cssText = 'width: 640px; height: 480px; border: 0';
    document.body.append(frame);
    try {
      const said = await consoleOf(async () => {
        await waitUntil(() => frame.contentDocument?.readyState === 'interactive', 'the frame is parsed');
        const doc = frame.contentDocument!;
        const [given, kept] = [0, 1].map(() => {
          const map = document.createElement('netreach-map') as Widget & { data?: unknown };
          map.setAttribute('selected', 'FRA');
          doc.body.append(map);
          return map;
        });
        await waitUntil(() => given!.state === 'ready' && kept!.state === 'ready', 'the stand-in is drawn');
        given!.data = EXAMPLE_NETWORK;
        await waitUntil(
          () => (given as unknown as { currentDataset?: { network: { id: string } } }).currentDataset?.network.id === 'example-network',
        );
        await given!.updateComplete;
        await fetch('/mock/release?key=console-standin');
        await waitUntil(() => doc.readyState === 'complete', 'the frame has loaded');
        await new Promise((resolve) => setTimeout(resolve));
      });
      expect(said).to.deep.equal(['warn: netreach: <netreach-map> ignored selected="FRA": not a member']);
    } finally {
      frame.contentDocument?.body.replaceChildren();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      frame.remove();
    }
  });

  it('a real misuse still warns (the control)', async () => {
    const said = await drawn(html`<div style="width: 640px">
      <netreach-map selected="XXX" highlight="PAK XXX"></netreach-map>
      <netreach-map home="TUR"></netreach-map>
      <netreach-regions selected="Asia-And-Oceania"></netreach-regions>
      <netreach-table src=${EXAMPLE} sort="-size"></netreach-table>
      <netreach-dashboard dataset="silk-road" region="asia-and-oceania"></netreach-dashboard>
    </div>`);
    expect(said).to.have.members([
      'warn: netreach: <netreach-map> ignored selected="XXX": not a member',
      'warn: netreach: <netreach-map> ignored highlight="XXX": not a member',
      'warn: netreach: <netreach-map> ignored home="TUR": used only with mode="reach"',
      // Region ids are as the data writes them, as a table's or a dashboard's region.
      'warn: netreach: <netreach-regions> ignored selected="Asia-And-Oceania": no such region',
      'warn: netreach: <netreach-table> ignored sort="-size": no such column (country, region, joined, universities, virtual-students)',
      'warn: netreach: <netreach-dashboard> ignored region="asia-and-oceania": no such region',
    ]);
  });
});
