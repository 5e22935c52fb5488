import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { AboutScope } from '../core/about.js';
import { NetreachError, unknownMetric } from '../core/errors.js';
import type { TrendType } from '../core/trend-model.js';
import type { CsvCell } from '../core/csv.js';
import { COUNTRIES_METRIC, type Dataset } from '../core/types.js';
import { MediaController, ResizeController } from '../base/controllers.js';
import { RovingFocusController } from '../base/roving-focus.js';
import { TooltipController } from '../base/tooltip.js';
import { NetreachElement } from '../base/netreach-element.js';
import type { TrendState } from './trend.update.js';
import { CodeController } from '../base/code-controller.js';
import { TREND_CODE } from './trend.code.js';
import { trendStyles } from './trend.styles.js';
import { specProperties } from '../base/options.js';
import { TREND_OPTIONS } from './trend.options.js';
import { chartStyles } from '../base/chart-styles.js';

/** The chart's type scale in presenter mode (the page's is 1): 18 px labels, thicker lines. */
const PRESENTER_UNIT = 1.5;

/**
 * A metric's published totals over the years: a line (or an area on a zero baseline) with each point labelled
 * in compact form and its qualifier ("8M", "22M", "30M+"), and the sources underneath. A year with no figure
 * breaks the line: a gap, never a silent bridge. Time runs left to right in every language unless
 * `time-direction="rtl"` (see the README, "Time direction").
 *
 * One tab stop: the arrow keys move between the years (Right goes later unless time runs right to left), Home and End jump to
 * the first and last, Escape hides the tooltip. Each point is announced with its year, value and source.
 *
 * @element netreach-trend
 *
 * @fires {Event} netreach-ready - Each time `state` turns `ready`: drawn (bubbles, composed; `whenReady()` waits for it).
 * @fires {CustomEvent<NetreachErrorDetail>} netreach-error - `{code, message}` when the data cannot be shown.
 *
 * @csspart frame - The widget's outer box.
 * @csspart figure - The `<figure>` holding the title, chart and sources.
 * @csspart title - The metric's name (the figure's caption).
 * @csspart chart - The SVG.
 * @csspart line - The line's path.
 * @csspart area - The area's path (`type="area"`).
 * @csspart point - A point (its circle, class `dot`, and value label, class `value`).
 * @csspart tooltip - The tooltip of the point under the pointer or keyboard focus.
 * @csspart note - A note under the chart: a figure dated only by a period, a computed growth and its two sources.
 * @csspart source - The source line.
 * @csspart badge - "Illustrative data".
 * @csspart error - The error message box (`role="alert"`).
 * @csspart status - The loading, empty and "no totals" messages.
 *
 * @cssproperty [--netreach-trend-color=var(--netreach-accent)] - The line, area and points.
 * @cssproperty [--netreach-accent=#0f766e] - The default line colour.
 * @cssproperty [--netreach-focus-color=#2563eb] - The focus ring.
 * @cssproperty [--netreach-font=inherit] - Font family.
 * @cssproperty [--netreach-color=currentColor] - Text colour.
 * @cssproperty [--netreach-background=transparent (halos: the page's)] - Background; unset, the points and their labels' halos take the page's.
 * @cssproperty [--netreach-muted-color=color-mix(currentColor 75%)] - Axis labels and the source line.
 * @cssproperty [--netreach-border-color=color-mix(currentColor 18%)] - Gridlines.
 * @cssproperty [--netreach-tooltip-background=color-mix(CanvasText 88%)] - Tooltip background.
 * @cssproperty [--netreach-tooltip-color=Canvas] - Tooltip text.
 * @cssproperty [--netreach-radius=8px] - Corner radius (the tooltip's and the error box's).
 * @cssproperty [--netreach-spacing=0.75rem] - Spacing.
 */
export class NetreachTrend extends NetreachElement {
  static override styles = [...NetreachElement.styles, chartStyles, trendStyles];
  static override readonly optionSpecs = TREND_OPTIONS;
  static override properties: PropertyDeclarations = specProperties(TREND_OPTIONS);

  /**
   * Follows the chart's box (until there is one, a zero-height ruler's width) rather than the host: the host's height
   * changes with every render, and a ResizeObserver on it would report its own renders back to it. The box's height
   * is the one the trend asks for unless the page gives the trend a height (fitTrend(), trend.update.ts).
   */
  #size: ResizeController = new ResizeController(
    this,
    () => this.renderRoot.querySelector('.chart') ?? this.renderRoot.querySelector('.ruler'),
    (width, height) => this.code.module?.fitTrend(this, this.drawn, width, height) ?? false,
    () => (this.drawn.from = undefined),
  );
  // The dots and halos are the page's background, read again when the system's colour scheme changes (and when the
  // page's text colour does: pageBackground()).
  protected readonly scheme = new MediaController(this, '(prefers-color-scheme: dark)');

  // The attributes' names, values, defaults and docs: TREND_OPTIONS (trend.options.ts), read by the API docs, embed.html and
  // the command line too.

  /** The metric id; unset picks the first metric with a series of totals. */
  metric?: string;

  /** `line` or `area`. */
  type: TrendType = 'line';

  /** The chart's height in pixels; unset follows the width. */
  height?: number;

  /** `ltr` (default, every language) or `rtl`: which way time runs. */
  timeDirection: 'ltr' | 'rtl' = 'ltr';

  protected override readonly code = new CodeController(this, TREND_CODE);

  /**
   * The scene (prepared again only when the data, metric, type, language or type scale change), the chart at the
   * measured size and its points by id: worked out by the trend's chunk (trend.update.ts).
   */
  private drawn: TrendState = { items: new Map() };

  /** One tab stop over the points; Left and Right move the way time runs on screen, Home and End to the ends. */
  #roving = new RovingFocusController(this, {
    selector: 'svg [data-item]',
    rtl: () => this.option<string>('timeDirection') === 'rtl',
  });

  /** The tooltip of the point under the pointer (or nearest to it along the time axis) or focused. */
  private readonly tooltip = new TooltipController(this, {
    roving: this.#roving,
    item: (id) => this.drawn.items.get(id),
    box: () => this.renderRoot.querySelector('.chart'),
    rtl: () => this.localization.dir === 'rtl',
  });

  /** The metric on display: the `metric` attribute, or the default for the dataset. */
  get resolvedMetric(): string | undefined {
    const dataset = this.currentDataset;
    const code = this.code.module;
    return dataset && code ? code.trendMetric(dataset, this.metric) : this.metric || undefined;
  }

  protected override widgetError(dataset: Dataset): NetreachError | undefined {
    return unknownMetric(dataset, this.metric);
  }

  protected override isEmpty(dataset: Dataset): boolean {
    // A trend can show published totals even for a dataset that lists no members.
    const metric = this.resolvedMetric;
    return dataset.members.length === 0 && !dataset.totals?.some((total) => total.metric === metric);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.currentDataset;
    if (!dataset || this.phase !== 'ready') {
      this.drawn = { items: new Map() };
      return;
    }
    // Ready means the code is here (NetreachElement waits for it).
    this.code.module!.updateTrend(
      this,
      this.drawn,
      {
        dataset,
        metric: this.option<string | undefined>('metric'),
        type: this.option<TrendType>('type'),
        timeDirection: this.option<string>('timeDirection'),
        locale: this.locale,
        rtl: this.localization.dir === 'rtl',
        unit: this.presenter ? PRESENTER_UNIT : 1,
      },
      () => this.optionValues(),
      this.#size,
      this.option<number | undefined>('height'),
      this.menu,
      this.#roving,
    );
    // Focus on a point when the tab stop moves (new data starts it on its latest figure): the point it moves to shows
    // its tooltip in this update, not in the one the focus moving there would ask for.
    const next = this.#roving.moving([...this.drawn.items.keys()]);
    if (next) this.tooltip.show(next);
  }

  /** Drawn once the line is laid out at the measured width; a metric without points draws its message alone. */
  protected override isDrawn(): boolean {
    return !this.drawn.prepared?.data.points.length || Boolean(this.drawn.chart);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The chart's box sized and its background read (trend.update.ts): drawn, so the code is here. Before
    // super.updated(), which fires `netreach-ready`.
    this.code.module?.styleTrendBox(this, this.drawn, this.option<number | undefined>('height'), this.#size.width);
    super.updated(changed);
  }

  /** The scene of this trend: `toSVG()` and `toPNG()` write the file `netreach render trend` writes. */
  protected override sceneFile() {
    const code = this.code.module;
    return code && { scene: code.trendScene, options: this.optionValues() };
  }

  /** About and the CSV cite the metric drawn, the default one too (not `countries`, the stat's default). */
  protected override aboutScope(): AboutScope {
    return { metrics: [this.resolvedMetric ?? COUNTRIES_METRIC] };
  }

  /**
   * One row per total drawn: its year or period, value, qualifier and source (the gaps are simply absent years); by
   * the trend's chunk (a CSV is written once `ready`, which waits for it).
   */
  protected override exportRows(dataset: Dataset): CsvCell[][] {
    return this.code.module!.totalRows(dataset, this.drawn.prepared?.data.points.map((point) => point.total) ?? []);
  }

  /** On a line, the point nearest the pointer along the time axis shows its tooltip, not only the one under it. */
  #onPointerMove = (event: PointerEvent): void => this.code.module!.trendPointerMove(this.drawn, this.tooltip, event);

  /** Leaving the chart hides the tooltip, unless a point has the focus (its tooltip stays). */
  #onPointerLeave = (): void => {
    // No `instanceof ShadowRoot`: moved into an iframe's document, a browser may make its nodes that window's.
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    this.tooltip.show(focused?.getAttribute('data-item') ?? undefined);
  };

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const { prepared, chart, items } = this.drawn;
    if (!prepared) return nothing;
    // Ready means the code is here (NetreachElement waits for it).
    return this.code.module!.renderTrend({
      prepared,
      notes: this.shownNotes(prepared.notes),
      chart,
      least: Boolean(this.drawn.least),
      locale: this.locale,
      rtl: this.localization.dir === 'rtl',
      highlighted: this.tooltip.shown,
      activeId: this.#roving.active([...items.keys()]),
      badge: this.renderBadge(dataset),
      tooltip: prepared.data.points.length ? this.tooltip.render() : nothing,
      onPointerMove: this.#onPointerMove,
      onPointerLeave: this.#onPointerLeave,
    });
  }

  protected override render(): TemplateResult {
    return html`${super.render()}<div class="ruler"><div class="probe"></div></div>`;
  }
}
