/**
 * Loads the dataset validator (validate.ts) when a page first has data of its own to check — a `src`, `.data`,
 * inline JSON — once per page. The bundled datasets are checked when the library is built and tested
 * (test/unit/data-bundled.test.ts), not in the browser, so a page that shows only them never loads it. In the ES
 * bundle it is a lazy chunk beside the bundle; in the classic script it is inlined.
 *
 * Pure module: no DOM, no Lit.
 */
import { chunkError } from './errors.js';
import { LazyModule } from './lazy.js';

const validatorModule = new LazyModule(() => import('./validate.js'));

/** The validator, once loaded: callers that have it validate at once, as before it was lazy. */
export function validator(): typeof import('./validate.js') | undefined {
  return validatorModule.get();
}

/**
 * The validator (`parseDataset`, `validateDataset`, `DatasetError`…), loaded once. dist/netreach.js exports this
 * rather than the validator itself, which it loads only for a page's own data; `netreach/core` exports both.
 */
export function loadValidator(): Promise<typeof import('./validate.js')> {
  return validatorModule.load().catch((error: unknown) => {
    throw chunkError(error);
  });
}
