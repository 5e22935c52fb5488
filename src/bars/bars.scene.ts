/**
 * What `<netreach-bars>` draws, for the page and for files alike: the rows of `barRows()` laid out by
 * `barsLayout()` as scene marks — gridlines and tick labels, then one item per bar (its bar, label and value) —
 * with the honest notes of `barsContext()` (a list that is not the whole; regions inferred, continents, drawn up for
 * the dataset (`regionAssignment.by`) or unavailable; a region's figure a sum) and the sources behind the bars. Pure;
 * no DOM.
 */
import {
  BAR_HEIGHT,
  BARS_FONT_SIZE,
  OTHER_KEY,
  barRows,
  barsContext,
  barsLayout,
  barsTitle,
  type BarRow,
  type BarsGroupBy,
  type BarsLayout,
  type BarsSort,
} from '../core/bars-model.js';
import { sumNotes } from '../core/knowledge.js';
import { msg } from '../core/i18n.js';
import { colon, followedBy, formatNumber, listSeparator } from '../core/locale.js';
import { capitalize, countriesLabel, networkName } from '../core/names.js';
import { REGION_SLOTS } from '../core/theme-colours.js';
import { round2 } from '../core/scale.js';
import type { ChartScene, Mark, SceneEnv, SceneItem } from '../core/scene.js';
import { COUNTRIES_METRIC, type Dataset } from '../core/types.js';
import type { SceneFunction } from '../scene/render.js';
import { messageMarks } from '../scene/text.js';

const GROUPS: readonly string[] = ['region', 'country'];
const SORTS: readonly string[] = ['value', 'name', 'none'];
/** Names listed in the tooltip of "Other (n)" before "and n more". */
const OTHER_NAMES = 5;
/** The largest type scale a file's chart grows to when its box has room (as the static images had it: three bars on a slide should not shout). */
const MAX_GROWTH = 1.75;

/** The bars' option values as the scene reads them: by property name, anything unknown taken as the default. */
export interface BarsValues {
  metric: string;
  groupBy: BarsGroupBy;
  sort: BarsSort;
  /** Undefined: the default (10 countries, every region); 0: no limit. */
  limit?: number;
  selected?: string;
  /**
   * False: no value axis, only the bars' baseline (not an element's option: a dashboard's slide short of height
   * asks for it, each bar writing its value at its end).
   */
  axis?: boolean;
}

export function barsValues(options: Readonly<Record<string, unknown>>): BarsValues {
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  const limit = options.limit === null || options.limit === undefined || options.limit === '' ? undefined : Number(options.limit);
  const values: BarsValues = {
    metric: text(options.metric) ?? COUNTRIES_METRIC,
    groupBy: GROUPS.includes(String(options.groupBy)) ? (options.groupBy as BarsGroupBy) : 'region',
    sort: SORTS.includes(String(options.sort)) ? (options.sort as BarsSort) : 'value',
  };
  if (limit !== undefined && !Number.isNaN(limit)) values.limit = limit;
  const selected = text(options.selected);
  if (selected) values.selected = selected;
  if (options.axis === false) values.axis = false;
  return values;
}

/** The colour slot of a region's 1-based position: `--_region-N`, wrapping as the themes' colours do. */
const slot = (index: number) => ((Math.max(1, index) - 1) % REGION_SLOTS) + 1;

/** The bar's colour: its region's, the bars' own for countries (the accent unless given), a muted one for "Other". */
function barPaint(row: BarRow): string {
  if (row.kind === 'other') return 'muted';
  if (row.kind === 'region') return `region-${slot(row.regionIndex)}`;
  return 'bar';
}

/** A sum's row says it is one, of how many members' figures (`sumNotes()`, as the note under the chart); else nothing. */
const sumOf = (row: BarRow, locale: string) => (row.counted === undefined ? [] : sumNotes(locale, [row]));

/**
 * A bar's name, figure, what its sum is and what it holds. A region's count of members comes before the sentence of
 * its sum, and not at all where that sentence names it ("…of 7 of the 8 members…"): no figure is said twice.
 */
function tooltip(row: BarRow, dataset: Dataset, metric: string, locale: string): string[] {
  const lines = [row.label, ...(row.inferred ? [capitalize(row.inferred, locale)] : []), row.valueLong];
  const counted = row.counted ?? 0;
  if (row.kind === 'region' && metric !== COUNTRIES_METRIC && !(counted && counted < row.count))
    lines.push(`${countriesLabel(dataset, locale)}${colon(locale)}${formatNumber(row.count, locale)}`);
  lines.push(...sumOf(row, locale));
  if (row.kind === 'other' && row.folded) {
    const shown = row.folded.slice(0, OTHER_NAMES).join(listSeparator(locale, true));
    const more = row.folded.length - OTHER_NAMES;
    lines.push(more > 0 ? msg(locale, 'andMore', { list: shown, count: more }) : shown);
    if (row.foldedInferred) lines.push(row.foldedInferred);
  }
  return lines;
}

function chart(
  rows: readonly BarRow[],
  dataset: Dataset,
  values: BarsValues,
  env: SceneEnv,
  title: string,
  width: number,
  height: number,
): ChartScene {
  const { locale, rtl, unit } = env;
  // The layout at unit 1 gives the height the rows need; a file's box scales it (to fit, or to grow a little).
  const natural = barsLayout(rows, { width: width / unit, rtl, locale, axis: values.axis }).height;
  let scale = Number.isFinite(height) ? Math.min(height / natural, MAX_GROWTH * unit) : unit;
  const font = BARS_FONT_SIZE;
  // The button is its corner less 8 px wide, and as tall.
  const corner = env.corner ?? 0;
  const layoutAt = (at: number) =>
    barsLayout(rows, {
      width: width / at,
      rtl,
      locale,
      measure: (text) => env.measure(text, font),
      endInset: corner / at,
      cornerDepth: Math.max(0, corner - 8) / at,
      axis: values.axis,
    });
  let layout = layoutAt(scale);
  // Estimated, the labels may wrap to more lines than measured ones do (Urdu's in a dashboard's column): where that
  // would draw the rows under their type though their measured lines fit the box at it, they keep their type.
  if (scale < unit) {
    const atType = layoutAt(unit);
    if (atType.height * unit <= height) {
      scale = unit;
      layout = atType;
    }
  }
  // Grown past its type (a tall box), its text widens with it and its bars narrow: Chinese's labels, which do not
  // wrap, left the longest bar 55 px of a dashboard's 386 px panel on a slide. It grows only as far as its longest
  // bar keeps a quarter of the box's width (English's there: a third).
  const longest = (at: BarsLayout) => Math.max(0, ...at.bars.map((bar) => bar.width));
  for (let step = 1; scale > unit && longest(layout) * scale < width / 4 && step <= 8; step += 1) {
    scale = Math.max(unit, scale - (scale - unit) / (9 - step));
    layout = layoutAt(scale);
  }
  // Measured, the labels may wrap to more lines than the estimate did (Urdu's, with its taller lines): the rows
  // then shrink to the box. Drawn smaller, the box is wider for them, so they wrap no more.
  if (layout.height * scale > height) {
    scale = height / layout.height;
    layout = layoutAt(scale);
  }
  const s = (value: number) => round2(value * scale);
  // With no axis, the baseline alone, where the bars start.
  const baseline: Mark[] =
    values.axis === false
      ? [
          {
            kind: 'line',
            class: 'zero',
            x1: s(layout.zeroX),
            x2: s(layout.zeroX),
            y1: s(layout.gridTop),
            y2: s(layout.gridBottom),
            stroke: 'muted',
            strokeWidth: 1,
          },
        ]
      : [];
  const grid: Mark[] = baseline.concat(
    layout.ticks.flatMap((tick): Mark[] => [
      {
        kind: 'line',
        class: tick.value === 0 ? 'zero' : undefined,
        x1: s(tick.x),
        x2: s(tick.x),
        y1: s(layout.gridTop),
        y2: s(layout.gridBottom),
        stroke: tick.value === 0 ? 'muted' : 'border',
        strokeWidth: 1,
      },
      { kind: 'text', x: s(tick.x), y: s(layout.gridTop - 6), text: tick.label, size: s(font * 0.9), fill: 'muted', anchor: 'middle' },
    ]),
  );
  const labelAnchor = rtl ? 'start' : 'end';
  const valueAnchor = rtl ? 'end' : 'start';
  const separator = colon(locale);
  const bars = layout.bars.map((bar): Mark => {
    const row = bar.row;
    const selected = values.selected !== undefined && row.key === values.selected && row.key !== OTHER_KEY;
    const item: SceneItem = {
      id: row.key,
      // The name holds what the bar shows, then the exact figure when that is shortened ("Indonesia: 610K
      // (610,000)", "Asia: ≥17 (at least 17)"): a voice user says what they see (WCAG 2.5.3, label in name).
      // A sum says so after it: "Asia: 610K (610,000). The sum of the members' figures: no total is published.".
      label: followedBy(
        `${row.inferred ? row.label + listSeparator(locale, true) + row.inferred : row.label}${separator}${row.valueText === row.valueLong ? row.valueLong : `${row.valueText} (${row.valueLong})`}`,
        row.foldedInferred ? [...sumOf(row, locale), row.foldedInferred] : sumOf(row, locale),
        locale,
      ),
      tooltip: tooltip(row, dataset, values.metric, locale),
      selected,
      anchor: { x: s(bar.tipX), y: s(bar.tipY) },
    };
    const kind = row.kind === 'other' ? 'other' : row.kind === 'region' ? `r${slot(row.regionIndex)}` : 'country';
    return {
      kind: 'group',
      key: row.key,
      class: `row ${kind}`,
      item,
      children: [
        {
          kind: 'rect',
          class: 'bar',
          x: s(bar.x),
          y: s(bar.y),
          width: s(bar.width),
          height: s(BAR_HEIGHT),
          rx: s(2),
          fill: barPaint(row),
          opacity: row.kind === 'other' ? 0.55 : undefined,
          stroke: selected ? 'fg' : undefined,
          strokeWidth: selected ? 2 : undefined,
        },
        ...bar.labelLines.map((line, index): Mark => ({
          kind: 'text',
          class: 'label',
          x: s(bar.labelX),
          y: s(bar.labelY + index * layout.labelLine),
          text: line,
          size: s(font),
          weight: selected ? 700 : undefined,
          anchor: labelAnchor,
        })),
        row.value === null
          ? {
              kind: 'text',
              class: 'value none',
              x: s(bar.valueX),
              y: s(bar.textY),
              text: row.valueText,
              size: s(font),
              italic: true,
              fill: 'muted',
              anchor: valueAnchor,
            }
          : {
              kind: 'text',
              class: 'value',
              x: s(bar.valueX),
              y: s(bar.textY),
              text: row.valueText,
              size: s(font),
              weight: 600,
              anchor: valueAnchor,
            },
      ],
    };
  });
  return {
    width: round2(width),
    height: s(layout.height),
    marks: [{ kind: 'group', class: 'grid', children: grid }, ...bars],
    label: title,
    paintedByClass: { fontSize: s(font) },
  };
}

/**
 * The bars of `options.metric` per region or country. Options by property name: `metric`, `groupBy`, `sort`,
 * `limit`, `selected`. `chart(width, height)`: a finite height is a box to fit (files: the rows scale to it, and
 * grow up to 1.75× the type scale); `Infinity` lets the chart take the height its rows need at `env.unit` (the
 * page, where the widget grows with its rows).
 */
export const barsScene: SceneFunction = (dataset, options, env) => {
  const { locale } = env;
  const values = barsValues(options);
  const { metric, groupBy } = values;
  const context = barsContext(dataset, { metric, groupBy, locale });
  const title = barsTitle(dataset, metric, groupBy, locale);
  const rows = context.unavailable ? [] : barRows(dataset, { metric, groupBy, sort: values.sort, limit: values.limit, locale });
  // Countries' "Other (n)" adds up their figures: said under the chart after its name, as a region's sum is (the
  // regions' note covers their "Other").
  const other = groupBy === 'country' ? rows.find((row) => row.kind === 'other') : undefined;
  return {
    network: networkName(dataset, locale),
    title,
    legend: [],
    notes: other ? [...context.notes, ...sumOf(other, locale).map((note) => other.label + colon(locale) + note)] : context.notes,
    sources: context.sources,
    unsourced: context.unsourced,
    illustrative: Boolean(dataset.illustrative),
    chart(width, height) {
      if (context.unavailable) {
        const message = messageMarks(context.unavailable, width, env);
        return { width, height: message.height, marks: message.marks, label: context.unavailable };
      }
      return chart(rows, dataset, values, env, title, width, height);
    },
  };
};
