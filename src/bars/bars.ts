import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  BARS_FONT_SIZE,
  BAR_HEIGHT,
  OTHER_KEY,
  ROW_STEP,
  barRows,
  barsLayout,
  barsTitle,
  chartSources,
  type BarGeometry,
  type BarRow,
  type BarsGroupBy,
  type BarsLayout,
  type BarsSort,
  type Measure,
} from '../core/bars-model.js';
import type { CsvCell } from '../core/csv.js';
import { NetreachError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import { formatNumber } from '../core/locale.js';
import { networkName } from '../core/names.js';
import { COUNTRIES_METRIC, type Dataset, type Source } from '../core/types.js';
import { ResizeController } from '../base/controllers.js';
import { NetreachElement, type NetreachSelectDetail } from '../base/netreach-element.js';
import { barsStyles } from './bars.styles.js';
import { chartStyles } from '../base/chart-styles.js';
import { placeTooltip, renderSources } from '../base/chart-parts.js';
import { fromSpec } from '../base/options.js';
import { BARS_OPTIONS } from './bars.options.js';

/** Names listed in the tooltip of "Other (n)" before "and n more". */
const OTHER_NAMES = 5;

let canvas: HTMLCanvasElement | undefined;

/** Text widths in `fontFamily` at the chart's font size, measured once per text. */
function measurer(fontFamily: string): Measure | undefined {
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  const font = `${BARS_FONT_SIZE}px ${fontFamily || 'sans-serif'}`;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  };
}

/**
 * A horizontal bar chart of a metric per region or per member country: labelled bars, values at their ends,
 * a localized axis with gridlines, and the rows past `limit` folded into "Other (n)". Fills its container's width
 * and grows in height with the rows. Mirrored in right-to-left locales (labels on the right, bars growing left).
 *
 * Keyboard: the chart is one tab stop (a listbox); Up/Down, Home/End move between bars, Enter or Space selects.
 * Hovering or focusing a bar shows its tooltip.
 *
 * @element netreach-bars
 *
 * @fires netreach-select - `{country}` or `{region}` when a bar is clicked or chosen with Enter/Space.
 * @fires netreach-error - `{code, message}` when the data cannot be shown.
 *
 * @csspart frame - The widget's outer box.
 * @csspart chart - The chart (SVG, `role="listbox"`).
 * @csspart tooltip - The tooltip.
 * @csspart source - The source line.
 * @csspart badge - "Illustrative data".
 * @csspart error - The error message box (`role="alert"`).
 * @csspart status - The loading and empty messages.
 *
 * @cssproperty [--netreach-font=inherit] - Font family.
 * @cssproperty [--netreach-color=currentColor] - Text colour.
 * @cssproperty [--netreach-background=transparent] - Background.
 * @cssproperty [--netreach-bar-color=var(--netreach-accent)] - Bars of countries.
 * @cssproperty [--netreach-region-1=#0f766e] - Bars of the first region (and so on to `--netreach-region-6`).
 * @cssproperty [--netreach-muted-color=color-mix(currentColor 62%)] - Axis labels and the source line.
 * @cssproperty [--netreach-border-color=color-mix(currentColor 18%)] - Gridlines.
 * @cssproperty [--netreach-focus-color=#2563eb] - The focus ring.
 * @cssproperty [--netreach-tooltip-background=color-mix(CanvasText 88%)] - Tooltip background.
 * @cssproperty [--netreach-tooltip-color=Canvas] - Tooltip text.
 */
export class NetreachBars extends NetreachElement {
  static override styles = [...NetreachElement.styles, chartStyles, barsStyles];
  static override readonly optionSpecs = BARS_OPTIONS;

  /**
   * Follows the width of a zero-height ruler rather than the host: the host's height changes with every render,
   * and observing it would re-enter the ResizeObserver loop.
   */
  private readonly size: ResizeController = new ResizeController(this, () => this.renderRoot.querySelector('.ruler'));

  // The attributes' names, values, defaults and docs: BARS_OPTIONS (bars.options.ts), which the API docs, embed.html and the
  // command line read too.

  /** The metric id: `countries` (built in), or one of the dataset's `metrics`. */
  @property(fromSpec(BARS_OPTIONS, 'metric')) metric: string = COUNTRIES_METRIC;

  /** `region` or `country`. */
  @property(fromSpec(BARS_OPTIONS, 'groupBy')) groupBy: BarsGroupBy = 'region';

  /** Rows before "Other (n)"; unset: 10 countries or every region; 0: no limit. */
  @property(fromSpec(BARS_OPTIONS, 'limit')) limit?: number | null;

  /** `value`, `name` or `none`. */
  @property(fromSpec(BARS_OPTIONS, 'sort')) sort: BarsSort = 'value';

  /** The selected country (alpha-3) or region id. */
  @property(fromSpec(BARS_OPTIONS, 'selected')) selected?: string | null;

  /** The bar holding the roving tab stop. */
  @state() private active = 0;
  /** The bar whose tooltip shows, if any. */
  @state() private tipped: number | null = null;

  private rows: BarRow[] = [];
  private rowsKey = '';
  private layout?: BarsLayout;
  private layoutKey = '';
  private sources: Source[] = [];
  private datasetSeen?: Dataset;

  protected override widgetError(dataset: Dataset): NetreachError | undefined {
    const metric = this.metric || COUNTRIES_METRIC;
    const known = metric === COUNTRIES_METRIC || dataset.metrics?.some((entry) => entry.id === metric);
    return known ? undefined : new NetreachError('unknown-metric', { metric });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.currentDataset;
    if (!dataset || this.phase !== 'ready') {
      this.rows = [];
      this.rowsKey = '';
      this.layout = undefined;
      this.layoutKey = '';
      return;
    }
    const metric = this.metric || COUNTRIES_METRIC;
    const groupBy = this.resolvedGroupBy;
    const sort = this.option<BarsSort>('sort');
    const limit = this.option<number | undefined>('limit');
    const locale = this.locale;
    // The dataset object plus the options: recompute only when one of them changed.
    const rowsKey = JSON.stringify([metric, groupBy, sort, limit ?? null, locale]);
    if (rowsKey !== this.rowsKey || this.datasetSeen !== dataset) {
      this.datasetSeen = dataset;
      this.rowsKey = rowsKey;
      this.rows = barRows(dataset, { metric, groupBy, sort, limit, locale });
      this.sources = chartSources(dataset);
      this.layoutKey = '';
      if (this.active >= this.rows.length) this.active = 0;
      this.tipped = null;
    }
    const width = this.size.width;
    const rtl = this.localization.dir === 'rtl';
    const layoutKey = `${width}|${rtl}`;
    if (layoutKey !== this.layoutKey) {
      this.layoutKey = layoutKey;
      // Labels are measured in the widget's font (read only when the layout changes: it costs a style recalc).
      const measure = width > 0 ? measurer(getComputedStyle(this).fontFamily) : undefined;
      this.layout = width > 0 ? barsLayout(this.rows, { width, rtl, locale, measure }) : undefined;
    }
  }

  /** Drawn once laid out at the measured width: every bar, label and tick, with the source line. */
  protected override isDrawn(): boolean {
    return Boolean(this.layout);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.fonts?.addEventListener('loadingdone', this.onFontsLoaded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.fonts?.removeEventListener('loadingdone', this.onFontsLoaded);
  }

  /** A web font arrived: labels have new widths. */
  private readonly onFontsLoaded = () => {
    this.layoutKey = '';
    this.requestUpdate();
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const tip = this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    const box = this.renderRoot.querySelector<HTMLElement>('.chart');
    const bar = this.tipped === null ? undefined : this.layout?.bars[this.tipped];
    if (tip && box && bar) placeTooltip(tip, box, bar.tipX, bar.tipY, bar.tipY + BAR_HEIGHT);
  }

  protected override exportTitle(dataset: Dataset): string {
    const title = barsTitle(dataset, this.metric || COUNTRIES_METRIC, this.resolvedGroupBy, this.locale);
    return `${networkName(dataset, this.locale)} — ${title}`;
  }

  protected override exportSources(dataset: Dataset): Source[] {
    return chartSources(dataset);
  }

  /** Every row of the chart in its order, none folded into "Other". */
  protected override exportRows(dataset: Dataset): CsvCell[][] {
    const metric = this.metric || COUNTRIES_METRIC;
    const groupBy = this.resolvedGroupBy;
    const sort = this.option<BarsSort>('sort');
    const rows = barRows(dataset, { metric, groupBy, sort, limit: 0, locale: this.locale });
    return [[groupBy, 'name', metric], ...rows.map((row) => [row.key, row.label, row.value])];
  }

  private get resolvedGroupBy(): BarsGroupBy {
    return this.option<BarsGroupBy>('groupBy');
  }

  private choose(index: number): void {
    const row = this.rows[index];
    if (!row) return;
    this.active = index;
    if (row.key === OTHER_KEY) return;
    this.selected = row.key;
    const detail: NetreachSelectDetail = row.kind === 'country' ? { country: row.key } : { region: row.key };
    this.dispatchEvent(new CustomEvent<NetreachSelectDetail>('netreach-select', { bubbles: true, composed: true, detail }));
  }

  private async moveTo(index: number): Promise<void> {
    const last = this.rows.length - 1;
    if (last < 0) return;
    this.active = Math.max(0, Math.min(last, index));
    this.tipped = this.active;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`[data-index="${this.active}"]`)?.focus();
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => void this.moveTo(this.active + 1),
      ArrowUp: () => void this.moveTo(this.active - 1),
      Home: () => void this.moveTo(0),
      End: () => void this.moveTo(this.rows.length - 1),
      Enter: () => this.choose(this.active),
      ' ': () => this.choose(this.active),
      Escape: () => (this.tipped = null),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  private indexOf(event: Event): number | null {
    const index = (event.currentTarget as Element | null)?.getAttribute('data-index');
    return index === null || index === undefined ? null : Number(index);
  }

  private readonly onClick = (event: Event) => {
    const index = this.indexOf(event);
    if (index !== null) this.choose(index);
  };

  private readonly onEnter = (event: Event) => {
    this.tipped = this.indexOf(event);
  };

  private readonly onLeave = () => {
    const focused = this.renderRoot.querySelector<SVGGElement>('.row:focus');
    this.tipped = focused ? Number(focused.getAttribute('data-index')) : null;
  };

  private readonly onFocus = (event: Event) => {
    const index = this.indexOf(event);
    if (index === null) return;
    this.active = index;
    this.tipped = index;
  };

  private readonly onBlur = () => {
    this.tipped = null;
  };

  private renderTooltip(): TemplateResult | typeof nothing {
    const row = this.tipped === null ? undefined : this.rows[this.tipped];
    if (!row) return nothing;
    const locale = this.locale;
    let detail: string | undefined;
    if (row.kind === 'other' && row.folded) {
      const shown = row.folded.slice(0, OTHER_NAMES).join(', ');
      const more = row.folded.length - OTHER_NAMES;
      detail = more > 0 ? `${shown} ${msg(locale, 'andMore', { count: more })}` : shown;
    } else if (row.kind === 'region' && this.metric !== COUNTRIES_METRIC) {
      detail = `${msg(locale, 'countries')}: ${formatNumber(row.count, locale)}`;
    }
    return html`<div part="tooltip" aria-hidden="true">
      <strong>${row.label}</strong>${row.valueLong}${detail ? html`<div class="detail">${detail}</div>` : nothing}
    </div>`;
  }

  private renderBar(bar: BarGeometry, index: number, layout: BarsLayout): TemplateResult {
    const row = bar.row;
    const classes = `row ${row.kind === 'other' ? 'other' : row.kind === 'region' ? `r${((row.regionIndex - 1) % 6) + 1}` : ''}${this.tipped === index ? ' tipped' : ''}`;
    const rowTop = bar.y - (ROW_STEP - BAR_HEIGHT) / 2;
    return svg`<g class=${classes} role="option" data-index=${index} tabindex=${index === this.active ? 0 : -1}
        aria-selected=${row.key === this.selected ? 'true' : 'false'} aria-disabled=${row.kind === 'other' ? 'true' : nothing} aria-label=${`${row.label}: ${row.valueLong}`}
        @click=${this.onClick} @pointerenter=${this.onEnter} @pointerleave=${this.onLeave} @focus=${this.onFocus} @blur=${this.onBlur}>
      <rect class="hit" x="1" y=${rowTop + 1} width=${Math.max(0, layout.width - 2)} height=${ROW_STEP - 2} rx="3"></rect>
      <rect class="bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} rx="2"></rect>
      <text class="label" x=${bar.labelX} y=${bar.textY} text-anchor=${layout.labelAnchor}>${bar.label}</text>
      <text class=${row.value === null ? 'value none' : 'value'} x=${bar.valueX} y=${bar.textY} text-anchor=${layout.valueAnchor}>${row.valueText}</text>
    </g>`;
  }

  protected override render(): TemplateResult {
    return html`${super.render()}<div class="ruler"></div>`;
  }

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const layout = this.layout;
    const metric = this.metric || COUNTRIES_METRIC;
    const title = barsTitle(dataset, metric, this.resolvedGroupBy, this.locale);
    return html`${this.renderBadge(dataset)}
      <div class="chart">
        ${
          layout
            ? html`<svg part="chart" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}"
                role="listbox" aria-label=${title} aria-orientation="vertical" @keydown=${this.onKeyDown}>
                <g class="grid" aria-hidden="true">
                  ${layout.ticks.map(
                    (
                      tick,
                    ) => svg`<line class=${tick.value === 0 ? 'zero' : nothing} x1=${tick.x} x2=${tick.x} y1=${layout.gridTop} y2=${layout.gridBottom}></line>
                      <text x=${tick.x} y=${layout.gridTop - 6} text-anchor="middle">${tick.label}</text>`,
                  )}
                </g>
                ${layout.bars.map((bar, index) => this.renderBar(bar, index, layout))}
              </svg>
              ${this.renderTooltip()}`
            : nothing
        }
      </div>
      ${renderSources(this.sources, this.locale)}`;
  }
}
