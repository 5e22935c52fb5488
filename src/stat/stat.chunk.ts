/**
 * The stat's own code, one chunk loaded when the first tile connects (`STAT_CODE`), while its data loads: its scene
 * and model, its template and the drawn tile's stylesheet, which the element adopts when the chunk is here
 * (`CodeController`). The command line imports the scene itself (stat.scene.ts), without the stylesheet.
 */
export * from './stat.scene.js';
export { countUp, pageStatSize, renderStat } from './stat.view.js';
export { statDrawnStyles as styles } from './stat.drawn.styles.js';
export * from './stat.update.js';
// The dashboard's chunk has no copy of growth.ts: it takes these from this chunk, which it loads with its own (or
// from the trend's, where this one could not load: dashboard.code.ts).
export { growthText, periodNotes } from '../core/growth.js';
// The tile's CSV rows (a copy of total-rows.ts: COPY_INTO_CHUNKS), not up front.
export { statRows } from '../core/total-rows.js';
