/**
 * Where the dashboard's code comes from (dashboard.chunk.ts): a chunk of its own, loaded when the first dashboard
 * connects, while its data loads, so that a page without one does not download it. Pure; no DOM.
 */
import { LazyModule } from '../core/lazy.js';

export const DASHBOARD_CODE = new LazyModule(() => import('./dashboard.chunk.js'));
