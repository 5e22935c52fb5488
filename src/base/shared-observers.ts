/**
 * One ResizeObserver, one IntersectionObserver and one lang MutationObserver per page, shared by every widget:
 * a page of 100 widgets creates three observers, not 300.
 */
type Callback<T> = (entry: T) => void;

function sharedObserver<T extends { target: Element }, O extends { observe(t: Element): void; unobserve(t: Element): void }>(
  create: (dispatch: (entries: T[]) => void) => O,
) {
  const callbacks = new Map<Element, Callback<T>>();
  let observer: O | undefined;
  return {
    observe(target: Element, callback: Callback<T>) {
      observer ??= create((entries) => {
        for (const entry of entries) callbacks.get(entry.target)?.(entry);
      });
      callbacks.set(target, callback);
      observer.observe(target);
    },
    unobserve(target: Element) {
      if (!callbacks.delete(target)) return;
      observer?.unobserve(target);
    },
    get size() {
      return callbacks.size;
    },
  };
}

export const resizeObservers = sharedObserver<ResizeObserverEntry, ResizeObserver>((dispatch) => new ResizeObserver(dispatch));

export const visibilityObservers = sharedObserver<IntersectionObserverEntry, IntersectionObserver>(
  (dispatch) => new IntersectionObserver(dispatch, { threshold: [0, 0.25] }),
);

const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;

/** Calls `listener` whenever a `lang` attribute changes anywhere in the document. Returns the unsubscriber. */
export function onLangChange(listener: () => void): () => void {
  if (!langObserver && typeof MutationObserver !== 'undefined' && globalThis.document) {
    langObserver = new MutationObserver(() => {
      for (const each of [...langListeners]) each();
    });
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  langListeners.add(listener);
  return () => {
    langListeners.delete(listener);
    if (langListeners.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}

/** How many widgets the shared observers watch now (leak checks in tests). */
export function observedCounts() {
  return { resize: resizeObservers.size, visibility: visibilityObservers.size, lang: langListeners.size };
}
