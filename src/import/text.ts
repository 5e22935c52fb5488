/**
 * Folding what people type in spreadsheets into comparable keys: country names, headers, region names. Pure,
 * no DOM. Folding is deliberately narrow — it only erases differences that never distinguish two names:
 * case, Latin diacritics, Arabic vowel marks and letter variants (ي/ی, ك/ک, ة/ه, أ/إ/آ/ا), zero-width and
 * bidi control characters (ZWNJ, RLM…), presentation forms and punctuation. Marks of other scripts (the
 * vowel signs of Devanagari, Bengali, Thai…) are letters there and are kept.
 */

/** Combining diacritics after NFKD (Latin, Greek, Cyrillic) and the Arabic harakat, superscript alef and Quranic marks. */
const ERASED_MARKS = /[\u0300-\u036f\u064b-\u065f\u0670\u06d6-\u06ed]/g;
/** Tatweel, zero-width characters (ZWSP, ZWNJ, ZWJ), directional marks and embeddings, the BOM. */
const INVISIBLE = /[\u0640\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const LETTER_VARIANTS: Readonly<Record<string, string>> = {
  ي: 'ی', // Arabic yeh → Persian yeh (the Arabic keyboard's, in Persian text, and the other way round)
  ى: 'ی', // alef maksura
  ك: 'ک', // Arabic kaf → Persian keheh
  ة: 'ه', // teh marbuta
  ٱ: 'ا', // alef wasla
  ı: 'i', // Turkish dotless i (İ already folds to i through NFKD)
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
};
const VARIANT_LETTERS = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'g');
/** Anything that is not a letter, a mark or a digit separates words. */
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/u;
/** Words that never tell two countries apart. */
const DROPPED_WORDS: ReadonlySet<string> = new Set(['the', 'and']);
const REWRITTEN_WORDS: Readonly<Record<string, string>> = { st: 'saint', ste: 'sainte' };

const PERSIAN_DIGIT_ZERO = 0x06f0;
const ARABIC_DIGIT_ZERO = 0x0660;

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits as ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u06f0-\u06f9\u0660-\u0669]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= PERSIAN_DIGIT_ZERO ? PERSIAN_DIGIT_ZERO : ARABIC_DIGIT_ZERO));
  });
}

/** The words of a text, folded: "Côte d’Ivoire" → ["cote", "d", "ivoire"]; "St. Kitts & Nevis" → ["saint", "kitts", "nevis"]. */
export function foldedWords(text: string): string[] {
  const folded = asciiDigits(text)
    .normalize('NFKD')
    .replace(INVISIBLE, '')
    .replace(ERASED_MARKS, '')
    .toLowerCase()
    .replace(VARIANT_LETTERS, (letter) => LETTER_VARIANTS[letter] ?? letter)
    .replace(/&/g, ' and ');
  const words: string[] = [];
  for (const word of folded.split(SEPARATORS)) {
    if (word === '' || DROPPED_WORDS.has(word)) continue;
    words.push(REWRITTEN_WORDS[word] ?? word);
  }
  return words;
}

/** The key two spellings share when they differ only by what {@link foldedWords} erases, spaces included. */
export function foldKey(text: string): string {
  return foldedWords(text).join('');
}

/** The same words in any order: "Korea, Republic of" and "Republic of Korea" share this key. */
export function wordSetKey(text: string): string {
  return foldedWords(text).sort().join(' ');
}

/**
 * A light folding for telling "as written" from "a variant": case, spacing, apostrophes and "&"/"and" only.
 * A cell that equals a known name under this folding matched exactly; one that equals it only under
 * {@link foldKey} (diacritics, letter forms, punctuation) is reported as a variant.
 */
export function lightFold(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Virtual students" → "virtual-students"; "" when the text has no Latin letters or digits. */
export function slug(text: string): string {
  return asciiDigits(text)
    .normalize('NFKD')
    .replace(ERASED_MARKS, '')
    .toLowerCase()
    .replace(/&/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `limit + 1` as soon as it must
 * exceed `limit`: typos are one or two edits, and most candidates are rejected by the length check alone.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, limit + 1);
}
