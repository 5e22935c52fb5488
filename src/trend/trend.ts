import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sourceLabel } from '../core/aggregate.js';
import { renderSources } from '../base/chart-parts.js';
import { NetreachError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import { defaultTrendMetric, trendData, trendLayout, type TrendData, type TrendLayout, type TrendType } from '../core/trend-model.js';
import type { CsvCell } from '../core/csv.js';
import { networkName } from '../core/names.js';
import { COUNTRIES_METRIC, type Dataset, type Source } from '../core/types.js';
import { ResizeController } from '../base/controllers.js';
import { NetreachElement } from '../base/netreach-element.js';
import { trendStyles } from './trend.styles.js';
import { fromSpec } from '../base/options.js';
import { TREND_OPTIONS } from './trend.options.js';
import { chartStyles } from '../base/chart-styles.js';

const MIN_HEIGHT = 180;
const MAX_HEIGHT = 340;
const DOT_RADIUS = 4.5;

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
 * @fires netreach-error - `{code, message}` when the data cannot be shown.
 *
 * @csspart frame - The widget's outer box.
 * @csspart figure - The `<figure>` holding the title, chart and sources.
 * @csspart title - The metric's name (the figure's caption).
 * @csspart chart - The SVG.
 * @csspart line - The line's path.
 * @csspart area - The area's path (`type="area"`).
 * @csspart point - A point (its circle and value label).
 * @csspart tooltip - The tooltip of the point under the pointer or keyboard focus.
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
  static override readonly optionSpecs = TREND_OPTIONS;

  /**
   * Follows the width of a zero-height ruler rather than the host: the host's height changes with every render,
   * and a ResizeObserver on it would report its own renders back to it.
   */
  private readonly size: ResizeController = new ResizeController(this, () => this.renderRoot.querySelector('.ruler'));

  // The attributes' names, values, defaults and docs: TREND_OPTIONS (trend.options.ts), read by the API docs, embed.html and
  // the command line too.

  /** The metric id; unset picks the first metric with a series of totals. */
  @property(fromSpec(TREND_OPTIONS, 'metric')) metric?: string;

  /** `line` or `area`. */
  @property(fromSpec(TREND_OPTIONS, 'type')) type: TrendType = 'line';

  /** The chart's height in pixels; unset follows the width. */
  @property(fromSpec(TREND_OPTIONS, 'height')) height?: number;

  /** The point that has the tab stop (index into the series). */
  @state() private active = -1;
  /** The point whose tooltip shows: under the pointer or focused. */
  @state() private highlighted: number | null = null;
  private series?: TrendData;
  private layout?: TrendLayout;
  private focusAfterRender = false;

  /** The metric on display: the `metric` attribute, or the default for the dataset. */
  get resolvedMetric(): string | undefined {
    const dataset = this.currentDataset;
    if (this.metric) return this.metric;
    return dataset ? defaultTrendMetric(dataset) : undefined;
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
    const metric = this.resolvedMetric;
    this.series = dataset && metric && this.phase === 'ready' ? trendData(dataset, metric, this.locale) : undefined;
    const points = this.series?.points.length ?? 0;
    if (this.active < 0 || this.active >= points) this.active = points - 1;
    if (this.highlighted !== null && this.highlighted >= points) this.highlighted = null;
    const width = this.size.width;
    this.layout =
      this.series && points > 0 && width > 0
        ? trendLayout(this.series, {
            width,
            height: this.chartHeight(width),
            locale: this.locale,
            rtl: this.localization.dir === 'rtl',
            type: this.option<TrendType>('type'),
          })
        : undefined;
  }

  /** Drawn once the line is laid out at the measured width; a metric without points draws its message alone. */
  protected override isDrawn(): boolean {
    return !this.series?.points.length || Boolean(this.layout);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a style attribute, which a strict CSP refuses.
    this.renderRoot
      .querySelector<HTMLElement>('.chart')
      ?.style.setProperty('block-size', `${this.layout?.height ?? this.chartHeight(this.size.width)}px`);
    if (this.focusAfterRender) {
      this.focusAfterRender = false;
      this.pointElement(this.active)?.focus();
    }
    this.placeTooltip();
  }

  protected override exportTitle(dataset: Dataset): string {
    return this.series ? `${networkName(dataset, this.locale)} — ${this.series.label}` : super.exportTitle(dataset);
  }

  protected override exportSources(dataset: Dataset): Source[] {
    return this.series?.sources.length ? this.series.sources : dataset.sources;
  }

  /** One row per published total: year, value, qualifier and source (the gaps are simply absent years). */
  protected override exportRows(): CsvCell[][] {
    const series = this.series;
    return [
      ['metric', 'year', 'value', 'qualifier', 'source'],
      ...(series?.points ?? []).map((point) => [series!.metric, point.year, point.value, point.qualifier ?? '', point.source?.title ?? '']),
    ];
  }

  private chartHeight(width: number): number {
    const height = this.option<number | undefined>('height');
    if (height) return height;
    return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, width * 0.5)));
  }

  private pointElement(index: number): SVGGElement | null {
    return this.renderRoot.querySelector<SVGGElement>(`.point[data-index="${index}"]`);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.series?.points.length ?? 0;
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
    const index = Number((event.target as Element).getAttribute?.('data-index'));
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
    const layout = this.layout;
    if (!layout) return;
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    const x = ((event.clientX - box.left) / (box.width || 1)) * layout.width;
    let nearest = 0;
    layout.points.forEach((point, index) => {
      if (Math.abs(point.x - x) < Math.abs(layout.points[nearest]!.x - x)) nearest = index;
    });
    this.highlighted = nearest;
  }

  private onPointerLeave(): void {
    const focused = this.renderRoot instanceof ShadowRoot ? this.renderRoot.activeElement : null;
    const index = Number(focused?.getAttribute('data-index'));
    this.highlighted = Number.isInteger(index) && focused ? index : null;
  }

  /** Keeps the tooltip inside the widget: centred above its point, clamped to the chart's edges. */
  private placeTooltip(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    const layout = this.layout;
    if (!tooltip || !layout || this.highlighted === null) return;
    const point = layout.points[this.highlighted];
    if (!point) return;
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    const left = Math.max(0, Math.min(layout.width - width, point.x - width / 2));
    const above = point.y - height - (point.labelled ? 28 : 14);
    const top = above >= 0 ? above : Math.min(layout.height - height, point.y + 14);
    // Physical coordinates (see chartStyles): the chart's x already runs right to left where it should.
    tooltip.style.left = `${Math.round(left)}px`;
    tooltip.style.top = `${Math.round(top)}px`;
  }

  private renderChart(data: TrendData, layout: TrendLayout): TemplateResult {
    const { width, height, plot } = layout;
    const grid = svg`<g class="grid axis" aria-hidden="true">
      ${layout.yTicks.map(
        (
          tick,
        ) => svg`<line class=${tick.value === 0 ? 'zero' : nothing} x1=${plot.left} x2=${plot.right} y1=${tick.position} y2=${tick.position}></line>
          <text x=${layout.yLabelX} y=${tick.position} dy="0.32em" text-anchor="end">${tick.label}</text>`,
      )}
    </g>`;
    const xAxis = svg`<g class="x-axis axis" aria-hidden="true">
      ${layout.xTicks.map((tick) => svg`<text x=${tick.position} y=${plot.bottom + 18} text-anchor="middle">${tick.label}</text>`)}
    </g>`;
    const points = layout.points.map((point, index) => {
      const highlighted = this.highlighted === index;
      return svg`<g class=${highlighted ? 'point highlighted' : 'point'} part="point" data-index=${index}
          role="img" aria-label=${point.description} tabindex=${index === this.active ? 0 : -1}>
        <circle class="hit" cx=${point.x} cy=${point.y} r="12"></circle>
        <circle class="ring" cx=${point.x} cy=${point.y} r=${DOT_RADIUS + 4}></circle>
        <circle class="dot" cx=${point.x} cy=${point.y} r=${DOT_RADIUS}></circle>
        ${
          point.labelled || highlighted
            ? svg`<text class="value" x=${point.x} y=${point.y - 11} text-anchor="middle" aria-hidden="true">${point.short}</text>`
            : nothing
        }
      </g>`;
    });
    return html`<svg
      part="chart"
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      role="group"
      aria-label=${data.label}
      aria-describedby="keys"
      @pointermove=${this.onPointerMove}
      @pointerdown=${this.onPointerMove}
      @pointerleave=${this.onPointerLeave}
    >
      ${grid}${xAxis}
      ${layout.area ? svg`<path part="area" d=${layout.area}></path>` : nothing}
      <path part="line" d=${layout.line} pathLength="1"></path>
      <g class="points">${points}</g>
    </svg>`;
  }

  private renderTooltip(data: TrendData): TemplateResult | typeof nothing {
    if (this.highlighted === null || !this.layout) return nothing;
    const point = data.points[this.highlighted];
    if (!point) return nothing;
    const source = point.source ? `${msg(this.locale, 'source')}: ${sourceLabel(point.source)}` : '';
    return html`<div part="tooltip" aria-hidden="true">
      <strong>${point.yearText}: ${point.short}</strong>${source}
    </div>`;
  }

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const data = this.series;
    if (!data) return nothing;
    const empty = data.points.length === 0;
    return html`${this.renderBadge(dataset)}
      <figure part="figure" aria-describedby="summary">
        <figcaption part="title">${data.label}</figcaption>
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
              ${this.layout ? this.renderChart(data, this.layout) : nothing} ${this.renderTooltip(data)}
            </div>`
        }
        <p class="visually-hidden" id="keys">${msg(this.locale, 'trendKeys')}</p>
        ${renderSources(data.sources, this.locale)}
      </figure>`;
  }

  protected override render(): TemplateResult {
    return html`${super.render()}<div class="ruler"></div>`;
  }
}
