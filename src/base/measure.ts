/**
 * Text widths on the page, for scene functions (`SceneEnv.measure`): measured with a canvas in the widget's own
 * font, where files estimate them (`measureText` in src/static/svg.ts: there are no fonts in Node).
 */
import type { SceneEnv } from '../core/scene.js';

/**
 * Each document's canvas (an iframe's own: a canvas sees only its document's web fonts), its font as last set (setting
 * it parses it again each time, even unchanged: 120 times for 57 bars) and its measurers by font ({@link fontKey}).
 */
const pages = new WeakMap<
  Document,
  { context: CanvasRenderingContext2D | null; font: string; measurers: Map<string, SceneEnv['measure']> }
>();

/** What of a computed style changes how wide a widget's text is, besides the size and weight its scene gives each text. */
export type FontStyle = Pick<CSSStyleDeclaration, 'fontFamily' | 'fontStyle' | 'fontStretch' | 'letterSpacing' | 'wordSpacing'>;

/** font-stretch's keywords (the only values a canvas's `font` takes; a computed style gives a percentage), and the percentages they stand for. */
const STRETCHES =
  'ultra-condensed extra-condensed condensed semi-condensed normal semi-expanded expanded extra-expanded ultra-expanded'.split(' ');
const PERCENTS = [50, 62.5, 75, 87.5, 100, 112.5, 125, 150, 200];

/**
 * A computed letter- or word-spacing as a canvas takes it: `normal` is none; a percentage (of the text's size, which
 * a canvas does not take) in em, as Chromium computes it.
 */
const spacingKey = (value: string) => (parseFloat(value) ? (value.endsWith('%') ? parseFloat(value) / 100 + 'em' : value) : '0px');

/**
 * The font a widget's text is drawn in, as measurements are cached by: its style, stretch (as the keyword at or above
 * it: between two, the text is measured the wider), letter and word spacing and family, as computed, `|` between
 * them (a widget moved under another font, or restyled, gets another key; the same font the same one).
 */
export function fontKey(style: FontStyle): string {
  const stretch = style.fontStretch;
  return [
    style.fontStyle || 'normal',
    stretch.endsWith('%') ? (STRETCHES[PERCENTS.findIndex((at) => at >= parseFloat(stretch))] ?? STRETCHES[8]) : stretch || 'normal',
    spacingKey(style.letterSpacing),
    spacingKey(style.wordSpacing),
    style.fontFamily || 'sans-serif',
  ].join('|');
}

/**
 * Measures text in `font` (a {@link fontKey} of the element's computed style), each text, size and weight once per
 * page. The canvas adds letter and word spacing itself (a browser without them, before Safari 17, measures without
 * them). Without a 2D canvas, an estimate that errs wide: 0.7 em a character (most fonts average 0.5–0.6; a wide
 * display face nearer 0.7), times the stretch, plus the letter spacing (not the files' finer estimates from
 * src/static/svg.ts: importing them would put the file writer into every page's first download, and they are one
 * font's).
 */
export function pageMeasure(font: string, doc: Document): SceneEnv['measure'] {
  let page = pages.get(doc);
  if (!page) pages.set(doc, (page = { context: doc.createElement('canvas').getContext('2d'), font: '', measurers: new Map() }));
  let measure = page.measurers.get(font);
  if (measure) return measure;
  const [style, stretch, letter, word, ...family] = font.split('|') as [string, string, string, string];
  const { context } = page;
  if (!context) {
    const wide = Math.max(1, (PERCENTS[STRETCHES.indexOf(stretch)] ?? 100) / 100);
    return (text, size) => text.length * (size * 0.7 * wide + parseFloat(letter) * (letter.endsWith('em') ? size : 1));
  }
  const widths = new Map<string, number>();
  measure = (text, size, weight = 400) => {
    const key = `${size}|${weight}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      const css = `${style} ${stretch} ${weight} ${size}px ${family.join('|')}`;
      if (css + font !== page.font) {
        context.font = css;
        context.letterSpacing = letter;
        context.wordSpacing = word;
        page.font = css + font;
      }
      widths.set(key, (width = context.measureText(text).width));
    }
    return width;
  };
  page.measurers.set(font, measure);
  return measure;
}

/**
 * {@link pageMeasure} in the font of `size` (the widget's ResizeController), read at the first measurement, not now:
 * a scene is prepared before the widget's first size when its data comes first (`.data`, a dashboard's parts), and
 * reading the font then restyled the page in the middle of its renders (40 bar charts given `.data`: 44 style
 * recalculations before the drawing, 5 now).
 */
export function fontMeasure(size: { readonly font: string }, doc: Document): SceneEnv['measure'] {
  let measure: SceneEnv['measure'] | undefined;
  return (...args) => (measure ??= pageMeasure(size.font, doc))(...args);
}

/**
 * Forgets the widths measured in `doc`: a web font arrived there, and texts have new widths. (Its canvas goes too: a
 * new one's font is resolved again, with the faces that have arrived.)
 */
export function forgetMeasures(doc: Document): void {
  pages.delete(doc);
}
