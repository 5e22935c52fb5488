/**
 * The npm entry: registers every element and exports their classes and the pure core. Per-widget entries
 * (`netreach/stat`, …) register one element each.
 */
export { NetreachData } from './data-provider/define.js';
export { NetreachStat } from './stat/define.js';
export { NetreachElement } from './base/netreach-element.js';
export type { NetreachErrorDetail, Theme, WidgetState } from './base/netreach-element.js';
export * from './core/index.js';
export { VERSION } from './version.js';
