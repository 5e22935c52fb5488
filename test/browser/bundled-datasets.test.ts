import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/index.js';
import { DataController } from '../../src/base/data-controller.js';
import type { NetreachData } from '../../src/data-provider/data-provider.js';
import type { NetreachStat } from '../../src/stat/stat.js';
import { waitUntil } from '../helpers/wait.js';

const settled = (el: NetreachStat) => waitUntil(() => el.state === 'ready' || el.state === 'error', 'neither ready nor in error');
const unique = () => Math.random().toString(36).slice(2);

describe('dataset="cinvu|silk-road|al-mustafa"', () => {
  it('shows the bundled dataset a widget names, CINVU when it names none', async () => {
    const root = await fixture(html`<div>
      <netreach-stat></netreach-stat>
      <netreach-stat dataset="silk-road"></netreach-stat>
      <netreach-stat dataset=" Al-Mustafa "></netreach-stat>
    </div>`);
    const stats = [...root.querySelectorAll('netreach-stat')];
    for (const el of stats) await settled(el);
    expect(stats.map((el) => el.currentDataset?.network.id)).to.deep.equal(['cinvu', 'silk-road', 'al-mustafa']);
  });

  it('loads another one when the attribute changes', async () => {
    const el = await fixture<NetreachStat>(html`<netreach-stat dataset="silk-road"></netreach-stat>`);
    await settled(el);
    el.setAttribute('dataset', 'al-mustafa');
    await waitUntil(() => el.currentDataset?.network.id === 'al-mustafa', 'did not switch to al-mustafa');
    expect(el.datasetId).to.equal('al-mustafa');
    el.datasetId = 'cinvu';
    await waitUntil(() => el.currentDataset?.network.id === 'cinvu', 'did not switch to cinvu');
    expect(el.getAttribute('dataset')).to.equal('cinvu');
  });

  it('comes after .data, inline JSON, src and a provider', async () => {
    const path = `/mock/delayed?ms=5&id=${unique()}`;
    const root = await fixture(html`<div>
      <netreach-stat dataset="silk-road" src=${path}></netreach-stat>
      <netreach-data src=${path}><netreach-stat dataset="silk-road"></netreach-stat></netreach-data>
    </div>`);
    const stats = [...root.querySelectorAll('netreach-stat')];
    for (const el of stats) await settled(el);
    expect(stats.map((el) => el.currentDataset?.network.id)).to.deep.equal(['example-network', 'example-network']);
  });

  it('is an error with a stable code and a localized message for an unknown id', async () => {
    const codes: string[] = [];
    const root = await fixture(html`<div @netreach-error=${(event: CustomEvent<{ code: string }>) => codes.push(event.detail.code)}>
      <netreach-stat dataset="atlantis" lang="fa"></netreach-stat>
    </div>`);
    const el = root.querySelector('netreach-stat')!;
    await settled(el);
    expect(el.state).to.equal('error');
    // Told once the Persian words are here (the message is the box's).
    await waitUntil(() => codes.length > 0, 'no netreach-error');
    expect(codes).to.deep.equal(['unknown-dataset']);
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="error"]')?.textContent === 'مجموعه دادهٔ ناشناخته «\u2068atlantis\u2069»',
      'no Persian message',
    );
  });

  it('works on <netreach-data>, for the widgets inside it and those that name it', async () => {
    const id = `bundled-${unique()}`;
    const root = await fixture(html`<div>
      <netreach-data id=${id} dataset="al-mustafa"><netreach-stat></netreach-stat></netreach-data>
      <netreach-stat provider=${id}></netreach-stat>
    </div>`);
    const stats = [...root.querySelectorAll('netreach-stat')];
    for (const el of stats) await settled(el);
    expect(stats.map((el) => el.currentDataset?.network.id)).to.deep.equal(['al-mustafa', 'al-mustafa']);
    expect(root.querySelector<NetreachData>('netreach-data')!.currentDataset?.listing?.relation).to.equal('visitors');
  });
});

/** What a widget with `compare` holds: its own dataset and the one it compares with, each from its controller. */
class CompareProbe extends LitElement {
  static override properties = {
    datasetId: { attribute: 'dataset' },
    compare: {},
    src: {},
    provider: {},
  };
  datasetId?: string;
  compare?: string;
  src?: string;
  provider?: string;
  readonly own = new DataController(this);
  readonly other = new DataController(this, { allowProvider: true, compare: true });
  protected override willUpdate(): void {
    this.own.sync();
    this.other.sync();
  }
}
customElements.define('compare-probe', CompareProbe);

describe('compare="<bundled id>|<netreach-data id>"', () => {
  const loaded = (el: CompareProbe) =>
    waitUntil(() => el.own.status !== 'loading' && el.other.status !== 'loading', 'the datasets did not settle');

  it('loads the bundled dataset it names beside the widget’s own', async () => {
    const el = await fixture<CompareProbe>(html`<compare-probe dataset="cinvu" compare="al-mustafa"></compare-probe>`);
    await loaded(el);
    expect([el.own.dataset?.network.id, el.other.dataset?.network.id]).to.deep.equal(['cinvu', 'al-mustafa']);
    el.compare = 'silk-road';
    await waitUntil(() => el.other.dataset?.network.id === 'silk-road', 'did not switch');
    el.compare = undefined;
    await waitUntil(() => el.other.status === 'ready' && el.other.dataset === undefined, 'kept a dataset without compare');
  });

  it('prefers a <netreach-data> of that id on the page, and waits for one that comes later', async () => {
    const path = `/mock/delayed?ms=5&id=${unique()}`;
    const root = await fixture(html`<div>
      <netreach-data id="al-mustafa" src=${path}></netreach-data>
      <compare-probe compare="al-mustafa"></compare-probe>
    </div>`);
    const el = root.querySelector<CompareProbe>('compare-probe')!;
    await loaded(el);
    expect(el.other.dataset?.network.id).to.equal('example-network');

    const id = `later-${unique()}`;
    const late = await fixture<CompareProbe>(html`<compare-probe compare=${id}></compare-probe>`);
    await waitUntil(() => late.other.status === 'error', 'no error for a missing provider');
    expect(late.other.error?.code).to.equal('provider');
    const provider = document.createElement('netreach-data');
    provider.id = id;
    provider.setAttribute('dataset', 'silk-road');
    document.body.append(provider);
    try {
      await waitUntil(() => late.other.dataset?.network.id === 'silk-road', 'did not find the provider that came later');
    } finally {
      provider.remove();
    }
  });
});
