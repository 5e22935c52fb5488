/**
 * `<netreach-table>` as a scene, for files: the caption as the title, the columns' headers and every row as text
 * in a grid (numbers at the end side, text at the start side, the columns from the right in Persian, Arabic and
 * Urdu, digits as the table shows them), the totals row, the notes and the source line. The element shows the same
 * model as a real `<table>` (sortable, with row buttons); `toSVG()`, `toPNG()` and `netreach render table` write
 * this scene through `widgetDocument()`, so the file is the command line's.
 *
 * A table is as long as its rows: the chart asks for the height they need ({@link PreparedScene.chartHeight}) and
 * the file grows taller than the size asked for rather than drop a row — up to the `TABLE_ROW_LIMIT` rows the
 * element shows, with the element's note saying how many there are (the CSV has every one). Columns share the
 * width by what they hold; text wraps in its cell rather than being cut, numbers never wrap. Pure; no DOM.
 */
import { msg } from '../core/i18n.js';
import { colon, formatList, lineSpacing } from '../core/locale.js';
import { networkName } from '../core/names.js';
import type { ChartScene, Mark, PreparedScene, SceneEnv } from '../core/scene.js';
import { TABLE_ROW_LIMIT } from './table.options.js';
import {
  shownText,
  tableNotes,
  tableView,
  type TableCell,
  type TableColumn,
  type TableView,
  type TableViewOptions,
} from '../core/table-model.js';
import type { Dataset } from '../core/types.js';
import type { SceneFunction } from '../scene/render.js';
import { messageMarks, wrapLines } from '../scene/text.js';
import '../core/en/table.js';

interface Layout {
  readonly marks: Mark[];
  readonly height: number;
  /** Where each body row ends, in order: how many rows a box of a given height holds. */
  readonly bottoms: number[];
  /** The columns' width together: wider than the box asked for when even their narrowest overflows it. */
  readonly width: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Column widths that fill `width`: each by what it holds; when they do not fit, text columns give way first. */
function columnWidths(natural: readonly number[], least: readonly number[], width: number): number[] {
  const total = natural.reduce((sum, value) => sum + value, 0);
  if (total <= width) return natural.map((value) => (value * width) / total);
  const slack = natural.map((value, index) => value - least[index]!);
  const give = slack.reduce((sum, value) => sum + value, 0);
  const short = total - width;
  // Even at their narrowest they overflow: the narrowest it is (a file wider than its box beats a cut figure).
  if (give <= short) return [...least];
  return natural.map((value, index) => value - (short * slack[index]!) / give);
}

function tableLayout(view: TableView, width: number, env: SceneEnv, selected: string | undefined): Layout {
  const { model } = view;
  const { unit, measure, rtl } = env;
  const size = 15 * unit;
  const pad = size * 0.6;
  const padY = size * 0.45;
  const line = size * 1.35 * lineSpacing(env.locale);
  const rows = view.rows.slice(0, TABLE_ROW_LIMIT);
  const footer = model.footer && rows.length > 0 ? model.footer : undefined;
  const columns = model.columns;
  const cellWidth = (cell: TableCell | undefined, weight: number) => (cell?.text ? measure(shownText(cell), size, weight) : 0);
  const natural: number[] = [];
  const least: number[] = [];
  columns.forEach((column, index) => {
    const header = measure(column.label, size, 600);
    const cells = Math.max(0, ...rows.map((row) => cellWidth(row.cells[index], 400)), cellWidth(footer?.[index], 600));
    natural.push(Math.max(header, cells) + 2 * pad);
    // Numbers never wrap; text and headers may, down to a few characters' width.
    least.push(
      column.type === 'number'
        ? Math.min(Math.max(header, cells), Math.max(cells, size * 4)) + 2 * pad
        : Math.min(natural[index]!, size * 6 + 2 * pad),
    );
  });
  const widths = columns.length ? columnWidths(natural, least, width) : [];
  const lefts: number[] = [];
  let edge = 0;
  for (const columnWidth of widths) {
    // Columns from the start edge: the right one in right-to-left languages.
    lefts.push(rtl ? width - edge - columnWidth : edge);
    edge += columnWidth;
  }
  const tableWidth = edge;
  const marks: Mark[] = [];
  let y = 0;

  /** One row of cells; returns its height. */
  const row = (cells: readonly (TableCell | string | undefined)[], weight: number, key: string, shade?: boolean): number => {
    const wrapped = columns.map((column, index) => {
      const cell = cells[index];
      const content = typeof cell === 'string' ? cell : cell ? shownText(cell) : '';
      if (!content) return [];
      return column.type === 'number' && typeof cell !== 'string'
        ? [content]
        : wrapLines(content, widths[index]! - 2 * pad, size, measure, weight);
    });
    const lines = Math.max(1, ...wrapped.map((entry) => entry.length));
    const height = lines * line + 2 * padY;
    const children: Mark[] = [];
    if (shade) {
      const left = rtl ? width - tableWidth : 0;
      children.push({
        kind: 'rect',
        x: round(left),
        y: round(y),
        width: round(tableWidth),
        height: round(height),
        fill: 'accent',
        opacity: 0.14,
      });
    }
    columns.forEach((column, index) => {
      const cell = cells[index];
      const noData = typeof cell !== 'string' && cell?.value === null;
      // Numbers at the end side of their column, text at the start side: mirrored right to left.
      const atEnd = column.type === 'number';
      const leftEdge = lefts[index]! + pad;
      const rightEdge = lefts[index]! + widths[index]! - pad;
      const x = atEnd !== rtl ? rightEdge : leftEdge;
      const anchor = atEnd !== rtl ? 'end' : 'start';
      wrapped[index]!.forEach((textLine, lineIndex) =>
        children.push({
          kind: 'text',
          x: round(x),
          // Below the line's middle by 0.35 of the size, times the line spacing: Nastaliq's letters stand as much
          // higher over their baseline (Urdu's header met the heading over it).
          y: round(y + padY + lineIndex * line + line / 2 + size * 0.35 * lineSpacing(env.locale)),
          text: textLine,
          size,
          ...(weight !== 400 ? { weight } : {}),
          fill: noData ? 'muted' : 'fg',
          anchor,
        }),
      );
    });
    marks.push({ kind: 'group', key, children });
    y += height;
    return height;
  };
  const rule = (stroke: string, strokeWidth: number): void => {
    const left = rtl ? width - tableWidth : 0;
    marks.push({
      kind: 'line',
      x1: round(left),
      x2: round(left + tableWidth),
      y1: round(y),
      y2: round(y),
      stroke,
      strokeWidth,
      decorative: true,
    });
  };

  row(
    columns.map((column) => column.label),
    600,
    'header',
  );
  rule('muted', 1.5 * unit);
  if (rows.length === 0) {
    const message = messageMarks(model.unavailable ?? msg(env.locale, 'noData'), width, env);
    marks.push({ kind: 'group', key: 'empty', transform: `translate(0 ${round(y + padY)})`, children: message.marks });
    return { marks, height: Math.ceil(y + padY + message.height), bottoms: [], width: tableWidth };
  }
  const bottoms: number[] = [];
  for (const entry of rows) {
    row(entry.cells, 400, entry.key, entry.key === selected);
    rule('border', unit);
    bottoms.push(y);
  }
  if (footer) {
    rule('muted', 1.5 * unit);
    row(footer, 600, 'footer');
  }
  return { marks, height: Math.ceil(y), bottoms, width: tableWidth };
}

/** The chart's accessible name: the caption and the columns ("CINVU: member countries: Country, Region"). */
function tableLabel(view: TableView, locale: string): string {
  return `${view.model.caption}${colon(locale)}${formatList(
    view.model.columns.map((column: TableColumn) => column.label),
    locale,
    'unit',
  )}`;
}

/** The marked row's key (a member's code, a region id), if any. */
function selectedRow(options: Readonly<Record<string, unknown>>): string | undefined {
  return typeof options.selected === 'string' && options.selected.trim() ? options.selected.trim() : undefined;
}

/** The table of `options.of` (members by default), sorted, filtered and compared as the element's attributes say. */
export function prepareTable(dataset: Dataset, options: Readonly<Record<string, unknown>>, env: SceneEnv): PreparedScene {
  const view = tableView(dataset, options as TableViewOptions, env.locale);
  const selected = selectedRow(options);
  let cached: { width: number; layout: Layout } | undefined;
  // chartHeight() and chart() ask for the same width: the rows are wrapped once.
  const layout = (width: number) => {
    if (cached?.width !== width) cached = { width, layout: tableLayout(view, width, env, selected) };
    return cached.layout;
  };
  const label = tableLabel(view, env.locale);
  const network = networkName(dataset, env.locale);
  return {
    network,
    title: titleUnder(network, view.model.caption, env.locale),
    legend: [],
    notes: tableNotes(view, env.locale),
    sources: view.model.sources,
    unsourced: view.model.unsourced,
    illustrative: Boolean(dataset.illustrative),
    chartHeight: (width) => layout(width).height,
    chart: (width, height): ChartScene => {
      const { marks, height: needed } = layout(width);
      return { width, height: Math.max(height, needed), marks, label };
    },
  };
}

export const tableScene: SceneFunction = prepareTable;

/**
 * The file's title under the network's name: the caption, without the name where the caption begins with it and a
 * colon ("شبکه دانشگاه‌های مجازی جهان اسلام: کشورهای عضو" under the same name says "کشورهای عضو"). A language with
 * no shorter name for the network than its name (every one but English, for CINVU) repeated it on two lines.
 */
export function titleUnder(network: string, caption: string, locale: string): string {
  const rest = caption.startsWith(network) ? /^[\s:：]*[:：]\s*(.+)$/su.exec(caption.slice(network.length))?.[1] : undefined;
  return rest ? rest.charAt(0).toLocaleUpperCase(locale) + rest.slice(1) : caption;
}

/**
 * The table in a box it must not outgrow (a dashboard's panel): the rows that fit, from the first, and the note
 * saying how many of how many that is (the CSV has them all). All of them when they fit. `shown` of `count` rows.
 */
export function tableExcerpt(
  dataset: Dataset,
  options: Readonly<Record<string, unknown>>,
  env: SceneEnv,
  width: number,
  height: number,
): { chart: ChartScene; note?: string; shown: number; count: number; needs: number; needsNote?: string } {
  const selected = selectedRow(options);
  // A box that clips (a dashboard's panel) would cut the columns that overflow it, even at their narrowest: they are
  // left out from the last, the first (the country, the university) always kept, and the note names them.
  let view = tableView(dataset, options as TableViewOptions, env.locale);
  let whole = tableLayout(view, width, env, selected);
  const leftOut: string[] = [];
  while (whole.width > width + 0.5 && view.model.columns.length > 1) {
    const last = view.model.columns.length - 1;
    leftOut.unshift(view.model.columns[last]!.label);
    const model = { ...view.model, columns: view.model.columns.slice(0, last), footer: view.model.footer?.slice(0, last) };
    view = { ...view, model, rows: view.rows.map((row) => ({ ...row, cells: row.cells.slice(0, last) })) };
    whole = tableLayout(view, width, env, selected);
  }
  const columnsNote = leftOut.length ? msg(env.locale, 'tableColumnsLeftOut', { list: formatList(leftOut, env.locale) }) : undefined;
  const fits = whole.height <= height ? view.rows.length : whole.bottoms.filter((bottom) => bottom <= height).length;
  // The height its header and first two rows take (its one row, its message): less says nothing a map does not.
  const needs = whole.bottoms[Math.min(2, whole.bottoms.length) - 1] ?? whole.height;
  // And what it then says under them, when they are not all its rows.
  const needsNote = view.rows.length > 2 ? msg(env.locale, 'tableTruncated', { shown: 2, count: view.rows.length }) : undefined;
  const cut = fits < Math.min(view.rows.length, TABLE_ROW_LIMIT);
  const label = tableLabel(view, env.locale);
  // Not even the first row fits: no grid (a header over nothing, or a row cut in half), and the note says so
  // rather than counting a row no one can read.
  if (fits === 0)
    return {
      chart: { width, height, marks: [], label, clip: true },
      note: msg(env.locale, 'tableNoRoom', { count: view.rows.length }),
      shown: 0,
      count: view.rows.length,
      needs,
      needsNote,
    };
  // A cut table leaves its totals row out: it would sum rows the box does not show.
  const shown: TableView = cut ? { ...view, model: { ...view.model, footer: undefined }, rows: view.rows.slice(0, fits) } : view;
  const layout = cut ? tableLayout(shown, width, env, selected) : whole;
  return {
    chart: { width, height, marks: layout.marks, label, clip: true },
    note:
      [cut ? msg(env.locale, 'tableTruncated', { shown: shown.rows.length, count: view.rows.length }) : '', columnsNote ?? '']
        .filter(Boolean)
        .join(' ') || undefined,
    shown: shown.rows.length,
    count: view.rows.length,
    needs,
    needsNote,
  };
}
