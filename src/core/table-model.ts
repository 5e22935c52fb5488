/**
 * Everything `<netreach-table>` shows, as plain data: the caption, the columns, the rows (localized text for
 * display, raw values for sorting and export), an optional totals row and the sources. Pure functions; no DOM.
 */
import { scopeSources, unsourcedFigures } from './about.js';
import { memberValue, valuesByRegion } from './aggregate.js';
import { msg } from './i18n.js';
import { countriesKnowledge, lowerBoundText, regionGrouping, sumNotes, universitiesKnowledge, withRegionNote } from './knowledge.js';
import { colon, formatList, formatNumber, formatYear, localizedName, textOrder } from './locale.js';
import { formatPercent } from './percent.js';
import { INFERRED_MARK, countriesLabel, countryName, metricLabel, networkShortName, regionName, relationWords } from './names.js';
import { overlapModel } from './overlap.js';
import { csvShare, type CsvCell } from './csv.js';
import { COUNTRIES_METRIC, type Dataset, type Source } from './types.js';
import { TABLE_ROW_LIMIT } from '../table/table.options.js';
import './en/table.js';
import './en/overlap.js';

/** `overlap`: the countries of this dataset and a compared one, in three groups (in both, only one, only the other). */
export type TableKind = 'members' | 'universities' | 'regions' | 'overlap';
export type SortDirection = 'ascending' | 'descending';

export interface TableColumn {
  /**
   * Stable id: `country`, `region`, `joined`, `asWritten` (the country as the source writes it), `name`, `city`,
   * `members`, `share`, `overlap` (the group), or a metric id.
   */
  id: string;
  /** Localized header text. */
  label: string;
  /** Text sorts with the locale's collation; numbers numerically (and align to the end). */
  type: 'text' | 'number';
}

export interface TableCell {
  /** The raw value: localized text, a number, or null for "No data". What sorting and export use. */
  value: string | number | null;
  /** What the cell shows: "Pakistan", "610,000", "۴۷٪", "No data". */
  text: string;
  /** An http(s) link for the cell's text. */
  href?: string;
  /**
   * A member listed by inference: "listed by inference (see the source's note)", said after its name, which shows
   * {@link INFERRED_MARK} after it.
   */
  inferred?: string;
}

export interface TableRow {
  /** Alpha-3 code, region id, or the university's position in the dataset. */
  key: string;
  cells: TableCell[];
}

export interface TableSort {
  column: string;
  direction: SortDirection;
}

export interface TableModel {
  kind: TableKind;
  /** "CINVU: member countries" */
  caption: string;
  columns: TableColumn[];
  /** In the dataset's order; see {@link sortRows}. */
  rows: TableRow[];
  /** The totals row (`regions`): cells aligned with `columns`. */
  footer?: TableCell[];
  /** The order the table starts in when the page asks for none. */
  defaultSort?: TableSort;
  sources: Source[];
  /** The members' figures shown that no source gives (`unsourcedFigures()`). */
  unsourced?: string[];
  /** Counts of a list that is not the whole (`regions`: cells "≥17"), lower bounds: the CSV says `at-least`. */
  lowerBound?: boolean;
  /**
   * What to show with the table: only some are named, the list gives examples; the regions, where no source assigns
   * them, were inferred, are continents or were drawn up for the dataset (`regionAssignment.by`); the regions' figures
   * are sums of their members' (`sumNotes()`).
   */
  notes: string[];
  /** Why the table is empty by nature (regions of a dataset without any; a comparison without a dataset). */
  unavailable?: string;
  /**
   * Metrics no member has a figure of (the sources give network totals only), shown under the table: left out,
   * "Not shown, as the sources give no figure per country: Virtual students."; or, when the page asked for the
   * columns by name, shown as columns of "No data" that this says why of: "The sources give no figure per country:
   * Virtual students."
   */
  omitted?: string;
}

export const TABLE_KINDS: readonly TableKind[] = ['members', 'universities', 'regions', 'overlap'];

/** An `of` attribute as a table kind: `members` unless it names another. */
export function resolveTableKind(of: string | null | undefined): TableKind {
  const kind = (of ?? '').trim().toLowerCase();
  return (TABLE_KINDS as readonly string[]).includes(kind) ? (kind as TableKind) : 'members';
}

/** A `metrics` attribute ("a, b") as ids; every declared metric when absent or blank. */
export function resolveTableMetrics(dataset: Dataset, attribute: string | null | undefined): string[] {
  const asked = (attribute ?? '')
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
  return asked.length ? asked : (dataset.metrics ?? []).map((metric) => metric.id);
}

/** The first metric id the dataset does not know, if any (`countries` is always known). */
export function unknownTableMetric(dataset: Dataset, ids: readonly string[]): string | undefined {
  return ids.find((id) => id !== COUNTRIES_METRIC && !dataset.metrics?.some((metric) => metric.id === id));
}

/** A `sort` attribute ("country", "-virtual-students") as a column and direction. */
export function parseSort(value: string | null | undefined): TableSort | undefined {
  const trimmed = (value ?? '').trim();
  if (!trimmed || trimmed === '-') return undefined;
  return trimmed.startsWith('-')
    ? { column: trimmed.slice(1), direction: 'descending' }
    : { column: trimmed.replace(/^\+/, ''), direction: 'ascending' };
}

/** The inverse of {@link parseSort}. */
export function formatSort(sort: TableSort): string {
  return sort.direction === 'descending' ? `-${sort.column}` : sort.column;
}

/** The sort a click on `column` asks for: the other direction when it is already sorted, else text A→Z, numbers high→low. */
export function nextSort(current: TableSort | undefined, column: TableColumn): TableSort {
  if (current?.column === column.id) {
    return { column: column.id, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { column: column.id, direction: column.type === 'number' ? 'descending' : 'ascending' };
}

/**
 * The sentence under shares that, each rounded to a whole percent as shown, do not add up to their total's (27,
 * 27 and 3 of 57: 47%, 47% and 5%, beside a total of 100%): none where they do.
 */
function roundedShares(groups: readonly { count: number }[], counted: number, members: number, locale: string): string[] {
  if (members === 0) return [];
  const percent = (count: number) => Math.round((count / members) * 100);
  const sum = groups.reduce((total, group) => total + percent(group.count), 0);
  const total = percent(counted);
  return sum === total
    ? []
    : [msg(locale, 'tableSharesRounded', { sum: formatPercent(sum / 100, locale), total: formatPercent(total / 100, locale) })];
}

/** The network's name for a caption: its localized name, else its short name, else its name. */
const captionName = networkShortName;

function numberCell(value: number | null, locale: string): TableCell {
  return value === null ? { value: null, text: msg(locale, 'noData') } : { value, text: formatNumber(value, locale) };
}

/** What a cell shows in a file: its text, and the mark of a member listed by inference ("China*"). */
export function shownText(cell: TableCell): string {
  return cell.inferred ? cell.text + INFERRED_MARK : cell.text;
}

function textCell(text: string, href?: string): TableCell {
  return href && /^https?:\/\//i.test(href) ? { value: text, text, href } : { value: text, text };
}

/** Distinct sources (a publisher's two articles are two sources; the same label and link twice is one). */
function distinctSources(sources: readonly (Source | undefined)[]): Source[] {
  const seen = new Set<string>();
  const result: Source[] = [];
  for (const source of sources) {
    if (!source) continue;
    const key = `${source.publisher ?? source.title}\u0000${source.url ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(source);
  }
  return result;
}

export interface TableOptions {
  kind: TableKind;
  locale: string;
  /** The metric columns (members and regions); every declared metric by default. */
  metrics?: readonly string[];
  /** `overlap`: the dataset compared with. */
  compare?: Dataset;
}

export function tableModel(dataset: Dataset, options: TableOptions): TableModel {
  const { kind, locale } = options;
  const grouping = regionGrouping(dataset, locale);
  const listNotes = countriesKnowledge(dataset, locale).notes;
  // `countries` is the members column of its own (the count per region); per member it would be a column of 1s.
  const asked = (options.metrics ?? resolveTableMetrics(dataset, undefined)).filter((id) => id !== COUNTRIES_METRIC);
  // A whole column of "No data" says nothing: a metric no member has a figure for is left out, and a note says
  // so. Columns the page named are shown, and the note says why they hold no figure.
  const figureless = asked.filter((id) => !dataset.members.some((member) => memberValue(member, id) !== null));
  const metrics = options.metrics ? asked : asked.filter((id) => !figureless.includes(id));
  const omitted = figureless.length
    ? msg(locale, options.metrics ? 'tableNoFigures' : 'tableOmitted', {
        list: formatList(
          figureless.map((id) => metricLabel(dataset, id, locale)),
          locale,
        ),
      })
    : undefined;
  const network = captionName(dataset, locale);
  const metricColumns: TableColumn[] = metrics.map((id) => ({ id, label: metricLabel(dataset, id, locale), type: 'number' }));

  if (kind === 'universities') {
    const universities = dataset.universities ?? [];
    // A column of "No data" says nothing: cities only when a source gives one.
    const hasCity = universities.some((university) => university.city !== undefined);
    return {
      kind,
      caption: msg(locale, 'tableCaptionUniversities', { network }),
      columns: [
        { id: 'name', label: msg(locale, 'tableUniversity'), type: 'text' },
        { id: 'country', label: msg(locale, 'tableCountry'), type: 'text' },
        ...(hasCity ? [{ id: 'city', label: msg(locale, 'tableCity'), type: 'text' as const }] : []),
      ],
      rows: universities.map((university, index) => ({
        key: String(index),
        cells: [
          textCell(localizedName(university.names, university.name, locale), university.url),
          textCell(countryName(university.country, locale)),
          ...(hasCity ? [university.city ? textCell(university.city) : { value: null, text: msg(locale, 'noData') }] : []),
        ],
      })),
      defaultSort: { column: 'name', direction: 'ascending' },
      sources: distinctSources(universities.map((university) => dataset.sources.find((source) => source.id === university.source))),
      notes: universitiesKnowledge(dataset, locale).notes,
    };
  }

  if (kind === 'overlap') {
    const caption = msg(locale, 'tableCaptionOverlap', { a: network, b: options.compare ? captionName(options.compare, locale) : '' });
    const columns: TableColumn[] = [
      { id: 'country', label: msg(locale, 'tableCountry'), type: 'text' },
      { id: 'overlap', label: msg(locale, 'tableOverlap'), type: 'text' },
    ];
    if (!options.compare) {
      // Nothing to compare with: say so rather than show this dataset alone under a comparison's caption.
      return { kind, caption, columns, rows: [], sources: [], notes: [], unavailable: msg(locale, 'noData') };
    }
    const overlap = overlapModel(dataset, options.compare, locale);
    return {
      kind,
      caption,
      columns,
      rows: overlap.groups.flatMap((group) =>
        group.codes.map((code) => ({ key: code, cells: [textCell(countryName(code, locale)), textCell(group.label)] })),
      ),
      sources: distinctSources([
        ...dataset.sources.filter((source) => source.id === dataset.listing?.source),
        ...options.compare.sources.filter((source) => source.id === options.compare!.listing?.source),
      ]),
      notes: [overlap.summary, ...overlap.notes],
    };
  }

  if (kind === 'regions') {
    if (!grouping.available) {
      return {
        kind,
        caption: msg(locale, 'tableCaptionRegions', { network }),
        columns: [{ id: 'region', label: grouping.title, type: 'text' }],
        rows: [],
        // The sources are what says there are no regions: cited, as the bars cite them, never "none given".
        sources: distinctSources(dataset.sources),
        notes: [],
        unavailable: grouping.note,
      };
    }
    const bounded = grouping.lowerBound;
    const counts = valuesByRegion(dataset, COUNTRIES_METRIC);
    const sums = metrics.map((id) => valuesByRegion(dataset, id));
    const members = dataset.members.length;
    const share = (count: number): TableCell =>
      members === 0
        ? { value: null, text: msg(locale, 'noData') }
        : { value: count / members, text: formatPercent(count / members, locale) };
    const columnTotal = (groups: { value: number | null }[]): number | null =>
      groups.some((group) => group.value !== null) ? groups.reduce((sum, group) => sum + (group.value ?? 0), 0) : null;
    const counted = counts.reduce((sum, group) => sum + group.count, 0);
    // Counts of a list that is not the whole are lower bounds, so are sums over its members ("≥17", as the waffle
    // writes them), and their shares would present it as the whole.
    const countCell = (count: number | null): TableCell =>
      bounded && count !== null ? { value: count, text: lowerBoundText(formatNumber(count, locale)) } : numberCell(count, locale);
    const shareCells = (count: number): TableCell[] => (bounded ? [] : [share(count)]);
    const sumSentences = (notes: string[][]): string[] =>
      new Set(notes.map(String)).size > 1
        ? notes.flatMap((sentences, index) => sentences.map((note) => metricColumns[index]!.label + colon(locale) + note))
        : (notes[0] ?? []);
    return {
      kind,
      caption: msg(locale, 'tableCaptionRegions', { network }),
      columns: [
        { id: 'region', label: grouping.by === 'continents' ? grouping.title : msg(locale, 'tableRegion'), type: 'text' },
        { id: 'members', label: countriesLabel(dataset, locale), type: 'number' },
        ...(bounded ? [] : [{ id: 'share', label: msg(locale, 'tableShare'), type: 'number' as const }]),
        ...metricColumns,
      ],
      rows: counts.map((group, index) => ({
        key: group.id,
        cells: [
          textCell(regionName(dataset, group.id, locale)),
          countCell(group.count),
          ...shareCells(group.count),
          ...sums.map((groups) => countCell(groups[index]!.value)),
        ],
      })),
      footer: [
        textCell(msg(locale, 'total')),
        countCell(counted),
        ...shareCells(counted),
        ...sums.map((groups) => countCell(columnTotal(groups))),
      ],
      // The list, the regions and the metrics' figures, each by the source the dataset names for it (about.ts).
      sources: distinctSources(scopeSources(dataset, { countries: true, regions: true, metrics })),
      unsourced: unsourcedFigures(dataset, { countries: true, metrics }, locale),
      lowerBound: bounded,
      notes: [
        ...withRegionNote(listNotes, grouping),
        ...(bounded ? [] : roundedShares(counts, counted, members, locale)),
        // The metrics' cells and totals add up the members' figures: no source gives them. Said once where every
        // column's sentence is the same, else each after its column's name ("Universities: The sum of…").
        ...sumSentences(sums.map((groups) => sumNotes(locale, groups))),
      ],
      ...(omitted ? { omitted } : {}),
    };
  }

  const hasJoined = dataset.members.some((member) => typeof member.joined === 'number');
  const hasRegions = grouping.available;
  const hasWritten = dataset.members.some((member) => member.asWritten !== undefined);
  return {
    kind: 'members',
    caption: msg(locale, relationWords(dataset).caption, { network }),
    columns: [
      { id: 'country', label: msg(locale, 'tableCountry'), type: 'text' },
      ...(hasWritten ? [{ id: 'asWritten', label: msg(locale, 'tableAsWritten'), type: 'text' as const }] : []),
      ...(hasRegions
        ? [{ id: 'region', label: grouping.by === 'continents' ? grouping.title : msg(locale, 'tableRegion'), type: 'text' as const }]
        : []),
      ...(hasJoined ? [{ id: 'joined', label: msg(locale, 'tableJoined'), type: 'number' as const }] : []),
      ...metricColumns,
    ],
    rows: dataset.members.map((member) => ({
      key: member.country,
      cells: [
        member.by === 'inference'
          ? { ...textCell(countryName(member.country, locale)), inferred: msg(locale, 'listedByInference') }
          : textCell(countryName(member.country, locale)),
        ...(hasWritten ? [member.asWritten === undefined ? { value: null, text: '' } : textCell(member.asWritten)] : []),
        ...(hasRegions ? [textCell(regionName(dataset, member.region, locale))] : []),
        ...(hasJoined
          ? [
              typeof member.joined === 'number'
                ? { value: member.joined, text: formatYear(member.joined, locale) }
                : { value: null, text: msg(locale, 'noData') },
            ]
          : []),
        ...metrics.map((id) => numberCell(memberValue(member, id), locale)),
      ],
    })),
    defaultSort: { column: 'country', direction: 'ascending' },
    sources: distinctSources(scopeSources(dataset, { countries: true, regions: hasRegions, metrics })),
    unsourced: unsourcedFigures(dataset, { countries: true, metrics }, locale),
    notes: withRegionNote(listNotes, grouping),
    ...(omitted ? { omitted } : {}),
  };
}

/**
 * `rows` ordered by `sort` (a copy; stable, so ties keep the dataset's order). Text by the locale's collation,
 * numbers numerically; "No data" last in both directions. Without a sort, or for an unknown column, the
 * dataset's order.
 */
export function sortRows(model: Pick<TableModel, 'columns' | 'rows'>, sort: TableSort | undefined, locale: string): TableRow[] {
  const index = sort ? model.columns.findIndex((column) => column.id === sort.column) : -1;
  if (!sort || index < 0) return [...model.rows];
  const sign = sort.direction === 'descending' ? -1 : 1;
  const compareText = textOrder(locale, true, model.rows.length);
  return model.rows
    .map((row, position) => ({ row, position }))
    .sort((a, b) => {
      const x = a.row.cells[index]!.value;
      const y = b.row.cells[index]!.value;
      if (x === null || y === null) return x === y ? a.position - b.position : x === null ? 1 : -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
      return order === 0 ? a.position - b.position : sign * order;
    })
    .map(({ row }) => row);
}

/** A row as a plain object keyed by column id (raw values: text, numbers, null): what an export writes. */
export type TableRecord = Record<string, string | number | null>;

export function tableRecords(columns: readonly TableColumn[], rows: readonly TableRow[]): TableRecord[] {
  return rows.map((row) => Object.fromEntries(columns.map((column, index) => [column.id, row.cells[index]?.value ?? null])));
}

/**
 * The table's CSV rows in their order, the first the header: the ISO code or region id first (not for universities),
 * then each column's raw value (a share to four places, csv.ts's `csvShare`, as the waffle's CSV writes it); counts
 * of a list that is not the whole with a `qualifier` column, `at-least` (the cells' "≥17"), as the stat's CSV writes
 * "at least 45".
 */
export function tableCsvRows(model: TableModel, rows: readonly TableRow[]): CsvCell[][] {
  const key = model.kind === 'members' ? 'code' : model.kind === 'regions' ? 'id' : undefined;
  const bounded = model.lowerBound;
  const share = model.columns.findIndex((column) => column.id === 'share');
  return [
    [...(key ? [key] : []), ...model.columns.map((column) => column.id), ...(bounded ? ['qualifier'] : [])],
    ...rows.map((row) => [
      ...(key ? [row.key] : []),
      ...row.cells.map(({ value }, index) => (index === share && typeof value === 'number' ? csvShare(value) : value)),
      ...(bounded ? ['at-least'] : []),
    ]),
  ];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The options a table is drawn from, by property name (the element's values, or the command line's). */
export interface TableViewOptions {
  readonly of?: unknown;
  readonly compare?: unknown;
  readonly metrics?: unknown;
  readonly sort?: unknown;
  readonly region?: unknown;
  /** The dataset `compare` names, loaded (by the element, or by the command line from the bundled ones). */
  readonly compared?: Dataset;
}

/** What the table shows: its model, the rows in their order (filtered to a region), and the sort applied. */
export interface TableView {
  readonly model: TableModel;
  readonly rows: TableRow[];
  readonly sort?: TableSort;
}

/** What the table lists: `overlap` when comparing (unless universities or regions are asked for). */
export function tableKind(options: Pick<TableViewOptions, 'of' | 'compare'>): TableKind {
  const kind = resolveTableKind(text(options.of));
  return text(options.compare) && kind === 'members' ? 'overlap' : kind;
}

/** The model, sorted and filtered as the options say: what the element renders and the file draws. */
export function tableView(dataset: Dataset, options: TableViewOptions, locale: string): TableView {
  const metrics = text(options.metrics);
  let model = tableModel(dataset, {
    kind: tableKind(options),
    locale,
    // Named by the page, the columns are shown even when empty; by default, empty ones are left out.
    metrics: metrics ? resolveTableMetrics(dataset, metrics) : undefined,
    compare: options.compared,
  });
  const asked = parseSort(text(options.sort));
  const sort = asked && model.columns.some((column) => column.id === asked.column) ? asked : model.defaultSort;
  let rows = sortRows(model, sort, locale);
  const region = model.kind !== 'regions' && dataset.regions.find((entry) => entry.id === text(options.region));
  if (region) {
    const codes = new Set(dataset.members.filter((member) => member.region === region.id).map((member) => member.country));
    const members = model.kind === 'members';
    rows = rows.filter((row) => codes.has(members ? row.key : (dataset.universities?.[Number(row.key)]?.country ?? '')));
    model = { ...model, caption: `${model.caption} · ${regionName(dataset, region.id, locale)}` };
  }
  return { model, rows, ...(sort ? { sort } : {}) };
}

/** What the table says under itself: how many rows it holds of how many, why it is empty, its notes. */
export function tableNotes(view: TableView, locale: string): string[] {
  const { model, rows } = view;
  return [
    ...(rows.length > TABLE_ROW_LIMIT ? [msg(locale, 'tableTruncated', { shown: TABLE_ROW_LIMIT, count: rows.length })] : []),
    ...(model.unavailable && rows.length === 0 ? [model.unavailable] : []),
    ...model.notes,
    ...(model.omitted ? [model.omitted] : []),
  ];
}
