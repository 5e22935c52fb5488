/**
 * Waiting in tests without racing the clock. A test waits for a condition (a state, an element, an event, a
 * number of frames), never for a fixed time, and asserts nothing about how long it took: on a busy machine it
 * is slower, not failing. Speed is the benchmark's business (`npm run bench`).
 */

/**
 * How long a wait may last before the test gives up: a guard against a hang, not a speed limit, so it is far
 * longer than any wait takes even on a loaded machine.
 */
export const PATIENCE_MS = 60_000;

/**
 * Polls `predicate` every `interval` ms until it holds; fails with `message` (or what it returns then) only if it
 * never does (see {@link PATIENCE_MS}). Unlike @open-wc/testing's waitUntil, it lets go of the predicate (and whatever it
 * holds: a widget a leak test expects to be collected) as soon as it is done.
 */
export function waitUntil(
  predicate: () => unknown,
  message: string | (() => string) = 'the condition never held',
  options: { interval?: number } = {},
): Promise<void> {
  const { stack } = new Error();
  return new Promise((resolve, reject) => {
    let poll: ReturnType<typeof setTimeout> | undefined;
    const giveUp = setTimeout(() => {
      clearTimeout(poll);
      const error = new Error(`Timeout: ${typeof message === 'function' ? message() : message} (waited ${PATIENCE_MS / 1000} s)`);
      error.stack = stack;
      reject(error);
    }, PATIENCE_MS);
    const check = async () => {
      try {
        if (await predicate()) {
          clearTimeout(giveUp);
          resolve();
        } else {
          poll = setTimeout(() => void check(), options.interval ?? 50);
        }
      } catch (error) {
        clearTimeout(giveUp);
        reject(error as Error);
      }
    };
    void check();
  });
}

/** The next animation frame. */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** `count` animation frames: enough for the ResizeObserver and IntersectionObserver callbacks of a change to run. */
export async function frames(count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) await nextFrame();
}
