import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { MenuAction } from '../base/menu.js';
import { NetreachError, unknownMetric } from '../core/errors.js';
import type { TableColumn, TableKind, TableModel, TableRecord, TableRow, TableSort } from '../core/table-model.js';
import { CodeController } from '../base/code-controller.js';
import { TABLE_CODE } from './table.code.js';
import type { CsvCell } from '../core/csv.js';
import type { Dataset, Source } from '../core/types.js';
import type { RowGrowth } from './table.view.js';
import { MediaController, ResizeController } from '../base/controllers.js';
import { DataController } from '../base/data-controller.js';
import { NetreachElement, type NetreachSelectDetail } from '../base/netreach-element.js';
import { tableStyles } from './table.styles.js';
import { specProperties } from '../base/options.js';
import { TABLE_OPTIONS, TABLE_ROW_BATCH, TABLE_ROW_LIMIT } from './table.options.js';
import { RovingFocusController } from '../base/roving-focus.js';

/** Rows added per frame to a long table. */
const ROW_BATCH = TABLE_ROW_BATCH;
/** The most rows on screen (a browser lays out a 20,000-row table for seconds), and in a file; the CSV has every row. */
const ROW_LIMIT = TABLE_ROW_LIMIT;

/**
 * The network as a real, sortable `<table>`: its member countries with their region and every metric, its
 * universities, or its regions with member counts, shares and sums. Names and numbers are localized (native
 * digits); "No data" cells are muted and sort last. Column headers are buttons that sort (`aria-sort` on the
 * header); long tables scroll under a sticky header in a keyboard-scrollable region. The rows' names, buttons that
 * choose a member or a region, are one tab stop: Up and Down move between them, Home and End to the first and last,
 * Enter or Space choose, Escape clears. The sources follow.
 *
 * @element netreach-table
 *
 * @fires {CustomEvent<NetreachSelectDetail>} netreach-select - `{country}` when a member's name is chosen (`{region}` in the regions table); choosing
 *   the marked row again, or Escape, unmarks it (said with `null`). A `<netreach-dashboard>` follows it as it follows the map.
 * @fires {Event} netreach-ready - Each time `state` turns `ready`: drawn (bubbles, composed; `whenReady()` waits for it).
 * @fires {CustomEvent<NetreachErrorDetail>} netreach-error - `{code, message}` when the data cannot be shown.
 *
 * @csspart frame - The widget's outer box.
 * @csspart scroll - The scrolling box around the table.
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption.
 * @csspart sort-button - The button in each column header.
 * @csspart row-button - A member's or a region's name: a button that chooses it (`aria-pressed` when marked).
 * @csspart row - A body row; `row selected` for the `selected` member's.
 * @csspart inferred - The `*` after the name of a member listed by inference (`by: "inference"`), hidden from screen
 *   readers, which hear "listed by inference (see the source's note)" after the name.
 * @csspart source - The source line.
 * @csspart note - "The first 2,000 of N rows" under a table longer than that (the CSV has every row).
 * @csspart badge - "Illustrative data".
 * @csspart error - The error message box (`role="alert"`).
 * @csspart status - The loading and empty messages.
 *
 * @cssproperty [--netreach-table-max-height=24rem] - Taller tables scroll under a sticky header.
 * @cssproperty [--netreach-table-header-background=the page's background] - The sticky header's background (the page's: read from the nearest ancestor that paints one, else `Canvas`).
 * @cssproperty [--netreach-font=inherit] - Font family.
 * @cssproperty [--netreach-color=currentColor] - Text colour.
 * @cssproperty [--netreach-background=transparent (header: the page's)] - Background; unset, the sticky header takes the page's.
 * @cssproperty [--netreach-muted-color=color-mix(currentColor 75%)] - "No data" and the source line.
 * @cssproperty [--netreach-border-color=color-mix(currentColor 18%)] - Rules between rows.
 * @cssproperty [--netreach-focus-color=#2563eb] - Focus rings.
 * @cssproperty [--netreach-spacing=0.75rem] - Cell padding.
 * @cssproperty [--netreach-radius=8px] - Corner radius of the box.
 */
export class NetreachTable extends NetreachElement {
  static override styles = [...NetreachElement.styles, tableStyles];
  static override readonly optionSpecs = TABLE_OPTIONS;
  static override properties: PropertyDeclarations = { ...specProperties(TABLE_OPTIONS), shown: { state: true } };

  /**
   * Re-renders when the width changes, which re-measures whether the rows overflow (see updated()). Follows a
   * zero-height ruler rather than the host: the host's height changes with every render, and a ResizeObserver on
   * it would report its own renders back to it.
   */
  protected readonly size: ResizeController = new ResizeController(this, () => this.renderRoot.querySelector('.ruler'));
  // The sticky header is the page's background, read again when the system's colour scheme changes (and when the
  // page's text colour does: pageBackground()).
  protected readonly scheme = new MediaController(this, '(prefers-color-scheme: dark)');

  // The attributes' names, values, defaults and docs: TABLE_OPTIONS (table.options.ts), read by the API docs, embed.html and
  // the command line too.

  /** What the table lists: `members`, `universities`, `regions` or `overlap`. */
  of: TableKind = 'members';

  /** The metric columns (ids, comma- or space-separated); all declared metrics when unset. */
  metrics?: string;

  /** The sorted column, `-` first for descending. */
  sort?: string;

  /** A region id: only its members' rows. */
  region?: string | null;

  /** The marked member's alpha-3 code. */
  selected?: string | null;

  /** A network to compare with (bundled id or `<netreach-data>` id): the rows become the three overlap groups. */
  compare?: string | null;

  /** The dataset `compare` names, loaded as the widget's own is. */
  private readonly compared = new DataController(this, { allowProvider: true, compare: true });
  protected override readonly code = new CodeController(this, TABLE_CODE);

  /**
   * The rows' names are one tab stop, as the map's members and the bars are (57 of them were 57 stops between the
   * headers and the sources): Up and Down move between rows, Home and End to the first and last, Enter, Space and a
   * click choose, Escape clears. Left and Right stay the page's, which scrolls a wide table sideways. The
   * universities' linked names too (up to 2,000 stops): Enter follows the link there, as links do.
   */
  #roving = new RovingFocusController(this, {
    vertical: true,
    onSelect: (key) => this.#choose(key),
    onClear: () => this.say(null),
  });

  private model?: TableModel;
  private sorted: TableRow[] = [];
  /** Rows rendered so far: a long table (20,000 universities) grows by {@link ROW_BATCH} a frame, never blocking the page. */
  private shown = ROW_BATCH;
  #shownFor?: unknown;
  /** What the model and the sorted rows were computed from: a resize or a new selection changes none of it. */
  #modelInputs: unknown[] = [];
  /** A long table growing by a batch a frame (growRows(), table.view.ts), and when every row is rendered. */
  #growth: RowGrowth = {};
  #currentSort?: TableSort;
  /** Whether the reader sorted (a header's button): the new order is then said, not only set in `aria-sort`. */
  #announce?: boolean;

  constructor() {
    super();
    /**
     * @internal View data (`toggleDataView()`) in the table's own words: its headers and cells, not its CSV's keys
     * and codes. (`@internal`: the manifest's analyzer would list `this.….view =` as a field of the table.)
     */
    this.menu.view = () => this.model && this.code.module!.tableDataView(this.model, this.sorted);
  }

  /** The columns on display: ids and localized headers. */
  get columns(): Pick<TableColumn, 'id' | 'label' | 'type'>[] {
    return this.model?.columns.map(({ id, label, type }) => ({ id, label, type })) ?? [];
  }

  /**
   * The rows in their current order as plain objects keyed by column id: localized text, raw numbers, `null` for
   * "No data". What a CSV export writes, which rounds a share to four places and adds a lower bound's qualifier.
   */
  get rows(): TableRecord[] {
    return this.model ? this.code.module!.tableRecords(this.model.columns, this.sorted) : [];
  }

  protected override widgetError(dataset: Dataset): NetreachError | undefined {
    // A comparison that cannot be made is an error, as on the map, not an empty overlap with a nameless network.
    if (this.#kind() === 'overlap' && this.compare?.trim() && this.compared.error) return this.compared.error;
    const { unknownTableMetric, resolveTableMetrics } = this.code.module!; // widgetError() waits for the code
    return unknownMetric(dataset, unknownTableMetric(dataset, resolveTableMetrics(dataset, this.metrics)));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A long table growing by a batch: the model and the rendered batches stay as they are.
    if (changed.size === 1 && (changed as Map<PropertyKey, unknown>).has('shown') && this.model) return;
    const dataset = this.currentDataset;
    if (this.#shownFor !== dataset || changed.has('of')) {
      this.#shownFor = dataset;
      this.shown = ROW_BATCH;
    }
    if (!dataset || this.phase !== 'ready') {
      this.model = undefined;
      this.sorted = [];
      this.#modelInputs = [];
      return;
    }
    // The model and its order made again where what they are drawn from changed, in the table's chunk (updateTable(),
    // table.update.ts): ready means the code is here (NetreachElement waits for it).
    const inputs = [dataset, this.of, this.locale, this.metrics, this.sort, this.region, this.compare, this.compared.dataset];
    const view = this.code.module!.updateTable(
      inputs,
      this.#modelInputs,
      this.model,
      () => this.#viewOptions(),
      this.locale,
      this,
      (...entry) => this.namesNothing(...entry),
    );
    if (view) {
      this.#modelInputs = inputs;
      this.model = view.model;
      this.menu.title = view.model.caption;
      this.sorted = view.rows;
      this.#currentSort = view.sort;
    }
    this.#selectedKnown();
  }

  /**
   * A selected row the table does not have marks none: said, as the map says it. Tabbing into the table lands on the
   * chosen row (the map's click chose it, in a dashboard), as in a listbox.
   */
  #selectedKnown(): void {
    const before = this.chosen;
    const model = this.model!;
    this.readSelected(
      model.rows.map((row) => row.key),
      model.kind !== 'regions',
      'no such row',
    );
    if (this.chosen && this.chosen !== before) this.#roving.setActive(this.chosen);
  }

  /** The options the table is drawn from, by property name, with the compared dataset as loaded. */
  #viewOptions(): Record<string, unknown> {
    return { ...this.optionValues(), selected: this.chosen, compared: this.compared.dataset };
  }

  /**
   * The table's scene: `toSVG()` and `toPNG()` write its caption, headers, every row (up to the 2,000 it shows;
   * the image grows as tall as they need), notes and sources — the file `netreach render table` writes.
   */
  protected override sceneFile() {
    const code = this.code.module;
    return code && { scene: code.tableScene, options: this.#viewOptions() };
  }

  /** What the table lists: `overlap` when comparing (unless universities or regions are asked for). */
  #kind(): TableKind {
    const kind = this.option<TableKind>('of');
    return this.compare?.trim() && kind === 'members' ? 'overlap' : kind;
  }

  /** Comparing waits for the other network too, so the groups are drawn once, complete. */
  protected override waiting(): boolean {
    return this.#kind() === 'overlap' && Boolean(this.compare?.trim()) && this.compared.status === 'loading';
  }

  /** Drawn once every row up to the limit is rendered: a long table adds them a batch a frame. */
  protected override isDrawn(): boolean {
    return this.shown >= Math.min(this.sorted.length, ROW_LIMIT);
  }

  protected override drawing(): Promise<void> | undefined {
    return this.#growth.grown?.promise;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The next batch of rows in the next frame, until they are all there (growRows(), in the table's chunk: a table
    // with more rows than one batch has its code).
    this.code.module?.growRows(this.#growth, this, this.isDrawn(), () => (this.shown += ROW_BATCH));
    const box = this.renderRoot.querySelector<HTMLElement>('[part="scroll"]');
    // Re-measured after every render, and on resize (the ResizeController requests one). Hidden: nothing to
    // measure, and what was measured while shown still holds. The box is the chunk's template's, and so is this
    // code (fitScrollBox(), table.view.ts). Before super.updated(), which fires `netreach-ready`.
    if (box && box.clientWidth > 0) this.code.module!.fitScrollBox(box, this, this.model?.caption, this.chosen);
    super.updated(changed);
  }

  protected override exportSources(dataset: Dataset): Source[] {
    return this.model?.sources ?? dataset.sources;
  }

  /** The rows in their current order (table-model.ts, `tableCsvRows`: in the table's chunk, which a drawn table has loaded). */
  protected override exportRows(): CsvCell[][] {
    return this.model ? this.code.module!.tableCsvRows(this.model, this.sorted) : [[]];
  }

  #sortBy = (column: TableColumn): void => {
    const { formatSort, nextSort } = this.code.module!; // a drawn table's header was clicked: the code is here
    this.sort = formatSort(nextSort(this.#currentSort, column));
    this.#announce = true;
  };

  /**
   * Marks the row of `key`, a member's code or a region's id (again: unmarks it, said with null), and says so, as the
   * map and the bars do.
   */
  #choose(key: string): void {
    this.say((this.selected = this.chosen === key ? null : key));
  }

  /** `netreach-select` with the row's key, or null: the row was unmarked. */
  private say(key: string | null): void {
    const detail: NetreachSelectDetail = this.model?.kind === 'regions' ? { region: key } : { country: key };
    this.fire('netreach-select', detail);
  }

  /** The table is the data: its menu offers the CSV and full screen, not a picture or a second table. */
  override menuActions(): MenuAction[] {
    // A picture of its own since it has a scene: the file toSVG() writes.
    return ['png', 'svg', 'csv', 'about', 'fullscreen'];
  }

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const model = this.model;
    if (!model) return nothing;
    // Ready means the code is here (NetreachElement waits for it).
    const module = this.code.module!;
    return module.renderTable({
      model,
      rows: this.sorted,
      notes: this.shownNotes(module.tableNotes({ model, rows: this.sorted }, this.locale)),
      shown: this.shown,
      sort: this.#currentSort,
      selected: this.chosen,
      roving: this.#roving,
      locale: this.locale,
      badge: this.renderBadge(dataset),
      compact: this.size.width > 0 && this.size.width < module.COMPACT_WIDTH,
      announce: this.#announce,
      onSort: this.#sortBy,
    });
  }

  protected override render(): TemplateResult {
    return html`${super.render()}<div class="ruler"></div>`;
  }
}
