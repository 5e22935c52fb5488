import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { defineElement } from '../../src/base/define.js';
import type { NetreachStat } from '../../src/stat/stat.js';
import { waitUntil } from '../helpers/wait.js';

const unique = () => Math.random().toString(36).slice(2);

async function hitsFor(path: string): Promise<number> {
  const hits = (await (await fetch('/mock/hits')).json()) as Record<string, number>;
  return hits[path] ?? 0;
}

const allReady = (stats: NetreachStat[]) => waitUntil(() => stats.every((el) => el.state === 'ready'), 'not all ready');

describe('<netreach-data>', () => {
  it('serves widgets inside it and widgets that name it, with one request', async () => {
    const path = `/mock/delayed?ms=30&id=${unique()}`;
    const root = await fixture(html`<div>
      <netreach-data id="shared-data" src=${path}>
        <netreach-stat metric="universities"></netreach-stat>
        <section><netreach-stat></netreach-stat></section>
      </netreach-data>
      <netreach-stat provider="shared-data" metric="virtual-students"></netreach-stat>
    </div>`);
    const stats = [...root.querySelectorAll('netreach-stat')];
    await allReady(stats);
    expect(stats.every((el) => el.currentDataset?.network.id === 'example-network')).to.equal(true);
    expect(await hitsFor(path)).to.equal(1);
  });

  it('serves its inline JSON again when the script is edited in place', async () => {
    const dataset = (name: string) =>
      JSON.stringify({
        version: 1,
        network: { id: 'x', name },
        regions: [{ id: 'r', name: 'R' }],
        members: [{ country: 'PAK', region: 'r' }],
        sources: [],
      });
    const root = await fixture(html`<netreach-data
      ><script type="application/json">${dataset('Before')}</script><netreach-stat></netreach-stat
    ></netreach-data>`);
    const stat = root.querySelector('netreach-stat')!;
    await allReady([stat]);
    expect(stat.currentDataset?.network.name).to.equal('Before');
    root.querySelector('script')!.textContent = dataset('After');
    await waitUntil(() => stat.currentDataset?.network.name === 'After', 'the edited JSON was not served');
  });

  it('fetches a URL once for many widgets with the same src', async () => {
    const path = `/mock/delayed?ms=30&id=${unique()}`;
    const root = await fixture(html`<div>${[1, 2, 3, 4, 5].map(() => html`<netreach-stat src=${path}></netreach-stat>`)}</div>`);
    await allReady([...root.querySelectorAll('netreach-stat')]);
    expect(await hitsFor(path)).to.equal(1);
  });

  it('finds a provider that is added after the widget', async () => {
    const id = `late-${unique()}`;
    const root = await fixture(html`<div><netreach-stat provider=${id}></netreach-stat></div>`);
    const stat = root.querySelector('netreach-stat')!;
    await waitUntil(() => stat.state === 'error', 'no provider error');
    expect(stat.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain(id);
    const provider = document.createElement('netreach-data');
    provider.id = id;
    provider.setAttribute('src', '/mock/valid');
    root.append(provider);
    await allReady([stat]);
  });

  it('passes its errors on to its widgets', async () => {
    const root = await fixture(html`<netreach-data src="/mock/status?code=500"><netreach-stat></netreach-stat></netreach-data>`);
    const stat = root.querySelector('netreach-stat')!;
    await waitUntil(() => stat.state === 'error', 'no error');
    expect(stat.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('HTTP 500');
  });
});

describe('defineElement', () => {
  it('is idempotent, and warns once for all tags, without throwing, when another class holds them', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const Stat = customElements.get('netreach-stat')!;
      defineElement('netreach-stat', Stat);
      class Other extends HTMLElement {}
      (Other as unknown as { netreachVersion: string }).netreachVersion = '9.9.9';
      expect(warnings).to.have.length(0);
      defineElement('netreach-stat', Other);
      defineElement('netreach-stat', Other);
      defineElement('netreach-data', class extends HTMLElement {});
      expect(customElements.get('netreach-stat')).to.equal(Stat);
      expect(warnings).to.have.length(1);
      expect(String((warnings[0] as unknown[])[0])).to.contain('loaded twice');
    } finally {
      console.warn = original;
    }
  });
});
