import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
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
    expect(codes).to.deep.equal(['unknown-dataset']);
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part="error"]')?.textContent === 'مجموعه دادهٔ ناشناخته «atlantis»',
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
