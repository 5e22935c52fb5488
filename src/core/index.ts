/** The pure core: no DOM, no Lit. Usable in Node (static rendering) and in tests without a browser. */
export * from './exports.js';
export { parseDataset, validateDataset, DatasetError, type ValidationIssue } from './validate.js';
export { trendData, trendLayout, defaultTrendMetric } from './trend-model.js';
export { tableModel, sortRows, tableRecords } from './table-model.js';
export { mapModel, classBreaks, nearestInDirection } from './map-model.js';
export { statModel } from './stat-model.js';
export { regionsModel, waffleLayout, donutLayout } from './regions-model.js';
export { aboutData } from './about-data.js';
export {
  growthText,
  metricGrowth,
  periodNotes,
  tileGrowthNote,
  whenText,
  whenPhrase,
  spokenFigure,
  roundSignificant,
  isLowerBound,
  formatQualifiedCompact,
} from './growth.js';
export { formatPercent, formatPercentChange } from './percent.js';
export { countryOverlap, overlapModel, type CountryOverlap, type OverlapModel, type OverlapGroup, type OverlapGroupId } from './overlap.js';
export { dashboardPlan, nextSelection, normalizeSelection, regionMembers } from './dashboard-model.js';
