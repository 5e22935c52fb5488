/**
 * The table's own code, one chunk loaded when the first table connects (`TABLE_CODE`): its model (rows, columns,
 * sorting), its scene (the grid its files draw, the excerpt a dashboard's file shows), its template and styles.
 */
export * from '../core/table-model.js';
export { tableExcerpt, tableScene } from './table.scene.js';
export { namedOptions } from './table.named.js';
export { updateTable } from './table.update.js';
export { COMPACT_WIDTH, fitScrollBox, growRows, renderTable, tableDataView } from './table.view.js';
/** The drawn table's stylesheet, which the element adopts when this chunk is here (`CodeController`). */
export { tableDrawnStyles as styles } from './table.drawn.styles.js';
