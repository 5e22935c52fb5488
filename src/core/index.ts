/** The pure core: no DOM, no Lit. Usable in Node (static rendering) and in tests without a browser. */
export * from './types.js';
export * from './aggregate.js';
export * from './errors.js';
export * from './locale.js';
export { msg, UI_LANGUAGES, type MessageKey } from './i18n.js';
export { parseDataset, validateDataset, DatasetError, type ValidationIssue } from './validate.js';
export { fetchDataset, requestDataset, clearDatasetCache } from './load.js';
export { loadDefaultDataset } from './default-dataset.js';
export { isAlpha3, alpha2Of } from './countries.js';
export { statModel, type StatModel } from './stat-model.js';
export {
  trendData,
  trendLayout,
  defaultTrendMetric,
  type TrendData,
  type TrendLayout,
  type TrendPoint,
  type TrendType,
} from './trend-model.js';
export {
  tableModel,
  sortRows,
  tableRecords,
  type TableModel,
  type TableColumn,
  type TableRow,
  type TableRecord,
  type TableKind,
  type TableSort,
} from './table-model.js';
export { barRows, barsLayout, type BarRow, type BarsLayout, type BarsGroupBy, type BarsSort } from './bars-model.js';
export { regionsModel, waffleLayout, donutLayout, type RegionsModel, type RegionSlice } from './regions-model.js';
export { mapModel, classBreaks, nearestInDirection, type MapModel, type MapMember, type MapLegend } from './map-model.js';
export { dashboardPlan, nextSelection, normalizeSelection, type DashboardPlan, type DashboardSelection } from './dashboard-model.js';
export { countryName, regionName, metricLabel, networkName } from './names.js';
export { linearScale } from './scale.js';
