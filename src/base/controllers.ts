/**
 * Reactive controllers for the behaviour every widget shares: locale, size, visibility and reduced motion.
 * Data loading lives in data-controller.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogReady, loadCatalog, textLocale } from '../core/i18n.js';
import { directionOf, resolveLocale, type Direction } from '../core/locale.js';
import { onLangChange, resizeObservers, visibilityObservers } from './shared-observers.js';
import { fontKey, forgetMeasures } from './measure.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The nearest `lang` at or above `element`, crossing shadow-root boundaries, else its document's. No `instanceof`:
 * the nodes of an iframe's document are that window's Elements.
 */
export function inheritedLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    const lang = (node as Element).getAttribute?.('lang');
    if (lang) return lang;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return element.ownerDocument.documentElement?.getAttribute('lang') ?? '';
}

/** `locale` and `dir` from the element's own `lang`, else its nearest ancestor's, else the document's. */
export class LocaleController implements ReactiveController {
  /** The language the widget shows: the one asked for, or, while its strings load, the one it showed before. */
  locale = 'en';
  dir: Direction = 'ltr';
  /** While the UI strings of the language asked for load, their loading (the host's `updateComplete` waits for it). */
  pending?: Promise<void>;
  /** The language asked for (`lang`), which {@link locale} follows once it can be shown. */
  #wanted = '';
  /**
   * A language whose UI strings did not load (offline, blocked): the widget is drawn wholly in English (words,
   * digits, lists, plurals, `lang`, left to right), as for a language netreach has no texts for, not "loading" for ever.
   */
  #failed = '';
  #unsubscribe?: () => void;

  /**
   * `holding` says whether the widget shows something drawn in its language: a new language then waits for its
   * strings behind what is shown, rather than the widget going back to "loading" (a flash, a dashboard collapsing).
   */
  constructor(
    private readonly host: Host,
    private readonly holding: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = onLangChange(this.host.ownerDocument, () => {
      if (this.resolve()) this.host.requestUpdate();
    });
    // Connected again, it asks again for strings that did not load, as for a code chunk (English words meanwhile).
    if (this.#failed) this.#wanted = '';
    this.resolve();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
  }

  /** Whether the UI strings of the language are loaded (they load on demand; see loadCatalog). */
  get ready(): boolean {
    return catalogReady(this.locale);
  }

  /** Re-reads the language; true when the one to show changed. Starts loading its UI strings when they are not there. */
  resolve(): boolean {
    const wanted = textLocale(resolveLocale(inheritedLang(this.host)));
    if (wanted === this.#wanted) return false;
    this.#wanted = wanted;
    const ready = catalogReady(wanted);
    this.pending = ready
      ? undefined
      : loadCatalog(wanted).then(() => {
          if (this.#wanted !== wanted) return;
          this.pending = undefined;
          // English words in Persian digits, right to left, would be a page of two languages: English throughout.
          const failed = !catalogReady(wanted);
          if (failed) this.#failed = wanted;
          this.#show(failed ? 'en' : wanted);
          this.host.requestUpdate();
        });
    return !ready && this.holding() ? false : this.#show(wanted);
  }

  #show(locale: string): boolean {
    if (locale === this.locale) return false;
    this.locale = locale;
    this.dir = directionOf(locale);
    return true;
  }
}

/**
 * The content-box size of an element of the host's (a zero-height ruler as wide as the host, the map's box),
 * followed through one shared ResizeObserver.
 *
 * The first size is measured right after the render that created the element (widgets rendered together are
 * measured together, in one layout), so the first drawing needs no round through the ResizeObserver. Later
 * sizes come from it, and the re-render they need waits for the next animation frame: a render inside the
 * observer's delivery could change the size of another observed element (the page's height grows, a scrollbar
 * appears, every widget narrows), which the browser reports to the page as a "ResizeObserver loop" error.
 *
 * A size of zero (the element hidden: `display: none`, a slide not shown) is ignored once there is a size: a
 * hidden widget keeps its drawing at its last size. Zero until the element is first shown.
 */
/** Each host's {@link ResizeController}, for {@link measureNow}. */
const sizes = new WeakMap<Element, ResizeController>();

/**
 * Measures what `host`'s ResizeController follows now, in its update, before the widget lays itself out at its size:
 * a theme given at run time pads the widget (base styles), and drawn at the width before, it drew again once the
 * ResizeObserver told the narrower one. A style and layout read; after a first size only.
 */
export function measureNow(host: Element): void {
  const size = sizes.get(host);
  const target = size?.width && size.target();
  if (target) {
    const [width, height] = sizeOf(target);
    size.resized(width, height, true);
  }
}

export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  #observed?: Element;
  #frame = 0;
  #font = '';
  #probed?: Element;
  /** The font sample's width when the font was last read (with the first size, or since). */
  #sample?: number;
  /** The fonts of the host's own document (an iframe's, where it is in one), as when connected: a move disconnects it there. */
  #fonts?: FontFaceSet;

  constructor(
    private readonly host: Host,
    /** The element to follow; it may live in the shadow root, and come and go with renders. */
    readonly target: () => Element | null,
    /** Told each new size; true when the host's drawing already fits it (no update then). */
    private readonly fits?: (width: number, height: number) => boolean,
    /**
     * For a widget that lays out measured text, with a font sample in its shadow root (the ruler's `.probe`): what to
     * do when the font changes or web fonts arrive (its measurements are another font's then).
     */
    private readonly changed?: () => void,
  ) {
    host.addController(this);
    sizes.set(host, this);
  }

  hostConnected(): void {
    // Web fonts arriving: the widths measured before them are forgotten. The sample does not tell them all: it is Latin,
    // and a face for another script (a unicode-range) leaves it as wide (font-change.test.ts).
    if (this.changed) (this.#fonts = this.host.ownerDocument.fonts)?.addEventListener('loadingdone', this.#loaded);
    // Reconnected: the element may be the same one, which needs observing again (see hostUpdated).
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.#observed) resizeObservers.unobserve(this.#observed);
    this.#observed = undefined;
    if (this.#probed) resizeObservers.unobserve(this.#probed);
    this.#probed = undefined;
    this.#fonts?.removeEventListener('loadingdone', this.#loaded);
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  hostUpdated(): void {
    if (!this.host.isConnected) return;
    const target = this.target() ?? undefined;
    if (target !== this.#observed) {
      if (this.#observed) resizeObservers.unobserve(this.#observed);
      this.#observed = target;
      if (target) {
        resizeObservers.observe(target, (entry) => {
          const box = entry.contentBoxSize?.[0];
          this.resized(box ? box.inlineSize : entry.contentRect.width, box ? box.blockSize : entry.contentRect.height, false);
        });
      }
    }
    // The font's sample: its width changes with the font (a theme, --netreach-font or a page's class changed on an
    // ancestor), which no event tells; the ResizeObserver does, without polling. Its first report after a move reads
    // the new place's font.
    const probe = (this.changed && this.host.shadowRoot?.querySelector('.probe')) || undefined;
    if (probe !== this.#probed) {
      if (this.#probed) resizeObservers.unobserve(this.#probed);
      this.#probed = probe;
      // Another font than the one measured in prepares the host's text again (the first is only kept).
      if (probe)
        resizeObservers.observe(probe, (entry) => {
          // As wide as when the font was read: the same font. Its first report, after the first draw, is so unless the
          // font changed since: read again then only, not in every widget's first frame (menu-corner.test.ts).
          if (entry.contentRect.width === this.#sample) return;
          this.#sample = entry.contentRect.width;
          const before = this.#font;
          if (before !== (this.#font = fontKey(getComputedStyle(probe))) && before) this.#changed(false);
        });
    }
    // Until there is a size, after each render: the element may just have appeared, or been shown.
    if (target && this.width === 0)
      measureSoon(target, (width, height, font, sample) => {
        if (this.#observed !== target) return;
        if (!this.#font) [this.#font, this.#sample] = [font, sample];
        this.resized(width, height, true);
      });
  }

  /**
   * The font of the measured element, which the widget's text is drawn in ({@link fontKey}): read with its first size,
   * and again when it may have changed. Widgets that measure their text read it here rather than through a style read
   * of their own in `willUpdate()`, which, between other widgets' renders, recalculated the page's style each time (40
   * bar charts on one page spent about 90 ms doing so). Read from the host only if asked before the first measurement.
   */
  get font(): string {
    return (this.#font ||= fontKey(getComputedStyle(this.host)));
  }

  #loaded = () => {
    forgetMeasures(this.host.ownerDocument);
    this.#changed(true);
  };

  /** Only where there is a `changed`: the probe and the fonts are watched only then. */
  #changed(now: boolean): void {
    this.changed!();
    this.#update(now);
  }

  /** @internal */
  resized(inline: number, block: number, now: boolean): void {
    const width = Math.round(inline);
    const height = Math.round(block);
    if (width === 0 || (width === this.width && height === this.height)) return;
    this.width = width;
    this.height = height;
    if (this.fits?.(width, height)) return;
    this.#update(now);
  }

  /** An update now, or, told by the ResizeObserver, at the next frame (see the class's comment). */
  #update(now: boolean): void {
    if (now) this.host.requestUpdate();
    else
      this.#frame ||= requestAnimationFrame(() => {
        this.#frame = 0;
        this.host.requestUpdate();
      });
  }
}

const toMeasure = new Map<Element, (width: number, height: number, font: string, sample?: number) => void>();

/**
 * Measures `element` once the current task's renders are done (a microtask), with every other element asked for
 * meanwhile: the first read lays the page out, the rest are free. Through the computed style, which, like the
 * ResizeObserver, gives the layout size: a transform (a scaled slide) does not change it.
 */
/** `element`'s layout size, through its computed style, and its font ({@link fontKey}). */
function sizeOf(element: Element): readonly [number, number, string, number?] {
  // Not rendered: its computed size would be the declared one ("100%"), not a layout size.
  if (element.getClientRects().length === 0) return [0, 0, ''];
  const style = getComputedStyle(element);
  // Its content box, which the ResizeObserver tells: a border box's computed size (every widget's elements are
  // border-box) is less its padding and border (a page's for the map's part: drawn 30 px too wide, then again).
  const size = (axis: string) =>
    parseFloat(style.getPropertyValue(axis + '-size')) -
    (style.boxSizing == 'border-box'
      ? ['padding-@-start', 'padding-@-end', 'border-@-start-width', 'border-@-end-width'].reduce(
          (sum, side) => sum + parseFloat(style.getPropertyValue(side.replace('@', axis))),
          0,
        )
      : 0);
  // The font's sample (a ruler's `.probe`) read in the same laid-out pass: its first report is then compared, not read.
  return [size('inline') || 0, size('block') || 0, fontKey(style), element.querySelector('.probe')?.getBoundingClientRect().width];
}

function measureSoon(element: Element, then: (width: number, height: number, font: string, sample?: number) => void): void {
  if (toMeasure.size === 0) {
    queueMicrotask(() => {
      const batch = [...toMeasure];
      toMeasure.clear();
      const measured = batch.map(([each]) => sizeOf(each));
      batch.forEach(([, callback], index) => callback(...measured[index]!));
    });
  }
  toMeasure.set(element, then);
}

/** What a {@link VisibilityController} does when its host comes into view or leaves it. */
export interface VisibilityOptions {
  /** Runs each time the host comes into view, with how many times it has (1 the first time). */
  onShow?: (count: number) => void;
  /**
   * Whether the host renders again each time it comes into view or leaves it: only a widget whose drawing reads
   * `visible` needs to (the stat's count-up). The others would render again on every scroll past them — on a page
   * of 100 maps, each scroll re-synced a hundred member layers — for a picture that does not change.
   */
  rerender?: boolean;
}

/**
 * Whether the host is on screen. `shown` counts the times it became visible, so an animation can replay when a
 * slide is revisited; `onShow` runs each time.
 */
export class VisibilityController implements ReactiveController {
  visible = false;
  shown = 0;
  /** Whether the browser has said yet whether the host is on screen (its first report comes after a frame). */
  known = false;
  /**
   * Last said to be in view without an area: an empty box, before a widget's first render (LOADING_DELAY). The
   * browser says nothing when it grows (no threshold crossed): asked again after the next update.
   */
  #flat = false;

  constructor(
    private readonly host: Host,
    private readonly options: VisibilityOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    visibilityObservers.observe(this.host, (entry) => {
      const visible = entry.isIntersecting && entry.intersectionRect.width > 0 && entry.intersectionRect.height > 0;
      this.#flat = entry.isIntersecting && !visible;
      const first = !this.known;
      this.known = true;
      if (visible === this.visible) {
        if (first && this.options.rerender) this.host.requestUpdate();
        return;
      }
      this.visible = visible;
      if (visible) {
        this.shown += 1;
        this.options.onShow?.(this.shown);
      }
      if (this.options.rerender) this.host.requestUpdate();
    });
  }

  hostUpdated(): void {
    // A new observation is reported in the next frame, with the area this update gave.
    if (!this.#flat) return;
    this.#flat = false;
    visibilityObservers.unobserve(this.host);
    this.hostConnected();
  }

  hostDisconnected(): void {
    visibilityObservers.unobserve(this.host);
    this.visible = this.known = false;
  }
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * A media query, live, whose changes draw the widget again: `prefers-reduced-motion` by default (the stat's count),
 * or `(prefers-color-scheme: dark)` for the trend and the table, which read the page's background (pageBackground())
 * when drawn: a page's own colours may follow the system's.
 */
export class MediaController implements ReactiveController {
  matches = false;
  #query?: MediaQueryList;
  #onChange = () => {
    this.matches = Boolean(this.#query?.matches);
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: Host,
    private readonly media = REDUCED_MOTION,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#query = globalThis.matchMedia?.(this.media);
    this.matches = Boolean(this.#query?.matches);
    this.#query?.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#onChange);
  }
}
