import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chartSources } from '../core/bars-model.js';
import type { CsvCell } from '../core/csv.js';
import { NetreachError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import {
  donutLayout,
  regionsModel,
  waffleLayout,
  type DonutLayout,
  type RegionsModel,
  type RegionsType,
  type WaffleLayout,
} from '../core/regions-model.js';
import { networkName } from '../core/names.js';
import { COUNTRIES_METRIC, type Dataset, type Source } from '../core/types.js';
import { ResizeController } from '../base/controllers.js';
import { NetreachElement, type NetreachSelectDetail } from '../base/netreach-element.js';
import { chartStyles } from '../base/chart-styles.js';
import { placeTooltip, renderSources } from '../base/chart-parts.js';
import { regionsStyles } from './regions.styles.js';
import { fromSpec } from '../base/options.js';
import { REGIONS_OPTIONS } from './regions.options.js';

interface Tip {
  /** The cell's or arc's index. */
  index: number;
  x: number;
  y: number;
  below: number;
  title: string;
  detail?: string;
}

/**
 * The network by region: a waffle of member countries (one square per country, coloured by region) or, with
 * `type="donut"`, a donut; with a `metric`, the metric's sums per region (the waffle then has 100 squares, one
 * per percent). A legend lists each region with its count and share; its entries are buttons that select the
 * region (one tab stop, arrow keys move between them; Escape clears the selection). The squares and slices are a
 * picture with a text alternative, not separate tab stops; clicking a slice selects its region too.
 *
 * @element netreach-regions
 *
 * @fires netreach-select - `{region}` when a region is chosen in the legend or a slice is clicked.
 * @fires netreach-error - `{code, message}` when the data cannot be shown.
 *
 * @csspart frame - The widget's outer box.
 * @csspart chart - The waffle or donut (SVG, `role="img"`).
 * @csspart legend - The legend (`role="group"`).
 * @csspart legend-item - A region's button in the legend.
 * @csspart tooltip - The tooltip.
 * @csspart source - The source line.
 * @csspart badge - "Illustrative data".
 * @csspart error - The error message box (`role="alert"`).
 * @csspart status - The loading and empty messages.
 *
 * @cssproperty [--netreach-font=inherit] - Font family.
 * @cssproperty [--netreach-color=currentColor] - Text colour.
 * @cssproperty [--netreach-background=transparent] - Background.
 * @cssproperty [--netreach-region-1=#0f766e] - The first region's colour (and so on to `--netreach-region-6`).
 * @cssproperty [--netreach-muted-color=color-mix(currentColor 62%)] - Shares and the source line.
 * @cssproperty [--netreach-focus-color=#2563eb] - The focus ring.
 * @cssproperty [--netreach-tooltip-background=color-mix(CanvasText 88%)] - Tooltip background.
 * @cssproperty [--netreach-tooltip-color=Canvas] - Tooltip text.
 */
export class NetreachRegions extends NetreachElement {
  static override styles = [...NetreachElement.styles, chartStyles, regionsStyles];
  static override readonly optionSpecs = REGIONS_OPTIONS;

  /**
   * Follows the width of a zero-height ruler rather than the host: the host's height changes with every render,
   * and observing it would re-enter the ResizeObserver loop.
   */
  private readonly size: ResizeController = new ResizeController(this, () => this.renderRoot.querySelector('.ruler'));

  // The attributes' names, values, defaults and docs: REGIONS_OPTIONS (regions.options.ts), read by the API docs, embed.html and
  // the command line too.

  /** `waffle` or `donut`. */
  @property(fromSpec(REGIONS_OPTIONS, 'type')) type: RegionsType = 'waffle';

  /** The metric id: `countries` (built in, member counts), or one of the dataset's `metrics`. */
  @property(fromSpec(REGIONS_OPTIONS, 'metric')) metric: string = COUNTRIES_METRIC;

  /** The highlighted region id. */
  @property(fromSpec(REGIONS_OPTIONS, 'selected')) selected?: string | null;

  /** The legend entry holding the roving tab stop. */
  @state() private active = 0;
  /** The region under the pointer or focus in the legend, highlighted like a selection. */
  @state() private hovered: string | null = null;
  @state() private tip: Tip | null = null;

  private model?: RegionsModel;
  private modelKey = '';
  private datasetSeen?: Dataset;
  private waffle?: WaffleLayout;
  private donut?: DonutLayout;
  private layoutKey = '';
  private sources: Source[] = [];

  protected override widgetError(dataset: Dataset): NetreachError | undefined {
    const metric = this.metric || COUNTRIES_METRIC;
    const known = metric === COUNTRIES_METRIC || dataset.metrics?.some((entry) => entry.id === metric);
    return known ? undefined : new NetreachError('unknown-metric', { metric });
  }

  protected override exportTitle(dataset: Dataset): string {
    return this.model ? `${networkName(dataset, this.locale)} — ${this.model.description}` : super.exportTitle(dataset);
  }

  protected override exportSources(dataset: Dataset): Source[] {
    return chartSources(dataset);
  }

  /** One row per region: member count, the metric's sum (unless it is the count) and the share. */
  protected override exportRows(dataset: Dataset): CsvCell[][] {
    const model = this.model ?? regionsModel(dataset, this.metric || COUNTRIES_METRIC, this.locale);
    const extra = model.metric === COUNTRIES_METRIC ? [] : [model.metric];
    return [
      ['region', 'name', COUNTRIES_METRIC, ...extra, 'share'],
      ...model.slices.map((slice) => [
        slice.id,
        slice.label,
        slice.count,
        ...(extra.length ? [slice.value] : []),
        slice.share === null ? null : Math.round(slice.share * 10_000) / 10_000,
      ]),
    ];
  }

  private get resolvedType(): RegionsType {
    return this.option<RegionsType>('type');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.currentDataset;
    if (!dataset || this.phase !== 'ready') {
      this.model = this.waffle = this.donut = undefined;
      this.modelKey = this.layoutKey = '';
      return;
    }
    const metric = this.metric || COUNTRIES_METRIC;
    const locale = this.locale;
    const modelKey = `${metric}|${locale}`;
    if (modelKey !== this.modelKey || dataset !== this.datasetSeen) {
      this.modelKey = modelKey;
      this.datasetSeen = dataset;
      this.model = regionsModel(dataset, metric, locale);
      this.sources = chartSources(dataset);
      this.layoutKey = '';
      this.tip = null;
      if (this.active >= this.model.slices.length) this.active = 0;
    }
    const width = this.size.width;
    const rtl = this.localization.dir === 'rtl';
    const type = this.resolvedType;
    const layoutKey = `${width}|${rtl}|${type}`;
    if (layoutKey !== this.layoutKey && this.model) {
      this.layoutKey = layoutKey;
      this.tip = null;
      this.waffle = width > 0 && type === 'waffle' ? waffleLayout(dataset, this.model, { width, rtl, locale }) : undefined;
      this.donut = width > 0 && type === 'donut' ? donutLayout(this.model, { width, rtl }) : undefined;
    }
  }

  /** Drawn once the waffle or donut is laid out at the measured width (the legend and sources need no size). */
  protected override isDrawn(): boolean {
    return Boolean(this.waffle || this.donut);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const tip = this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    const box = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (tip && box && this.tip) placeTooltip(tip, box, this.tip.x, this.tip.y, this.tip.below);
  }

  private choose(region: string): void {
    this.selected = region;
    this.dispatchEvent(new CustomEvent<NetreachSelectDetail>('netreach-select', { bubbles: true, composed: true, detail: { region } }));
  }

  private async moveTo(index: number): Promise<void> {
    const count = this.model?.slices.length ?? 0;
    if (count === 0) return;
    this.active = (index + count) % count;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLButtonElement>('[part="legend-item"]')[this.active]?.focus();
  }

  private readonly onLegendKey = (event: KeyboardEvent) => {
    const rtl = this.localization.dir === 'rtl';
    const next = () => void this.moveTo(this.active + 1);
    const previous = () => void this.moveTo(this.active - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: next,
      ArrowUp: previous,
      ArrowRight: rtl ? previous : next,
      ArrowLeft: rtl ? next : previous,
      Home: () => void this.moveTo(0),
      End: () => void this.moveTo((this.model?.slices.length ?? 1) - 1),
      Escape: () => (this.selected = null),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  private regionOf(event: Event): string | null {
    return (event.currentTarget as Element | null)?.getAttribute('data-region') ?? null;
  }

  private readonly onLegendClick = (event: Event) => {
    const region = this.regionOf(event);
    const index = this.model?.slices.findIndex((slice) => slice.id === region) ?? -1;
    if (region === null || index < 0) return;
    this.active = index;
    this.choose(region);
  };

  private readonly onLegendFocus = (event: Event) => {
    const region = this.regionOf(event);
    const index = this.model?.slices.findIndex((slice) => slice.id === region) ?? -1;
    if (index >= 0) this.active = index;
    this.hovered = region;
  };

  private readonly onLegendLeave = () => {
    this.hovered = null;
  };

  private readonly onSliceClick = (event: Event) => {
    const region = this.regionOf(event);
    if (region !== null) this.choose(region);
  };

  /** Tooltip for the waffle cell or donut slice under the pointer. */
  private readonly onPointerMove = (event: PointerEvent) => {
    const target = (event.target as Element | null)?.closest?.('[data-index]');
    const index = target ? Number(target.getAttribute('data-index')) : -1;
    if (index !== (this.tip?.index ?? -1)) this.tip = this.tipFor(index);
  };

  private readonly onPointerLeave = () => {
    this.tip = null;
  };

  private tipFor(index: number): Tip | null {
    if (index < 0) return null;
    const cell = this.waffle?.cells[index];
    if (cell) return { index, x: cell.x + cell.size / 2, y: cell.y, below: cell.y + cell.size, title: cell.title, detail: cell.detail };
    const arc = this.donut?.arcs[index];
    if (arc && this.donut) {
      const r = this.donut.radius;
      const x = arc.tipX + r;
      const y = arc.tipY + r;
      return { index, x, y, below: y, title: arc.slice.label, detail: arc.slice.figure };
    }
    return null;
  }

  private renderTooltip(): TemplateResult | typeof nothing {
    const tip = this.tip;
    if (!tip) return nothing;
    return html`<div part="tooltip" aria-hidden="true">
      <strong>${tip.title}</strong>${tip.detail ? html`<div class="detail">${tip.detail}</div>` : nothing}
    </div>`;
  }

  /** The region to emphasise: the one hovered in the legend, else the selection. */
  private get highlighted(): string | null {
    return this.hovered ?? this.selected ?? null;
  }

  private renderWaffle(model: RegionsModel, layout: WaffleLayout): TemplateResult {
    const highlighted = this.highlighted;
    return html`<svg part="chart" width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}"
      role="img" aria-label=${`${model.description}. ${layout.unit}.`}
      @pointermove=${this.onPointerMove} @pointerleave=${this.onPointerLeave}>
      ${layout.cells.map((cell, index) => {
        const dim = highlighted !== null && cell.region !== highlighted ? ' dim' : '';
        const tipped = this.tip?.index === index ? ' tipped' : '';
        return svg`<rect class="cell c${cell.colour}${dim}${tipped}" data-index=${index} x=${cell.x} y=${cell.y} width=${cell.size} height=${cell.size} rx="2"></rect>`;
      })}
    </svg>`;
  }

  private renderDonut(model: RegionsModel, layout: DonutLayout): TemplateResult {
    const highlighted = this.highlighted;
    const r = layout.radius;
    return html`<svg part="chart" width=${layout.size} height=${layout.size} viewBox="${-r} ${-r} ${layout.size} ${layout.size}"
      role="img" aria-label=${`${model.description}. ${msg(this.locale, 'total')}: ${model.totalText}.`}
      @pointermove=${this.onPointerMove} @pointerleave=${this.onPointerLeave}>
      ${layout.arcs.map((arc, index) => {
        const dim = highlighted !== null && arc.slice.id !== highlighted ? ' dim' : '';
        return svg`<path class="slice c${arc.slice.colour}${dim}" data-index=${index} data-region=${arc.slice.id} d=${arc.d} @click=${this.onSliceClick}></path>`;
      })}
      <text class="total" x="0" y="4" text-anchor="middle">${model.totalText}</text>
      <text class="total-label" x="0" y="24" text-anchor="middle">${model.metricLabel}</text>
    </svg>`;
  }

  private renderLegend(model: RegionsModel): TemplateResult {
    const selected = this.selected ?? null;
    return html`<div part="legend" role="group" aria-label=${msg(this.locale, 'regions')} @keydown=${this.onLegendKey}>
      ${model.slices.map(
        (slice, index) => html`<button part="legend-item" type="button" data-region=${slice.id}
          tabindex=${index === this.active ? 0 : -1} aria-pressed=${slice.id === selected ? 'true' : 'false'}
          @click=${this.onLegendClick} @focus=${this.onLegendFocus} @blur=${this.onLegendLeave}
          @pointerenter=${this.onLegendFocus} @pointerleave=${this.onLegendLeave}>
          <span class="swatch c${slice.colour}" aria-hidden="true"></span>
          <span class="name">${slice.label}</span>
          <span class="figure">${slice.figure}</span>
        </button>`,
      )}
    </div>`;
  }

  protected override render(): TemplateResult {
    return html`${super.render()}<div class="ruler"></div>`;
  }

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const model = this.model;
    if (!model) return nothing;
    const chart = this.waffle ? this.renderWaffle(model, this.waffle) : this.donut ? this.renderDonut(model, this.donut) : nothing;
    return html`${this.renderBadge(dataset)}
      <div class="body">
        ${chart === nothing ? nothing : html`<div class="chart">${chart}${this.renderTooltip()}</div>`}
        ${this.renderLegend(model)}
      </div>
      ${this.waffle ? html`<p class="unit">${this.waffle.unit}</p>` : nothing}
      ${renderSources(this.sources, this.locale)}`;
  }
}
