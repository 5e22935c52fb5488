/**
 * Deterministic measures of how much work widgets do — renders, DOM nodes created, data derived again — for the
 * tests that guard speed without a clock (a busy machine changes none of these counts). How long the work takes
 * is measured by `npm run bench`.
 */
import { LOADING_DELAY, type NetreachElement } from '../../src/base/netreach-element.js';
import { deepElements } from './hardening.js';
import { frames } from './wait.js';

/** The widget and, for a dashboard, every widget inside it. */
export function widgetTree(el: NetreachElement): NetreachElement[] {
  return [el, ...deepElements(el).filter((node): node is NetreachElement => node.localName.startsWith('netreach-'))];
}

/** Counts the Lit updates (renders) of each element until `stop()`, by wrapping the instance's `update`. */
export function countRenders(elements: readonly NetreachElement[]) {
  const counts = new Map<NetreachElement, number>();
  type Update = (changed: Map<PropertyKey, unknown>) => void;
  for (const el of elements) {
    const host = el as unknown as { update: Update };
    const update = host.update;
    counts.set(el, 0);
    host.update = function (this: NetreachElement, changed) {
      counts.set(el, counts.get(el)! + 1);
      update.call(this, changed);
    };
  }
  return {
    get total(): number {
      return [...counts.values()].reduce((sum, count) => sum + count, 0);
    },
    of(el: NetreachElement): number {
      return counts.get(el) ?? 0;
    },
    /** Element name → renders, for messages. */
    summary(): string {
      return [...counts].map(([el, count]) => `${el.localName}: ${count}`).join(', ');
    },
    stop(): void {
      for (const el of elements) delete (el as unknown as { update?: unknown }).update;
    },
  };
}

/**
 * Waits until `renders` stays still for three frames: the ResizeObserver and IntersectionObserver callbacks of a
 * change have run (after the first frame's layout), the renders they asked for have run (a ResizeObserver's
 * report re-renders on the next frame, never inside its delivery), and those renders asked for no more. Fails if
 * the widgets never stop re-rendering (a render loop).
 */
export async function rendersSettled(renders: { total: number }): Promise<void> {
  for (let round = 0; round < 100; round += 1) {
    const before = renders.total;
    await frames(3);
    if (renders.total === before) return;
  }
  throw new Error(`still re-rendering after 300 frames (${renders.total} renders)`);
}

/** Counts the nodes added to the shadow trees of `elements` until `stop()`, which returns the count. */
export function countAddedNodes(elements: readonly NetreachElement[]) {
  let added = 0;
  const tally = (records: MutationRecord[]) => {
    for (const record of records) added += record.addedNodes.length;
  };
  const observers = elements.map((el) => {
    const observer = new MutationObserver(tally);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    return observer;
  });
  return {
    stop(): number {
      for (const observer of observers) {
        tally(observer.takeRecords());
        observer.disconnect();
      }
      return added;
    },
  };
}

/**
 * What an element derived from its data and size and keeps between renders, read from its private fields: a
 * test can then tell whether a render computed it again (a new object) or reused it (the same one). `field` may be
 * a path through the element's objects (`drawn.prepared`: the state a widget's chunk keeps for it).
 */
export function derived(el: Element, field: string): unknown {
  const value = field.split('.').reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], el);
  if (value === undefined) throw new Error(`<${el.localName}> has no "${field}": has the element changed?`);
  return value;
}

/**
 * `data` with every read of its `key` counted. Validation reads each list of a dataset once, so the count tells
 * how many times the object was validated; widgets read the validated copy, never the object they were given.
 */
export function countingReads<T extends object>(data: T, key: string): { proxy: T; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(data, {
    get(target, property, receiver) {
      if (property === key) reads += 1;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  return { proxy, reads: () => reads };
}

/**
 * Holds the timers widgets set to render "Loading…" after LOADING_DELAY (`setTimeout` with that delay) until
 * `fire()`: a test decides whether what a widget waits for came within the moment, without a clock. `restore()` puts
 * the page's timers back; `held` counts the timers still held (one cleared by the widget is no longer held).
 */
export function holdLoadingDelay() {
  const held = new Map<number, () => void>();
  const { setTimeout: set, clearTimeout: clear } = window;
  let next = -1;
  window.setTimeout = ((callback: () => void, delay?: number, ...rest: unknown[]) => {
    if (delay !== LOADING_DELAY) return set(callback, delay, ...rest);
    held.set(next, callback);
    return next--;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => (held.delete(id!) ? undefined : clear(id))) as typeof window.clearTimeout;
  return {
    get held(): number {
      return held.size;
    },
    fire(): void {
      for (const callback of held.values()) callback();
      held.clear();
    },
    restore(): void {
      window.setTimeout = set;
      window.clearTimeout = clear;
    },
  };
}
