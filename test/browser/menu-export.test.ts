import { csvTable } from '../helpers/assertions.js';
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TemplateResult } from 'lit';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import type { NetreachStat } from '../../src/stat/stat.js';
import { waitUntil } from '../helpers/wait.js';
import { downloadedNames } from '../helpers/downloads.js';
import { normalizeIds } from '../helpers/scene-file.js';
import { renderSvg } from '../../src/static/index.js';
import type { Dataset } from '../../src/core/types.js';

/** What a PNG's pHYs chunk says: pixels per unit across and down, and the unit (1: the metre); '' without one. */
function pixelDensity(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at < bytes.length; at += view.getUint32(at) + 12) {
    if (String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === 'pHYs') {
      return `${view.getUint32(at + 8)} ${view.getUint32(at + 12)} ${bytes[at + 16]}`;
    }
  }
  return '';
}

async function readyStat(template = html`<netreach-stat metric="virtual-students"></netreach-stat>`): Promise<NetreachStat> {
  return ready<NetreachStat>(template);
}

async function ready<T extends NetreachElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await waitUntil(() => el.state === 'ready', 'not ready');
  await el.updateComplete;
  return el;
}

const menuButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="menu-button"]');
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

/** "View data" opened as a reader opens it: the menu button, then its item. */
async function openDataView(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  menuButton(el)!.click();
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="data"]')!.click();
  await el.updateComplete;
}

/** What "View data" shows: its caption, its columns' names and its rows' cells, as text. */
function dataView(el: Element) {
  const table = el.shadowRoot!.querySelector('[part="data-view"] table');
  const texts = (cells: Iterable<Element>) => [...cells].map((cell) => cell.textContent!.trim());
  return {
    caption: table?.querySelector('caption')?.textContent ?? '',
    headers: texts(table?.querySelectorAll('thead th') ?? []),
    rows: [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => texts(row.children)),
  };
}

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
    // The figure's source, and the library's article whose 8 and 22 million the sparkline draws.
    expect(texts.join(' ')).to.contain('Sources: CINVU (Public Relations); National Library and Archives of Iran (Public Relations)');
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

  // A PNG without a pHYs chunk is placed in PowerPoint or Keynote at 96 pixels per inch: a 2× image at twice the
  // size. Each says 96 × scale per inch (3780 × scale per metre), as the command line's do.
  it('toPNG() says 96 × scale pixels per inch, so that slides place every scale at the widget’s size', async () => {
    const el = await readyStat();
    for (const [scale, density] of [
      [1, '3780 3780 1'],
      [2, '7560 7560 1'],
      [3, '11340 11340 1'],
    ] as const) {
      const bytes = new Uint8Array(await (await el.toPNG({ scale, width: 400, height: 240 })).arrayBuffer());
      expect(pixelDensity(bytes), `scale ${scale}`).to.equal(density);
      // Still an image the browser draws, of its pixels.
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      expect(`${bitmap.width}×${bitmap.height}`).to.equal(`${400 * scale}×${240 * scale}`);
    }
    expect(pixelDensity(new Uint8Array(await (await el.toPNG()).arrayBuffer())), 'by default 2×').to.equal('7560 7560 1');
  });

  // A chart on a coloured slide: no background rectangle, and nothing else in the theme's background (the map's
  // dots' outlines cut out, its borders in the frames' colour); the command line's file for the same options.
  it("toSVG({ background: 'transparent' }) leaves the background out, and is the command line's file", async () => {
    const el = await ready<NetreachElement>(html`<netreach-map style="width: 640px"></netreach-map>`);
    for (const theme of ['light', 'dark'] as const) {
      const size = { width: 640, height: 360, theme };
      const opaque = await el.toSVG(size);
      const transparent = await el.toSVG({ ...size, background: 'transparent' });
      const rect = /<rect width="640" height="360" fill="(#[0-9a-f]{6})"\/>/.exec(opaque);
      expect(Boolean(rect), theme).to.equal(true);
      expect(opaque.includes(`stroke="${rect![1]}"`), `${theme}: outlines of the theme's background`).to.equal(true);
      expect(transparent.includes(rect![1]!), `${theme}: nothing of the theme's background`).to.equal(false);
      expect(transparent.includes('<rect width="640" height="360"'), theme).to.equal(false);
      const cli = await renderSvg('map', el.currentDataset as Dataset, { ...size, lang: el.locale, background: 'transparent' });
      expect(normalizeIds(transparent) === normalizeIds(cli), `${theme}: the command line's`).to.equal(true);
    }
    // A trend's labels and hollow dots are knocked out of what lies under them (unit/static-svg.test.ts): the same
    // document from the element as from the command line.
    const trend = await ready<NetreachElement>(html`<netreach-trend metric="virtual-students" style="width: 640px"></netreach-trend>`);
    const file = { width: 640, height: 360, theme: 'dark' as const, background: 'transparent' as const };
    const knocked = await trend.toSVG(file);
    expect(knocked.includes('netreach-knockout-0'), 'knocked out').to.equal(true);
    const trendCli = await renderSvg('trend', trend.currentDataset as Dataset, { ...file, metric: 'virtual-students', lang: trend.locale });
    expect(normalizeIds(knocked) === normalizeIds(trendCli), "the trend: the command line's").to.equal(true);
    const png = await createImageBitmap(await el.toPNG({ width: 640, height: 360, scale: 1, background: 'transparent' }));
    const canvas = new OffscreenCanvas(png.width, png.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(png, 0, 0);
    expect(context.getImageData(0, 0, 1, 1).data[3], 'a transparent corner').to.equal(0);
  });

  // A stat whose big number the page sized: the file drew it as large as fits, not as the page shows it.
  it('toSVG() draws the big number at the --netreach-stat-size the page set, as netreach render --stat-size does', async () => {
    /** The big number's size in a file: its largest bold text. */
    const figureSize = (svg: string) => Math.max(...[...svg.matchAll(/font-size="([\d.]+)" font-weight="700"/g)].map((m) => Number(m[1])));
    const plain = await ready<NetreachElement>(html`<netreach-stat style="width: 480px; height: 270px"></netreach-stat>`);
    const sized = await ready<NetreachElement>(
      html`<netreach-stat style="width: 480px; height: 270px; --netreach-stat-size: 40px"></netreach-stat>`,
    );
    const svg = await sized.toSVG();
    expect(/width="480" height="270"/.test(svg), 'at the tile’s size').to.equal(true);
    // At the tile's own size, the page's pixels; the default is another size.
    expect(figureSize(svg)).to.equal(40);
    expect(figureSize(await plain.toSVG())).to.not.equal(40);
    // A 960×540 file is twice the tile's type scale: twice the page's size, as its other type.
    expect(figureSize(await sized.toSVG({ width: 960, height: 540 }))).to.equal(80);
    // The command line's file for the same size: `stat-size` at type scale 1 (480×270 is scale 0.5).
    const cli = await renderSvg('stat', sized.currentDataset as Dataset, { width: 480, height: 270, lang: sized.locale, 'stat-size': 80 });
    expect(normalizeIds(svg) === normalizeIds(cli), "the command line's file").to.equal(true);
    // Still a PNG of it.
    const png = await createImageBitmap(await sized.toPNG({ scale: 1 }));
    expect(`${png.width}×${png.height}`).to.equal('480×270');
  });

  // Two stats on one slide and the Persian one were all cinvu-stat.png (the browser then adding "(1)").
  it('names a downloaded file after what it shows: metric, step, region, highlighted members, compared network and language', async () => {
    const countries = await ready<NetreachElement>(html`<netreach-stat></netreach-stat>`);
    const students = await readyStat();
    const persian = await ready<NetreachElement>(html`<netreach-stat metric="virtual-students" lang="fa"></netreach-stat>`);
    const map = await ready<NetreachElement>(html`<netreach-map step="2" region="asia-and-oceania" compare="al-mustafa"></netreach-map>`);
    // Two member universities' maps, each with its own country highlighted, were both cinvu-map-fa.png. The members
    // in one order whatever order they are written in; a code that is no member (FRA) names nothing, as it draws nothing.
    const maps: NetreachElement[] = [];
    for (const highlight of ['IRN', 'PAK TUR', 'tur fra pak'])
      maps.push(await ready(html`<netreach-map highlight=${highlight} lang="fa"></netreach-map>`));
    const names = await downloadedNames(async () => {
      await countries.downloadAs('png');
      await students.downloadAs('png');
      await persian.downloadAs('png');
      await persian.downloadAs('svg');
      await persian.downloadAs('csv');
      await map.downloadAs('svg');
      for (const each of maps) await each.downloadAs('png');
    });
    expect(names).to.deep.equal([
      'cinvu-stat-countries.png',
      'cinvu-stat-virtual-students.png',
      'cinvu-stat-virtual-students-fa.png',
      'cinvu-stat-virtual-students-fa.svg',
      'cinvu-stat-virtual-students-fa.csv',
      'cinvu-map-asia-and-oceania-step-2-vs-al-mustafa.svg',
      'cinvu-map-irn-fa.png',
      'cinvu-map-pak-tur-fa.png',
      'cinvu-map-pak-tur-fa.png',
    ]);
  });

  // Bars grouped by region and by country on one page were both cinvu-bars-countries.png.
  it('names apart two widgets of one metric that draw different pictures, and keeps the name of one at its defaults', async () => {
    const pairs: [string, TemplateResult, TemplateResult][] = [
      ['bars', html`<netreach-bars></netreach-bars>`, html`<netreach-bars group-by="country"></netreach-bars>`],
      ['regions', html`<netreach-regions></netreach-regions>`, html`<netreach-regions type="donut"></netreach-regions>`],
      ['trend', html`<netreach-trend></netreach-trend>`, html`<netreach-trend type="area"></netreach-trend>`],
      ['table of', html`<netreach-table></netreach-table>`, html`<netreach-table of="universities"></netreach-table>`],
      ['table metrics', html`<netreach-table></netreach-table>`, html`<netreach-table metrics="virtual-students"></netreach-table>`],
      ['map', html`<netreach-map></netreach-map>`, html`<netreach-map mode="reach" home="PAK"></netreach-map>`],
      ['dashboard', html`<netreach-dashboard></netreach-dashboard>`, html`<netreach-dashboard country="PAK"></netreach-dashboard>`],
    ];
    const names: string[] = [];
    for (const [, ...templates] of pairs) {
      for (const template of templates) {
        const el = await ready<NetreachElement>(template);
        names.push(...(await downloadedNames(() => el.downloadAs('png'))));
      }
    }
    expect(names).to.deep.equal([
      'cinvu-bars-countries.png',
      'cinvu-bars-countries-by-country.png',
      'cinvu-regions-countries.png',
      'cinvu-regions-countries-donut.png',
      'cinvu-trend.png',
      'cinvu-trend-area.png',
      'cinvu-table.png',
      'cinvu-table-universities.png',
      'cinvu-table.png',
      'cinvu-table-virtual-students.png',
      'cinvu-map.png',
      'cinvu-map-reach-pak.png',
      'cinvu-dashboard.png',
      'cinvu-dashboard-asia-and-oceania-pak.png',
    ]);
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

  it('"View data" shows the data in words: a caption, the columns\' names, each figure as the tile says it', async () => {
    const el = await readyStat();
    await openDataView(el);
    expect(dataView(el).caption).to.equal('Virtual students');
    expect(dataView(el).headers).to.deep.equal(['Year or period', 'Value', 'Source']);
    // A period in its words, with no year; years as years; the qualifier in words; the source by its label.
    expect(dataView(el).rows).to.deep.equal([
      ['Before the spread of coronavirus', '8\u00a0million', 'National Library and Archives of Iran (Public Relations)'],
      ['2020', '22\u00a0million', 'National Library and Archives of Iran (Public Relations)'],
      ['2021', 'more than 30\u00a0million', 'CINVU (Public Relations)'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('"View data" speaks the widget\'s language: its words, names rather than ids, native digits', async () => {
    const stat = await readyStat(html`<netreach-stat lang="fa" metric="virtual-students"></netreach-stat>`);
    await openDataView(stat);
    expect(dataView(stat).caption).to.equal('دانشجویان مجازی');
    expect(dataView(stat).headers).to.deep.equal(['سال یا دوره', 'مقدار', 'منبع']);
    expect(dataView(stat).rows.map((row) => row.slice(0, 2))).to.deep.equal([
      ['پیش از شیوع ویروس کرونا', '۸\u00a0میلیون'],
      ['۲۰۲۰', '۲۲\u00a0میلیون'],
      ['۲۰۲۱', 'بیش از ۳۰\u00a0میلیون'],
    ]);
    await expect(stat).to.be.accessible();

    const regions = await ready(html`<netreach-regions lang="fa"></netreach-regions>`);
    await openDataView(regions);
    expect(dataView(regions).caption).to.equal('کشورهای عضو به تفکیک منطقه');
    expect(dataView(regions).headers).to.deep.equal(['مناطق', 'کشورهای عضو']);
    expect(dataView(regions).rows).to.deep.equal([
      ['آسیا و اقیانوسیه', '۲۷ (۴۷٪)'],
      ['آفریقا و عربی', '۲۷ (۴۷٪)'],
      ['اروپا و آمریکا', '۳ (۵٪)'],
    ]);

    for (const el of [stat, regions, await ready(html`<netreach-bars lang="fa"></netreach-bars>`)]) {
      if (!dataView(el).caption) await openDataView(el);
      const text = el.shadowRoot!.querySelector('[part="data-view"]')!.textContent!;
      // No CSV key, no id, no Latin digit (the sources' English names have none).
      expect(text, el.localName).to.not.match(/[0-9]|asia-and-oceania|virtual-students|more-than|region|value/);
    }
  });

  it('"View data" closes on Escape inside it, focus back on the menu button', async () => {
    const el = await readyStat();
    await openDataView(el);
    const view = el.shadowRoot!.querySelector<HTMLElement>('[part="data-view"]');
    await waitUntil(() => focused(el) === view, 'focus did not move to View data');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="data-view"]')).to.equal(null);
    expect(focused(el)).to.equal(menuButton(el));
    menuButton(el)!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-action="data"]')!.textContent!.trim()).to.equal('View data');
  });

  it('is not there with controls="none"', async () => {
    const el = await readyStat(html`<netreach-stat controls="none"></netreach-stat>`);
    expect(menuButton(el)).to.equal(null);
  });

  it('speaks the widget language', async () => {
    const el = await readyStat(html`<netreach-stat lang="fa"></netreach-stat>`);
    // Named with the tile's title and figure, in Persian words and digits (a dashboard has nine of these buttons).
    expect(menuButton(el)!.getAttribute('aria-label')).to.equal('منوی نمودار: کشورهای عضو، ۵۷');
    expect(menuButton(el)!.getAttribute('title')).to.equal('منوی نمودار');
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
    // No second table: the map's box is its View data (part="data-view", which takes focus), not the on-demand one.
    expect(el.shadowRoot!.querySelectorAll('table')).to.have.length(1);
    expect(el.shadowRoot!.querySelector('.data-view')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="data-view"]')!.id).to.equal('table');
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
