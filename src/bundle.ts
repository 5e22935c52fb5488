/**
 * The entry of dist/netreach.js: what index.ts exports (the npm entry and the classic script's), but the
 * validator, which a page loads only when it has data of its own to check (`loadValidator()` gives it). Its own
 * list rather than a re-export of index.ts: a module that only re-exports is free of side effects for bundlers,
 * which then skip the define.ts it names (test/browser/entries.test.ts keeps the two lists the same).
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
export * from './core/exports.js';
export { VERSION } from './version.js';
