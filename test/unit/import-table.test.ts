import { expect } from '@open-wc/testing';
import { memberRows, toCsv } from '../../src/core/csv.js';
import type { Dataset } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { describeMatch, importTable, type ImportOptions, type ImportResult } from '../../src/import/import-table.js';
import { importSummary, matchesToCheck } from '../../src/import/report.js';
import { AL_MUSTAFA_CODES, AL_MUSTAFA_NAMES } from '../helpers/al-mustafa.js';

/** Imports and fails with the problems when there are any. */
function imported(text: string, options: ImportOptions = {}): { dataset: Dataset; result: ImportResult } {
  const result = importTable(text, { name: 'Test network', ...options });
  expect(result.problems.map((problem) => problem.message)).to.deep.equal([]);
  expect(result.dataset).not.to.equal(null);
  return { dataset: result.dataset!, result };
}

function problems(text: string, options: ImportOptions = {}) {
  const result = importTable(text, { name: 'Test network', ...options });
  expect(result.dataset).to.equal(null);
  return result.problems;
}

const tsv = (rows: string[][]) => rows.map((row) => row.join('\t')).join('\n');

describe('importTable', () => {
  it('imports the Al-Mustafa list exactly as written in its seed: 45 codes in row order, a valid dataset', async () => {
    const fixture = await (await fetch('/test/fixtures/import/al-mustafa-visitors.csv')).text();
    expect(fixture.trim().split('\n').slice(1)).to.deep.equal(AL_MUSTAFA_NAMES); // the CLI test's file is the seed's list
    const { dataset, result } = imported(fixture, { name: 'Al-Mustafa International University: visiting countries' });
    expect(dataset.members.map((member) => member.country).join(' ')).to.equal(AL_MUSTAFA_CODES);
    expect(() => validateDataset(dataset)).not.to.throw();
    const notExact = result.report.countries.filter((entry) => !['code', 'name'].includes(entry.how));
    expect(notExact.map(describeMatch)).to.deep.equal([
      'row 17: "Gherghizestan (Kirghizstan)" → KGZ Kyrgyzstan: by the part "Kirghizstan" (French)',
      'row 43: "Turkey" → TUR Türkiye: another name for it (the importer\'s table of other names)',
      'row 45: "United States of America" → USA United States: another name for it (the importer\'s table of other names)',
      'row 46: "Vatican" → VAT Vatican City: another name for it (the importer\'s table of other names)',
    ]);
    expect(dataset.regions).to.deep.equal([{ id: 'members', name: 'Members' }]);
    expect(result.report.notes.map((note) => note.message)).to.deep.equal([
      'no region column: every member is in one region, "Members"',
      'no sources: the widgets will show its figures without one (add them with --sources <file.csv>)',
    ]);
  });

  it('reads a sheet in Persian: headers, names, digits and separators', () => {
    const text = tsv([
      ['کشور', 'منطقه', 'سال عضویت', 'دانشجویان مجازی'],
      ['ایران', 'آسیا', '۲۰۱۵', '۱۲٬۰۰۰'],
      ['تركيه', 'اروپا', '۲۰۱۸', ''],
      ['پاکستان', 'آسیا', '', '۳۰۰'],
    ]);
    const { dataset, result } = imported(text);
    expect(dataset.regions).to.deep.equal([
      { id: 'region-1', name: 'آسیا' },
      { id: 'region-2', name: 'اروپا' },
    ]);
    expect(dataset.metrics).to.deep.equal([{ id: 'metric-1', label: 'دانشجویان مجازی' }]);
    expect(dataset.members).to.deep.equal([
      // The sheet's spellings are kept beside the codes (the table shows them, so a reader can check the match).
      { country: 'IRN', region: 'region-1', asWritten: 'ایران', joined: 2015, values: { 'metric-1': 12000 } },
      { country: 'TUR', region: 'region-2', asWritten: 'تركيه', joined: 2018, values: { 'metric-1': null } },
      { country: 'PAK', region: 'region-1', asWritten: 'پاکستان', values: { 'metric-1': 300 } },
    ]);
    expect(result.report.delimiter).to.equal('\t');
    expect(result.report.countries[1]).to.include({ how: 'variant', code: 'TUR', via: 'ترکیه' });
  });

  it('reads headers in Arabic, French and Turkish too', () => {
    expect(imported('الدولة,المنطقة\nمصر,أفريقيا').dataset.members).to.deep.equal([
      { country: 'EGY', region: 'region-1', asWritten: 'مصر' },
    ]);
    const french = imported('Pays;Région;Étudiants\nSénégal;Afrique;1 200,5', { decimal: 'comma' }).dataset;
    expect(french.members).to.deep.equal([{ country: 'SEN', region: 'afrique', asWritten: 'Sénégal', values: { etudiants: 1200.5 } }]);
    expect(imported('Ülke,Bölge\nMısır,Afrika').dataset.members).to.deep.equal([{ country: 'EGY', region: 'afrika', asWritten: 'Mısır' }]);
  });

  it('stops on an unknown country, naming the row, the cell and the closest candidates', () => {
    const [problem, ...rest] = problems('Country,Region\nIran,Asia\nAtlantis,Asia\n');
    expect(rest).to.deep.equal([]);
    expect(problem).to.include({ code: 'unknown-country', sheet: 'members', row: 3, column: 'A', header: 'Country', cell: 'Atlantis' });
    expect(problem!.candidates).to.have.length(3);
    expect(problem!.message).to.match(
      /^row 3, column A \("Country"\): no country matches "Atlantis"; the closest are .+ \([A-Z]{3}\), .+ and .+$/,
    );
  });

  it('stops on an ambiguous country, listing what it may mean', () => {
    const [problem] = problems('Region,Country\nAsia,Korea\n');
    expect(problem).to.include({ code: 'ambiguous-country', row: 2, column: 'B', cell: 'Korea' });
    expect(problem!.message).to.equal(
      'row 2, column B ("Country"): "Korea" may mean South Korea (KOR) or North Korea (PRK): write the one you mean (its name or ISO code)',
    );
    expect(problems('Country\nEngland')[0]!.message).to.equal(
      'row 2, column A ("Country"): "England" is not a country of its own (did you mean United Kingdom (GBR)?): write the one you mean (its name or ISO code)',
    );
    expect(problems('Country\nAustrlia')[0]!.candidates!.map((candidate) => candidate.code)).to.deep.equal(['AUS', 'AUT']);
  });

  it('stops on a country listed twice, however it is spelled', () => {
    const [problem] = problems('Country\nTurkey\nIran\nTürkiye\n');
    expect(problem).to.include({ code: 'duplicate-country', row: 4, cell: 'Türkiye' });
    expect(problem!.message).to.equal('row 4, column A ("Country"): "Türkiye" is Türkiye (TUR), already on row 2 ("Turkey")');
  });

  it('lists every problem of a sheet at once, in row order', () => {
    const text = tsv([
      ['Country', 'Students'],
      ['Iran', '1,200'],
      ['Atlantis', '5'],
      ['Korea', '12,5'],
      ['Turkey', 'about 300'],
      ['Türkiye', ''],
      ['', '7'],
    ]);
    expect(problems(text).map((problem) => `${problem.row}${problem.column} ${problem.code}`)).to.deep.equal([
      '3A unknown-country',
      '4A ambiguous-country',
      '4B not-a-number',
      '5B not-a-number',
      '6A duplicate-country',
      '7A empty-cell',
    ]);
  });

  it('makes a metric of every other column, with an id of its own', () => {
    const { dataset, result } = imported('Country,Students,Students,دانشجویان,Countries count\nIran,1,2,3,4\n');
    expect(dataset.metrics).to.deep.equal([
      { id: 'students', label: 'Students' },
      { id: 'students-2', label: 'Students' },
      { id: 'metric-3', label: 'دانشجویان' },
      { id: 'countries-count', label: 'Countries count' },
    ]);
    expect(result.report.notes[0]!.message).to.equal(
      'column C ("Students"): another column makes the metric "students": this one is "students-2"',
    );
  });

  it('makes empty cells "no data", never zero, and reads zero as zero', () => {
    const { dataset } = imported('Country,Universities,Students\nIran,,0\nIraq,3,\n');
    expect(dataset.members.map((member) => member.values)).to.deep.equal([
      { universities: null, students: 0 },
      { universities: 3, students: null },
    ]);
  });

  it('names a text cell in a metric column, and a whole column of text once, suggesting --ignore', () => {
    const [cell] = problems('Country,Students\nIran,120\nIraq,some\n');
    expect(cell!.message).to.equal('row 3, column B ("Students"): "some" is not a number (leave the cell empty for "no data")');
    const [column, ...rest] = problems('Country,Notes\nIran,founding member\nIraq,observer\nOman,\nQatar,joined late\n');
    expect(rest).to.deep.equal([]);
    expect(column).to.include({ code: 'text-column', column: 'B', header: 'Notes' });
    expect(column!.message).to.equal(
      'column B ("Notes"): 3 of its 3 cells are text, not numbers (rows 2, 3, 5): if it is not a metric, leave it out with --ignore "Notes"',
    );
    const { dataset, result } = imported('Country,Notes\nIran,founding member\nIraq,observer\nOman,\nQatar,joined late\n', {
      ignore: ['notes'],
    });
    expect(dataset.metrics).to.equal(undefined);
    expect(result.report.columns[1]).to.deep.equal({ column: 'B', header: 'Notes', role: 'ignored' });
  });

  it('stops at Kosovo, saying why: no ISO code, no shape on the map', () => {
    expect(problems('Country,Students\nIran,5\nKosova,3\n').map((problem) => problem.message)).to.deep.equal([
      'row 3, column A ("Country"): "Kosova" is Kosovo, which has no ISO 3166-1 code (XK is only user-assigned): datasets take ISO countries only, and the map has no shape for it; leave its row out',
    ]);
  });

  it('reads the header row below a title, leaving the title out with a note', () => {
    const { dataset, result } = imported('Member countries 2024,,\n,,\nCountry,Region,Students\nIran,Asia,5\nEgypt,Africa,7\n');
    expect(dataset.members.map((member) => [member.country, member.values])).to.deep.equal([
      ['IRN', { students: 5 }],
      ['EGY', { students: 7 }],
    ]);
    expect(result.report.countries.map((country) => country.row)).to.deep.equal([4, 5]);
    expect(result.report.notes[0]!.message).to.equal(
      'row 3: read as the header row; the rows above it are left out ("Member countries 2024")',
    );
    // A country column named by option, or none within the first rows: the first row stays the header.
    expect(problems('Title\nCountry\nIran\n', { columns: { country: 'Title' } })[0]!.message).to.match(/"Country"/);
    expect(problems('Title\n1\n2\n3\n4\n5\nCountry\nIran\n')[0]!.code).to.equal('no-country-column');
  });

  it('names a text column once however few its rows, when none of its cells is a number', () => {
    const two = problems('Country,Students,Contact person\nIran,5,Ali Rezaei\nOman,6,\nTürkiye,7,Mehmet\n');
    expect(two.map((problem) => problem.message)).to.deep.equal([
      'column C ("Contact person"): 2 of its 2 cells are text, not numbers (rows 2, 4): if it is not a metric, leave it out with --ignore "Contact person"',
    ]);
    const one = problems('Country,Students,Contact person\nIran,5,Ali Rezaei\nOman,6,\n', { hint: () => 'the role "leave out"' });
    expect(one.map((problem) => problem.message)).to.deep.equal([
      'column C ("Contact person"): its one cell is text, not a number (row 2): if it is not a metric, leave it out with the role "leave out"',
    ]);
    // A metric with a number elsewhere: the cell, not the column.
    expect(problems('Country,Students\nIran,5\nOman,some\n').map((problem) => problem.code)).to.deep.equal(['not-a-number']);
  });

  it('notes a number that may be written with the other decimal mark', () => {
    const { dataset, result } = imported('Country,Students\nIran,1.234\n');
    expect(dataset.members[0]!.values).to.deep.equal({ students: 1.234 });
    expect(result.report.notes[0]!.message).to.equal(
      'row 2, column B ("Students"): "1.234" read as 1.234, with "." as the decimal mark; if it means 1234, import with --decimal comma',
    );
  });

  it('takes columns named by flag, and asks when two columns look like one', () => {
    const text = 'Member state,ISO,Students\nIran,IRN,5\n';
    expect(problems(text.replace('Member state', 'Country'))[0]!.message).to.equal(
      'columns A ("Country") and B ("ISO") both look like the country column: name the one to use with --country "<header>"',
    );
    const { dataset, result } = imported(text.replace('Member state', 'Country'), { columns: { country: 'iso' } });
    expect(dataset.members).to.deep.equal([{ country: 'IRN', region: 'members', values: { students: 5 } }]);
    expect(result.report.notes.map((note) => note.message)).to.include('column A ("Country"): left out: "iso" is the country column');
    // In the words the configurator gives the roles, not the flags' (`url`, `joined`), which the hint names.
    expect(problems('University,Country,Website,Link\nU,Iran,https://a.ir,https://b.ir\n')[0]!.message).to.equal(
      `columns C ("Website") and D ("Link") both look like the university's website column: name the one to use with --url "<header>"`,
    );
    expect(problems('Country,Joined,Member since\nIran,2001,2001\n')[0]!.message).to.match(/both look like the year joined column/);
    const byFlag = imported('University,Country,Website,Link\nU,Iran,https://a.ir,x\n', { columns: { url: 'Website' } });
    expect(byFlag.result.report.notes.map((note) => note.message)).to.include(
      `column D ("Link"): left out: "Website" is the university's website column`,
    );
    expect(problems('Place,Students\nIran,5')[0]!.code).to.equal('no-country-column');
    expect(imported('Place,Students\nIran,5', { columns: { country: 'Place' } }).dataset.members[0]!.country).to.equal('IRN');
    expect(problems('Country\nIran', { columns: { region: 'Zone' } })[0]!.message).to.match(/^no column is headed "Zone" \(for --region\)/);
  });

  it('reads one row per university: members are the distinct countries, in order', () => {
    const text = tsv([
      ['University', 'City', 'Country', 'Region', 'Students', 'Website'],
      ['University of Tehran', 'Tehran', 'Iran', 'Asia', '', 'https://ut.ac.ir'],
      ['Al-Azhar University', 'Cairo', 'Egypt', 'Africa', '400', ''],
      ['Shiraz University', 'Shiraz', 'Iran', 'Asia', '120', ''],
    ]);
    const { dataset } = imported(text);
    expect(dataset.members).to.deep.equal([
      { country: 'IRN', region: 'asia', values: { students: 120 } },
      { country: 'EGY', region: 'africa', values: { students: 400 } },
    ]);
    expect(dataset.universities).to.deep.equal([
      { name: 'University of Tehran', country: 'IRN', city: 'Tehran', url: 'https://ut.ac.ir' },
      { name: 'Al-Azhar University', country: 'EGY', city: 'Cairo' },
      { name: 'Shiraz University', country: 'IRN', city: 'Shiraz' },
    ]);
    const conflicting = text.replace('\t\thttps', '\t90\thttps');
    expect(problems(conflicting)[0]!.message).to.equal(
      'row 4, column E ("Students"): Iran (IRN) has 120 here and 90 on row 2: a country has one value per metric',
    );
  });

  it('reads a university\'s names in other languages ("University (fa)") and which are the dataset\'s translations ("our translations")', () => {
    const { dataset, result } = imported(
      tsv([
        ['University', 'University (fa)', 'Country', 'University (ur)', 'Our translations', 'University (not a tag)'],
        ['University of Tehran', 'دانشگاه تهران', 'Iran', '', 'en', ''],
        ['NUST', '', 'Pakistan', 'نسٹ', 'ur; en, ur', ''],
        ['Shiraz University', 'دانشگاه شیراز', 'Iran', '', '', ''],
        ['Al-Azhar University', '', 'Egypt', '', 'fa', ''],
      ]),
    );
    expect(dataset.universities).to.deep.equal([
      { name: 'University of Tehran', names: { fa: 'دانشگاه تهران' }, ourTranslations: ['en'], country: 'IRN' },
      { name: 'NUST', names: { ur: 'نسٹ' }, ourTranslations: ['ur', 'en'], country: 'PAK' },
      { name: 'Shiraz University', names: { fa: 'دانشگاه شیراز' }, country: 'IRN' },
      { name: 'Al-Azhar University', country: 'EGY' },
    ]);
    expect(dataset.metrics).to.deep.equal([{ id: 'university-not-a-tag', label: 'University (not a tag)' }]);
    expect(result.report.columns.map(({ role, language }) => (language ? `${role} ${language}` : role))).to.deep.equal([
      'university',
      'names fa',
      'country',
      'names ur',
      'ourTranslations',
      'metric',
    ]);
    expect(result.report.notes.map((note) => note.message).filter((message) => message.includes('left out'))).to.deep.equal([
      'row 5, column E ("Our translations"): left out: "fa" (no university\'s name in it on this row)',
    ]);
    expect(validateDataset(dataset).universities).to.deep.equal(dataset.universities);
    // Named with --university, its translations are "<that header> (fa)".
    const named = imported('Member institution,Member institution (ar),Country\nAl-Azhar University,جامعة الأزهر,Egypt\n', {
      columns: { university: 'Member institution' },
    });
    expect(named.dataset.universities).to.deep.equal([{ name: 'Al-Azhar University', names: { ar: 'جامعة الأزهر' }, country: 'EGY' }]);
    const [notATag] = problems('University,Country,our translations\nNUST,Pakistan,"en, Urdu"\n');
    expect(notATag).to.include({ sheet: 'members', row: 2, column: 'C', code: 'invalid' });
    expect(notATag!.message).to.equal(
      'row 2, column C ("our translations"): "Urdu" is not a language tag ("en" for the university, "fa" for "university (fa)")',
    );
    // Without a university column they name nothing: left out, not read as metrics.
    const countries = imported('Country,University (fa),Our translations\nIran,دانشگاه تهران,fa\n');
    expect(countries.dataset.metrics).to.equal(undefined);
    expect(countries.result.report.notes.map((note) => note.message).filter((message) => message.includes('left out'))).to.deep.equal([
      'column B ("University (fa)"): left out: a name belongs to a university, and there is no university column',
      'column C ("Our translations"): left out: which names are translations belongs to a university, and there is no university column',
    ]);
  });

  it('reads a region\'s names in other languages ("Region (fa)") once per region, and a row "(fa)" of metric names', () => {
    const { dataset, result } = imported(
      tsv([
        ['Country', 'Region', 'Region (fa)', 'Students', 'Region (ar)'],
        ['(fa)', 'منطقه', '', 'دانشجویان', ''],
        ['Iran', 'Asia', 'آسیا', '۱۲٬۰۰۰', ''],
        ['Egypt', 'Africa', '', '300', 'أفريقيا'],
        ['Pakistan', 'asia', '', '', 'آسيا'],
        ['Nigeria', 'Africa', 'آفریقا', '5', 'أفريقيا'],
      ]),
    );
    expect(dataset.regions).to.deep.equal([
      { id: 'asia', name: 'Asia', names: { fa: 'آسیا', ar: 'آسيا' } },
      { id: 'africa', name: 'Africa', names: { ar: 'أفريقيا', fa: 'آفریقا' } },
    ]);
    expect(dataset.metrics).to.deep.equal([{ id: 'students', label: 'Students', labels: { fa: 'دانشجویان' } }]);
    expect(dataset.members.map((member) => member.country).join(' ')).to.equal('IRN EGY PAK NGA');
    expect(result.report.columns.map(({ role, language }) => (language ? `${role} ${language}` : role))).to.deep.equal([
      'country',
      'region',
      'regionNames fa',
      'metric',
      'regionNames ar',
    ]);
    expect(validateDataset(dataset).regions).to.deep.equal(dataset.regions);
    expect(result.report.notes.map((note) => note.message)).to.include(
      'row 2, column A ("Country"): read as the metrics\' names in "fa", not a member',
    );
    // A totals sheet may name the metric as the "(fa)" row does.
    const totals = imported(
      tsv([
        ['Country', 'Students'],
        ['(fa)', 'دانشجویان'],
        ['Iran', '5'],
      ]),
      {
        totals: 'metric,year,value,source\nدانشجویان,2024,5,r\n',
        sources: 'id,title\nr,Report\n',
      },
    );
    expect(totals.dataset.totals).to.deep.equal([{ metric: 'students', year: 2024, value: 5, source: 'r' }]);
    // Two rows of one region that name it differently, and two rows of metric names in one language, stop it.
    expect(
      problems(
        tsv([
          ['Country', 'Region', 'Region (fa)', 'Students'],
          ['(fa)', '', '', 'دانشجو'],
          ['Iran', 'Asia', 'آسیا', '1'],
          ['Iraq', 'Asia', 'آسيا', '2'],
          ['(fa)', '', '', 'دانشجویان'],
        ]),
      ).map((problem) => problem.message),
    ).to.deep.equal([
      'row 4, column C ("Region (fa)"): the region "Asia" is "آسيا" here and "آسیا" on row 3: a region has one name in each language',
      'row 5, column A ("Country"): the metrics\' names in "fa" are on row 2 already',
    ]);
    // Without a region column, "Region (fa)" names nothing: left out, not read as a metric.
    const single = imported('Country,Region (fa)\nIran,آسیا\n');
    expect(single.dataset.regions).to.deep.equal([{ id: 'members', name: 'Members' }]);
    expect(single.result.report.notes.map((note) => note.message)).to.include(
      'column B ("Region (fa)"): left out: there is no region column',
    );
  });

  it('leaves out a sum row at the bottom, with a note', () => {
    const { dataset, result } = imported('Country,Students\nIran,5\nIraq,7\nTotal,12\n');
    expect(dataset.members).to.have.length(2);
    expect(result.report.notes[0]!.message).to.match(/^row 4, column A \("Country"\): "Total" looks like a sum row: left out/);
  });

  it("gives the network's name in other languages (its names), and stops at a key that is no language tag", () => {
    const { dataset } = imported('Country\nIran\n', { names: { fa: ' شبکه آزمون ', ar: '', 'fr-CA': 'Réseau' } });
    expect(dataset.network).to.deep.equal({ id: 'test-network', name: 'Test network', names: { fa: 'شبکه آزمون', 'fr-CA': 'Réseau' } });
    expect(problems('Country\nIran\n', { names: { Persian: 'شبکه' } }).map((problem) => problem.message)).to.deep.equal([
      '"Persian" is not a language tag ("fa", "ar", "fr-CA"): give the network\'s name in another language with --name-in fa="<name>"',
    ]);
  });

  it('reads totals and sources sheets', () => {
    const { dataset } = imported('Country,Virtual students\nIran,5\n', {
      totals:
        'metric,year,value,qualifier,source\nVirtual students,2021,"30,000,000",more than,report\nvirtual-students,2020,22000000,,report\n',
      sources: 'id,title,publisher,date,url\nreport,Annual report,The network,2021-10-20,https://example.org/report\n',
    });
    expect(dataset.totals).to.deep.equal([
      { metric: 'virtual-students', year: 2021, value: 30000000, source: 'report', qualifier: 'more-than' },
      { metric: 'virtual-students', year: 2020, value: 22000000, source: 'report' },
    ]);
    expect(dataset.sources).to.deep.equal([
      { id: 'report', title: 'Annual report', publisher: 'The network', date: '2021-10-20', url: 'https://example.org/report' },
    ]);
    // Sources, but none cites the list: the map would say "Source: none given in the data" beside them.
    const uncited = (totals?: string, hint?: ImportOptions['hint']) =>
      imported('Country\nIran\n', { totals, sources: 'id,title\nr,Report\n', hint }).result.report.notes.map((note) => note.message);
    // A page with fields rather than sheets says how in its own words (the configurator's source fields).
    expect(uncited(undefined, (option, value) => `<${option} ${value}>`)).to.include(
      'no source cites the list of members: the map, the regions and the table will say "Source: none given in the data" (give it with <totals countries>)',
    );
    expect(uncited()).to.include(
      'no source cites the list of members: the map, the regions and the table will say "Source: none given in the data" (add a row "countries, <year>, 1, , <source id>" to a totals sheet (--totals))',
    );
    expect(uncited('metric,year,value,source\ncountries,2024,1,r\n').join('\n')).not.to.contain('no source cites');
    // The publisher in another language, as the source names it: a column "publisher (fa)".
    const persian = imported('Country\nIran\n', {
      sources: 'id,title,publisher,Publisher (fa),publisher (xx-not a tag)\nr,گزارش,Public Relations,روابط عمومی,x\ns,Report,UNESCO,,\n',
    });
    expect(persian.dataset.sources).to.deep.equal([
      { id: 'r', title: 'گزارش', publisher: 'Public Relations', publishers: { fa: 'روابط عمومی' } },
      { id: 's', title: 'Report', publisher: 'UNESCO' },
    ]);
    expect(persian.result.report.notes.map((note) => note.message).filter((message) => message.includes('left out'))).to.deep.equal([
      'sources sheet, column E ("publisher (xx-not a tag)"): left out: the columns of a sources sheet are id, title, publisher, date, url, language, note',
    ]);
    const atLeast = imported('Country\nIran\n', {
      totals: 'metric,year,value,qualifier,source\ncountries,2021,45,at least,r\ncountries,2022,46,≥,r\n',
      sources: 'id,title\nr,Report\n',
    });
    expect(atLeast.dataset.totals!.map((total) => total.qualifier)).to.deep.equal(['at-least', 'at-least']);
    const [unknownSource] = problems('Country,Students\nIran,5\n', { totals: 'metric,year,value,source\nstudents,2021,5,nowhere\n' });
    expect(unknownSource).to.include({ sheet: 'totals', row: 2, code: 'invalid' });
    expect(unknownSource!.message).to.equal('totals sheet, row 2: totals[0].source: unknown source "nowhere"');
    const [badUrl] = problems('Country\nIran', { sources: 'id,title,url\na,A report,javascript:alert(1)\n' });
    expect(badUrl!.message).to.equal('sources sheet, row 2: sources[0].url: only http(s) URLs are allowed');
  });

  it('reads which of a source\'s publisher names are the dataset\'s translations: a column "our translations" (ourTranslations)', () => {
    const { dataset, result } = imported('Country\nIran\n', {
      sources:
        'id,title,publisher,publisher (fa),Our translations\n' +
        'r,گزارش,Public Relations,روابط عمومی,en\n' +
        's,Report,UNESCO,یونسکو,"fa; en, fa"\n' +
        't,Report,UNESCO,,\n' +
        'u,Report,UNESCO,,fa\n',
    });
    expect(dataset.sources).to.deep.equal([
      { id: 'r', title: 'گزارش', publisher: 'Public Relations', publishers: { fa: 'روابط عمومی' }, ourTranslations: ['en'] },
      { id: 's', title: 'Report', publisher: 'UNESCO', publishers: { fa: 'یونسکو' }, ourTranslations: ['fa', 'en'] },
      { id: 't', title: 'Report', publisher: 'UNESCO' },
      { id: 'u', title: 'Report', publisher: 'UNESCO' },
    ]);
    const messages = result.report.notes.map((note) => note.message);
    expect(messages.filter((message) => message.includes('sources sheet'))).to.deep.equal([
      'sources sheet, row 5, column E ("Our translations"): left out: "fa" (no publisher\'s name in it on this row)',
    ]);
    const [notATag] = problems('Country\nIran\n', { sources: 'id,title,publisher,our translations\nr,Report,UNESCO,"en, Persian"\n' });
    expect(notATag).to.include({ sheet: 'sources', row: 2, column: 'D', code: 'invalid' });
    expect(notATag!.message).to.equal(
      'sources sheet, row 2, column D ("our translations"): "Persian" is not a language tag ("en" for the publisher, "fa" for "publisher (fa)")',
    );
  });

  it("reads which metrics' members' figures a source gives: a column \"figures\" (the metric's source)", () => {
    const sheet = 'Country,Students,Universities\n(fa),دانشجویان,\nIran,12000,3\nIraq,8000,2\n';
    const { dataset, result } = imported(sheet, {
      sources: 'id,title,publisher,figures\nnet,Members,The network,\nsurvey,Survey,Ministry,"دانشجویان, universities"\n',
    });
    expect(dataset.metrics!.map((metric) => [metric.id, metric.source ?? 'none'])).to.deep.equal([
      ['students', 'survey'],
      ['universities', 'survey'],
    ]);
    // Not a column the importer leaves out, and not a field of the source.
    expect(result.report.notes.map((note) => note.message).join('\n')).not.to.contain('left out');
    expect(dataset.sources.map((source) => Object.keys(source).join())).to.deep.equal(['id,title,publisher', 'id,title,publisher']);
    // Without the column, the figures cite no source.
    expect(imported(sheet, { sources: 'id,title\nnet,Members\n' }).dataset.metrics!.map((metric) => metric.source)).to.deep.equal([
      undefined,
      undefined,
    ]);
    const [unknown] = problems(sheet, { sources: 'id,title,figures\nr,Report,Teachers\n' });
    expect(unknown).to.include({ sheet: 'sources', row: 2, column: 'C', code: 'invalid' });
    expect(unknown!.message).to.equal('sources sheet, row 2, column C ("figures"): "Teachers" is not a metric of the members sheet');
    const [two] = problems(sheet, { sources: 'id,title,figures\nr,Report,students\ns,Survey,Students\n' });
    expect(two!.message).to.equal(
      'sources sheet, row 3, column C ("figures"): the members\' figures of "students" are given by one source, not two',
    );
  });

  it("leaves out a total dated by a period only (the stat's and the trend's CSV), with a note: its sort year is the author's to write", () => {
    const { dataset, result } = imported('Country,Virtual students\nIran,5\n', {
      totals:
        'metric,year,period,value,qualifier,source\nvirtual-students,,before the spread of coronavirus,8000000,,r\nvirtual-students,2020,,22000000,,r\n',
      sources: 'id,title\nr,Report\n',
    });
    expect(dataset.totals).to.deep.equal([{ metric: 'virtual-students', year: 2020, value: 22000000, source: 'r' }]);
    expect(result.report.notes.map((note) => note.message)).to.include(
      'totals sheet, row 2, column C ("period"): left out: dated by a period ("before the spread of coronavirus"), not a year; give it a "sort year" column (a year that only puts it in order among the figures, never shown)',
    );
  });

  it('reads a total dated by a period with its sort year (and "period (fa)"), and refuses a year and a period together', () => {
    const { dataset } = imported('Country,Virtual students\nIran,5\n', {
      totals:
        'metric,year,period,period (fa),sort year,value,qualifier,source\n' +
        'virtual-students,,before the spread of coronavirus,پیش از شیوع ویروس کرونا,2019,8000000,,r\n' +
        'virtual-students,2021,,,,30000000,more than,r\n',
      sources: 'id,title\nr,Report\n',
    });
    expect(dataset.totals).to.deep.equal([
      {
        metric: 'virtual-students',
        period: { label: 'before the spread of coronavirus', labels: { fa: 'پیش از شیوع ویروس کرونا' }, sortYear: 2019 },
        value: 8000000,
        source: 'r',
      },
      { metric: 'virtual-students', year: 2021, value: 30000000, source: 'r', qualifier: 'more-than' },
    ]);
    const both = problems('Country,Students\nIran,5\n', {
      totals: 'metric,year,period,sort year,value,source\nstudents,2020,in 2020,2020,5,r\nstudents,,before,19x,5,r\n',
      sources: 'id,title\nr,Report\n',
    });
    expect(both.map((problem) => problem.message)).to.deep.equal([
      'totals sheet, row 2, column C ("period"): a total is dated by a year or by a period, not both: leave one of them empty',
      'totals sheet, row 3, column D ("sort year"): "19x" is not a year',
    ]);
  });

  it('reads a "By" column: a member listed by inference says so (by: "inference"); a source, or an empty cell, is the default', () => {
    const sheet = 'Country,By\nAzerbaijan,source\nChina,Inference\nIran,\nEgypt,inferred\n';
    const sources = 'id,title,note\nr,Report,Names Azerbaijan and Iran; China and Egypt are inferred from it\n';
    const { dataset, result } = imported(sheet, { sources, listing: { extent: 'partial', source: 'r' } });
    expect(dataset.members.map((member) => `${member.country} ${member.by ?? '-'}`)).to.deep.equal([
      'AZE -',
      'CHN inference',
      'IRN -',
      'EGY inference',
    ]);
    expect(validateDataset(dataset).members.map((member) => member.by ?? '-')).to.deep.equal(['-', 'inference', '-', 'inference']);
    expect(result.report.columns.map((column) => column.role)).to.deep.equal(['country', 'by']);
    // Without a listing source, nothing says from what they were inferred: a note says how to name it.
    expect(imported(sheet).result.report.notes.map((note) => note.message)).to.include(
      'CHN, EGY listed by inference, and no source says from what: name the one whose note says how with --listing-source <source id>',
    );
  });

  it('reads a "By" column headed and written in the languages the other columns are (Persian, French, Turkish, …)', () => {
    const sources = 'id,title,note\nr,Report,Names Iran; China is inferred from it\n';
    const sheets: [string, string, string][] = [
      ['کشور,مبنا', 'منبع', 'استنباط'],
      ['Pays,Listé par', 'Source', 'Déduction'],
      ['Ülke,Dayanak', 'kaynak', 'çıkarım'],
      ['Страна,Основание', 'источник', 'вывод'],
      ['国家,依据', '来源', '推断'],
      ['País,Listado por', 'fuente', 'inferencia'],
      ['Land,Grundlage', 'Quelle', 'abgeleitet'],
      ['Country,By', 'source', 'استنباط'],
    ];
    for (const [header, source, inference] of sheets) {
      const { dataset, result } = imported(`${header}\nIran,${source}\nChina,${inference}\n`, {
        sources,
        listing: { extent: 'partial', source: 'r' },
      });
      expect(
        result.report.columns.map((column) => column.role),
        header,
      ).to.deep.equal(['country', 'by']);
      expect(
        dataset.members.map((member) => `${member.country} ${member.by ?? '-'}`),
        header,
      ).to.deep.equal(['IRN -', 'CHN inference']);
    }
    // A word of neither stops the import, in any language.
    expect(problems('کشور,مبنا\nChina,حدس\n').map((problem) => problem.cell)).to.deep.equal(['حدس']);
  });

  it('refuses a "By" cell that is neither "source" nor "inference", naming the row, the column and the words allowed', () => {
    const [problem, ...rest] = problems('Country,Listed by\nChina,guessed\nIran,source\n');
    expect(rest).to.deep.equal([]);
    expect(problem).to.include({ code: 'invalid', sheet: 'members', row: 2, column: 'B', header: 'Listed by', cell: 'guessed' });
    expect(problem!.message).to.equal(
      'row 2, column B ("Listed by"): "guessed" is not how a country is listed: "source" (a source names it; an empty cell says the same) or "inference" (no source names it; the listing source\'s note says how it was inferred)',
    );
  });

  it('says what the list is (listing) and how its regions were assigned (regionAssignment), as options or flags give them', () => {
    const sheet = 'Country,Region\nIran,Asia\nEgypt,Africa\n';
    const sources = 'id,title,note\nr,Report,Lists them "such as"\nm,M49,\n';
    const { dataset, result } = imported(sheet, {
      sources,
      listing: { extent: 'such as', source: 'r' },
      regions: { by: 'continents', source: 'm', note: 'We put each country in its continent.' },
    });
    expect(dataset.listing).to.deep.equal({ extent: 'examples', source: 'r' });
    expect(dataset.regionAssignment).to.deep.equal({ by: 'continents', source: 'm', note: 'We put each country in its continent.' });
    // The list's source cites it: no note that nothing does.
    expect(result.report.notes.map((note) => note.message).join('\n')).not.to.contain('no source cites');
    expect(imported(sheet, { listing: { by: 'inferred', extent: 'complete' } }).dataset.listing).to.deep.equal({
      extent: 'complete',
      by: 'inference',
    });
    // Regions with nothing said of them: a note says how to say it; without a region column, nothing to say.
    expect(imported(sheet).result.report.notes.map((note) => note.message)).to.include(
      'the widgets will not say how the members were put in regions: if no source says which country is in which, say so with --regions-by inference|continents|dataset',
    );
    const single = imported('Country\nIran\n', { regions: { by: 'continents' } });
    expect(single.dataset.regionAssignment).to.equal(undefined);
    expect(single.result.report.notes.map((note) => note.message)).to.include(
      'left out: how the members were put in regions (there is no region column)',
    );
    // Inferred with nothing to say how: said.
    const untold = imported(sheet, { listing: { by: 'inference' }, regions: { by: 'inference' } }).result.report.notes.map(
      (note) => note.message,
    );
    expect(untold).to.include(
      'the countries are inferred, and no source says from what: name the one whose note says how with --listing-source <source id>',
    );
    expect(untold).to.include(
      'how the regions were inferred is said nowhere: say it with --regions-note "…" (or name the source it follows with --regions-source <source id>)',
    );
    // A partial list with no count of all: said.
    expect(imported(sheet, { listing: { extent: 'partial' } }).result.report.notes.map((note) => note.message)).to.include(
      'the list is partial, and no total says how many countries there are in all: the widgets will say only that the sources name some (add a row "countries, <year>, <how many in all>, , <source id>" to a totals sheet)',
    );
    const hint: ImportOptions['hint'] = (option, value) => `<${option} ${value}>`;
    expect(imported(sheet, { listing: { extent: 'partial' }, hint }).result.report.notes.map((note) => note.message)).to.include(
      'the list is partial, and no total says how many countries there are in all: the widgets will say only that the sources name some (give the number with <totals countries in all>)',
    );
    expect(
      problems(sheet, { listing: { extent: 'some', by: 'guess' }, regions: { by: 'ours' } }).map((problem) => problem.message),
    ).to.deep.equal([
      '"some" is not how much of the whole the list is ("complete", "partial" or "examples"): --listing',
      '"guess" is not how its countries were known ("source" or "inference"): --listing-by',
      '"ours" is not how the members were put in regions ("source", "inference", "continents" or "dataset"): --regions-by',
    ]);
    // Regions the dataset's author drew up (not continents): said so, and how is asked for.
    const own = imported(sheet, { regions: { by: 'Dataset', note: 'We grouped them ourselves.' } });
    expect(own.dataset.regionAssignment).to.deep.equal({ by: 'dataset', note: 'We grouped them ourselves.' });
    expect(imported(sheet, { regions: { by: 'dataset' } }).result.report.notes.map((note) => note.message)).to.include(
      'how the regions were assigned is said nowhere: say it with --regions-note "…" (or name the source it follows with --regions-source <source id>)',
    );
    // The note in another language: a page in it shows it.
    const persian = imported(sheet, { regions: { by: 'continents', note: 'By us.', notes: { fa: ' به دست ما. ', ar: '' } } });
    expect(persian.dataset.regionAssignment).to.deep.equal({ by: 'continents', note: 'By us.', notes: { fa: 'به دست ما.' } });
    expect(
      problems(sheet, { regions: { by: 'continents', notes: { Persian: 'x', fa: 'به دست ما.' } } }).map((problem) => problem.message),
    ).to.deep.equal([
      '"Persian" is not a language tag ("fa", "ar", "fr-CA"): give the regions\' note in another language with --regions-note-in fa="<note>"',
      "the regions' note in another language needs the note itself: --regions-note",
    ]);
    expect(problems(sheet, { regions: { note: 'By us.' } }).map((problem) => problem.message)).to.deep.equal([
      'say how the members were put in regions ("source", "inference", "continents" or "dataset") with --regions-by',
    ]);
    expect(problems(sheet, { sources, listing: { source: 'nowhere' } }).map((problem) => problem.message)).to.deep.equal([
      'listing.source: unknown source "nowhere"',
    ]);
  });

  it('names the id a metric without Latin letters gets, and takes one chosen for it (metricIds, --metric-id)', () => {
    const sheet = 'Country,دانشجویان,استادان\nIran,5,2\n';
    const plain = imported(sheet);
    expect(plain.dataset.metrics!.map((metric) => metric.id)).to.deep.equal(['metric-1', 'metric-2']);
    expect(plain.result.report.notes.map((note) => note.message)).to.include(
      'column B ("دانشجویان"): the header has no Latin letters or digits to make an id of: the metric\'s id is "metric-1" (metric="metric-1" in snippets; choose another with --metric-id "دانشجویان=<id>")',
    );
    const chosen = imported(sheet, { metricIds: { دانشجویان: 'Students' } });
    expect(chosen.dataset.metrics).to.deep.equal([
      { id: 'students', label: 'دانشجویان' },
      { id: 'metric-2', label: 'استادان' },
    ]);
    expect(chosen.dataset.members[0]!.values).to.deep.equal({ students: 5, 'metric-2': 2 });
    expect(
      problems(sheet, { metricIds: { Country: 'x', استادان: 'دو', دانشجویان: 'countries' } }).map((problem) => problem.message),
    ).to.deep.equal([
      'column A ("Country"): "Country" is not the header of a metric column (for --metric-id); the headers are "Country", "دانشجویان", "استادان"',
      'column B ("دانشجویان"): "countries" cannot be a metric\'s id: give one with Latin letters or digits, not "countries"',
      'column C ("استادان"): "دو" cannot be a metric\'s id: give one with Latin letters or digits, not "countries"',
    ]);
  });

  it('names the network, and says when it has no name', () => {
    expect(imported('Country\nIran', { name: 'Réseau des universités', shortName: 'RdU' }).dataset.network).to.deep.equal({
      id: 'reseau-des-universites',
      name: 'Réseau des universités',
      shortName: 'RdU',
    });
    const result = importTable('Country\nIran');
    expect(result.dataset!.network).to.deep.equal({ id: 'network', name: 'Network' });
    expect(result.report.notes.at(-1)!.message).to.equal('the network has no name: "Network" (give one with --name)');
    expect(imported('Country\nIran', { illustrative: true }).dataset.illustrative).to.equal(true);
  });

  it('words the options it suggests as `hint` says: flags by default, the configurator’s fields when it asks', () => {
    const hint = (option: string, value?: string) => `[${option}${value === undefined ? '' : ` ${value}`}]`;
    expect(problems('Place\tStudents\nIran\t5', { hint })[0]!.message).to.match(/: name it with \[country "<header>"\]$/);
    expect(problems('Country\tNotes\nIran\ta\nEgypt\tb\nIraq\tc', { hint })[0]!.message).to.match(/leave it out with \[ignore "Notes"\]$/);
    expect(problems('Country\tISO\nIran\tIRN', { hint })[0]!.message).to.match(/name the one to use with \[country "<header>"\]$/);
    expect(problems('Country\nIran', { columns: { region: 'Zone' }, hint })[0]!.message).to.match(
      /^no column is headed "Zone" \(for \[region\]\)/,
    );
    expect(problems('Country\tStudents\nIran\t12,5', { hint })[0]!.message).to.match(/import with \[decimal comma\]$/);
    const unnamed = importTable('Country\nIran', { hint });
    expect(unnamed.report.notes.at(-1)!.message).to.equal('the network has no name: "Network" (give one with [name])');
    expect(unnamed.report.notes.map((note) => note.message)).to.include(
      'no sources: the widgets will show its figures without one (add them with [sources <file.csv>])',
    );
    const sourced = importTable('Country\nIran', { sources: 'id,title,publisher\ns1,A list,Someone' });
    expect(sourced.report.notes.map((note) => note.message).filter((message) => message.startsWith('no sources'))).to.deep.equal([]);
  });

  it('refuses an empty sheet', () => {
    expect(problems('')[0]!.message).to.equal('the sheet is empty');
    expect(problems('Country\n\n')[0]!.message).to.equal('the sheet has a header but no rows');
  });

  for (const [name, data] of [
    ['CINVU', CINVU],
    ['the example network', EXAMPLE_NETWORK],
  ] as const) {
    it(`round-trips ${name}: dataset → the widgets' CSV export → import → the same members and values`, () => {
      const original = validateDataset(data);
      const csv = toCsv(memberRows(original, 'en'));
      const { dataset, result } = imported(csv);
      expect(result.report.columns.map((column) => column.role)).to.deep.equal([
        'country',
        'ignored',
        'region',
        ...(original.metrics ?? []).map(() => 'metric'),
      ]);
      const metrics = (original.metrics ?? []).map((metric) => metric.id);
      const shape = (set: Dataset) =>
        set.members.map((member) => ({
          country: member.country,
          region: member.region,
          values: metrics.map((id) => member.values?.[id] ?? null),
        }));
      expect(shape(dataset)).to.deep.equal(shape(original));
      expect(dataset.metrics?.map((metric) => metric.id)).to.deep.equal(original.metrics?.map((metric) => metric.id));
      // In another language: the same countries and values, the same grouping into regions.
      const persian = imported(toCsv(memberRows(original, 'fa'))).dataset;
      expect(persian.members.map((member) => member.country)).to.deep.equal(original.members.map((member) => member.country));
      const groups = (set: Dataset) => set.members.map((member) => set.members.findIndex((other) => other.region === member.region));
      expect(groups(persian)).to.deep.equal(groups(original));
    });
  }
});

describe('the report in words (importSummary, matchesToCheck)', () => {
  it('says what was read, and which matches to look at', () => {
    const result = importTable('Country\tRegion\tStudents\nIran (Islamic Republic of)\tAsia\t5\nTurkey\tEurope\t\nEgypt\tAfrica\t7', {
      name: 'N',
    });
    expect(importSummary(result.report, result.dataset!, 'the pasted cells')).to.equal(
      'read 3 rows of the pasted cells (tab-separated): 3 members, 3 regions, 1 metric',
    );
    const { fuzzy, aliases } = matchesToCheck(result.report);
    expect(fuzzy.map((entry) => [entry.row, entry.code, entry.how])).to.deep.equal([[2, 'IRN', 'word-order']]);
    expect(aliases.map((entry) => [entry.row, entry.code])).to.deep.equal([[3, 'TUR']]);
  });
});
