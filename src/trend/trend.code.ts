/**
 * Where the trend's scene, model and drawn stylesheet come from (trend.chunk.ts): a chunk of its own, loaded when
 * the first trend connects, so that a page without one does not download it; a dashboard's file loads it too. Pure;
 * no DOM.
 */
import { LazyModule } from '../core/lazy.js';

export const TREND_CODE = new LazyModule(() => import('./trend.chunk.js'));
