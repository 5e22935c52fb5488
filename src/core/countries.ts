/**
 * ISO 3166-1: the 249 officially assigned alpha-3 codes and their alpha-2 twins (for `Intl.DisplayNames`), and
 * nothing else — user-assigned codes such as "XKX" (Kosovo) are deliberately absent. The table is generated from
 * scripts/iso-3166-1.mjs (which also has the numeric codes, needed only at build time) as one string of
 * 5-character records `AAABB`, sorted by alpha-3, indexed lazily on first use.
 */
import { ENGLISH_NAMES, ISO_ALPHA } from '../generated/iso-codes.js';

const RECORD = 5;

let byAlpha3: Map<string, number> | undefined;
let codes: readonly string[] | undefined;

function index(): Map<string, number> {
  if (!byAlpha3) {
    byAlpha3 = new Map();
    for (let i = 0; i < ISO_ALPHA.length; i += RECORD) byAlpha3.set(ISO_ALPHA.slice(i, i + 3), i);
  }
  return byAlpha3;
}

/** True for an officially assigned ISO 3166-1 alpha-3 code, upper case ("PAK"; not "pak", not "XKX"). */
export function isAlpha3(code: string): boolean {
  return index().has(code);
}

/** The alpha-2 code for an alpha-3 code ("PAK" → "PK"), e.g. for `Intl.DisplayNames` regions. */
export function alpha2Of(alpha3: string): string | undefined {
  const i = index().get(alpha3);
  return i === undefined ? undefined : ISO_ALPHA.slice(i + 3, i + RECORD);
}

/** Every alpha-3 code, sorted. */
export function allAlpha3(): readonly string[] {
  return (codes ??= Object.freeze([...index().keys()]));
}

let englishNames: Map<string, string> | undefined;

/**
 * The English name of a country by its alpha-2 code ("PK" → "Pakistan"), as `Intl.DisplayNames("en")` gives it
 * in Chromium, from scripts/english-names.mjs: English pages name countries without an Intl object.
 */
export function englishCountryName(alpha2: string): string | undefined {
  if (!englishNames) {
    englishNames = new Map();
    const names = ENGLISH_NAMES.split('|');
    for (let i = 0; i < ISO_ALPHA.length; i += RECORD) englishNames.set(ISO_ALPHA.slice(i + 3, i + RECORD), names[i / RECORD]!);
  }
  return englishNames.get(alpha2);
}
