/**
 * Where the dashboard's code comes from (dashboard.chunk.ts): a chunk of its own, loaded when the first dashboard
 * connects, while its data loads, so that a page without one does not download it. With the tiles' and the regions'
 * code, whose notes the dashboard places before its parts draw (dashboard.view.ts, `hiddenNotes()`): a part whose code
 * cannot load says so itself, and its notes go to the next part that says them.
 *
 * A figure over time in words (growth.ts: a growth, a period's note) is the tiles' chunk's, which the dashboard's
 * takes rather than holding a copy of its own (dashboard.view.ts, `growthOf()`): a dashboard page loads the tiles',
 * the trend's and its own chunk at once, and downloaded three copies. Where the tiles' chunk could not load, the
 * trend's, which the dashboard asks for as it connects (dashboard.ts), brings them, and the notes are placed again
 * once it is here, as they are once the tiles' is (not waited for here: 13 bytes more up front for a failure's sake).
 * Pure; no DOM.
 */
import { LazyModule } from '../core/lazy.js';
import { STAT_CODE } from '../stat/stat.code.js';
import { REGIONS_CODE } from '../regions/regions.code.js';

export const DASHBOARD_CODE = new LazyModule(() =>
  Promise.all([import('./dashboard.chunk.js'), STAT_CODE.load().catch(() => 0), REGIONS_CODE.load().catch(() => 0)]).then(([own]) => own),
);
