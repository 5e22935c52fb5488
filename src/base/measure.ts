/**
 * Text widths on the page, for scene functions (`SceneEnv.measure`): measured with a canvas in the widget's own
 * font, where files estimate them (`measureText` in src/static/svg.ts: there are no fonts in Node).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

/** font-stretch's keywords (the only ones a canvas's `font` takes) and their percentages. */
const STRETCHES: readonly (readonly [number, string])[] = [
  [50, 'ultra-condensed'],
  [62.5, 'extra-condensed'],
  [75, 'condensed'],
  [87.5, 'semi-condensed'],
  [100, 'normal'],
  [112.5, 'semi-expanded'],
  [125, 'expanded'],
  [150, 'extra-expanded'],
  [200, 'ultra-expanded'],
];

/** A computed font-stretch as the keyword at or above it: between two, the text is measured the wider. */
function stretchKeyword(value: string): string {
  if (!value.endsWith('%')) return value || 'normal';
  const percent = parseFloat(value);
  return (STRETCHES.find(([at]) => at >= percent) ?? STRETCHES[STRETCHES.length - 1]!)[1];
}

/** A computed letter- or word-spacing: `normal` is none; a percentage (of the text's size) stays one. */
const spacingKey = (value: string) => (!value || value === 'normal' || parseFloat(value) === 0 ? '0' : value);

/**
 * The font a widget's text is drawn in, as measurements are cached by: its family, style, stretch and spacing, as
 * computed (a widget moved under another font, or restyled, gets another key; the same font the same one).
 */
export function fontKey(style: FontStyle): string {
  return [
    style.fontStyle || 'normal',
    stretchKeyword(style.fontStretch),
    spacingKey(style.letterSpacing),
    spacingKey(style.wordSpacing),
    style.fontFamily || 'sans-serif',
  ].join('|');
}

/** A spacing of a {@link fontKey} at `size` px. */
const spacingAt = (value: string, size: number) => (value.endsWith('%') ? (parseFloat(value) / 100) * size : parseFloat(value) || 0);

/**
 * Measures text in `font` (a {@link fontKey} of the element's computed style), each text, size and weight once per
 * page. Letter and word spacing are added to the canvas's width (each character and each space). Without a 2D canvas,
 * an estimate that errs wide: 0.7 em a character (most fonts average 0.5–0.6; a wide display face nearer 0.7), times
 * the stretch (not the files' finer estimates from src/static/svg.ts: importing them would put the file writer into
 * every page's first download, and they are one font's).
 */
export function pageMeasure(font: string, doc: Document): SceneEnv['measure'] {
  let page = pages.get(doc);
  if (!page) pages.set(doc, (page = { context: doc.createElement('canvas').getContext('2d'), font: '', measurers: new Map() }));
  let measure = page.measurers.get(font);
  if (measure) return measure;
  const [style = 'normal', stretch = 'normal', letter = '0', word = '0', ...rest] = font.split('|');
  const family = rest.join('|') || 'sans-serif';
  const spacing = (text: string, size: number) => {
    const perLetter = spacingAt(letter, size);
    const perWord = spacingAt(word, size);
    if (!perLetter && !perWord) return 0;
    let letters = 0;
    let spaces = 0;
    for (const char of text) {
      letters++;
      if (char === ' ' || char === '\u00a0') spaces++;
    }
    return letters * perLetter + spaces * perWord;
  };
  const { context } = page;
  if (!context) {
    const wide = Math.max(1, (STRETCHES.find(([, name]) => name === stretch)?.[0] ?? 100) / 100);
    return (text, size) => text.length * size * 0.7 * wide + spacing(text, size);
  }
  // The shorthand without its `normal`s: the family is last, and style and stretch keywords go before the size.
  const prefix = [style, stretch].filter((part) => part !== 'normal').join(' ');
  const widths = new Map<string, number>();
  measure = (text, size, weight = 400) => {
    const key = `${size}|${weight}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      const css = `${prefix} ${weight} ${size}px ${family}`.trimStart();
      if (css !== page.font) context.font = page.font = css;
      width = context.measureText(text).width + spacing(text, size);
      widths.set(key, width);
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

/**
 * Keeps a widget's measured text current: when web fonts arrive, the widths measured before them are forgotten and
 * `changed` lets the host prepare its scene again before it re-renders.
 */
export class FontsController implements ReactiveController {
  /** The fonts of the host's own document (an iframe's, where it is in one), as when connected: a move disconnects it there. */
  #fonts?: FontFaceSet;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    (this.#fonts = this.host.ownerDocument.fonts)?.addEventListener('loadingdone', this.#loaded);
  }

  hostDisconnected(): void {
    this.#fonts?.removeEventListener('loadingdone', this.#loaded);
  }

  #loaded = () => {
    forgetMeasures(this.host.ownerDocument);
    this.changed();
    this.host.requestUpdate();
  };
}
