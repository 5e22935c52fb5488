import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { barRows, type BarsGroupBy, type BarsSort, OTHER_KEY } from '../core/bars-model.js';
import type { CsvCell } from '../core/csv.js';
import { NetreachError, unknownMetric } from '../core/errors.js';
import { sceneItems, type ChartScene, type PreparedScene, type SceneItem } from '../core/scene.js';
import { COUNTRIES_METRIC, type Dataset } from '../core/types.js';
import { ResizeController } from '../base/controllers.js';
import { drawMarks } from '../base/marks.js';
import { hostCorner } from '../base/menu.js';
import { fontMeasure } from '../base/measure.js';
import { specProperties } from '../base/options.js';
import { NetreachElement, type NetreachSelectDetail } from '../base/netreach-element.js';
import { RovingFocusController } from '../base/roving-focus.js';
import { TooltipController } from '../base/tooltip.js';
import { barsStyles } from './bars.styles.js';
import { chartStyles } from '../base/chart-styles.js';
import { renderNotes, renderSources } from '../base/chart-parts.js';
import { BARS_OPTIONS } from './bars.options.js';
import { barsScene, barsValues } from './bars.scene.js';

/**
 * The type scale in presenter mode: the scene's 12 px text at the base styles' 20 px, so that its smallest text
 * (the axis, at 0.9 of it) is still 18 px on a slide.
 */
const PRESENTER_UNIT = 20 / 12;

/**
 * A horizontal bar chart of a metric per region or per member country: labelled bars, values at their ends,
 * a localized axis with gridlines, and the rows past `limit` folded into "Other (n)". Fills its container's width
 * and grows in height with the rows. Mirrored in right-to-left locales (labels on the right, bars growing left).
 *
 * Keyboard: the chart is one tab stop (a listbox); the arrow keys (Left/Right mirrored right to left), Home and End
 * move between bars, Enter or Space selects, Escape clears the selection (as on the map and the regions) and hides
 * the tooltip. Hovering or focusing a bar shows its tooltip.
 *
 * Drawn from its scene (`barsScene`), as `toSVG()`, `toPNG()` and `netreach render bars` are: under the chart, the
 * notes the data calls for (a list that names only some countries; regions inferred, continents or drawn up for the
 * dataset; a region's figure a sum) and the sources, each once.
 * Grouped by region, a dataset whose sources assign no regions shows a sentence saying so instead of bars.
 *
 * @element netreach-bars
 *
 * @fires {CustomEvent<NetreachSelectDetail>} netreach-select - `{country}` or `{region}` when a bar is clicked or chosen with Enter/Space; `null` when Escape clears it.
 * @fires {Event} netreach-ready - Each time `state` turns `ready`: drawn (bubbles, composed; `whenReady()` waits for it).
 * @fires {CustomEvent<NetreachErrorDetail>} netreach-error - `{code, message}` when the data cannot be shown.
 *
 * @csspart frame - The widget's outer box.
 * @csspart chart - The chart (SVG, `role="listbox"`).
 * @csspart tooltip - The tooltip of the bar or shape under the pointer or focus (`role="tooltip"`; Escape hides it).
 * @csspart note - A note on what the data is: a list that names only some countries, regions inferred or unavailable.
 * @csspart source - The source line (each source once).
 * @csspart badge - "Illustrative data".
 * @csspart error - The error message box (`role="alert"`).
 * @csspart status - The loading and empty messages.
 *
 * @cssproperty [--netreach-font=inherit] - Font family.
 * @cssproperty [--netreach-color=currentColor] - Text colour.
 * @cssproperty [--netreach-background=transparent] - Background.
 * @cssproperty [--netreach-bar-color=var(--netreach-accent)] - Bars of countries.
 * @cssproperty [--netreach-accent=#0f766e] - Bars of countries, unless `--netreach-bar-color` says.
 * @cssproperty [--netreach-region-1=#0072b2] - Bars of the first region (and so on to `--netreach-region-8`).
 * @cssproperty [--netreach-muted-color=color-mix(currentColor 75%)] - Axis labels and the source line.
 * @cssproperty [--netreach-border-color=color-mix(currentColor 18%)] - Gridlines.
 * @cssproperty [--netreach-focus-color=#2563eb] - The focus ring.
 * @cssproperty [--netreach-tooltip-background=color-mix(CanvasText 88%)] - Tooltip background.
 * @cssproperty [--netreach-tooltip-color=Canvas] - Tooltip text.
 * @cssproperty [--netreach-radius=8px] - Corner radius (the tooltip's and the error box's).
 * @cssproperty [--netreach-spacing=0.75rem] - Spacing.
 */
export class NetreachBars extends NetreachElement {
  static override styles = [...NetreachElement.styles, chartStyles, barsStyles];
  static override readonly optionSpecs = BARS_OPTIONS;
  static override properties: PropertyDeclarations = specProperties(BARS_OPTIONS);

  /**
   * Follows the width of a zero-height ruler rather than the host: the host's height changes with every render,
   * and observing it would re-enter the ResizeObserver loop.
   */
  #size: ResizeController = new ResizeController(
    this,
    () => this.renderRoot.querySelector('.ruler'),
    undefined,
    () => (this.#preparedKey = ''),
  );

  // The attributes' names, values, defaults and docs: BARS_OPTIONS (bars.options.ts), which the API docs, embed.html and the
  // command line read too.

  /** The metric id: `countries` (built in), or one of the dataset's `metrics`. */
  metric: string = COUNTRIES_METRIC;

  /** `region` or `country`. */
  groupBy: BarsGroupBy = 'region';

  /** Rows before "Other (n)"; unset: 10 countries or every region; 0: no limit. */
  limit?: number | null;

  /** `value`, `name` or `none`. */
  sort: BarsSort = 'value';

  /** The selected country (alpha-3) or region id. */
  selected?: string | null;

  /** The scene of the current data and options (no size): recomputed only when one of them changes. */
  private prepared?: PreparedScene;
  #preparedKey = '';
  #datasetSeen?: Dataset;
  /** The chart at the measured width, and its items by id (for the tooltip). */
  private chart?: ChartScene;
  #chartKey = '';
  #items = new Map<string, SceneItem>();

  #roving = new RovingFocusController(this, {
    selector: 'svg [data-item]',
    rtl: () => this.localization.dir === 'rtl',
    onSelect: (id) => this.#choose(id),
    onClear: () => this.say(null),
  });

  private readonly tooltip = new TooltipController(this, {
    roving: this.#roving,
    item: (id) => this.#items.get(id),
    box: () => this.renderRoot.querySelector('.chart'),
    rtl: () => this.localization.dir === 'rtl',
  });

  protected override widgetError(dataset: Dataset): NetreachError | undefined {
    return unknownMetric(dataset, this.metric);
  }

  /** The option values the scene reads, by property name, read by their specs (as the command line reads them). */
  get #values(): Record<string, unknown> {
    return {
      metric: this.option('metric'),
      groupBy: this.option('groupBy'),
      sort: this.option('sort'),
      limit: this.option('limit'),
      selected: this.chosen,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.currentDataset;
    if (!dataset || this.phase !== 'ready') {
      this.prepared = this.chart = undefined;
      this.#preparedKey = this.#chartKey = '';
      this.#items = new Map();
      return;
    }
    const rtl = this.localization.dir === 'rtl';
    const unit = this.presenter ? PRESENTER_UNIT : 1;
    // A bar the data does not have is selected: none is, said as the map says it.
    const byCountry = this.option('groupBy') === 'country';
    const ids = byCountry ? dataset.members.map((member) => member.country) : dataset.regions.map((region) => region.id);
    this.readSelected(ids, byCountry, byCountry ? 'not a member' : 'no such region');
    const values = this.#values;
    // The dataset object plus the options: the scene is prepared again only when one of them changed.
    const preparedKey = JSON.stringify([values, this.locale, rtl, unit]);
    if (preparedKey !== this.#preparedKey || this.#datasetSeen !== dataset) {
      this.#preparedKey = preparedKey;
      this.#datasetSeen = dataset;
      // Labels are measured in the widget's font, read with its size (at the first measurement).
      const measure = fontMeasure(this.#size, this.ownerDocument);
      const corner = () => hostCorner(this);
      this.prepared = barsScene(dataset, values, {
        locale: this.locale,
        rtl,
        unit,
        measure,
        // Read where the chart is laid out, at a width (as the chart's key is).
        get corner() {
          return corner();
        },
      });
      this.menu.title = this.prepared.title;
      this.#chartKey = '';
    }
    const width = this.#size.width;
    // The menu button (its --_corner, and its margin) sits over the axis's far end: the axis ends before it. Its
    // corner (the page's root font) is read with the first width, not in a render before it (data given first).
    const chartKey = width > 0 ? `${width} ${hostCorner(this)}` : '0';
    if (chartKey !== this.#chartKey) {
      this.#chartKey = chartKey;
      // The page lets the chart take the height its rows need.
      this.chart = width > 0 ? this.prepared!.chart(width, Infinity) : undefined;
      this.#items = new Map(this.chart ? sceneItems(this.chart.marks).map(({ item }) => [item.id, item]) : []);
    }
  }

  /** Drawn once laid out at the measured width: every bar, label and tick, with the notes and the source line. */
  protected override isDrawn(): boolean {
    return Boolean(this.chart);
  }

  protected override sceneFile() {
    return { scene: barsScene, options: this.#values };
  }

  /**
   * Every row of the chart in its order, none folded into "Other"; counts of a list that is not the whole with a
   * `qualifier` column, `at-least` (the bar's "≥17"), as the stat's CSV writes "at least 45".
   */
  protected override exportRows(dataset: Dataset): CsvCell[][] {
    const { metric, groupBy, sort } = barsValues(this.#values);
    const rows = barRows(dataset, { metric, groupBy, sort, limit: 0, locale: this.locale });
    const bounded = rows.some((row) => row.lowerBound);
    return [
      [groupBy, 'name', metric, ...(bounded ? ['qualifier'] : [])],
      ...rows.map((row) => [row.key, row.label, row.value, ...(bounded ? [row.lowerBound ? 'at-least' : null] : [])]),
    ];
  }

  /** Selects a bar (not "Other", which stands for many) and says so. */
  #choose(id: string): void {
    const dataset = this.currentDataset;
    if (!dataset || id === OTHER_KEY || !this.#items.has(id)) return;
    this.selected = id;
    this.say(id);
  }

  /** `netreach-select` with the bar's key, or null: Escape cleared the selection. */
  private say(id: string | null): void {
    const detail: NetreachSelectDetail = barsValues(this.#values).groupBy === 'country' ? { country: id } : { region: id };
    this.fire('netreach-select', detail);
  }

  protected override render(): TemplateResult {
    return html`${super.render()}<div class="ruler"><div class="probe"></div></div>`;
  }

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const prepared = this.prepared;
    const chart = this.chart;
    if (!prepared) return nothing;
    const ids = [...this.#items.keys()];
    const rtl = this.localization.dir === 'rtl';
    return html`${this.renderBadge(dataset)}<div class="scroll">
      <div class="chart">
        ${
          chart
            ? html`<svg part="chart" width=${chart.width} height=${chart.height} viewBox="0 0 ${chart.width} ${chart.height}"
                  role=${ids.length ? 'listbox' : 'img'} aria-label=${chart.label} aria-orientation=${ids.length ? 'vertical' : nothing}
                  font-size=${chart.paintedByClass?.fontSize ?? nothing}
                  ${drawMarks(chart.marks, { itemRole: 'option', activeId: this.#roving.active(ids), rtl, byClass: Boolean(chart.paintedByClass) })}></svg>
                ${this.tooltip.render()}`
            : nothing
        }
      </div>
      ${renderNotes(this.shownNotes(prepared.notes))} ${renderSources(prepared.sources, this.locale, prepared.unsourced)}</div>`;
  }
}
