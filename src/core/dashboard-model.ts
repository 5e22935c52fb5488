/**
 * What `<netreach-dashboard>` composes from a dataset, and how its cross-filter selection moves: which KPI tiles,
 * which metric the trend and the bars show, and the selection (a region, or a country and its region) after a
 * part of the dashboard says `netreach-select`. Pure functions; no DOM.
 */
import { memberValue, metricSeries, metricTotal } from './aggregate.js';
import { formatNumber } from './locale.js';
import { capitalize } from './names.js';
import { COUNTRIES_METRIC, type Dataset } from './types.js';

export interface DashboardPlan {
  /** The KPI tiles: `countries`, then each declared metric with a headline figure (a total or a sum of values). */
  kpis: string[];
  /** The metric of the trend: the first with at least two published totals; none, no trend. */
  trendMetric?: string;
  /** The metric of the bars by region: the first declared metric with member values, else `countries`. */
  barsMetric: string;
  /** Whether the dataset has regions: without, the regions' panel says so instead of drawing, and there are no bars by region. */
  regionsAvailable: boolean;
}

export function dashboardPlan(dataset: Dataset): DashboardPlan {
  const metrics = (dataset.metrics ?? []).map((metric) => metric.id).filter((id) => id !== COUNTRIES_METRIC);
  return {
    kpis: [COUNTRIES_METRIC, ...metrics.filter((id) => metricTotal(dataset, id) !== undefined)],
    trendMetric: metrics.find((id) => metricSeries(dataset, id).length >= 2),
    barsMetric: metrics.find((id) => dataset.members.some((member) => memberValue(member, id) !== null)) ?? COUNTRIES_METRIC,
    regionsAvailable: dataset.regions.length > 0,
  };
}

/** The dashboard's filter: nothing, a region, or a country (whose region then comes with it). */
export interface DashboardSelection {
  region?: string;
  country?: string;
}

/** The member codes of a region, in the dataset's order. */
export function regionMembers(dataset: Dataset, region: string | undefined): string[] {
  return region ? dataset.members.filter((member) => member.region === region).map((member) => member.country) : [];
}

/**
 * A selection the dataset can show: unknown ids dropped, a country's region filled in. When the page sets a region
 * that is not the selected country's (`prefer: 'region'`), the country goes; otherwise the country wins.
 */
export function normalizeSelection(
  dataset: Dataset,
  selection: DashboardSelection,
  prefer: 'region' | 'country' = 'country',
): DashboardSelection {
  const country = selection.country?.trim().toUpperCase();
  const member = country ? dataset.members.find((entry) => entry.country === country) : undefined;
  const region = dataset.regions.some((entry) => entry.id === selection.region) ? selection.region : undefined;
  if (member && !(prefer === 'region' && region && region !== member.region)) return { region: member.region, country: member.country };
  return region ? { region } : {};
}

/**
 * The selection after a part says `netreach-select` with `detail`: a country selects it (and its region), a region
 * selects the region alone. Choosing what is already selected clears it, like a pressed toggle button; so does a
 * part saying null (Escape cleared its selection, or a table's marked row was chosen again).
 */
export function nextSelection(
  dataset: Dataset,
  current: DashboardSelection,
  detail: { country?: string | null; region?: string | null } | null | undefined,
): DashboardSelection {
  if (detail?.country === null || detail?.region === null) return {};
  if (detail?.country) {
    const chosen = normalizeSelection(dataset, { country: detail.country });
    if (!chosen.country) return current;
    return chosen.country === current.country ? {} : chosen;
  }
  if (detail?.region) {
    const chosen = normalizeSelection(dataset, { region: detail.region });
    if (!chosen.region) return current;
    return chosen.region === current.region && !current.country ? {} : chosen;
  }
  return current;
}

/**
 * The trend's growth line when the KPI tile of the same metric shows that growth beside its figure, `growth` being
 * `growthText()` of the plan's trend metric (growth.ts, whose `tileGrowthNote()` says it of a dataset): here, not
 * there, for the dashboard's chunk, which takes growth.ts's functions from the tiles' chunk (dashboard.code.ts).
 */
export function tileGrowthLine(plan: DashboardPlan, growth: { text: string } | undefined, locale: string): string | undefined {
  return growth && plan.trendMetric && plan.kpis.includes(plan.trendMetric) ? capitalize(growth.text, locale) : undefined;
}

/** The CSS counter styles of the digits `formatNumber` writes, by how it writes zero. */
const COUNTER_STYLES: Readonly<Record<string, string>> = { '۰': 'persian', '٠': 'arabic-indic', '০': 'bengali' };

/**
 * The CSS counter style that numbers the dashboard's list of sources in the digits its figures are written in ("۱.",
 * "١.", "১."): `decimal` where those are Latin (English, Urdu by default, `fa-u-nu-latn`).
 */
export function listCounterStyle(locale: string): string {
  return COUNTER_STYLES[formatNumber(0, locale)] ?? 'decimal';
}
