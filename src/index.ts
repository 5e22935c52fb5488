/**
 * The npm entry: registers every element and exports their classes and the pure core. Per-widget entries
 * (`netreach/stat`, …) register one element each.
 */
export { NetreachData } from './data-provider/define.js';
export { NetreachStat } from './stat/define.js';
export { NetreachTrend } from './trend/define.js';
export { NetreachTable } from './table/define.js';
export { NetreachBars } from './bars/define.js';
export { NetreachRegions } from './regions/define.js';
export { NetreachMap } from './map/define.js';
export { NetreachDashboard } from './dashboard/define.js';
export { NetreachElement } from './base/netreach-element.js';
export type { NetreachErrorDetail, Theme, WidgetState } from './base/netreach-element.js';
export type { NetreachSelectDetail } from './base/netreach-element.js';
export type { NetreachDataChangeDetail } from './data-provider/data-provider.js';
export * from './core/index.js';
export { VERSION } from './version.js';
