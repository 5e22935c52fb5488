import { nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { NetreachError, unknownMetric } from '../core/errors.js';
import type { CsvCell } from '../core/csv.js';
import type { StatModel } from '../core/stat-model.js';
import { COUNTRIES_METRIC, type Dataset } from '../core/types.js';
import { CodeController } from '../base/code-controller.js';
import { MediaController } from '../base/controllers.js';
import { NetreachElement } from '../base/netreach-element.js';
import type { StatState } from './stat.update.js';
import { STAT_CODE } from './stat.code.js';
import { specProperties } from '../base/options.js';
import { STAT_OPTIONS } from './stat.options.js';

/**
 * A KPI tile: a metric's headline figure with its qualifier ("30M+", "45+" for a list that gives examples), label
 * (what belonging means: "Member countries", "Countries of visitors"), how many of them the sources name ("2 named
 * in the sources"), growth against the previous total (computed, and said so in a note that cites both figures),
 * a sparkline when there are several totals, and the source. Counts up from zero the first time it comes into view
 * (in presenter mode each time its slide is shown) and on `replay()`, except under `prefers-reduced-motion`; while
 * counting it shows plain numbers, and the qualifier ("+") only on the true figure it ends on. It turns `ready` when
 * the first count has ended (at once under reduced motion, out of view, in print): at `netreach-ready` it shows its
 * figure. `toSVG()` and `toPNG()` write the tile's scene, the file `netreach render stat` writes.
 *
 * @element netreach-stat
 *
 * @fires {Event} netreach-ready - Each time `state` turns `ready`: drawn, its count-up ended (bubbles, composed; `whenReady()` waits for it).
 * @fires {CustomEvent<NetreachErrorDetail>} netreach-error - `{code, message}` when the data cannot be shown.
 *
 * @csspart frame - The widget's outer box.
 * @csspart label - The metric's label.
 * @csspart value - The big number.
 * @csspart figure - The figure in words and when it applies, as the tile's file has it: "more than 30 million
 *   (2021)", "2021" under "57".
 * @csspart named - "2 named in the sources", when the sources name only some of the countries (or universities) they count.
 * @csspart growth - "at least +36% since 2020".
 * @csspart sparkline - The small trend line (SVG).
 * @csspart note - A note under the figure: a list of examples, a figure dated only by a period, how the growth was
 *   computed.
 * @csspart source - The source line.
 * @csspart badge - "Illustrative data".
 * @csspart error - The error message box (`role="alert"`).
 * @csspart status - The loading and empty messages.
 *
 * @cssproperty [--netreach-font=inherit] - Font family.
 * @cssproperty [--netreach-color=currentColor] - Text colour.
 * @cssproperty [--netreach-background=transparent] - Background.
 * @cssproperty [--netreach-accent=#0f766e] - Growth and sparkline colour.
 * @cssproperty [--netreach-muted-color=color-mix(currentColor 75%)] - Labels and source line.
 * @cssproperty [--netreach-border-color=color-mix(currentColor 18%)] - The tile's border.
 * @cssproperty [--netreach-radius=8px] - Corner radius.
 * @cssproperty [--netreach-spacing=0.75rem] - Inner spacing.
 * @cssproperty [--netreach-stat-size=clamp(2rem, 18cqi, 3.5rem), never wider than the tile] - Size of the big number (presenter: at least 4rem). Set, it is that size however wide the figure: a figure too wide for the tile wraps. `toSVG()`/`toPNG()` draw it at that size too (`netreach render stat --stat-size`).
 */
export class NetreachStat extends NetreachElement {
  static override readonly optionSpecs = STAT_OPTIONS;
  static override properties: PropertyDeclarations = { ...specProperties(STAT_OPTIONS), shownValue: { state: true } };
  /** The count-up starts once the tile is both on screen and has its figure (see `willUpdate`). */
  protected static override readonly rendersVisibility = true;

  #motion = new MediaController(this);
  /** The tile's scene, model, template and drawn stylesheet: a chunk of their own (stat.chunk.ts). */
  protected override readonly code = new CodeController(this, STAT_CODE);

  // The attributes' names, values, defaults and docs: STAT_OPTIONS (stat.options.ts), read by the API docs, embed.html and
  // the command line too.

  /** The metric id: `countries` (built in), or one of the dataset's `metrics`. */
  metric: string = COUNTRIES_METRIC;

  /** `ltr` (default, every language) or `rtl`: which way the sparkline's time runs. */
  timeDirection: 'ltr' | 'rtl' = 'ltr';

  /** The number on display while counting up; null shows the final figure. */
  private shownValue: number | null = null;
  /** The scene, prepared again only when the data, metric or language change (stat.update.ts, in the tile's chunk). */
  private drawn: StatState = {};
  private model?: StatModel;
  #animation = 0;
  #counted = false;
  /** Resolves when the number on display is the final figure again: what `updateComplete` waits for while counting. */
  #final?: { promise: Promise<void>; resolve: () => void };

  protected override widgetError(dataset: Dataset): NetreachError | undefined {
    return unknownMetric(dataset, this.metric);
  }

  protected override isEmpty(dataset: Dataset): boolean {
    // A tile can show a published total even for a dataset that lists no members.
    return dataset.members.length === 0 && !dataset.totals?.some((total) => total.metric === this.metric);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.currentDataset;
    if (dataset && this.phase === 'ready') {
      // Ready means the code is here (NetreachElement waits for it).
      this.code.module!.updateStat(
        this,
        this.drawn,
        {
          dataset,
          metric: this.option<string | undefined>('metric') || COUNTRIES_METRIC,
          timeDirection: this.option<string>('timeDirection'),
          locale: this.locale,
          rtl: this.localization.dir === 'rtl',
        },
        () => this.optionValues(),
        this.menu,
      );
    } else this.drawn = {};
    this.model = this.drawn.prepared?.model;
    // Once the tile is both on screen and has its figure, count up to it (again after each replay). Until the browser
    // has said whether it is on screen, a tile that may count up shows where it would start, not its figure for a
    // frame; one out of view shows its figure (in print too) until it is seen.
    if (this.model && !this.#counted) {
      if (this.visibility.visible) this.#countUp();
      else this.shownValue = !this.visibility.known && !this.#motion.matches && this.model.value !== null ? 0 : null;
    }
    if (this.shownValue === null) this.#final = void this.#final?.resolve();
    else if (!this.#final) {
      let resolve!: () => void;
      this.#final = { promise: new Promise<void>((done) => (resolve = done)), resolve };
    }
  }

  /**
   * `ready` means the picture is drawn: the first time, with the figure it counts up to, not "0" or a number on the
   * way (a listener of `netreach-ready`, `whenReady()`, a screenshot). A replay (`replay()`, a slide shown again)
   * counts up again while the tile stays `ready`.
   */
  protected override isDrawn(): boolean {
    return this.shownValue === null;
  }

  protected override drawing(): Promise<unknown> | undefined {
    return this.#final?.promise;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.#animation);
    this.shownValue = null;
    this.#final = void this.#final?.resolve();
  }

  override replay(): void {
    super.replay();
    this.#counted = false;
    this.requestUpdate();
  }

  /** Counts from zero to the total, when the tile is seen with its data. */
  #countUp(): void {
    const target = this.model?.value;
    if (target === null || target === undefined) return;
    this.#counted = true;
    if (this.#motion.matches) return;
    cancelAnimationFrame(this.#animation);
    // In the tile's chunk (stat.view.ts), here once the tile has its figure.
    this.code.module!.countUp(
      target,
      (value) => (this.shownValue = value),
      (frame) => (this.#animation = frame),
    );
  }

  /** The tile's scene: `toSVG()` and `toPNG()` write the file `netreach render stat` writes. */
  protected override sceneFile() {
    const code = this.code.module;
    return code && { scene: code.statScene, options: { ...this.optionValues(), statSize: code.pageStatSize(this) } };
  }

  /** Its metric's totals, or the figure it shows (the tile's chunk: a CSV is written once `ready`, which waits for it). */
  protected override exportRows(dataset: Dataset): CsvCell[][] {
    return this.code.module!.statRows(dataset, this.metric || COUNTRIES_METRIC, this.model?.value, this.model?.qualifier);
  }

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const prepared = this.drawn.prepared;
    if (!prepared || !this.model) return nothing;
    // Ready means the code is here (NetreachElement waits for it).
    return this.code.module!.renderStat({
      prepared,
      notes: this.shownNotes(prepared.notes),
      shownValue: this.shownValue,
      locale: this.locale,
      mirror: this.option<string>('timeDirection') === 'rtl',
      badge: this.renderBadge(dataset),
      doc: this.ownerDocument,
    });
  }
}
