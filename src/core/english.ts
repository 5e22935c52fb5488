/**
 * English numbers, dates, lists and name order written as `Intl` writes them, without creating an `Intl` object.
 *
 * Why: a page's first `Intl.NumberFormat`, `DisplayNames`, `ListFormat`, `Collator` or `DateTimeFormat` makes
 * Chromium build its table of ICU locales, 11–16 ms of the main thread — a fifth of a map's whole first draw — which
 * a hand-written d3 page never pays. English is the default language and what most pages draw, so `locale.ts`
 * formats the English locales it knows (`ENGLISH_STYLES`) through these functions and keeps `Intl` for every other
 * language (their digits, separators and words). Each function covers exactly the options `locale.ts` uses;
 * test/unit/english.test.ts compares them with `Intl` over many values.
 *
 * Numbers start, as `Intl` does, from the shortest decimal that reads back as the value (`String(value)`: 1.005
 * is "1.005", not the binary 1.00499…), and round half away from zero (`Intl`'s "halfExpand").
 */

/**
 * How an English locale writes what differs between them (from Chromium's CLDR data; test/unit/english.test.ts
 * compares each locale of `ENGLISH_STYLES` in locale.ts with `Intl`).
 */
export interface EnglishStyle {
  /** "A, B, and C" (en, en-US) or "A, B and C" (CLDR's en-001: the Commonwealth's English). */
  readonly serialComma: boolean;
  /** "18 November 2020" or "November 18, 2020". */
  readonly dayFirst: boolean;
  /** British compact units: 1.5k, 22m, 1.2bn, 1.2tn. */
  readonly british?: boolean;
  /** A country's name from en's, where the locale writes some otherwise ("St. Lucia" → "St Lucia"). */
  readonly name?: (english: string) => string;
}

/** `value` as decimal digits: value = 0.`digits` × 10^`point`; no leading or trailing zeros ("" is zero). */
export interface Decimal {
  readonly negative: boolean;
  readonly digits: string;
  readonly point: number;
}

export function decimalOf(value: number): Decimal {
  const negative = value < 0 || Object.is(value, -0);
  let text = String(Math.abs(value));
  let exponent = 0;
  const e = text.indexOf('e');
  if (e >= 0) {
    exponent = Number(text.slice(e + 1));
    text = text.slice(0, e);
  }
  const dot = text.indexOf('.');
  let digits = dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1);
  let point = (dot < 0 ? text.length : dot) + exponent;
  let lead = 0;
  while (lead < digits.length && digits[lead] === '0') lead++;
  digits = digits.slice(lead);
  point -= lead;
  return { negative, digits: digits.replace(/0+$/, ''), point: digits ? point : 0 };
}

/** `decimal` rounded half away from zero to its first `keep` digits (its `point + n` digits: n fraction digits). */
export function roundTo(decimal: Decimal, keep: number, down?: boolean): Decimal {
  const { negative, digits, point } = decimal;
  if (digits.length <= keep) return decimal;
  if (keep < 0) return { negative, digits: '', point: 0 };
  let head = digits.slice(0, keep);
  if (!down && digits.charCodeAt(keep) >= 53 /* "5" */) {
    let i = head.length - 1;
    while (i >= 0 && head[i] === '9') i--;
    // All nines (or nothing kept): the value reaches the next power of ten.
    if (i < 0) return { negative, digits: '1', point: point + 1 };
    head = head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1);
  } else {
    head = head.replace(/0+$/, '');
  }
  return { negative, digits: head, point: head ? point : 0 };
}

/** The digits of `decimal` with "," between thousands and "." before the fraction, unsigned. */
export function written(decimal: Decimal, grouping = true): string {
  const { digits, point } = decimal;
  let whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const fraction = point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(0, point));
  if (grouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction ? `${whole}.${fraction}` : whole;
}

export const signed = (decimal: Decimal, text: string) => (decimal.negative ? `-${text}` : text);

/** `Intl.NumberFormat("en", { maximumFractionDigits, useGrouping })`. */
export function englishNumber(value: number, maximumFractionDigits: number, useGrouping = true): string {
  const decimal = decimalOf(value);
  const rounded = roundTo(decimal, decimal.point + maximumFractionDigits);
  return signed(rounded, written(rounded, useGrouping));
}

/** CLDR's English compact units, by the power of ten they divide by. */
const SHORT_UNITS = ['', 'K', 'M', 'B', 'T'];
const BRITISH_UNITS = ['', 'k', 'm', 'bn', 'tn'];
const LONG_UNITS = ['', ' thousand', ' million', ' billion', ' trillion'];

/**
 * `Intl.NumberFormat("en", { notation: "compact", compactDisplay, maximumFractionDigits? })`: without
 * `maximumFractionDigits`, Intl's compact rounding (whole numbers, but at least two significant digits: 1.5M,
 * 15M, 150M); with it, that many fraction digits. `down`: truncated, as `roundingMode: "trunc"` does (a lower bound).
 */
export function englishCompact(
  value: number,
  display: 'short' | 'long' = 'short',
  maximumFractionDigits?: number,
  british = false,
  down?: boolean,
): string {
  const decimal = decimalOf(value);
  const round = (scaled: Decimal) =>
    roundTo(scaled, maximumFractionDigits === undefined ? Math.max(scaled.point, 2) : scaled.point + maximumFractionDigits, down);
  // As ICU does: the unit of the value's magnitude, then again if rounding carried it into the next one (999,999 → 1M).
  const unitOf = (point: number) => (point <= 3 ? 0 : Math.min(Math.floor((point - 1) / 3), SHORT_UNITS.length - 1));
  let unit = decimal.digits ? unitOf(decimal.point) : 0;
  let rounded = round({ ...decimal, point: decimal.point - unit * 3 });
  if (rounded.digits && rounded.point + unit * 3 > decimal.point) {
    const next = unitOf(decimal.point + 1);
    if (next !== unit) {
      unit = next;
      rounded = round({ ...decimal, point: decimal.point - unit * 3 });
    }
  }
  // Compact numbers group thousands only from five digits up (CLDR's minimum grouping digits: 1000T, 10,000T).
  return signed(
    rounded,
    written(rounded, rounded.point >= 5) + (display === 'long' ? LONG_UNITS : british ? BRITISH_UNITS : SHORT_UNITS)[unit]!,
  );
}

/**
 * `Intl.ListFormat("en", { type: "conjunction" })` ("A, B, and C") or `{ style: "short", type: "unit" }`
 * ("A, B, C").
 */
export function englishList(items: readonly string[], type: 'conjunction' | 'unit', serialComma = true): string {
  if (type === 'unit' || items.length < 2) return items.join(', ');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}${serialComma ? ',' : ''} and ${items.at(-1)}`;
}

/**
 * The primary letters of `text` in CLDR's root collation: accents removed (é → e, ü → u), lower case. Worked out
 * once per text where many are sorted (see `englishKeyOrder`).
 */
export const englishSortKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
/** A character whose primary order in CLDR's root collation is its code point order: space, digits, letters. */
const ordered = (c: number) => c === 32 || (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
const digit = (c: number) => c >= 48 && c <= 57;

/**
 * The sign of `Intl.Collator("en", { numeric }).compare(a, b)` from the texts' sort keys (`englishSortKey`), where
 * their first primary difference is between spaces, digits or Latin letters, as it is between most names ("Africa
 * & Arab" before "Asia & Oceania", "Türkiye" before "Turkmenistan"). Undefined where only the collator knows:
 * punctuation or another script at that difference, names that differ only in accents or case, and with `numeric`
 * a digit there (the collator reads a run of digits as one number).
 */
export function englishKeyOrder(x: string, y: string, numeric = false): number | undefined {
  const shorter = Math.min(x.length, y.length);
  let i = 0;
  while (i < shorter && x.charCodeAt(i) === y.charCodeAt(i)) i++;
  if (i < shorter) {
    const p = x.charCodeAt(i);
    const q = y.charCodeAt(i);
    if (!ordered(p) || !ordered(q) || (numeric && (digit(p) || digit(q)))) return undefined;
    return p < q ? -1 : 1;
  }
  if (x.length === y.length) return undefined;
  // One is the other's beginning ("Guinea", "Guinea-Bissau"): it comes first, as every printable ASCII character
  // weighs something; after anything else (an ignorable, another script), only the collator knows.
  const next = (x.length > y.length ? x : y).charCodeAt(i);
  if (next < 32 || next > 126 || (numeric && digit(next))) return undefined;
  return x.length < y.length ? -1 : 1;
}

/** `englishKeyOrder` of two texts. */
export function englishOrder(a: string, b: string, numeric = false): number | undefined {
  return englishKeyOrder(englishSortKey(a), englishSortKey(b), numeric);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `Intl.DateTimeFormat("en", { year: "numeric", month: "long", day?: "numeric", timeZone: "UTC" })` of a date in
 * UTC: "November 18, 2020", "November 2020". Undefined for a year outside 1000–9999 (eras, padding: the formatter's).
 */
export function englishDate(date: Date, withDay: boolean, dayFirst = false): string | undefined {
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return undefined;
  const month = MONTHS[date.getUTCMonth()]!;
  if (!withDay) return `${month} ${year}`;
  return dayFirst ? `${date.getUTCDate()} ${month} ${year}` : `${month} ${date.getUTCDate()}, ${year}`;
}

/**
 * The plural category of `count` in every English locale, as `Intl.PluralRules` gives it: "one" for a number that
 * reads "1" (or "-1") at PluralRules' three fraction digits at most (1.0000000000000002 too), "other" for every other
 * (CLDR's English rule: an integer 1 with no visible fraction). A page of English asked for an `Intl.PluralRules` on
 * its first plural message (0.3 ms, measured in Chromium).
 */
export function englishPlural(count: number): 'one' | 'other' {
  const size = Math.abs(count);
  if (Number.isInteger(size)) return size === 1 ? 'one' : 'other';
  return englishNumber(size, 3, false) === '1' ? 'one' : 'other';
}
