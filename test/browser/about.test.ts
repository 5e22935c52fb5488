/**
 * "About this data" (issue 13): every widget's menu and the dashboard open a panel listing, for what that widget
 * shows, each source and its note, and netreach's own notes; CSV exports end with the sources.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { importTable } from '../../src/import/index.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { csvProvenance, csvTable } from '../helpers/assertions.js';
import { waitUntil } from '../helpers/wait.js';
import { expectWholeUnlessWider } from '../helpers/lines.js';

const WIDGETS = ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard'];

async function widget(name: string, attributes = ''): Promise<NetreachElement> {
  const tag = unsafeStatic(`netreach-${name}`);
  const box = await fixture<HTMLElement>(staticHtml`<div style="width: 720px"><${tag} ${unsafeStatic(attributes)}></${tag}></div>`);
  const el = box.firstElementChild as NetreachElement;
  await waitUntil(() => el.state === 'ready', `${name} not ready`);
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const panel = (el: Element) => root(el).querySelector<HTMLElement>('[part~="about"]');

async function openAbout(el: NetreachElement): Promise<HTMLElement> {
  root(el).querySelector<HTMLButtonElement>('[part~="menu-button"]')!.click();
  await el.updateComplete;
  root(el).querySelector<HTMLButtonElement>('[data-action="about"]')!.click();
  await waitUntil(() => panel(el) !== null && root(el).activeElement === panel(el), 'the panel did not open with focus');
  return panel(el)!;
}

describe('About this data', () => {
  for (const name of WIDGETS) {
    it(`<netreach-${name}>: the menu opens it, it lists sources with their notes, Escape closes it`, async () => {
      const el = await widget(name);
      const about = await openAbout(el);
      expect(about.getAttribute('role')).to.equal('region');
      expect(about.querySelector('h2')!.textContent).to.contain('About this data');
      const sources = about.querySelectorAll('.about-sources > li');
      expect(sources.length, 'sources listed').to.be.greaterThan(0);
      expect(about.querySelector('.about-backs')!.textContent).to.match(/^Used for: /);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => panel(el) === null, 'Escape did not close it');
      await waitUntil(
        () => root(el).activeElement === root(el).querySelector('[part~="menu-button"]'),
        'focus did not return to the menu button',
      );
    });
  }

  it('says how the CINVU regions were assigned where regions are shown, and not where they are not', async () => {
    const regions = await openAbout(await widget('regions'));
    expect(regions.textContent).to.contain('which countries they are is inferred');
    const stat = await openAbout(await widget('stat', 'metric="virtual-students"'));
    expect(stat.textContent).to.not.contain('inferred');
    expect(stat.textContent).to.contain('before the spread of coronavirus');
  });

  it("says a source backs a metric's totals where the widget shows them, not under a chart of the members", async () => {
    // CINVU's virtual students: network totals only (no member's figure), which the stat shows and the map does not.
    const backs = (about: HTMLElement) => [...about.querySelectorAll('.about-backs')].map((item) => item.textContent!);
    const map = await openAbout(await widget('map', 'metric="virtual-students"'));
    expect(backs(map).filter((text) => text.includes('Virtual students'))).to.deep.equal([]);
    expect(map.textContent).to.not.contain('before the spread of coronavirus');
    const stat = await openAbout(await widget('stat', 'metric="virtual-students"'));
    expect(backs(stat).filter((text) => text.includes('Virtual students')).length).to.equal(2);
  });

  it('tells what a partial list and an example list are', async () => {
    const silk = await openAbout(await widget('stat', 'dataset="silk-road"'));
    expect(silk.textContent).to.match(/The sources name only 2 of 27/);
    const mustafa = await openAbout(await widget('map', 'dataset="al-mustafa"'));
    expect(mustafa.textContent).to.contain('“such as”');
  });

  it('speaks Persian and Arabic, right to left', async () => {
    for (const [lang, title] of [
      ['fa', 'دربارهٔ این داده‌ها'],
      ['ar', 'حول هذه البيانات'],
    ] as const) {
      const el = await widget('bars', `lang="${lang}"`);
      const about = await openAbout(el);
      expect(about.querySelector('h2')!.textContent).to.contain(title);
      expect(getComputedStyle(about).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    }
  });

  it('lays out each English note and title left to right in a Persian panel, each Persian one right to left', async () => {
    const about = await openAbout(await widget('map', 'lang="fa"'));
    const direction = (node: Element) => getComputedStyle(node).direction;
    const notes = [...about.querySelectorAll('.about-sources p:not(.about-backs)')];
    const english = notes.find((note) => note.textContent!.startsWith('Backs the 2021 totals'))!;
    expect(direction(english)).to.equal('ltr');
    const titles = [...about.querySelectorAll('cite')];
    expect(titles.map(direction)).to.include.members(['ltr', 'rtl']);
    const persianTitle = titles.find((title) => title.getAttribute('lang') === 'fa')!;
    expect(direction(persianTitle)).to.equal('rtl');
    // netreach's own notes are Persian: right to left.
    for (const note of about.querySelectorAll('.about-notes li')) expect(direction(note), note.textContent!).to.equal('rtl');
  });

  it('marks a dataset’s English note as English where the dataset gives none in the page’s language, and only there', async () => {
    // The sources' notes are in English alone; how the regions were assigned the dataset gives in English, Persian and
    // Arabic. An Urdu panel showed both English notes as if Urdu (its fonts, its screen reader's voice).
    const urdu = await openAbout(await widget('regions', 'lang="ur"'));
    const sourceNotes = [...urdu.querySelectorAll('.about-sources p:not(.about-backs)')];
    expect(sourceNotes.length).to.be.greaterThan(0);
    expect(sourceNotes.map((note) => note.getAttribute('lang'))).to.deep.equal(sourceNotes.map(() => 'en'));
    const regionNote = [...urdu.querySelectorAll('.about-notes li')].find((note) =>
      note.textContent!.startsWith('The sources give the three regions'),
    );
    expect(regionNote?.getAttribute('lang'), 'the regions’ note').to.equal('en');
    expect(regionNote?.getAttribute('dir')).to.equal('auto');
    // netreach's own notes are Urdu: no lang of their own.
    const own = [...urdu.querySelectorAll('.about-notes li')].filter((note) => note !== regionNote);
    expect(own.length).to.be.greaterThan(0);
    expect(own.map((note) => note.getAttribute('lang'))).to.deep.equal(own.map(() => null));
    // In Persian the regions' note is the dataset's Persian: not marked; the sources' notes are.
    const persian = await openAbout(await widget('regions', 'lang="fa"'));
    expect([...persian.querySelectorAll('.about-notes li')].map((note) => note.getAttribute('lang'))).to.not.include('en');
    expect(persian.querySelector('.about-sources p:not(.about-backs)')!.getAttribute('lang')).to.equal('en');
    // In English nothing is marked: the page's language is the notes'.
    const english = await openAbout(await widget('regions'));
    expect(english.querySelectorAll('[lang="en"]').length).to.equal(0);
  });

  it('starts each title, publisher and date of a Persian panel on a new line whole when it does not fit, rather than splitting it', async () => {
    const names: string[] = [];
    for (const width of [300, 360, 420, 500]) {
      const el = await widget('map', 'lang="fa"');
      (el.parentElement as HTMLElement).style.width = `${width}px`;
      await waitUntil(() => el.getBoundingClientRect().width === width, 'the map did not narrow');
      names.push(...expectWholeUnlessWider(await openAbout(el), 'cite, .about-meta bdi', 'li', `${width} px: `));
    }
    expect(names.some((name) => name.includes('Public Relations'))).to.equal(true);
  });

  it('isolates each source’s publisher, date and language, separated by the language’s comma (Urdu: ،)', async () => {
    const el = await widget('stat', 'lang="ur" metric="virtual-students"');
    const about = await openAbout(el);
    const metas = [...about.querySelectorAll('.about-meta')].filter((meta) => meta.querySelector('bdi'));
    expect(metas.length).to.be.at.least(2);
    const dated = metas.find((meta) => meta.textContent!.includes('اکتوبر'))!;
    expect([...dated.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).to.deep.equal(['CINVU (Public Relations)', '20 اکتوبر، 2021']);
    expect(dated.textContent).to.equal('\u00a0— CINVU (Public Relations)\u060c 20 اکتوبر، 2021');
    const english = await widget('stat', 'lang="en" metric="virtual-students"');
    const englishMetas = [...(await openAbout(english)).querySelectorAll('.about-meta')].map((meta) => meta.textContent);
    expect(englishMetas, JSON.stringify(englishMetas)).to.include('\u00a0— CINVU (Public Relations), October 20, 2021');
  });

  it('links only web addresses', async () => {
    const el = await widget('stat');
    const about = await openAbout(el);
    for (const link of about.querySelectorAll('a')) expect(link.href).to.match(/^https?:/);
  });
});

describe('CSV exports carry their sources', () => {
  it('end with one "# Source" row per source behind the widget, after an empty row', async () => {
    const el = await widget('stat', 'metric="virtual-students"');
    const rows = csvProvenance(el.toCSV());
    expect(rows.length).to.be.greaterThan(0);
    // Then the notes the widget shows under its picture, each once.
    const notes = el.notes.map((note) => `# ${note}`);
    const sources = rows.filter((row) => !notes.includes(row));
    expect(sources.length).to.be.greaterThan(0);
    for (const row of sources) expect(row).to.match(/^# Source: /);
    expect(rows.slice(sources.length)).to.deep.equal(notes);
  });

  it('carry the caveats shown on screen: the map says its regions were inferred in its file too', async () => {
    const el = await widget('map');
    expect(el.notes.some((note) => /inferred/.test(note))).to.equal(true);
    const rows = csvProvenance(el.toCSV());
    for (const note of el.notes) expect(rows).to.include(`# ${note}`);
  });

  it('say when the data is illustrative', async () => {
    const tag = await fixture<HTMLElement>(staticHtml`<div style="width: 720px"><netreach-bars></netreach-bars></div>`);
    const el = tag.firstElementChild as NetreachElement;
    el.data = EXAMPLE_NETWORK;
    // The first data of the page's own is validated once the validator's chunk is here: updateComplete waits for it.
    await el.updateComplete;
    await waitUntil(() => el.state === 'ready', 'bars not ready');
    const rows = csvProvenance(el.toCSV());
    expect(rows.at(-1 - el.notes.length)).to.equal('# These figures are made up for demonstration.');
  });

  it('read back through the importer as the same rows', async () => {
    const el = await widget('map');
    const csv = el.toCSV();
    const result = importTable(csv, { name: 'Round trip' });
    expect(result.problems, JSON.stringify(result.problems).slice(0, 300)).to.deep.equal([]);
    expect(result.dataset!.members.map((member) => member.country)).to.deep.equal(
      csvTable(csv)
        .slice(1)
        .map((line) => line.split(',')[0]),
    );
  });
});
