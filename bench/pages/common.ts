// Shared by the benchmark pages: wait for paint, and hand the figures to bench/run.mjs.
declare global {
  interface Window {
    __bench?: Record<string, number | number[]>;
  }
}

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

/** Yields to the event loop without setTimeout's 4 ms clamp. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

export function report(figures: Record<string, number | number[]>): void {
  window.__bench = figures;
}
