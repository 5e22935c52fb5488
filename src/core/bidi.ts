/**
 * Bidi controls in netreach's own sentences and in what the dataset brings into them. Pure; no DOM.
 *
 * A value written in the other direction than its sentence ("CINVU (Public Relations)" in Persian) is set in an
 * isolate (FSI … PDI), as Fluent does for its placeables: the value is then ordered as a unit, and its brackets
 * stay paired with each other, not with the sentence's, wherever a line breaks. Files need this most: each of
 * their lines is drawn as a paragraph of its own, so a bracket opened on one line and closed on the next faces
 * the wrong way without it.
 *
 * The dataset's own controls never reach the text unbalanced: embeddings and overrides (U+202A–U+202E) are
 * dropped, and its isolates are closed where its text ends, so no value can reorder the text around it.
 */

const FSI = '\u2068';
const PDI = '\u2069';
/** Embeddings and overrides (U+202A–U+202E), then isolates (U+2066–U+2069). */
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const RTL_SCRIPTS = '\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc';
const RTL_CHARACTER = new RegExp(`[${RTL_SCRIPTS}]`);
const LTR_LETTER = new RegExp(`(?![${RTL_SCRIPTS}])\\p{L}`, 'u');
/**
 * Whether `text` has anything the bidi algorithm orders right to left: a letter or figure of a right-to-left script
 * (the supplementary planes' too) or a control that opens such a run. Text without any lays out the same, isolated
 * or not, in a left-to-right line.
 */
export const hasRtl = (text: string) =>
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u.test(text);
/** A text whose first letter is written right to left: one a first-strong isolate (`<bdi>`) lays out right to left. */
export const RTL_FIRST = new RegExp(`^\\P{L}*[${RTL_SCRIPTS}]`, 'u');

/** `text` without embedding or override controls, each PDI closing an isolate `text` opened, and none left open. */
export function balanceBidi(text: string): string {
  let open = 0;
  const balanced = text.replace(CONTROLS, (control) => {
    if (control < '\u2066') return ''; // an embedding or an override
    if (control !== PDI) open += 1;
    else if (open) open -= 1;
    else return '';
    return control;
  });
  return balanced + PDI.repeat(open);
}

/**
 * `value` balanced, and in an isolate when it has a letter or figure written the other way than its sentence outside
 * the isolates it has: a list of names each isolated already ("A، B") is no value of its own direction, and in one
 * isolate more, which would take its direction from no letter of its own, it would list them left to right.
 */
export function isolateValue(value: string, rtl: boolean): string {
  const balanced = balanceBidi(value);
  // (Of an isolate inside another, the text after it is counted: one isolate more than needed, never one less.)
  return (rtl ? LTR_LETTER : RTL_CHARACTER).test(balanced.replace(/[\u2066-\u2068][^\u2069]*\u2069/g, ''))
    ? FSI + balanced + PDI
    : balanced;
}

/** The lines of one paragraph, each opening again the isolates the lines before it left open. */
export function continueIsolates(lines: string[]): string[] {
  const open: string[] = [];
  return lines.map((line) => {
    const continued = open.join('') + line;
    for (const control of line.match(CONTROLS) ?? []) {
      if (control === PDI) open.pop();
      else open.push(control);
    }
    return continued;
  });
}

/** A value a sentence set in an isolate, in its brackets when it has both, then the punctuation right after it. */
const ISOLATED = /(\(\u2068[^\u2068\u2069]*\u2069\)|\u2068[^\u2068\u2069]*\u2069)([\p{Pe}\p{Pf}\p{Po}]*)/u;

/**
 * `text` cut into its plain runs and the values set in its isolates (see {@link isolateValue}), each followed by the
 * punctuation after it: `[plain, value, punctuation, plain, …, plain]`. What a page lays out as a box of its own, so
 * that a name is not broken across lines at their two ends. (An isolate inside another stays in its text.)
 */
export function splitIsolates(text: string): string[] {
  return text.split(ISOLATED);
}

/** Stands for a space inside a value kept whole while {@link lineWords} cuts a text at its spaces. */
const KEPT_SPACE = '\ue000';
const ISOLATED_ALL = new RegExp(ISOLATED, 'gu');

/**
 * `text` cut at its spaces into the words its lines are made of, except that a value the sentence isolates, with
 * its brackets and the punctuation after it (see {@link splitIsolates}), is one word when it `fits` on a line. A
 * file's lines then keep a name whole, as the page's boxes do, rather than breaking it across two lines' opposite
 * ends ("CINVU (Public" … "Relations))" in a Persian note); a name longer than a line still breaks.
 */
export function lineWords(text: string, fits: (words: string) => boolean): string[] {
  // Cut at the spaces a line may break at, not at no-break ones (French " : ", "30 M"; a figure space).
  const words = (line: string) => line.split(/[^\S\u00a0\u2007\u202f]+/).filter(Boolean);
  // A text that has the stand-in already (never netreach's own) is cut at every space.
  if (text.includes(KEPT_SPACE)) return words(text);
  return words(text.replace(ISOLATED_ALL, (value) => value.replace(/\s/g, KEPT_SPACE))).flatMap((word) => {
    const whole = word.replaceAll(KEPT_SPACE, ' ');
    return whole === word || fits(whole) ? [whole] : words(whole);
  });
}
