/**
 * The dataset a widget shows when it is given none: CINVU. It is a separate chunk in the ES bundle (loaded on
 * first use, relative to the bundle) and inlined in the classic-script bundle.
 */
import type { Dataset } from './types.js';
import { validateDataset } from './validate.js';

let pending: Promise<Dataset> | undefined;

export function loadDefaultDataset(): Promise<Dataset> {
  pending ??= import('../generated/cinvu.js').then((module) => validateDataset(module.CINVU));
  return pending;
}
