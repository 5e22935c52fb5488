/**
 * Where the regions' scene, model and drawn stylesheet come from (regions.chunk.ts): a chunk of their own, loaded
 * when the first regions chart connects, so that a page without one does not download it; a dashboard's file loads
 * it too. Pure; no DOM.
 */
import { LazyModule } from '../core/lazy.js';

export const REGIONS_CODE = new LazyModule(() => import('./regions.chunk.js'));
