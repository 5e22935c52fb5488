/**
 * The datasets netreach bundles, by id: what `dataset="cinvu|silk-road|al-mustafa"` selects, and what a widget
 * shows when it is given none (CINVU). Each is a separate chunk of the ES bundle, loaded on first use relative to
 * the bundle, and inlined in the classic-script bundle.
 *
 * They are not validated in the browser: they are fixed when the library is built, and a test
 * (test/unit/data-bundled.test.ts) holds each one to be exactly what `validateDataset()` returns for it — valid,
 * only known fields, strings already clean — so the page only freezes it, and a page that shows only bundled
 * data never loads the validator (validate-loader.ts).
 */
import { registerEnglishNames } from './countries.js';
import { chunkError, NetreachError } from './errors.js';
import type { Dataset } from './types.js';

/** The ids of the bundled datasets, in the order the documentation lists them. */
export const BUNDLED_DATASETS = ['cinvu', 'silk-road', 'al-mustafa'] as const;
export type BundledDatasetId = (typeof BUNDLED_DATASETS)[number];
/** What a widget shows when nothing else says which dataset. */
export const DEFAULT_DATASET: BundledDatasetId = 'cinvu';

/** A dataset, once its chunk's English names are registered: every English page's first draw names its countries. */
function named(english: string, dataset: unknown): unknown {
  registerEnglishNames(english);
  return dataset;
}

// One dynamic import per dataset (not a map over ids), so the bundler makes one chunk of each.
const LOADERS: Record<BundledDatasetId, () => Promise<unknown>> = {
  cinvu: () => import('../generated/cinvu.js').then((module) => named(module.CINVU_ENGLISH, module.CINVU)),
  'silk-road': () => import('../generated/silk-road.js').then((module) => named(module.SILK_ROAD_ENGLISH, module.SILK_ROAD)),
  'al-mustafa': () => import('../generated/al-mustafa.js').then((module) => named(module.AL_MUSTAFA_ENGLISH, module.AL_MUSTAFA)),
};

const pending = new Map<string, Promise<Dataset>>();

export function isBundledDataset(id: string | null | undefined): id is BundledDatasetId {
  return typeof id === 'string' && (BUNDLED_DATASETS as readonly string[]).includes(id);
}

/**
 * The bundled dataset `id` (whitespace and case ignored), valid (see above) and frozen, loaded once per page. Rejects
 * with a NetreachError of code `unknown-dataset` for an id netreach does not bundle.
 */
export function loadBundledDataset(id: string): Promise<Dataset> {
  const key = id.trim().toLowerCase();
  if (!isBundledDataset(key)) return Promise.reject(new NetreachError('unknown-dataset', { detail: id.trim() }));
  let loading = pending.get(key);
  if (!loading) {
    loading = LOADERS[key]().then(
      (data) => deepFreeze(data) as Dataset,
      (error: unknown) => {
        throw chunkError(error);
      },
    );
    // A failed chunk load (offline) is not remembered: the next widget tries again.
    loading.catch(() => pending.delete(key));
    pending.set(key, loading);
  }
  return loading;
}

/** Freezes `value` and everything in it, as `validateDataset()` returns its copy: widgets share one dataset. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

export function loadDefaultDataset(): Promise<Dataset> {
  return loadBundledDataset(DEFAULT_DATASET);
}
