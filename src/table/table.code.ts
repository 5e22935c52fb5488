/**
 * Where the table's code comes from (table.chunk.ts): a chunk of its own, loaded when the first table connects, so
 * that a page without one does not download it; a dashboard's file loads it too. Pure; no DOM.
 */
import { LazyModule } from '../core/lazy.js';

export const TABLE_CODE = new LazyModule(() => import('./table.chunk.js'));
