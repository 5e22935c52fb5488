/**
 * `<netreach-trend>` as a scene: a metric's published totals over time — value axis and gridlines, the time
 * axis, the line (or area) broken at missing years, each point an item (focus, tooltip) with its value label —
 * and the honest notes: a period is the source's only dating of a figure, a growth is computed from two figures
 * and says so. Time runs left to right in every language unless `time-direction="rtl"` (options.timeDirection),
 * which mirrors the axis, points and labels here, so that the page, `toSVG()` and the command line draw the same
 * chart; the labels keep the language's script and digits either way. The element renders this scene on the
 * page; `toSVG()` and `netreach render trend` write it as a file. Pure; no DOM.
 */
import { scopeSources } from '../core/about.js';
import { colon, lineSpacing } from '../core/locale.js';
import { sourceLabel } from '../core/aggregate.js';
import { msg } from '../core/i18n.js';
import { timeMirrored } from '../core/options.js';
import { capitalize, networkName } from '../core/names.js';
import type { ChartScene, GroupMark, Mark, PreparedScene, SceneEnv } from '../core/scene.js';
import { defaultTrendMetric, timeLineHeight, trendData, trendLayout, type TrendData, type TrendType } from '../core/trend-model.js';
import type { Dataset } from '../core/types.js';
import type { SceneFunction } from '../scene/render.js';
import { wrapLines } from '../scene/text.js';

/** The chart's text size and strokes at unit 1 (the page); everything scales with `env.unit`. */
const FONT = 12;
const DOT_RADIUS = 4.5;
const LINE_WIDTH = 2.5;
/** The time axis makes room for at most this many lines of a period's label. */
const MAX_TIME_LINES = 4;
/** The least room between two time labels, at unit 1. */
const TIME_GAP = 6;

/**
 * Every how many time labels one is written: 1 when each fits beside the next, else the smallest step at which
 * they do (a period's word wider than the distance between two points on a narrow chart). Labels 0, step,
 * 2×step… are kept, so a chart of the same size always writes the same ones.
 */
function timeLabelStep(positions: readonly number[], widths: readonly number[]): number {
  const clash = (step: number) =>
    positions.some((position, index) => {
      const next = index + step;
      if (index % step !== 0 || next >= positions.length) return false;
      return Math.abs(positions[next]! - position) < (widths[index]! + widths[next]!) / 2 + TIME_GAP;
    });
  let step = 1;
  while (step < positions.length && clash(step)) step += 1;
  return step;
}

/** What the element needs besides the scene: the series itself (for its CSV and the "no totals" message). */
export interface TrendPrepared extends PreparedScene {
  readonly data: TrendData;
  readonly metric: string;
}

/** The metric a trend shows for `options.metric` (unset: the first metric with a series of totals). */
export function trendMetric(dataset: Dataset, metric: unknown): string {
  return typeof metric === 'string' && metric ? metric : defaultTrendMetric(dataset);
}

/**
 * The notes under the chart: each figure dated only by a period says so, and a growth says it is computed,
 * from which two figures and sources (never finer than its inputs: `growthText` rounds it).
 */
function trendNotes(data: TrendData, locale: string): string[] {
  const notes = [...data.notes];
  if (data.growth) notes.push(capitalize(data.growth.text, locale), data.growth.note);
  return notes;
}

function trendChart(data: TrendData, type: TrendType, mirror: boolean, width: number, height: number, env: SceneEnv): ChartScene {
  const { locale, rtl, unit } = env;
  if (data.points.length === 0) {
    const text: Mark = {
      kind: 'text',
      x: rtl ? width : 0,
      y: FONT * 2 * unit,
      text: data.summary,
      size: FONT * 1.25 * unit,
      fill: 'muted',
      anchor: rtl ? 'end' : 'start',
    };
    return { width, height, marks: [text], label: data.summary };
  }
  // Laid out in the page's pixels (12 px text) and scaled by the unit: a slide or a big image gets the same
  // chart, larger.
  const measure = (text: string) => env.measure(text, FONT * unit) / unit;
  const options = { width: width / unit, height: height / unit, locale, mirror, type, measure };
  let layout = trendLayout(data, options);
  // No more lines than the axis makes room for: the rest of a label on its last line, wider (and a neighbour's label
  // left out, as for any label too wide), rather than a fifth line drawn under the chart, over the notes.
  // A label whose neighbours are short (a period among years) may take the room they leave it, and at the chart's
  // edge the room to it (the plot's edge on the value axis's side): Urdu's "کورونا وائرس کے پھیلاؤ سے پہلے" on a dashboard's slide wrapped to four lines in its
  // share of the axis, leaving the value axis 10 px, where two fit beside "2020".
  const natural = layout.xTicks.map((tick) => measure(tick.label));
  const roomOf = (index: number) => {
    const position = layout.xTicks[index]!.position;
    // Under the value axis's labels too, which stand beside the plot over the time axis: Persian's, Arabic's and
    // Bengali's period on a dashboard's slide took four lines in its share of the plot's width. Not where lines
    // stand apart (Urdu): the first line's top would meet the "0" at the plot's foot.
    const edge = lineSpacing(locale) > 1 ? layout.yLabelX : mirror ? width / unit : 0;
    let left = position - (mirror ? 0 : edge);
    let right = (mirror ? edge : width / unit) - position;
    layout.xTicks.forEach((other, at) => {
      if (at === index) return;
      // A neighbour that wraps keeps only its own share: half the distance.
      const taken = natural[at]! <= layout.xTickWidth ? natural[at]! / 2 + TIME_GAP : Math.abs(other.position - position) / 2;
      const room = Math.abs(other.position - position) - taken;
      if (other.position < position) left = Math.min(left, room);
      else right = Math.min(right, room);
    });
    return { left, right };
  };
  // A label may stand off its point, toward its free side: Persian's and Arabic's period on a dashboard's slide,
  // centred, had only twice the room to "2020" and took four lines, where the value axis's side left it more.
  const rooms = layout.xTicks.map((_, index) => roomOf(index));
  const timeLabels = layout.xTicks.map((tick, index) => {
    const { left, right } = rooms[index]!;
    const wrapped = wrapLines(tick.label, Math.max(layout.xTickWidth, left + right) * unit, FONT * unit, env.measure);
    const last = MAX_TIME_LINES - 1;
    return wrapped.length > MAX_TIME_LINES ? [...wrapped.slice(0, last), wrapped.slice(last).join(' ')] : wrapped;
  });
  const labelWidths = timeLabels.map((label) => Math.max(0, ...label.map((line) => measure(line))));
  // Centred where it fits so, else moved just far enough to stay within its room; a label wider than its room
  // (a word longer than it) stays centred, as before.
  const shifts = rooms.map(({ left, right }, index) => {
    const half = labelWidths[index]! / 2;
    return half * 2 > left + right ? 0 : Math.min(Math.max(0, half - left), right - half);
  });
  const lines = Math.max(1, ...timeLabels.map((label) => label.length));
  if (lines > 1) layout = trendLayout(data, { ...options, timeLines: lines });
  const { plot } = layout;
  const labelX = layout.xTicks.map((tick, index) => tick.position + shifts[index]!);
  const labelStep = timeLabelStep(labelX, labelWidths);

  const grid: GroupMark = {
    kind: 'group',
    class: 'grid axis',
    decorative: true,
    children: layout.yTicks.flatMap((tick): Mark[] => [
      {
        kind: 'line',
        class: tick.value === 0 ? 'zero' : undefined,
        x1: plot.left,
        x2: plot.right,
        y1: tick.position,
        y2: tick.position,
        stroke: tick.value === 0 ? 'muted' : 'border',
        strokeWidth: 1,
      },
      {
        kind: 'text',
        x: layout.yLabelX,
        y: tick.position + FONT * 0.32,
        text: tick.label,
        size: FONT,
        fill: 'muted',
        // Physical anchors: the labels stand outside the plot, on the side where time starts.
        anchor: mirror ? 'start' : 'end',
      },
    ]),
  };
  const timeAxis: GroupMark = {
    kind: 'group',
    class: 'x-axis axis',
    decorative: true,
    children: layout.xTicks.flatMap((tick, index) =>
      (index % labelStep === 0 ? (timeLabels[index] ?? [tick.label]) : []).map((line, row): Mark => ({
        kind: 'text',
        x: labelX[index]!,
        y: plot.bottom + 18 + row * timeLineHeight(locale),
        text: line,
        size: FONT,
        fill: 'muted',
        anchor: 'middle',
      })),
    ),
  };
  const sourceWord = msg(locale, 'source');
  const separator = colon(locale);
  const points = layout.points.map((point, index): GroupMark => ({
    kind: 'group',
    key: String(index),
    class: 'point',
    part: 'point',
    item: {
      id: String(index),
      label: point.description,
      tooltip: [
        `${point.yearText}${separator}${point.short}`,
        ...(point.source ? [`${sourceWord}${separator}${sourceLabel(point.source, locale)}`] : []),
      ],
      // Above the point's value label (when it is above the point), which the tooltip must not cover.
      anchor: { x: point.x * unit, y: (point.labelled && point.labelY < point.y ? point.labelY - 12 : point.y - DOT_RADIUS - 2) * unit },
    },
    children: [
      { kind: 'circle', class: 'dot', cx: point.x, cy: point.y, r: DOT_RADIUS, fill: 'bg', stroke: 'trend', strokeWidth: LINE_WIDTH },
      ...(point.labelled
        ? [
            {
              kind: 'text',
              class: 'value',
              x: point.labelX,
              y: point.labelY,
              text: point.short,
              size: FONT,
              weight: 600,
              fill: 'fg',
              halo: 'bg',
              anchor: 'middle',
            } satisfies Mark,
          ]
        : []),
    ],
  }));
  const marks: Mark[] = [
    grid,
    timeAxis,
    ...(layout.area ? [{ kind: 'path', part: 'area', d: layout.area, fill: 'trend', opacity: 0.18 } satisfies Mark] : []),
    { kind: 'path', part: 'line', d: layout.line, fill: 'none', stroke: 'trend', strokeWidth: LINE_WIDTH, pathLength: 1 },
    { kind: 'group', class: 'points', children: points },
  ];
  return {
    width,
    height,
    marks: unit === 1 ? marks : [{ kind: 'group', transform: `scale(${unit})`, children: marks }],
    label: data.summary,
    picture: { width: (plot.right - plot.left) * unit, height: (plot.bottom - plot.top) * unit },
  };
}

/**
 * The trend of `options.metric` (`type`: `line` or `area`; `timeDirection`: `ltr` or `rtl`), with its notes and
 * sources.
 */
export function prepareTrend(dataset: Dataset, options: Readonly<Record<string, unknown>>, env: SceneEnv): TrendPrepared {
  const metric = trendMetric(dataset, options.metric);
  const type: TrendType = options.type === 'area' ? 'area' : 'line';
  const data = trendData(dataset, metric, env.locale);
  return {
    network: networkName(dataset, env.locale),
    title: data.label,
    legend: [],
    notes: trendNotes(data, env.locale),
    // No totals to draw: the sources of what is known of the metric, as About cites, never "none given".
    sources: data.points.length ? data.sources : scopeSources(dataset, { metrics: [metric] }),
    illustrative: Boolean(dataset.illustrative),
    data,
    metric,
    chart: (width, height) => trendChart(data, type, timeMirrored(options), width, height, env),
  };
}

export const trendScene: SceneFunction = prepareTrend;
