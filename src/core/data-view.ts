/**
 * "View data" in words. A widget's rows are its CSV's (csv.ts, the widgets' `exportRows()`): machine keys and ids,
 * plain numbers, English periods, for spreadsheets and `netreach import`, which the CSV keeps. The same rows here
 * become a table a reader understands in the widget's language: a caption saying what the chart shows, the
 * columns' names, names for ids, a figure with its qualifier as the widgets say it ("more than 30 million"), a
 * period in the dataset's words, sources by their label, numbers and years in the locale's digits, "No data" for
 * a missing figure. Not the table widget's model (table-model.ts), whose English comes with the table's chunk: the
 * on-demand chunk importing it would put it, and that English, in what every page loads up front.
 * Pure; no DOM.
 */
import { metricTotal, sourceById, sourceLabel } from './aggregate.js';
import { barsTitle } from './bars-model.js';
import type { CsvCell } from './csv.js';
import { msg } from './i18n.js';
import { spokenFigure, whenText } from './growth.js';
import { qualifiedPhrase, regionGrouping } from './knowledge.js';
import { formatNumber } from './locale.js';
import { formatPercent } from './percent.js';
import { countriesLabel, countryName, metricLabel, networkShortName, regionName, relationWords } from './names.js';
import { COUNTRIES_METRIC, type Dataset, type Total } from './types.js';
import './en/on-demand.js';
import './en/later.js';

export interface DataViewColumn {
  label: string;
  /** Figures, aligned to the end. */
  numeric: boolean;
}

export interface DataView {
  /** What the chart shows, as its title says it: "Virtual students", "Member countries by region". */
  caption: string;
  columns: DataViewColumn[];
  /** Each row's cells as text; the first names the row (a year, a region, a country). */
  rows: string[][];
}

type Row = readonly CsvCell[];

/** An empty cell is a missing one, whatever the CSV writes for it (nothing, null). */
const present = (cell: CsvCell): cell is string | number => cell !== null && cell !== undefined && cell !== '';

/**
 * A widget's CSV rows (the first the header) as {@link DataView}: a stat's or a trend's totals (`metric`, `year`,
 * `period`, `value`, `qualifier`, `source`), a chart's rows by region or country (`region` or `country`, `name`,
 * its figures, a `share`), or the members (`country`, `name`, `region`, a column per metric). A column of another
 * key keeps it as its header: only the table's CSV has such (`code`, `joined`…), and the table's View data is its own
 * (`tableDataView()`, through `MenuController.view`).
 */
export function dataView(dataset: Dataset, [header = [], ...rows]: readonly Row[], locale: string): DataView {
  return header.includes('metric') ? totalsView(dataset, header, rows, locale) : keyedView(dataset, header, rows, locale);
}

/**
 * A stat's or a trend's totals (csv.ts, `totalRows()`): the year or the period in one column, the figure with its
 * qualifier, the source's label. Of one metric, which the caption names, as the widget's title does.
 */
function totalsView(dataset: Dataset, header: Row, rows: readonly Row[], locale: string): DataView {
  const at = (row: Row, key: string) => row[header.indexOf(key)];
  const totals = rows.map((row) => rowTotal(dataset, row, at));
  const timed = header.includes('year');
  const sourced = header.includes('source');
  return {
    caption: totals[0] ? metricLabel(dataset, totals[0].metric, locale) : '',
    columns: [
      ...(timed ? [{ label: msg(locale, totals.some((total) => total.period) ? 'dataYearOrPeriod' : 'dataYear'), numeric: false }] : []),
      { label: msg(locale, 'dataValue'), numeric: true },
      ...(sourced ? [{ label: msg(locale, 'source'), numeric: false }] : []),
    ],
    rows: totals.map((total) => {
      const source = sourceById(dataset, total.source);
      return [
        ...(timed ? [whenText(total, locale)] : []),
        total.value === null ? msg(locale, 'noData') : spokenFigure(total.value, total.qualifier, locale, total.metric),
        ...(sourced ? [source ? sourceLabel(source, locale) : '—'] : []),
      ];
    }),
  };
}

/** A total as a row has it: the stat's headline may have no figure, and a count or a sum no source. */
type RowTotal = Pick<Total, 'metric' | 'year' | 'period' | 'qualifier'> & { value: number | null; source?: string };

/**
 * The total a row was written from, found again by what the row says of it: its metric, its year or its period's
 * (English) words, its figure. A row of no published total — the stat's headline where its metric has none, a
 * count or a sum — is that headline, with its qualifier ("at least 45" of a list of examples).
 */
function rowTotal(dataset: Dataset, row: Row, at: (row: Row, key: string) => CsvCell): RowTotal {
  const metric = String(at(row, 'metric'));
  const value = at(row, 'value');
  const published = dataset.totals?.find(
    (total) =>
      total.region === undefined &&
      total.metric === metric &&
      total.value === value &&
      total.year === (at(row, 'year') ?? undefined) &&
      total.period?.label === (at(row, 'period') ?? undefined),
  );
  const headline = metricTotal(dataset, metric);
  return (
    published ?? {
      metric,
      value: typeof value === 'number' ? value : null,
      qualifier: headline?.value === value ? headline?.qualifier : undefined,
    }
  );
}

/**
 * Rows keyed by a region or a country: a chart's (the bars', the regions': key, name, figures, share) or the
 * members' (country, name, region, a column per metric). An id shows as its name (the CSV's own `name` column,
 * the same names, is left out); a share beside its figure, "27 (47%)", as the regions write it; a figure of a list
 * that is not the whole, summed by region, as at least that.
 */
function keyedView(dataset: Dataset, header: Row, rows: readonly Row[], locale: string): DataView {
  const keys = header.map(String);
  const grouping = regionGrouping(dataset, locale);
  const byRegion = keys[0] === 'region';
  // A chart's rows are its key, the names, then its figures; the members' are a country's code, name and region.
  const chart = (byRegion || keys[0] === 'country') && keys[1] === 'name' && keys[2] !== 'region';
  const isMetric = (key: string) => key === COUNTRIES_METRIC || Boolean(dataset.metrics?.some((metric) => metric.id === key));
  const figures = keys.filter(isMetric);
  const shareAt = keys.indexOf('share');
  // The column a share is of: the figure before it (the regions' metric).
  const sharedAt = shareAt - 1;
  const shown = keys
    .map((key, index) => ({ key, index }))
    // The share beside its figure, the qualifier in its words ("at least 17"): no columns of their own.
    .filter(
      ({ key, index }) =>
        key !== 'share' && key !== 'qualifier' && !(key === 'name' && (keys[index - 1] === 'country' || keys[index - 1] === 'region')),
    )
    // The members' regions where the sources assign none (Silk Road's) would be a column of "—".
    .filter(({ key }) => key !== 'region' || byRegion || grouping.available);
  const bounded = byRegion && grouping.lowerBound;
  const figure = (value: CsvCell, row: Row, index: number): string => {
    if (typeof value !== 'number') return msg(locale, 'noData');
    const number = formatNumber(value, locale, 2);
    const share = index === sharedAt ? row[shareAt] : undefined;
    if (typeof share === 'number') return msg(locale, 'valueShare', { value: number, share: formatPercent(share, locale) });
    return bounded ? qualifiedPhrase(number, 'at-least', locale) : number;
  };
  const cell = (key: string, value: CsvCell, row: Row, index: number): string => {
    if (isMetric(key)) return figure(value, row, index);
    if (!present(value)) return '—';
    if (typeof value === 'number') return formatNumber(value, locale, 2);
    if (key === 'country') return countryName(value, locale);
    if (key === 'region') return regionName(dataset, value, locale);
    return value;
  };
  const label = (key: string): string =>
    key === 'country'
      ? countriesLabel(dataset, locale)
      : key === 'region'
        ? grouping.title
        : isMetric(key)
          ? metricLabel(dataset, key, locale)
          : key;
  return {
    caption: chart
      ? barsTitle(dataset, figures[figures.length - 1] ?? COUNTRIES_METRIC, byRegion ? 'region' : 'country', locale)
      : msg(locale, relationWords(dataset).caption, { network: networkShortName(dataset, locale) }),
    columns: shown.map(({ key }) => ({ label: label(key), numeric: isMetric(key) })),
    rows: rows.map((row) => shown.map(({ key, index }) => cell(key, row[index], row, index))),
  };
}
