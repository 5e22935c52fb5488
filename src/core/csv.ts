/**
 * CSV as spreadsheets read it (RFC 4180). Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR
 * at the start) are prefixed with an apostrophe: dataset text is never code, not even in Excel. Numbers stay
 * numbers, in plain digits with a dot, whatever the widget's language.
 */
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
