import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { CsvCell } from '../core/csv.js';
import { NetreachError, unknownMetric } from '../core/errors.js';
import type { RegionsType } from '../core/regions-model.js';
import { COUNTRIES_METRIC, type Dataset } from '../core/types.js';
import { ResizeController } from '../base/controllers.js';
import { specProperties } from '../base/options.js';
import { NetreachElement } from '../base/netreach-element.js';
import { RovingFocusController } from '../base/roving-focus.js';
import { TooltipController } from '../base/tooltip.js';
import { chartStyles } from '../base/chart-styles.js';
import { CodeController } from '../base/code-controller.js';
import { REGIONS_CODE } from './regions.code.js';
import { REGIONS_OPTIONS } from './regions.options.js';
import type { RegionsState } from './regions.update.js';

/**
 * The type scale in presenter mode: the scene's 12 px text at the base styles' 20 px, so that its smallest text
 * (the axis, at 0.9 of it) is still 18 px on a slide.
 */
const PRESENTER_UNIT = 20 / 12;

/**
 * The network by region: a waffle of member countries (one square per country, coloured by region) or, with
 * `type="donut"`, a donut; with a `metric`, the metric's sums per region (the waffle then has 100 squares, one
 * per percent). A legend lists each region with its count and share; its entries are buttons that select the
 * region (one tab stop, arrow keys move between them; Escape clears the selection). The squares and slices are a
 * picture with a text alternative, not separate tab stops; hovering one shows its tooltip, and clicking a slice or
 * a country's square selects its region.
 *
 * Drawn from its scene (`regionsScene`), as `toSVG()`, `toPNG()` and `netreach render regions` are, with the notes
 * the data calls for (regions inferred, continents or drawn up for the dataset; a list that names only some countries;
 * a region's figure a sum) and the sources, each once. A dataset whose sources assign no regions shows a sentence
 * saying so: no grouping is made up.
 *
 * @element netreach-regions
 *
 * @fires {CustomEvent<NetreachSelectDetail>} netreach-select - `{region}` when a region is chosen in the legend or a slice is clicked; `{region: null}` when Escape clears it.
 * @fires {Event} netreach-ready - Each time `state` turns `ready`: drawn (bubbles, composed; `whenReady()` waits for it).
 * @fires {CustomEvent<NetreachErrorDetail>} netreach-error - `{code, message}` when the data cannot be shown.
 *
 * @csspart frame - The widget's outer box.
 * @csspart chart - The waffle or donut (SVG, `role="img"`).
 * @csspart legend - The legend (`role="group"`).
 * @csspart legend-item - A region's button in the legend.
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
 * @cssproperty [--netreach-region-1=#0072b2] - The first region's colour (and so on to `--netreach-region-8`).
 * @cssproperty [--netreach-muted-color=color-mix(currentColor 75%)] - Shares and the source line.
 * @cssproperty [--netreach-focus-color=#2563eb] - The focus ring.
 * @cssproperty [--netreach-tooltip-background=color-mix(CanvasText 88%)] - Tooltip background.
 * @cssproperty [--netreach-tooltip-color=Canvas] - Tooltip text.
 * @cssproperty [--netreach-radius=8px] - Corner radius (the tooltip's and the error box's).
 * @cssproperty [--netreach-spacing=0.75rem] - Spacing.
 */
export class NetreachRegions extends NetreachElement {
  static override styles = [...NetreachElement.styles, chartStyles];
  static override readonly optionSpecs = REGIONS_OPTIONS;
  static override properties: PropertyDeclarations = { ...specProperties(REGIONS_OPTIONS), hovered: { state: true } };

  /**
   * Follows the width of a zero-height ruler rather than the host: the host's height changes with every render,
   * and observing it would re-enter the ResizeObserver loop.
   */
  #size: ResizeController = new ResizeController(
    this,
    () => this.renderRoot.querySelector('.ruler'),
    undefined,
    () => (this.drawn.key = undefined),
  );
  /** The regions' scene, model, template and drawn stylesheet: a chunk of their own (regions.chunk.ts). */
  protected override readonly code = new CodeController(this, REGIONS_CODE);

  // The attributes' names, values, defaults and docs: REGIONS_OPTIONS (regions.options.ts), read by the API docs, embed.html and
  // the command line too.

  /** `waffle` or `donut`. */
  type: RegionsType = 'waffle';

  /** The metric id: `countries` (built in, member counts), or one of the dataset's `metrics`. */
  metric: string = COUNTRIES_METRIC;

  /** The highlighted region id. */
  selected?: string | null;

  /** The region under the pointer or focus in the legend, emphasised like a selection. */
  private hovered: string | null = null;

  /**
   * The scene of the current data and options (no size), recomputed only when one of them changes, the chart at the
   * measured width and its items by id (for the tooltip): worked out by the regions' chunk (regions.update.ts).
   */
  private drawn: RegionsState = {};

  #roving = new RovingFocusController(this, {
    selector: '[part~="legend-item"]',
    rtl: () => this.localization.dir === 'rtl',
    wrap: true,
    onSelect: (id) => this.#choose(id),
    onClear: () => this.fire('netreach-select', { region: null }),
  });

  private readonly tooltip = new TooltipController(this, {
    item: (id) => this.drawn.items?.get(id),
    box: () => this.renderRoot.querySelector('.chart'),
    rtl: () => this.localization.dir === 'rtl',
  });

  protected override widgetError(dataset: Dataset): NetreachError | undefined {
    return unknownMetric(dataset, this.metric);
  }

  /** The option values the scene reads, by property name, read by their specs (as the command line reads them). */
  get #values(): Record<string, unknown> {
    return { type: this.option('type'), metric: this.option('metric'), selected: this.chosen };
  }

  /** One row per region (`regionsCsvRows()`, in the regions' chunk: here once the regions are drawn). */
  protected override exportRows(dataset: Dataset): CsvCell[][] {
    return this.code.module?.regionsCsvRows(dataset, this.metric || COUNTRIES_METRIC, this.locale) ?? [];
  }

  protected override sceneFile() {
    const code = this.code.module;
    return code && { scene: code.regionsScene, options: this.#values };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.currentDataset;
    if (!dataset || this.phase !== 'ready') {
      this.drawn = {};
      this.hovered = null;
      return;
    }
    // A region the data no longer has is not emphasised, should it come back.
    if (!dataset.regions.some((region) => region.id === this.hovered)) this.hovered = null;
    // A selected region the data does not have: every region shows, said as the map says it.
    this.readSelected(
      dataset.regions.map((region) => region.id),
      0,
      'no such region',
    );
    // The region hovered in the legend is emphasised as the selection is. Ready means the code is here
    // (NetreachElement waits for it).
    this.code.module!.updateRegions(
      this,
      this.drawn,
      dataset,
      { ...this.#values, selected: this.hovered ?? this.chosen },
      this.localization.dir === 'rtl',
      this.presenter ? PRESENTER_UNIT : 1,
      this.#size,
      this.menu,
    );
  }

  /** Drawn once the waffle or donut is laid out at the measured width (the legend and sources need no size). */
  protected override isDrawn(): boolean {
    return Boolean(this.drawn.chart);
  }

  #choose(region: string): void {
    if (!this.currentDataset?.regions.some((entry) => entry.id === region)) return;
    this.selected = region;
    this.fire('netreach-select', { region });
  }

  /** A click on a slice, or on a country's square, selects its region. */
  #onChartClick = (event: Event) => {
    const id = (event.target as Element | null)?.closest?.('[data-item]')?.getAttribute('data-item');
    if (id) this.#choose(this.drawn.regionOf?.get(id) ?? id);
  };

  #legendItem(event: Event): string | null {
    return (event.target as Element | null)?.closest?.('[part~="legend-item"]')?.getAttribute('data-item') ?? null;
  }

  #onLegendOver = (event: Event) => {
    const region = this.#legendItem(event);
    if (region !== null) this.hovered = region;
  };

  #onLegendOut = () => {
    // Not when an update replaced the focused entry: the roving focus gives it back (cleared, it took another update).
    if (!this.#roving.restoring) this.hovered = null;
  };

  protected override render(): TemplateResult {
    return html`${super.render()}<div class="ruler"><div class="probe"></div></div>`;
  }

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const { prepared, chart, legendTitle } = this.drawn;
    if (!prepared) return nothing;
    const ids = prepared.legend.map((entry) => entry.id ?? '');
    // Ready means the code is here (NetreachElement waits for it).
    return this.code.module!.renderRegions({
      prepared,
      notes: this.shownNotes(prepared.notes),
      chart,
      locale: this.locale,
      rtl: this.localization.dir === 'rtl',
      legendTitle: legendTitle!,
      selected: this.chosen ?? null,
      activeId: this.#roving.active(ids),
      badge: this.renderBadge(dataset),
      tooltip: this.tooltip.render(),
      onChartClick: this.#onChartClick,
      onLegendOver: this.#onLegendOver,
      onLegendOut: this.#onLegendOut,
    });
  }
}
