/**
 * Writing standalone SVG as text: escaping, elements with presentation attributes (no stylesheet, no custom
 * properties: rasterizers and slide software render it as it is), text width estimates, and bidi.
 * Pure; no DOM.
 */

import { balanceBidi, continueIsolates, lineWords } from '../core/bidi.js';
import { languageOf } from '../core/locale.js';

/**
 * The font stack of images in languages written in Latin, Persian or Arabic script (Vazirmatn covers all three,
 * and `netreach render` rasterizes with it).
 */
export const FONT_FAMILY = 'Vazirmatn, Tahoma, sans-serif';

/** Cyrillic script's stack: Russian's, and Azerbaijani's in Cyrillic (`az-Cyrl`). */
const CYRILLIC = "'Noto Sans', 'Segoe UI', Arial, Vazirmatn, sans-serif";

/**
 * The stacks of the languages Vazirmatn cannot write, or not in their own style. The first family is the one
 * `netreach render` rasterizes with (from its npm dependencies); the next is the same design as Debian and
 * other systems install it (fonts-noto-core, fonts-noto-cjk), then what slide software on Windows and macOS
 * has, then Vazirmatn for any Persian or Arabic name in the dataset.
 * - Urdu is written in Nastaliq, not in Vazirmatn's Naskh.
 * - Bengali and Chinese need their scripts; Chinese UI strings are simplified, hence the SC (simplified) faces.
 * - Russian needs Cyrillic, which Vazirmatn lacks; Noto Sans has it with the Latin of the dataset's names.
 */
const FONT_STACKS: Readonly<Record<string, string>> = {
  ur: "'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', Vazirmatn, Tahoma, sans-serif",
  bn: "'Noto Sans Bengali', Vrinda, 'Bangla Sangam MN', Vazirmatn, sans-serif",
  zh: "'Noto Sans SC', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', Vazirmatn, sans-serif",
  ru: CYRILLIC,
};

/**
 * The font stack a static image in `locale` names: {@link FONT_FAMILY} but for Urdu, Bengali, Chinese, and Russian
 * or any language in Cyrillic script (`az-Cyrl`).
 */
export function fontFamily(locale: string): string {
  if (/^[a-z]+-cyrl(?:-|$)/i.test(locale)) return CYRILLIC;
  return FONT_STACKS[languageOf(locale)] ?? FONT_FAMILY;
}

/** Characters XML 1.0 does not allow: C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF. */
const DISALLOWED =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` safe as XML character data or a double-quoted attribute value. Bidi embeddings and overrides are dropped
 * and isolates balanced ({@link balanceBidi}), so text from the data cannot reorder the slide's own text.
 */
export function escapeXml(text: string): string {
  return balanceBidi(String(text))
    .replace(DISALLOWED, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A coordinate or length with at most two decimals. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export type Attributes = Record<string, string | number | undefined | null | false>;

/**
 * ` name="value"` pairs; numbers rounded, strings escaped, empty values (undefined, null, false) left out. A
 * translucent `fill` or `stroke` (`#rrggbbaa`: a page's colour, in a browser's file) is written as `#rrggbb` and
 * `fill-opacity` or `stroke-opacity` (times the one given), as SVG 1.1 has it: slide software, Inkscape, librsvg
 * and older browsers read no eight-digit hex and drop the paint or draw it opaque.
 */
export function attributes(attrs: Attributes): string {
  let out = '';
  for (const paint of ['fill', 'stroke']) {
    const value = attrs[paint];
    if (typeof value === 'string' && /^#[\da-f]{8}$/i.test(value)) {
      const opacity = `${paint}-opacity`;
      // Three decimals: every byte of alpha comes back the same (0.502 × 255 = 128).
      const alpha = Math.round((Number.parseInt(value.slice(7), 16) / 255) * Number(attrs[opacity] ?? 1) * 1000) / 1000;
      attrs = { ...attrs, [paint]: value.slice(0, 7), [opacity]: `${alpha}` };
    }
  }
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}

/** An element: self-closing without children; `children` is markup (already escaped). */
export function el(name: string, attrs: Attributes, children?: string): string {
  return children === undefined || children === ''
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${children}</${name}>`;
}

/** Right-to-left embedding (RLE … PDF). */
const RLE = '\u202b';
const PDF = '\u202c';

/**
 * Text content for a `<text>` element: escaped, and in right-to-left locales wrapped in a right-to-left
 * embedding, so it is ordered as a right-to-left paragraph ("منبع: CINVU" reads from the right, its colon where
 * a Persian reader expects it). The embedding, not `direction="rtl"`, because renderers disagree about
 * `direction`: browsers then read `text-anchor` as logical (start is the right edge), resvg keeps it physical
 * and orders mixed text differently. With the embedding every renderer agrees, and anchors are physical.
 */
export function textContent(text: string, rtl: boolean): string {
  const safe = escapeXml(text);
  return rtl && safe ? `${RLE}${safe}${PDF}` : safe;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface TextStyle {
  size: number;
  fill: string;
  weight?: number;
  anchor?: Anchor;
  italic?: boolean;
}

/**
 * A `<text>` at (x, y) (y is the baseline). `anchor` is physical (`start` is the left edge): callers mirror it
 * for right-to-left locales with {@link physicalAnchor}.
 */
export function textEl(x: number, y: number, text: string, style: TextStyle, rtl: boolean): string {
  return el(
    'text',
    {
      x,
      y,
      'font-size': style.size,
      'font-weight': style.weight && style.weight !== 400 ? style.weight : undefined,
      'font-style': style.italic ? 'italic' : undefined,
      fill: style.fill,
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
    },
    textContent(text, rtl),
  );
}

/** A logical anchor (start = where reading begins) as a physical one for `rtl`. */
export function physicalAnchor(anchor: Anchor, rtl: boolean): Anchor {
  if (!rtl || anchor === 'middle') return anchor;
  return anchor === 'start' ? 'end' : 'start';
}

// ---------------------------------------------------------------------------------------------------------
// Text widths, estimated: there are no fonts to measure with in Node. The advances are Vazirmatn's, roughly, and
// Noto Sans Bengali's and Noto Sans SC's for those scripts (an ideograph is an em wide). Against HarfBuzz's
// shaping of the UI strings, the real width is 0.6–1.03 times the estimate in Bengali (median 0.86), about 1 in
// Chinese and Russian, and 0.7–1.3 in Urdu's Noto Nastaliq Urdu (median 0.9).

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
/** Arabic letters that are narrow in every joining form: alef, dal, reh, waw and their kin. */
const ARABIC_NARROW = /[\u0622-\u0625\u0627\u062f-\u0632\u0648\u0698\u0629\u0644]/;
/** Wide ones: seen, sad, kaf, gaf. */
const ARABIC_WIDE = /[\u0633-\u0636\u0643\u06a9\u06af]/;
const COMBINING = /[\u064b-\u065f\u0670\u06d6-\u06ed\u0300-\u036f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;
const NARROW = /[iljtfr.,:;'’!|()[\]{}\u060c\u066b\u066c\u0640]/;
const WIDE = /[mwMW@%\u066a]/;

/** Han ideographs, kana, Hangul and full-width forms: one em each. */
const FULL_WIDTH = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Bengali signs drawn above or below a letter (candrabindu, nukta, u, uu, vocalic r, virama): no advance. */
const BENGALI_MARK = /[\u0981\u09bc\u09c1-\u09c4\u09cd\u09e2\u09e3]/;
/** Bengali vowel signs and marks beside a letter. */
const BENGALI_SIGN = /[\u0982\u0983\u09be-\u09c0\u09c7-\u09cc\u09d7]/;
const BENGALI_DIGIT = /[\u09e6-\u09ef]/;
const BENGALI = /[\u0980-\u09ff]/;

/** Estimated advance of one character, in em. */
function advance(char: string): number {
  if (COMBINING.test(char)) return 0;
  if (FULL_WIDTH.test(char)) return 1;
  if (BENGALI_MARK.test(char)) return 0;
  if (BENGALI_SIGN.test(char)) return 0.34;
  if (BENGALI_DIGIT.test(char)) return 0.56;
  if (BENGALI.test(char)) return 0.72;
  if (char === ' ' || char === '\u00a0' || char === '\u202f') return 0.25;
  if (NARROW.test(char)) return 0.29;
  if (WIDE.test(char)) return 0.82;
  if (/[0-9\u0660-\u0669\u06f0-\u06f9]/.test(char)) return 0.54;
  if (ARABIC_NARROW.test(char)) return 0.3;
  if (ARABIC_WIDE.test(char)) return 0.7;
  if (ARABIC.test(char)) return 0.5;
  if (/[A-Z]/.test(char)) return 0.63;
  if (/[a-z]/.test(char)) return 0.52;
  return 0.58;
}

/**
 * Latin in the Noto faces that lead the stacks of Urdu, Bengali, Chinese and Russian ({@link fontFamily}) is wider
 * than the advances above: HarfBuzz gives the sources' English names 1.07–1.08 times their estimate in Noto
 * Nastaliq Urdu, Noto Sans Bengali and Noto Sans SC (0.98 in Vazirmatn). Without this a Chinese file's source line
 * ran into its right margin.
 */
const NOTO_LATIN = 1.08;

/**
 * The estimated width of `text` set at `size` px (a little wider in bold) in a file in `locale` (its Latin is wider
 * in the Noto faces of some languages: see {@link fontFamily}). Errs on the wide side.
 */
export function measureText(text: string, size: number, weight = 400, locale?: string): number {
  const latin = locale && FONT_STACKS[languageOf(locale)] ? NOTO_LATIN : 1;
  let em = 0;
  for (const char of text.normalize('NFD')) em += advance(char) * (char < '\u0250' ? latin : 1);
  return em * size * (weight >= 600 ? 1.03 : 1);
}

/** A text's width at a size and weight: {@link measureText}'s estimate, or a page's measurement (a browser's file). */
export type Measure = (text: string, size: number, weight?: number) => number;

/**
 * `text` cut with an ellipsis to fit `width` at `size` (the longest prefix that fits) in a file in `locale`, as
 * `measure` gives widths.
 */
export function fitText(
  text: string,
  width: number,
  size: number,
  weight = 400,
  locale?: string,
  measure: Measure = (line, at, bold) => measureText(line, at, bold, locale),
): string {
  if (measure(text, size, weight) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, middle).join('').trimEnd()}…`, size, weight) <= width) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, Math.max(1, low)).join('').trimEnd()}…`;
}

/** Han, kana, their punctuation and full-width forms: a line may break between two of them (Korean breaks at spaces). */
const IDEOGRAPHIC = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
/** What may not start a line (closing brackets and punctuation), and what may not end one (opening brackets). */
const NO_BREAK_BEFORE = /[\u3001\u3002\uff0c\uff0e\uff1a\uff1b\uff01\uff1f\uff09\u300d\u300f\u3011\u3009\u300b\u201d\u2019,.:;!?)\]]/u;
const NO_BREAK_AFTER = /[\uff08\u300c\u300e\u3010\u3008\u300a\u201c\u2018([]/u;

/** Whether a line may break between `before` and `after`: beside an ideograph, but not before closing punctuation. */
function ideographicBreak(before: string, after: string): boolean {
  return (IDEOGRAPHIC.test(before) || IDEOGRAPHIC.test(after)) && !NO_BREAK_BEFORE.test(after) && !NO_BREAK_AFTER.test(before);
}

/**
 * `line` in lines that each `fit`, broken between ideographs where it has no space to break at (a Chinese heading is
 * one word to a space-breaking wrapper: it ran past its panel); a line that fits, or has no ideographs, as it is.
 * Files only (here, with the file writer): on the page a chart's few SVG lines of Chinese are short, and this would
 * add 0.3 kB to what every page loads.
 */
export function breakIdeographs(line: string, fits: (text: string) => boolean): string[] {
  if (fits(line) || !IDEOGRAPHIC.test(line)) return [line];
  const chars = [...line];
  const lines: string[] = [];
  let current = '';
  // Where in `current` the last break opportunity is, for a character that cannot break before it (a Latin word).
  let opportunity = -1;
  chars.forEach((char, index) => {
    const breakable = index > 0 && ideographicBreak(chars[index - 1]!, char);
    if (current && !fits(current + char) && (breakable || opportunity > 0)) {
      const at = breakable ? current.length : opportunity;
      lines.push(current.slice(0, at).trimEnd());
      current = current.slice(at).trimStart();
      opportunity = -1;
    } else if (breakable) opportunity = current.length;
    current += char;
  });
  if (current) lines.push(current);
  return lines;
}

/** Two pieces of one text joined as they stood: with a space, or none between ideographs. */
export function joinPieces(before: string, after: string): string {
  return before && after && ideographicBreak(before.slice(-1), after[0]!) ? before + after : before ? `${before} ${after}` : after;
}

/**
 * `text` broken into at most `maxLines` lines no wider than `width` (at word boundaries, a value the sentence
 * isolates kept whole when it fits: see `lineWords()`; the last line ellipsized when the text does not fit). Each
 * line is drawn as a paragraph of its own, so a line opens again the bidi isolates of a value that the line before
 * it broke.
 */
export function wrapText(
  text: string,
  width: number,
  size: number,
  weight = 400,
  maxLines = 2,
  locale?: string,
  measure: Measure = (line, at, bold) => measureText(line, at, bold, locale),
): string[] {
  const fits = (words: string) => measure(words, size, weight) <= width;
  const words = lineWords(text, fits);
  const lines: string[] = [];
  let line = '';
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const candidate = line ? `${line} ${word}` : word;
    if (!line || fits(candidate)) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      line = `${line} ${words.slice(index).join(' ')}`;
      break;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  // Where a word is wider than the line, between its ideographs; what does not fit in maxLines ellipsized.
  const broken = lines.flatMap((entry) => breakIdeographs(entry, fits));
  const kept = broken.length > maxLines ? [...broken.slice(0, maxLines - 1), broken.slice(maxLines - 1).reduce(joinPieces)] : broken;
  return continueIsolates(
    kept.map((entry, index) => (index === kept.length - 1 ? fitText(entry, width, size, weight, locale, measure) : entry)),
  );
}
