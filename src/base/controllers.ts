/**
 * Reactive controllers for the behaviour every widget shares: locale, size, visibility and reduced motion.
 * Data loading lives in data-controller.ts.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { catalogReady, loadCatalog } from '../core/i18n.js';
import { directionOf, resolveLocale, type Direction } from '../core/locale.js';
import { onLangChange, resizeObservers, visibilityObservers } from './shared-observers.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The nearest `lang` at or above `element`, crossing shadow-root boundaries, else the document's. */
export function inheritedLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.getAttribute('lang') ?? '';
}

/** `locale` and `dir` from the element's own `lang`, else its nearest ancestor's, else the document's. */
export class LocaleController implements ReactiveController {
  locale = 'en';
  dir: Direction = 'ltr';
  private unsubscribe?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onLangChange(() => {
      if (this.resolve()) this.host.requestUpdate();
    });
    this.resolve();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** Whether the UI strings of the language are loaded (they load on demand; see loadCatalog). */
  get ready(): boolean {
    return catalogReady(this.locale);
  }

  /** Re-reads the language; true when it changed. Starts loading its UI strings when they are not there. */
  resolve(): boolean {
    const locale = resolveLocale(inheritedLang(this.host));
    if (locale === this.locale) return false;
    this.locale = locale;
    this.dir = directionOf(locale);
    if (!catalogReady(locale)) {
      void loadCatalog(locale).then(() => {
        if (this.locale === locale) this.host.requestUpdate();
      });
    }
    return true;
  }
}

/** The host's content-box size, followed through one shared ResizeObserver. Zero while hidden. */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;

  constructor(
    private readonly host: Host,
    private readonly target: () => Element = () => host,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The target may live in the shadow root, which exists only after the first render.
    void this.host.updateComplete.then(() => {
      if (!this.host.isConnected) return;
      resizeObservers.observe(this.target(), (entry) => {
        const box = entry.contentBoxSize?.[0];
        const width = Math.round(box ? box.inlineSize : entry.contentRect.width);
        const height = Math.round(box ? box.blockSize : entry.contentRect.height);
        if (width === this.width && height === this.height) return;
        this.width = width;
        this.height = height;
        this.host.requestUpdate();
      });
    });
  }

  hostDisconnected(): void {
    resizeObservers.unobserve(this.target());
  }
}

/**
 * Whether the host is on screen. `shown` counts the times it became visible, so an animation can replay when a
 * slide is revisited; `onShow` runs each time.
 */
export class VisibilityController implements ReactiveController {
  visible = false;
  shown = 0;

  constructor(
    private readonly host: Host,
    private readonly onShow?: (count: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    visibilityObservers.observe(this.host, (entry) => {
      const visible = entry.isIntersecting && entry.intersectionRect.width > 0 && entry.intersectionRect.height > 0;
      if (visible === this.visible) return;
      this.visible = visible;
      if (visible) {
        this.shown += 1;
        this.onShow?.(this.shown);
      }
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    visibilityObservers.unobserve(this.host);
    this.visible = false;
  }
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** `prefers-reduced-motion`, live. */
export class ReducedMotionController implements ReactiveController {
  reduced = false;
  private query?: MediaQueryList;
  private readonly onChange = () => {
    this.reduced = Boolean(this.query?.matches);
    this.host.requestUpdate();
  };

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query = globalThis.matchMedia?.(REDUCED_MOTION);
    this.reduced = Boolean(this.query?.matches);
    this.query?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
  }
}
