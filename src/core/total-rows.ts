/**
 * A metric's published totals as CSV rows (csv.ts's cells): what the KPI tile's and the trend's CSV hold, written by
 * their chunks, each with its copy (COPY_INTO_CHUNKS in scripts/build.mjs): a widget writes its CSV only once
 * `ready`, which waits for its chunk, so netreach.js need not hold them for every page. Pure; no DOM.
 */
import { metricSeries, sourceById } from './aggregate.js';
import type { CsvCell } from './csv.js';
import type { Dataset, Total } from './types.js';

/**
 * A metric's published totals as rows, the first being the header: the `year`, or where the source gives none the
 * `period` in its words (a period's sort year only orders it: no source gives that year), then the value, its
 * qualifier and its source's title. What the stat's and the trend's CSV hold; `netreach import` reads back the
 * rows with a year.
 */
export function totalRows(dataset: Dataset, totals: readonly Total[]): CsvCell[][] {
  return [
    ['metric', 'year', 'period', 'value', 'qualifier', 'source'],
    ...totals.map((total) => [
      total.metric,
      total.year,
      total.period?.label,
      total.value,
      total.qualifier,
      sourceById(dataset, total.source)?.title ?? total.source,
    ]),
  ];
}

/** A KPI tile's rows: its metric's totals, or where the dataset publishes none, the figure the tile shows. */
export function statRows(dataset: Dataset, metric: string, value: number | null | undefined, qualifier: string | undefined): CsvCell[][] {
  const series = metricSeries(dataset, metric);
  return series.length
    ? totalRows(dataset, series)
    : [
        ['metric', 'value', 'qualifier'],
        [metric, value ?? null, qualifier],
      ];
}
