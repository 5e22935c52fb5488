/**
 * Loads what a widget's items do once the picture is drawn (interaction.ts: the tooltip's lines and placement, where
 * an arrow key moves focus), once per page, never before a first draw: in an idle moment after a widget with items
 * turns `ready` ({@link prefetchInteraction}), or at once when an item is hovered, focused or given an arrow key
 * before that ({@link withInteraction}). In the classic script it is inlined. A failed load is forgotten, so the next
 * event asks again.
 */
import { LazyModule } from '../core/lazy.js';

type Interaction = typeof import('./interaction.js');

const code = new LazyModule<Interaction>(() => import('./interaction.js'));
let prefetched = false;
let waiting: Promise<void> | undefined;

/** The interaction chunk, once loaded. */
export const interaction = (): Interaction | undefined => code.get();

/** Loads the chunk (the same promise for every caller): a test awaits it to find the chunk here. */
export const loadInteraction = (): Promise<Interaction> => code.load();

/**
 * What an event that came before the chunk waits on (a tooltip to show, a key's move), until it has run: the
 * widget's `updateComplete` waits for it.
 */
export const interactionWaiting = (): Promise<void> | undefined => waiting;

/**
 * Runs `then` with the chunk: at once when it is here, else once it has loaded (after the events before it, in
 * their order); not at all if it fails to load.
 */
export function withInteraction(then: (code: Interaction) => void): void {
  const loaded = code.get();
  if (loaded) return then(loaded);
  const run = code.load().then(then, () => {});
  waiting = run;
  void run.then(() => {
    if (waiting === run) waiting = undefined;
  });
}

/**
 * After each update of a widget with items: once it is `ready` (drawn), the chunk comes in the page's next idle
 * moment (a timer where there are none). Not for a dashboard's part: the dashboard asks once every part has drawn.
 */
export function prefetchInteraction(host: HTMLElement & { readonly state?: string }): void {
  if (prefetched || host.state !== 'ready' || (host.getRootNode() as Partial<ShadowRoot>).host?.localName.startsWith('netreach-')) return;
  prefetched = true;
  (globalThis.requestIdleCallback ?? setTimeout)(() => void code.load().catch(() => (prefetched = false)));
}
