/**
 * The trend's own code, one chunk loaded when the first trend connects (`TREND_CODE`): its scene and model, its
 * template and the drawn trend's stylesheet, which the element adopts when the chunk is here (`CodeController`). The command line
 * imports the scene itself (trend.scene.ts), without the stylesheet.
 */
export * from './trend.scene.js';
export { renderTrend } from './trend.view.js';
export { trendDrawnStyles as styles } from './trend.drawn.styles.js';
export * from './trend.update.js';
// What the dashboard takes of growth.ts from this chunk where the KPI tile's could not load (dashboard.code.ts).
export { growthText, periodNotes } from '../core/growth.js';
// The trend's CSV rows (a copy of total-rows.ts: COPY_INTO_CHUNKS), not up front.
export { totalRows } from '../core/total-rows.js';
