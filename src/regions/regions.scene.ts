/**
 * What `<netreach-regions>` draws, for the page and for files alike: `regionsModel()` as a waffle
 * (`waffleLayout()`: one square per member country, or 100 one-percent squares of a metric) or a donut
 * (`donutLayout()`), its legend (each region with its count and share), the honest notes of the model (a list
 * that is not the whole, how regions were assigned) and the sources behind it. A dataset whose sources assign no
 * regions gets a sentence saying so, never an invented grouping. Pure; no DOM.
 */
import { aboutScope, scopeSources, unsourcedFigures } from '../core/about.js';
import { csvShare, type CsvCell } from '../core/csv.js';
import { msg } from '../core/i18n.js';
import { donutLayout, regionsModel, waffleLayout, type RegionSlice, type RegionsModel, type RegionsType } from '../core/regions-model.js';
import { colon, followedBy, lineSpacing, sentences } from '../core/locale.js';
import { networkName } from '../core/names.js';
import { round2 } from '../core/scale.js';
import type { ChartScene, Mark, SceneEnv, SceneItem } from '../core/scene.js';
import { COUNTRIES_METRIC, type Dataset } from '../core/types.js';
import type { SceneFunction } from '../scene/render.js';
import { messageMarks, wrapLines } from '../scene/text.js';

/** The largest a file's waffle or donut grows, in multiples of the type scale. */
const MAX_GROWTH = 2.5;
/** The donut's own diameter, at which its paths are computed (then scaled). */
const DONUT = 280;
/** Opacity of the regions that are not the selected one. */
const DIM = 0.25;

export interface RegionsValues {
  type: RegionsType;
  metric: string;
  /** The region to emphasise; the others fade. */
  selected?: string;
}

export function regionsValues(options: Readonly<Record<string, unknown>>): RegionsValues {
  const values: RegionsValues = {
    type: options.type === 'donut' ? 'donut' : 'waffle',
    metric: typeof options.metric === 'string' && options.metric ? options.metric : COUNTRIES_METRIC,
  };
  if (typeof options.selected === 'string' && options.selected) values.selected = options.selected;
  return values;
}

const paint = (colour: number) => `region-${colour}`;

/** A region's item: its name and figure, and where the figure adds up its members' figures, that it does (as the bars). */
const sliceItem = (slice: RegionSlice, values: RegionsValues, locale: string, anchor: SceneItem['anchor']): SceneItem => ({
  id: slice.id,
  label: followedBy(`${slice.label}${colon(locale)}${slice.figure}`, slice.sum, locale),
  tooltip: [slice.label, slice.figure, ...slice.sum],
  selected: values.selected === slice.id,
  anchor,
});

function waffle(
  dataset: Dataset,
  model: RegionsModel,
  values: RegionsValues,
  env: SceneEnv,
  width: number,
  height: number,
  caption = true,
): ChartScene {
  const { rtl, unit, locale } = env;
  let layout = waffleLayout(dataset, model, { width: width / unit, rtl, locale });
  // A page keeps the top inline-end corner for the menu button (a file has none): a grid that would reach under it
  // is laid out that much narrower, rather than have the button cover its first squares; where ten columns of its
  // smallest squares do not fit, in fewer columns (a presenter's narrowest dashboard part: they were drawn smaller,
  // 8 px squares where a presenter's are 10 px at least).
  const corner = env.corner ?? 0;
  if (corner && layout.width * unit > width - corner)
    layout = waffleLayout(dataset, model, { width: (width - corner) / unit, rtl, locale, fit: true });
  const fits = Number.isFinite(height);
  const textSize = fits ? 15 * unit : 12 * unit;
  // The unit's sentence wraps to the chart's width ("Setiap kotak mewakili satu negara asal pengunjung" ran out of
  // a phone's widget in Indonesian).
  const unitLines = caption ? wrapLines(layout.unit, width, textSize, env.measure) : [];
  const unitStep = textSize * 1.35 * lineSpacing(locale);
  const textRoom = caption ? textSize * 1.8 + (unitLines.length - 1) * unitStep : 0;
  // On the page, a grid of one column of its smallest squares can still reach the corner (a part narrower than the
  // corner and a square): it is drawn that much smaller.
  const scale = fits
    ? Math.max(0.1, Math.min(MAX_GROWTH * unit, width / Math.max(1, layout.width), (height - textRoom) / Math.max(1, layout.height)))
    : corner && layout.width * unit > width - corner
      ? Math.max(0.1, (width - corner) / Math.max(1, layout.width))
      : unit;
  const gridWidth = layout.width * scale;
  const chartWidth = round2(Math.min(width, Math.max(gridWidth, ...unitLines.map((line) => env.measure(line, textSize)))));
  const dim = (region: string) => values.selected !== undefined && region !== values.selected;
  const cell = (index: number): Mark => {
    const { x, y, size, region, colour } = layout.cells[index]!;
    return {
      kind: 'rect',
      class: `cell c${colour}${dim(region) ? ' dim' : ''}`,
      x,
      y,
      width: size,
      height: size,
      rx: 2,
      fill: paint(colour),
      opacity: dim(region) ? DIM : undefined,
    };
  };
  // Where a tooltip points: the top middle of a cell, in the chart's pixels.
  const left = rtl ? chartWidth - gridWidth : 0;
  const anchorOf = (index: number) => {
    const { x, y, size } = layout.cells[index]!;
    return { x: round2(left + (x + size / 2) * scale), y: round2(y * scale) };
  };
  let cells: Mark[];
  if (layout.perCountry) {
    cells = layout.cells.map((entry, index) => ({
      kind: 'group',
      key: entry.country,
      item: {
        id: entry.country!,
        label: `${entry.title}${colon(locale)}${entry.detail}`,
        tooltip: [entry.title, entry.detail],
        selected: values.selected === entry.region,
        anchor: anchorOf(index),
      },
      children: [cell(index)],
    }));
  } else {
    // One percent is no one thing: a region's squares are one item.
    cells = model.slices.flatMap((slice): Mark[] => {
      const indices = layout.cells.flatMap((entry, index) => (entry.region === slice.id ? [index] : []));
      if (indices.length === 0) return [];
      return [
        {
          kind: 'group',
          key: slice.id,
          item: sliceItem(slice, values, locale, anchorOf(indices[0]!)),
          children: indices.map(cell),
        },
      ];
    });
  }
  const gridHeight = layout.height * scale;
  return {
    width: chartWidth,
    height: round2(gridHeight + textRoom),
    marks: [
      { kind: 'group', class: 'cells', transform: `translate(${round2(left)} 0) scale(${round2(scale * 1000) / 1000})`, children: cells },
      ...unitLines.map((line, index): Mark => ({
        kind: 'text',
        class: 'unit',
        x: rtl ? chartWidth : 0,
        y: round2(gridHeight + textSize * 1.4 + index * unitStep),
        text: line,
        size: textSize,
        fill: 'muted',
        anchor: rtl ? 'end' : 'start',
      })),
    ],
    label: sentences([model.description, layout.unit], locale),
    picture: { width: gridWidth, height: gridHeight },
    caption: { text: layout.unit, size: textSize, lines: unitLines.length },
  };
}

/**
 * The largest radius of a circle in the start corner of a `width`-wide box (touching its top and start edges) that
 * keeps out of the `corner`-wide square at its top end corner: where the circle's centre is below the square, its
 * distance to the square's near corner is the radius at most (r² − 2·width·r + (width − corner)² + corner² ≥ 0);
 * above it, the gap beside the square is.
 */
function clearRadius(width: number, corner: number): number {
  const r = width - Math.sqrt(Math.max(0, width * width - (width - corner) ** 2 - corner * corner));
  return r >= corner ? r : Math.max(0, (width - corner) / 2);
}

function donut(model: RegionsModel, values: RegionsValues, env: SceneEnv, width: number, height: number): ChartScene {
  const { rtl, unit, locale } = env;
  let size = Number.isFinite(height)
    ? Math.min(width, height, DONUT * MAX_GROWTH * unit)
    : Math.max(120 * unit, Math.min(DONUT * unit, Math.floor(width)));
  // A page keeps the top inline-end corner for the menu button, as the waffle does: a ring as wide as a narrow part
  // (200 px, a phone's sidebar) passed under it, the button's dots and hover disc over the first slice. Only the
  // ring's curve need clear the corner's square, not its bounding box, so it is drawn no smaller than that asks.
  const corner = env.corner ?? 0;
  if (corner && !Number.isFinite(height)) size = Math.min(size, 2 * clearRadius(width, corner));
  const layout = donutLayout(model, { width: DONUT, rtl });
  const scale = size / layout.size;
  const centre = round2(size / 2);
  const dim = (region: string) => values.selected !== undefined && region !== values.selected;
  const arcs = layout.arcs.map((arc): Mark => ({
    kind: 'group',
    key: arc.slice.id,
    item: sliceItem(arc.slice, values, locale, { x: round2(centre + arc.tipX * scale), y: round2(centre + arc.tipY * scale) }),
    children: [
      {
        kind: 'path',
        class: `slice c${arc.slice.colour}${dim(arc.slice.id) ? ' dim' : ''}`,
        d: arc.d,
        fill: paint(arc.slice.colour),
        opacity: dim(arc.slice.id) ? DIM : undefined,
      },
    ],
  }));
  // On a page the centre's words are read at 10 px and its total at 14 px at least: as the ring shrank with a narrow
  // part, they shrank with it (6 and 14 px at 200 px, 4 and 10 px at 160 px). Grown back in the ring's units, within
  // the hole; the words are left out where they no longer fit it at that size (the legend and the chart's name say
  // them). A file draws them at the ring's scale, as before.
  const room = layout.inner * 1.8;
  const page = !Number.isFinite(height);
  const labelSize = page ? Math.max(12, (10 * unit) / scale) : 12;
  const totalSize = page ? Math.max(28, Math.min((14 * unit) / scale, (28 * room) / Math.max(1, env.measure(model.totalText, 28)))) : 28;
  const label =
    labelSize === 12 ? fit(model.metricLabel, room, env) : env.measure(model.metricLabel, labelSize) <= room ? model.metricLabel : '';
  // The total and its words stacked about the centre as at full size (baselines 4 and 24 for 28 and 12); the total
  // alone, its figures' middle on it.
  const grown = labelSize !== 12 || totalSize !== 28;
  const totalY = !grown ? 4 : label ? round2(0.7 * totalSize - (0.7 * totalSize + 1.92 * labelSize) / 2 + 5.7) : round2(0.35 * totalSize);
  const labelY = !grown ? 24 : round2(totalY + 1.67 * labelSize);
  return {
    width: round2(size),
    height: round2(size),
    marks: [
      {
        kind: 'group',
        transform: `translate(${centre} ${centre}) scale(${round2(scale * 1000) / 1000})`,
        children: [
          ...arcs,
          { kind: 'text', class: 'total', x: 0, y: totalY, text: model.totalText, size: round2(totalSize), weight: 700, anchor: 'middle' },
          { kind: 'text', class: 'total-label', x: 0, y: labelY, text: label, size: round2(labelSize), fill: 'muted', anchor: 'middle' },
        ],
      },
    ],
    label: sentences([model.description, `${msg(locale, 'total')}${colon(locale)}${model.totalText}`], locale),
  };
}

/** `text`, cut with an ellipsis when wider than `width` at 12 px. */
function fit(text: string, width: number, env: SceneEnv): string {
  if (env.measure(text, 12) <= width) return text;
  const chars = [...text];
  let count = chars.length;
  while (count > 1 && env.measure(`${chars.slice(0, count).join('').trimEnd()}…`, 12) > width) count -= 1;
  return `${chars.slice(0, count).join('').trimEnd()}…`;
}

/**
 * The regions' CSV: one row per region, member count, the metric's sum (unless it is the count) and the share to four
 * places (`csvShare`). Counts of a list that is not the whole have no share but a `qualifier`, `at-least` (the
 * legend's "≥17"), as the stat's CSV writes "at least 45".
 */
export function regionsCsvRows(dataset: Dataset, metric: string, locale: string): CsvCell[][] {
  const model = regionsModel(dataset, metric, locale);
  const extra = model.metric === COUNTRIES_METRIC ? [] : [model.metric];
  const bounded = model.lowerBound;
  return [
    ['region', 'name', COUNTRIES_METRIC, ...extra, bounded ? 'qualifier' : 'share'],
    ...model.slices.map((slice) => [
      slice.id,
      slice.label,
      slice.count,
      ...(extra.length ? [slice.value] : []),
      bounded ? 'at-least' : csvShare(slice.share),
    ]),
  ];
}

/**
 * The regions as a waffle or donut. Options by property name: `type`, `metric`, `selected`.
 * `chart(width, height)`: a finite height is a box to fit (files: the shape grows up to 2.5× the type scale);
 * `Infinity` draws it at its own size at `env.unit` (the page). The chart is as wide as what it draws, at most
 * `width`: the page sets the legend beside it, a file's document places it at the start edge.
 */
export const regionsScene: SceneFunction = (dataset, options, env) => {
  const { locale } = env;
  const values = regionsValues(options);
  // A selected region the data does not have dims none, as if absent (the element says so).
  if (!dataset.regions.some((region) => region.id === values.selected)) delete values.selected;
  const model = regionsModel(dataset, values.metric, locale);
  const scope = aboutScope(dataset, 'regions', { metric: values.metric });
  const draw = (width: number, height: number, caption: boolean): ChartScene => {
    if (!model.available) {
      const text = model.unavailable ?? msg(locale, 'regionsUnavailable');
      const message = messageMarks(text, width, env);
      return { width, height: message.height, marks: message.marks, label: text };
    }
    return values.type === 'donut' ? donut(model, values, env, width, height) : waffle(dataset, model, values, env, width, height, caption);
  };
  return {
    network: networkName(dataset, locale),
    title: msg(locale, 'byRegion', { metric: model.metricLabel }),
    legend: model.available
      ? model.slices.map((slice) => ({
          label: slice.label,
          detail: slice.figure,
          paint: paint(slice.colour),
          shape: 'square' as const,
          id: slice.id,
        }))
      : [],
    notes: model.notes,
    sources: scopeSources(dataset, scope),
    unsourced: unsourcedFigures(dataset, scope, locale),
    illustrative: Boolean(dataset.illustrative),
    chart: (width, height) => draw(width, height, true),
    bareChart: (width, height) => draw(width, height, false),
  };
};
