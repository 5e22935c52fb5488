// `netreach import` and `netreach check`: from a spreadsheet to a dataset, and checking a dataset. Thin: the
// work is done by `netreach/import` (importTable, checkDataset), the same code the configurator runs in a browser.
// Kept apart from `render` (netreach.mjs), which hands these commands their arguments and its helpers.
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { refuseRepeated } from './render-args.mjs';

export const IMPORT_USAGE = `Usage: netreach import <members.csv|members.tsv|-> [--out network.json] [options]

Makes a netreach dataset from a spreadsheet saved as CSV or TSV ("-" reads standard input, e.g. cells copied
from Excel, LibreOffice or Google Sheets). One row per member country, or per university with a university
column. Columns are recognised by their headers (country, region, joined, university, city, url) in 15
languages: netreach's 13 (English, Persian, Arabic, French, Turkish, Malay, Urdu, Indonesian, Bengali, Russian,
Azerbaijani, Chinese, Portuguese), Spanish and German, and "By", how each country is known to be listed, in the
same languages ("مبنا", "Grundlage"…): "source" or "inference", in English or the sheet's language ("منبع",
"استنباط"…). Every other column is a metric. Beside a university
column, "University (fa)" gives its name in that language (any language tag in the brackets) and "our
translations" which of its names we translated, "en" (the name itself) or "en, fa". Beside a region column,
"Region (fa)" gives the region's name in that language (once per region); a row whose country cell is "(fa)"
gives each metric's name in that language, in the metric's column.

Countries may be ISO codes (IRN, IR, 364) or names in any language. Names matched other than exactly, and
notes worth a look, are printed to standard error. An unknown or ambiguous country, a duplicate, or text in a
metric column stops the import: every problem is printed with its row and column, nothing is written, and
the exit code is 1.

Options:
  -o, --out <file.json>     Where to write the dataset; "-" or left out: standard output
  --name <text>             The network's name
  --name-in <tag>=<text>    The network's name in another language, shown on a page in that language
                            (repeatable), e.g. --name-in fa="شبکه دانشگاه‌ها" --name-in ar="…"
  --id <id>                 The network's id (default: the name as a slug)
  --short-name <text>       The network's short name
  --totals <file.csv>       A totals sheet: metric, year, value, qualifier (more than, at least, about), source;
                            a figure the source dates by a period, not a year: "period" (its words; "period (fa)"
                            in another language) and "sort year" (only orders it among the figures, never shown)
  --sources <file.csv>      A sources sheet: id, title, publisher, date, url, language, note
                            (and "publisher (fa)": the publisher's name in that language;
                            "our translations": those names we translated, "en" or "en, fa";
                            "figures": the metrics whose members' figures it gives, "students, universities")
  --listing <extent>        How much of the whole the list is: complete (default), partial (the sources name
                            some; a "countries" total says how many in all) or examples (listed "such as")
  --listing-by <basis>      How its countries were known: source (default), or inference (the sources only
                            count them; the listing source's note says how they were inferred)
  --listing-source <id>     The source (of the sources sheet) that lists them, or they were inferred from
  --regions-by <basis>      How members were put in regions: source (a source says which country is where),
                            inference (the sources give the regions and their counts, not which country is
                            where), continents (the sources give none; the regions are continents)
                            or dataset (the sources give none; the regions, not continents, were drawn up
                            for this dataset)
  --regions-source <id>     The source the assignment follows
  --regions-note <text>     How the regions were assigned, in your words: shown in "About this data"
  --regions-note-in <tag>=<text>   That note in another language, shown on a page in it (repeatable)
  --metric-id <header>=<id> A metric's id, for a header without Latin letters (repeatable), e.g.
                            --metric-id دانشجویان=students (default: from the header, else "metric-1"…)
  --country <header>        The column of countries, when its header is not recognised
  --region <header>         The same for the region, joined, by, university, city and url columns
  --joined <header>
  --by <header>             How each country is known to be listed (header "By", in any of the 15): "source"
                            (a source names it; empty says the same) or "inference" (no source names it)
  --university <header>
  --city <header>
  --url <header>
  --ignore <header>         Leave a column out (repeatable), e.g. notes that would otherwise be a metric
  --decimal <dot|comma>     The decimal mark of numbers: dot or ".", comma or "," (default: dot, with ","
                            separating thousands)
  --delimiter <comma|semicolon|tab>   Or "," and ";" (default: from the file: .tsv is tab, else the header line
                                      tells)
  --illustrative            Mark the numbers as made up: widgets show "Illustrative data"
  -h, --help                Show this help

Examples:
  npx netreach import members.csv --name "My Network" --out network.json
  npx netreach import members.tsv --country "Member state" --ignore Notes --decimal comma --out network.json
  npx netreach import members.csv --totals totals.csv --sources sources.csv --out network.json
`;

export const CHECK_USAGE = `Usage: netreach check <network.json> [more.json…]

Validates netreach datasets and prints every problem as file:line:column: path: message — the messages the
widgets show in their error state. Exit code 0 only when every file is valid.
`;

/** The delimiters by name, and by the character itself (`--delimiter ';'`), as `--decimal` takes its marks. */
const DELIMITERS = { comma: ',', semicolon: ';', tab: '\t', ',': ',', ';': ';' };
/** The decimal marks by name, and by the character itself (`--decimal ,`), as people write them. */
const DECIMAL_MARKS = { dot: 'dot', comma: 'comma', '.': 'dot', ',': 'comma' };
/** The columns a flag can name by their header. */
const COLUMN_FLAGS = ['country', 'region', 'joined', 'by', 'university', 'city', 'url'];
/** What the list is and how its regions were assigned (the dataset's `listing` and `regionAssignment`). */
const LIST_FLAGS = ['listing', 'listing-by', 'listing-source', 'regions-by', 'regions-source', 'regions-note'];

/** Text of a file or of standard input ("-"): UTF-8, or UTF-16 with a byte order mark (Excel's "Unicode text"). */
async function readText(importer, file, what, CliError) {
  let bytes;
  try {
    if (file === '-') {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      bytes = Buffer.concat(chunks);
    } else bytes = await readFile(resolve(file));
  } catch (error) {
    throw new CliError(`cannot read ${what} ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
  try {
    return importer.decodeSheet(bytes);
  } catch (error) {
    throw new CliError(`${file} is ${error.message}`);
  }
}

async function loadImporter(CliError) {
  try {
    return await import('netreach/import');
  } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/lib/')) {
      throw new CliError('lib/ is not built: run `npm run build` first');
    }
    throw error;
  }
}

function parseOptions(argv, options, CliError) {
  const all = { ...options, help: { type: 'boolean', short: 'h' } };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: all, tokens: true });
  } catch (error) {
    throw new CliError(`${String(error.message).split('\n')[0]} (see netreach import --help)`, 2);
  }
  refuseRepeated(parsed.tokens, all, 'netreach import --help');
  return parsed;
}

/** The report on standard error: what was read, matches that were not exact, then notes. */
function printReport(importer, result, file, out) {
  const { report, dataset } = result;
  out(importer.importSummary(report, dataset, file));
  const { fuzzy, aliases } = importer.matchesToCheck(report);
  if (fuzzy.length) {
    out(`check ${fuzzy.length === 1 ? 'this country' : `these ${fuzzy.length} countries`}, not written exactly as a known name:`);
    for (const entry of fuzzy) out(`  ${importer.describeMatch(entry)}`);
  }
  if (aliases.length) {
    out(`found by another name (${aliases.length}):`);
    for (const entry of aliases) out(`  ${importer.describeMatch(entry)}`);
  }
  if (report.notes.length) {
    out('notes:');
    for (const note of report.notes) out(`  ${note.message}`);
  }
}

/** `netreach import`: returns normally on success; throws a CliError (exit 1) on problems, with nothing written. */
export async function importCommand(argv, { CliError, writeAtomically, writeStdout }) {
  const strings = (names) => Object.fromEntries(names.map((name) => [name, { type: 'string' }]));
  const { values, positionals } = parseOptions(
    argv,
    {
      ...strings(['name', 'id', 'short-name', 'totals', 'sources', 'decimal', 'delimiter', ...COLUMN_FLAGS, ...LIST_FLAGS]),
      out: { type: 'string', short: 'o' },
      ignore: { type: 'string', multiple: true },
      'name-in': { type: 'string', multiple: true },
      'metric-id': { type: 'string', multiple: true },
      'regions-note-in': { type: 'string', multiple: true },
      illustrative: { type: 'boolean' },
    },
    CliError,
  );
  if (values.help) {
    process.stdout.write(IMPORT_USAGE);
    return;
  }
  const [file, ...extra] = positionals;
  if (!file)
    throw new CliError('missing the spreadsheet: netreach import <members.csv> --out <network.json> (see netreach import --help)', 2);
  if (extra.length) throw new CliError(`unexpected argument "${extra[0]}" (see netreach import --help)`, 2);
  if (values.decimal !== undefined && !Object.hasOwn(DECIMAL_MARKS, values.decimal)) {
    throw new CliError(`--decimal must be dot (".") or comma (",") (got "${values.decimal}")`, 2);
  }
  const decimal = values.decimal === undefined ? undefined : DECIMAL_MARKS[values.decimal];
  // Own keys only: `in` let "toString" through as a delimiter.
  if (values.delimiter !== undefined && !Object.hasOwn(DELIMITERS, values.delimiter)) {
    throw new CliError(`--delimiter must be comma (","), semicolon (";") or tab (got "${values.delimiter}")`, 2);
  }
  // `--out -` is standard output, as leaving --out out is (and as it is for `netreach render`).
  if (values.out !== undefined && values.out !== '-' && extname(values.out).toLowerCase() !== '.json') {
    throw new CliError(`--out must end in .json, or be - for standard output (got "${values.out}")`, 2);
  }
  // `--name-in fa=شبکه`: the network's `names`, one language a flag (the importer checks the tag); `--metric-id
  // دانشجویان=students` the same way (the importer checks the header and the id).
  const pairs = (flag, format, twice) => {
    const pairs = {};
    for (const entry of values[flag] ?? []) {
      const at = entry.indexOf('=');
      const left = entry.slice(0, at).trim();
      if (at < 0 || !left) throw new CliError(`--${flag} must be ${format} (got "${entry}")`, 2);
      if (Object.hasOwn(pairs, left)) throw new CliError(`--${flag} gives ${twice(left)} twice`, 2);
      pairs[left] = entry.slice(at + 1);
    }
    return pairs;
  };
  const names = pairs('name-in', '<language tag>=<name>, e.g. --name-in fa="…"', (tag) => `the name in "${tag}"`);
  const metricIds = pairs('metric-id', '<header>=<id>, e.g. --metric-id دانشجویان=students', (header) => `an id for "${header}"`);
  const isTsv = ['.tsv', '.tab'].includes(extname(file).toLowerCase());
  const delimiter = values.delimiter ? DELIMITERS[values.delimiter] : isTsv ? '\t' : undefined;

  const importer = await loadImporter(CliError);
  const text = await readText(importer, file, 'the spreadsheet', CliError);
  const totals = values.totals === undefined ? undefined : await readText(importer, values.totals, '--totals', CliError);
  const sources = values.sources === undefined ? undefined : await readText(importer, values.sources, '--sources', CliError);
  const columns = {};
  for (const role of COLUMN_FLAGS) if (values[role] !== undefined) columns[role] = values[role];
  const result = importer.importTable(text, {
    name: values.name,
    names,
    id: values.id,
    shortName: values['short-name'],
    illustrative: values.illustrative,
    decimal,
    delimiter,
    columns,
    ignore: values.ignore,
    totals,
    sources,
    listing: { extent: values.listing, by: values['listing-by'], source: values['listing-source'] },
    regions: {
      by: values['regions-by'],
      source: values['regions-source'],
      note: values['regions-note'],
      notes: pairs('regions-note-in', '<language tag>=<note>, e.g. --regions-note-in fa="…"', (tag) => `the note in "${tag}"`),
    },
    metricIds,
  });

  const err = (line) => process.stderr.write(`${line}\n`);
  const name = file === '-' ? 'standard input' : basename(file);
  if (!result.dataset) {
    const files = { members: name, totals: values.totals && basename(values.totals), sources: values.sources && basename(values.sources) };
    for (const problem of result.problems) err(`${files[problem.sheet]}: ${problem.message}`);
    const count = result.problems.length;
    throw new CliError(`import stopped: ${count} problem${count === 1 ? '' : 's'}, nothing written`);
  }
  printReport(importer, result, name, err);
  const json = `${JSON.stringify(result.dataset, null, 2)}\n`;
  if (values.out === undefined || values.out === '-') {
    await writeStdout(json);
    return;
  }
  const out = resolve(values.out);
  await writeAtomically(out, json);
  err(`wrote ${values.out}`);
}

/** `netreach check`: prints every problem of every file; exit code 1 when any file is invalid. */
export async function checkCommand(argv, { CliError }) {
  const { values, positionals } = parseOptions(argv, {}, CliError);
  if (values.help) {
    process.stdout.write(CHECK_USAGE);
    return;
  }
  if (positionals.length === 0) throw new CliError('missing the dataset: netreach check <network.json> (see netreach check --help)', 2);
  const importer = await loadImporter(CliError);
  let invalid = 0;
  for (const file of positionals) {
    const text = await readText(importer, file, 'the dataset', CliError);
    const problems = importer.checkDataset(text);
    if (problems.length === 0) {
      process.stdout.write(`${file}: valid\n`);
      continue;
    }
    invalid++;
    for (const problem of problems) {
      const position = problem.line === undefined ? '' : `${problem.line}:${problem.column}:`;
      process.stdout.write(`${file}:${position} ${problem.path}: ${problem.message}\n`);
    }
    process.stdout.write(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  }
  if (invalid) process.exitCode = 1;
}
