/**
 * From a spreadsheet to a netreach dataset: `importTable(text, options) → { dataset, report, problems }`.
 * Pure and DOM-free, for the command line (`netreach import`) and the configurator alike.
 *
 * One row per member country (or, with a university column, per university: members are then the distinct
 * countries). Columns are recognised by their headers (`headers.ts`) or named in `options.columns`; every
 * other column is a metric. Countries are matched by `matchCountry()`; numbers read by `parseNumberCell()`.
 *
 * It never guesses silently: what was matched other than exactly is in `report.countries` (with its `how`),
 * readings worth a look are `report.notes`, and anything it cannot read for sure is a problem naming the
 * row, the column and the cell. With any problem, `dataset` is null: a half-imported network is worse than
 * none. Members keep the sheet's row order; regions and metrics the order they first appear in.
 */
import {
  COUNTRIES_METRIC,
  type Dataset,
  type Extent,
  type ListBasis,
  type Listing,
  type Member,
  type Metric,
  type Period,
  type Region,
  type RegionAssignment,
  type RegionBasis,
  type Source,
  type Total,
  type University,
} from '../core/types.js';
import { datasetIssues } from '../core/validate.js';
import { byWordOf, columnLetter, headerRole, type ColumnRole } from './headers.js';
import { COMMAND_LINE_HINT, ROLE_WORDS, type OptionHint } from './hints.js';
import { englishName, matchCountry, noIsoCodeText, type CountryCandidate, type MatchHow } from './match-country.js';
import { parseNumberCell, parseYearCell, type DecimalMark } from './numbers.js';
import { readSheet, type Delimiter, type Sheet } from './sheet.js';
import { foldKey, slug } from './text.js';

/** The columns that can be named explicitly (by their header text). */
export type NamedColumn = Exclude<ColumnRole, 'countryName'>;

export interface ImportOptions {
  /** The network's name (default "Network", with a note). */
  name?: string;
  /**
   * The network's name in other languages, by language tag (`{ fa: 'شبکه' }`): the dataset's `network.names`, which
   * a page in that language shows. A key that is not a language tag stops the import; an empty name is left out.
   */
  names?: Readonly<Record<string, string>>;
  /** The network's id (default: the name as a slug). */
  id?: string;
  shortName?: string;
  /** Mark the dataset as made-up numbers: every widget then shows "Illustrative data". */
  illustrative?: boolean;
  /** How to read `1,234` and `1.234`: see `numbers.ts`. Default `'dot'`. */
  decimal?: DecimalMark;
  /** Default: detected from the header line (tab, then `;` or `,`). */
  delimiter?: Delimiter;
  /** Columns named by their header, when the header is not one the importer recognises (or to choose between two). */
  columns?: Partial<Record<NamedColumn, string>>;
  /** Headers of columns to leave out (notes, contacts…), which would otherwise be metrics. */
  ignore?: readonly string[];
  /**
   * The text of a totals sheet: metric, year, value, qualifier, source; or, for a figure the source dates by a period
   * rather than a year, `period` (its words; `period (fa)` in another language) and `sort year` (a year that only
   * orders it among the others, never shown). A row with a period and no sort year is left out, with a note.
   */
  totals?: string;
  /** The text of a sources sheet: id, title, publisher, date, url, language, note. */
  sources?: string;
  /**
   * What the list of members is (the dataset's `listing`): `extent` "complete" (the default), "partial" (the sources
   * name some; a `countries` total says how many in all) or "examples" (the source lists them "such as"); `by`
   * "source" (the default) or "inference" (the sources only count them: which they are was inferred); `source`, the
   * id of the source that lists them (or that they were inferred from). Command line: `--listing`, `--listing-by`,
   * `--listing-source`. A value the dataset does not know stops the import.
   */
  listing?: { extent?: string; by?: string; source?: string };
  /**
   * How the members were put in regions (the dataset's `regionAssignment`), with a region column: `by` "source" (the
   * sources say which country is in which region), "inference" (they give the regions and how many countries each
   * has, not which), "continents" (they give none: the regions are continents, assigned for the dataset) or
   * "dataset" (they give none: the regions, not continents, were drawn up for the dataset); the source it follows;
   * a note saying how (shown in "About this data") and the note in other languages, by language tag
   * (`{ fa: '…' }`: a page in that language shows it). Command line: `--regions-by`, `--regions-source`,
   * `--regions-note`, `--regions-note-in fa="…"`.
   */
  regions?: { by?: string; source?: string; note?: string; notes?: Readonly<Record<string, string>> };
  /**
   * Metric ids chosen by the column's header (`{ 'دانشجویان': 'students' }`, `--metric-id دانشجویان=students`), made
   * a slug; otherwise a metric's id is made from its header, or, for a header without Latin letters, from its place
   * among the metrics ("metric-1"), with a note.
   */
  metricIds?: Readonly<Record<string, string>>;
  /**
   * How messages name the option that would help (`import with --decimal comma`): the command line's flags by
   * default; the configurator words its own fields.
   */
  hint?: OptionHint;
}

export type SheetName = 'members' | 'totals' | 'sources';

export type ProblemCode =
  | 'empty'
  | 'no-country-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'unknown-country'
  | 'ambiguous-country'
  | 'empty-cell'
  | 'duplicate-country'
  | 'conflict'
  | 'not-a-number'
  | 'text-column'
  | 'not-a-year'
  | 'unknown-reference'
  | 'invalid';

/** Where in the sheets something is. `row` is the spreadsheet's row number (the header is row 1). */
export interface SheetPlace {
  sheet: SheetName;
  row?: number;
  /** The column's letter ("B"). */
  column?: string;
  header?: string;
  cell?: string;
}

export interface ImportProblem extends SheetPlace {
  code: ProblemCode;
  /** The whole message, place included: `row 7, column B ("Country"): no country matches "Atlantis"; closest: …`. */
  message: string;
  /** For unknown and ambiguous countries: the countries it may mean, closest first. */
  candidates?: CountryCandidate[];
}

export interface ImportNote extends SheetPlace {
  message: string;
}

export interface CountryReport {
  row: number;
  /** The cell as written. */
  cell: string;
  code: string;
  /** The country's English name. */
  name: string;
  how: MatchHow;
  /** The known name it matched and that name's language (or "alias"), for the non-exact `how`s. */
  via?: string;
  language?: string;
}

export interface ColumnReport {
  column: string;
  header: string;
  role: ColumnRole | TranslationRole | 'metric' | 'ignored';
  /** For metrics: the metric's id. */
  metric?: string;
  /** For a university's name in another language ("University (fa)"): the language tag. */
  language?: string;
}

/**
 * Beside a university column: the university's name in another language ("University (fa)", the dataset's
 * `names`) and which of its names are the dataset's translations ("our translations", `ourTranslations`). Beside a
 * region column: the region's name in another language ("Region (fa)", its `names`), read once per region.
 */
export type TranslationRole = 'names' | 'ourTranslations' | 'regionNames';

export interface ImportReport {
  delimiter: Delimiter;
  /** Data rows read (blank rows not counted). */
  rows: number;
  columns: ColumnReport[];
  /** Every matched country cell, in row order. */
  countries: CountryReport[];
  notes: ImportNote[];
}

export interface ImportResult {
  /** The dataset, valid, or null when there is any problem. */
  dataset: Dataset | null;
  report: ImportReport;
  problems: ImportProblem[];
}

// ---------------------------------------------------------------------------------------------

const DEFAULT_NETWORK_NAME = 'Network';
const SINGLE_REGION: Region = { id: 'members', name: 'Members' };
/** The rows under the first in which a header row is looked for, below a title. */
const TITLE_ROWS = 5;
/** A language tag, as in a "publisher (fa)" header and an "our translations" cell. */
const LANGUAGE_TAG = /^\s*([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\s*$/i;
/** Text cells in a metric column from which the column, rather than each cell, is reported. */
const TEXT_COLUMN_CELLS = 3;
/** Country cells that mark a sum row at the bottom of a sheet, not a member. */
const TOTAL_ROW_WORDS: ReadonlySet<string> = new Set(
  [
    'total',
    'totals',
    'sum',
    'grand total',
    'all',
    'total général',
    'toplam',
    'genel toplam',
    'جمع',
    'جمع کل',
    'مجموع',
    'کل',
    'المجموع',
    'الإجمالي',
    'المجموع الكلي',
  ].map(foldKey),
);
const JOINED_MIN = 1900;
const JOINED_MAX = 2100;
const QUALIFIERS: Readonly<Record<string, Total['qualifier']>> = {
  morethan: 'more-than',
  over: 'more-than',
  atleast: 'at-least',
  about: 'about',
  approximately: 'about',
};
const QUALIFIER_SIGNS: Readonly<Record<string, Total['qualifier']>> = {
  '+': 'more-than',
  '>': 'more-than',
  '≥': 'at-least',
  '~': 'about',
  '≈': 'about',
};

/** The words `listing` and `regions` take, as the dataset writes them, and as people may ("such as"). */
const EXTENTS: Readonly<Record<string, Extent>> = { complete: 'complete', partial: 'partial', examples: 'examples', suchas: 'examples' };
const LIST_BASES: Readonly<Record<string, ListBasis>> = { source: 'source', inference: 'inference', inferred: 'inference' };
const REGION_BASES: Readonly<Record<string, RegionBasis>> = {
  source: 'source',
  inference: 'inference',
  inferred: 'inference',
  continents: 'continents',
  dataset: 'dataset',
};

/** A word of `options.listing` or `options.regions` (`by` "inference"…), or a problem naming the option. */
function optionWord<T>(
  text: string | undefined,
  words: Readonly<Record<string, T>>,
  what: string,
  option: string,
  out: Collector,
): T | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const word = Object.hasOwn(words, foldKey(text)) ? words[foldKey(text)] : undefined;
  if (word === undefined) {
    const known = [...new Set(Object.values(words))].map((entry) => JSON.stringify(entry));
    out.problem(
      'invalid',
      { sheet: 'members' },
      `${JSON.stringify(text)} is not ${what} (${known.slice(0, -1).join(', ')} or ${known.at(-1)}): ${option}`,
    );
  }
  return word;
}

/**
 * Texts by language tag (the network's `names`, the regions' `notes`): a key that is not a tag is a problem saying
 * how to give `what` (`option`); an empty text is left out. Undefined when none is left.
 */
function languageKeyed(
  given: Readonly<Record<string, string>> | undefined,
  option: string,
  what: string,
  out: Collector,
): Record<string, string> | undefined {
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(given ?? {})) {
    const tag = LANGUAGE_TAG.exec(key)?.[1];
    if (!tag)
      out.problem(
        'invalid',
        { sheet: 'members' },
        `${JSON.stringify(key)} is not a language tag ("fa", "ar", "fr-CA"): give ${what} with ${option}`,
      );
    else if (value.trim()) texts[tag] = value.trim();
  }
  return Object.keys(texts).length ? texts : undefined;
}

/** `options.listing` as the dataset's `listing`: undefined when it says nothing. */
function readListing(options: ImportOptions, out: Collector): Listing | undefined {
  const hint = options.hint ?? COMMAND_LINE_HINT;
  const given = options.listing ?? {};
  const listing: Listing = {};
  const extent = optionWord(given.extent, EXTENTS, 'how much of the whole the list is', hint('listing'), out);
  const by = optionWord(given.by, LIST_BASES, 'how its countries were known', hint('listing-by'), out);
  if (extent) listing.extent = extent;
  if (by) listing.by = by;
  if (given.source?.trim()) listing.source = given.source.trim();
  // The widgets say the countries were inferred "as the source named here says in its note": name it.
  if (by === 'inference' && !listing.source)
    out.note(
      { sheet: 'members' },
      `the countries are inferred, and no source says from what: name the one whose note says how with ${hint('listing-source', '<source id>')}`,
    );
  return Object.keys(listing).length ? listing : undefined;
}

/** `options.regions` as the dataset's `regionAssignment`: only with a region column. */
function readRegionAssignment(options: ImportOptions, hasRegions: boolean, out: Collector): RegionAssignment | undefined {
  const hint = options.hint ?? COMMAND_LINE_HINT;
  const given = options.regions ?? {};
  const by = optionWord(given.by, REGION_BASES, 'how the members were put in regions', hint('regions-by'), out);
  if (!hasRegions) {
    if (by || given.source?.trim() || given.note?.trim())
      out.note({ sheet: 'members' }, 'left out: how the members were put in regions (there is no region column)');
    return undefined;
  }
  if (!by) {
    if (given.source?.trim() || given.note?.trim())
      out.problem(
        'invalid',
        { sheet: 'members' },
        `say how the members were put in regions ("source", "inference", "continents" or "dataset") with ${hint('regions-by')}`,
      );
    else
      out.note(
        { sheet: 'members' },
        `the widgets will not say how the members were put in regions: if no source says which country is in which, say so with ${hint('regions-by', 'inference|continents|dataset')}`,
      );
    return undefined;
  }
  const assignment: RegionAssignment = { by };
  if (given.source?.trim()) assignment.source = given.source.trim();
  if (given.note?.trim()) assignment.note = given.note.trim();
  // Inferred, or assigned or drawn up for the dataset: how is for "About this data" to say.
  if (by !== 'source' && !assignment.note && !assignment.source)
    out.note(
      { sheet: 'members' },
      `how the regions were ${by === 'inference' ? 'inferred' : 'assigned'} is said nowhere: say it with ${hint('regions-note', '"…"')} (or name the source it follows with ${hint('regions-source', '<source id>')})`,
    );
  const notes = languageKeyed(given.notes, hint('regions-note-in', 'fa="<note>"'), "the regions' note in another language", out);
  if (notes && !assignment.note)
    out.problem('invalid', { sheet: 'members' }, `the regions' note in another language needs the note itself: ${hint('regions-note')}`);
  else if (notes) assignment.notes = notes;
  return assignment;
}

/** "row 7, column B ("Country")", "totals sheet, row 3". */
export function describePlace(place: SheetPlace): string {
  const parts: string[] = [];
  if (place.sheet !== 'members') parts.push(`${place.sheet} sheet`);
  if (place.row !== undefined) parts.push(`row ${place.row}`);
  if (place.column !== undefined) parts.push(`column ${place.column}${place.header ? ` (${JSON.stringify(place.header)})` : ''}`);
  return parts.join(', ');
}

let languageNames: Intl.DisplayNames | undefined;

/**
 * How a country cell was matched, for people: `"Gherghizestan (Kirghizstan)" → KGZ Kyrgyzstan: by the part
 * "Kirghizstan" (French)`. The command line prints these for every match that was not exact.
 */
export function describeMatch(entry: CountryReport): string {
  let language = '';
  if (entry.language && entry.language !== 'alias') {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    language = ` (${languageNames.of(entry.language) ?? entry.language})`;
  }
  const via = `${JSON.stringify(entry.via ?? '')}${language}`;
  const how: Record<MatchHow, string> = {
    code: 'its ISO code',
    name: `its name${language}`,
    alias: "another name for it (the importer's table of other names)",
    variant: `written differently from ${via}`,
    parenthesis: `by the part ${via}`,
    'word-order': `the words of ${via} in another order`,
    spelling: `close in spelling to ${via}`,
  };
  return `row ${entry.row}: ${JSON.stringify(entry.cell)} → ${entry.code} ${entry.name}: ${how[entry.how]}`;
}

/** "South Korea (KOR) or North Korea (PRK)". */
function candidateList(candidates: readonly CountryCandidate[], last = 'or'): string {
  const names = candidates.map((candidate) => `${candidate.name} (${candidate.code})`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1)}` : (names[0] ?? '');
}

/**
 * The language tag of a header "<name> (<tag>)" whose name `isName` accepts: "publisher (fa)" on a sources sheet,
 * "University (fa)" on a members sheet. Undefined when the brackets hold no language tag.
 */
function translationTag(header: string, isName: (name: string) => boolean): string | undefined {
  const match = /^\s*(.*?)\s*\(([^)]*)\)\s*$/.exec(header);
  return match && isName(match[1]!) ? LANGUAGE_TAG.exec(match[2]!)?.[1] : undefined;
}

/** A column "our translations" (also "ourTranslations"), as the dataset writes it. */
const isOurTranslationsHeader = (header: string) => foldKey(header) === 'ourtranslations';

/**
 * An "our translations" cell, "en" or "en, fa": the language tags of the row's names that were translated for the
 * dataset (`ourTranslations`; "en" is the name itself, "fa" the column "<name> (fa)"). A tag with no name on the
 * row is left out with a note; an entry that is not a tag is a problem. `what` is "publisher", "university".
 */
function readOurTranslations(cell: string, hasName: (tag: string) => boolean, what: string, place: SheetPlace, out: Collector): string[] {
  const tags: string[] = [];
  for (const entry of cell.split(/[\s,;،]+/).filter(Boolean)) {
    const tag = LANGUAGE_TAG.exec(entry)?.[1];
    if (!tag)
      out.problem('invalid', place, `${JSON.stringify(entry)} is not a language tag ("en" for the ${what}, "fa" for "${what} (fa)")`);
    else if (!hasName(tag)) out.note(place, `left out: "${tag}" (no ${what}'s name in it on this row)`);
    else if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

class Collector {
  readonly problems: ImportProblem[] = [];
  readonly notes: ImportNote[] = [];

  problem(code: ProblemCode, place: SheetPlace, text: string, candidates?: CountryCandidate[]): void {
    const where = describePlace(place);
    const problem: ImportProblem = { code, ...place, message: where ? `${where}: ${text}` : text };
    if (candidates) problem.candidates = candidates;
    this.problems.push(problem);
  }

  note(place: SheetPlace, text: string): void {
    const where = describePlace(place);
    this.notes.push({ ...place, message: where ? `${where}: ${text}` : text });
  }
}

interface Column {
  index: number;
  letter: string;
  header: string;
  role: ColumnRole | TranslationRole | 'metric' | 'ignored';
  metric?: Metric;
  /** For a `names` or `regionNames` column: the language tag in its header's brackets. */
  language?: string;
}

/** Gives each column its role: named in options, recognised by header, ignored, or a metric. */
function assignColumns(sheet: Sheet, options: ImportOptions, out: Collector): Column[] {
  const hint = options.hint ?? COMMAND_LINE_HINT;
  const columns: Column[] = sheet.header.map((header, index) => ({
    index,
    letter: columnLetter(index),
    header,
    role: headerRole(header) ?? 'metric',
  }));
  const width = Math.max(sheet.header.length, ...sheet.rows.map((row) => row.cells.length));
  for (let index = sheet.header.length; index < width; index++)
    columns.push({ index, letter: columnLetter(index), header: '', role: 'metric' });
  const find = (header: string) => columns.find((column) => foldKey(column.header) === foldKey(header) && foldKey(header) !== '');
  const headerList = columns
    .filter((column) => column.header)
    .map((column) => JSON.stringify(column.header))
    .join(', ');

  for (const header of options.ignore ?? []) {
    const column = find(header);
    if (column) column.role = 'ignored';
    else
      out.problem(
        'unknown-column',
        { sheet: 'members' },
        `no column is headed ${JSON.stringify(header)} (to ignore); the headers are ${headerList}`,
      );
  }
  const named = new Set<Column['role']>();
  for (const [role, header] of Object.entries(options.columns ?? {}) as [NamedColumn, string | undefined][]) {
    if (header === undefined || header.trim() === '') continue;
    const column = find(header);
    if (!column) {
      out.problem(
        'unknown-column',
        { sheet: 'members' },
        `no column is headed ${JSON.stringify(header)} (for ${hint(role)}); the headers are ${headerList}`,
      );
      continue;
    }
    column.role = role;
    named.add(role);
  }
  for (const column of columns) {
    const place = { sheet: 'members' as const, column: column.letter, header: column.header };
    if (column.header === '') {
      const used = sheet.rows.some((row) => (row.cells[column.index] ?? '').trim() !== '');
      column.role = 'ignored';
      if (used) out.note(place, 'has values but no header: left out');
      continue;
    }
    if (column.role === 'metric' || column.role === 'ignored' || column.role === 'countryName') continue;
    // A role named explicitly wins over columns that only look like it.
    if (named.has(column.role) && find(options.columns?.[column.role as NamedColumn] ?? '') !== column) {
      out.note(
        place,
        `left out: ${JSON.stringify(options.columns?.[column.role as NamedColumn])} is the ${ROLE_WORDS[column.role as NamedColumn]} column`,
      );
      column.role = 'ignored';
    }
  }
  const byRole = (role: Column['role']) => columns.filter((column) => column.role === role);
  for (const role of ['country', 'region', 'joined', 'by', 'university', 'city', 'url'] as const) {
    const found = byRole(role);
    if (found.length > 1) {
      const list = found.map((column) => `${column.letter} (${JSON.stringify(column.header)})`).join(' and ');
      out.problem(
        'duplicate-column',
        { sheet: 'members' },
        `columns ${list} both look like the ${ROLE_WORDS[role]} column: name the one to use with ${hint(role, '"<header>"')}`,
      );
    }
  }
  const names = byRole('countryName');
  for (const column of names) {
    if (byRole('country').length === 0 && column === names[0]) column.role = 'country';
    else {
      column.role = 'ignored';
      out.note({ sheet: 'members', column: column.letter, header: column.header }, 'left out: the country column says which country');
    }
  }
  if (byRole('university').length === 0) {
    for (const column of [...byRole('city'), ...byRole('url')]) {
      out.note(
        { sheet: 'members', column: column.letter, header: column.header },
        `left out: a ${column.role} belongs to a university, and there is no university column`,
      );
      column.role = 'ignored';
    }
  }
  // A university's name in another language, "University (fa)", and "our translations": beside a university column.
  // A region's, "Region (fa)": beside a region column.
  const university = byRole('university')[0];
  const region = byRole('region')[0];
  const headedAs = (role: 'university' | 'region', column: Column | undefined) => (name: string) =>
    headerRole(name) === role || (column !== undefined && foldKey(name) === foldKey(column.header));
  const isUniversity = headedAs('university', university);
  for (const column of columns) {
    if (column.role !== 'metric') continue;
    const regionLanguage = translationTag(column.header, headedAs('region', region));
    if (regionLanguage) {
      if (region) Object.assign(column, { role: 'regionNames', language: regionLanguage });
      else {
        out.note({ sheet: 'members', column: column.letter, header: column.header }, 'left out: there is no region column');
        column.role = 'ignored';
      }
      continue;
    }
    const language = translationTag(column.header, isUniversity);
    const ours = language === undefined && isOurTranslationsHeader(column.header);
    if (!language && !ours) continue;
    const place = { sheet: 'members' as const, column: column.letter, header: column.header };
    if (!university) {
      out.note(
        place,
        `left out: ${language ? 'a name' : 'which names are translations'} belongs to a university, and there is no university column`,
      );
      column.role = 'ignored';
    } else if (language) {
      column.role = 'names';
      column.language = language;
    } else if (byRole('ourTranslations').length) {
      out.note(place, 'left out: another column says which names are translations');
      column.role = 'ignored';
    } else column.role = 'ourTranslations';
  }
  // "countries" is the built-in metric: taken from the start. An id chosen for a header (`metricIds`) wins; a header
  // without Latin letters ("دانشجویان") makes "metric-n", n its place among the metrics, which a note names: snippets
  // and totals sheets write it (metric="metric-1").
  const metricIds = new Set<string>([COUNTRIES_METRIC]);
  const chosenIds = new Map<string, string>();
  for (const [header, id] of Object.entries(options.metricIds ?? {})) {
    const column = find(header);
    const place = { sheet: 'members' as const, column: column?.letter, header: column?.header ?? header };
    if (!column || column.role !== 'metric')
      out.problem(
        'unknown-column',
        place,
        `${JSON.stringify(header)} is not the header of a metric column (for ${hint('metric-id')}); the headers are ${headerList}`,
      );
    else if (!slug(id) || slug(id) === COUNTRIES_METRIC)
      out.problem(
        'invalid',
        place,
        `${JSON.stringify(id)} cannot be a metric's id: give one with Latin letters or digits, not "countries"`,
      );
    else chosenIds.set(column.header, slug(id));
  }
  let position = 0;
  for (const column of columns) {
    if (column.role !== 'metric') continue;
    position++;
    const chosen = chosenIds.get(column.header);
    const base = chosen ?? slug(column.header);
    const id = uniqueId(base, `metric-${position}`, metricIds);
    const where = { sheet: 'members' as const, column: column.letter, header: column.header };
    if (base && id !== base) out.note(where, `another column makes the metric "${base}": this one is "${id}"`);
    else if (!base)
      out.note(
        where,
        `the header has no Latin letters or digits to make an id of: the metric's id is "${id}" (metric="${id}" in snippets; choose another with ${hint('metric-id', JSON.stringify(`${column.header}=<id>`))})`,
      );
    column.metric = { id, label: column.header };
  }
  if (byRole('country').length === 0 && out.problems.length === 0) {
    out.problem(
      'no-country-column',
      { sheet: 'members' },
      `no column is headed like a country column ("Country", "Pays", "کشور", "الدولة", "Ülke"…); the headers are ${headerList}: name it with ${hint('country', '"<header>"')}`,
    );
  }
  return columns;
}

interface MemberDraft {
  member: Member;
  row: number;
  cell: string;
  /** Where each value came from, for conflicts between rows of one country. */
  valueRows: Map<string, number>;
}

/** Reads a metric column's cells; text cells are reported per column when there are several. */
function readMetricColumn(
  sheet: Sheet,
  column: Column,
  decimal: DecimalMark,
  hint: OptionHint,
  out: Collector,
): Map<number, number | null> {
  const values = new Map<number, number | null>();
  const textRows: { row: number; cell: string }[] = [];
  const problems: { row: number; cell: string; reason: string }[] = [];
  let filled = 0;
  for (const { row, cells } of sheet.rows) {
    const cell = cells[column.index] ?? '';
    const parsed = parseNumberCell(cell, decimal, hint);
    if (parsed.kind !== 'empty') filled++;
    if (parsed.kind === 'empty') values.set(row, null);
    else if (parsed.kind === 'number') {
      values.set(row, parsed.value);
      if (parsed.note)
        out.note(
          { sheet: 'members', row, column: column.letter, header: column.header, cell },
          `${JSON.stringify(cell.trim())} ${parsed.note}`,
        );
    } else if (parsed.reason === 'is not a number') textRows.push({ row, cell });
    else problems.push({ row, cell, reason: parsed.reason });
  }
  const place = (row?: number, cell?: string): SheetPlace => ({
    sheet: 'members',
    row,
    column: column.letter,
    header: column.header,
    cell,
  });
  // A column with no number at all is text ("Contact person"), however few its rows.
  if ((textRows.length > 0 && textRows.length === filled) || (textRows.length >= TEXT_COLUMN_CELLS && textRows.length * 2 >= filled)) {
    const rows = textRows.map(({ row }) => row);
    const shown = rows.length > 8 ? `${rows.slice(0, 8).join(', ')}…` : rows.join(', ');
    const what =
      filled === 1
        ? `its one cell is text, not a number (row ${shown})`
        : `${textRows.length} of its ${filled} cells are text, not numbers (rows ${shown})`;
    out.problem(
      'text-column',
      place(),
      `${what}: if it is not a metric, leave it out with ${hint('ignore', JSON.stringify(column.header))}`,
    );
  } else {
    for (const { row, cell } of textRows) problems.push({ row, cell, reason: 'is not a number' });
  }
  for (const { row, cell, reason } of problems.sort((a, b) => a.row - b.row)) {
    const hint = reason === 'is not a number' ? ' (leave the cell empty for "no data")' : '';
    out.problem('not-a-number', place(row, cell), `${JSON.stringify(cell.trim())} ${reason}${hint}`);
  }
  return values;
}

function uniqueId(base: string, fallback: string, taken: Set<string>): string {
  let id = base || fallback;
  if (taken.has(id)) {
    let n = 2;
    while (taken.has(`${id}-${n}`)) n++;
    id = `${id}-${n}`;
  }
  taken.add(id);
  return id;
}

/** The members sheet → regions, metrics, members, universities. */
function readMembers(sheet: Sheet, columns: Column[], options: ImportOptions, out: Collector, countries: CountryReport[]) {
  const one = (role: Column['role']) => columns.find((column) => column.role === role);
  const countryColumn = one('country')!;
  const regionColumn = one('region');
  const joinedColumn = one('joined');
  const byColumn = one('by');
  const universityColumn = one('university');
  const cityColumn = one('city');
  const urlColumn = one('url');
  const nameColumns = columns.filter((column) => column.role === 'names');
  const oursColumn = one('ourTranslations');
  const regionNameColumns = columns.filter((column) => column.role === 'regionNames');
  /** Where each region's name in another language came from ("<region id> <tag>"), for conflicts. */
  const regionNameRows = new Map<string, number>();
  const metricColumns = columns.filter((column) => column.metric);
  const metricValues = new Map(
    metricColumns.map((column) => [
      column,
      readMetricColumn(sheet, column, options.decimal ?? 'dot', options.hint ?? COMMAND_LINE_HINT, out),
    ]),
  );

  const regions = new Map<string, Region>();
  const regionIds = new Set<string>();
  const drafts = new Map<string, MemberDraft>();
  const universities: University[] = [];
  const memberRows: number[] = [];
  const universityRows: number[] = [];
  const place = (column: Column, row: number, cell?: string): SheetPlace => ({
    sheet: 'members',
    row,
    column: column.letter,
    header: column.header,
    cell,
  });
  const text = (cells: string[], column: Column | undefined) => (column ? (cells[column.index] ?? '').trim() : '');

  for (const { row, cells } of sheet.rows) {
    const cell = text(cells, countryColumn);
    if (cell === '') {
      out.problem('empty-cell', place(countryColumn, row, cell), 'the country cell is empty');
      continue;
    }
    if (TOTAL_ROW_WORDS.has(foldKey(cell))) {
      out.note(
        place(countryColumn, row, cell),
        `${JSON.stringify(cell)} looks like a sum row: left out (network totals come from a totals sheet)`,
      );
      continue;
    }
    const match = matchCountry(cell);
    if (match.status === 'unknown' && match.reason) {
      out.problem('unknown-country', place(countryColumn, row, cell), noIsoCodeText(JSON.stringify(cell), 'leave its row out'));
      continue;
    }
    if (match.status === 'unknown') {
      const closest = match.candidates.length ? `; the closest are ${candidateList(match.candidates, 'and')}` : '';
      out.problem(
        'unknown-country',
        place(countryColumn, row, cell),
        `no country matches ${JSON.stringify(cell)}${closest}`,
        match.candidates,
      );
      continue;
    }
    if (match.status === 'ambiguous') {
      const what =
        match.candidates.length > 1
          ? `may mean ${candidateList(match.candidates)}`
          : `is not a country of its own (did you mean ${candidateList(match.candidates)}?)`;
      out.problem(
        'ambiguous-country',
        place(countryColumn, row, cell),
        `${JSON.stringify(cell)} ${what}: write the one you mean (its name or ISO code)`,
        match.candidates,
      );
      continue;
    }
    const report: CountryReport = { row, cell, code: match.code, name: englishName(match.code), how: match.how };
    if (match.via !== undefined && match.how !== 'name') report.via = match.via;
    if (match.language !== undefined && match.how !== 'name') report.language = match.language;
    countries.push(report);

    let region: Region = SINGLE_REGION;
    if (regionColumn) {
      const name = text(cells, regionColumn);
      if (name === '') {
        out.problem('empty-cell', place(regionColumn, row, name), 'the region cell is empty');
        continue;
      }
      const key = foldKey(name) || name;
      let known = regions.get(key);
      if (!known) {
        known = { id: uniqueId(slug(name), `region-${regions.size + 1}`, regionIds), name };
        regions.set(key, known);
      }
      region = known;
      // "Region (fa)": its name in Persian, on any of its rows; two rows that name it differently stop the import.
      for (const column of regionNameColumns) {
        const translated = text(cells, column);
        const tag = column.language!;
        const before = known.names?.[tag];
        if (!translated || before === translated) continue;
        if (before === undefined) {
          (known.names ??= {})[tag] = translated;
          regionNameRows.set(`${known.id} ${tag}`, row);
        } else
          out.problem(
            'conflict',
            place(column, row, translated),
            `the region ${JSON.stringify(name)} is ${JSON.stringify(translated)} here and ${JSON.stringify(before)} on row ${regionNameRows.get(`${known.id} ${tag}`)}: a region has one name in each language`,
          );
      }
    } else regions.set('', SINGLE_REGION);

    let joined: number | undefined;
    if (joinedColumn) {
      const yearCell = text(cells, joinedColumn);
      const parsed = parseYearCell(yearCell);
      if (parsed.kind === 'invalid')
        out.problem('not-a-year', place(joinedColumn, row, yearCell), `${JSON.stringify(yearCell)} is not a year`);
      else if (parsed.kind === 'year' && (parsed.value < JOINED_MIN || parsed.value > JOINED_MAX)) {
        const hijri = parsed.value >= 1300 && parsed.value < 1500 ? ' (a Hijri year? write the Gregorian year)' : '';
        out.problem(
          'not-a-year',
          place(joinedColumn, row, yearCell),
          `${parsed.value} is not a year between ${JOINED_MIN} and ${JOINED_MAX}${hijri}`,
        );
      } else if (parsed.kind === 'year') joined = parsed.value;
    }

    // "inference": no source names the country; the listing source's note says how it was inferred. Empty: "source".
    let by: ListBasis | undefined;
    if (byColumn) {
      const word = text(cells, byColumn);
      by = word === '' ? undefined : byWordOf(word);
      if (word !== '' && by === undefined)
        out.problem(
          'invalid',
          place(byColumn, row, word),
          `${JSON.stringify(word)} is not how a country is listed: "source" (a source names it; an empty cell says the same) or "inference" (no source names it; the listing source's note says how it was inferred)`,
        );
    }

    if (universityColumn) {
      const name = text(cells, universityColumn);
      if (name !== '') {
        const university: University = { name, country: match.code };
        const city = text(cells, cityColumn);
        const url = text(cells, urlColumn);
        if (city) university.city = city;
        if (url) university.url = url;
        const names: Record<string, string> = {};
        for (const column of nameColumns) {
          const translated = text(cells, column);
          if (translated) names[column.language!] = translated;
        }
        if (Object.keys(names).length) university.names = names;
        const ours = text(cells, oursColumn);
        const tags = ours
          ? readOurTranslations(
              ours,
              (tag) => (tag === 'en' ? name : names[tag]) !== undefined,
              'university',
              place(oursColumn!, row, ours),
              out,
            )
          : [];
        if (tags.length) university.ourTranslations = tags;
        universities.push(university);
        universityRows.push(row);
      }
    }

    const values: Record<string, number | null> = {};
    for (const [column, columnValues] of metricValues) values[column.metric!.id] = columnValues.get(row) ?? null;
    const draft = drafts.get(match.code);
    if (!draft) {
      const member: Member = { country: match.code, region: region.id };
      // The spelling of the sheet, when it is not the code or the plain English name: "Gherghizestan
      // (Kirghizstan)", "ایران". The table shows it beside the name, so a reader can check the match.
      const written = cell.trim();
      if (written !== match.code && written !== englishName(match.code)) member.asWritten = written;
      if (joined !== undefined) member.joined = joined;
      if (by === 'inference') member.by = by;
      if (metricColumns.length) member.values = values;
      drafts.set(match.code, { member, row, cell, valueRows: new Map(Object.keys(values).map((id) => [id, row])) });
      memberRows.push(row);
      continue;
    }
    const first = `row ${draft.row} (${JSON.stringify(draft.cell)})`;
    if (!universityColumn) {
      out.problem(
        'duplicate-country',
        place(countryColumn, row, cell),
        `${JSON.stringify(cell)} is ${report.name} (${match.code}), already on ${first}`,
      );
      continue;
    }
    // One row per university: the rows of one country must agree on what belongs to the country.
    const conflict = (column: Column, what: string) =>
      out.problem(
        'conflict',
        place(column, row),
        `${report.name} (${match.code}) has ${what} here and another on ${first}: a country has one`,
      );
    if (draft.member.region !== region.id) conflict(regionColumn!, `region ${JSON.stringify(region.name)}`);
    if (byColumn && (by ?? 'source') !== (draft.member.by ?? 'source'))
      conflict(byColumn, `listed by ${by === 'inference' ? 'inference' : 'a source'}`);
    if (joined !== undefined) {
      if (draft.member.joined === undefined) draft.member.joined = joined;
      else if (draft.member.joined !== joined) conflict(joinedColumn!, `joined ${joined}`);
    }
    for (const column of metricColumns) {
      const id = column.metric!.id;
      const value = values[id] ?? null;
      const before = draft.member.values![id] ?? null;
      if (value === null) continue;
      if (before === null) {
        draft.member.values![id] = value;
        draft.valueRows.set(id, row);
      } else if (before !== value) {
        out.problem(
          'conflict',
          place(column, row),
          `${report.name} (${match.code}) has ${value} here and ${before} on row ${draft.valueRows.get(id)}: a country has one value per metric`,
        );
      }
    }
  }
  return {
    regions: [...regions.values()],
    metrics: metricColumns.map((column) => column.metric!),
    members: [...drafts.values()].map((draft) => draft.member),
    universities,
    memberRows,
    universityRows,
  };
}

/** A small sheet whose columns are known fields: the header names them (English). */
function fieldColumns(
  sheet: Sheet,
  fields: readonly string[],
  name: SheetName,
  out: Collector,
  known = new Map<number, string>(),
): Map<string, number> {
  const found = new Map<string, number>();
  sheet.header.forEach((header, index) => {
    const field = fields.find((candidate) => foldKey(candidate) === foldKey(header));
    if (field && !found.has(field)) found.set(field, index);
    else if (header && !known.has(index))
      out.note({ sheet: name, column: columnLetter(index), header }, `left out: the columns of a ${name} sheet are ${fields.join(', ')}`);
  });
  return found;
}

/** A sources sheet's `figures` cell: the metrics whose members' figures its source gives, where it is. */
interface FiguresCell {
  source: string;
  cell: string;
  place: SheetPlace;
}

function readSources(text: string, out: Collector): { sources: Source[]; rows: number[]; figures: FiguresCell[] } {
  const sheet = readSheet(text); // its own file: its own delimiter
  const fields = ['id', 'title', 'publisher', 'date', 'url', 'language', 'note'] as const;
  // The publisher in another language, as the source names it (`publishers` in the dataset): "publisher (fa)".
  const publisherColumns = new Map<number, string>();
  // Which of those names are translations made for the dataset (`ourTranslations`, as on names; "en" is
  // `publisher` itself): a column "our translations" of language tags, "en" or "en, fa".
  let oursColumn: number | undefined;
  // The metrics whose members' figures the source gives (a metric's `source`): "figures", "students" or
  // "students, universities", each by its id, its header or its name in another language, as on a totals sheet.
  let figuresColumn: number | undefined;
  const known = new Map<number, string>();
  sheet.header.forEach((header, index) => {
    const tag = translationTag(header, (name) => foldKey(name) === 'publisher');
    if (tag) publisherColumns.set(index, tag);
    else if (isOurTranslationsHeader(header) && oursColumn === undefined) oursColumn = index;
    else if (foldKey(header) === 'figures' && figuresColumn === undefined) figuresColumn = index;
    else return;
    known.set(index, header);
  });
  const columns = fieldColumns(sheet, fields, 'sources', out, known);
  const sources: Source[] = [];
  const rows: number[] = [];
  const figures: FiguresCell[] = [];
  for (const { row, cells } of sheet.rows) {
    const source: Record<string, unknown> = {};
    for (const field of fields) {
      const index = columns.get(field);
      const value = index === undefined ? '' : (cells[index] ?? '').trim();
      if (value) source[field] = value;
    }
    const publishers: Record<string, string> = {};
    for (const [index, tag] of publisherColumns) {
      const value = (cells[index] ?? '').trim();
      if (value) publishers[tag] = value;
    }
    if (Object.keys(publishers).length) source.publishers = publishers;
    const ours = oursColumn === undefined ? '' : (cells[oursColumn] ?? '').trim();
    const place: SheetPlace = {
      sheet: 'sources',
      row,
      column: columnLetter(oursColumn ?? 0),
      header: sheet.header[oursColumn ?? 0],
      cell: ours,
    };
    const tags = ours
      ? readOurTranslations(ours, (tag) => Boolean(tag === 'en' ? source.publisher : publishers[tag]), 'publisher', place, out)
      : [];
    if (tags.length) source.ourTranslations = tags;
    const cell = figuresColumn === undefined ? '' : (cells[figuresColumn] ?? '').trim();
    if (cell) {
      const place = { sheet: 'sources', row, column: columnLetter(figuresColumn!), header: sheet.header[figuresColumn!], cell } as const;
      figures.push({ source: String(source.id ?? ''), cell, place });
    }
    sources.push(source as unknown as Source);
    rows.push(row);
  }
  return { sources, rows, figures };
}

/** Metric ids by the names a sheet may give them: the id, the header, the name in another language ("دانشجویان"). */
function metricsByName(metrics: readonly Metric[], ids = new Map<string, string>()): Map<string, string> {
  for (const metric of metrics)
    for (const name of [metric.label, metric.id, ...Object.values(metric.labels ?? {})]) ids.set(foldKey(name), metric.id);
  return ids;
}

/** The metrics with the source of their members' figures, which a sources sheet's `figures` column names. */
function figuresSources(metrics: readonly Metric[], figures: readonly FiguresCell[], out: Collector): Metric[] {
  const ids = metricsByName(metrics);
  const given = new Map<string, string>();
  for (const { source, cell, place } of figures) {
    for (const name of cell.split(/[,،;؛]/)) {
      if (!name.trim()) continue;
      const id = ids.get(foldKey(name));
      if (id === undefined) out.problem('invalid', place, `${JSON.stringify(name.trim())} is not a metric of the members sheet`);
      else if (given.has(id) && given.get(id) !== source)
        out.problem('invalid', place, `the members' figures of ${JSON.stringify(id)} are given by one source, not two`);
      else given.set(id, source);
    }
  }
  return metrics.map((metric) => (given.has(metric.id) ? { ...metric, source: given.get(metric.id)! } : metric));
}

function readTotals(text: string, options: ImportOptions, metrics: readonly Metric[], out: Collector): { totals: Total[]; rows: number[] } {
  const sheet = readSheet(text); // its own file: its own delimiter
  // `period`: a figure a source dates by a period only, as the stat's and the trend's CSV write it (no year), with
  // `sort year`, which only orders it among the others; `period (fa)`: the period's words in another language.
  const fields = ['metric', 'year', 'period', 'sort year', 'value', 'qualifier', 'source'] as const;
  const periodColumns = new Map<number, string>();
  sheet.header.forEach((header, index) => {
    const tag = translationTag(header, (name) => foldKey(name) === 'period');
    if (tag) periodColumns.set(index, tag);
  });
  const columns = fieldColumns(sheet, fields, 'totals', out, new Map([...periodColumns.keys()].map((index) => [index, ''])));
  const totals: Total[] = [];
  const rows: number[] = [];
  const metricIds = metricsByName(metrics, new Map([[foldKey(COUNTRIES_METRIC), COUNTRIES_METRIC]]));
  for (const { row, cells } of sheet.rows) {
    const cell = (field: (typeof fields)[number]) => {
      const index = columns.get(field);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const place = (field: (typeof fields)[number]): SheetPlace => {
      const index = columns.get(field);
      return {
        sheet: 'totals',
        row,
        column: index === undefined ? undefined : columnLetter(index),
        header: index === undefined ? field : sheet.header[index],
        cell: cell(field),
      };
    };
    const metric = metricIds.get(foldKey(cell('metric')));
    if (!metric) {
      const known = metrics.map((entry) => JSON.stringify(entry.id)).concat(JSON.stringify(COUNTRIES_METRIC));
      out.problem(
        'unknown-reference',
        place('metric'),
        `${JSON.stringify(cell('metric'))} is not a metric of the members sheet (${known.join(', ')})`,
      );
    }
    const year = parseYearCell(cell('year'));
    let period: Period | undefined;
    if (cell('period') && year.kind !== 'empty') {
      out.problem('invalid', place('period'), 'a total is dated by a year or by a period, not both: leave one of them empty');
      continue;
    }
    if (cell('period')) {
      // Its sort year is a year no source gives: the author's, who writes it in its own column (never shown).
      const sortYear = parseYearCell(cell('sort year'));
      if (sortYear.kind === 'empty') {
        out.note(
          place('period'),
          `left out: dated by a period (${JSON.stringify(cell('period'))}), not a year; give it a "sort year" column (a year that only puts it in order among the figures, never shown)`,
        );
        continue;
      }
      if (sortYear.kind !== 'year') {
        out.problem('not-a-year', place('sort year'), `${JSON.stringify(cell('sort year'))} is not a year`);
        continue;
      }
      period = { label: cell('period'), sortYear: sortYear.value };
      const labels: Record<string, string> = {};
      for (const [index, tag] of periodColumns) if ((cells[index] ?? '').trim()) labels[tag] = (cells[index] ?? '').trim();
      if (Object.keys(labels).length) period = { label: period.label, labels, sortYear: period.sortYear };
    } else if (year.kind !== 'year') out.problem('not-a-year', place('year'), `${JSON.stringify(cell('year'))} is not a year`);
    const value = parseNumberCell(cell('value'), options.decimal ?? 'dot', options.hint);
    if (value.kind === 'empty') out.problem('empty-cell', place('value'), 'a total needs a value');
    else if (value.kind === 'invalid') out.problem('not-a-number', place('value'), `${JSON.stringify(cell('value'))} ${value.reason}`);
    else if (value.note) out.note(place('value'), `${JSON.stringify(cell('value'))} ${value.note}`);
    const qualifierText = cell('qualifier');
    const qualifier = QUALIFIER_SIGNS[qualifierText] ?? QUALIFIERS[foldKey(qualifierText)];
    if (qualifierText && !qualifier)
      out.problem('invalid', place('qualifier'), `${JSON.stringify(qualifierText)} is not a qualifier ("more-than" or "about")`);
    if (!metric || (year.kind !== 'year' && !period) || value.kind !== 'number') continue;
    const when = year.kind === 'year' ? { year: year.value } : { period };
    const total: Total = { metric, ...when, value: value.value, source: cell('source') };
    if (qualifier) total.qualifier = qualifier;
    totals.push(total);
    rows.push(row);
  }
  return { totals, rows };
}

/** Validation problems of the assembled dataset, placed back in the sheets where possible. */
function placeIssue(path: string, rows: Record<'members' | 'universities' | 'totals' | 'sources', number[]>): SheetPlace {
  const match = /^(members|universities|totals|sources)\[(\d+)\]/.exec(path);
  if (!match) return { sheet: 'members' };
  const list = match[1] as keyof typeof rows;
  const sheet: SheetName = list === 'members' || list === 'universities' ? 'members' : list;
  return { sheet, row: rows[list][Number(match[2])] };
}

const SHEET_ORDER: readonly SheetName[] = ['members', 'totals', 'sources'];

/** Problems in reading order: by sheet, then row (whole-sheet problems first), then column. */
function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems
    .map((problem, order) => ({ problem, order }))
    .sort(
      (a, b) =>
        SHEET_ORDER.indexOf(a.problem.sheet) - SHEET_ORDER.indexOf(b.problem.sheet) ||
        (a.problem.row ?? 0) - (b.problem.row ?? 0) ||
        (a.problem.column ?? '').length - (b.problem.column ?? '').length ||
        (a.problem.column ?? '').localeCompare(b.problem.column ?? '') ||
        a.order - b.order,
    )
    .map(({ problem }) => problem);
}

/**
 * A title above the header ("Member countries 2024"), as spreadsheets often have: when the first row names no
 * country column and one of the next few does, that one is the header and the rows above are left out, with a note.
 */
function belowTitle(sheet: Sheet, options: ImportOptions, out: Collector): Sheet {
  const names = (cells: string[]) => cells.some((cell) => headerRole(cell) === 'country');
  if (options.columns?.country !== undefined || names(sheet.header)) return sheet;
  const at = sheet.rows.slice(0, TITLE_ROWS).findIndex(({ cells }) => names(cells));
  if (at < 0) return sheet;
  const above = [sheet.header, ...sheet.rows.slice(0, at).map(({ cells }) => cells)].flat().filter((cell) => cell.trim());
  out.note(
    { sheet: 'members', row: sheet.rows[at]!.row },
    `read as the header row; the rows above it are left out (${above.map((cell) => JSON.stringify(cell.trim())).join(', ')})`,
  );
  return { ...sheet, header: sheet.rows[at]!.cells.map((cell) => cell.trim()), rows: sheet.rows.slice(at + 1) };
}

/**
 * A row whose country cell is a language tag in brackets, "(fa)", gives the metrics' labels in that language (the
 * dataset's `labels`): each metric column's cell is its header in Persian. Its other cells (the headers of the
 * country, region… columns in Persian) are left as they are. The sheet without those rows is returned.
 */
function labelRows(sheet: Sheet, columns: readonly Column[], out: Collector): Sheet {
  const country = columns.find((column) => column.role === 'country')!;
  const seen = new Map<string, number>();
  const rows = sheet.rows.filter(({ row, cells }) => {
    const tag = /^\s*\(([^)]*)\)\s*$/.exec(cells[country.index] ?? '')?.[1]?.match(LANGUAGE_TAG)?.[1];
    if (!tag) return true;
    const place = { sheet: 'members' as const, row, column: country.letter, header: country.header, cell: `(${tag})` };
    if (seen.has(tag)) out.problem('conflict', place, `the metrics' names in "${tag}" are on row ${seen.get(tag)} already`);
    else out.note(place, `read as the metrics' names in "${tag}", not a member`);
    seen.set(tag, row);
    for (const column of columns) {
      const label = (cells[column.index] ?? '').trim();
      if (column.metric && label) column.metric.labels = { ...column.metric.labels, [tag]: label };
    }
    return false;
  });
  return { ...sheet, rows };
}

/** Imports a members sheet (CSV, TSV or pasted cells) and optional totals and sources sheets as a dataset. */
export function importTable(text: string, options: ImportOptions = {}): ImportResult {
  const out = new Collector();
  const sheet = belowTitle(readSheet(text, options.delimiter), options, out);
  const countries: CountryReport[] = [];
  const report: ImportReport = { delimiter: sheet.delimiter, rows: sheet.rows.length, columns: [], countries, notes: out.notes };
  const result = (dataset: Dataset | null): ImportResult => ({
    dataset: out.problems.length ? null : dataset,
    report,
    problems: sortProblems(out.problems),
  });
  if (sheet.header.length === 0 || sheet.rows.length === 0) {
    out.problem('empty', { sheet: 'members' }, sheet.header.length ? 'the sheet has a header but no rows' : 'the sheet is empty');
    return result(null);
  }
  const columns = assignColumns(sheet, options, out);
  report.columns = columns.map((column) => {
    const entry: ColumnReport = { column: column.letter, header: column.header, role: column.role };
    if (column.metric) entry.metric = column.metric.id;
    if (column.language) entry.language = column.language;
    return entry;
  });
  if (out.problems.length) return result(null);

  const read = readMembers(labelRows(sheet, columns, out), columns, options, out, countries);
  if (!columns.some((column) => column.role === 'region'))
    out.note({ sheet: 'members' }, `no region column: every member is in one region, ${JSON.stringify(SINGLE_REGION.name)}`);
  const sources = options.sources === undefined ? { sources: [], rows: [], figures: [] } : readSources(options.sources, out);
  const metrics = figuresSources(read.metrics, sources.figures, out);
  const totals = options.totals === undefined ? undefined : readTotals(options.totals, options, read.metrics, out);
  const listing = readListing(options, out);
  const regionAssignment = readRegionAssignment(
    options,
    columns.some((column) => column.role === 'region'),
    out,
  );
  // A member listed by inference: the widgets say "listed by inference (see the source's note)", which is the listing source's.
  const inferred = read.members.filter((member) => member.by === 'inference');
  if (inferred.length && listing?.by !== 'inference' && !listing?.source)
    out.note(
      { sheet: 'members' },
      `${inferred.map((member) => member.country).join(', ')} listed by inference, and no source says from what: name the one whose note says how with ${(options.hint ?? COMMAND_LINE_HINT)('listing-source', '<source id>')}`,
    );
  const countTotal = totals?.totals.some((total) => total.metric === COUNTRIES_METRIC && total.region === undefined);
  // A list of some with no count of all: the widgets can say only that the sources name some.
  if (listing?.extent === 'partial' && !countTotal)
    out.note(
      { sheet: 'members' },
      `the list is partial, and no total says how many countries there are in all: the widgets will say only that the sources name some (${
        options.hint
          ? `give the number with ${options.hint('totals', 'countries in all')}`
          : 'add a row "countries, <year>, <how many in all>, , <source id>" to a totals sheet'
      })`,
    );

  // Every figure should cite its source (a widget names them beside it): without any, say so rather than refuse.
  if (!sources.sources.length)
    out.note(
      { sheet: 'members' },
      `no sources: the widgets will show its figures without one (add them with ${(options.hint ?? COMMAND_LINE_HINT)('sources', '<file.csv>')})`,
    );
  // The map, the regions and the table cite the list itself through a "countries" total (about.ts): without one
  // they say "Source: none given in the data" beside sources the sheets do give.
  else if (!listing?.source && !totals?.totals.some((total) => total.metric === COUNTRIES_METRIC))
    out.note(
      { sheet: 'members' },
      `no source cites the list of members: the map, the regions and the table will say "Source: none given in the data" (${
        // A page's fields have no rows: its own words ("tick … under its source").
        options.hint
          ? `give it with ${options.hint('totals', COUNTRIES_METRIC)}`
          : `add a row "countries, <year>, ${read.members.length}, , <source id>" to ${options.totals === undefined ? 'a totals sheet (--totals)' : 'the totals sheet'}`
      })`,
    );
  let name = options.name?.trim();
  if (!name) {
    name = DEFAULT_NETWORK_NAME;
    out.note(
      { sheet: 'members' },
      `the network has no name: ${JSON.stringify(name)} (give one with ${(options.hint ?? COMMAND_LINE_HINT)('name')})`,
    );
  }
  const network: Dataset['network'] = { id: options.id?.trim() || slug(name) || 'network', name };
  if (options.shortName?.trim()) network.shortName = options.shortName.trim();
  const names = languageKeyed(
    options.names,
    (options.hint ?? COMMAND_LINE_HINT)('name-in', 'fa="<name>"'),
    "the network's name in another language",
    out,
  );
  if (names) network.names = names;
  // Key order as people read a dataset file: what it is, then its parts.
  const dataset: Dataset = {
    version: 1,
    network,
    ...(options.illustrative ? { illustrative: true } : {}),
    ...(listing ? { listing } : {}),
    regions: read.regions,
    ...(regionAssignment ? { regionAssignment } : {}),
    ...(metrics.length ? { metrics } : {}),
    members: read.members,
    ...(totals ? { totals: totals.totals } : {}),
    ...(read.universities.length ? { universities: read.universities } : {}),
    sources: sources.sources,
  };
  if (out.problems.length) return result(null);
  const rows = { members: read.memberRows, universities: read.universityRows, totals: totals?.rows ?? [], sources: sources.rows };
  for (const issue of datasetIssues(dataset)) out.problem('invalid', placeIssue(issue.path, rows), `${issue.path}: ${issue.message}`);
  return result(dataset);
}
