/**
 * The bars and regions widgets as static SVG: the elements' own models and layouts
 * (`barRows`/`barsLayout`, `regionsModel`/`waffleLayout`/`donutLayout`; the stat and the trend are drawn from
 * their scenes, `src/stat/stat.scene.ts` and `src/trend/trend.scene.ts`),
 * drawn with presentation attributes instead of the elements' stylesheets, and scaled to the slide.
 * Pure; no DOM.
 */
import {
  barRows,
  barsLayout,
  barsTitle,
  chartSources,
  BAR_HEIGHT,
  BARS_FONT_SIZE,
  type BarsGroupBy,
  type BarsSort,
} from '../core/bars-model.js';
import { msg } from '../core/i18n.js';
import { mixSrgb, regionColour } from '../core/palette.js';
import { donutLayout, regionsModel, waffleLayout } from '../core/regions-model.js';
import { COUNTRIES_METRIC } from '../core/types.js';
import { mirrorBox, type StaticContext, type StaticWidget } from './context.js';
import { el, fitText, measureText, num, physicalAnchor, textEl } from './svg.js';

/** The chart text size of the elements (bars, trend, regions' donut), in their own units. */
const CHART_FONT = BARS_FONT_SIZE;

function option(context: StaticContext, name: string): string | undefined {
  const value = context.options[name];
  return value === undefined ? undefined : String(value);
}

// ---------------------------------------------------------------------------------------------------------
// Bars

const GROUPS: readonly BarsGroupBy[] = ['region', 'country'];
const SORTS: readonly BarsSort[] = ['value', 'name', 'none'];

export function barsWidget(context: StaticContext): StaticWidget {
  const { dataset, locale, rtl, palette, unit } = context;
  const metric = context.metric ?? COUNTRIES_METRIC;
  const groupBy = (GROUPS as readonly string[]).includes(option(context, 'group-by') ?? '')
    ? (option(context, 'group-by') as BarsGroupBy)
    : 'region';
  const sort = (SORTS as readonly string[]).includes(option(context, 'sort') ?? '') ? (option(context, 'sort') as BarsSort) : 'value';
  const limit = context.options.limit === undefined ? undefined : Number(context.options.limit);
  const rows = barRows(dataset, { metric, groupBy, sort, limit, locale });
  return {
    title: barsTitle(dataset, metric, groupBy, locale),
    sources: chartSources(dataset),
    draw(box) {
      // The layout's height follows from the rows; scale it to the box, but keep text at most 3.5× the
      // element's 12 px on a 1920×1080 slide (a chart of three bars should not shout).
      const rowsHeight = barsLayout(rows, { width: 600, rtl, locale }).height;
      const scale = Math.max(0.5, Math.min(box.height / rowsHeight, 1.75 * unit));
      const measure = (text: string) => measureText(text, CHART_FONT);
      const layout = barsLayout(rows, { width: box.width / scale, rtl, locale, measure });
      const labelAnchor = physicalAnchor(layout.labelAnchor, rtl);
      const valueAnchor = physicalAnchor(layout.valueAnchor, rtl);
      const grid = layout.ticks
        .map(
          (tick) =>
            el('line', {
              x1: tick.x,
              x2: tick.x,
              y1: layout.gridTop,
              y2: layout.gridBottom,
              stroke: tick.value === 0 ? palette.muted : palette.border,
              'stroke-width': 1 / Math.min(scale, 2),
            }) + textEl(tick.x, layout.gridTop - 6, tick.label, { size: CHART_FONT * 0.9, fill: palette.muted, anchor: 'middle' }, rtl),
        )
        .join('');
      const other = mixSrgb(palette.muted, palette.bg, 0.55);
      const bars = layout.bars
        .map((bar) => {
          const row = bar.row;
          const fill = row.kind === 'other' ? other : row.kind === 'region' ? regionColour(palette, row.regionIndex) : palette.accent;
          return (
            el('rect', { x: bar.x, y: bar.y, width: bar.width, height: BAR_HEIGHT, rx: 2, fill }) +
            textEl(bar.labelX, bar.textY, bar.label, { size: CHART_FONT, fill: palette.fg, anchor: labelAnchor }, rtl) +
            textEl(
              bar.valueX,
              bar.textY,
              row.valueText,
              row.value === null
                ? { size: CHART_FONT, fill: palette.muted, italic: true, anchor: valueAnchor }
                : { size: CHART_FONT, fill: palette.fg, weight: 600, anchor: valueAnchor },
              rtl,
            )
          );
        })
        .join('');
      return el('g', { transform: `translate(${num(box.x)} ${num(box.y)}) scale(${num(scale)})` }, grid + bars);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Regions

export function regionsWidget(context: StaticContext): StaticWidget {
  const { dataset, locale, rtl, palette, unit } = context;
  const metric = context.metric ?? COUNTRIES_METRIC;
  const type = option(context, 'type') === 'donut' ? 'donut' : 'waffle';
  const model = regionsModel(dataset, metric, locale);
  return {
    title: msg(locale, 'byRegion', { metric: model.metricLabel }),
    sources: chartSources(dataset),
    draw(box) {
      const gap = 48 * unit;
      const chartWidth = Math.min(box.width * 0.5, box.height * (type === 'donut' ? 1 : 1.7));
      const out: string[] = [];
      let chartHeight: number;
      if (type === 'waffle') {
        const layout = waffleLayout(dataset, model, { width: 10 * 24 + 9 * 3, rtl, locale });
        const unitSize = 18 * unit;
        const room = box.height - unitSize * 2;
        const scale = Math.min(chartWidth / Math.max(1, layout.width), room / Math.max(1, layout.height));
        const placed = mirrorBox(context, { x: box.x, y: box.y, width: layout.width * scale, height: layout.height * scale });
        chartHeight = layout.height * scale + unitSize * 2;
        const cells = layout.cells
          .map((cell) =>
            el('rect', { x: cell.x, y: cell.y, width: cell.size, height: cell.size, rx: 2, fill: regionColour(palette, cell.colour) }),
          )
          .join('');
        out.push(el('g', { transform: `translate(${num(placed.x)} ${num(placed.y)}) scale(${num(scale)})` }, cells));
        const unitX = rtl ? placed.x + placed.width : placed.x;
        out.push(
          textEl(
            unitX,
            placed.y + placed.height + unitSize * 1.6,
            fitText(layout.unit, box.width / 2, unitSize),
            { size: unitSize, fill: palette.muted, anchor: physicalAnchor('start', rtl) },
            rtl,
          ),
        );
      } else {
        const layout = donutLayout(model, { width: 280, rtl });
        const scale = Math.min(chartWidth, box.height) / layout.size;
        const size = layout.size * scale;
        const placed = mirrorBox(context, { x: box.x, y: box.y, width: size, height: size });
        chartHeight = size;
        const arcs = layout.arcs.map((arc) => el('path', { d: arc.d, fill: regionColour(palette, arc.slice.colour) })).join('');
        const total =
          textEl(0, 4, model.totalText, { size: 28, weight: 700, fill: palette.fg, anchor: 'middle' }, rtl) +
          textEl(0, 24, fitText(model.metricLabel, layout.inner * 1.8, 12), { size: 12, fill: palette.muted, anchor: 'middle' }, rtl);
        out.push(
          el('g', { transform: `translate(${num(placed.x + size / 2)} ${num(placed.y + size / 2)}) scale(${num(scale)})` }, arcs + total),
        );
      }

      // The legend beside the chart: swatch, region, figure ("27 (47%)").
      const legendLeft = chartWidth + gap;
      const legendWidth = box.width - legendLeft;
      const count = Math.max(1, model.slices.length);
      // One line per region: swatch, name, figure; as large as fits (in em: swatch 0.9, gaps 0.6 and 1).
      const nameEm = Math.max(...model.slices.map((slice) => measureText(slice.label, 1)));
      const figureEm = Math.max(...model.slices.map((slice) => measureText(slice.figure, 1, 700)));
      const size = Math.max(10, Math.min(30 * unit, chartHeight / (count * 1.9), legendWidth / (nameEm + figureEm + 2.5)));
      const step = size * 1.9;
      const legendTop = box.y + Math.max(0, (chartHeight - count * step) / 2);
      const swatch = size * 0.9;
      const figureWidth = figureEm * size;
      const nameWidth = Math.max(size, legendWidth - swatch - size * 0.6 - figureWidth - size);
      model.slices.forEach((slice, index) => {
        const top = legendTop + index * step;
        const baseline = top + size * 0.95;
        const swatchBox = mirrorBox(context, { x: box.x + legendLeft, y: top + size * 0.2, width: swatch, height: swatch });
        out.push(el('rect', { ...swatchBox, rx: swatch * 0.2, fill: regionColour(palette, slice.colour) }));
        const nameX = box.x + legendLeft + swatch + size * 0.6;
        // Figures in a column after the longest name.
        const nameEnd = nameX + Math.min(nameWidth, nameEm * size);
        const start = physicalAnchor('start', rtl);
        const mirror = (x: number) => (rtl ? context.width - x : x);
        out.push(textEl(mirror(nameX), baseline, fitText(slice.label, nameWidth, size), { size, fill: palette.fg, anchor: start }, rtl));
        out.push(textEl(mirror(nameEnd + size), baseline, slice.figure, { size, weight: 700, fill: palette.fg, anchor: start }, rtl));
      });
      return out.join('');
    },
  };
}
