/**
 * What country a spreadsheet cell means — or that it cannot tell. Pure, no DOM; the name index is built on
 * first use from `Intl.DisplayNames` (about 90 languages × 249 codes) and kept.
 *
 * In order, and never silently guessing:
 * 1. **codes**: ISO 3166-1 alpha-3 ("IRN"), alpha-2 ("IR") and numeric ("364", "4"). A cell in capitals
 *    that is a code is that code; in lower case it is also looked up as a name, and must agree.
 * 2. **names**: the `Intl.DisplayNames` name of every country in every indexed language, the importer's
 *    alias table (`aliases.ts`), compared after folding (`text.ts`). A name is exact when it equals a known
 *    name but for case and spacing; when it needed folding (diacritics, Arabic letter variants, punctuation)
 *    it is a `variant`, accepted and reported. Names in {@link AMBIGUOUS_NAMES} ("Congo", "Korea") stop.
 * 3. **fuzzy**, reported, and only when a single country fits: the same words in another order ("Korea,
 *    Republic of", "Sudan (South)"), a parenthesised alternative ("Gherghizestan (Kirghizstan)", "Iran
 *    (Islamic Republic of)"), then a spelling within a few edits ("Afghanestan") that no other country comes
 *    within one edit of.
 * Anything else is unknown or ambiguous, with the closest candidates — but Kosovo ("XK", its names), which has no
 * ISO code, is unknown with a reason and none.
 */
import { allAlpha3, alpha2Of, isAlpha3 } from '../core/countries.js';
import { AZERBAIJANI_NAMES } from '../core/azerbaijani.js';
import { countryNameFromAlpha2 } from '../core/locale.js';
import { ISO_NUMERIC } from '../generated/iso-numeric.js';
import { AMBIGUOUS_NAMES, COUNTRY_ALIASES } from './aliases.js';
import { asciiDigits, editDistance, foldedWords, foldKey, lightFold, wordSetKey } from './text.js';

/** How a cell was matched. `code`, `name` and `alias` are exact; the others are reported to the user. */
export type MatchHow = 'code' | 'name' | 'alias' | 'variant' | 'parenthesis' | 'word-order' | 'spelling';

export interface CountryCandidate {
  code: string;
  /** The English name ("Kyrgyzstan"). */
  name: string;
}

export type CountryMatch =
  | {
      status: 'matched';
      code: string;
      how: MatchHow;
      /** The known name the cell matched ("Kirghizstan"), and its language tag, or "alias". */
      via?: string;
      language?: string;
    }
  | { status: 'ambiguous'; candidates: CountryCandidate[] }
  /** `no-iso-code`: a place with no ISO 3166-1 code, so no country of a dataset's (Kosovo). */
  | { status: 'unknown'; candidates: CountryCandidate[]; reason?: 'no-iso-code' };

/** The `how`s that are exact: never listed as needing a look. */
export const EXACT_MATCHES: ReadonlySet<MatchHow> = new Set(['code', 'name', 'alias']);

/**
 * Languages whose country names are indexed for exact matching: those `Intl.DisplayNames` supports among
 * these. Wide on purpose — a list may be written in Dutch ("Nederland") or Malay.
 */
// prettier-ignore
const INDEXED_LANGUAGES = [
  'en', 'fr', 'fa', 'ar', 'tr', 'es', 'de', 'it', 'pt', 'nl', 'ru', 'zh', 'ja', 'ko', 'ur', 'ms', 'id', 'hi', 'bn',
  'sw', 'ha', 'so', 'uz', 'kk', 'ky', 'tg', 'az', 'ps', 'ku', 'sq', 'bs', 'hr', 'sr', 'mk', 'bg', 'ro', 'hu', 'pl',
  'cs', 'sk', 'sl', 'uk', 'be', 'el', 'he', 'sv', 'no', 'da', 'fi', 'et', 'lv', 'lt', 'is', 'ga', 'cy', 'ca', 'eu',
  'gl', 'mt', 'af', 'zu', 'am', 'ti', 'yo', 'ig', 'wo', 'ff', 'th', 'vi', 'km', 'lo', 'my', 'si', 'ta', 'te', 'ml',
  'kn', 'mr', 'gu', 'pa', 'ne', 'fil', 'mn', 'ka', 'hy', 'tk', 'sd', 'ug',
];
/**
 * Languages whose names fuzzy matching compares against: the networks' own and their neighbours'. Fewer than
 * the indexed ones, so that a typo is not "corrected" into a far-away language's spelling of another country.
 */
const FUZZY_LANGUAGES: ReadonlySet<string> = new Set(['en', 'fr', 'es', 'de', 'it', 'pt', 'nl', 'tr', 'ms', 'id', 'fa', 'ar', 'ur', 'ps']);
const ALIAS = 'alias';

interface KnownName {
  code: string;
  name: string;
  /** A language tag, or "alias". */
  language: string;
}

interface NameIndex {
  byKey: Map<string, KnownName[]>;
  byWords: Map<string, KnownName[]>;
  /** For fuzzy matching: folded key → names, in the fuzzy languages and the alias table only. */
  fuzzy: Map<string, KnownName[]>;
  ambiguous: Map<string, readonly string[]>;
  alpha2: Map<string, string>;
  numeric: Map<number, string>;
  /** Folded names and codes of Kosovo, which has none in ISO 3166-1 ("XK" is user-assigned). */
  noIsoCode: Set<string>;
}

let index: NameIndex | undefined;

function push<K>(map: Map<K, KnownName[]>, key: K, known: KnownName): void {
  const list = map.get(key);
  if (!list) map.set(key, [known]);
  else if (!list.some((entry) => entry.code === known.code && entry.name === known.name)) list.push(known);
}

function addName(target: NameIndex, known: KnownName, fuzzy: boolean): void {
  const key = foldKey(known.name);
  if (key === '') return;
  push(target.byKey, key, known);
  if (!fuzzy) return;
  push(target.byWords, wordSetKey(known.name), known);
  push(target.fuzzy, key, known);
}

function buildIndex(): NameIndex {
  const built: NameIndex = {
    byKey: new Map(),
    byWords: new Map(),
    fuzzy: new Map(),
    ambiguous: new Map(),
    alpha2: new Map(),
    numeric: new Map(),
    noIsoCode: new Set(['xk', 'xkx']),
  };
  const codes = allAlpha3();
  for (const code of codes) built.alpha2.set(alpha2Of(code)!, code);
  for (let i = 0; i < ISO_NUMERIC.length; i += 6) built.numeric.set(Number(ISO_NUMERIC.slice(i + 3, i + 6)), ISO_NUMERIC.slice(i, i + 3));
  for (const language of Intl.DisplayNames.supportedLocalesOf(INDEXED_LANGUAGES)) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    const fuzzy = FUZZY_LANGUAGES.has(language);
    const kosovo = names.of('XK');
    if (kosovo) built.noIsoCode.add(foldKey(kosovo));
    for (const code of codes) {
      const name = names.of(alpha2Of(code)!);
      if (!name) continue;
      addName(built, { code, name, language }, fuzzy);
      // "Myanmar (Burma)": the name outside the brackets is a name too. Not the one inside: in "RAE de Hong
      // Kong (China)" it qualifies rather than names.
      const outer = splitParenthesis(name)?.[0];
      if (outer) addName(built, { code, name: outer, language }, fuzzy);
    }
  }
  // Chromium has no Azerbaijani names (Intl gives English ones): the language's UI chunk's, as Node's Intl has them.
  for (const code of codes) addName(built, { code, name: AZERBAIJANI_NAMES[alpha2Of(code)!]!, language: 'az' }, true);
  for (const [name, code] of COUNTRY_ALIASES) addName(built, { code, name, language: ALIAS }, true);
  for (const [name, candidates] of Object.entries(AMBIGUOUS_NAMES)) {
    built.ambiguous.set(foldKey(name), candidates);
    // Fuzzy matching must see them too: "Koreaa" is as ambiguous as "Korea".
    for (const code of candidates) push(built.fuzzy, foldKey(name), { code, name, language: ALIAS });
  }
  return built;
}

function nameIndex(): NameIndex {
  return (index ??= buildIndex());
}

/** "Gherghizestan (Kirghizstan)" → ["Gherghizestan", "Kirghizstan"]; undefined without brackets. */
function splitParenthesis(text: string): [string, string] | undefined {
  const match = /^(.*?)\s*[([]([^()[\]]+)[)\]]\s*(.*)$/u.exec(text);
  if (!match) return undefined;
  const outer = `${match[1]} ${match[3]}`.trim();
  const inner = match[2]!.trim();
  return outer && inner ? [outer, inner] : undefined;
}

/** The English name of a code, for messages and reports. */
export function englishName(code: string): string {
  return countryNameFromAlpha2(alpha2Of(code), 'en', code);
}

function candidatesOf(codes: Iterable<string>): CountryCandidate[] {
  return [...new Set(codes)].map((code) => ({ code, name: englishName(code) }));
}

/** No country's folded name is this long: longer cells are not compared letter by letter. */
const LONGEST_NAME = 64;

/** The most edits a spelling of this many letters may be from a known name. */
function editLimit(length: number): number {
  if (length <= 4 || length > LONGEST_NAME) return 0;
  if (length <= 8) return 1;
  if (length <= 14) return 2;
  return 3;
}

/** Exact stages on one piece of text: codes, the alias and name index. */
function matchExact(text: string): CountryMatch | undefined {
  const built = nameIndex();
  const digits = asciiDigits(text);
  if (/^\d{1,3}$/.test(digits)) {
    const code = built.numeric.get(Number(digits));
    return code ? { status: 'matched', code, how: 'code' } : { status: 'unknown', candidates: [] };
  }
  const upper = text.toUpperCase();
  const codeOf = /^[A-Za-z]{2,3}$/.test(text)
    ? upper.length === 3
      ? isAlpha3(upper)
        ? upper
        : undefined
      : built.alpha2.get(upper)
    : undefined;
  if (codeOf && text === upper) return { status: 'matched', code: codeOf, how: 'code' };

  const key = foldKey(text);
  const ambiguous = built.ambiguous.get(key);
  if (ambiguous) return { status: 'ambiguous', candidates: candidatesOf(ambiguous) };
  const known = built.byKey.get(key) ?? [];
  const codes = new Set(known.map((entry) => entry.code));
  if (codeOf) codes.add(codeOf);
  if (codes.size > 1) return { status: 'ambiguous', candidates: candidatesOf(codes) };
  if (codes.size === 0) return undefined;
  if (known.length === 0) return { status: 'matched', code: codeOf!, how: 'code' };
  const written = lightFold(text);
  const same = known.find((entry) => lightFold(entry.name) === written);
  const entry = same ?? known.find((candidate) => candidate.language !== ALIAS) ?? known[0]!;
  const how: MatchHow = !same ? 'variant' : same.language === ALIAS ? 'alias' : 'name';
  return { status: 'matched', code: entry.code, how, via: entry.name, language: entry.language };
}

/** Word order: the same folded words as a known name (fuzzy languages and aliases). */
function matchWords(text: string): CountryMatch | undefined {
  const known = nameIndex().byWords.get(wordSetKey(text));
  if (!known) return undefined;
  const codes = new Set(known.map((entry) => entry.code));
  if (codes.size > 1) return { status: 'ambiguous', candidates: candidatesOf(codes) };
  return { status: 'matched', code: known[0]!.code, how: 'word-order', via: known[0]!.name, language: known[0]!.language };
}

/** Per country, the fewest edits from `key` to one of its names (up to `limit`), with that name. */
function nearest(key: string, limit: number): Map<string, { distance: number; known: KnownName }> {
  const best = new Map<string, { distance: number; known: KnownName }>();
  for (const [candidate, known] of nameIndex().fuzzy) {
    const distance = editDistance(key, candidate, limit);
    if (distance > limit) continue;
    for (const entry of known) {
      const previous = best.get(entry.code);
      if (!previous || distance < previous.distance) best.set(entry.code, { distance, known: entry });
    }
  }
  return best;
}

/** Spelling: within {@link editLimit} edits of one country's name, and no other country within one more. */
function matchSpelling(text: string): CountryMatch | undefined {
  const key = foldKey(text);
  const limit = editLimit(key.length);
  if (limit === 0) return undefined;
  const found = [...nearest(key, limit + 1)].sort((a, b) => a[1].distance - b[1].distance);
  const first = found[0];
  if (!first || first[1].distance > limit) return undefined;
  const close = found.filter(([, { distance }]) => distance <= first[1].distance + 1);
  if (close.length > 1) return { status: 'ambiguous', candidates: candidatesOf(close.map(([code]) => code)) };
  return { status: 'matched', code: first[0], how: 'spelling', via: first[1].known.name, language: first[1].known.language };
}

/** Everything but the parenthesis split, on one piece of text. */
function matchPlain(text: string): CountryMatch | undefined {
  return matchExact(text) ?? matchWords(text) ?? matchSpelling(text);
}

/** Countries with a name that has all these words, and maybe more ("Guinea (New)" → Papua New Guinea). */
function namesWithAllWords(words: readonly string[]): Set<string> {
  const codes = new Set<string>();
  for (const [key, known] of nameIndex().byWords) {
    const nameWords = key.split(' ');
    if (words.every((word) => nameWords.includes(word))) for (const entry of known) codes.add(entry.code);
  }
  return codes;
}

/**
 * Both parts of "outer (inner)": accepted when what they match points at one country only — and no other
 * country's name has all the cell's words, as "Guinea (Equatorial)" or "Guinea (New)" would.
 */
function matchParts(text: string, parts: [string, string]): CountryMatch | undefined {
  const results = parts.map((part) => matchPlain(part));
  const codes = new Set<string>();
  for (const result of results) {
    if (result?.status === 'matched') codes.add(result.code);
    else if (result?.status === 'ambiguous') for (const candidate of result.candidates) codes.add(candidate.code);
  }
  if (codes.size === 0) return undefined;
  if (results.some((result) => result === undefined)) for (const code of namesWithAllWords(wordSetKey(text).split(' '))) codes.add(code);
  if (codes.size > 1) return { status: 'ambiguous', candidates: candidatesOf(codes) };
  // Prefer the part that matched most exactly, for the report.
  const rank = (result: CountryMatch | undefined) =>
    result?.status !== 'matched' ? 9 : EXACT_MATCHES.has(result.how) ? 0 : result.how === 'variant' ? 1 : 2;
  const best = results.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  if (best?.status !== 'matched') return undefined;
  return { status: 'matched', code: best.code, how: 'parenthesis', via: best.via ?? parts[results.indexOf(best)], language: best.language };
}

/** The closest countries to an unknown name, for the message: up to three, nearest first. */
function closest(text: string): CountryCandidate[] {
  const key = foldKey(text);
  if (key.length > LONGEST_NAME) return [];
  const found = [...nearest(key, Math.min(6, Math.max(3, Math.ceil(key.length / 2))))].sort(
    (a, b) => a[1].distance - b[1].distance || a[0].localeCompare(b[0]),
  );
  return candidatesOf(found.slice(0, 3).map(([code]) => code));
}

/**
 * Why `quoted` (a cell or code as the message quotes it) names no country a dataset can take: it is Kosovo. The
 * importer's word on such a row and `checkDataset()`'s on such a code, `leave` saying what to do.
 */
export function noIsoCodeText(quoted: string, leave: string): string {
  return `${quoted} is Kosovo, which has no ISO 3166-1 code (XK is only user-assigned): datasets take ISO countries only, and the map has no shape for it; ${leave}`;
}

/** What country `cell` means (see the module comment for the order of the stages). */
export function matchCountry(cell: string): CountryMatch {
  const text = cell.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').trim();
  if (text === '') return { status: 'unknown', candidates: [] };
  const exact = matchExact(text);
  if (exact) return exact.status === 'unknown' ? { status: 'unknown', candidates: closest(text) } : exact;
  if (nameIndex().noIsoCode.has(foldKey(text))) return { status: 'unknown', candidates: [], reason: 'no-iso-code' };
  const parts = splitParenthesis(text);
  // Word order first: "Sudan (South)" has the words of "South Sudan", whatever "Sudan" alone means.
  const fuzzy = matchWords(text) ?? (parts && matchParts(text, parts)) ?? matchSpelling(text);
  if (fuzzy) return fuzzy;
  // "Republic of Kosovo", "Kosovo (UNSCR 1244)": after the other stages, so that "Serbia (with Kosovo)" is Serbia.
  if (foldedWords(text).some((word) => nameIndex().noIsoCode.has(word)))
    return { status: 'unknown', candidates: [], reason: 'no-iso-code' };
  return { status: 'unknown', candidates: closest(text) };
}
