/**
 * Text widths on the page, for scene functions (`SceneEnv.measure`): measured with a canvas in the widget's own
 * font, where files estimate them (`measureText` in src/static/svg.ts: there are no fonts in Node).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SceneEnv } from '../core/scene.js';

/**
 * Each document's canvas (an iframe's own: a canvas sees only its document's web fonts), its font as last set (setting
 * it parses it again each time, even unchanged: 120 times for 57 bars) and its measurers by font family.
 */
const pages = new WeakMap<
  Document,
  { context: CanvasRenderingContext2D | null; font: string; measurers: Map<string, SceneEnv['measure']> }
>();

/**
 * Measures text in `fontFamily` (the element's computed font family), each text, size and weight once per page.
 * Without a 2D canvas, an average advance of 0.55 em per character (not the files' finer estimates from
 * src/static/svg.ts: importing them would put the file writer into every page's first download).
 */
export function pageMeasure(fontFamily: string, doc: Document): SceneEnv['measure'] {
  const family = fontFamily || 'sans-serif';
  let page = pages.get(doc);
  if (!page) pages.set(doc, (page = { context: doc.createElement('canvas').getContext('2d'), font: '', measurers: new Map() }));
  let measure = page.measurers.get(family);
  if (measure) return measure;
  const { context } = page;
  if (!context) return (text, size) => text.length * size * 0.55;
  const widths = new Map<string, number>();
  measure = (text, size, weight = 400) => {
    const key = `${size}|${weight}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      const font = `${weight} ${size}px ${family}`;
      if (font !== page.font) context.font = page.font = font;
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
  page.measurers.set(family, measure);
  return measure;
}

/**
 * {@link pageMeasure} in the font of `size` (the widget's ResizeController), read at the first measurement, not now:
 * a scene is prepared before the widget's first size when its data comes first (`.data`, a dashboard's parts), and
 * reading the font then restyled the page in the middle of its renders (40 bar charts given `.data`: 44 style
 * recalculations before the drawing, 5 now).
 */
export function fontMeasure(size: { readonly fontFamily: string }, doc: Document): SceneEnv['measure'] {
  let measure: SceneEnv['measure'] | undefined;
  return (...args) => (measure ??= pageMeasure(size.fontFamily, doc))(...args);
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
