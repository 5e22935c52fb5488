/**
 * Loads what widgets need only when asked (on-demand.ts: the menu's items, About this data, View data, the
 * DOM-cloning export, PNG and downloads), once per page, from beside the bundle: a dynamic import resolves
 * against the bundle's own URL (dist/chunks/), and in the classic script it is inlined. A failed load is
 * forgotten, so the next ask tries again.
 */
type OnDemand = typeof import('./on-demand.js');

let loaded: OnDemand | undefined;
let loading: Promise<OnDemand> | undefined;

/** The on-demand module, once loaded. */
export function onDemand(): OnDemand | undefined {
  return loaded;
}

/** The load under way, if any: what a widget's `updateComplete` waits for. */
export function onDemandLoading(): Promise<OnDemand> | undefined {
  return loaded ? undefined : loading;
}

export function loadOnDemand(): Promise<OnDemand> {
  loading ??= import('./on-demand.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
