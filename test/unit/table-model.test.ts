import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import {
  formatSort,
  nextSort,
  parseSort,
  resolveTableKind,
  resolveTableMetrics,
  sortRows,
  tableModel,
  tableRecords,
  unknownTableMetric,
} from '../../src/core/table-model.js';
import { validateDataset } from '../../src/core/validate.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';

const cinvu = validateDataset(CINVU);
const example = validateDataset(EXAMPLE_NETWORK);
const column = (model: ReturnType<typeof tableModel>, id: string) => model.columns.findIndex((entry) => entry.id === id);
const texts = (model: ReturnType<typeof tableModel>, id: string, rows = model.rows) =>
  rows.map((row) => row.cells[column(model, id)]!.text);

describe('tableModel', () => {
  it('leaves out, and names, the metrics no member has a figure for, unless asked for by name', () => {
    const model = tableModel(cinvu, { kind: 'members', locale: 'en' });
    expect(model.columns.map((entry) => entry.id)).to.deep.equal(['country', 'region']);
    expect(model.omitted).to.equal(
      'Not shown, as the sources give no figure per country: Virtual students and Universities with digital divisions.',
    );
    expect(tableModel(cinvu, { kind: 'regions', locale: 'en' }).columns.map((entry) => entry.id)).to.deep.equal([
      'region',
      'members',
      'share',
    ]);
    expect(tableModel(example, { kind: 'members', locale: 'en' }).omitted).to.equal(undefined);
  });

  it('says why the columns asked for by name hold no figure', () => {
    const named = tableModel(cinvu, { kind: 'members', locale: 'en', metrics: ['virtual-students'] });
    expect(named.columns.map((entry) => entry.id)).to.deep.equal(['country', 'region', 'virtual-students']);
    expect(named.omitted).to.equal('The sources give no figure per country: Virtual students.');
    const regions = tableModel(cinvu, { kind: 'regions', locale: 'fa', metrics: ['virtual-students', 'digital-universities'] });
    expect(regions.omitted).to.equal('منابع رقمی برای هر کشور نمی\u200cدهند: دانشجویان مجازی و دانشگاه‌های دارای بخش دیجیتال.');
    expect(tableModel(example, { kind: 'members', locale: 'en', metrics: ['virtual-students'] }).omitted).to.equal(undefined);
  });

  it('lists the 57 CINVU members with their region and the metrics asked for, "No data" where there is none', () => {
    const model = tableModel(cinvu, { kind: 'members', locale: 'en', metrics: ['virtual-students', 'digital-universities'] });
    expect(model.caption).to.equal('CINVU: member countries');
    expect(model.columns.map((entry) => entry.id)).to.deep.equal(['country', 'region', 'virtual-students', 'digital-universities']);
    expect(model.columns.map((entry) => entry.label)).to.deep.equal([
      'Country',
      'Region',
      'Virtual students',
      'Universities with digital divisions',
    ]);
    expect(model.rows).to.have.length(57);
    const pakistan = model.rows.find((row) => row.key === 'PAK')!;
    expect(pakistan.cells.map((cell) => cell.text)).to.deep.equal(['Pakistan', 'Asia and Oceania', 'No data', 'No data']);
    expect(pakistan.cells[2]!.value).to.equal(null);
    expect(model.defaultSort).to.deep.equal({ column: 'country', direction: 'ascending' });
    expect(model.sources.map((source) => source.publisher)).to.deep.equal([
      'CINVU (Public Relations)',
      'National Library and Archives of Iran (Public Relations)',
      'Organisation of Islamic Cooperation',
      'United Nations Statistics Division',
    ]);
  });

  it('adds the joined year and localizes names and numbers', () => {
    const model = tableModel(example, { kind: 'members', locale: 'fa' });
    expect(model.caption).to.equal('شبکهٔ نمونهٔ دانشگاه‌های باز: کشورهای عضو');
    expect(model.columns.map((entry) => entry.id)).to.deep.equal(['country', 'region', 'joined', 'universities', 'virtual-students']);
    const indonesia = model.rows.find((row) => row.key === 'IDN')!;
    expect(indonesia.cells.map((cell) => cell.text)).to.deep.equal(['اندونزی', 'آسیا و اقیانوسیه', '۲۰۱۵', '۴۸', '۶۱۰٬۰۰۰']);
    expect(indonesia.cells[4]!.value).to.equal(610_000);
  });

  it('sums the network by region: 27, 27 and 3 members of 57', () => {
    const model = tableModel(cinvu, { kind: 'regions', locale: 'en', metrics: ['virtual-students', 'digital-universities'] });
    expect(model.caption).to.equal('CINVU: members by region');
    expect(texts(model, 'region')).to.deep.equal(['Asia and Oceania', 'Africa and Arab', 'Europe and America']);
    expect(texts(model, 'members')).to.deep.equal(['27', '27', '3']);
    expect(texts(model, 'share')).to.deep.equal(['47%', '47%', '5%']);
    expect(texts(model, 'virtual-students')).to.deep.equal(['No data', 'No data', 'No data']);
    expect(model.footer!.map((cell) => cell.text)).to.deep.equal(['Total', '57', '100%', 'No data', 'No data']);
    expect(model.defaultSort).to.equal(undefined);
    // 47% + 47% + 5% beside a total of 100%: the table says why.
    expect(model.notes).to.include('The shares are rounded: together they make 99%, not 100%.');
  });

  it('says nothing of rounding where the shares as shown add up to the total', () => {
    // The example network's 8, 9, 6 and 5 of 28: 29% + 32% + 21% + 18% = 100%.
    const model = tableModel(example, { kind: 'regions', locale: 'en' });
    expect(texts(model, 'share')).to.deep.equal(['29%', '32%', '21%', '18%']);
    expect(model.notes.join(' ')).to.not.contain('rounded');
  });

  it('sums metric values per region, skipping members without one', () => {
    const model = tableModel(example, { kind: 'regions', locale: 'en', metrics: ['virtual-students'] });
    const europe = model.rows.find((row) => row.key === 'europe-americas')!;
    // FRA 22,000 + BRA 98,000 + GBR 18,000 + CAN 15,500 is 153,500; MEX has no figure. Written to the thousand (as
    // 22,000 is), rounded down as MEX's figure would add to it: 153,000.
    expect(europe.cells.map((cell) => cell.text)).to.deep.equal(['Europe & Americas', '5', '18%', '153,000']);
    expect(model.footer![3]!.value).to.equal(3_606_000);
  });

  it('lists universities with localized names and countries, and says the list names only some', () => {
    const model = tableModel(cinvu, { kind: 'universities', locale: 'tr' });
    expect(model.caption).to.equal('COMSTECH İslam Ülkeleri Arası Sanal Üniversiteler Ağı: üniversiteler');
    expect(model.rows).to.have.length(5);
    // No source gives their cities or sites: no city column, no links.
    expect(model.columns.map((column) => column.id)).to.deep.equal(['name', 'country']);
    const deu = model.rows[1]!;
    expect(deu.cells.map((cell) => cell.text)).to.deep.equal(['Dokuz Eylül Üniversitesi', 'Türkiye']);
    expect(model.rows.every((row) => row.cells[0]!.href === undefined)).to.equal(true);
    // Two releases of one publisher without links: cited once.
    expect(model.sources.map((source) => source.id)).to.deep.equal(['cinvu-2021-10-20']);
    expect(model.notes).to.deep.equal(['Kaynaklar yalnızca bazılarının adını veriyor.']);
  });

  it('links universities to http(s) sites only, and gives cities where a source does', () => {
    const withSites = validateDataset({
      version: 1,
      network: { id: 'n', name: 'N' },
      members: [{ country: 'TUR' }],
      universities: [
        { name: 'A', country: 'TUR', city: 'İzmir', url: 'https://a.example' },
        { name: 'B', country: 'TUR' },
      ],
      sources: [],
    });
    const model = tableModel(withSites, { kind: 'universities', locale: 'en' });
    expect(model.rows.map((row) => row.cells.map((cell) => cell.text))).to.deep.equal([
      ['A', 'Türkiye', 'İzmir'],
      ['B', 'Türkiye', 'No data'],
    ]);
    expect(model.rows.map((row) => row.cells[0]!.href)).to.deep.equal(['https://a.example', undefined]);
  });

  it('limits the metric columns to those asked for and never lists countries as one', () => {
    const model = tableModel(example, { kind: 'members', locale: 'en', metrics: ['countries', 'virtual-students'] });
    expect(model.columns.map((entry) => entry.id)).to.deep.equal(['country', 'region', 'joined', 'virtual-students']);
  });
});

describe('the regions table’s sums', () => {
  it('say they add up the members’ figures (each after its column’s name where they differ), and a table of counts alone says nothing of it', () => {
    const notes = (dataset: typeof example, metrics?: string[]) =>
      tableModel(dataset, { kind: 'regions', locale: 'en', ...(metrics ? { metrics } : {}) }).notes;
    expect(notes(example).filter((note) => note.includes('The sum'))).to.deep.equal([
      'Universities: The sum of the members’ figures: no total is published.',
      'Virtual students: The sum of the figures of 26 of the 28 members (the other 2 have none): no total is published.',
    ]);
    // One column, or columns whose sentence is the same: said once, of them all.
    expect(notes(example, ['universities']).filter((note) => note.includes('The sum'))).to.deep.equal([
      'The sum of the members’ figures: no total is published.',
    ]);
    expect(notes(example, ['universities', 'universities']).filter((note) => note.includes('The sum'))).to.deep.equal([
      'The sum of the members’ figures: no total is published.',
    ]);
    expect(notes(cinvu).join(' ')).to.not.include('The sum');
    // The footer's total of a column adds up the rounded regions: 1,526,000 + 1,355,000 + 572,000 + 153,000.
    const model = tableModel(example, { kind: 'regions', locale: 'en', metrics: ['virtual-students'] });
    expect(model.footer!.at(-1)!.text).to.equal('3,606,000');
  });
});

describe('sortRows', () => {
  it('sorts names by the locale, both ways', () => {
    const model = tableModel(cinvu, { kind: 'members', locale: 'en' });
    const up = sortRows(model, { column: 'country', direction: 'ascending' }, 'en');
    expect(texts(model, 'country', up).slice(0, 3)).to.deep.equal(['Afghanistan', 'Albania', 'Algeria']);
    const down = sortRows(model, { column: 'country', direction: 'descending' }, 'en');
    expect(texts(model, 'country', down)[0]).to.equal('Yemen');
    expect(model.rows[0]!.key).to.equal('AFG');
  });

  it('sorts numbers numerically with "No data" last in both directions', () => {
    const model = tableModel(example, { kind: 'members', locale: 'en' });
    const keys = (direction: 'ascending' | 'descending') =>
      sortRows(model, { column: 'virtual-students', direction }, 'en').map((row) => row.key);
    const down = keys('descending');
    expect(down.slice(0, 3)).to.deep.equal(['IDN', 'EGY', 'PAK']);
    expect(down.slice(-2)).to.deep.equal(['UZB', 'MEX']);
    const up = keys('ascending');
    expect(up.slice(0, 2)).to.deep.equal(['BHR', 'COM']);
    expect(up.slice(-2)).to.deep.equal(['UZB', 'MEX']);
  });

  it('is stable and keeps the dataset order without a sort or for an unknown column', () => {
    const model = tableModel(cinvu, { kind: 'members', locale: 'en' });
    const byRegion = sortRows(model, { column: 'region', direction: 'ascending' }, 'en');
    const africa = byRegion.filter((row) => row.cells[1]!.text === 'Africa and Arab').map((row) => row.key);
    expect(africa).to.deep.equal(model.rows.filter((row) => row.cells[1]!.text === 'Africa and Arab').map((row) => row.key));
    expect(sortRows(model, undefined, 'en')).to.deep.equal(model.rows);
    expect(sortRows(model, { column: 'nope', direction: 'ascending' }, 'en')).to.deep.equal(model.rows);
  });
});

describe('parseSort, formatSort and nextSort', () => {
  it('read and write "-column" for descending', () => {
    expect(parseSort('-virtual-students')).to.deep.equal({ column: 'virtual-students', direction: 'descending' });
    expect(parseSort('country')).to.deep.equal({ column: 'country', direction: 'ascending' });
    expect(parseSort(' ')).to.equal(undefined);
    expect(formatSort({ column: 'share', direction: 'descending' })).to.equal('-share');
  });
  it('toggle the sorted column, and start text A→Z and numbers high→low', () => {
    const text = { id: 'country', label: 'Country', type: 'text' as const };
    const number = { id: 'members', label: 'Members', type: 'number' as const };
    expect(nextSort(undefined, text)).to.deep.equal({ column: 'country', direction: 'ascending' });
    expect(nextSort({ column: 'country', direction: 'ascending' }, text).direction).to.equal('descending');
    expect(nextSort({ column: 'country', direction: 'descending' }, text).direction).to.equal('ascending');
    expect(nextSort({ column: 'country', direction: 'ascending' }, number)).to.deep.equal({ column: 'members', direction: 'descending' });
  });
});

describe('tableRecords', () => {
  it('gives plain rows keyed by column id with raw values', () => {
    const model = tableModel(cinvu, { kind: 'regions', locale: 'en', metrics: ['virtual-students', 'digital-universities'] });
    const records = tableRecords(model.columns, model.rows);
    expect(records[2]).to.deep.equal({
      region: 'Europe and America',
      members: 3,
      share: 3 / 57,
      'virtual-students': null,
      'digital-universities': null,
    });
  });
});

describe('resolveTableKind, resolveTableMetrics and unknownTableMetric', () => {
  it('default to members and every declared metric, and find unknown ids', () => {
    expect(resolveTableKind('Regions')).to.equal('regions');
    expect(resolveTableKind('bogus')).to.equal('members');
    expect(resolveTableKind(undefined)).to.equal('members');
    expect(resolveTableMetrics(cinvu, '')).to.deep.equal(['virtual-students', 'digital-universities']);
    expect(resolveTableMetrics(cinvu, 'virtual-students, graduates')).to.deep.equal(['virtual-students', 'graduates']);
    expect(unknownTableMetric(cinvu, ['virtual-students', 'graduates'])).to.equal('graduates');
    expect(unknownTableMetric(cinvu, ['countries', 'virtual-students'])).to.equal(undefined);
  });
});
