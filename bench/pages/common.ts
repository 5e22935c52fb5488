// Shared by the benchmark pages: wait for paint, and hand the figures — or the errors — to bench/run.mjs.
declare global {
  interface Window {
    __bench?: Record<string, number | number[]>;
    /** What went wrong on the page: the runner fails the run (rather than waiting for figures that never come). */
    __benchErrors?: string[];
    /** Error events that are not failures (see below): the runner counts and prints them. */
    __benchWarnings?: string[];
    /** Set by bench/run.mjs: samples the renderer's main-thread CPU time under `name`, then resolves. */
    __benchSample?: (name: string) => Promise<void>;
  }
}

// Uncaught errors, rejected promises (a page's top-level await among them) and widgets' `netreach-error` events:
// a run that shows an error state has measured nothing. The exception: "ResizeObserver loop completed with
// undelivered notifications" is an error event but no error (the observer's next notifications come a frame
// later); it is counted, since a page that causes it draws some of its charts twice.
const errors: string[] = (window.__benchErrors = []);
const warnings: string[] = (window.__benchWarnings = []);
addEventListener('error', (event) =>
  (event.message.startsWith('ResizeObserver loop') ? warnings : errors).push(`error event: ${event.message}`),
);
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

/**
 * The moment a page's drawing is painted (performance.now()), after the runner has sampled the main thread's
 * CPU time at it: that figure (`drawCpu`) moves far less with the machine's load than the time does.
 */
export async function drawnAt(): Promise<number> {
  const at = performance.now();
  await window.__benchSample?.('drawCpu');
  return at;
}

export function report(figures: Record<string, number | number[]>): void {
  window.__bench = figures;
}
