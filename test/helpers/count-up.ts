/**
 * Testing the stat's count-up without racing the clock. The count-up is driven by animation frames and their
 * timestamps; here those timestamps move a fixed step per frame, so the count-up goes through the same values in
 * the same number of frames on a busy machine as on a quiet one, and every value it shows is recorded (a
 * MutationObserver sees each render) rather than sampled on a timer.
 */
import { frames, waitUntil } from './wait.js';

/**
 * Until `restore()`, `performance.now()` and the timestamps `requestAnimationFrame` callbacks receive read a clock
 * that advances `stepMs` once per rendered frame (however long the frame really took). With `lagMs`, a frame's
 * timestamp is that much before `performance.now()` read in the frame before, as on a busy main thread, where a
 * frame's timestamp is when it began.
 */
export function useFrameClock(stepMs = 100, lagMs = 0): { restore(): Promise<void> } {
  const requestFrame = window.requestAnimationFrame;
  let now = performance.now();
  let lastFrame: number | undefined;
  Object.defineProperty(performance, 'now', { configurable: true, value: () => now });
  window.requestAnimationFrame = (callback) =>
    requestFrame.call(window, (timestamp) => {
      // Every callback of one frame gets the frame's timestamp: the clock moves once per frame.
      if (timestamp !== lastFrame) {
        lastFrame = timestamp;
        now += stepMs;
      }
      callback(now - lagMs);
    });
  return {
    /**
     * Lets an animation still running finish first (20 frames: 2 s of animation time at the default step), so
     * none carries this clock's times into real ones — a count-up would jump backwards.
     */
    async restore() {
      await frames(20);
      delete (performance as { now?: unknown }).now;
      window.requestAnimationFrame = requestFrame;
    },
  };
}

/** Records every text a stat's big number shows, in order, from now on (the stat must be connected). */
export function recordShownValues(el: Element): { values: string[]; stop(): string[] } {
  const values: string[] = [];
  const read = () => {
    const text = el.shadowRoot!.querySelector('[part~="value"]')?.textContent ?? '';
    if (text && values.at(-1) !== text) values.push(text);
  };
  read();
  const observer = new MutationObserver(read);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return {
    values,
    stop() {
      read();
      observer.disconnect();
      return values;
    },
  };
}

/** Waits until `recorded` holds a count-up to `final`: a value on the way, then `final`. */
export async function countedUpTo(recorded: { values: string[] }, final: string): Promise<string[]> {
  const { values } = recorded;
  await waitUntil(
    () => values.at(-1) === final && values.some((value) => value !== final),
    `never counted up to ${final}: ${values.join(' ')}`,
  );
  return values;
}

/** Resolves when an IntersectionObserver sees `el` become visible (`true`) or hidden (`false`). */
export function seenAs(el: Element, visible: boolean): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1)!;
      const shown = entry.isIntersecting && entry.intersectionRect.width > 0 && entry.intersectionRect.height > 0;
      if (shown !== visible) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(el);
  });
}
