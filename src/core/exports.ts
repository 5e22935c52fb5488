/**
 * The pure core's exports but the validator, the map's, the trend's, the stat's, the regions', the table's and the
 * dashboard's models, `aboutData()`, the countries' overlap (`countryOverlap()`, `overlapModel()`, copied into the
 * map's and the table's chunks) and a figure over time in words (growth.ts: `growthText()`, `periodNotes()`,
 * `whenText()`, `whenPhrase()`, `spokenFigure()`, `tileGrowthNote()`, copied into the KPI tile's, the trend's and the
 * on-demand chunks): what dist/netreach.js exports (src/bundle.ts), where those are lazy chunks — the validator, which `loadValidator()`
 * loads, the models, which their widgets load, and `aboutData()`, which "About this data" loads with the menu's
 * on-demand module. `netreach/core` (index.ts) exports them besides. (The dashboard's plan is its chunk's alone: the
 * file writer is handed it, as it is the map's, the trend's and the table's code, rather than importing it, which
 * would make it a third file, shared by two lazy chunks, on the dashboard's first draw.)
 */
export * from './types.js';
export * from './aggregate.js';
export * from './errors.js';
export * from './locale.js';
export { msg, UI_LANGUAGES, type MessageKey } from './i18n.js';
export { loadValidator } from './validate-loader.js';
export type { TrendData, TrendLayout, TrendPoint, TrendType } from './trend-model.js';
export type { TableModel, TableColumn, TableRow, TableRecord, TableKind, TableSort } from './table-model.js';
export { fetchDataset, requestDataset, clearDatasetCache } from './load-start.js';
export {
  loadDefaultDataset,
  loadBundledDataset,
  isBundledDataset,
  BUNDLED_DATASETS,
  DEFAULT_DATASET,
  type BundledDatasetId,
} from './default-dataset.js';
export {
  countriesKnowledge,
  universitiesKnowledge,
  regionGrouping,
  qualifiedPhrase,
  type CountriesKnowledge,
  type RegionGrouping,
} from './knowledge.js';
export type { GrowthText } from './growth.js';
export {
  aboutScope,
  scopeSources,
  formatSourceDate,
  type AboutData,
  type AboutScope,
  type AboutSource,
  type AboutWidget,
} from './about.js';
export { isAlpha3, alpha2Of } from './countries.js';
export type { StatModel, StatSeriesPoint } from './stat-model.js';
export {
  barRows,
  barsLayout,
  barsContext,
  type BarRow,
  type BarsLayout,
  type BarsGroupBy,
  type BarsSort,
  type BarsContext,
} from './bars-model.js';
export type { RegionsModel, RegionSlice } from './regions-model.js';
export type { MapModel, MapMember, MapLegend, IgnoredOption } from './map-model.js';
export type { DashboardPlan, DashboardSelection } from './dashboard-model.js';
export {
  countryName,
  regionName,
  metricLabel,
  networkName,
  networkShortName,
  countriesLabel,
  countriesPhrase,
  relationOf,
  periodLabel,
} from './names.js';
export { linearScale } from './scale.js';
