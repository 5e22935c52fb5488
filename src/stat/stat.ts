import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NetreachError } from '../core/errors.js';
import { sparklinePath } from '../core/sparkline.js';
import { formatStatValue, statModel, type StatModel } from '../core/stat-model.js';
import { metricSeries, sourceById } from '../core/aggregate.js';
import type { CsvCell } from '../core/csv.js';
import { COUNTRIES_METRIC, type Dataset, type Source } from '../core/types.js';
import { ReducedMotionController } from '../base/controllers.js';
import { renderSources } from '../base/chart-parts.js';
import { NetreachElement } from '../base/netreach-element.js';
import { statStyles } from './stat.styles.js';
import { fromSpec } from '../base/options.js';
import { STAT_OPTIONS } from './stat.options.js';

const COUNT_UP_MS = 1200;
const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 32;

/**
 * A KPI tile: a metric's headline figure with its qualifier ("30M+"), label, growth against the previous total,
 * a sparkline when there are several totals, and the source. Counts up from zero each time it comes into view
 * (a slide shown or revisited) and on `replay()`, except under `prefers-reduced-motion`.
 *
 * @element netreach-stat
 *
 * @fires netreach-error - `{code, message}` when the data cannot be shown.
 *
 * @csspart frame - The widget's outer box.
 * @csspart label - The metric's label.
 * @csspart value - The big number.
 * @csspart growth - "+36% since 2020".
 * @csspart sparkline - The small trend line (SVG).
 * @csspart source - The source line.
 * @csspart badge - "Illustrative data".
 * @csspart error - The error message box (`role="alert"`).
 * @csspart status - The loading and empty messages.
 *
 * @cssproperty [--netreach-font=inherit] - Font family.
 * @cssproperty [--netreach-color=currentColor] - Text colour.
 * @cssproperty [--netreach-background=transparent] - Background.
 * @cssproperty [--netreach-accent=#0f766e] - Growth and sparkline colour.
 * @cssproperty [--netreach-muted-color=color-mix(currentColor 62%)] - Labels and source line.
 * @cssproperty [--netreach-border-color=color-mix(currentColor 18%)] - The tile's border.
 * @cssproperty [--netreach-radius=8px] - Corner radius.
 * @cssproperty [--netreach-spacing=0.75rem] - Inner spacing.
 * @cssproperty [--netreach-stat-size=clamp(2rem, 18cqi, 3.5rem)] - Size of the big number (presenter: at least 4rem).
 */
export class NetreachStat extends NetreachElement {
  static override styles = [...NetreachElement.styles, statStyles];
  static override readonly optionSpecs = STAT_OPTIONS;

  private readonly motion = new ReducedMotionController(this);

  // The attributes' names, values, defaults and docs: STAT_OPTIONS (stat.options.ts), read by the API docs, embed.html and
  // the command line too.

  /** The metric id: `countries` (built in), or one of the dataset's `metrics`. */
  @property(fromSpec(STAT_OPTIONS, 'metric')) metric: string = COUNTRIES_METRIC;

  /** The number on display while counting up; null shows the final figure. */
  @state() private shownValue: number | null = null;
  private model?: StatModel;
  private animation = 0;
  private counted = false;

  protected override widgetError(dataset: Dataset): NetreachError | undefined {
    const metric = this.metric || COUNTRIES_METRIC;
    const known = metric === COUNTRIES_METRIC || dataset.metrics?.some((entry) => entry.id === metric);
    return known ? undefined : new NetreachError('unknown-metric', { metric });
  }

  protected override isEmpty(dataset: Dataset): boolean {
    // A tile can show a published total even for a dataset that lists no members.
    return dataset.members.length === 0 && !dataset.totals?.some((total) => total.metric === this.metric);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.currentDataset;
    this.model = dataset && this.phase === 'ready' ? statModel(dataset, this.metric || COUNTRIES_METRIC, this.locale) : undefined;
    // Once the tile is both on screen and has its figure, count up to it (again after each replay).
    if (this.model && this.visibility.visible && !this.counted) this.countUp();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.animation);
    this.shownValue = null;
  }

  override replay(): void {
    super.replay();
    this.counted = false;
    this.requestUpdate();
  }

  /** Counts from zero to the total, when the tile is seen with its data. */
  private countUp(): void {
    const target = this.model?.value;
    if (target === null || target === undefined) return;
    this.counted = true;
    if (this.motion.reduced) return;
    const start = performance.now();
    cancelAnimationFrame(this.animation);
    const step = (now: number) => {
      const progress = Math.min(1, (now - start) / COUNT_UP_MS);
      const eased = 1 - (1 - progress) ** 3;
      this.shownValue = progress >= 1 ? null : target * eased;
      if (progress < 1) this.animation = requestAnimationFrame(step);
    };
    this.shownValue = 0;
    this.animation = requestAnimationFrame(step);
  }

  protected override exportGraphic(): SVGSVGElement | null {
    return null;
  }

  protected override exportLines(): string[] {
    const model = this.model;
    if (!model) return [];
    return [model.short, model.label, ...(model.growth ? [model.growth] : [])];
  }

  protected override exportSources(dataset: Dataset): Source[] {
    return this.model?.source ? [this.model.source] : dataset.sources;
  }

  protected override exportRows(dataset: Dataset): CsvCell[][] {
    const metric = this.metric || COUNTRIES_METRIC;
    const series = metricSeries(dataset, metric);
    if (series.length === 0)
      return [
        ['metric', 'value'],
        [metric, this.model?.value ?? null],
      ];
    return [
      ['metric', 'year', 'value', 'qualifier', 'source'],
      ...series.map((total) => [
        metric,
        total.year,
        total.value,
        total.qualifier ?? '',
        sourceById(dataset, total.source)?.title ?? total.source,
      ]),
    ];
  }

  private renderSparkline(model: StatModel): TemplateResult | typeof nothing {
    if (model.series.length < 2) return nothing;
    const d = sparklinePath(model.series, SPARK_WIDTH, SPARK_HEIGHT, this.localization.dir === 'rtl');
    const description = model.series.map((point) => point.label).join(', ');
    return html`<svg part="sparkline" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" preserveAspectRatio="none" role="img" aria-label=${description}>
      <path d=${d}></path>
    </svg>`;
  }

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const model = this.model;
    if (!model) return nothing;
    const counting = this.shownValue !== null && model.value !== null;
    const visible = counting ? formatStatValue(this.shownValue!, model.qualifier, this.locale, this.metric) : model.short;
    return html`<div class="tile">
      ${this.renderBadge(dataset)}
      <p part="label" id="label">${model.label}</p>
      <p part="value" aria-hidden="true" title=${model.long}>${visible}</p>
      <p class="visually-hidden">${model.long}</p>
      ${model.growth ? html`<p part="growth">${model.growth}</p>` : nothing}
      ${this.renderSparkline(model)}
      ${model.source ? renderSources([model.source], this.locale) : nothing}
    </div>`;
  }
}
