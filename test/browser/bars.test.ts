import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { csvTable, expectClearOf, expectInsideBox, expectSumSaid } from '../helpers/assertions.js';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/bars/define.js';
import type { NetreachBars } from '../../src/bars/bars.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import type { Dataset } from '../../src/core/types.js';
import { expectGolden } from '../helpers/golden.js';
import { expectSameFile } from '../helpers/scene-file.js';
import type { ChartScene } from '../../src/core/scene.js';
import { expectPaintedAsScene } from '../helpers/paint.js';
import { renderSvg } from '../../src/static/index.js';
import { waitUntil } from '../helpers/wait.js';

const shadow = (el: Element) => el.shadowRoot!;
const svgOf = (el: Element) => shadow(el).querySelector<SVGSVGElement>('svg[part="chart"]');
const rows = (el: Element) => [...shadow(el).querySelectorAll<SVGGElement>('.row')];
const bars = (el: Element) => rows(el).map((row) => row.querySelector<SVGRectElement>('.bar')!);
const labels = (el: Element) => rows(el).map((row) => row.querySelector('.label')!.textContent!.trim());
const valueTexts = (el: Element) => rows(el).map((row) => row.querySelector('.value')!.textContent!.trim());
const num = (element: Element, attribute: string) => Number(element.getAttribute(attribute));

/** Waits for the data and for the first size report, which draws the SVG. */
async function ready(el: NetreachBars, state = 'ready'): Promise<NetreachBars> {
  await waitUntil(() => el.state === state, `state never became ${state} (was ${el.state})`);
  if (state === 'ready') await waitUntil(() => svgOf(el), 'the chart was never drawn');
  await el.updateComplete;
  return el;
}

async function bars600(template: ReturnType<typeof html>): Promise<NetreachBars> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px">${template}</div>`);
  return ready(wrapper.firstElementChild as NetreachBars);
}

const small = {
  version: 1,
  network: { id: 'n', name: 'Net' },
  regions: [
    { id: 'a', name: 'Alpha' },
    { id: 'b', name: 'Beta' },
  ],
  metrics: [{ id: 'unis', label: 'Universities' }],
  members: [
    { country: 'PAK', region: 'a', values: { unis: 10 } },
    { country: 'IRN', region: 'a', values: { unis: 30 } },
    { country: 'EGY', region: 'b', values: { unis: null } },
    { country: 'TUR', region: 'b', values: { unis: 20 } },
  ],
  sources: [{ id: 's', title: 'Report', publisher: 'Publisher', url: 'https://example.org/report' }],
};

describe('<netreach-bars>', () => {
  // Measured lengths are the drawn bars', not a frame of their entrance (bars grow when first seen).
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  it('shows 27, 27 and 3 member countries per region on the default data, bar lengths in proportion', async () => {
    const el = await bars600(html`<netreach-bars></netreach-bars>`);
    expect(labels(el)).to.deep.equal(['Asia and Oceania', 'Africa and Arab', 'Europe and America']);
    expect(valueTexts(el)).to.deep.equal(['27', '27', '3']);
    const widths = bars(el).map((bar) => bar.getBoundingClientRect().width);
    expect(widths[0]).to.be.closeTo(widths[1]!, 0.01);
    expect(widths[0]! / widths[2]!).to.be.closeTo(9, 0.01);
    expect(svgOf(el)!.getAttribute('aria-label')).to.equal('Member countries by region');
    expect(svgOf(el)!.getBoundingClientRect().width).to.equal(600);
    const ticks = [...shadow(el).querySelectorAll('.grid text')].map((text) => text.textContent);
    expect(ticks).to.include.members(['0', '10', '20', '30']);
    expect(shadow(el).querySelectorAll('.grid line').length).to.equal(ticks.length);
  });

  it('draws its grid crisp in the border colour, the zero line and the ticks’ labels muted, the labels smaller', async () => {
    // chartStyles' rules for the grid, with the bars' own for the zero line and the labels' size (bars.styles.ts).
    const el = await bars600(html`<netreach-bars></netreach-bars>`);
    const lines = [...shadow(el).querySelectorAll('.grid line')].map((line) => getComputedStyle(line));
    const zero = getComputedStyle(shadow(el).querySelector('.grid .zero')!);
    const others = lines.filter((line) => line.stroke !== zero.stroke);
    expect(others.length).to.equal(lines.length - 1);
    expect(lines.map((line) => line.shapeRendering)).to.deep.equal(lines.map(() => 'crispedges'));
    expect(others.map((line) => line.strokeWidth)).to.deep.equal(others.map(() => '1px'));
    const text = getComputedStyle(shadow(el).querySelector('.grid text')!);
    expect(text.fill).to.equal(zero.stroke);
    expect(parseFloat(text.fontSize)).to.be.closeTo(0.9 * parseFloat(getComputedStyle(svgOf(el)!).fontSize), 0.01);
  });

  it('cites the dataset’s sources under the chart, linking those with a URL', async () => {
    const el = await bars600(html`<netreach-bars></netreach-bars>`);
    const source = shadow(el).querySelector('[part="source"]')!;
    expect(source.textContent).to.match(/^\s*Sources:/);
    expect(source.textContent).to.contain('Organisation of Islamic Cooperation');
    expect([...source.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include('https://www.oic-oci.org/states/?lan=en');
  });

  it("cites for the members' figures the source their metric names, else says they have none, on the page and in its file", async () => {
    // One source gives the list (its count), another, or none, the figures drawn.
    const listed = (source?: string) => ({
      ...small,
      metrics: [{ id: 'unis', label: 'Universities', ...(source ? { source } : {}) }],
      totals: [{ metric: 'countries', year: 2024, value: 4, source: 'list' }],
      sources: [...small.sources, { id: 'list', title: 'Members', publisher: 'The network' }],
    });
    const line = (el: Element) => shadow(el).querySelector('[part="source"]')!.textContent!.replace(/\s+/g, ' ').trim();
    const given = await bars600(html`<netreach-bars .data=${listed('s')} metric="unis" group-by="country"></netreach-bars>`);
    expect(line(given)).to.equal('Sources: Publisher; The network');
    expect(await given.toSVG({ width: 600, height: 400 })).to.contain('Sources: Publisher; The network<');
    const none = await bars600(html`<netreach-bars .data=${listed()} metric="unis" group-by="country"></netreach-bars>`);
    // Not "Source: The network" under figures the network does not give.
    expect(line(none)).to.equal('Sources: The network; Universities: no source given in the data');
    expect(await none.toSVG({ width: 600, height: 400 })).to.contain('Sources: The network; Universities: no source given in the data<');
    // Its CSV says so too, after its sources, as the line does; the CSV of the sourced figures does not.
    expect(none.toCSV()).to.contain('\n# Universities: no source given in the data');
    expect(given.toCSV()).not.to.contain('no source given');
  });

  it('sorts by value (largest first, "No data" last), by name, or not at all', async () => {
    const el = await bars600(html`<netreach-bars .data=${small} metric="unis" group-by="country"></netreach-bars>`);
    expect(labels(el)).to.deep.equal(['Iran', 'Türkiye', 'Pakistan', 'Egypt']);
    expect(valueTexts(el)).to.deep.equal(['30', '20', '10', 'No data']);
    expect(num(bars(el)[3]!, 'width')).to.equal(0);
    el.sort = 'name';
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Egypt', 'Iran', 'Pakistan', 'Türkiye']);
    el.sort = 'none';
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Pakistan', 'Iran', 'Egypt', 'Türkiye']);
  });

  it('shows ten countries and an "Other (18)" bar, or `limit` of them', async () => {
    const el = await bars600(html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="universities" group-by="country"></netreach-bars>`);
    const total = (EXAMPLE_NETWORK as Dataset).members.reduce((sum, member) => sum + Number(member.values?.['universities'] ?? 0), 0);
    const shownSum = () => valueTexts(el).reduce((sum, text) => sum + Number(text.replace(/,/g, '')), 0);
    expect(rows(el)).to.have.length(11);
    expect(labels(el)[10]).to.equal('Other (18)');
    // "Other" is the rest together: the bars add up to the network's figure.
    expect(shownSum()).to.equal(total);
    el.limit = 3;
    await el.updateComplete;
    expect(labels(el)).to.have.length(4);
    expect(labels(el)[3]).to.equal('Other (25)');
    expect(shownSum()).to.equal(total);
    el.limit = 0;
    await el.updateComplete;
    expect(rows(el)).to.have.length(28);
    // The chart grows with the rows: 28 rows of 28px.
    expect(svgOf(el)!.getBoundingClientRect().height).to.be.greaterThan(28 * 28);
  });

  it('says that a region’s bar adds up its members’ figures, to no more than their precision, on screen and in its file', async () => {
    const el = await bars600(html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="virtual-students" group-by="region"></netreach-bars>`);
    await expectSumSaid(el, 'The sum of the figures of 26 of the 28 members (the other 2 have none): no total is published.');
    // Asia & Pacific's 1,526,800 added up, written to the thousand its figures are: the bar's name gives it whole.
    const asia = rows(el).find((row) => row.getAttribute('aria-label')?.startsWith('Asia & Pacific'));
    expect(asia?.getAttribute('aria-label')).to.contain('1,526,000');
  });

  it('says, rather than draws, that counted country by country every bar would be 1', async () => {
    const el = await bars600(html`<netreach-bars group-by="country"></netreach-bars>`);
    const message = 'Counted country by country, every bar would be 1: there is nothing to compare here.';
    expect(rows(el)).to.have.length(0);
    expect(svgOf(el)!.getAttribute('aria-label')).to.equal(message);
    expect(svgOf(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(message);
    expect(await el.toSVG({ width: 600, height: 400 })).to.contain('every bar would be 1');
  });

  // Urdu mirrors exactly as Persian does; its numbers are in Latin digits unless the tag asks (ur-u-nu-arabext).
  for (const { lang, name, digits, firstLabel } of [
    { lang: 'fa', name: 'Persian', digits: ['۲۷', '۲۷', '۳', '۰', '۳۰'], firstLabel: 'آسیا و اقیانوسیه' },
    { lang: 'ur', name: 'Urdu', digits: ['27', '27', '3', '0', '30'], firstLabel: 'ایشیا اور اوشیانا' },
    { lang: 'ur-u-nu-arabext', name: 'Urdu with Urdu digits', digits: ['۲۷', '۲۷', '۳', '۰', '۳۰'], firstLabel: 'ایشیا اور اوشیانا' },
  ]) {
    it(`mirrors in ${name}: labels right of the bars, bars growing leftward, its digits`, async () => {
      const el = await bars600(html`<netreach-bars lang=${lang}></netreach-bars>`);
      expect(shadow(el).querySelector('[part="frame"]')!.getAttribute('dir')).to.equal('rtl');
      const row = rows(el)[0]!;
      const bar = row.querySelector('.bar')!;
      const label = row.querySelector('.label')!;
      expect(num(label, 'x')).to.be.greaterThan(num(bar, 'x') + num(bar, 'width'));
      expect(label.getBoundingClientRect().left).to.be.greaterThan(bar.getBoundingClientRect().right - 1);
      expect(row.querySelector('.value')!.getBoundingClientRect().right).to.be.at.most(bar.getBoundingClientRect().left + 1);
      const [twentySeven, , three, zero, thirty] = digits as [string, string, string, string, string];
      expect(valueTexts(el)).to.deep.equal([twentySeven, twentySeven, three]);
      const ticks = [...shadow(el).querySelectorAll('.grid text')].map((text) => text.textContent);
      expect(ticks).to.include(thirty);
      // Zero on the right, 30 on the left.
      const tickX = (label: string) =>
        num(
          [...shadow(el).querySelectorAll('.grid text')].find((text) => text.textContent === label)!,
          'x',
        );
      expect(tickX(zero)).to.be.greaterThan(tickX(thirty));
      expect(labels(el)[0]).to.equal(firstLabel);
    });
  }

  it('moves through the bars with the arrow keys as one tab stop, and Enter selects', async () => {
    const el = await bars600(html`<netreach-bars></netreach-bars>`);
    const tabbable = rows(el).filter((row) => row.getAttribute('tabindex') === '0');
    expect(tabbable).to.have.length(1);
    tabbable[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-item')).to.equal('africa-and-arab');
    expect(rows(el)[1]!.getAttribute('tabindex')).to.equal('0');
    expect(rows(el)[0]!.getAttribute('tabindex')).to.equal('-1');
    // The focused bar shows its tooltip.
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).to.contain('Africa and Arab');
    const event = oneEvent(el, 'netreach-select');
    await sendKeys({ press: 'Enter' });
    const { detail, bubbles, composed } = (await event) as CustomEvent;
    expect(detail).to.deep.equal({ region: 'africa-and-arab' });
    expect(bubbles && composed).to.equal(true);
    await el.updateComplete;
    expect(el.selected).to.equal('africa-and-arab');
    expect(rows(el)[1]!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-item')).to.equal('europe-and-america');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-item')).to.equal('asia-and-oceania');
  });

  it('fires netreach-select with the country on click, not for "Other"', async () => {
    const el = await bars600(
      html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="universities" group-by="country" limit="2"></netreach-bars>`,
    );
    const most = [...(EXAMPLE_NETWORK as Dataset).members].sort(
      (a, b) => Number(b.values?.['universities'] ?? 0) - Number(a.values?.['universities'] ?? 0),
    )[0]!.country;
    const event = oneEvent(el, 'netreach-select');
    bars(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const { detail } = (await event) as CustomEvent;
    expect(detail).to.deep.equal({ country: most });
    let fired = false;
    el.addEventListener('netreach-select', () => (fired = true));
    bars(el)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(fired).to.equal(false);
  });

  it('shows a tooltip on hover that stays inside the widget', async () => {
    const el = await bars600(html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="virtual-students" group-by="country"></netreach-bars>`);
    const bar = bars(el)[0]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(bar.right - 4), Math.round(bar.top + bar.height / 2)] });
    await waitUntil(() => shadow(el).querySelector('[part="tooltip"]'), 'no tooltip');
    await el.updateComplete;
    const tip = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    expect(tip.textContent).to.contain('Indonesia').and.to.contain('610,000');
    expectInsideBox(tip, el);
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => !shadow(el).querySelector('[part="tooltip"]'), 'the tooltip stayed');
  });

  it('clears the selection with Escape, as the map and the regions do, and hides the tooltip with it', async () => {
    const el = await bars600(html`<netreach-bars></netreach-bars>`);
    rows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('africa-and-arab');
    expect(el.getAttribute('selected')).to.equal('africa-and-arab');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent).to.contain('Africa and Arab');
    const heard: unknown[] = [];
    el.addEventListener('netreach-select', (event) => heard.push((event as CustomEvent).detail));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(el.hasAttribute('selected')).to.equal(false);
    expect(rows(el).map((row) => row.getAttribute('aria-selected'))).to.not.include('true');
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent, 'the tooltip after Escape').to.equal(undefined);
    // Clearing is said, as on the map and the regions (a page keeping `region = event.detail.region` stays true);
    // focus stays on the bar.
    expect(heard).to.deep.equal([{ region: null }]);
    expect(shadow(el).activeElement?.getAttribute('data-item')).to.equal('africa-and-arab');
  });

  it('hides a tooltip the pointer shows on Escape, with focus on the page rather than in the chart (WCAG 1.4.13)', async () => {
    const el = await bars600(html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="virtual-students" group-by="country"></netreach-bars>`);
    (document.activeElement as HTMLElement | null)?.blur();
    const bar = bars(el)[0]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(bar.right - 4), Math.round(bar.top + bar.height / 2)] });
    await waitUntil(() => shadow(el).querySelector('[part="tooltip"]'), 'no tooltip');
    expect(document.activeElement === document.body, 'focus on the page').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    // Its text if it stayed (chai's account of an element can take the test's page down).
    expect(shadow(el).querySelector('[part="tooltip"]')?.textContent, 'the tooltip after Escape').to.equal(undefined);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  // By country, and by region in Urdu at 320 px, where a label wraps and the row is taller than its bar (its tooltip
  // was placed above the bar, over the label's first line).
  for (const [width, lang, groupBy, metric, count] of [
    [320, 'en', 'country', 'virtual-students', 11],
    [800, 'en', 'country', 'virtual-students', 11],
    [320, 'ur', 'region', 'countries', 4],
  ] as const) {
    it(`shows the focused bar's tooltip beside it, not over it, at ${width} px, ${lang} by ${groupBy} (WCAG 2.4.11)`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px">
          <netreach-bars lang=${lang} .data=${EXAMPLE_NETWORK} metric=${metric} group-by=${groupBy}></netreach-bars>
        </div>`,
      );
      const el = await ready(wrapper.querySelector('netreach-bars')!);
      expect(rows(el)).to.have.length(count);
      for (const row of rows(el)) {
        row.focus();
        await el.updateComplete;
        const tip = shadow(el).querySelector('[part="tooltip"]')!;
        expect(tip.textContent).to.contain(row.querySelector('.label')!.textContent!.trim().split(' ')[0]);
        expectClearOf(tip, row, row.getAttribute('data-item')!);
        expectInsideBox(tip, el);
      }
    });
  }

  // The first bar's tooltip, with no room above it (an Urdu tooltip's lines are 2.3 tall), went below and hid the
  // second bar's value.
  for (const [lang, groupBy, metric] of [
    ['ur', 'region', 'countries'],
    ['ur', 'country', 'virtual-students'],
    ['en', 'country', 'virtual-students'],
  ] as const) {
    it(`leaves the other bars' values in sight when it shows a tooltip, ${lang} by ${groupBy}`, async () => {
      const el = await bars600(
        html`<netreach-bars lang=${lang} .data=${EXAMPLE_NETWORK} metric=${metric} group-by=${groupBy}></netreach-bars>`,
      );
      const covered: string[] = [];
      for (const row of rows(el)) {
        row.focus();
        await el.updateComplete;
        const tip = shadow(el).querySelector('[part="tooltip"]')!.getBoundingClientRect();
        for (const other of rows(el).filter((each) => each !== row)) {
          const value = other.querySelector('.value')!.getBoundingClientRect();
          const over =
            Math.min(tip.right, value.right) - Math.max(tip.left, value.left) > 0.5 &&
            Math.min(tip.bottom, value.bottom) - Math.max(tip.top, value.top) > 0.5;
          if (over) covered.push(`${row.getAttribute('data-item')}'s tooltip over ${other.getAttribute('data-item')}'s value`);
        }
        expectClearOf(shadow(el).querySelector('[part="tooltip"]')!, row, row.getAttribute('data-item')!);
        expectInsideBox(shadow(el).querySelector('[part="tooltip"]')!, el);
      }
      expect(covered).to.deep.equal([]);
    });
  }

  it('sets an Urdu tooltip on Nastaliq lines as tall as the rest of its Urdu text (2.3)', async () => {
    const el = await bars600(html`<netreach-bars lang="ur" .data=${EXAMPLE_NETWORK}></netreach-bars>`);
    rows(el)[0]!.focus();
    await el.updateComplete;
    const tip = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!;
    const style = getComputedStyle(tip);
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.closeTo(2.3, 0.01);
    const english = await bars600(html`<netreach-bars .data=${EXAMPLE_NETWORK}></netreach-bars>`);
    rows(english)[0]!.focus();
    await english.updateComplete;
    const other = getComputedStyle(shadow(english).querySelector('[part="tooltip"]')!);
    expect(parseFloat(other.lineHeight) / parseFloat(other.fontSize)).to.be.closeTo(1.3, 0.01);
  });

  it('has no accessibility violations', async () => {
    const el = await bars600(html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="universities" group-by="country"></netreach-bars>`);
    await expect(el).to.be.accessible();
    const fa = await bars600(html`<netreach-bars lang="fa" .data=${EXAMPLE_NETWORK} metric="universities"></netreach-bars>`);
    await expect(fa).to.be.accessible();
  });

  it('names each bar by what it shows, then the exact figure where that is shortened (label in name, WCAG 2.5.3)', async () => {
    const el = await bars600(html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="virtual-students" group-by="country"></netreach-bars>`);
    const rows = [...shadow(el).querySelectorAll<SVGGElement>('g.row')];
    expect(rows[0]!.querySelector('.value')!.textContent).to.equal('610K');
    expect(rows[0]!.getAttribute('aria-label')).to.equal('Indonesia: 610K (610,000)');
    // axe's label-content-name-mismatch: "Indonesia: 610,000" did not hold the "610K" a voice user sees.
    await expect(el).to.be.accessible();
    // Lower bounds too: "≥17" is shown, "at least 17" said.
    const visitors = await bars600(html`<netreach-bars dataset="al-mustafa"></netreach-bars>`);
    expect(shadow(visitors).querySelector('g.row')!.getAttribute('aria-label')).to.equal('Asia: ≥17 (at least 17)');
    await expect(visitors).to.be.accessible();
    // Where nothing is shortened, the figure once.
    const regions = await bars600(html`<netreach-bars></netreach-bars>`);
    expect(shadow(regions).querySelector('g.row')!.getAttribute('aria-label')).to.equal('Asia and Oceania: 27');
  });

  it("keeps the axis out of the menu button's corner (the top inline-end 2rem), in both directions", async () => {
    const button = 32;
    for (const lang of ['en', 'fa']) {
      const el = await bars600(html`<netreach-bars lang=${lang}></netreach-bars>`);
      const svg = svgOf(el)!.getBoundingClientRect();
      const ticks = [...shadow(el).querySelectorAll('.grid text')].map((text) => text.getBoundingClientRect());
      expect(ticks.length).to.be.above(2);
      for (const tick of ticks) {
        if (lang === 'en') expect(tick.right, lang).to.be.at.most(svg.right - button);
        else expect(tick.left, lang).to.be.at.least(svg.left + button);
      }
    }
    // Without the menu the axis runs to the values' column.
    const bare = await bars600(html`<netreach-bars controls="none"></netreach-bars>`);
    const right = Math.max(...[...shadow(bare).querySelectorAll('.grid text')].map((text) => text.getBoundingClientRect().right));
    expect(right).to.be.above(svgOf(bare)!.getBoundingClientRect().right - button);
  });

  it('writes fewer axis ticks where their labels would meet: Al-Mustafa’s visitors in French, down to 110 px', async () => {
    // Its axis wrote "0", "10" and "20" over each other in a dashboard's small image (a plot a few pixels across):
    // narrow on a page, the same.
    for (const width of [300, 200, 150, 130, 120, 110]) {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><netreach-bars dataset="al-mustafa" lang="fr"></netreach-bars></div>`,
      );
      const el = await ready(wrapper.firstElementChild as NetreachBars);
      const ticks = [...shadow(el).querySelectorAll('.grid text')].map((text) => ({
        label: text.textContent,
        box: text.getBoundingClientRect(),
      }));
      expect(ticks.length, `${width} px`).to.be.at.least(1);
      const meeting = ticks.flatMap((a, index) =>
        ticks
          .slice(index + 1)
          .filter((b) => Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 1)
          .map((b) => `${a.label} ⟂ ${b.label}`),
      );
      expect(meeting, `${width} px`).to.deep.equal([]);
    }
  });

  it('fills its container and follows resizes, including when created hidden', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 500px; display: none"><netreach-bars></netreach-bars></div>`);
    const el = wrapper.querySelector('netreach-bars')!;
    await waitUntil(() => el.currentDataset, 'no data');
    expect(await el.updateComplete).to.equal(false);
    expect(el.state).to.equal('loading');
    expect(svgOf(el)).to.equal(null);
    wrapper.style.display = 'block';
    await waitUntil(() => svgOf(el)?.getAttribute('width') === '500', 'not drawn at 500px');
    const before = bars(el)[0]!.getBoundingClientRect().width;
    wrapper.style.width = '800px';
    await waitUntil(() => svgOf(el)?.getAttribute('width') === '800', 'did not follow the resize');
    expect(bars(el)[0]!.getBoundingClientRect().width).to.be.greaterThan(before);
  });

  it('names an unknown metric in the error state', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><netreach-bars metric="graduates"></netreach-bars></div>`);
    const el = await ready(wrapper.firstElementChild as NetreachBars, 'error');
    expect(shadow(el).querySelector('[part="error"]')?.textContent).to.equal(
      'Unknown metric "graduates" (countries, virtual-students, digital-universities)',
    );
  });

  it('shows the empty state for a dataset without members', async () => {
    const empty = { ...small, members: [] };
    const wrapper = await fixture<HTMLDivElement>(html`<div><netreach-bars .data=${empty}></netreach-bars></div>`);
    const el = await ready(wrapper.firstElementChild as NetreachBars, 'empty');
    expect(shadow(el).querySelector('[part="status"]')?.textContent).to.equal('This dataset has no member countries.');
  });

  it('badges illustrative data', async () => {
    const el = await bars600(html`<netreach-bars .data=${EXAMPLE_NETWORK}></netreach-bars>`);
    expect(shadow(el).querySelector('[part="badge"]')?.textContent).to.equal('Illustrative data');
  });

  it('exports every row, none folded, as CSV', async () => {
    const el = await bars600(html`<netreach-bars group-by="country"></netreach-bars>`);
    const lines = csvTable(el.toCSV());
    expect(lines[0]).to.equal('country,name,countries');
    expect(lines).to.have.length(58);
    expect(lines).to.include('PAK,Pakistan,1');
  });

  it('paints every mark by its class as the scene paints it: the colours, sizes and weights of the files', async () => {
    // In the dataset's order: a country without a figure among the ten shown, the rest folded into "Other".
    const gap = structuredClone(EXAMPLE_NETWORK) as Dataset;
    delete (gap.members[2]!.values as Record<string, number>)['virtual-students'];
    const selected = await bars600(
      html`<netreach-bars .data=${gap} metric="virtual-students" group-by="country" sort="none" selected="IDN"></netreach-bars>`,
    );
    const presenter = await bars600(html`<netreach-bars presenter theme="dark"></netreach-bars>`);
    let compared = 0;
    let leaves = 0;
    for (const el of [await bars600(html`<netreach-bars></netreach-bars>`), selected, presenter]) {
      const chart = (el as unknown as { chart: ChartScene }).chart;
      expect(chart.paintedByClass, 'the rows are painted by class').to.not.equal(undefined);
      compared += expectPaintedAsScene(svgOf(el)!, chart.marks);
      leaves += svgOf(el)!.querySelectorAll('rect, line, text').length;
    }
    // The selected bar's ring and bold label, "Other"'s muted bar, a country without a figure ("No data", italic).
    const kinds = (el: Element, selector: string) => shadow(el).querySelectorAll(selector).length;
    expect([kinds(selected, '[aria-selected="true"]'), kinds(selected, '.other')]).to.deep.equal([1, 1]);
    expect(kinds(selected, '.value.none')).to.be.greaterThan(0);
    // Every bar, label, value, gridline and tick of the three charts.
    expect(compared).to.equal(leaves);
    expect(leaves).to.be.greaterThan(60);
  });

  it('matches the golden SVGs', async () => {
    const regions = await bars600(html`<netreach-bars></netreach-bars>`);
    await expectGolden('bars-cinvu-regions', svgOf(regions)!);
    const fa = await bars600(html`<netreach-bars lang="fa"></netreach-bars>`);
    await expectGolden('bars-cinvu-regions-fa', svgOf(fa)!);
    const students = await bars600(
      html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="virtual-students" group-by="country"></netreach-bars>`,
    );
    await expectGolden('bars-example-students', svgOf(students)!);
  });

  describe('files: toSVG() is the command line’s document', () => {
    const parse = (markup: string) => new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
    /** The file's source line: its first text and the lines that follow it in its colour (it wraps). */
    const sourceLine = (markup: string) => {
      const texts = [...parse(markup).querySelectorAll('text')];
      const first = texts.findIndex((text) => /^\u202b?(Sources?|منابع|منبع):/.test(text.textContent!));
      const fill = texts[first]!.getAttribute('fill');
      const lines: string[] = [];
      for (let index = first; index < texts.length && texts[index]!.getAttribute('fill') === fill; index += 1)
        lines.push(texts[index]!.textContent!.replace(/[\u202b\u202c]/g, ''));
      return lines.join(' ');
    };

    for (const lang of ['en', 'fa']) {
      it(`draws the same SVG as renderSvg() in ${lang}`, async () => {
        const el = await bars600(html`<netreach-bars lang=${lang}></netreach-bars>`);
        const file = await el.toSVG({ width: 600, height: 400, theme: 'light' });
        expect(file).to.equal(await renderSvg('bars', el.currentDataset!, { width: 600, height: 400, lang }));
        const byCountry = await bars600(
          html`<netreach-bars lang=${lang} .data=${EXAMPLE_NETWORK} metric="virtual-students" group-by="country" limit="5"></netreach-bars>`,
        );
        expect(await byCountry.toSVG({ width: 600, height: 400, theme: 'light' })).to.equal(
          await renderSvg('bars', byCountry.currentDataset!, {
            width: 600,
            height: 400,
            lang,
            metric: 'virtual-students',
            'group-by': 'country',
            limit: 5,
          }),
        );
        // `netreach render bars --selected …`: the selection drawn as the element draws it (a code in any case).
        const selected = await bars600(
          html`<netreach-bars lang=${lang} .data=${EXAMPLE_NETWORK} metric="virtual-students" group-by="country" selected="pak"></netreach-bars>`,
        );
        const selectedFile = await selected.toSVG({ width: 600, height: 400, theme: 'light' });
        expect(selectedFile).to.equal(
          await renderSvg('bars', selected.currentDataset!, {
            width: 600,
            height: 400,
            lang,
            metric: 'virtual-students',
            'group-by': 'country',
            selected: 'pak',
          }),
        );
        expect(selectedFile).to.contain('stroke-width="2"');
      });
    }

    it('matches the golden document, with its notes and each source once', async () => {
      const el = await bars600(html`<netreach-bars></netreach-bars>`);
      const file = await el.toSVG({ width: 600, height: 400, theme: 'light' });
      await expectGolden('bars-cinvu-file', parse(file));
      // Right to left, and dark: the files test/cli/same-file.test.mjs compares with the command line's.
      const persian = await bars600(html`<netreach-bars lang="fa"></netreach-bars>`);
      await expectGolden('bars-cinvu-fa-file', parse(await persian.toSVG({ width: 600, height: 400, theme: 'light' })));
      await expectGolden('bars-cinvu-fa-dark-file', parse(await persian.toSVG({ width: 600, height: 400, theme: 'dark' })));
      const arabic = await bars600(html`<netreach-bars lang="ar"></netreach-bars>`);
      await expectSameFile(arabic, 'bars', {}, { width: 600, height: 400 }, 'bars-cinvu-ar-dark-file', 'dark');
      // The regions are inferred: the file says so, as the widget does.
      const note = 'The sources give only how many countries each region has; which countries they are is inferred.';
      expect(file).to.contain(note);
      expect(shadow(el).querySelector('[part="note"]')?.textContent).to.equal(note);
      const line = sourceLine(file)!;
      const names = line.replace(/^Sources: /, '').split('; ');
      expect(names).to.include('CINVU (Public Relations)');
      expect(new Set(names).size, line).to.equal(names.length);
      const shown = shadow(el)
        .querySelector('[part="source"]')!
        .textContent!.replace(/^\s*Sources: /, '')
        .trim()
        .split('; ');
      expect(shown).to.deep.equal(names);
    });

    it('marks a member listed by inference after its name, "China*", its name and tooltip saying so, as the file does', async () => {
      const data = {
        ...small,
        members: [
          { country: 'PAK', region: 'a', values: { unis: 10 } },
          { country: 'CHN', region: 'a', by: 'inference', values: { unis: 30 } },
        ],
      };
      const el = await bars600(html`<netreach-bars .data=${data} metric="unis" group-by="country"></netreach-bars>`);
      expect(labels(el)).to.deep.equal(['China*', 'Pakistan']);
      expect(rows(el).map((row) => row.getAttribute('aria-label'))).to.deep.equal([
        'China, listed by inference (see the source’s note): 30',
        'Pakistan: 10',
      ]);
      expect(await el.toSVG({ width: 600, height: 400 })).to.contain('>China*<');
      el.lang = 'fa';
      await waitUntil(() => labels(el)[0] === 'چین*', `never in Persian: ${labels(el).join(' ')}`);
      expect(rows(el)[0]!.getAttribute('aria-label')).to.contain('به استنباط فهرست شده');
    });

    it('marks a member listed by inference folded into "Other (n)": "China*" in its tooltip, which says so, as its name does', async () => {
      const data = {
        ...small,
        members: [...small.members, { country: 'CHN', region: 'a', by: 'inference', values: { unis: 5 } }],
      };
      const el = await bars600(html`<netreach-bars .data=${data} metric="unis" group-by="country" limit="2"></netreach-bars>`);
      expect(labels(el)).to.deep.equal(['Iran', 'Türkiye', 'Other (3)']);
      const other = rows(el)[2]!;
      const said = 'China, listed by inference (see the source’s note).';
      expect(other.getAttribute('aria-label')).to.contain(said);
      // Focused, the bar shows its tooltip: the folded names, China's marked, then what the mark means.
      rows(el)
        .find((row) => row.getAttribute('tabindex') === '0')!
        .focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const lines = [...shadow(el).querySelectorAll('[part="tooltip"] .detail')].map((line) => line.textContent!.trim());
      expect(lines.join('\n')).to.contain('Pakistan, China*, Egypt').and.to.contain(said);
      // A member not inferred is listed plainly, and the "Other" of one without says nothing of it.
      el.data = { ...small, members: [...small.members, { country: 'CHN', region: 'a', values: { unis: 5 } }] };
      await el.updateComplete;
      expect(rows(el)[2]!.getAttribute('aria-label')).not.to.contain('inference');
      el.data = data;
      el.lang = 'fa';
      await waitUntil(() => labels(el)[2] !== 'Other (3)', 'never in Persian');
      expect(rows(el)[2]!.getAttribute('aria-label')).to.contain('چین، به استنباط فهرست شده');
    });

    it('says why there are no bars by region when the sources assign no regions, and invents none', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 600px"><netreach-bars dataset="silk-road"></netreach-bars></div>`,
      );
      const el = await ready(wrapper.firstElementChild as NetreachBars);
      const message = 'The sources assign no regions, so there is no grouping by region.';
      expect(svgOf(el)!.getAttribute('aria-label')).to.equal(message);
      expect(svgOf(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(message);
      expect(rows(el)).to.have.length(0);
      expect(await el.toSVG({ width: 600, height: 400 })).to.contain('there is no grouping by');
      // By country each listed country would be a bar of 1: said instead, and the list says it is not the whole.
      el.groupBy = 'country';
      await el.updateComplete;
      expect(rows(el)).to.have.length(0);
      expect(svgOf(el)!.getAttribute('aria-label')).to.equal(
        'Counted country by country, every bar would be 1: there is nothing to compare here.',
      );
      expect(shadow(el).querySelector('[part="note"]')?.textContent).to.match(/The sources name only \d+ of \d+/);
    });
  });
});
