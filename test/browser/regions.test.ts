import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { csvTable, expectInsideBox, expectSumSaid } from '../helpers/assertions.js';
import { a11ySnapshot, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/regions/define.js';
import type { NetreachRegions } from '../../src/regions/regions.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { SILK_ROAD } from '../../src/generated/silk-road.js';
import { expectGolden } from '../helpers/golden.js';
import { renderSvg } from '../../src/static/index.js';
import { waitUntil } from '../helpers/wait.js';

const shadow = (el: Element) => el.shadowRoot!;
const svgOf = (el: Element) => shadow(el).querySelector<SVGSVGElement>('svg[part="chart"]');
const cells = (el: Element) => [...shadow(el).querySelectorAll<SVGRectElement>('rect.cell')];
const slices = (el: Element) => [...shadow(el).querySelectorAll<SVGPathElement>('path.slice')];
const legend = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="legend-item"]')];
const legendTexts = (el: Element) => legend(el).map((button) => button.textContent!.replace(/\s+/g, ' ').trim());

async function ready(el: NetreachRegions, state = 'ready'): Promise<NetreachRegions> {
  await waitUntil(() => el.state === state, `state never became ${state} (was ${el.state})`);
  if (state === 'ready') await waitUntil(() => svgOf(el), 'the chart was never drawn');
  await el.updateComplete;
  return el;
}

async function regions600(template: ReturnType<typeof html>): Promise<NetreachRegions> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px">${template}</div>`);
  return ready(wrapper.firstElementChild as NetreachRegions);
}

describe('<netreach-regions>', () => {
  it('says that a region’s figure adds up its members’ figures, on screen and in its file; member counts do not', async () => {
    const el = await regions600(html`<netreach-regions .data=${EXAMPLE_NETWORK} metric="universities"></netreach-regions>`);
    await expectSumSaid(el, 'The sum of the members’ figures: no total is published.');
    el.metric = 'countries';
    await el.updateComplete;
    expect(shadow(el).textContent).to.not.contain('The sum of');
  });

  it('keeps its squares out from under the menu button, at every width and right to left', async () => {
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    let narrowed = 0;
    for (const lang of ['en', 'fa']) {
      for (const width of [240, 270, 290, 310, 340]) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px"><netreach-regions lang=${lang}></netreach-regions></div>`,
        );
        const el = await ready(wrapper.firstElementChild as NetreachRegions);
        const button = shadow(el).querySelector('[part~="menu-button"]')!.getBoundingClientRect();
        expect(cells(el)).to.have.length(57);
        for (const cell of cells(el)) expect(overlaps(cell.getBoundingClientRect(), button), `${lang} at ${width} px`).to.equal(false);
        if (svgOf(el)!.getBoundingClientRect().width < width - 30) narrowed += 1;
      }
    }
    // The widths where a full-width grid would reach the corner were drawn narrower.
    expect(narrowed).to.be.above(0);
  });

  it('keeps its donut out from under the menu button at a phone sidebar’s widths, right to left too', async () => {
    // A grid of points over the button's box, each asked of every slice's fill (in the slice's own coordinates).
    const underButton = (el: Element, b: DOMRect) =>
      slices(el).reduce((count, path) => {
        const toPath = path.getScreenCTM()!.inverse();
        for (let i = 0; i <= 8; i += 1)
          for (let j = 0; j <= 8; j += 1) {
            const point = new DOMPoint(b.left + (b.width * i) / 8, b.top + (b.height * j) / 8).matrixTransform(toPath);
            if (path.isPointInFill(point)) count += 1;
          }
        return count;
      }, 0);
    const under: string[] = [];
    let drawn = 0;
    for (const lang of ['en', 'fa']) {
      for (const width of [160, 200, 240, 280]) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px"><netreach-regions lang=${lang} type="donut"></netreach-regions></div>`,
        );
        const el = await ready(wrapper.firstElementChild as NetreachRegions);
        const b = shadow(el).querySelector('[part~="menu-button"]')!.getBoundingClientRect();
        drawn += slices(el).length;
        const inside = underButton(el, b);
        if (inside) under.push(`${lang} at ${width} px: ${inside} of the button's 81 points on the ring`);
      }
    }
    expect(drawn).to.be.above(0);
    // At 200 px the ring passed under the button (its dots and hover disc over the first slice).
    expect(under.join('; ') || 'none').to.equal('none');
  });

  it('keeps the words in a narrow donut’s centre readable, or leaves them to the legend', async () => {
    // Each centre text's size on screen: its font size times the ring's scale.
    const drawnSizes = (el: Element) =>
      [...shadow(el).querySelectorAll<SVGTextElement>('.total, .total-label')].map((text) => ({
        text: text.textContent ?? '',
        px: parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM()!.a,
        box: text.getBoundingClientRect(),
      }));
    const small: string[] = [];
    for (const lang of ['en', 'fa']) {
      for (const width of [160, 200, 240, 600]) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px"><netreach-regions lang=${lang} type="donut"></netreach-regions></div>`,
        );
        const el = await ready(wrapper.firstElementChild as NetreachRegions);
        const sizes = drawnSizes(el);
        expect(shadow(el).querySelector('.total')?.textContent, `${lang} ${width}`).to.match(/^(57|۵۷)$/);
        const svg = svgOf(el)!.getBoundingClientRect();
        const hole = svg.width * 0.62 * 0.9;
        for (const { text, px, box } of sizes) {
          if (text === '') continue;
          if (px < 9.5) small.push(`${lang} at ${width} px: "${text}" at ${px.toFixed(1)} px`);
          // What stays is inside the ring's hole.
          expect(box.width, `${lang} ${width} "${text}"`).to.be.at.most(hole);
        }
      }
    }
    // At 200 px "Member countries" was drawn at 6 px, at 160 px at 4 px, "57" at 10 px.
    expect(small.join('; ') || 'none').to.equal('none');
  });

  it("names each legend button in words, with a space before its figure where the figure wraps (Chromium's name)", async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><netreach-regions></netreach-regions></div>`);
    await ready(wrapper.firstElementChild as NetreachRegions);
    interface AXNode {
      role: string;
      name: string;
      children?: AXNode[];
    }
    const names: string[] = [];
    const collect = (node: AXNode) =>
      node.role === 'button' && node.name.includes('(') ? names.push(node.name) : node.children?.forEach(collect);
    collect((await a11ySnapshot({})) as unknown as AXNode);
    expect(names).to.deep.equal(['Asia and Oceania 27 (47%)', 'Africa and Arab 27 (47%)', 'Europe and America 3 (5%)']);
  });

  it('draws a waffle of the 57 member countries, 27/27/3 by region, on the default data', async () => {
    const el = await regions600(html`<netreach-regions></netreach-regions>`);
    expect(cells(el)).to.have.length(57);
    const byColour = ['c1', 'c2', 'c3'].map((name) => cells(el).filter((cell) => cell.classList.contains(name)).length);
    expect(byColour).to.deep.equal([27, 27, 3]);
    expect(legendTexts(el)).to.deep.equal(['Asia and Oceania 27 (47%)', 'Africa and Arab 27 (47%)', 'Europe and America 3 (5%)']);
    expect(svgOf(el)!.getAttribute('role')).to.equal('img');
    expect(svgOf(el)!.getAttribute('aria-label')).to.equal(
      'Member countries: Asia and Oceania 27 (47%), Africa and Arab 27 (47%), Europe and America 3 (5%). Each square is one member country.',
    );
    expect(shadow(el).querySelector('[part="source"]')?.textContent).to.contain('Organisation of Islamic Cooperation');
    // Square cells of one size.
    const sizes = new Set(cells(el).map((cell) => `${cell.getAttribute('width')}x${cell.getAttribute('height')}`));
    expect(sizes.size).to.equal(1);
  });

  it('draws a donut with the total in the middle, slices in proportion', async () => {
    const el = await regions600(html`<netreach-regions type="donut"></netreach-regions>`);
    expect(slices(el)).to.have.length(3);
    expect(shadow(el).querySelector('.total')?.textContent).to.equal('57');
    const lengths = slices(el).map((slice) => slice.getTotalLength());
    expect(lengths[0]).to.be.closeTo(lengths[1]!, 0.5);
    expect(lengths[2]).to.be.lessThan(lengths[0]! / 2);
  });

  it('shows a metric’s regional sums: 100 one-percent squares, shares in the legend', async () => {
    const el = await regions600(html`<netreach-regions .data=${EXAMPLE_NETWORK} metric="virtual-students"></netreach-regions>`);
    expect(cells(el)).to.have.length(100);
    expect(shadow(el).querySelector('.unit')?.textContent).to.equal('Each square is 1% of the total');
    expect(legendTexts(el)[0]).to.match(/^Asia & Pacific \S+ \(\d+%\)$/);
    expect(shadow(el).querySelector('[part="badge"]')?.textContent).to.equal('Illustrative data');
  });

  it('ends a legend name that wraps with its figure, not at the row’s far end', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 220px"><netreach-regions .data=${EXAMPLE_NETWORK} metric="virtual-students"></netreach-regions></div>`,
    );
    const el = wrapper.firstElementChild as NetreachRegions;
    await waitUntil(() => el.state === 'ready' && legend(el).length > 0, 'no legend');
    await el.updateComplete;
    const entry = legend(el).find((button) => button.textContent!.includes('Middle East & North Africa'))!;
    const name = entry.querySelector('.name')!;
    const range = document.createRange();
    range.selectNodeContents(name);
    const lines = [...range.getClientRects()].filter((line) => line.width > 0);
    expect(lines.length, 'the name wraps').to.be.above(1);
    const last = lines.at(-1)!;
    const figure = entry.querySelector('.figure')!.getBoundingClientRect();
    expect(figure.top, 'on the name’s last line').to.be.closeTo(last.top, 3);
    expect(figure.left - last.right, 'a space after the name').to.be.within(0, 8);
  });

  it('selects regions from the legend: one tab stop, arrow keys, Enter', async () => {
    const el = await regions600(html`<netreach-regions></netreach-regions>`);
    expect(legend(el).filter((button) => button.tabIndex === 0)).to.have.length(1);
    legend(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(legend(el)[1]);
    const event = oneEvent(el, 'netreach-select');
    await sendKeys({ press: 'Enter' });
    const { detail, bubbles, composed } = (await event) as CustomEvent;
    expect(detail).to.deep.equal({ region: 'africa-and-arab' });
    expect(bubbles && composed).to.equal(true);
    await el.updateComplete;
    expect(el.selected).to.equal('africa-and-arab');
    expect(legend(el).map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
    // The other regions' squares fade.
    legend(el)[1]!.blur();
    await el.updateComplete;
    expect(cells(el).filter((cell) => !cell.classList.contains('dim'))).to.have.length(27);
    expect(
      cells(el)
        .filter((cell) => !cell.classList.contains('dim'))
        .every((cell) => cell.classList.contains('c2')),
    ).to.equal(true);
    legend(el)[1]!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(legend(el)[2]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal(legend(el)[0]);
    const heard: unknown[] = [];
    el.addEventListener('netreach-select', (event) => heard.push((event as CustomEvent).detail));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(heard).to.deep.equal([{ region: null }]);
    // Cleared as the map and the bars clear theirs (RovingFocusController): unset, as before any choice.
    expect(el.selected).to.equal(undefined);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(legend(el).map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false']);
  });

  it('selects once for Enter or Space on a legend button (the key is not also a click)', async () => {
    const el = await regions600(html`<netreach-regions></netreach-regions>`);
    const heard: string[] = [];
    el.addEventListener('netreach-select', (event) => heard.push((event as CustomEvent).detail.region));
    legend(el)[2]!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heard).to.deep.equal(['europe-and-america', 'africa-and-arab']);
  });

  it('selects a region by clicking its slice', async () => {
    const el = await regions600(html`<netreach-regions type="donut"></netreach-regions>`);
    const event = oneEvent(el, 'netreach-select');
    slices(el)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = (await event) as CustomEvent;
    expect(detail).to.deep.equal({ region: 'europe-and-america' });
    await el.updateComplete;
    expect(slices(el).map((slice) => slice.classList.contains('dim'))).to.deep.equal([true, true, false]);
  });

  it('shows the country under the pointer in a tooltip inside the widget', async () => {
    const el = await regions600(html`<netreach-regions></netreach-regions>`);
    const cell = cells(el)[9]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(cell.left + cell.width / 2), Math.round(cell.top + cell.height / 2)] });
    await waitUntil(() => shadow(el).querySelector('[part="tooltip"]'), 'no tooltip');
    await el.updateComplete;
    const tip = shadow(el).querySelector('[part="tooltip"]')!;
    expect(tip.textContent).to.contain('Kazakhstan').and.to.contain('Asia and Oceania');
    expectInsideBox(tip, el);
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => !shadow(el).querySelector('[part="tooltip"]'), 'the tooltip stayed');
  });

  for (const [lang, name, twentySeven] of [
    ['ar', 'Arabic', '٢٧'],
    ['ur', 'Urdu', '27'],
  ]) {
    it(`mirrors in ${name}: filled from the right, its digits, arrow keys follow the direction`, async () => {
      const el = await regions600(html`<netreach-regions lang=${lang!}></netreach-regions>`);
      expect(shadow(el).querySelector('[part="frame"]')!.getAttribute('dir')).to.equal('rtl');
      const first = cells(el)[0]!;
      const second = cells(el)[1]!;
      expect(Number(first.getAttribute('x'))).to.be.greaterThan(Number(second.getAttribute('x')));
      expect(legendTexts(el)[0]).to.contain(twentySeven);
      // The swatch leads on the right, the name follows to its left.
      const swatch = legend(el)[0]!.querySelector('.swatch')!.getBoundingClientRect();
      expect(swatch.left).to.be.greaterThan(legend(el)[0]!.querySelector('.name')!.getBoundingClientRect().right - 1);
      legend(el)[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(legend(el)[1]);
    });
  }

  it('has no accessibility violations, as a waffle or a donut', async () => {
    const waffle = await regions600(html`<netreach-regions selected="asia-and-oceania"></netreach-regions>`);
    await expect(waffle).to.be.accessible();
    const donut = await regions600(html`<netreach-regions type="donut" lang="fa"></netreach-regions>`);
    await expect(donut).to.be.accessible();
  });

  it('follows resizes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"><netreach-regions type="donut"></netreach-regions></div>`);
    const el = await ready(wrapper.firstElementChild as NetreachRegions);
    expect(svgOf(el)!.getAttribute('width')).to.equal('280');
    wrapper.style.width = '160px';
    // Not the box's full 160 px any more: the ring keeps clear of the menu button's corner (40 px at a 16 px root
    // font), its radius that at which the circle meets the corner square's near point (clearRadius(), regions.scene.ts).
    const clear = 2 * (160 - Math.sqrt(160 ** 2 - 120 ** 2 - 40 ** 2));
    await waitUntil(() => svgOf(el)?.getAttribute('width') === String(Math.round(clear * 100) / 100), 'did not shrink with its container');
  });

  it('names an unknown metric in the error state', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><netreach-regions metric="graduates"></netreach-regions></div>`);
    const el = await ready(wrapper.firstElementChild as NetreachRegions, 'error');
    expect(shadow(el).querySelector('[part="error"]')?.textContent).to.equal(
      'Unknown metric "graduates" (countries, virtual-students, digital-universities)',
    );
  });

  it('shows the empty state for a dataset without members', async () => {
    const empty = { ...(EXAMPLE_NETWORK as object), members: [], universities: [] };
    const wrapper = await fixture<HTMLDivElement>(html`<div><netreach-regions .data=${empty}></netreach-regions></div>`);
    const el = await ready(wrapper.firstElementChild as NetreachRegions, 'empty');
    expect(shadow(el).querySelector('[part="status"]')?.textContent).to.equal('This dataset has no member countries.');
  });

  it('exports one row per region as CSV', async () => {
    const el = await regions600(html`<netreach-regions></netreach-regions>`);
    const lines = csvTable(el.toCSV());
    expect(lines).to.deep.equal([
      'region,name,countries,share',
      'asia-and-oceania,Asia and Oceania,27,0.4737',
      'africa-and-arab,Africa and Arab,27,0.4737',
      'europe-and-america,Europe and America,3,0.0526',
    ]);
  });

  it('matches the golden SVGs', async () => {
    const waffle = await regions600(html`<netreach-regions></netreach-regions>`);
    await expectGolden('regions-cinvu-waffle', svgOf(waffle)!);
    const donut = await regions600(html`<netreach-regions type="donut"></netreach-regions>`);
    await expectGolden('regions-cinvu-donut', svgOf(donut)!);
    const rtl = await regions600(html`<netreach-regions type="donut" lang="fa"></netreach-regions>`);
    await expectGolden('regions-cinvu-donut-fa', svgOf(rtl)!);
  });

  it('forgets a hovered region the data no longer has: it is not emphasised when it comes back', async () => {
    const el = await regions600(html`<netreach-regions .data=${EXAMPLE_NETWORK}></netreach-regions>`);
    const dimmed = () => cells(el).filter((cell) => cell.classList.contains('dim')).length;
    legend(el)[0]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(dimmed(), 'the other regions dimmed').to.be.above(0);
    // Silk Road assigns no regions: no legend, whose entry the pointer could leave.
    el.data = SILK_ROAD;
    await waitUntil(() => el.currentDataset?.network.id === 'silk-road');
    await ready(el);
    expect(legend(el)).to.have.length(0);
    el.data = EXAMPLE_NETWORK;
    await waitUntil(() => cells(el).length > 0, 'the squares were never drawn');
    await el.updateComplete;
    expect(cells(el).length).to.be.above(0);
    expect(dimmed(), 'no region dimmed').to.equal(0);
  });

  describe('files: toSVG() is the command line’s document', () => {
    const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;

    for (const lang of ['en', 'fa']) {
      for (const type of ['waffle', 'donut']) {
        it(`draws the same SVG as renderSvg() in ${lang}, ${type}`, async () => {
          const el = await regions600(html`<netreach-regions lang=${lang} type=${type}></netreach-regions>`);
          expect(await el.toSVG({ width: 600, height: 400, theme: 'light' })).to.equal(
            await renderSvg('regions', el.currentDataset!, { width: 600, height: 400, lang, type }),
          );
          // `netreach render regions --selected …`: the other regions dimmed, as on the page.
          const selected = await regions600(
            html`<netreach-regions lang=${lang} type=${type} selected="africa-and-arab"></netreach-regions>`,
          );
          expect(await selected.toSVG({ width: 600, height: 400, theme: 'light' })).to.equal(
            await renderSvg('regions', selected.currentDataset!, { width: 600, height: 400, lang, type, selected: 'africa-and-arab' }),
          );
        });
      }
    }

    it('matches the golden documents: the legend with counts and shares, the notes, each source once', async () => {
      const waffle = await regions600(html`<netreach-regions></netreach-regions>`);
      const file = await waffle.toSVG({ width: 600, height: 400, theme: 'light' });
      await expectGolden('regions-cinvu-waffle-file', parse(file));
      const texts = [...parse(file).querySelectorAll('text')].map((text) => text.textContent);
      expect(texts).to.include.members(['Asia and Oceania', '27 (47%)', 'Each square is one member country']);
      expect(file).to.contain('which countries they are is inferred');
      const donut = await regions600(html`<netreach-regions type="donut" lang="fa"></netreach-regions>`);
      await expectGolden('regions-cinvu-donut-fa-file', parse(await donut.toSVG({ width: 600, height: 400, theme: 'light' })));
      const arabic = await regions600(html`<netreach-regions lang="ar"></netreach-regions>`);
      await expectGolden('regions-cinvu-waffle-ar-dark-file', parse(await arabic.toSVG({ width: 600, height: 400, theme: 'dark' })));
      const shown = shadow(waffle)
        .querySelector('[part="source"]')!
        .textContent!.replace(/^\s*Sources: /, '')
        .trim()
        .split('; ');
      expect(new Set(shown).size).to.equal(shown.length);
    });

    it('says that regions the dataset drew up itself are its own, under "Regions", on the page and in its file', async () => {
      const own = {
        version: 1,
        network: { id: 'own', name: 'Own Network' },
        regions: [
          { id: 'gulf', name: 'Gulf', names: { ar: 'الخليج' } },
          { id: 'central-asia', name: 'Central Asia', names: { ar: 'آسيا الوسطى' } },
        ],
        metrics: [],
        members: [
          { country: 'QAT', region: 'gulf' },
          { country: 'OMN', region: 'gulf' },
          { country: 'KAZ', region: 'central-asia' },
        ],
        sources: [{ id: 's', title: 'Members' }],
        regionAssignment: { by: 'dataset', note: 'We grouped the countries ourselves.' },
      };
      const sentences = {
        en: ['The regions were drawn up for this dataset: the sources give none.', 'Regions'],
        ar: ['وُضعت المناطق لهذه المجموعة من البيانات: المصادر لا تذكر مناطق.', 'المناطق'],
      };
      for (const [lang, [sentence, title]] of Object.entries(sentences)) {
        const el = await regions600(html`<netreach-regions lang=${lang} .data=${own}></netreach-regions>`);
        const notes = [...shadow(el).querySelectorAll('[part="note"]')].map((note) => note.textContent);
        expect(notes, lang).to.deep.equal([sentence]);
        expect(shadow(el).querySelector('[part="legend"]')!.getAttribute('aria-label'), lang).to.equal(title);
        expect(await el.toSVG({ width: 600, height: 400 }), lang).to.contain(sentence);
      }
    });

    it('says that the sources assign no regions rather than invent a grouping', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 600px"><netreach-regions dataset="silk-road"></netreach-regions></div>`,
      );
      const el = await ready(wrapper.firstElementChild as NetreachRegions);
      const message = 'The sources assign no regions, so there is no grouping by region.';
      expect(svgOf(el)!.getAttribute('aria-label')).to.equal(message);
      expect(svgOf(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(message);
      expect(cells(el)).to.have.length(0);
      expect(legend(el)).to.have.length(0);
      // The list names 2 of 27 countries: the widget says so.
      expect(shadow(el).querySelector('[part="note"]')?.textContent).to.equal('The sources name only 2 of 27; the other 25 are not shown.');
      const file = await el.toSVG({ width: 600, height: 400 });
      expect(file).to.contain('there is no grouping by region');
      expect(file).not.to.match(/<rect [^>]*rx="2" fill="#[0-9a-f]{6}"\/>/);
    });

    it('wraps its message clear of the menu button over its top corner, left to right and right to left', async () => {
      for (const lang of ['en', 'ar']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 280px"><netreach-regions dataset="silk-road" lang=${lang}></netreach-regions></div>`,
        );
        const el = await ready(wrapper.firstElementChild as NetreachRegions);
        const button = shadow(el).querySelector('[part~="menu-button"]')!.getBoundingClientRect();
        expect(button.width, 'the button is laid out').to.be.above(0);
        const lines = [...svgOf(el)!.querySelectorAll('text')].map((line) => line.getBoundingClientRect());
        expect(lines.length, lang).to.be.above(1);
        for (const line of lines) {
          const apart = line.right <= button.left || line.left >= button.right || line.bottom <= button.top || line.top >= button.bottom;
          expect(apart, `${lang}: a line of the message under the button`).to.equal(true);
        }
      }
    });

    it('draws no empty waffle for a metric of which the sources give no regional figure: it says so, in the page and its file', async () => {
      const el = await regions600(html`<netreach-regions metric="virtual-students"></netreach-regions>`);
      const message = 'Virtual students: the sources give no figures to draw here.';
      expect(svgOf(el)!.getAttribute('aria-label')).to.equal(message);
      expect(svgOf(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(message);
      expect(cells(el)).to.have.length(0);
      expect(legend(el)).to.have.length(0);
      expect(shadow(el).textContent).not.to.contain('No data');
      expect(shadow(el).querySelector('[part="note"]')).to.equal(null);
      // The sources of the network's totals are still cited.
      expect(shadow(el).querySelector('[part="source"]')?.textContent).to.contain('CINVU (Public Relations)');
      const file = await el.toSVG({ width: 600, height: 400 });
      expect(file).to.contain('the sources give no figures to draw here');
      expect(file).not.to.contain('No data');
      const donut = await regions600(html`<netreach-regions type="donut" metric="virtual-students" lang="fa"></netreach-regions>`);
      expect(slices(donut)).to.have.length(0);
      expect(svgOf(donut)!.getAttribute('aria-label')).to.match(/^دانشجویان مجازی: منابع رقمی برای رسم/);
    });
  });
});
