/**
 * One ResizeObserver and one IntersectionObserver per page, and one lang MutationObserver per document widgets are in
 * (an iframe's too), shared by every widget: a page of 100 widgets creates three observers, not 300.
 */
type Callback<T> = (entry: T) => void;

/** What each shared observer does to let go of a document's elements (see {@link releaseOnUnload}). */
const releases: ((doc: Document) => void)[] = [];
const unloading = new WeakSet<Window>();

/**
 * Lets every shared observer go of `doc`'s elements when it is unloaded (an iframe removed or navigated, not kept in
 * the back-forward cache): its widgets are not disconnected then, and the observers, still watching them, held that
 * document and its widgets for the page's lifetime (the ResizeObserver raised its loop error on the page). Another
 * window's documents only: the page's own widgets are disconnected when it goes.
 */
function releaseOnUnload(doc: Document): void {
  const view = doc.defaultView;
  if (view && view !== window && !unloading.has(view)) {
    unloading.add(view);
    view.addEventListener('pagehide', (event) => {
      if (!event.persisted) for (const release of releases) release(view.document);
    });
  }
}

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
 * An element of another document (a same-origin iframe's) is let go when that document is unloaded
 * ({@link releaseOnUnload}).
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
  const unobserve = (target: Element) => {
    if (callbacks.delete(target) && !pending.delete(target)) observer?.unobserve(target);
  };
  releases.push((doc) => {
    for (const each of callbacks.keys()) if (each.ownerDocument === doc) unobserve(each);
  });
  return {
    observe(target: Element, callback: Callback<T>) {
      callbacks.set(target, callback);
      releaseOnUnload(target.ownerDocument);
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

/** Each widget's lang listener, by the document it listens in; one MutationObserver per such document. */
const langListeners = new Map<() => void, Document>();
const langObservers = new Map<Document, MutationObserver>();

const offLang = (listener: () => void) => {
  const doc = langListeners.get(listener)!;
  langListeners.delete(listener);
  if (![...langListeners.values()].includes(doc)) {
    langObservers.get(doc)?.disconnect();
    langObservers.delete(doc);
  }
};

releases.push((doc) => {
  for (const [listener, each] of langListeners) if (each === doc) offLang(listener);
});

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in `doc` (the widget's own document: an iframe's,
 * where it was created or moved there) or in another document a widget is in. Returns the unsubscriber.
 */
export function onLangChange(doc: Document, listener: () => void): () => void {
  if (!langObservers.has(doc) && typeof MutationObserver !== 'undefined') {
    const observer = new MutationObserver(() => {
      for (const each of [...langListeners.keys()]) each();
    });
    observer.observe(doc, { attributes: true, attributeFilter: ['lang'], subtree: true });
    langObservers.set(doc, observer);
    releaseOnUnload(doc);
  }
  langListeners.set(listener, doc);
  return () => offLang(listener);
}

/** How many widgets the shared observers watch now (leak checks in tests). */
export function observedCounts() {
  return { resize: resizeObservers.size, visibility: visibilityObservers.size, lang: langListeners.size };
}
