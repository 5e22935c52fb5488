// Issue 13, "Overlap between networks": `<netreach-map dataset="cinvu" compare="al-mustafa">` colours the countries
// in both networks, only in this one and only in the other, with counts in the legend, the summary and the data
// table, in English, Persian and Arabic; its file is the command line's. Issue 14: `controls="none"` hides the table
// button as well as the menu.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachMap } from '../../src/map/map.js';
import { loadBundledDataset } from '../../src/core/default-dataset.js';
import { countryOverlap } from '../../src/core/overlap.js';
import { renderSvg } from '../../src/static/index.js';
import { waitUntil } from '../helpers/wait.js';

const shadow = (el: Element) => el.shadowRoot!;
const items = (el: Element) => [...shadow(el).querySelectorAll<SVGElement>('[role="option"]')];
const text = (el: Element, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function map(template: unknown): Promise<NetreachMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px">${template}</div>`);
  const el = wrapper.querySelector<NetreachMap>('netreach-map')!;
  await waitUntil(() => el.state === 'ready' && shadow(el).querySelector('svg .member'), `the map never drew (state ${el.state})`);
  await el.updateComplete;
  return el;
}

/** Clicks the member `code` and returns the tooltip's lines, " · " between them. */
async function tooltipOf(el: NetreachMap, code: string): Promise<string> {
  const item = items(el).find((each) => each.getAttribute('data-item') === code)!;
  const event = oneEvent(el, 'netreach-select');
  item.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await event;
  await el.updateComplete;
  return [...shadow(el).querySelectorAll('[part="tooltip"] > *')].map((line) => line.textContent!.trim()).join(' · ');
}

/** Opens the data table and returns its rows' group cells, counted. */
async function tableGroups(el: NetreachMap): Promise<Record<string, number>> {
  shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
  await el.updateComplete;
  const groups: Record<string, number> = {};
  for (const cell of shadow(el).querySelectorAll('table tbody td'))
    groups[cell.textContent!.trim()] = (groups[cell.textContent!.trim()] ?? 0) + 1;
  return groups;
}

describe('<netreach-map compare>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  let counts: { both: number; onlyThis: number; onlyOther: number };
  before(async () => {
    const [cinvu, mustafa] = await Promise.all([loadBundledDataset('cinvu'), loadBundledDataset('al-mustafa')]);
    const overlap = countryOverlap(cinvu, mustafa);
    counts = { both: overlap.both.length, onlyThis: overlap.onlyThis.length, onlyOther: overlap.onlyOther.length };
  });

  it('colours CINVU and Al-Mustafa in three groups, draws the other’s countries, and counts them honestly (English)', async () => {
    const el = await map(html`<netreach-map dataset="cinvu" compare="al-mustafa"></netreach-map>`);
    expect(items(el)).to.have.length(counts.both + counts.onlyThis + counts.onlyOther);
    const classOf = (code: string) => items(el).find((item) => item.getAttribute('data-item') === code)!;
    expect(classOf('PAK').getAttribute('class')).to.contain('both');
    expect(classOf('IRN').getAttribute('class')).to.contain('only-this');
    // China is no member of CINVU: drawn as a country of Al-Mustafa's visitors.
    expect(classOf('CHN').getAttribute('class')).to.contain('only-other');
    expect(classOf('CHN').getAttribute('aria-label')).to.equal('China, Only in Al-Mustafa');
    expect(getComputedStyle(classOf('CHN')).fill).to.not.equal(getComputedStyle(classOf('PAK')).fill);
    expect(text(el, '[part="legend"]')).to.contain(`In both (≥${counts.both})`).and.contain(`Only in CINVU (≤${counts.onlyThis})`);
    expect(text(el, '[part="legend"]')).to.contain(`Only in Al-Mustafa (≥${counts.onlyOther})`);
    expect(text(el, '#summary')).to.equal(
      `CINVU compared with Al-Mustafa: in both at least ${counts.both}, only in CINVU at most ${counts.onlyThis}, only in Al-Mustafa at least ${counts.onlyOther}. ` +
        'CINVU: 57 member countries. Al-Mustafa: at least 45 countries of visitors. ' +
        'The list of Al-Mustafa is not complete, so a country shown as only in the other may be in both.',
    );
    expect(text(el, '[part="note"]')).to.contain('at least 45 countries of visitors');
    expect(await tooltipOf(el, 'CHN')).to.equal('China · Only in Al-Mustafa');
    expect(await tooltipOf(el, 'PAK')).to.equal('Pakistan · In both · Asia and Oceania');
    expect(await tableGroups(el)).to.deep.equal({
      'In both': counts.both,
      'Only in CINVU': counts.onlyThis,
      'Only in Al-Mustafa': counts.onlyOther,
    });
    expect(text(el, 'table caption')).to.equal('CINVU and Al-Mustafa: countries compared');
    // The rows come in the legend's order: in both, only in this one, only in the other.
    const groups = [...shadow(el).querySelectorAll('table tbody td')].map((cell) => cell.textContent!.trim());
    expect([...new Set(groups)]).to.deep.equal(['In both', 'Only in CINVU', 'Only in Al-Mustafa']);
    // Al-Mustafa's list is cited with CINVU's.
    expect(text(el, '[part="source"]')).to.contain('Al-Mustafa');
    await expect(el).to.be.accessible();
  });

  it('speaks Persian: the groups and their counts in Persian digits, right to left', async () => {
    const el = await map(html`<netreach-map lang="fa" dataset="cinvu" compare="al-mustafa"></netreach-map>`);
    expect(shadow(el).querySelector('[part="frame"]')!.getAttribute('dir')).to.equal('rtl');
    const legend = text(el, '[part="legend"]');
    expect(legend).to.contain('در هر دو (≥۲۴)').and.not.match(/[0-9]/);
    expect(text(el, '#summary')).to.contain('۳۳').and.contain('۲۱');
    expect(items(el).map((item) => item.getAttribute('aria-label'))).to.include('پاکستان، در هر دو');
    expect(await tooltipOf(el, 'PAK'))
      .to.contain('پاکستان')
      .and.contain('در هر دو');
    const groups = await tableGroups(el);
    expect(groups['در هر دو']).to.equal(counts.both);
    expect(Object.values(groups)).to.deep.equal([counts.both, counts.onlyThis, counts.onlyOther]);
    await expect(el).to.be.accessible();
  });

  it('speaks Arabic: the groups and their counts in Arabic-Indic digits', async () => {
    const el = await map(html`<netreach-map lang="ar" dataset="cinvu" compare="al-mustafa"></netreach-map>`);
    expect(text(el, '[part="legend"]')).to.contain('في كليهما (≥٢٤)').and.not.match(/[0-9]/);
    expect(text(el, '#summary')).to.contain('في كليهما').and.contain('٣٣');
    const china = items(el).find((item) => item.getAttribute('data-item') === 'CHN')!;
    expect(china.getAttribute('aria-label')).to.match(/^الصين، /);
    expect(await tooltipOf(el, 'CHN')).to.contain('الصين');
    expect(Object.values(await tableGroups(el))).to.deep.equal([counts.both, counts.onlyThis, counts.onlyOther]);
    await expect(el).to.be.accessible();
  });

  it('compares with a <netreach-data> on the page by its id', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px">
      <netreach-data id="other" dataset="al-mustafa"></netreach-data>
      <netreach-map compare="other"></netreach-map>
    </div>`);
    const el = wrapper.querySelector<NetreachMap>('netreach-map')!;
    await waitUntil(() => el.state === 'ready' && shadow(el).querySelector('svg .member'), 'the compared map never drew');
    await el.updateComplete;
    expect(text(el, '[part="legend"]')).to.contain(`Only in CINVU (≤${counts.onlyThis})`);
  });

  it('toSVG() is the command line’s file for the same options', async () => {
    const el = await map(html`<netreach-map dataset="cinvu" compare="al-mustafa" lang="fa"></netreach-map>`);
    const file = await el.toSVG({ width: 960, height: 540, theme: 'light' });
    const cinvu = await loadBundledDataset('cinvu');
    expect(file).to.equal(await renderSvg('map', cinvu, { width: 960, height: 540, lang: 'fa', compare: 'al-mustafa' }));
    expect(file).to.contain('≥۲۴');
  });

  it('hides its own "Show as table" button, as the menu, with controls="none" (issue 14)', async () => {
    const el = await map(html`<netreach-map controls="none"></netreach-map>`);
    expect(shadow(el).querySelector('[part="table-toggle"]')).to.equal(null);
    expect(shadow(el).querySelector('[part="menu-button"]')).to.equal(null);
    el.controls = 'menu';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="table-toggle"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});
