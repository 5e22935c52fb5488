import { expect } from '@open-wc/testing';
import { tableExcerpt, tableScene, titleUnder } from '../../src/table/table.scene.js';
import { tableKind, tableView } from '../../src/core/table-model.js';
import { TABLE_ROW_LIMIT } from '../../src/table/table.options.js';
import { measureText } from '../../src/static/svg.js';
import { loadBundledDataset } from '../../src/core/default-dataset.js';
import { loadCatalog } from '../../src/core/i18n.js';
import { validateDataset } from '../../src/core/validate.js';
import type { Mark, SceneEnv, TextMark } from '../../src/core/scene.js';
import type { Dataset } from '../../src/core/types.js';
import { widgetDocument } from '../../src/scene/render.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { hugeDataset } from '../helpers/huge-dataset.js';

const env = (locale = 'en', unit = 1): SceneEnv => ({ locale, rtl: ['fa', 'ar', 'ur'].includes(locale), unit, measure: measureText });

/** Every text mark, in drawing order. */
function texts(marks: readonly Mark[]): TextMark[] {
  return marks.flatMap((mark) => (mark.kind === 'text' ? [mark] : mark.kind === 'group' ? texts(mark.children) : []));
}

const example = EXAMPLE_NETWORK as unknown as Dataset;

describe('tableScene', () => {
  before(() => Promise.all([loadCatalog('fa'), loadCatalog('ar'), loadCatalog('ur')]));

  it('lists what the element lists: overlap when comparing, the sort asked for, a region’s rows under its name', async () => {
    expect(tableKind({ of: 'members', compare: 'al-mustafa' })).to.equal('overlap');
    expect(tableKind({ of: 'regions', compare: 'al-mustafa' })).to.equal('regions');
    expect(tableKind({ of: 'nonsense' })).to.equal('members');
    const sorted = tableView(example, { sort: '-virtual-students' }, 'en');
    expect(sorted.sort).to.deep.equal({ column: 'virtual-students', direction: 'descending' });
    expect(sorted.rows[0]!.key).to.equal('IDN');
    // An unknown column is the default order, as on the page.
    expect(tableView(example, { sort: 'colour' }, 'en').sort).to.deep.equal({ column: 'country', direction: 'ascending' });
    const region = example.regions[0]!;
    const filtered = tableView(example, { region: region.id }, 'en');
    expect(filtered.rows.map((row) => row.key)).to.have.members(
      example.members.filter((member) => member.region === region.id).map((member) => member.country),
    );
    expect(filtered.model.caption).to.match(/ · /);
  });

  it('titles a file under the network’s name without naming it again where the caption begins with it (titleUnder)', async () => {
    await Promise.all([loadCatalog('fr'), loadCatalog('zh')]);
    const cinvu = validateDataset(await loadBundledDataset('cinvu'));
    // English has a shorter name for the caption ("CINVU"); the other languages name the network in full, twice before.
    expect(tableScene(cinvu, {}, env('en')).title).to.equal('CINVU: member countries');
    expect(tableScene(cinvu, {}, env('fa')).title).to.equal('کشورهای عضو');
    expect(tableScene(cinvu, { of: 'regions' }, env('ar')).network).to.equal('شبكة كومستك الإسلامية البينية للجامعات الافتراضية');
    expect(tableScene(cinvu, {}, env('fr')).title).to.equal('Pays membres');
    expect(tableScene(cinvu, {}, env('zh')).title).to.equal('成员国');
    expect(titleUnder('Network', 'Network: universities', 'tr')).to.equal('Universities');
    expect(titleUnder('ağ', 'ağ: ülkeler', 'tr')).to.equal('Ülkeler');
    // Not a caption that only begins with the name: a comparison's, or a name inside a longer one.
    expect(titleUnder('A', 'A and B: countries compared', 'en')).to.equal('A and B: countries compared');
    expect(titleUnder('Net', 'Network: universities', 'en')).to.equal('Network: universities');
  });

  it('draws every row, in order, with the headers, numbers at the end side and “No data” muted', () => {
    const prepared = tableScene(example, {}, env());
    const view = tableView(example, {}, 'en');
    const chart = prepared.chart(900, 300);
    const marks = texts(chart.marks);
    const shown = marks.map((mark) => mark.text);
    const names = view.rows.map((row) => row.cells[0]!.text);
    const positions = names.map((name) => shown.indexOf(name));
    expect(positions.every((position) => position >= 0)).to.equal(true);
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    // The chart is as tall as its rows: more than the box asked for, as chartHeight() says.
    expect(prepared.chartHeight!(900)).to.be.greaterThan(300);
    expect(chart.height).to.equal(prepared.chartHeight!(900));
    const figure = marks.find((mark) => mark.text === '610,000')!;
    const name = marks.find((mark) => mark.text === 'Indonesia')!;
    expect(figure.anchor).to.equal('end');
    expect(name.anchor).to.equal('start');
    expect(figure.x).to.be.greaterThan(name.x);
    const noData = marks.find((mark) => mark.text === 'No data')!;
    expect(noData.fill).to.equal('muted');
    expect(prepared.title).to.equal(view.model.caption);
    expect(prepared.sources).to.deep.equal(view.model.sources);
  });

  it('mirrors right to left: the first column at the right, text anchored at its right, numbers at the left', async () => {
    const prepared = tableScene(await loadBundledDataset('cinvu'), { of: 'regions' }, env('fa'));
    const marks = texts(prepared.chart(900, 300).marks);
    const header = (index: number) => marks.filter((mark) => mark.weight === 600)[index]!;
    expect(header(0).x).to.be.greaterThan(header(1).x);
    expect(header(0).anchor).to.equal('end');
    // The members count in Persian digits, at the start (left) edge of its column.
    const count = marks.find((mark) => mark.text === '۲۷')!;
    expect(count.anchor).to.equal('start');
  });

  it('wraps text in a narrow box rather than cut it: every word is drawn', () => {
    const prepared = tableScene(example, { of: 'universities' }, env());
    const wide = texts(prepared.chart(900, 300).marks).map((mark) => mark.text);
    const narrow = texts(prepared.chart(240, 300).marks).map((mark) => mark.text);
    expect(narrow.length).to.be.greaterThan(wide.length);
    expect(narrow.join(' ').split(/\s+/).sort()).to.deep.equal(wide.join(' ').split(/\s+/).sort());
    expect(narrow.join(' ')).to.not.contain('…');
  });

  it('holds the rows the element shows, up to its limit, and says how many there are', () => {
    const huge = validateDataset(hugeDataset(TABLE_ROW_LIMIT + 500));
    const prepared = tableScene(huge, { of: 'universities' }, env());
    const names = texts(prepared.chart(900, 300).marks).filter((mark) => mark.text.startsWith('University number '));
    expect(names).to.have.length(TABLE_ROW_LIMIT);
    expect(prepared.notes[0]).to.equal(`The first 2,000 of 2,500 rows; the CSV download has them all.`);
  });

  it('in a box of its own (a dashboard panel): the rows that fit and how many of how many, or no grid and why when not one fits', () => {
    // 600 px: room for every column (a narrower box leaves some out: below).
    const tall = tableExcerpt(example, {}, env(), 600, 2000);
    expect(tall.note).to.equal(undefined);
    const some = tableExcerpt(example, {}, env(), 600, 200);
    const shown = texts(some.chart.marks).length;
    expect(shown).to.be.greaterThan(0);
    expect(some.note).to.match(/^The first \d+ of \d+ rows; the CSV download has them all\.$/);
    expect(texts(tall.chart.marks).length).to.be.greaterThan(shown);
    // Too short for the header and one row: nothing drawn to be cut in half, and a note that counts no row as shown.
    for (const locale of ['en', 'ur']) {
      const none = tableExcerpt(example, {}, env(locale), 400, 12);
      expect(none.chart.marks, locale).to.deep.equal([]);
      expect(none.note, locale).to.not.match(/\b1\b/);
    }
    expect(tableExcerpt(example, {}, env(), 400, 12).note).to.equal(
      `No room here for the table's ${tableView(example, {}, 'en').rows.length} rows; the CSV download has them all.`,
    );
  });

  it('with no room for a table of one row, says the CSV has it, not “them all”, in every language', async () => {
    const one = validateDataset({
      version: 1,
      network: { id: 'n', name: 'N' },
      metrics: [{ id: 'm', label: 'Students' }],
      members: [{ country: 'PAK', values: { m: 5 } }],
      sources: [{ id: 's', title: 'Survey' }],
    });
    const note = async (locale: string) => {
      await loadCatalog(locale);
      return tableExcerpt(one, {}, env(locale), 400, 12).note;
    };
    expect(await note('en')).to.equal("No room here for the table's 1 row; the CSV download has it.");
    expect(await note('fr')).to.equal(
      'Pas de place ici pour les lignes du tableau (1)\u202f; le téléchargement CSV contient tout le tableau.',
    );
    expect(await note('ru')).to.equal('Здесь нет места для строк таблицы (1); файл CSV содержит всю таблицу.');
    expect(await note('ar')).to.equal('لا متسع هنا لصفوف الجدول (١)؛ ملف CSV يتضمن الجدول كاملًا.');
    expect(await note('tr')).to.equal('Burada tablonun 1 satırına yer yok; CSV indirmesi tablonun tamamını içerir.');
  });

  it('in a panel too narrow for every column: leaves the last ones out and names them, rather than cut them', async () => {
    await loadCatalog('fa');
    const labels = (locale: string) => tableView(example, {}, locale).model.columns.map((column) => column.label);
    const right = (mark: TextMark) =>
      mark.anchor === 'end'
        ? mark.x
        : mark.anchor === 'middle'
          ? mark.x + measureText(mark.text, mark.size, mark.weight) / 2
          : mark.x + measureText(mark.text, mark.size, mark.weight);
    for (const locale of ['en', 'fa']) {
      const all = labels(locale);
      const narrow = tableExcerpt(example, {}, env(locale), 260, 2000);
      const drawn = texts(narrow.chart.marks);
      const left = all.filter((label) => !drawn.some((mark) => mark.text === label || label.startsWith(mark.text)));
      expect(left.length, locale).to.be.above(0);
      expect(
        drawn.some((mark) => mark.text === all[0]),
        locale,
      ).to.equal(true);
      // What is drawn is inside the box: nothing for the panel's clip to cut.
      for (const mark of drawn) expect(right(mark), `${locale}: ${mark.text}`).to.be.at.most(260.5);
      expect(narrow.note, locale).to.contain(left.at(-1)!);
    }
    expect(tableExcerpt(example, {}, env(), 260, 2000).note).to.match(/^No room here for these columns: .+; the CSV download has them\.$/);
    // Room for every column: none left out.
    expect(tableExcerpt(example, {}, env(), 900, 2000).note).to.equal(undefined);
  });

  it('says why an empty table is empty', async () => {
    const silk = await loadBundledDataset('silk-road');
    const prepared = tableScene(silk, { of: 'regions' }, env());
    const shown = texts(prepared.chart(900, 300).marks).map((mark) => mark.text);
    expect(shown.join(' ')).to.contain('The sources assign no regions');
  });

  it('makes the file taller for a long table, at the type scale of the size asked for', async () => {
    const dataset = await loadBundledDataset('cinvu');
    const file = widgetDocument(tableScene, dataset, {}, { width: 960, height: 540, lang: 'en' });
    const height = Number(/^<svg[^>]*\sheight="(\d+)"/.exec(file)![1]);
    expect(height).to.be.greaterThan(540);
    expect(file).to.contain(`viewBox="0 0 960 ${height}"`);
    // The title keeps the 960×540 size (34 px), not one scaled up by the taller file.
    expect(file).to.match(/<text [^>]*font-size="34" font-weight="700"[^>]*>CINVU: member countries<\/text>/);
    const doc = new DOMParser().parseFromString(file, 'image/svg+xml');
    const all = [...doc.querySelectorAll('text')].map((node) => node.textContent);
    expect(all).to.include.members(['Afghanistan', 'Yemen', 'Country', 'Region']);
    // A regions table fits the box: the file is the size asked for.
    const regions = widgetDocument(tableScene, dataset, { of: 'regions' }, { width: 960, height: 540, lang: 'en' });
    expect(regions).to.match(/^<svg[^>]*\swidth="960" height="540"/);
  });
});
