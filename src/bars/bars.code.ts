/**
 * Where the bars' scene, model and drawn stylesheet come from (bars.chunk.ts): a chunk of their own, loaded when the
 * first bar chart connects, so that a page without one does not download it; a dashboard's file loads it too. Pure;
 * no DOM.
 */
import { LazyModule } from '../core/lazy.js';

export const BARS_CODE = new LazyModule(() => import('./bars.chunk.js'));
