// Shared by the benchmark pages: wait for paint, and hand the figures — or the errors — to bench/run.mjs.
declare global {
  interface Window {
    __bench?: Record<string, number | number[]>;
    /** What went wrong on the page: the runner fails the run (rather than waiting for figures that never come). */
    __benchErrors?: string[];
  }
}

// Uncaught errors, rejected promises (a page's top-level await among them) and widgets' `netreach-error` events:
// a run that shows an error state has measured nothing.
const errors: string[] = (window.__benchErrors = []);
addEventListener('error', (event) => errors.push(`error: ${event.message}`));
addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
document.addEventListener('netreach-error', (event) => {
  const { code, message } = (event as CustomEvent<{ code: string; message: string }>).detail;
  errors.push(`<${(event.target as Element).localName}> netreach-error ${code}: ${message}`);
});

/** Resolves after the next frame has been painted (rAF, then a task after it). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );
}

/**
 * Resolves once `drawn()` holds for the connected element `el` (whose shadow root exists). A MutationObserver,
 * not a polling loop: the harness must not keep the page it measures busy with tasks of its own.
 */
export function whenDrawn(el: Element, drawn: (root: ShadowRoot) => boolean): Promise<void> {
  const root = el.shadowRoot;
  if (!root) return Promise.reject(new Error(`<${el.localName}> has no shadow root: is it connected and defined?`));
  return new Promise((resolve) => {
    if (drawn(root)) return resolve();
    const observer = new MutationObserver(() => {
      if (!drawn(root)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

export function report(figures: Record<string, number | number[]>): void {
  window.__bench = figures;
}
