/**
 * Numbers as people write them in spreadsheets. Pure, no DOM.
 *
 * - Persian (۰–۹) and Arabic-Indic (٠–٩) digits are digits; the Arabic thousands separator `٬` and decimal
 *   separator `٫` mean what they say, whatever the `decimal` option.
 * - Spaces (also no-break and thin spaces, as French writes `1 234`) and apostrophes (Swiss `1'234`) between
 *   groups of three digits are thousands separators.
 * - `,` and `.` depend on the `decimal` option, because `1,234` and `1.234` each mean two different numbers
 *   in different countries. With `decimal: 'dot'` (the default: English, Persian and Arabic spreadsheets, and
 *   what Excel copies in those locales) `.` is the decimal point and `,` separates thousands; `'comma'` is the
 *   other way round (French, German, Turkish, Indonesian…). A thousands separator must be followed by exactly
 *   three digits, so `12,5` is refused with `decimal: 'dot'` — with a hint to pass `decimal: 'comma'` — rather
 *   than read as 125.
 * - A number whose only separator is a decimal point followed by exactly three digits (`1.234` with the dot,
 *   `1,234` with the comma) is read as a decimal, and comes with a note: in a column of counts it is more
 *   likely a thousands separator written the other way.
 * - An empty cell is `null`, "no data", never zero. Anything else — text, a percentage, a negative number —
 *   is a problem, never a guess.
 */
import { COMMAND_LINE_HINT, type OptionHint } from './hints.js';
import { asciiDigits } from './text.js';

export type DecimalMark = 'dot' | 'comma';

export type NumberCell = { kind: 'empty' } | { kind: 'number'; value: number; note?: string } | { kind: 'invalid'; reason: string };

const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Separators inside a number that can only mean thousands: spaces of every width, apostrophes, `٬`. */
const GROUP_SPACES = /(?<=\d)[\s\u00a0\u2007\u2009\u202f'’٬](?=\d{3}(?!\d))/g;
const PLAIN = /^\d+(?:D\d+)?$|^D\d+$/;
const GROUPED = /^\d{1,3}(?:T\d{3})+(?:D\d+)?$/;

function parseWith(text: string, decimal: DecimalMark): number | undefined {
  const [thousands, point] = decimal === 'dot' ? [',', '.'] : ['.', ','];
  const marked = text.replace(/٫/g, 'D').split(thousands).join('T').split(point).join('D');
  if (!PLAIN.test(marked) && !GROUPED.test(marked)) return undefined;
  const value = Number(marked.replace(/T/g, '').replace('D', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/** Reads one cell of a metric column. `hint` words the advice to switch the decimal mark (`--decimal comma`). */
export function parseNumberCell(raw: string, decimal: DecimalMark = 'dot', hint: OptionHint = COMMAND_LINE_HINT): NumberCell {
  const trimmed = raw.replace(INVISIBLE, '').trim();
  if (trimmed === '') return { kind: 'empty' };
  const text = asciiDigits(trimmed).replace(GROUP_SPACES, '').replace(/^\+/, '');
  const value = parseWith(text, decimal);
  if (value !== undefined) {
    const point = decimal === 'dot' ? '.' : ',';
    const lookalike = new RegExp(`^[1-9]\\d{0,2}\\${point}\\d{3}$`);
    if (!lookalike.test(text)) return { kind: 'number', value: value + 0 };
    const other = decimal === 'dot' ? 'comma' : 'dot';
    return {
      kind: 'number',
      value,
      note: `read as ${value}, with "${point}" as the decimal mark; if it means ${parseWith(text, other)}, import with ${hint('decimal', other)}`,
    };
  }
  if (/^-\s*[\d.,٫٬]/.test(text)) return { kind: 'invalid', reason: 'is negative' };
  const other: DecimalMark = decimal === 'dot' ? 'comma' : 'dot';
  if (parseWith(text, other) !== undefined) {
    return {
      kind: 'invalid',
      reason: `is written with "${decimal === 'dot' ? ',' : '.'}" as the decimal mark: import with ${hint('decimal', other)}`,
    };
  }
  return { kind: 'invalid', reason: 'is not a number' };
}

/** Reads a year cell ("2021", "۱۴۰۰"): a whole number of four digits, or a reason why not. */
export function parseYearCell(raw: string): { kind: 'empty' } | { kind: 'year'; value: number } | { kind: 'invalid'; reason: string } {
  const text = asciiDigits(raw.replace(INVISIBLE, '').trim());
  if (text === '') return { kind: 'empty' };
  if (!/^\d{4}$/.test(text)) return { kind: 'invalid', reason: 'is not a year' };
  return { kind: 'year', value: Number(text) };
}
