/**
 * The drawn table's template: caption, sortable headers, rows in batches, footer, notes and sources. In the table's
 * lazy chunk (table.chunk.ts) with its model, grid and styles; the element (table.ts) keeps the sort, the selection,
 * the growing batches and the measuring.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { renderSources } from '../base/chart-parts.js';
import { pageBackground } from '../base/page-background.js';
import type { DataView } from '../core/data-view.js';
import type { RovingFocusController } from '../base/roving-focus.js';
import { msg } from '../core/i18n.js';
import { listSeparator } from '../core/locale.js';
import { INFERRED_MARK } from '../core/names.js';
import { shownText, type TableCell, type TableColumn, type TableModel, type TableRow, type TableSort } from '../core/table-model.js';
import { TABLE_ROW_BATCH, TABLE_ROW_LIMIT } from './table.options.js';
import '../core/en/table.js';

/** What the table draws, and the element's handlers for what its reader does. */
export interface DrawnTable {
  model: TableModel;
  /** Every row in its order; the first `shown` are drawn (up to the limit). */
  rows: TableRow[];
  shown: number;
  sort?: TableSort;
  selected?: string | null;
  /**
   * The element's RovingFocusController, which chooses on Enter, Space or a click (a linked name, a university's, is
   * followed instead): it says which of the drawn rows' names holds the tab stop.
   */
  roving: Pick<RovingFocusController, 'active'>;
  /** The row whose name holds the tab stop: worked out by {@link renderTable} from `roving`. */
  active?: string;
  locale: string;
  /** The notes under it (`tableNotes()`), but those the page shows elsewhere (the element's `shownNotes()`). */
  notes: readonly string[];
  /** "Illustrative data", the element's. */
  badge: TemplateResult | typeof nothing;
  /** The box is narrower than {@link COMPACT_WIDTH}: its cells' padding and names' least width are smaller. */
  compact: boolean;
  /** The reader sorted: "Sorted by Country, ascending" is said (a polite live region, present before its text). */
  announce?: boolean;
  onSort: (column: TableColumn) => void;
}

/**
 * Below this width (px) the table is compact: half the cells' inline padding, names wrapping from 6.5 em rather than
 * 8 em, headers' sort arrows smaller and closer, so that the regions' three columns (a region, its members, their
 * share: 348 px otherwise) fit a box of 290 px without scrolling sideways (291 px wide before the headers' change).
 */
export const COMPACT_WIDTH = 400;

function renderHeader(view: DrawnTable, column: TableColumn): TemplateResult {
  const sort = view.sort?.column === column.id ? view.sort.direction : undefined;
  return html`<th scope="col" class=${column.type === 'number' ? 'num' : ''} aria-sort=${sort ?? nothing}>
    <button type="button" part="sort-button" data-column=${column.id} @click=${() => view.onSort(column)}>
      <span>${column.label}</span>
      ${svg`<svg class="arrow" viewBox="0 0 10 10" aria-hidden="true"><path d="M5 1 9 8H1z"></path></svg>`}
    </button>
  </th>`;
}

/** A link; a row's name (`item`, a university's) is one of the names' one tab stop, its Enter the browser's (it follows the link). */
function renderLink(cell: TableCell, item?: string, active?: string): TemplateResult {
  return html`<a href=${cell.href} target="_blank" rel="noopener noreferrer" data-item=${item ?? nothing} tabindex=${item === undefined ? nothing : item === active ? 0 : -1}>${cell.text}</a>`;
}

/** Whether choosing a row selects something: a member's country, a region; not a university (its name links). */
const choosable = (model: TableModel) => model.kind !== 'universities';

function renderCell(view: DrawnTable, cell: TableCell, column: TableColumn, index: number, row?: TableRow): TemplateResult {
  const classes = [column.type === 'number' ? 'num' : '', cell.value === null ? 'no-data' : ''].join(' ').trim();
  if (index > 0) return html`<td class=${classes}>${cell.href ? renderLink(cell) : cell.text}</td>`;
  // A member's or a region's name is a button that chooses it, as a click on the map or the bars does: in a
  // dashboard, the other parts follow. The names are one tab stop (`data-item`: the element's RovingFocusController).
  // A member listed by inference: "China*", its name "China, listed by inference (see the source's note)".
  const name = cell.inferred
    ? html`${cell.text}<span aria-hidden="true" part="inferred" title=${cell.inferred}>${INFERRED_MARK}</span><span class="visually-hidden">${listSeparator(view.locale, true)}${cell.inferred}</span>`
    : cell.text;
  const content = cell.href
    ? renderLink(cell, row?.key, view.active)
    : row && choosable(view.model)
      ? html`<button type="button" part="row-button" data-item=${row.key} tabindex=${row.key === view.active ? '0' : '-1'} aria-pressed=${row.key === view.selected ? 'true' : 'false'}>${name}</button>`
      : name;
  return html`<th scope="row" class=${classes}>${content}</th>`;
}

/** Where each rendered batch of rows starts: one `<tbody>` per batch, re-rendered only when the rows change. */
function batches(view: DrawnTable): number[] {
  const starts: number[] = [];
  for (let start = 0; start < Math.min(view.shown, view.rows.length, TABLE_ROW_LIMIT); start += TABLE_ROW_BATCH) starts.push(start);
  return starts;
}

export function renderTable(drawn: DrawnTable): TemplateResult {
  const { model, rows, selected, locale, sort, shown } = drawn;
  // The rows with a name to focus: a university's only where it links.
  const view: DrawnTable = {
    ...drawn,
    active: drawn.roving.active(
      rows
        .slice(0, shown)
        .filter((row) => model.kind !== 'universities' || row.cells[0]!.href)
        .map((row) => row.key),
    ),
  };
  const { columns } = model;
  const sorted = view.announce && sort && columns.find((column) => column.id === sort.column);
  return html`${view.badge}
    <p class="visually-hidden" role="status" .textContent=${sorted ? msg(locale, sort.direction === 'ascending' ? 'tableSortedUp' : 'tableSortedDown', { column: sorted.label }) : ''}></p>
    <div part="scroll" class=${view.compact ? 'compact' : ''}>
      <table part="table">
        <caption part="caption">${model.caption}</caption>
        <thead>
          <tr>${columns.map((column) => renderHeader(view, column))}</tr>
        </thead>
        ${
          rows.length === 0
            ? html`<tbody><tr><td class="no-data" colspan=${columns.length}>${msg(locale, 'noData')}</td></tr></tbody>`
            : batches(view).map(
                (start) =>
                  html`<tbody>${guard([rows, selected, columns, view.active], () =>
                    rows
                      .slice(start, start + TABLE_ROW_BATCH)
                      .map(
                        (row) =>
                          html`<tr data-key=${row.key} part=${row.key === selected ? 'row selected' : 'row'} aria-current=${row.key === selected ? 'true' : nothing}>${row.cells.map((cell, index) => renderCell(view, cell, columns[index]!, index, row))}</tr>`,
                      ),
                  )}</tbody>`,
              )
        }
        ${
          model.footer && rows.length > 0
            ? html`<tfoot>
              <tr>${model.footer.map((cell, index) => renderCell(view, cell, columns[index]!, index))}</tr>
            </tfoot>`
            : nothing
        }
      </table>
    </div>
    ${view.notes.map((note) => html`<p part="note" class="note">${note}</p>`)}
    ${renderSources(model.sources, locale, model.unsourced)}`;
}

/**
 * View data for the table (its `toggleDataView()`; its menu offers none, as the table is the data): its own caption,
 * headers and cells as it shows them, in its order, up to the rows it shows, and its total. From its CSV's rows, as
 * the other widgets' View data is, it had their keys for headers ("code", "joined") and codes for cells ("AFG").
 */
export function tableDataView(model: TableModel, rows: readonly TableRow[]): DataView {
  return {
    caption: model.caption,
    columns: model.columns.map((column) => ({ label: column.label, numeric: column.type === 'number' })),
    rows: [...rows.slice(0, TABLE_ROW_LIMIT).map((row) => row.cells), ...(model.footer ? [model.footer] : [])].map((cells) =>
      cells.map(shownText),
    ),
  };
}

/** The chosen row each scroll box last scrolled into view (fitScrollBox()). */
const revealed = new WeakMap<HTMLElement, string | null | undefined>();

/**
 * Scrolls the box, and only it (never the page, as scrollIntoView would), so that the row of `key` stands in view
 * under the sticky header: a member's own country chosen by `selected`, or on a dashboard's map, is often far down
 * its 57 rows. A row already in view (one the reader clicked) stays put. False while the row is not drawn yet.
 */
function revealRow(box: HTMLElement, key: string): boolean {
  const row = box.querySelector<HTMLElement>(`tbody tr[data-key="${CSS.escape(key)}"]`);
  if (!row) return false;
  const head = box.querySelector('thead')!.offsetHeight;
  const rect = row.getBoundingClientRect();
  const top = rect.top - box.getBoundingClientRect().top - box.clientTop + box.scrollTop;
  if (top - head < box.scrollTop) box.scrollTop = top - head;
  else if (top + rect.height > box.scrollTop + box.clientHeight) box.scrollTop = top + rect.height - box.clientHeight;
  return true;
}

/**
 * The table's scroll box (`part="scroll"`, laid out and shown) measured after each render of `host`, and on resize:
 * overflowing, it is a keyboard-scrollable region named by `caption`. Known only once laid out: set on the DOM here
 * rather than rendered, which would take a second render after every one. The `chosen` row is scrolled into view.
 */
export function fitScrollBox(box: HTMLElement, host: Element, caption: string | undefined, chosen?: string | null): void {
  const scrollsX = box.scrollWidth > box.clientWidth + 1;
  const scrollsY = box.scrollHeight > box.clientHeight + 1;
  const scrollable = scrollsX || scrollsY;
  box.toggleAttribute('data-scrolls-x', scrollsX);
  box.toggleAttribute('data-scrolls-y', scrollsY);
  // The caption wraps to the box's width rather than the table's (table.drawn.styles.ts).
  if (scrollsX) box.style.setProperty('--_box-inline', `${box.clientWidth}px`);
  // A focused row scrolls into view below the sticky header, as tall as it is (two lines or more in a narrow box).
  box.style.setProperty('--_head', `${box.querySelector('thead')!.offsetHeight}px`);
  // What shows behind the table: its sticky header and the scroll shadows cover rows with it. Read from the
  // page (the first ancestor with a background) so a grey page gets a grey header, not a white strip; a table
  // that does not scroll covers nothing, and its header shows the page through it (whatever the page's colour).
  if (!scrollable) box.ontransitionrun = null;
  box.style.setProperty('--_page-bg', scrollable ? pageBackground(host, box) : 'transparent');
  if (scrollable && caption) {
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', caption);
  } else {
    box.removeAttribute('tabindex');
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
  }
  // Once per choice: a reader who scrolls away from the chosen row is not brought back to it.
  if (chosen !== revealed.get(box) && (!chosen || revealRow(box, chosen))) revealed.set(box, chosen);
}

/** A long table's growth (the element's): a frame asked for, and the promise of every row rendered. */
export interface RowGrowth {
  growing?: boolean;
  /** Settles when every row up to the limit is rendered (the element's `drawing()`). */
  grown?: { promise: Promise<void>; resolve: () => void };
}

/**
 * The next batch of rows (`grow()`) in the next frame, until `drawn`. A background tab has no frames: there, the
 * next task, so that `updateComplete` still resolves.
 */
export function growRows(growth: RowGrowth, host: Element, drawn: boolean, grow: () => void): void {
  if (drawn || !host.isConnected) {
    growth.grown?.resolve();
    growth.grown = undefined;
    return;
  }
  if (!growth.grown) {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    growth.grown = { promise, resolve };
  }
  if (growth.growing) return;
  growth.growing = true;
  const later = document.visibilityState === 'hidden' ? (next: () => void) => setTimeout(next) : requestAnimationFrame;
  later(() => {
    growth.growing = false;
    if (host.isConnected) grow();
    else growRows(growth, host, drawn, grow);
  });
}
