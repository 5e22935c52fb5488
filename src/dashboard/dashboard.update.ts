/**
 * What the dashboard's element works out once its chunk is here (dashboard.chunk.ts): its plan made again for other
 * data, the menu's title, and its selection read against the data. The element (dashboard.ts) reaches this code only
 * when it is ready, which means the chunk is loaded (NetreachElement waits for it): none of it is downloaded up front.
 */
import type { MenuController } from '../base/menu.js';
import { dashboardPlan, type DashboardPlan, type DashboardSelection } from '../core/dashboard-model.js';
import { networkName } from '../core/names.js';
import type { NamedOption } from '../core/options.js';
import type { Dataset } from '../core/types.js';
import { namedSelection } from './dashboard.named.js';

/** The element's plan and the dataset it was made for, which {@link updateDashboard} keeps up to date. */
export interface DashboardState {
  plan?: DashboardPlan;
  dataset?: Dataset;
}

/** The element's parts {@link updateDashboard} reads and sets. */
export interface DashboardHost {
  readonly locale: string;
  readonly selection: DashboardSelection;
  selectedRegion?: string;
  selectedCountry?: string;
}

/**
 * The plan made again for other data, the menu's title, and the selection read against the data: a region or
 * country the data does not have selects nothing, said as the map says it (dashboard.named.ts). `prefer`: a region
 * the page sets replaces a country of another region; otherwise the country decides the region.
 */
export function updateDashboard(
  host: DashboardHost,
  state: DashboardState,
  dataset: Dataset,
  prefer: 'region' | 'country',
  menu: MenuController,
  /** NetreachElement's `namesNothing()`. */
  say: (...entry: NamedOption) => void,
): void {
  if (state.dataset !== dataset) {
    state.plan = dashboardPlan(dataset);
    state.dataset = dataset;
  }
  menu.title = networkName(dataset, host.locale);
  const [{ region, country }, named] = namedSelection(dataset, host.selection, prefer);
  for (const entry of named) say(...entry);
  host.selectedRegion = region;
  host.selectedCountry = country;
}
