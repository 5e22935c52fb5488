/**
 * `<netreach-stat>` as a scene: the headline figure as large as fits ("30M+", "45+" for a list that gives
 * examples), what it says in words and when ("more than 30 million (2021)"), how much of the whole is named
 * ("2 named in the sources"), the computed growth, and a sparkline whose time labels are the sources' own (a
 * period's words, never a year they do not give). The notes say what the figure cannot: a list of examples, a
 * headline dated only by a period, how the growth was computed and from which two sources. `toSVG()` and
 * `netreach render stat` write this scene; the element shows the same texts as HTML (its number counts up) and
 * draws its sparkline from {@link sparklineMarks}. The sparkline's time runs left to right in every language unless
 * `time-direction="rtl"` (options.timeDirection); the tile's text follows the language's direction. Pure; no DOM.
 */
import { colon, formatList, lineSpacing } from '../core/locale.js';
import { timeMirrored } from '../core/options.js';
import { networkName } from '../core/names.js';
import type { ChartScene, Mark, PreparedScene, SceneEnv } from '../core/scene.js';
import { sparklinePath, sparklineY } from '../core/sparkline.js';
import { chartSources, statModel, type StatModel, type StatSeriesPoint } from '../core/stat-model.js';
import { COUNTRIES_METRIC, type Dataset } from '../core/types.js';
import type { SceneFunction } from '../scene/render.js';
import { wrapLines } from '../scene/text.js';

/** What the element needs besides the scene: the model its HTML shows. */
export interface StatPrepared extends PreparedScene {
  readonly model: StatModel;
  readonly metric: string;
}

/** The sparkline's line alone in a `width`×`height` box (time right to left when `mirror`); none for one total. */
export function sparklineMarks(
  series: readonly StatSeriesPoint[],
  width: number,
  height: number,
  mirror: boolean,
  strokeWidth = 2,
): Mark[] {
  if (series.length < 2) return [];
  return [{ kind: 'path', d: sparklinePath(series, width, height, mirror), fill: 'none', stroke: 'accent', strokeWidth }];
}

/** The figure in words and when it applies: "more than 30 million (2021)", "2021" under "57", "at least 45". */
export function figureLine(model: StatModel): string | undefined {
  if (model.value === null) return undefined;
  if (model.long !== model.short) return model.when ? `${model.long} (${model.when})` : model.long;
  return model.when;
}

/**
 * The chart's accessible name: "Virtual students: more than 30 million (2021), at least +33% since 2020", "Member
 * countries: 57 (2021), unchanged since 2020" — the figure in words even where the tile shows it only in digits.
 */
function statLabel(model: StatModel, locale: string): string {
  const figure = model.value !== null && model.when ? `${model.long} (${model.when})` : model.long;
  const parts = [figure, model.named, model.growth].filter((part): part is string => Boolean(part));
  return `${model.label}${colon(locale)}${formatList(parts, locale, 'unit')}`;
}

/**
 * `statSize`: the figure's size at type scale 1 (`stat-size`, a page's `--netreach-stat-size`), else as large as fits.
 */
function statChart(
  model: StatModel,
  mirror: boolean,
  width: number,
  height: number,
  env: SceneEnv,
  sparkline: boolean,
  statSize?: number,
): ChartScene {
  const { rtl, unit } = env;
  const marks: Mark[] = [];
  const lineSize = 26 * unit;
  const timeSize = 16 * unit;
  const gap = 30 * unit;
  // In a landscape box the sparkline stands beside the figure, in the box's end half; else under it.
  const spark = sparkline && model.series.length >= 2;
  const beside = spark && width >= height * 1.5;
  const textWidth = beside ? width * 0.55 : width;
  const wrapped = (text: string, weight = 400) =>
    wrapLines(text, textWidth, lineSize, env.measure, weight).map((line) => ({ line, weight }));
  const lines: { text: string; fill: string; weight: number }[] = [];
  const figure = figureLine(model);
  if (figure) lines.push(...wrapped(figure).map(({ line }) => ({ text: line, fill: 'muted', weight: 400 })));
  if (model.named) lines.push(...wrapped(model.named).map(({ line }) => ({ text: line, fill: 'muted', weight: 400 })));
  if (model.growth) lines.push(...wrapped(model.growth, 600).map(({ line }) => ({ text: line, fill: 'accent', weight: 600 })));
  // Nastaliq (Urdu) rises well above its baseline and reaches well below it: its lines need more room.
  const leading = lineSpacing(env.locale);
  const textHeight = lines.length * lineSize * 1.5 * leading;
  // Under the figure, the sparkline needs its gap, 40 units of line and two rows of time labels.
  const sparkRoom = spark && !beside ? gap + 40 * unit + timeSize * 3 : 0;
  // The figure as large as fits: at most half the box's height, never wider than its column, leaving room for the
  // lines under it and a sparkline under them — which goes when the figure would shrink below twice a line's size.
  const widest = Math.min(height * 0.5, 170 * unit, textWidth / Math.max(0.5, env.measure(model.short, 1, 700)));
  // The figure's ink above and below its baseline, in em: Persian and Arabic figures ("۳۰ میلیون") reach well below
  // it; in Nastaliq a word's kaf and gaf ("3 کروڑ") rise 1.8 em above it (Noto Nastaliq Urdu, shaped by HarfBuzz),
  // its digits alone ("57", "۵۷") 0.7 em, as Latin ones do.
  const [above, below] = leading > 1 && /\p{L}/u.test(model.short) ? [1.85, 0.45] : [0.92, 0.3];
  const under = sparkRoom > 0 && (height - textHeight - sparkRoom) / (above + below) >= lineSize * 2;
  const fits = (height - textHeight - (under ? sparkRoom : 0)) / (above + below);
  // A size the page set is kept where the box holds it (the page wraps a figure too wide; a file cannot): never
  // wider than the column nor taller than the box leaves, which the lines under it would otherwise leave.
  const size = statSize
    ? Math.min(statSize * unit, textWidth / Math.max(0.5, env.measure(model.short, 1, 700)), Math.max(12 * unit, fits))
    : Math.max(12 * unit, Math.min(widest, fits));
  const startX = rtl ? width : 0;
  const anchor = rtl ? 'end' : 'start';
  let y = size * above;
  marks.push({ kind: 'text', class: 'value', x: startX, y, text: model.short, size, weight: 700, fill: 'fg', anchor });
  y += size * below;
  for (const line of lines) {
    y += lineSize * 1.5 * leading;
    marks.push({ kind: 'text', x: startX, y, text: line.text, size: lineSize, weight: line.weight, fill: line.fill, anchor });
  }
  if (beside || under) {
    // Under the figure, the tile's whole width, as the page draws it (half of it looked unfinished).
    const sparkWidth = beside ? width * 0.4 : width;
    const left = beside && !rtl ? width - sparkWidth : 0;
    const top = beside ? size * 0.15 : y + gap;
    marks.push(sparklineFigure(model.series, { left, top, width: sparkWidth, bottom: height, timeSize, unit }, mirror, env));
  }
  return { width, height, marks, label: statLabel(model, env.locale) };
}

/**
 * The file's sparkline: the line, a dot on the latest figure, and the first and last points' times under its
 * ends in the sources' words (a period's label may take two lines). `mirror`: time runs right to left (the
 * labels' anchors are physical, so they follow the ends, not the language).
 */
function sparklineFigure(
  series: readonly StatSeriesPoint[],
  box: { left: number; top: number; width: number; bottom: number; timeSize: number; unit: number },
  mirror: boolean,
  env: SceneEnv,
): Mark {
  const { width, timeSize, unit } = box;
  const first = series[0]!;
  const last = series[series.length - 1]!;
  // Each label may take the room the other leaves (a period's words beside a year).
  const room = (other: string) => width - Math.min(width / 2, env.measure(other, timeSize)) - timeSize * 1.5;
  const firstLines = wrapLines(first.when, room(last.when), timeSize, env.measure);
  const lastLines = wrapLines(last.when, room(first.when), timeSize, env.measure);
  const rows = Math.max(firstLines.length, lastLines.length);
  const height = Math.max(10 * unit, Math.min(160 * unit, box.bottom - box.top - timeSize * (1.4 + (rows - 1) * 1.2 + 0.4)));
  const stroke = 3 * unit;
  const startEdge = mirror ? width : 0;
  const endEdge = mirror ? 0 : width;
  const label = (lines: string[], x: number, end: boolean): Mark[] =>
    lines.map((text, row) => ({
      kind: 'text',
      x,
      y: height + timeSize * (1.4 + row * 1.2),
      text,
      size: timeSize,
      fill: 'muted',
      anchor: end === mirror ? 'start' : 'end',
    }));
  return {
    kind: 'group',
    class: 'sparkline',
    transform: `translate(${Math.round(box.left * 100) / 100} ${Math.round(box.top * 100) / 100})`,
    children: [
      ...sparklineMarks(series, width, height, mirror, stroke),
      // On the line's last point, where the line's own scale puts it.
      { kind: 'circle', cx: endEdge, cy: sparklineY(series, height)(last.value), r: stroke * 1.6, fill: 'accent' },
      ...label(firstLines, startEdge, false),
      ...label(lastLines, endEdge, true),
    ],
  };
}

/** The tile of `options.metric` (`countries` by default). */
export function prepareStat(dataset: Dataset, options: Readonly<Record<string, unknown>>, env: SceneEnv): StatPrepared {
  const metric = typeof options.metric === 'string' && options.metric ? options.metric : COUNTRIES_METRIC;
  const model = statModel(dataset, metric, env.locale)!;
  return {
    network: networkName(dataset, env.locale),
    title: model.label,
    legend: [],
    // What the figure cannot say by itself, and how the growth was computed (citing both figures' sources).
    notes: [...model.notes, ...(model.growthNote ? [model.growthNote] : [])],
    // The figure's own source and those of the sparkline's other totals (the growth's two are named in its note
    // too); a count of the listed members cites the dataset's sources, as every chart of the members does. A sum of
    // the members' figures cites the metric's source (`shownSources`), else none: never another source in its stead.
    sources: model.shownSources ?? (metric === COUNTRIES_METRIC ? chartSources(dataset) : []),
    illustrative: Boolean(dataset.illustrative),
    model,
    metric,
    chart: (width, height) =>
      statChart(
        model,
        timeMirrored(options),
        width,
        height,
        env,
        options.sparkline !== false,
        typeof options.statSize === 'number' ? options.statSize : undefined,
      ),
  };
}

export const statScene: SceneFunction = prepareStat;
