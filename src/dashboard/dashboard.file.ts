/**
 * The dashboard's file: its scene (dashboardSceneWith(), which comes with the file writer in the on-demand chunk)
 * given the dashboard's, the map's, the trend's, the stat's, the regions' and the table's code, with the map's
 * geometry. In the dashboard's chunk, which a ready dashboard has loaded: not up front, and not in the on-demand
 * chunk, which every widget's menu loads (a page bundling only the KPI tile would bundle the map's code with it).
 * The parts have loaded all of it but the scene by the time a file is asked for.
 */
import type { SceneFile } from '../base/export-controller.js';
import { loadOnDemand } from '../base/on-demand-loader.js';
import { dashboardPlan, normalizeSelection, regionMembers, tileGrowthLine } from '../core/dashboard-model.js';
import { loadMapGeometry } from '../geo/geometry.js';
import { MAP_CODE } from '../map/map.code.js';
import { REGIONS_CODE } from '../regions/regions.code.js';
import { STAT_CODE } from '../stat/stat.code.js';
import { TABLE_CODE } from '../table/table.code.js';
import { TREND_CODE } from '../trend/trend.code.js';

/** The scene and options of a dashboard's file, `options` the element's (by property name). */
export async function dashboardFile(options: Readonly<Record<string, unknown>>): Promise<SceneFile> {
  const [{ dashboardSceneWith }, geometry, map, trend, stat, regions, table] = await Promise.all([
    loadOnDemand(),
    loadMapGeometry(),
    MAP_CODE.load(),
    TREND_CODE.load(),
    STAT_CODE.load(),
    REGIONS_CODE.load(),
    TABLE_CODE.load(),
  ]);
  const { tableView, tableNotes, tableExcerpt } = table;
  const scene = dashboardSceneWith({
    dashboardPlan,
    normalizeSelection,
    regionMembers,
    // growth.ts's tileGrowthNote(), with the tiles' chunk's growthText(): this chunk has no copy of growth.ts.
    tileGrowthNote: (dataset, plan, locale) =>
      tileGrowthLine(plan, plan.trendMetric ? stat.growthText(dataset, plan.trendMetric, locale) : undefined, locale),
    mapScene: map.mapScene,
    trendScene: trend.trendScene,
    statScene: stat.statScene,
    regionsScene: regions.regionsScene,
    tableView,
    tableNotes,
    tableExcerpt,
  });
  return { scene, options: { ...options, geometry } };
}
