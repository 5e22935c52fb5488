/**
 * One ResizeObserver, one IntersectionObserver and one lang MutationObserver per page, shared by every widget:
 * a page of 100 widgets creates three observers, not 300. The lang observer watches each document a widget is in
 * (an iframe's too).
 */
type Callback<T> = (entry: T) => void;

interface Observer {
  observe(target: Element): void;
  unobserve(target: Element): void;
}

/**
 * `defer` holds each new observation back until the next animation frame. A ResizeObserver reports an element
 * observed during its delivery (a widget created by page code that runs in a ResizeObserver callback, or in the
 * microtasks after one) as a skipped notification, which the browser turns into a "ResizeObserver loop" error on
 * the page. Observed from a frame callback, the element is reported in that same frame's resize step. Widgets
 * measure their first size themselves, so waiting for this report costs them nothing.
 *
 * An element of another document (a same-origin iframe's) is let go when that document is unloaded (the iframe
 * removed or navigated, not kept in the back-forward cache): its widgets are not disconnected then, and the
 * ResizeObserver, still watching them in a document without a window, raised the loop error on the page.
 */
function sharedObserver<T extends { target: Element }, O extends Observer>(create: (dispatch: (entries: T[]) => void) => O, defer = false) {
  const callbacks = new Map<Element, Callback<T>>();
  const pending = new Set<Element>();
  let observer: O | undefined;
  const start = (target: Element) => {
    observer ??= create((entries) => {
      for (const entry of entries) callbacks.get(entry.target)?.(entry);
    });
    observer.observe(target);
  };
  const flush = () => {
    for (const target of pending) start(target);
    pending.clear();
  };
  const views = new WeakSet<Window>();
  const unobserve = (target: Element) => {
    if (callbacks.delete(target) && !pending.delete(target)) observer?.unobserve(target);
  };
  return {
    observe(target: Element, callback: Callback<T>) {
      callbacks.set(target, callback);
      const view = target.ownerDocument.defaultView;
      if (view && view !== window && !views.has(view)) {
        views.add(view);
        view.addEventListener('pagehide', (event) => {
          if (!event.persisted) for (const each of callbacks.keys()) if (each.ownerDocument === view.document) unobserve(each);
        });
      }
      if (!defer) return start(target);
      if (pending.size === 0) requestAnimationFrame(flush);
      pending.add(target);
    },
    unobserve,
    get size() {
      return callbacks.size;
    },
  };
}

export const resizeObservers = sharedObserver<ResizeObserverEntry, ResizeObserver>((dispatch) => new ResizeObserver(dispatch), true);

export const visibilityObservers = sharedObserver<IntersectionObserverEntry, IntersectionObserver>(
  (dispatch) => new IntersectionObserver(dispatch, { threshold: [0, 0.25] }),
);

const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;
let langDocuments = new WeakSet<Document>();

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in `doc` (the widget's own document: an iframe's,
 * where it was created or moved there) or in another document a widget is in. Returns the unsubscriber.
 */
export function onLangChange(doc: Document, listener: () => void): () => void {
  if (!langDocuments.has(doc) && typeof MutationObserver !== 'undefined') {
    langObserver ??= new MutationObserver(() => {
      for (const each of [...langListeners]) each();
    });
    langObserver.observe(doc, { attributes: true, attributeFilter: ['lang'], subtree: true });
    langDocuments.add(doc);
  }
  langListeners.add(listener);
  return () => {
    langListeners.delete(listener);
    if (langListeners.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
      langDocuments = new WeakSet();
    }
  };
}

/** How many widgets the shared observers watch now (leak checks in tests). */
export function observedCounts() {
  return { resize: resizeObservers.size, visibility: visibilityObservers.size, lang: langListeners.size };
}
