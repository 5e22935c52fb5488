/**
 * CSV as spreadsheets read it (RFC 4180). Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR
 * at the start) are prefixed with an apostrophe: dataset text is never code, not even in Excel. Numbers stay
 * numbers, in plain digits with a dot, whatever the widget's language.
 */
import { sourceLabel } from './aggregate.js';
import { countryName, regionName } from './names.js';
import type { Dataset, Source } from './types.js';

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A share as a CSV writes it, to four places (0.4737, not 0.47368421052631576): derived from counts, it is no more
 * precise than they are. The waffle's and the regions table's CSV both write it so.
 */
export const csvShare = (share: number | null): number | null => (share === null ? null : Math.round(share * 10_000) / 10_000);

/**
 * The members as rows, the first being the header: `country` (the code), `name`, `region` (names in
 * `locale`'s language) and one column per metric, "no data" as an empty cell. What every widget's CSV holds
 * by default, and what `netreach import` reads back.
 */
export function memberRows(dataset: Dataset, locale: string): CsvCell[][] {
  const metrics = dataset.metrics ?? [];
  const header = ['country', 'name', 'region', ...metrics.map((metric) => metric.id)];
  const rows = dataset.members.map((member) => [
    member.country,
    countryName(member.country, locale),
    regionName(dataset, member.region, locale),
    ...metrics.map((metric) => member.values?.[metric.id] ?? null),
  ]);
  return [header, ...rows];
}

/**
 * What a CSV ends with: an empty row, then one `# Source: …` row per source (publisher in `locale`, title, date, link) and
 * one `# …` row per note — the illustrative notice when the data is made up, and what the widget says under its
 * picture (regions inferred, a partial list): a caveat shown on screen travels with the data. Spreadsheets show
 * them as text under the table; `netreach import` skips rows that start with `#`, so an export reads back as the
 * same data.
 */
export function provenanceRows(sources: readonly Source[], notes: readonly (string | undefined)[] = [], locale = 'en'): CsvCell[][] {
  const rows: CsvCell[][] = [[]];
  for (const source of sources) {
    const label = sourceLabel(source, locale);
    const parts = [label, source.title !== label ? source.title : undefined, source.date, source.url].filter(Boolean);
    rows.push([`# Source: ${parts.join(' — ')}`]);
  }
  for (const note of notes) if (note) rows.push([`# ${note}`]);
  return rows.length > 1 ? rows : [];
}
