// `netreach import` and `netreach check`: a spreadsheet to a dataset, and validation with positions.
// Runs the real bin against the compiled lib/ (run `node scripts/build.mjs` first): `node --test test/cli/`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages/cli/bin/netreach.mjs');
const dir = mkdtempSync(join(tmpdir(), 'netreach-import-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command, with `input` on standard input; resolves with its exit code and output (never rejects). */
function run(args, input) {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

const write = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateSchema = ajv.compile(JSON.parse(readFileSync(join(root, 'data/netreach.schema.json'), 'utf8')));
const alMustafa = join(root, 'test/fixtures/import/al-mustafa-visitors.csv');
const AL_MUSTAFA_CODES =
  'AFG DZA AUS AZE BIH BFA CAN CHN COM HRV EGY FIN FRA DEU GHA KGZ IND IDN IRQ JPN KAZ KWT LBN LBY MDG MYS NER NGA NLD NOR PAK RUS SAU SEN SLE SOM LKA SDN SWE THA TUN TUR GBR USA VAT';

describe('netreach import', () => {
  it('refuses a flag that takes one value given twice (exit 2), and takes a repeatable one again', async () => {
    const result = await run(['import', alMustafa, '--name', 'A', '--name', 'B', '--out', join(dir, 'twice.json')]);
    assert.deepEqual(
      [result.code, result.stderr],
      [2, 'netreach: --name is given more than once: give it once (see netreach import --help)\n'],
    );
    assert.ok(!existsSync(join(dir, 'twice.json')), 'nothing written');
    const again = await run([
      'import',
      alMustafa,
      '--name',
      'A',
      '--name-in',
      'fa=آ',
      '--name-in',
      'ar=ب',
      '--out',
      join(dir, 'again.json'),
    ]);
    assert.equal(again.code, 0, again.stderr);
  });

  it('imports the Al-Mustafa list as written in its seed: a dataset that validates against the schema, 45 codes in row order', async () => {
    const out = join(dir, 'al-mustafa.json');
    const result = await run(['import', alMustafa, '--name', 'Al-Mustafa International University', '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    assert.ok(validateSchema(dataset), JSON.stringify(validateSchema.errors));
    assert.equal(dataset.members.map((member) => member.country).join(' '), AL_MUSTAFA_CODES);
    assert.deepEqual(dataset.network, { id: 'al-mustafa-international-university', name: 'Al-Mustafa International University' });
    // The report, on standard error: what was read, then what was not matched exactly.
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines[0], 'read 45 rows of al-mustafa-visitors.csv (comma-separated): 45 members, 1 region, 0 metrics');
    assert.ok(lines.includes('check this country, not written exactly as a known name:'), result.stderr);
    assert.ok(
      lines.includes('  row 17: "Gherghizestan (Kirghizstan)" → KGZ Kyrgyzstan: by the part "Kirghizstan" (French)'),
      result.stderr,
    );
    assert.ok(lines.includes('found by another name (3):'), result.stderr);
    assert.ok(
      lines.some((line) => line.startsWith('  row 46: "Vatican" → VAT Vatican City')),
      result.stderr,
    );
    assert.equal(lines.at(-1), `wrote ${out}`);
  });

  it('writes the dataset to standard output without --out, and reads pasted cells from standard input', async () => {
    const pasted = 'Country\tRegion\tVirtual students\nIran\tAsia\t۱۲٬۰۰۰\nTürkiye\tEurope\t\n';
    const result = await run(['import', '-', '--name', 'Pasted'], pasted);
    assert.equal(result.code, 0, result.stderr);
    const dataset = JSON.parse(result.stdout);
    assert.deepEqual(dataset.members, [
      { country: 'IRN', region: 'asia', values: { 'virtual-students': 12000 } },
      { country: 'TUR', region: 'europe', values: { 'virtual-students': null } },
    ]);
    assert.match(result.stderr, /^read 2 rows of standard input \(tab-separated\)/);
  });

  it('stops on unknown and ambiguous countries and text in a metric column: every problem printed, exit 1, no file', async () => {
    const file = write('bad.csv', 'Country,Students\nIran,"1,200"\nAtlantis,5\nKorea,12\nTurkey,about 300\nTürkiye,\n');
    const out = join(dir, 'bad.json');
    const before = readdirSync(dir);
    const result = await run(['import', file, '--out', out]);
    assert.equal(result.code, 1);
    assert.equal(existsSync(out), false);
    assert.deepEqual(readdirSync(dir), before); // no temporary file left either
    const lines = result.stderr.trim().split('\n');
    assert.match(lines[0], /^bad\.csv: row 3, column A \("Country"\): no country matches "Atlantis"; the closest are /);
    assert.equal(
      lines[1],
      'bad.csv: row 4, column A ("Country"): "Korea" may mean South Korea (KOR) or North Korea (PRK): write the one you mean (its name or ISO code)',
    );
    assert.equal(lines[2], 'bad.csv: row 5, column B ("Students"): "about 300" is not a number (leave the cell empty for "no data")');
    assert.equal(lines[3], 'bad.csv: row 6, column A ("Country"): "Türkiye" is Türkiye (TUR), already on row 5 ("Turkey")');
    assert.equal(lines[4], 'netreach: import stopped: 4 problems, nothing written');
  });

  it('reads how each country is listed from a "By" column, or one named with --by, and stops on another word', async () => {
    const file = write('by.csv', 'Country,Known from\nAzerbaijan,source\nChina,inference\n');
    const result = await run(['import', file, '--name', 'Alliance', '--by', 'Known from']);
    assert.equal(result.code, 0, result.stderr);
    const dataset = JSON.parse(result.stdout);
    assert.deepEqual(dataset.members, [
      { country: 'AZE', region: 'members' },
      { country: 'CHN', region: 'members', by: 'inference' },
    ]);
    assert.equal(validateSchema(dataset), true, JSON.stringify(validateSchema.errors));
    const bad = write('by-bad.csv', 'Country,By\nChina,probably\n');
    const refused = await run(['import', bad, '--name', 'Alliance']);
    assert.equal(refused.code, 1);
    assert.equal(
      refused.stderr.trim().split('\n')[0],
      'by-bad.csv: row 2, column B ("By"): "probably" is not how a country is listed: "source" (a source names it; an empty cell says the same) or "inference" (no source names it; the listing source\'s note says how it was inferred)',
    );
  });

  it('says in its help that the "By" column is read in the other languages too, naming words the importer takes', async () => {
    const help = (await run(['import', '--help'])).stdout.replace(/\s+/g, ' ');
    const said =
      /"By", how each country is known to be listed, in the same languages \(([^)]*)\): "source" or "inference", in English or the sheet's language \(([^)]*)\)/.exec(
        help,
      );
    assert.ok(said, help);
    const quoted = (text) => [...text.matchAll(/"([^"]+)"/g)].map((match) => match[1]);
    const [headers, cells] = [quoted(said[1]), quoted(said[2])];
    assert.ok(headers.length >= 2 && cells.length >= 2, said[0]);
    // Each header the help names, with each word it names for a cell (one says "source", the other "inference").
    for (const header of headers) {
      const file = write('by-language.csv', `Country,${header}\nAzerbaijan,${cells[0]}\nChina,${cells[1]}\n`);
      const result = await run(['import', file, '--name', 'Alliance']);
      assert.equal(result.code, 0, `${header}: ${result.stderr}`);
      assert.deepEqual(JSON.parse(result.stdout).members, [
        { country: 'AZE', region: 'members' },
        { country: 'CHN', region: 'members', by: 'inference' },
      ]);
    }
  });

  it('takes the options of the issue: name, id, columns by header, ignore, decimal, totals and sources', async () => {
    const members = write(
      'membres.csv',
      'Membre;Zone;Étudiants;Remarques\nSénégal;Afrique;1.234.567;fondateur\nMaroc;Afrique;12,5;\nTunisie;Afrique;;observateur\n',
    );
    const totals = write('totals.csv', 'metric,year,value,qualifier,source\netudiants,2021,2000000,about,rapport\n');
    const sources = write('sources.csv', 'id,title,date\nrapport,Rapport annuel,2021\n');
    const out = join(dir, 'reseau.json');
    const result = await run([
      'import', members, '--out', out, '--name', 'Réseau', '--id', 'reseau-fr', '--country', 'Membre', '--region', 'Zone',
      '--ignore', 'Remarques', '--decimal', 'comma', '--totals', totals, '--sources', sources,
    ]); // prettier-ignore
    assert.equal(result.code, 0, result.stderr);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    assert.ok(validateSchema(dataset), JSON.stringify(validateSchema.errors));
    assert.deepEqual(dataset.network, { id: 'reseau-fr', name: 'Réseau' });
    assert.deepEqual(dataset.metrics, [{ id: 'etudiants', label: 'Étudiants' }]);
    assert.deepEqual(
      dataset.members.map((member) => [member.country, member.values.etudiants]),
      [
        ['SEN', 1234567],
        ['MAR', 12.5],
        ['TUN', null],
      ],
    );
    assert.deepEqual(dataset.totals, [{ metric: 'etudiants', year: 2021, value: 2000000, source: 'rapport', qualifier: 'about' }]);
    assert.deepEqual(dataset.sources, [{ id: 'rapport', title: 'Rapport annuel', date: '2021' }]);
  });

  it("reads a Persian university's sheet: its regions' and metric's names in Persian, valid against the schema", async () => {
    const members = write(
      'fa-members.csv',
      'کشور,منطقه,Region (fa),Students\n(fa),,,دانشجویان\nIran,Asia,آسیا,"12,000"\nIraq,Asia,,4000\nEgypt,Africa,آفریقا,3100\n',
    );
    const result = await run(['import', members, '--name', 'Network', '--name-in', 'fa=شبکه', '--name-in', 'ar=الشبكة']);
    assert.equal(result.code, 0, result.stderr);
    const dataset = JSON.parse(result.stdout);
    assert.ok(validateSchema(dataset), JSON.stringify(validateSchema.errors));
    // The network's name in Persian (and Arabic), which a Persian page shows: --name-in, one language a flag.
    assert.deepEqual(dataset.network, { id: 'network', name: 'Network', names: { fa: 'شبکه', ar: 'الشبكة' } });
    for (const [bad, message] of [
      ['شبکه', /--name-in must be <language tag>=<name>/],
      ['fa=a', /--name-in gives the name in "fa" twice/],
    ]) {
      const refused = await run(['import', members, '--name-in', 'fa=شبکه', '--name-in', bad]);
      assert.equal(refused.code, 2, refused.stderr);
      assert.match(refused.stderr, message);
    }
    const notATag = await run(['import', members, '--name-in', 'Persian=شبکه']);
    assert.equal(notATag.code, 1, notATag.stderr);
    assert.match(notATag.stderr, /"Persian" is not a language tag .*--name-in fa="<name>"/);
    assert.deepEqual(dataset.regions, [
      { id: 'asia', name: 'Asia', names: { fa: 'آسیا' } },
      { id: 'africa', name: 'Africa', names: { fa: 'آفریقا' } },
    ]);
    assert.deepEqual(dataset.metrics, [{ id: 'students', label: 'Students', labels: { fa: 'دانشجویان' } }]);
    assert.deepEqual(
      dataset.members.map((member) => member.country),
      ['IRN', 'IRQ', 'EGY'],
    );
  });

  it('takes the decimal mark as a name or as the character itself: --decimal comma or ",", dot or "."', async () => {
    const file = write('marks.csv', 'Country;Students\nSenegal;1.234,5\nMorocco;12,5\n');
    const values = async (...decimal) => {
      const result = await run(['import', file, '--delimiter', 'semicolon', ...decimal]);
      assert.equal(result.code, 0, `${decimal.join(' ')}: ${result.stderr}`);
      return JSON.parse(result.stdout).members.map((member) => member.values.students);
    };
    assert.deepEqual(await values('--decimal', 'comma'), [1234.5, 12.5]);
    assert.deepEqual(await values('--decimal', ','), [1234.5, 12.5]);
    assert.deepEqual(await values('--decimal=,'), [1234.5, 12.5]);
    const dotted = write('dotted.csv', 'Country,Students\nSenegal,"1,234.5"\n');
    for (const decimal of [[], ['--decimal', 'dot'], ['--decimal', '.']]) {
      const result = await run(['import', dotted, ...decimal]);
      assert.equal(result.code, 0, `${decimal.join(' ')}: ${result.stderr}`);
      assert.equal(JSON.parse(result.stdout).members[0].values.students, 1234.5, decimal.join(' '));
    }
    const refused = await run(['import', file, '--decimal', ';']);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, 'netreach: --decimal must be dot (".") or comma (",") (got ";")\n');
  });

  it('takes the delimiter as a name or as the character itself, and no other key: --delimiter semicolon or ";"', async () => {
    const file = write('semicolons.csv', 'Country;Students\nSenegal;12\nMorocco;5\n');
    for (const delimiter of ['semicolon', ';']) {
      const result = await run(['import', file, '--delimiter', delimiter]);
      assert.equal(result.code, 0, `${delimiter}: ${result.stderr}`);
      assert.deepEqual(
        JSON.parse(result.stdout).members.map((member) => member.values.students),
        [12, 5],
        delimiter,
      );
    }
    const refused = await run(['import', file, '--delimiter', 'toString']);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, 'netreach: --delimiter must be comma (","), semicolon (";") or tab (got "toString")\n');
  });

  it('round-trips a dataset through the widgets’ CSV export', async () => {
    const { memberRows, toCsv } = await import(new URL('../../lib/core/csv.js', import.meta.url).href);
    const original = JSON.parse(readFileSync(join(root, 'data/example-network.json'), 'utf8'));
    const file = write('example-network-map.csv', toCsv(memberRows(original, 'en')));
    const result = await run(['import', file, '--name', original.network.name]);
    assert.equal(result.code, 0, result.stderr);
    const dataset = JSON.parse(result.stdout);
    const shape = (set) => set.members.map(({ country, region, values }) => ({ country, region, values }));
    assert.deepEqual(shape(dataset), shape(original));
  });

  it('reads UTF-16 with a byte order mark (Excel’s "Unicode text") and refuses text that is not UTF-8', async () => {
    const utf16 = write(
      'unicode.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('کشور\tمنطقه\r\nایران\tآسیا\r\n', 'utf16le')]),
    );
    const ok = await run(['import', utf16, '--delimiter', 'tab']);
    assert.equal(ok.code, 0, ok.stderr);
    assert.deepEqual(JSON.parse(ok.stdout).members, [{ country: 'IRN', region: 'region-1', asWritten: 'ایران' }]);
    const latin1 = write('latin1.csv', Buffer.from("Country\nC\xf4te d'Ivoire\n", 'latin1'));
    const refused = await run(['import', latin1]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /latin1\.csv is not UTF-8 text: save it as "CSV UTF-8"/);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      ['import'],
      ['import', alMustafa, '--decimal', 'point'],
      ['import', alMustafa, '--out', 'x.csv'],
      ['import', alMustafa, '--colour'],
    ]) {
      const result = await run(args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, /^netreach: /);
    }
    const help = await run(['import', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: netreach import/);
    // The headers' languages, as src/import/headers.ts has them (the help named five of the fifteen).
    const languages = ['English', 'Persian', 'Arabic', 'French', 'Turkish', 'Malay', 'Urdu', 'Indonesian', 'Bengali'];
    for (const language of [...languages, 'Russian', 'Azerbaijani', 'Chinese', 'Portuguese', 'Spanish', 'German'])
      assert.match(help.stdout.replace(/\s+/g, ' '), new RegExp(`\\b${language}\\b`), language);
    // A university's names in other languages, and which are ours, as the sources sheet's publisher's.
    assert.match(help.stdout.replace(/\s+/g, ' '), /"University \(fa\)" gives its name in that language/);
    assert.match(help.stdout.replace(/\s+/g, ' '), /"our translations" which of its names we translated/);
    assert.match(help.stdout.replace(/\s+/g, ' '), /"Region \(fa\)" gives the region's name in that language/);
    assert.match(help.stdout.replace(/\s+/g, ' '), /a row whose country cell is "\(fa\)" gives each metric's name/);
    assert.match(help.stdout.replace(/\s+/g, ' '), /--name-in <tag>=<text> The network's name in another language/);
  });
});

describe('netreach import: what the sources do not say', () => {
  it('writes a list given "such as", regions assigned for the dataset, a "more than" total and one dated by a period', async () => {
    const members = write(
      'such-as.csv',
      'Country,Region,دانشجویان\nIran,Asia,12000\nTürkiye,Asia,8000\nEgypt,Africa,5000\nSenegal,Africa,\n',
    );
    const totals = write(
      'such-as-totals.csv',
      'metric,year,period,sort year,value,qualifier,source\nدانشجویان,2021,,,30000000,more than,report\nstudents,,before the pandemic,2019,8000000,,report\n',
    );
    const sources = write(
      'such-as-sources.csv',
      'id,title,publisher,date,note\nreport,Annual report,The network,2021-10-20,"Names its members ""such as"" four."\n',
    );
    const args = ['import', members, '--name', 'Network', '--totals', totals, '--sources', sources, '--metric-id', 'دانشجویان=students'];
    const flags = ['--listing', 'examples', '--listing-source', 'report', '--regions-by', 'continents', '--regions-note', 'By us.'];
    flags.push('--regions-note-in', 'fa=به دست ما.');
    const result = await run([...args, ...flags]);
    assert.equal(result.code, 0, result.stderr);
    const dataset = JSON.parse(result.stdout);
    assert.ok(validateSchema(dataset), JSON.stringify(validateSchema.errors));
    assert.deepEqual(dataset.listing, { extent: 'examples', source: 'report' });
    assert.deepEqual(dataset.regionAssignment, { by: 'continents', note: 'By us.', notes: { fa: 'به دست ما.' } });
    assert.deepEqual(dataset.metrics, [{ id: 'students', label: 'دانشجویان' }]);
    assert.deepEqual(dataset.totals, [
      { metric: 'students', year: 2021, value: 30000000, source: 'report', qualifier: 'more-than' },
      { metric: 'students', period: { label: 'before the pandemic', sortYear: 2019 }, value: 8000000, source: 'report' },
    ]);
    // Without an id of its own, the note names the one it got.
    const plain = await run(['import', members, '--name', 'Network']);
    assert.match(plain.stderr, /column C \("دانشجویان"\): .*the metric's id is "metric-1" .*--metric-id "دانشجویان=<id>"/);
    const bad = await run([...args, '--listing', 'some']);
    assert.equal(bad.code, 1, bad.stderr);
    assert.match(bad.stderr, /"some" is not how much of the whole the list is \("complete", "partial" or "examples"\): --listing/);
    // Regions the dataset's author drew up, not continents: a word of their own, valid against the schema.
    const own = await run([...args, '--regions-by', 'dataset', '--regions-note', 'We drew up the regions.']);
    assert.equal(own.code, 0, own.stderr);
    const ownDataset = JSON.parse(own.stdout);
    assert.ok(validateSchema(ownDataset), JSON.stringify(validateSchema.errors));
    assert.deepEqual(ownDataset.regionAssignment, { by: 'dataset', note: 'We drew up the regions.' });
    const help = await run(['import', '--help']);
    assert.match(help.stdout, /or dataset \(the sources give none; the regions, not continents, were drawn up/);
    for (const flag of [
      '--listing <extent>',
      '--listing-by',
      '--listing-source',
      '--regions-by',
      '--regions-note',
      '--regions-note-in',
      '--metric-id',
    ])
      assert.ok(help.stdout.includes(flag), flag);
  });
});

describe("netreach import and render: the members' figures cite their own source", () => {
  it('reads a sources sheet\'s "figures" column into the metric\'s source, and the file cites it, or says there is none', async () => {
    // A reviewer's sheet: one source gives the list (its count), another, or none, the students' figures.
    const members = write('figures.csv', 'Country,Students\nIran,12000\nIraq,8000\nTürkiye,5000\nPakistan,\n');
    const totals = write('figures-totals.csv', 'metric,year,value,source\ncountries,2024,4,network\n');
    const sheet = (figures) =>
      write('figures-sources.csv', `id,title,publisher,figures\nnetwork,Members,The network,\nsurvey,Survey,Ministry,${figures}\n`);
    const datasetWith = async (figures) => {
      const result = await run(['import', members, '--name', 'Network', '--totals', totals, '--sources', sheet(figures)]);
      assert.equal(result.code, 0, result.stderr);
      const dataset = JSON.parse(result.stdout);
      assert.ok(validateSchema(dataset), JSON.stringify(validateSchema.errors));
      return dataset;
    };
    const given = await datasetWith('Students');
    assert.deepEqual(given.metrics, [{ id: 'students', label: 'Students', source: 'survey' }]);
    const none = await datasetWith('');
    assert.deepEqual(none.metrics, [{ id: 'students', label: 'Students' }]);
    const sourceLine = async (dataset, widget) => {
      const file = write(`figures-${widget}.json`, JSON.stringify(dataset));
      const out = join(dir, `figures-${widget}.svg`);
      const result = await run(['render', widget, '--data', file, widget === 'table' ? '--metrics' : '--metric', 'students', '--out', out]);
      assert.equal(result.code, 0, result.stderr);
      const svg = readFileSync(out, 'utf8');
      return [...svg.matchAll(/<text[^>]*>(Sources?: [^<]*)<\/text>/g)].map((match) => match[1]).join(' ');
    };
    for (const widget of ['bars', 'table']) {
      assert.equal(await sourceLine(given, widget), 'Sources: The network; Ministry', widget);
      // Not "Source: The network" under figures the network does not give.
      assert.equal(await sourceLine(none, widget), 'Sources: The network; Students: no source given in the data', widget);
    }
    // The stat adds them up: their source, else none.
    assert.equal(await sourceLine(given, 'stat'), 'Source: Ministry');
    assert.equal(await sourceLine(none, 'stat'), 'Source: none given in the data');
    // A source the dataset does not list is an error, as a total's.
    const check = await run([
      'check',
      write('figures-bad.json', JSON.stringify({ ...none, metrics: [{ ...none.metrics[0], source: 'nope' }] })),
    ]);
    assert.equal(check.code, 1, check.stdout);
    assert.match(check.stdout + check.stderr, /metrics\[0\]\.source: unknown source "nope"/);
  });
});

describe('netreach check', () => {
  it('finds the bundled datasets valid, and so does the JSON Schema', async () => {
    for (const name of ['cinvu', 'silk-road', 'al-mustafa', 'example-network']) {
      const file = join(root, 'data', `${name}.json`);
      assert.ok(validateSchema(JSON.parse(readFileSync(file, 'utf8'))), `${name}: ${ajv.errorsText(validateSchema.errors)}`);
      const { code, stdout, stderr } = await run(['check', file]);
      assert.equal(code, 0, `${name}: ${stdout}${stderr}`);
    }
  });

  it('refuses in the schema, as the validator does, a total with both a year and a period, or neither', () => {
    const dataset = (total) => ({
      version: 1,
      network: { id: 'n', name: 'N' },
      regions: [],
      members: [],
      sources: [{ id: 's', title: 'S' }],
      totals: [total],
    });
    const period = { label: 'before the pandemic', sortYear: 2019 };
    assert.ok(validateSchema(dataset({ metric: 'countries', period, value: 1, source: 's' })));
    assert.ok(!validateSchema(dataset({ metric: 'countries', year: 2020, period, value: 1, source: 's' })));
    assert.ok(!validateSchema(dataset({ metric: 'countries', value: 1, source: 's' })));
  });

  it('says a valid dataset is valid, exit 0', async () => {
    const result = await run(['check', join(root, 'data/cinvu.json'), join(root, 'data/example-network.json')]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.stdout, `${join(root, 'data/cinvu.json')}: valid\n${join(root, 'data/example-network.json')}: valid\n`);
  });

  it('prints every problem as file:line:column: path: message, exit 1', async () => {
    const file = write(
      'broken.json',
      '{\n  "version": 1,\n  "network": { "id": "n", "name": "N" },\n  "regions": [{ "id": "asia", "name": "Asia" }],\n  "members": [\n    { "country": "XYZ", "region": "asia" },\n    { "country": "IRN", "region": "europe" }\n  ],\n  "sources": []\n}\n',
    );
    const result = await run(['check', 'broken.json']);
    assert.equal(result.code, 1);
    assert.equal(
      result.stdout,
      'broken.json:6:18: members[0].country: "XYZ" is not an ISO 3166-1 alpha-3 code\n' +
        'broken.json:7:35: members[1].region: unknown region "europe"\n' +
        'broken.json: 2 problems\n',
    );
    assert.ok(existsSync(file));
  });

  it('says of Kosovo (XKX, XK) what the importer says: no ISO code, no shape on the map', async () => {
    write(
      'kosovo.json',
      '{\n  "version": 1,\n  "network": { "id": "n", "name": "N" },\n  "regions": [{ "id": "europe", "name": "Europe" }],\n  "members": [\n    { "country": "XKX", "region": "europe" },\n    { "country": "XK", "region": "europe" }\n  ],\n  "sources": []\n}\n',
    );
    const result = await run(['check', 'kosovo.json']);
    assert.equal(result.code, 1);
    const why =
      'is Kosovo, which has no ISO 3166-1 code (XK is only user-assigned): datasets take ISO countries only, and the map has no shape for it; leave it out';
    assert.equal(
      result.stdout,
      `kosovo.json:6:18: members[0].country: "XKX" ${why}\n` +
        `kosovo.json:7:18: members[1].country: "XK" ${why}\n` +
        'kosovo.json: 2 problems\n',
    );
  });

  it('locates JSON syntax errors and names files it cannot read', async () => {
    write('syntax.json', '{\n  "version": 1,\n}');
    const result = await run(['check', 'syntax.json']);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^syntax\.json:3:1: \(root\): not valid JSON \(/);
    const missing = await run(['check', 'nowhere.json']);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr, 'netreach: cannot read the dataset nowhere.json: no such file\n');
    assert.equal((await run(['check'])).code, 2);
  });
});
