import { nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { DashboardSelection } from '../core/dashboard-model.js';
import type { DashboardState } from './dashboard.update.js';
import type { Dataset } from '../core/types.js';
import { CodeController } from '../base/code-controller.js';
import { DASHBOARD_CODE } from './dashboard.code.js';
import type { MenuAction } from '../base/menu.js';
import { NetreachElement } from '../base/netreach-element.js';
import { loadMapGeometry } from '../geo/geometry.js';
import { TABLE_CODE } from '../table/table.code.js';
import { TREND_CODE } from '../trend/trend.code.js';
// The parts: a dashboard registers what it is made of.
import '../stat/define.js';
import '../map/define.js';
import '../regions/define.js';
import '../trend/define.js';
import '../bars/define.js';
import '../table/define.js';
import { dashboardStyles } from './dashboard.styles.js';
import { specProperties } from '../base/options.js';
import { DASHBOARD_OPTIONS } from './dashboard.options.js';
import { prefetchInteraction } from '../base/interaction-loader.js';

/** Every netreach element the dashboard renders, to nudge when its language changes. */
const PARTS = 'netreach-stat, netreach-map, netreach-regions, netreach-trend, netreach-bars, netreach-table';

/**
 * A complete dashboard of a dataset, with no attributes: the network's name, a row of KPI tiles (member countries
 * and every metric with a headline figure), the map, the regions, the trend (when a metric has two totals or
 * more), a metric by region, the member table and the sources. It is made of the other netreach elements, which
 * all show the one dataset it loaded. The layout follows the dashboard's own width (container queries): one
 * column on a phone, the map beside the regions on a wide screen.
 *
 * Cross-filtering: choosing a region (in the regions legend, the bars) highlights its members on the map, selects
 * it in the regions and the bars and filters the table to it; choosing a country on the map selects it, its
 * region, and marks its row in the table (filtered to its region). Choosing the same thing again, the "Clear
 * selection" button, or Escape anywhere in the dashboard clears the selection. The page can set it with the
 * `region` and `country` attributes, which reflect what the reader chose.
 *
 * Each note once: a note that several parts call for (the regions inferred, for the map, the regions, the bars and
 * the table; a growth computed from two figures, for a tile and the trend) stays with the first of them, in the order
 * the parts draw — the tiles, the regions, the bars, the map, the trend, the table — and the others leave it out.
 * The trend leaves its growth line to the tile of the same metric, as the dashboard's file does.
 *
 * The dashboard tells its reader's choices as its own `netreach-select`, as it does its parts' errors: a part's event
 * stays inside, and the dashboard's says the selection it has after it, both keys, null for none (`{region, country}`:
 * a country chosen on the map says its region too; chosen again, `{region: null, country: null}`). Escape and the
 * "Clear selection" button say null too, so a page keeping `country = event.detail.country` stays true: one event
 * per choice. A script setting `region` or `country`, or calling `clearSelection()`, fires nothing.
 *
 * `toSVG()` and `toPNG()` write the dashboard's scene (`dashboardScene`): its parts' own scenes in its wide layout,
 * the selection shown — the file `netreach render dashboard` writes.
 *
 * @element netreach-dashboard
 *
 * @fires {CustomEvent<NetreachSelectDetail>} netreach-select - `{region, country}`, the selection after the reader's choice in a part, Escape or "Clear selection" (null: none). The parts' own stay inside.
 * @fires {Event} netreach-ready - Each time `state` turns `ready`: every part settled. The parts' own stay inside.
 * @fires {CustomEvent<NetreachErrorDetail>} netreach-error - `{code, message}` when the data cannot be shown; `{code, message, part}` when a part cannot show its own (`part`: its element's name). The parts' own stay inside.
 *
 * @csspart frame - The widget's outer box.
 * @csspart dashboard - The `<section>` landmark, labelled by the title (its one landmark: the panels are named groups).
 * @csspart header - The title, badge and selection bar.
 * @csspart title - The network's name (an `<h2>`).
 * @csspart badge - "Illustrative data" (the parts do not repeat it).
 * @csspart selection - "Selected: …" (a polite live region).
 * @csspart clear - The "Clear selection" button, shown while something is selected.
 * @csspart kpis - The list of KPI tiles.
 * @csspart panel - Each part's box (also `panel map`, `panel regions`, `panel bars` (none without regions), `panel trend`, `panel table`).
 * @csspart sources - The list of the dataset's sources.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart status - The loading and empty messages.
 *
 * @cssproperty [--netreach-font=inherit] - Font family (of every part).
 * @cssproperty [--netreach-color=currentColor] - Text colour.
 * @cssproperty [--netreach-background=transparent (halos: the page's)] - Background; unset, the trend's halos and the table's sticky header take the page's.
 * @cssproperty [--netreach-accent=#0f766e] - Accent colour (growth, lines, the selected table row).
 * @cssproperty [--netreach-region-1=#0072b2] - The first region's colour (and so on to `--netreach-region-8`).
 * @cssproperty [--netreach-muted-color=color-mix(currentColor 75%)] - Secondary text and the sources.
 * @cssproperty [--netreach-surface=color-mix(currentColor 6%)] - The clear button's fill.
 * @cssproperty [--netreach-border-color=color-mix(currentColor 18%)] - The panels' borders.
 * @cssproperty [--netreach-focus-color=#2563eb (map: the text colour)] - Focus rings (the map's members: the text colour unless set).
 * @cssproperty [--netreach-radius=8px] - Corner radius of the panels.
 * @cssproperty [--netreach-spacing=0.75rem] - Spacing; the gaps between panels are 1.25 times it.
 */
export class NetreachDashboard extends NetreachElement {
  static override styles = [...NetreachElement.styles, dashboardStyles];
  static override readonly optionSpecs = DASHBOARD_OPTIONS;
  static override properties: PropertyDeclarations = specProperties(DASHBOARD_OPTIONS);

  // The attributes' names, values, defaults and docs: DASHBOARD_OPTIONS (dashboard.options.ts), read by the API docs, embed.html and
  // the command line too.

  /** The selected region id. */
  selectedRegion?: string;

  /** The selected member country (alpha-3). */
  selectedCountry?: string;

  /** The dashboard's plan, selection rules, layout and drawn styles: a lazy chunk (dashboard.chunk.ts), requested on connect. */
  protected override readonly code = new CodeController(this, DASHBOARD_CODE);

  /** The plan and the dataset it was made for (updateDashboard(), dashboard.update.ts, in the dashboard's chunk). */
  private readonly drawn: DashboardState = {};
  #renderedLocale = '';
  /** The parts' updates after the dashboard's last. */
  #partsDrawn?: Promise<unknown>;
  /** Hears the parts' `state`: the dashboard is drawn once they all are. */
  #partStates = new MutationObserver(() => {
    if (this.state === 'loading') this.requestUpdate();
  });

  /** The selection on display, checked against the dataset. */
  get selection(): DashboardSelection {
    return { region: this.selectedRegion, country: this.selectedCountry };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.currentDataset;
    if (!dataset || this.phase !== 'ready') return;
    // The plan, the menu's title and the selection read against the data, in the dashboard's chunk
    // (updateDashboard(), dashboard.update.ts): ready means the code is here (NetreachElement waits for it). A region
    // the page sets replaces a country of another region; otherwise the country decides the region.
    this.code.module!.updateDashboard(
      this,
      this.drawn,
      dataset,
      changed.has('selectedRegion') && !changed.has('selectedCountry') ? 'region' : 'country',
      this.menu,
      (...entry) => this.namesNothing(...entry),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#partStates.observe(this.renderRoot, { attributes: true, attributeFilter: ['state'], subtree: true });
    // The parts connect once the dashboard's own code (with the tiles' and the regions') is here: what its map, trend
    // and table load is asked for now, beside that code, not after it. Their failures are theirs to show (the parts
    // ask again), not this page's.
    const ignore = () => undefined;
    for (const code of [TREND_CODE, TABLE_CODE]) void code.load().catch(ignore);
    void loadMapGeometry().catch(ignore);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#partStates.disconnect();
  }

  private get parts(): NetreachElement[] {
    return [...this.renderRoot.querySelectorAll<NetreachElement>(PARTS)];
  }

  /** Drawn once every part is: none still `loading` (a hidden dashboard's charts wait for a size). */
  protected override isDrawn(): boolean {
    const parts = this.parts;
    return parts.length > 0 && parts.every((part) => part.state !== 'loading');
  }

  protected override drawing(): Promise<unknown> | undefined {
    return this.#partsDrawn;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The parts update after this (and load what they draw with), given the notes they leave out by the render.
    this.#partsDrawn = Promise.all(this.parts.map((part) => part.updateComplete));
    // Its parts' tooltips and keys (interaction-loader.ts), once they have all drawn.
    prefetchInteraction(this);
    // The parts read their language from their `lang`, which changed in this shadow root, out of sight of the
    // page's lang observer: tell them.
    if (this.phase === 'ready' && this.locale !== this.#renderedLocale) {
      if (this.#renderedLocale) this.parts.forEach((part) => part.requestUpdate());
      this.#renderedLocale = this.locale;
    }
  }

  /** Clears the selection in every part (a script's: it fires no `netreach-select`). */
  clearSelection(): void {
    this.selectedRegion = undefined;
    this.selectedCountry = undefined;
  }

  // The reader's choices (a part's netreach-select, Escape, "Clear selection"): the selection they make, said as the
  // dashboard's own netreach-select, is worked out in the dashboard's chunk (dashboard.view.ts, `choose()`).

  /**
   * The dashboard's scene: `toSVG()` and `toPNG()` write its parts' scenes in its wide layout, with the selection
   * shown — the file `netreach render dashboard` writes. The scene, the map's geometry and the dashboard's, the
   * trend's, the stat's, the regions' and the table's code come when a file is asked for (the parts have loaded all but the scene by then).
   */
  protected override async sceneFile() {
    // Ready (ExportController asks a ready widget only): the dashboard's chunk is here (dashboard.file.ts).
    return this.code.module!.dashboardFile(this.optionValues());
  }

  /** The dashboard's own menu: the members as CSV, and full screen. Each part has its own for its picture. */
  override menuActions(): MenuAction[] {
    // A picture of its own since it has a scene: the file toSVG() writes.
    return ['png', 'svg', 'csv', 'about', 'fullscreen'];
  }

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const plan = this.drawn.plan;
    if (!plan) return nothing;
    // Ready means the dashboard's code is here (NetreachElement waits for it).
    return this.code.module!.renderDashboard({
      dataset,
      plan,
      locale: this.locale,
      selection: this.selection,
      // As read: a value refused (said once, by the dashboard) is not passed on for each part to say again.
      theme: this.option('theme'),
      controls: this.option('controls'),
      presenter: this.presenter,
      badge: this.renderBadge(dataset),
    });
  }
}
