import { csvTable } from '../helpers/assertions.js';
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachDashboard } from '../../src/dashboard/dashboard.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import type { NetreachTable } from '../../src/table/table.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { BUNDLED_DATASETS } from '../../src/core/default-dataset.js';
import { dashboardPlan } from '../../src/core/dashboard-model.js';
import { tileGrowthNote } from '../../src/core/growth.js';
import { placeNotes } from '../../src/core/dashboard-notes.js';
import { waitUntil } from '../helpers/wait.js';
import { loadOnDemand } from '../../src/base/on-demand-loader.js';
import { formatSourceDate } from '../../src/core/about.js';
import type { Dataset } from '../../src/core/types.js';
import { expectSameFile } from '../helpers/scene-file.js';
import { expectWholeUnlessWider, firstCharacterBox, markerBaseline, textLines } from '../helpers/lines.js';
import { loadFont } from '../helpers/fonts.js';

const PARTS = ['netreach-stat', 'netreach-map', 'netreach-regions', 'netreach-trend', 'netreach-bars', 'netreach-table'] as const;
const unique = () => Math.random().toString(36).slice(2);
const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element | null | undefined) => el?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
const child = <T extends Element = NetreachElement>(el: NetreachDashboard, tag: string) => shadow(el).querySelector(tag) as T;
const children = (el: NetreachDashboard) => [...shadow(el).querySelectorAll<NetreachElement>(PARTS.join(','))];
const tableRows = (table: Element) => [...shadow(table).querySelectorAll('tbody tr')];
const legendButtons = (el: NetreachDashboard) => [
  ...shadow(child(el, 'netreach-regions')).querySelectorAll<HTMLButtonElement>('[part="legend-item"]'),
];

async function hitsFor(path: string): Promise<number> {
  const hits = (await (await fetch('/mock/hits')).json()) as Record<string, number>;
  return hits[path] ?? 0;
}

/** Waits for the dashboard and every part in it to be ready, and for the parts' sizes to arrive. */
async function ready(el: NetreachDashboard): Promise<NetreachDashboard> {
  await waitUntil(() => el.state === 'ready', `the dashboard never became ready (was ${el.state})`);
  await el.updateComplete;
  await waitUntil(() => children(el).every((each) => each.state === 'ready'), 'not every part became ready');
  await waitUntil(() => shadow(child(el, 'netreach-map')).querySelector('path.member'), 'the map was never drawn');
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await Promise.all(children(el).map((each) => each.updateComplete));
  return el;
}

async function dashboard(template: unknown, width = 1200): Promise<NetreachDashboard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  return ready(wrapper.querySelector('netreach-dashboard')!);
}

/** Lets a change of selection reach every part. */
async function settle(el: NetreachDashboard): Promise<void> {
  await el.updateComplete;
  await Promise.all(children(el).map((each) => each.updateComplete));
}

describe('<netreach-dashboard> sources right to left', () => {
  // "CINVU (Public Relations)" in a Persian list wrapped at a line's end, "CINVU (Public" on the left of one line and
  // "Relations)" on the right of the next: a name (title, publisher, date) starts a line whole when it fits on one.
  it('splits a name across lines only when it is wider than a line', async () => {
    const checked: string[] = [];
    for (const width of [360, 420, 480, 560, 640]) {
      const el = await dashboard(html`<netreach-dashboard lang="fa"></netreach-dashboard>`, width);
      // The names: each publisher and date (bdi), and each title (a span, or a link) with the dash a no-break space
      // keeps against its last word (renderMeta()); not the run that keeps a name with its comma.
      const sources = part(el, 'sources')!;
      checked.push(...expectWholeUnlessWider(sources, 'bdi', 'li', `${width} px: `));
      checked.push(...expectWholeUnlessWider(sources, 'li > span:not(.run), li > a', 'li', `${width} px: `, '\u00a0—'));
    }
    expect(checked.some((name) => name.includes('Public Relations'))).to.equal(true);
  });

  it('names the Iranian library’s publisher as its article does in a Persian list, in English in an English one', async () => {
    const persian = 'روابط عمومی سازمان اسناد و کتابخانه ملی';
    const english = 'National Library and Archives of Iran (Public Relations)';
    for (const [lang, shown, hidden] of [
      ['fa', persian, english],
      ['en', english, persian],
    ]) {
      const el = await dashboard(html`<netreach-dashboard lang=${lang!}></netreach-dashboard>`);
      const publishers = [...part(el, 'sources')!.querySelectorAll('bdi')].map((bdi) => bdi.textContent);
      expect(publishers, lang).to.include(shown);
      expect(publishers, lang).not.to.include(hidden);
    }
  });

  // On a phone the list fell apart right to left: each title a box, whose baseline is its last line, so the number
  // stood beside a title's last line; and a line broke between the publisher's box and the comma after it, beginning
  // the next with "، ۱۸ نوامبر ۲۰۲۰". Read as the English list reads: the number on the title's first line. In the
  // script's own font (the QA's pages' Vazirmatn, Noto Nastaliq Urdu), at phone widths and those where a box that
  // fits ended a line with no room for its comma (384 px in Persian and Arabic, 364 and 396 in Urdu).
  for (const [lang, family] of [
    ['fa', 'Vazirmatn'],
    ['ar', 'Vazirmatn'],
    ['ur', 'Noto Nastaliq Urdu'],
  ] as const) {
    it(`numbers each source on its title's first line and begins no line with the comma or the dash, in ${lang} at 300–396 px`, async () => {
      const font = await loadFont(family);
      let wrapped = 0;
      for (const width of [300, 320, 340, 364, 384, 396]) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: ${width}px; font-family: ${font}"><netreach-dashboard lang=${lang}></netreach-dashboard></div>`,
        );
        const el = await ready(wrapper.querySelector('netreach-dashboard')!);
        const items = [...part(el, 'sources')!.querySelectorAll('li')];
        expect(items).to.have.length(5);
        for (const item of items) {
          const title = item.querySelector('li > a, li > span')!;
          const first = firstCharacterBox(title);
          const baseline = markerBaseline(item);
          expect(baseline, `${lang}, ${width} px: the number of "${title.textContent}"`).to.be.within(first.top, first.bottom);
          const lines = textLines(item);
          if (lines.length > 2) wrapped += 1;
          // Nor with the dash before the publisher, which stood alone on a line after a title that filled one.
          for (const line of lines) expect(/^[\u060c,—]/.test(line), `${lang}, ${width} px: ${lines.join(' | ')}`).to.equal(false);
        }
      }
      // Titles and publishers that wrap: what the checks are about.
      expect(wrapped).to.be.at.least(6);
    });
  }
});

describe('<netreach-dashboard>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('composes the whole CINVU dataset with no attributes: title, KPIs, map, regions, trend, bars, table, sources', async () => {
    const el = await dashboard(html`<netreach-dashboard></netreach-dashboard>`);
    const section = part(el, 'dashboard')!;
    const title = part(el, 'title')!;
    expect(section.localName).to.equal('section');
    expect(title.localName).to.equal('h2');
    expect(section.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(text(title)).to.equal('COMSTECH Inter-Islamic Network on Virtual Universities');
    expect(part(el, 'badge')).to.equal(null); // CINVU is real data

    for (const tag of PARTS.slice(1)) expect(shadow(el).querySelectorAll(tag), tag).to.have.length(1);
    const stats = [...shadow(el).querySelectorAll('netreach-stat')];
    expect(stats.map((stat) => stat.getAttribute('metric'))).to.deep.equal(['countries', 'virtual-students', 'digital-universities']);
    await waitUntil(
      () => stats.map((stat) => text(part(stat, 'value'))).join(' ') === '57 30M+ 40',
      'the KPI tiles never showed 57, 30M+, 40',
    );
    expect(child(el, 'netreach-trend').getAttribute('metric')).to.equal('virtual-students');
    expect(child(el, 'netreach-bars').getAttribute('group-by') ?? 'region').to.equal('region');
    expect(tableRows(child(el, 'netreach-table'))).to.have.length(57);

    // Every part shows the dashboard's one dataset object.
    const dataset = el.currentDataset!;
    expect(dataset.network.id).to.equal('cinvu');
    expect(children(el).every((each) => each.currentDataset === dataset)).to.equal(true);

    const sources = [...part(el, 'sources')!.querySelectorAll('li')];
    expect(sources).to.have.length(dataset.sources.length);
    const links = [...part(el, 'sources')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://www.oic-oci.org/states/?lan=en', 'https://unstats.un.org/unsd/methodology/m49/']);
    // Each with its publisher and date, in words: "CINVU (Public Relations), 20 October 2021".
    expect(text(sources[0])).to.contain(`${dataset.sources[0]!.publisher}, ${formatSourceDate(dataset.sources[0]!.date!, 'en')}`);
    expect(text(sources[0])).to.not.contain('2021-10-20');
    // The Persian source's title is marked as Persian.
    expect(sources[2]!.querySelector('[lang="fa"]')).to.not.equal(null);
    // The parts do not repeat the sources the dashboard lists (the KPI tiles and the trend cite their own figures).
    expect(getComputedStyle(part(child(el, 'netreach-regions'), 'source')!).display).to.equal('none');
    expect(getComputedStyle(part(child(el, 'netreach-table'), 'source')!).display).to.equal('none');
    expect(getComputedStyle(part(child(el, 'netreach-trend'), 'source')!).display).to.not.equal('none');
  });

  it('says a theme or controls value it refuses once, itself, rather than once more for each part', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const el = await dashboard(html`<netreach-dashboard theme="blue" controls="hidden"></netreach-dashboard>`);
      await settle(el);
      // Said once the on-demand module's words are here (its callers before this test's wait hear it loaded).
      await loadOnDemand();
      expect(warnings.filter((warning) => /theme|controls/.test(warning))).to.have.members([
        'netreach: <netreach-dashboard> ignored theme: "blue" is not one of light, dark, auto',
        'netreach: <netreach-dashboard> ignored controls: "hidden" is not one of menu, none',
      ]);
      expect(children(el).every((part) => part.getAttribute('theme') === null && part.getAttribute('controls') === 'menu')).to.equal(true);
    } finally {
      console.warn = original;
    }
  });

  it('shows each note once, with the first part that says it, and the growth in its tile (as its file does)', async () => {
    const el = await dashboard(html`<netreach-dashboard></netreach-dashboard>`);
    const notesOf = (each: Element) => [...shadow(each).querySelectorAll('[part="note"]')].map(text);
    const byPart = new Map(children(el).map((each) => [each, notesOf(each)]));
    const shown = [...byPart.values()].flat();
    expect(shown.length, shown.join('\n')).to.equal(new Set(shown).size);

    // The regions inferred: with the regions, which draw before the map (whose geometry is a chunk) and the table.
    const inferred = 'The sources give only how many countries each region has; which countries they are is inferred.';
    for (const tag of ['netreach-map', 'netreach-regions', 'netreach-bars', 'netreach-table'])
      expect(child(el, tag).notes, tag).to.include(inferred);
    expect(byPart.get(child(el, 'netreach-regions'))).to.deep.equal([inferred]);
    for (const tag of ['netreach-map', 'netreach-bars', 'netreach-table']) expect(byPart.get(child(el, tag)), tag).to.not.include(inferred);
    // The growth computed from 22 and 30 million: with its tile; the trend leaves out that note and its growth line.
    const [, students] = [...shadow(el).querySelectorAll<NetreachElement>('netreach-stat')];
    const computed = students!.notes.find((note) => note.startsWith('Computed from two figures: 22\u00a0million'))!;
    // (On screen as text() reads it: its no-break spaces, which keep a number with its unit word, read as spaces.)
    expect(byPart.get(students!)).to.deep.equal([computed.replace(/\s+/g, ' ')]);
    expect(text(part(students!, 'growth'))).to.equal('at least +33% since 2020');
    const trend = child(el, 'netreach-trend');
    expect(trend.notes).to.include.members([computed, 'At least +33% since 2020']);
    expect(byPart.get(trend)).to.deep.equal(['The source dates 8 million only as “before the spread of coronavirus”: it gives no year.']);
    // Every note a part calls for is on the page, but the growth line its tile shows in words of its own.
    const calledFor = new Set(children(el).flatMap((each) => each.notes.map((note) => note.replace(/\s+/g, ' '))));
    calledFor.delete('At least +33% since 2020');
    expect(new Set(shown)).to.deep.equal(calledFor);

    // In another language the notes are placed again, in its words.
    el.setAttribute('lang', 'fa');
    await waitUntil(() => /[آ-ی]/.test(notesOf(child(el, 'netreach-regions')).join(' ')), 'the notes never became Persian');
    await ready(el);
    const persian = children(el).flatMap(notesOf);
    expect(persian.length, persian.join('\n')).to.equal(new Set(persian).size);
    expect(notesOf(child(el, 'netreach-map'))).to.deep.equal([]);
  });

  it('places the notes again for another dataset, each once, every one its parts call for', async () => {
    const el = await dashboard(html`<netreach-dashboard></netreach-dashboard>`);
    const notesOf = (each: Element) => [...shadow(each).querySelectorAll('[part="note"]')].map(text);
    for (const id of ['al-mustafa', 'silk-road']) {
      el.setAttribute('dataset', id);
      await waitUntil(() => el.currentDataset?.network.id === id, `the dashboard never showed ${id}`);
      await ready(el);
      const shown = children(el).flatMap(notesOf);
      expect(shown.length, `${id}: ${shown.join('\n')}`).to.equal(new Set(shown).size);
      const calledFor = new Set(children(el).flatMap((each) => [...each.notes]));
      expect(new Set(shown), id).to.deep.equal(calledFor);
      expect(shown.length, id).to.be.above(0);
    }
  });

  // The notes each part leaves out are worked out from the data and the language before the parts draw: the same as
  // placing the notes the parts drew, in the order they draw (the tiles, the regions, the bars, the map, the trend,
  // the table), the trend leaving its growth line to its tile.
  it('leaves out of each part what placing the notes its parts drew leaves out: every bundled dataset, in four languages', async () => {
    const el = await dashboard(html`<netreach-dashboard></netreach-dashboard>`);
    const order = ['netreach-stat', 'netreach-regions', 'netreach-bars', 'netreach-map', 'netreach-trend', 'netreach-table'];
    let placed = 0;
    for (const lang of ['en', 'fa', 'ar', 'fr']) {
      el.setAttribute('lang', lang);
      for (const id of BUNDLED_DATASETS) {
        el.setAttribute('dataset', id);
        await waitUntil(() => el.currentDataset?.network.id === id && el.locale === lang, `the dashboard never showed ${id} in ${lang}`);
        await ready(el);
        const dataset = el.currentDataset!;
        const parts = children(el).sort((a, b) => order.indexOf(a.localName) - order.indexOf(b.localName));
        const growth = tileGrowthNote(dataset, dashboardPlan(dataset), lang);
        const hidden = placeNotes(
          parts.map((each) => ({ notes: each.notes, dropped: each.localName === 'netreach-trend' ? growth : undefined })),
        );
        parts.forEach((each, index) => {
          const shown = each.notes.filter((note) => !each.hiddenNotes.includes(note));
          expect(shown, `${id}, ${lang}, ${each.localName}`).to.deep.equal(each.notes.filter((note) => !hidden[index]!.includes(note)));
          placed += hidden[index]!.filter((note) => each.notes.includes(note)).length;
        });
      }
    }
    // Notes left out there were: the regions inferred, a growth computed, in each language.
    expect(placed).to.be.above(20);
  });

  it('heads its map and regions panels as the data calls them: countries of visitors by continent, not members', async () => {
    const el = await dashboard(html`<netreach-dashboard dataset="al-mustafa"></netreach-dashboard>`);
    const heading = (id: string) => text(shadow(el).querySelector(`#${id}`)!);
    expect([heading('map-title'), heading('regions-title')]).to.deep.equal(['Countries of visitors', 'Continents']);
    const file = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    const texts = [...file.querySelectorAll('text')].map((node) => node.textContent);
    expect(texts).to.include.members(['Countries of visitors', 'Continents']);
    expect(texts).to.not.include('Member countries');
    el.setAttribute('dataset', 'cinvu');
    await waitUntil(() => el.currentDataset?.network.id === 'cinvu', 'the dashboard never showed CINVU');
    expect([heading('map-title'), heading('regions-title')]).to.deep.equal(['Member countries', 'Regions']);
  });

  it('moves no note once shown while its parts draw (no layout shift)', async () => {
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
    });
    observer.observe({ type: 'layout-shift' });
    const el = await dashboard(html`<netreach-dashboard src=${`/mock/delayed?ms=30&id=${unique()}`}></netreach-dashboard>`, 390);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    observer.disconnect();
    expect(el.state).to.equal('ready');
    expect(shifts).to.deep.equal([]);
  });

  it('fetches its src once for all its parts', async () => {
    const path = `/mock/delayed?ms=30&id=${unique()}`;
    const el = await dashboard(html`<netreach-dashboard src=${path}></netreach-dashboard>`);
    expect(el.currentDataset?.network.id).to.equal('example-network');
    expect(children(el).every((each) => each.currentDataset === el.currentDataset)).to.equal(true);
    expect(await hitsFor(path)).to.equal(1);
  });

  it('shows one "Illustrative data" badge, in its header, not one per part', async () => {
    const el = await dashboard(html`<netreach-dashboard .data=${EXAMPLE_NETWORK}></netreach-dashboard>`);
    expect(text(part(el, 'header')!.querySelector('[part="badge"]'))).to.equal('Illustrative data');
    const badges = children(el)
      .map((each) => part(each, 'badge'))
      .filter((badge): badge is HTMLElement => badge !== null);
    expect(badges.length).to.be.greaterThan(0);
    expect(badges.every((badge) => getComputedStyle(badge).display === 'none')).to.equal(true);
  });

  it('cross-filters on a region chosen in the regions legend, and the clear button resets everything', async () => {
    const el = await dashboard(html`<netreach-dashboard></netreach-dashboard>`);
    const map = child<NetreachElement & { highlight?: string; selected?: string }>(el, 'netreach-map');
    const bars = child<NetreachElement & { selected?: string | null }>(el, 'netreach-bars');
    const regions = child<NetreachElement & { selected?: string | null }>(el, 'netreach-regions');
    const table = child<NetreachTable>(el, 'netreach-table');
    expect(part(el, 'clear')!.hidden).to.equal(true);

    let heard = 0;
    const said: string[] = [];
    const count = (event: Event) => {
      heard += 1;
      said.push(JSON.stringify((event as CustomEvent).detail));
    };
    el.parentElement!.addEventListener('netreach-select', count);
    legendButtons(el)[1]!.click(); // Africa and Arab
    await settle(el);
    expect(heard, 'one event per choice: the dashboard says it, the regions’ stays inside').to.equal(1);
    expect(said).to.deep.equal(['{"region":"africa-and-arab","country":null}']);
    expect(el.selectedRegion).to.equal('africa-and-arab');
    expect(el.getAttribute('region')).to.equal('africa-and-arab');
    expect(bars.selected).to.equal('africa-and-arab');
    expect(regions.selected).to.equal('africa-and-arab');
    expect(map.highlight!.split(' ')).to.have.length(27);
    expect(map.highlight).to.contain('EGY');
    expect(tableRows(table)).to.have.length(27);
    expect(text(part(el, 'selection'))).to.equal('Selected: Africa and Arab');
    expect(part(el, 'clear')!.hidden).to.equal(false);
    expect(text(part(el, 'clear'))).to.equal('Clear selection');

    part(el, 'clear')!.click();
    await settle(el);
    expect(el.hasAttribute('region')).to.equal(false);
    expect(bars.selected ?? null).to.equal(null);
    expect(regions.selected ?? null).to.equal(null);
    expect(map.highlight ?? '').to.equal('');
    expect(tableRows(table)).to.have.length(57);
    expect(part(el, 'clear')!.hidden).to.equal(true);
    expect(text(part(el, 'selection'))).to.equal('');
    // Focus does not fall to the page when the button hides.
    expect(shadow(el).activeElement).to.equal(part(el, 'title'));
    // The button's clearing is said, once: a page keeping `region = event.detail.region` does not stay on Africa.
    expect(said).to.deep.equal(['{"region":"africa-and-arab","country":null}', '{"region":null,"country":null}']);
    // A script's selection, and its clearSelection(), are not the reader's: nothing is said.
    el.setAttribute('country', 'TUR');
    await settle(el);
    el.clearSelection();
    await settle(el);
    expect(heard).to.equal(2);
    el.parentElement!.removeEventListener('netreach-select', count);
  });

  it('selects a country chosen on the map with its region, and marks its row; choosing it again clears', async () => {
    const el = await dashboard(html`<netreach-dashboard></netreach-dashboard>`);
    const map = child<NetreachElement & { selected?: string }>(el, 'netreach-map');
    const table = child<NetreachTable>(el, 'netreach-table');
    const pakistan = shadow(map).querySelector<SVGElement>('[data-country="PAK"], [aria-label^="Pakistan"]');
    expect(pakistan, 'Pakistan on the map').to.not.equal(null);
    const said: string[] = [];
    const hear = (event: Event) => said.push(JSON.stringify((event as CustomEvent).detail));
    el.parentElement!.addEventListener('netreach-select', hear);
    pakistan!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.selectedCountry).to.equal('PAK');
    expect(el.selectedRegion).to.equal('asia-and-oceania');
    expect(map.selected).to.equal('PAK');
    expect(child<NetreachElement & { selected?: string | null }>(el, 'netreach-regions').selected).to.equal('asia-and-oceania');
    expect(tableRows(table)).to.have.length(27);
    const marked = tableRows(table).filter((row) => row.getAttribute('aria-current') === 'true');
    expect(marked.map((row) => row.getAttribute('data-key'))).to.deep.equal(['PAK']);
    expect(text(part(el, 'selection'))).to.equal('Selected: Pakistan (Asia and Oceania)');

    pakistan!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.selectedCountry).to.equal(undefined);
    expect(el.selectedRegion).to.equal(undefined);
    expect(tableRows(table)).to.have.length(57);
    // The page hears what the dashboard selected, its region too, and then that nothing is: not "PAK" twice, which
    // left a page keeping `country = event.detail.country` on Pakistan.
    expect(said).to.deep.equal(['{"region":"asia-and-oceania","country":"PAK"}', '{"region":null,"country":null}']);
    el.parentElement!.removeEventListener('netreach-select', hear);
  });

  it('selects a country chosen in the table (keyboard) as it does one chosen on the map', async () => {
    const el = await dashboard(html`<netreach-dashboard></netreach-dashboard>`);
    const table = child<NetreachTable>(el, 'netreach-table');
    const map = child<NetreachElement & { selected?: string }>(el, 'netreach-map');
    const row = tableRows(table).find((each) => each.getAttribute('data-key') === 'PAK')!;
    const name = row.querySelector<HTMLButtonElement>('[part="row-button"]')!;
    expect(name.textContent!.trim()).to.equal('Pakistan');
    name.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selectedCountry).to.equal('PAK');
    expect(el.selectedRegion).to.equal('asia-and-oceania');
    expect(map.selected).to.equal('PAK');
    expect(tableRows(table)).to.have.length(27);
    const marked = tableRows(table).find((each) => each.getAttribute('aria-current') === 'true')!;
    expect(marked.getAttribute('data-key')).to.equal('PAK');
    expect(marked.querySelector('[part="row-button"]')!.getAttribute('aria-pressed')).to.equal('true');
    // Chosen again, it clears, as on the map.
    marked.querySelector<HTMLButtonElement>('[part="row-button"]')!.click();
    await settle(el);
    expect(el.selectedCountry).to.equal(undefined);
    expect(tableRows(table)).to.have.length(57);
  });

  it('keeps focus on the row chosen in the table from the keyboard, as the table narrows to its region and back', async () => {
    const el = await dashboard(html`<netreach-dashboard></netreach-dashboard>`);
    const table = child<NetreachTable>(el, 'netreach-table');
    const focused = () => shadow(table).activeElement;
    shadow(table).querySelector<HTMLButtonElement>('tr[data-key="PAK"] [part="row-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await table.updateComplete;
    expect(tableRows(table)).to.have.length(27);
    // Pakistan's row moved up (the table keeps Asia and Oceania's 27): its button, the 42nd, was gone, and focus with it.
    expect(focused()?.closest('tr')?.getAttribute('data-key')).to.equal('PAK');
    expect(focused()?.getAttribute('aria-pressed')).to.equal('true');
    // Chosen again, the table has all 57 rows again; focus stays on Pakistan, not on whichever row took its place.
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await table.updateComplete;
    expect(tableRows(table)).to.have.length(57);
    expect(focused()?.closest('tr')?.getAttribute('data-key')).to.equal('PAK');
    // Down goes on from there.
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.closest('tr')?.getAttribute('data-key')).to.equal('PSE');
  });

  it('clears the selection on Escape anywhere inside it', async () => {
    const el = await dashboard(html`<netreach-dashboard></netreach-dashboard>`);
    legendButtons(el)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.selectedRegion).to.equal('asia-and-oceania');
    expect(tableRows(child(el, 'netreach-table'))).to.have.length(27);
    // Escape from the bars (which would only close their tooltip) clears the dashboard's selection too.
    shadow(child(el, 'netreach-bars')).querySelector<SVGElement>('[tabindex="0"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.selectedRegion).to.equal(undefined);
    expect(child<NetreachElement & { selected?: string | null }>(el, 'netreach-bars').selected ?? null).to.equal(null);
    expect(tableRows(child(el, 'netreach-table'))).to.have.length(57);
  });

  it('says on Escape that the selection is cleared, once, from a part with a selection of its own or none, and keeps the key', async () => {
    const el = await dashboard(html`<netreach-dashboard></netreach-dashboard>`);
    const said: string[] = [];
    const hear = (event: Event) => said.push(JSON.stringify((event as CustomEvent).detail));
    el.parentElement!.addEventListener('netreach-select', hear);
    const cleared = '{"region":null,"country":null}';
    const asia = '{"region":"asia-and-oceania","country":null}';
    // Escape the dashboard acted on is its alone, not a slide deck's around it (docs/PRESENTERS.md): the bars' went on
    // to the document once they said their own clearing, which cleared the dashboard's before it heard the key.
    const escapes: string[] = [];
    const escaped = (event: KeyboardEvent) => event.key === 'Escape' && escapes.push(String(event.defaultPrevented));
    document.addEventListener('keydown', escaped);
    // The map selects countries: with a region selected, it has no selection of its own, and said nothing on Escape.
    for (const tag of ['netreach-map', 'netreach-bars']) {
      legendButtons(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      shadow(child(el, tag)).querySelector<SVGElement>('[tabindex="0"]')!.focus();
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(el.selectedRegion, tag).to.equal(undefined);
    }
    expect(said).to.deep.equal([asia, cleared, asia, cleared]);
    document.removeEventListener('keydown', escaped);
    expect(escapes).to.deep.equal([]);
    el.parentElement!.removeEventListener('netreach-select', hear);
  });

  it('takes its selection from the page: region and country attributes, checked against the data', async () => {
    const el = await dashboard(html`<netreach-dashboard country="tur"></netreach-dashboard>`);
    expect(el.getAttribute('country')).to.equal('TUR');
    expect(el.getAttribute('region')).to.equal('asia-and-oceania');
    expect(child<NetreachTable>(el, 'netreach-table').selected).to.equal('TUR');
    // A region of its own replaces the country of another region.
    el.setAttribute('region', 'europe-and-america');
    await settle(el);
    expect(el.hasAttribute('country')).to.equal(false);
    expect(tableRows(child(el, 'netreach-table')).map((row) => row.getAttribute('data-key'))).to.deep.equal(['ALB', 'GUY', 'SUR']);
    el.setAttribute('region', 'atlantis');
    await settle(el);
    expect(el.hasAttribute('region')).to.equal(false);
    expect(tableRows(child(el, 'netreach-table'))).to.have.length(57);
  });

  it('stacks its parts in a phone-sized box and sets the map beside the regions in a wide one (container queries)', async () => {
    const narrow = await dashboard(html`<netreach-dashboard controls="none"></netreach-dashboard>`, 360);
    const top = (el: NetreachDashboard, name: string) => shadow(el).querySelector(`[part~="panel"].${name}`)!.getBoundingClientRect();
    expect(top(narrow, 'regions').top).to.be.greaterThan(top(narrow, 'map').bottom - 1);
    expect(top(narrow, 'map').width).to.be.closeTo(top(narrow, 'regions').width, 1);

    const wide = await dashboard(html`<netreach-dashboard controls="none"></netreach-dashboard>`, 1200);
    expect(top(wide, 'regions').top).to.be.closeTo(top(wide, 'map').top, 1);
    expect(top(wide, 'map').width).to.be.greaterThan(top(wide, 'regions').width * 1.5);
    // The same widths, driven by the box and not the viewport: the 360 px dashboard sits in this wide window.
    expect(window.innerWidth).to.be.greaterThan(360);
  });

  it('leaves out the bars by region of a network without regions: the regions say so once, where both stood', async () => {
    for (const width of [360, 700, 1200]) {
      const el = await dashboard(html`<netreach-dashboard dataset="silk-road" controls="none"></netreach-dashboard>`, width);
      // Both panels said "The sources assign no regions…", one of them under "Member countries by region".
      expect(shadow(el).querySelector('[part~="panel"].bars'), `${width} px`).to.equal(null);
      expect(
        children(el).some((each) => each.localName === 'netreach-bars'),
        `${width} px`,
      ).to.equal(false);
      const box = (name: string) => shadow(el).querySelector(`[part~="panel"].${name}`)!.getBoundingClientRect();
      const [map, regions, table] = [box('map'), box('regions'), box('table')];
      // No empty cell where the bars stood: the regions as wide as the map under it, or beside it as tall.
      if (width < 960) expect(regions.width, `${width} px`).to.be.closeTo(map.width, 1);
      else expect(regions.bottom, `${width} px`).to.be.closeTo(map.bottom, 1);
      expect(table.top - Math.max(map.bottom, regions.bottom), `${width} px: the gap above the table`).to.be.below(40);
      await expectSameFile(el, 'dashboard', {}, { width: 960, height: 540 });
    }
  });

  it('is one landmark, named by its title, its panels named groups: two dashboards on a page list two regions', async () => {
    const el = await dashboard(html`<netreach-dashboard controls="none"></netreach-dashboard>`);
    const landmarks = [...shadow(el).querySelectorAll('section')].filter((each) => (each.getAttribute('role') ?? 'region') === 'region');
    expect(landmarks.map((each) => each.getAttribute('part'))).to.deep.equal(['dashboard']);
    // Each panel a "Member countries", "Regions"… region of its own: axe's landmark-unique failed on a page of two.
    const panels = [...shadow(el).querySelectorAll('[part~="panel"][aria-labelledby]')];
    // The map, the regions, the bars, the trend and the table (the trend's and the table's had no name).
    expect(panels.length).to.equal(5);
    for (const panel of panels) expect(panel.getAttribute('role'), panel.className).to.equal('group');
  });

  it("names each ⋯ button after its part's title: a screen reader's list of buttons tells them apart", async () => {
    const el = await dashboard(html`<netreach-dashboard></netreach-dashboard>`);
    interface AXNode {
      role: string;
      name: string;
      children?: AXNode[];
    }
    const names: string[] = [];
    const collect = (node: AXNode) => {
      if (node.role === 'button' && node.name.startsWith('Chart menu')) names.push(node.name);
      node.children?.forEach(collect);
    };
    collect((await a11ySnapshot({})) as unknown as AXNode);
    // Each was "Chart menu", nine times over. "Chart menu" first, as its tooltip says (a voice user says what they
    // see), then the title of the part's file; a tile's with its figure, as a trend or a map has the same title. A
    // panel's part is named by its panel's heading: the regions' waffle and the bars by region were both "Chart menu:
    // Member countries by region" on CINVU (their files' titles are the same).
    expect(names).to.have.length(children(el).length + 1);
    expect(names).to.deep.equal([
      'Chart menu: Member countries, 57',
      'Chart menu: Virtual students, more than 30\u00a0million',
      'Chart menu: Universities with digital divisions, 40',
      'Chart menu: Member countries',
      'Chart menu: Regions',
      'Chart menu: Member countries by region',
      'Chart menu: Virtual students',
      'Chart menu: CINVU: member countries',
      'Chart menu: COMSTECH Inter-Islamic Network on Virtual Universities',
    ]);
    const persian = await dashboard(html`<netreach-dashboard lang="fa"></netreach-dashboard>`);
    expect(part(persian, 'menu-button')!.getAttribute('aria-label')).to.equal('منوی نمودار: شبکه دانشگاه‌های مجازی جهان اسلام');
  });

  for (const lang of ['en', 'fa'])
    it(`names every ⋯ button of a dashboard differently, for each bundled dataset (${lang})`, async () => {
      for (const dataset of ['cinvu', 'silk-road', 'al-mustafa']) {
        const el = await dashboard(html`<netreach-dashboard dataset=${dataset} lang=${lang}></netreach-dashboard>`);
        const buttons = [el, ...children(el)].map((each) => part(each, 'menu-button'));
        expect(buttons.every(Boolean), dataset).to.equal(true);
        const names = buttons.map((button) => button!.getAttribute('aria-label')!);
        // CINVU's regions and bars were both "Chart menu: Member countries by region" ("منوی نمودار: کشورهای عضو بر
        // اساس منطقه").
        expect(
          names.filter((name, index) => names.indexOf(name) !== index),
          `${dataset}: ${names.join(' | ')}`,
        ).to.deep.equal([]);
        el.parentElement!.remove();
      }
    });

  it('gives every panel a heading, for a screen reader moving by headings: the trend and the table too', async () => {
    const el = await dashboard(html`<netreach-dashboard></netreach-dashboard>`);
    interface AXNode {
      role: string;
      name: string;
      level?: number;
      children?: AXNode[];
    }
    const headings: string[] = [];
    const collect = (node: AXNode) => {
      if (node.role === 'heading') headings.push(`${node.level} ${node.name}`);
      node.children?.forEach(collect);
    };
    collect((await a11ySnapshot({})) as unknown as AXNode);
    // Before, a reader moving by headings went from "Member countries by region" to "Sources": no trend, no table.
    expect(headings).to.deep.equal([
      '2 COMSTECH Inter-Islamic Network on Virtual Universities',
      // The tiles' list had a name ("Key figures") but no heading: a reader moving by headings skipped them.
      '3 Key figures',
      '3 Member countries',
      '3 Regions',
      '3 Member countries by region',
      '3 Virtual students',
      '3 CINVU: member countries',
      '3 Sources',
    ]);
    // Each panel is the group its heading names.
    for (const panel of shadow(el).querySelectorAll('[part~="panel"]')) {
      const heading = panel.querySelector('h3');
      expect(heading, panel.className).to.not.equal(null);
      expect(panel.getAttribute('aria-labelledby'), panel.className).to.equal(heading!.id);
    }
    // The trend's and the table's headings say what their own title and caption show: not shown twice.
    const trendHeading = shadow(el).querySelector('.trend > h3')!;
    expect(trendHeading.getBoundingClientRect().height).to.be.at.most(1);
    expect(getComputedStyle(trendHeading).clipPath).to.equal('inset(50%)');
    expect(text(trendHeading)).to.equal(text(part(child(el, 'netreach-trend'), 'title')));
    await expect(el).to.be.accessible();
  });

  it('draws the map at the top of its panel, its legend right under it, when the column beside it is taller', async () => {
    const el = await dashboard(html`<netreach-dashboard controls="none"></netreach-dashboard>`, 1200);
    const panel = shadow(el).querySelector('[part~="panel"].map')!;
    const map = child(el, 'netreach-map');
    await waitUntil(() => map.shadowRoot!.querySelector('.land'), 'the map never drew its land');
    const land = map.shadowRoot!.querySelector('.land')!.getBoundingClientRect();
    const legend = map.shadowRoot!.querySelector('[part="legend"]')!.getBoundingClientRect();
    const heading = panel.querySelector('h3')!.getBoundingClientRect();
    // The row is as tall as the regions and the bars beside the map: the room left over is at the panel's foot.
    expect(panel.getBoundingClientRect().bottom - map.getBoundingClientRect().bottom, 'room under the map').to.be.above(32);
    // Stretched to the row, the world sat in the middle of a taller box: 58 px above and below its land (0.15 of it).
    expect(legend.top - land.bottom, 'a band between the land and its legend').to.be.below(land.height * 0.12);
    expect(land.top - heading.bottom, 'a band between the heading and the land').to.be.below(land.height * 0.12);
  });

  it('passes its language to every part: Persian text and digits, and follows a change', async () => {
    const el = await dashboard(html`<netreach-dashboard lang="fa"></netreach-dashboard>`);
    expect(text(part(el, 'title'))).to.equal('شبکه دانشگاه‌های مجازی جهان اسلام');
    expect(part(el, 'frame')!.getAttribute('dir')).to.equal('rtl');
    const stat = child(el, 'netreach-stat');
    await waitUntil(() => text(part(stat, 'value')) === '۵۷', `the tile never showed ۵۷ (was ${text(part(stat, 'value'))})`);
    expect(text(part(el, 'clear'))).to.equal('پاک کردن انتخاب');
    // The sources are numbered in the same digits as the figures: "۱.", not "1.".
    const numbering = () => getComputedStyle(part(el, 'sources')!.querySelector('ol')!).listStyleType;
    expect(numbering()).to.equal('persian');
    // Arabic's UI strings load first (the dashboard keeps its Persian drawing meanwhile), then the parts speak Arabic.
    el.setAttribute('lang', 'ar');
    const arabic = () => shadow(el).querySelector('netreach-stat');
    await waitUntil(() => arabic() && text(part(arabic()!, 'value')) === '٥٧', 'the tile never showed ٥٧');
    await ready(el);
    expect(text(part(child(el, 'netreach-table'), 'caption'))).to.contain('شبكة');
    expect(numbering()).to.equal('arabic-indic');
    // Back to a language whose strings are here: the same parts stay and are told.
    const table = child(el, 'netreach-table');
    el.setAttribute('lang', 'fa');
    await waitUntil(() => text(part(table, 'caption')).startsWith('شبکه'), 'the table never went back to Persian');
    expect(child(el, 'netreach-table')).to.equal(table);
    await waitUntil(() => text(part(child(el, 'netreach-stat'), 'value')) === '۵۷', 'the tile never went back to ۵۷');
  });

  it("lists after its sources the members' figures no source gives, as its file's source line does", async () => {
    const items = (el: NetreachDashboard) => [...part(el, 'sources')!.querySelectorAll('li')].map((li) => text(li));
    // The example network names its one source for both metrics' members' figures.
    const given = await dashboard(html`<netreach-dashboard .data=${EXAMPLE_NETWORK}></netreach-dashboard>`);
    expect(items(given).join(' | ')).not.to.contain('no source given');
    const example = EXAMPLE_NETWORK as Dataset;
    const unsourced = { ...example, metrics: example.metrics!.map(({ source: _, ...metric }) => metric) };
    const none = await dashboard(html`<netreach-dashboard .data=${unsourced}></netreach-dashboard>`);
    const expected = ['Universities: no source given in the data', 'Virtual students: no source given in the data'];
    expect(items(none).slice(-2)).to.deep.equal(expected);
    const file = await none.toSVG({ width: 1200, height: 800 });
    for (const line of expected) expect(file).to.contain(line);
  });

  it('keeps each source’s date whole beside its English publisher in Urdu (Latin digits), with the Urdu comma', async () => {
    const el = await dashboard(html`<netreach-dashboard lang="ur"></netreach-dashboard>`);
    const item = [...part(el, 'sources')!.querySelectorAll('li')].find((li) => li.textContent!.includes('اکتوبر'))!;
    expect(item, 'a source dated October 2021').to.not.equal(undefined);
    // The day's digits sit beside their month, not at the far end of the English publisher before them.
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
    const box = (word: string) => {
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        walker.currentNode = item;
        return range.getBoundingClientRect();
      }
      throw new Error(`no "${word}" in ${item.textContent}`);
    };
    const day = box('20 ');
    const month = box('اکتوبر');
    const publisher = box('CINVU (Public Relations)');
    expect(Math.abs(day.top - month.top), 'the day and its month on one line').to.be.below(2);
    expect(day.left - month.right, 'the day right of its month, a space apart').to.be.within(-1, 12);
    expect(publisher.left, 'the publisher, first, right of the date').to.be.at.least(day.right);
    expect(item.textContent).to.contain('CINVU (Public Relations)\u060c 20 اکتوبر');
  });

  it('passes theme and controls on to its parts', async () => {
    const el = await dashboard(html`<netreach-dashboard theme="dark" controls="none"></netreach-dashboard>`);
    expect(children(el).every((each) => each.getAttribute('theme') === 'dark' && each.getAttribute('controls') === 'none')).to.equal(true);
    expect(children(el).some((each) => part(each, 'menu-button'))).to.equal(false);
    el.theme = 'light';
    await settle(el);
    expect(children(el).every((each) => each.getAttribute('theme') === 'light')).to.equal(true);
  });

  it('passes presenter mode on to its parts, and takes it back', async () => {
    const el = await dashboard(html`<netreach-dashboard presenter controls="none"></netreach-dashboard>`, 1280);
    expect(children(el).length).to.be.above(5);
    expect(children(el).every((each) => each.presenter && each.hasAttribute('presenter'))).to.equal(true);
    // The parts' own presenter styles apply: a 64 px KPI figure, 20 px text.
    const stat = child(el, 'netreach-stat');
    expect(parseFloat(getComputedStyle(part(stat, 'value')!).fontSize)).to.be.at.least(64);
    expect(parseFloat(getComputedStyle(child(el, 'netreach-bars')).fontSize)).to.be.at.least(20);
    el.presenter = false;
    await settle(el);
    expect(children(el).some((each) => each.presenter || each.hasAttribute('presenter'))).to.equal(false);
  });

  it('lays its KPI tiles out as single cards of one height in a row, not a card inside a card', async () => {
    /** Cards: shown boxes with a border on all four sides, at least half as wide as the tile's place (not a button). */
    const framed = (element: Element, place: Element) => {
      const style = getComputedStyle(element);
      if (!element.checkVisibility() || element.getBoundingClientRect().width < place.getBoundingClientRect().width / 2) return false;
      return ['top', 'right', 'bottom', 'left'].every(
        (side) =>
          style.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0,
      );
    };
    /** Every element inside `root`, through shadow roots. */
    const inside = (root: Element | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? inside(element.shadowRoot) : [])]);
    for (const width of [1200, 720]) {
      const el = await dashboard(html`<netreach-dashboard .data=${EXAMPLE_NETWORK}></netreach-dashboard>`, width);
      const items = [...part(el, 'kpis')!.children];
      expect(items.length, `${width} px`).to.be.at.least(3);
      const cards = items.map((item) => [item, ...inside(item)].filter((each) => framed(each, item)));
      // One frame per tile: the list item draws none around the tile's own.
      expect(
        cards.map((each) => each.length),
        `${width} px`,
      ).to.deep.equal(items.map(() => 1));
      const boxes = cards.map((each) => each[0]!.getBoundingClientRect());
      const rows = new Map<number, DOMRect[]>();
      for (const box of boxes) rows.set(Math.round(box.top), [...(rows.get(Math.round(box.top)) ?? []), box]);
      expect(
        [...rows.values()].some((row) => row.length > 1),
        `${width} px: no two tiles in a row`,
      ).to.equal(true);
      for (const row of rows.values()) {
        const heights = row.map((box) => box.height);
        expect(Math.max(...heights) - Math.min(...heights), `${width} px: tile heights ${heights.join(', ')}`).to.be.below(1);
      }
    }
  });

  it('writes the command line’s file from its parts’ scenes, with the selection, in English, Persian and Arabic, dark and for a slide (issue 12)', async () => {
    const size = { width: 960, height: 540 };
    const el = await ready(await dashboard(html`<netreach-dashboard></netreach-dashboard>`));
    await expectSameFile(el, 'dashboard', {}, size, 'dashboard-cinvu-file');
    const texts = [...new DOMParser().parseFromString(await el.toSVG(size), 'image/svg+xml').querySelectorAll('text')].map(
      (node) => node.textContent!,
    );
    // Every part is there: the tiles' figures, the map's and the regions' headings, the bars, the trend, the table.
    expect(texts).to.include.members(['Overview', 'Member countries', 'Regions', '57', '30M+', 'Country', 'Afghanistan', '22M']);
    expect(texts.some((line) => /^The first \d+ of 57 rows/.test(line))).to.equal(true);
    expect(texts.filter((line) => line.startsWith('Sources: '))).to.have.length(1);
    const persian = await ready(await dashboard(html`<netreach-dashboard lang="fa" region="africa-and-arab"></netreach-dashboard>`));
    await expectSameFile(persian, 'dashboard', { region: 'africa-and-arab' }, size, 'dashboard-cinvu-africa-fa-file');
    const arabic = await ready(await dashboard(html`<netreach-dashboard lang="ar"></netreach-dashboard>`));
    await expectSameFile(arabic, 'dashboard', {}, size, 'dashboard-cinvu-ar-dark-file', 'dark');
    // For a slide: the parts' type raised, as netreach render dashboard --presenter writes it.
    const slide = await ready(await dashboard(html`<netreach-dashboard presenter></netreach-dashboard>`));
    await expectSameFile(slide, 'dashboard', { presenter: '' }, { width: 1920, height: 1080 }, 'dashboard-cinvu-presenter-file');
    // In Urdu, whose slide is laid out a second time (the bars without their axis, the tiles' lines smaller).
    const urduSlide = await ready(await dashboard(html`<netreach-dashboard presenter lang="ur"></netreach-dashboard>`));
    await expectSameFile(urduSlide, 'dashboard', { presenter: '' }, { width: 1920, height: 1080 }, 'dashboard-cinvu-presenter-ur-file');
    const example = await ready(await dashboard(html`<netreach-dashboard .data=${EXAMPLE_NETWORK} country="IDN"></netreach-dashboard>`));
    await expectSameFile(example, 'dashboard', { country: 'IDN' }, size);
  });

  it('shows the base states: loading, then an error from its src', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><netreach-dashboard src="/mock/status?code=404"></netreach-dashboard></div>`);
    const el = wrapper.querySelector('netreach-dashboard')!;
    await waitUntil(() => el.state === 'error', 'no error state');
    await el.updateComplete;
    expect(text(part(el, 'error'))).to.contain('HTTP 404');
    expect(shadow(el).querySelector('netreach-map')).to.equal(null);
  });

  it('is accessible in the light theme, with a selection', async () => {
    const el = await dashboard(html`<netreach-dashboard theme="light" region="africa-and-arab"></netreach-dashboard>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const el = await dashboard(html`<netreach-dashboard theme="dark"></netreach-dashboard>`);
    await expect(el).to.be.accessible();
  });
});

describe('<netreach-table> region and selected', () => {
  it('lists only the region’s members and marks the selected row', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 720px"><netreach-table region="europe-and-america" selected="GUY"></netreach-table></div>`,
    );
    const el = wrapper.querySelector('netreach-table')!;
    await waitUntil(() => el.state === 'ready', 'table not ready');
    await el.updateComplete;
    expect(tableRows(el).map((row) => row.getAttribute('data-key'))).to.deep.equal(['ALB', 'GUY', 'SUR']);
    expect(text(part(el, 'caption'))).to.equal('CINVU: member countries · Europe and America');
    expect(tableRows(el)[1]!.getAttribute('aria-current')).to.equal('true');
    expect(tableRows(el)[1]!.getAttribute('part')).to.equal('row selected');
    expect(csvTable(el.toCSV())).to.have.length(4);
    el.region = 'unknown';
    await el.updateComplete;
    expect(tableRows(el)).to.have.length(57);
  });
});
