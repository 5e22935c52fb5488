import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { renderNotes, renderSources } from '../base/chart-parts.js';
import { NetreachError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import type { TrendType } from '../core/trend-model.js';
import type { CsvCell } from '../core/csv.js';
import { sceneItems, type ChartScene, type Mark, type SceneItem } from '../core/scene.js';
import { COUNTRIES_METRIC, type Dataset } from '../core/types.js';
import { ResizeController } from '../base/controllers.js';
import { renderMarks } from '../base/marks.js';
import { canvasMeasure } from '../base/measure.js';
import { NetreachElement } from '../base/netreach-element.js';
import { prepareTrend, trendMetric, trendScene, type TrendPrepared } from './trend.scene.js';
import { trendStyles } from './trend.styles.js';
import { chartStyles } from '../base/chart-styles.js';

const MIN_HEIGHT = 180;
const MAX_HEIGHT = 340;
/** The chart's type scale in presenter mode (the page's is 1): 18 px labels, thicker lines. */
const PRESENTER_UNIT = 1.5;

/**
 * A metric's published totals over the years: a line (or an area on a zero baseline) with each point labelled
 * in compact form and its qualifier ("8M", "22M", "30M+"), and the sources underneath. A year with no figure
 * breaks the line: a gap, never a silent bridge. Time runs right to left in right-to-left locales.
 *
 * One tab stop: the arrow keys move between the years (mirrored in right-to-left locales), Home and End jump to
 * the first and last, Escape hides the tooltip. Each point is announced with its year, value and source.
 *
 * @element netreach-trend
 *
 * @attr metric - The metric id. By default the first metric with at least two totals (else the first with any).
 * @attr type - `line` (default) or `area`.
 * @attr height - The chart's height in pixels; by default half its width, between 180 and 340.
 * @attr src - URL of a netreach dataset.
 * @attr provider - The id of a `<netreach-data>` element to take the dataset from.
 * @attr theme - `light`, `dark` or `auto`.
 * @attr presenter - Sized for a projector: larger type, stronger contrast, more room, thicker lines.
 * @attr state - Reflects `loading`, `ready`, `empty` or `error`. `ready` once drawn at its measured size; `loading` while
 *   hidden before its first drawing (see the README, "States and errors").
 * @attr lang - The language; inherited from the page when absent.
 *
 * @fires netreach-error - `{code, message}` when the data cannot be shown.
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
 * @cssproperty [--netreach-background=transparent] - Background.
 * @cssproperty [--netreach-muted-color=color-mix(currentColor 62%)] - Axis labels and the source line.
 * @cssproperty [--netreach-border-color=color-mix(currentColor 18%)] - Gridlines.
 */
export class NetreachTrend extends NetreachElement {
  static override styles = [...NetreachElement.styles, chartStyles, trendStyles];

  /**
   * Follows the width of a zero-height ruler rather than the host: the host's height changes with every render,
   * and a ResizeObserver on it would report its own renders back to it.
   */
  private readonly size: ResizeController = new ResizeController(this, () => this.renderRoot.querySelector('.ruler'));

  /** The metric id; unset picks the first metric with a series of totals. */
  @property({ reflect: true }) metric?: string;

  /** `line` or `area`. */
  @property({ reflect: true }) type: TrendType = 'line';

  /** The chart's height in pixels; unset follows the width. */
  @property({ type: Number, reflect: true }) height?: number;

  /** The point that has the tab stop (index into the series). */
  @state() private active = -1;
  /** The point whose tooltip shows: under the pointer or focused. */
  @state() private highlighted: number | null = null;
  /** The scene, prepared again only when the data, metric, type, language or type scale change. */
  private prepared?: TrendPrepared;
  private preparedFrom?: { dataset: Dataset; metric?: string; type: TrendType; locale: string; rtl: boolean; unit: number };
  /** The chart at the measured size. */
  private chart?: ChartScene;
  /** The chart's points, in time order. */
  private items: SceneItem[] = [];
  private focusAfterRender = false;

  /** The metric on display: the `metric` attribute, or the default for the dataset. */
  get resolvedMetric(): string | undefined {
    const dataset = this.currentDataset;
    return dataset ? trendMetric(dataset, this.metric) : this.metric || undefined;
  }

  protected override widgetError(dataset: Dataset): NetreachError | undefined {
    const metric = this.metric;
    if (!metric || metric === COUNTRIES_METRIC || dataset.metrics?.some((entry) => entry.id === metric)) return undefined;
    return new NetreachError('unknown-metric', { metric });
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
      this.prepared = this.preparedFrom = this.chart = undefined;
      this.items = [];
      return;
    }
    const inputs = {
      dataset,
      metric: this.metric,
      type: this.type,
      locale: this.locale,
      rtl: this.localization.dir === 'rtl',
      unit: this.presenter ? PRESENTER_UNIT : 1,
    };
    const from = this.preparedFrom;
    if (!from || (Object.keys(inputs) as (keyof typeof inputs)[]).some((key) => inputs[key] !== from[key])) {
      // The chart's text is measured in the widget's font (read only here: it costs a style recalculation).
      const measure = canvasMeasure(getComputedStyle(this).fontFamily);
      this.prepared = prepareTrend(dataset, { metric: this.metric, type: this.type }, { ...inputs, measure });
      this.preparedFrom = inputs;
      this.chart = undefined;
    }
    const width = this.size.width;
    const height = this.chartHeight(width);
    if (!this.prepared!.data.points.length || width <= 0) this.chart = undefined;
    else if (this.chart?.width !== width || this.chart.height !== height) this.chart = this.prepared!.chart(width, height);
    this.items = this.chart ? sceneItems(this.chart.marks).map(({ item }) => item) : [];
    const points = this.prepared!.data.points.length;
    if (this.active < 0 || this.active >= points) this.active = points - 1;
    if (this.highlighted !== null && this.highlighted >= points) this.highlighted = null;
  }

  /** Drawn once the line is laid out at the measured width; a metric without points draws its message alone. */
  protected override isDrawn(): boolean {
    return !this.prepared?.data.points.length || Boolean(this.chart);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a style attribute, which a strict CSP refuses.
    this.renderRoot
      .querySelector<HTMLElement>('.chart')
      ?.style.setProperty('block-size', `${this.chart?.height ?? this.chartHeight(this.size.width)}px`);
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      this.pointElement(this.active)?.focus();
    }
    this.placeTooltip();
  }

  /** The scene of this trend: `toSVG()` and `toPNG()` write the file `netreach render trend` writes. */
  protected override sceneFile() {
    return { scene: trendScene, options: { metric: this.metric, type: this.type } };
  }

  /** One row per published total: year, value, qualifier and source (the gaps are simply absent years). */
  protected override exportRows(): CsvCell[][] {
    const data = this.prepared?.data;
    return [
      ['metric', 'year', 'value', 'qualifier', 'source'],
      ...(data?.points ?? []).map((point) => [data!.metric, point.year, point.value, point.qualifier ?? '', point.source?.title ?? '']),
    ];
  }

  private chartHeight(width: number): number {
    if (this.height && this.height > 0) return this.height;
    return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, width * 0.5)));
  }

  private pointElement(index: number): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`.point[data-item="${index}"]`);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.items.length;
    if (count === 0) return;
    const rtl = this.localization.dir === 'rtl';
    const later = rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
    let next = this.active;
    if (event.key === later) next = Math.min(count - 1, this.active + 1);
    else if (event.key === earlier) next = Math.max(0, this.active - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if (event.key === 'Escape') {
      this.highlighted = null;
      return;
    } else return;
    event.preventDefault();
    this.active = next;
    this.highlighted = next;
    this.focusAfterRender = true;
  }

  // Focus listeners sit on the HTML wrapper: on the <svg> they would make Chrome give the svg itself a tab stop.
  private onFocusIn(event: FocusEvent): void {
    const id = (event.target as Element).getAttribute?.('data-item');
    const index = Number(id ?? NaN);
    if (Number.isInteger(index)) {
      this.active = index;
      this.highlighted = index;
    }
  }

  private onFocusOut(event: FocusEvent): void {
    // Moving between points keeps the tooltip (the next focusin moves it); leaving the chart hides it.
    const next = event.relatedTarget as Element | null;
    if (!next?.classList?.contains('point')) this.highlighted = null;
  }

  private onPointerMove(event: PointerEvent): void {
    const chart = this.chart;
    if (!chart || this.items.length === 0) return;
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    const x = ((event.clientX - box.left) / (box.width || 1)) * chart.width;
    let nearest = 0;
    this.items.forEach((item, index) => {
      if (Math.abs(item.anchor.x - x) < Math.abs(this.items[nearest]!.anchor.x - x)) nearest = index;
    });
    this.highlighted = nearest;
  }

  private onPointerLeave(): void {
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    const index = Number(focused?.getAttribute('data-item') ?? NaN);
    this.highlighted = Number.isInteger(index) && focused ? index : null;
  }

  /** Keeps the tooltip inside the widget: centred above its point (and its label), clamped to the chart's edges. */
  private placeTooltip(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    const chart = this.chart;
    const item = this.highlighted === null ? undefined : this.items[this.highlighted];
    if (!tooltip || !chart || !item) return;
    const unit = this.preparedFrom?.unit ?? 1;
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    const { x, y } = item.anchor;
    const left = Math.max(0, Math.min(chart.width - width, x - width / 2));
    const above = y - height - 28 * unit;
    const top = above >= 0 ? above : Math.min(chart.height - height, y + 14 * unit);
    // Physical coordinates (see chartStyles): the chart's x already runs right to left where it should.
    tooltip.style.left = `${Math.round(left)}px`;
    tooltip.style.top = `${Math.round(top)}px`;
  }

  private renderChart(chart: ChartScene): TemplateResult {
    const { width, height } = chart;
    const marks = this.highlighted === null ? chart.marks : highlight(chart.marks, String(this.highlighted));
    return html`<svg
      part="chart"
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      role="group"
      aria-label=${this.prepared?.title ?? chart.label}
      aria-describedby="keys"
      @pointermove=${this.onPointerMove}
      @pointerdown=${this.onPointerMove}
      @pointerleave=${this.onPointerLeave}
    >
      ${renderMarks(marks, { itemRole: 'img', activeId: String(this.active), rtl: this.localization.dir === 'rtl' })}
    </svg>`;
  }

  private renderTooltip(): TemplateResult | typeof nothing {
    const item = this.highlighted === null || !this.chart ? undefined : this.items[this.highlighted];
    if (!item) return nothing;
    const [heading, ...details] = item.tooltip;
    return html`<div part="tooltip" aria-hidden="true">
      <strong>${heading}</strong>${details.map((line) => html`<span class="detail">${line}</span>`)}
    </div>`;
  }

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const prepared = this.prepared;
    if (!prepared) return nothing;
    const { data } = prepared;
    const empty = data.points.length === 0;
    return html`${this.renderBadge(dataset)}
      <figure part="figure" aria-describedby="summary">
        <figcaption part="title">${prepared.title}</figcaption>
        <p class="visually-hidden" id="summary">${data.summary}</p>
        ${
          empty
            ? html`<div class="status" part="status">${data.summary}</div>`
            : html`<div
              class="chart"
              @keydown=${this.onKeyDown}
              @focusin=${this.onFocusIn}
              @focusout=${this.onFocusOut}
>
              ${this.chart ? this.renderChart(this.chart) : nothing} ${this.renderTooltip()}
            </div>`
        }
        <p class="visually-hidden" id="keys">${msg(this.locale, 'trendKeys')}</p>
        ${renderNotes(prepared.notes)} ${renderSources(prepared.sources, this.locale)}
      </figure>`;
  }

  protected override render(): TemplateResult {
    return html`${super.render()}<div class="ruler"></div>`;
  }
}

/** `marks` with the point `id` marked `highlighted` (its dot filled): the point under the pointer or focused. */
function highlight(marks: readonly Mark[], id: string): Mark[] {
  return marks.map((mark) => {
    if (mark.kind !== 'group') return mark;
    if (mark.item) return mark.item.id === id ? { ...mark, class: `${mark.class ?? ''} highlighted`.trim() } : mark;
    return { ...mark, children: highlight(mark.children, id) };
  });
}
