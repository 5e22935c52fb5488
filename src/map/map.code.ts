/**
 * Where the map's model and scene come from: map.chunk.ts, the chunk that also holds the projections the map's
 * geometry loads (one request for both), loaded when the first map connects; a dashboard's file loads it too. Pure;
 * no DOM.
 */
import { LazyModule } from '../core/lazy.js';

export const MAP_CODE = new LazyModule(() => import('./map.chunk.js'));
