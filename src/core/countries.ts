/**
 * ISO 3166-1: the 249 officially assigned alpha-3 codes and their alpha-2 twins (for `Intl.DisplayNames`), and
 * nothing else — user-assigned codes such as "XKX" (Kosovo) are deliberately absent. The table is generated from
 * scripts/iso-3166-1.mjs (which also has the numeric codes, needed only at build time) as one string, sorted by
 * alpha-3 and written by the codes' letters (scripts/generate-data.mjs says how), indexed lazily on first use: one
 * match per letter written (a space, a second letter, or a code), 463 for the 249 codes.
 */
import { ISO_ALPHA } from '../generated/iso-codes.js';
import { ENGLISH_TABLE } from './english-table.js';

/** Alpha-2 codes by alpha-3 code, in the table's order (the English names' too). */
let alpha2s: Map<string, string> | undefined;
let codes: readonly string[] | undefined;

function index(): Map<string, string> {
  if (!alpha2s) {
    alpha2s = new Map();
    // A space: the next first letter; upper case: a second letter; lower case: a code's third letter, then its
    // alpha-2 code's tail ("." its first and third letters, ":" and the code, none its first two).
    let first = 65;
    let second = '';
    for (const [, space, upper, third = '', tail] of ISO_ALPHA.matchAll(/( )|([A-Z])|([a-z])(\.|:..)?/g)) {
      if (space) first++;
      else if (upper) second = upper;
      else {
        const a = String.fromCharCode(first);
        const last = third.toUpperCase();
        alpha2s.set(a + second + last, (tail === '.' ? a + last : tail ? tail.slice(1) : a + second).toUpperCase());
      }
    }
  }
  return alpha2s;
}

/** True for an officially assigned ISO 3166-1 alpha-3 code, upper case ("PAK"; not "pak", not "XKX"). */
export function isAlpha3(code: string): boolean {
  return index().has(code);
}

/** The alpha-2 code for an alpha-3 code ("PAK" → "PK"), e.g. for `Intl.DisplayNames` regions. */
export function alpha2Of(alpha3: string): string | undefined {
  return index().get(alpha3);
}

/** Every alpha-3 code, sorted. */
export function allAlpha3(): readonly string[] {
  return (codes ??= Object.freeze([...index().keys()]));
}

/** English names by alpha-2 code: the full table where the build keeps it, else as the chunks that name them come. */
const englishNames = new Map<string, string>();
let tableRead = false;

/**
 * Adds English names written `PKPakistan|AFAfghanistan` (scripts/generate-data.mjs): a bundled dataset's chunk
 * brings its countries' (src/core/default-dataset.ts).
 */
export function registerEnglishNames(names: string): void {
  for (const entry of names.split('|')) if (entry) englishNames.set(entry.slice(0, 2), entry.slice(2));
}

/** Adds all 249 English names, written in the order of the ISO codes (`Andorra|United Arab Emirates|…`). */
export function registerEnglishTable(table: string): void {
  const names = table.split('|');
  [...index().values()].forEach((code, i) => englishNames.set(code, names[i]!));
}

/**
 * The English name of a country by its alpha-2 code ("PK" → "Pakistan"), as `Intl.DisplayNames("en")` gives it
 * in Chromium, from scripts/english-names.mjs: English pages name countries without an Intl object. Undefined for a
 * code no loaded chunk named yet in dist/netreach.js (the caller asks Intl, which gives Chromium the same name).
 */
export function englishCountryName(alpha2: string): string | undefined {
  if (!tableRead) {
    tableRead = true;
    if (ENGLISH_TABLE) registerEnglishTable(ENGLISH_TABLE);
  }
  return englishNames.get(alpha2);
}
