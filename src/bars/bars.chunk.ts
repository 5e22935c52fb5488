/**
 * The bars' own code, one chunk loaded when the first bar chart connects (`BARS_CODE`), while its data loads: their
 * scene and model, their template and the drawn chart's stylesheet, which the element adopts when the chunk is here
 * (`CodeController`). The command line imports the scene itself (bars.scene.ts), without the stylesheet.
 */
export * from './bars.scene.js';
export { barRows, OTHER_KEY } from '../core/bars-model.js';
export { renderBars } from './bars.view.js';
export { barsDrawnStyles as styles } from './bars.drawn.styles.js';
