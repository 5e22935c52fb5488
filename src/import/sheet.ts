/**
 * A sheet of text — a CSV or TSV file, or cells pasted from Excel, LibreOffice or Google Sheets (which copy
 * as tab-separated text) — as rows of cells, parsed by d3-dsv (RFC 4180 quoting, multi-line cells). Pure.
 */
import { dsvFormat } from 'd3-dsv';

export type Delimiter = ',' | ';' | '\t';

export interface Sheet {
  delimiter: Delimiter;
  /** The header's cells, trimmed. */
  header: string[];
  /** The data rows after the header, with their spreadsheet row number (the header's row is 1 when it is the first line). */
  rows: { row: number; cells: string[] }[];
}

/** What spreadsheets write before a cell that starts like a formula, when they export (and netreach's CSV does). */
const DEFUSED_FORMULA = /^'(?=[=+\-@\t\r])/;

/**
 * The delimiter of a sheet, from its first line: a tab when it has one (pasted cells, TSV), else whichever of
 * `;` (what Excel writes in locales whose decimal mark is a comma) and `,` it has more of outside quotes.
 */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  if (firstLine.includes('\t')) return '\t';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const semicolons = unquoted.split(';').length - 1;
  const commas = unquoted.split(',').length - 1;
  return semicolons > commas ? ';' : ',';
}

/**
 * The text of a file's bytes: UTF-8, or UTF-16 with a byte order mark (Excel's "Unicode text"). Throws when the
 * bytes are not that — Excel's plain "CSV" in a Windows code page — rather than reading accented names wrong.
 */
export function decodeSheet(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text: save it as "CSV UTF-8" (Excel) or with the UTF-8 character set (LibreOffice)');
  }
}

/** Parses a sheet. Blank rows and `#` comment rows are dropped; the first row with any text is the header. */
export function readSheet(text: string, delimiter?: Delimiter): Sheet {
  const body = text.replace(/^\ufeff/, '');
  const used = delimiter ?? detectDelimiter(body);
  const parsed = dsvFormat(used).parseRows(body, (cells) => cells.map((cell) => cell.replace(DEFUSED_FORMULA, '')));
  const rows: Sheet['rows'] = [];
  let header: string[] | undefined;
  parsed.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    // A comment row: what netreach's CSV exports end with (`# Source: …`), never data.
    if (header && cells[0]?.trim().startsWith('#') && cells.slice(1).every((cell) => cell.trim() === '')) return;
    if (!header) header = cells.map((cell) => cell.trim());
    else rows.push({ row: index + 1, cells });
  });
  return { delimiter: used, header: header ?? [], rows };
}
