/**
 * Where the stat's scene, model and drawn stylesheet come from (stat.chunk.ts): a chunk of its own, loaded when the
 * first tile connects, so that a page without one does not download it; a dashboard's file loads it too. Pure; no DOM.
 */
import { LazyModule } from '../core/lazy.js';

export const STAT_CODE = new LazyModule(() => import('./stat.chunk.js'));
