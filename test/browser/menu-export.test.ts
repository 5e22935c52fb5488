import { csvTable } from '../helpers/assertions.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachStat } from '../../src/stat/stat.js';
import { waitUntil } from '../helpers/wait.js';

async function readyStat(template = html`<netreach-stat metric="virtual-students"></netreach-stat>`): Promise<NetreachStat> {
  const el = await fixture<NetreachStat>(template);
  await waitUntil(() => el.state === 'ready', 'not ready');
  await el.updateComplete;
  return el;
}

const menuButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="menu-button"]');
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('widget exports', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));

  it('toSVG() gives a standalone SVG with the title, the figure and the source', async () => {
    const el = await readyStat();
    const svg = await el.toSVG();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    const texts = [...doc.querySelectorAll('text')].map((node) => node.textContent);
    expect(texts[0]).to.equal('COMSTECH Inter-Islamic Network on Virtual Universities');
    expect(texts).to.include('30M+');
    expect(texts.some((text) => text?.startsWith('Source: '))).to.equal(true);
    expect(svg).to.not.contain('var(--');
  });

  it('toPNG() gives a real PNG of the scaled size', async () => {
    const el = await readyStat();
    const blob = await el.toPNG({ scale: 2 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 8)]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(bytes.buffer);
    const svgWidth = Number(/width="(\d+)"/.exec(await el.toSVG())![1]);
    expect(view.getUint32(16)).to.equal(svgWidth * 2);
    expect(view.getUint32(20)).to.be.greaterThan(100);
  });

  it('toCSV() gives the totals behind the tile', async () => {
    const el = await readyStat();
    const lines = csvTable(el.toCSV());
    expect(lines[0]).to.equal('metric,year,period,value,qualifier,source');
    expect(lines).to.have.length(4);
    expect(lines[3]).to.match(/^virtual-students,2021,,30000000,more-than,/);
  });

  it("writes a figure the source dates by a period in the source's words, with no year (the stat and the trend)", async () => {
    const stat = await readyStat();
    const trend = await fixture<NetreachStat>(html`<netreach-trend metric="virtual-students"></netreach-trend>`);
    await waitUntil(() => trend.state === 'ready', 'the trend never drew');
    for (const el of [stat, trend]) {
      const lines = csvTable(el.toCSV());
      // 8 million "before the spread of coronavirus": its sort year (2019) orders it and is no year a source gives.
      expect(lines[1], el.localName).to.match(/^virtual-students,,before the spread of coronavirus,8000000,,/);
      expect(lines.join('\n'), el.localName).to.not.contain('2019');
    }
  });

  it('refuses to export before the data is ready', async () => {
    const el = await fixture<NetreachStat>(html`<netreach-stat src="/mock/delayed?ms=400"></netreach-stat>`);
    expect(() => el.toCSV()).to.throw(/loading/);
  });
});

describe('widget menu', () => {
  it('opens from the keyboard, moves with arrows and closes with Escape, returning focus', async () => {
    const el = await readyStat();
    menuButton(el)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(menuButton(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)?.textContent?.trim()).to.equal('Download PNG');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.textContent?.trim()).to.equal('Download SVG');
    await sendKeys({ press: 'End' });
    expect(focused(el)?.getAttribute('role')).to.equal('menuitem');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="menu"]')).to.equal(null);
    expect(focused(el)).to.equal(menuButton(el));
    await expect(el).to.be.accessible();
  });

  it('"View data" shows the data as a table', async () => {
    const el = await readyStat();
    menuButton(el)!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="data"]')!.click();
    await el.updateComplete;
    const rows = el.shadowRoot!.querySelectorAll('[part="data-view"] tbody tr');
    expect(rows).to.have.length(3);
    // Years as years, figures as figures; a period in its words, with no year.
    const cells = (row: number) => [...rows[row]!.children].slice(1, 4).map((cell) => cell.textContent);
    expect(cells(1)).to.deep.equal(['2020', '—', '22,000,000']);
    expect(cells(0)).to.deep.equal(['—', 'before the spread of coronavirus', '8,000,000']);
    await expect(el).to.be.accessible();
  });

  it('is not there with controls="none"', async () => {
    const el = await readyStat(html`<netreach-stat controls="none"></netreach-stat>`);
    expect(menuButton(el)).to.equal(null);
  });

  it('speaks the widget language', async () => {
    const el = await readyStat(html`<netreach-stat lang="fa"></netreach-stat>`);
    expect(menuButton(el)!.getAttribute('aria-label')).to.equal('منوی نمودار');
  });
});

describe('widget menu per widget', () => {
  async function openMenu(el: HTMLElement & { updateComplete: Promise<unknown>; state: string }) {
    await waitUntil(() => el.state === 'ready', 'not ready');
    await el.updateComplete;
    menuButton(el)!.click();
    await el.updateComplete;
    return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="menu"] button')];
  }

  it('"View data" on the map opens the map\'s own table, the same as "Show as table"', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown>; state: string }>(
      html`<netreach-map style="width: 600px"></netreach-map>`,
    );
    const items = await openMenu(el);
    items.find((item) => item.dataset.action === 'data')!.click();
    await el.updateComplete;
    const toggle = el.shadowRoot!.querySelector('[part~="table-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[part~="table"] tbody tr')).to.have.length(57);
    expect(el.shadowRoot!.querySelector('[part="data-view"]')).to.equal(null);
  });

  it('offers PNG, SVG, CSV, About this data and full screen on the table, but no "View data": it is the data', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown>; state: string }>(html`<netreach-table></netreach-table>`);
    const actions = (await openMenu(el)).map((item) => item.dataset.action);
    expect(actions.filter((action) => action !== 'fullscreen')).to.deep.equal(['png', 'svg', 'csv', 'about']);
  });

  it('offers PNG and SVG on the dashboard too, which writes its files from its scene', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown>; state: string }>(
      html`<netreach-dashboard style="display: block; width: 1000px"></netreach-dashboard>`,
    );
    const items = await openMenu(el);
    expect(items.map((item) => item.dataset.action).filter((action) => action !== 'fullscreen')).to.deep.equal([
      'png',
      'svg',
      'csv',
      'about',
    ]);
    expect(items.map((item) => item.textContent?.trim()).slice(0, 2)).to.deep.equal(['Download PNG', 'Download SVG']);
  });
});
