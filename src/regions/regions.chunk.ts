/**
 * The regions' own code, one chunk loaded when the first regions chart connects (`REGIONS_CODE`), while its data
 * loads: their scene and model, their template and the drawn chart's stylesheet, which the element adopts when the
 * chunk is here (`CodeController`). The command line imports the scene itself (regions.scene.ts), without the
 * stylesheet.
 */
export * from './regions.scene.js';
export { regionsModel } from '../core/regions-model.js';
export { renderRegions } from './regions.view.js';
export { regionsDrawnStyles as styles } from './regions.drawn.styles.js';
export * from './regions.update.js';
