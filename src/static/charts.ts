/**
 * The stat and trend widgets as static SVG (bars and regions are drawn from their scenes: src/bars/bars.scene.ts,
 * src/regions/regions.scene.ts): the elements' own models and layouts (`statModel`, `trendData`/`trendLayout`),
 * drawn with presentation attributes instead of the elements' stylesheets, and scaled to the slide.
 * Pure; no DOM.
 */
import { chartSources, BARS_FONT_SIZE } from '../core/bars-model.js';
import { formatYear } from '../core/locale.js';
import { mixSrgb } from '../core/palette.js';
import { sparklinePath } from '../core/sparkline.js';
import { statModel } from '../core/stat-model.js';
import { defaultTrendMetric, trendData, trendLayout } from '../core/trend-model.js';
import { COUNTRIES_METRIC } from '../core/types.js';
import type { Box, StaticContext, StaticWidget } from './context.js';
import { el, fitText, measureText, num, physicalAnchor, textEl } from './svg.js';

/** The chart text size of the elements (the trend's as the bars'), in their own units. */
const CHART_FONT = BARS_FONT_SIZE;

function option(context: StaticContext, name: string): string | undefined {
  const value = context.options[name];
  return value === undefined ? undefined : String(value);
}

// ---------------------------------------------------------------------------------------------------------
// Stat

export function statWidget(context: StaticContext): StaticWidget {
  const { dataset, locale, rtl, palette, unit } = context;
  const metric = context.metric ?? COUNTRIES_METRIC;
  const model = statModel(dataset, metric, locale)!;
  return {
    title: model.label,
    sources: model.source ? [model.source] : chartSources(dataset),
    draw(box) {
      const out: string[] = [];
      const startX = rtl ? box.x + box.width : box.x;
      const anchor = physicalAnchor('start', rtl);
      // The figure as large as fits: at most 42 % of the box's height, and never wider than the box.
      const size = Math.max(12, Math.min(box.height * 0.42, 170 * unit, box.width / Math.max(0.5, measureText(model.short, 1, 700))));
      let y = box.y + size * 0.92;
      out.push(textEl(startX, y, model.short, { size, weight: 700, fill: palette.fg, anchor }, rtl));
      // What the figure says in words ("more than 30 million"), and the year of the figure.
      const lineSize = 26 * unit;
      // Room for descenders: Persian and Arabic figures ("۳۰ میلیون") reach well below the baseline.
      y += size * 0.3;
      if (model.value !== null && model.long !== model.short) {
        y += lineSize * 1.4;
        const year = model.year === undefined ? '' : ` (${formatYear(model.year, locale)})`;
        out.push(
          textEl(startX, y, fitText(`${model.long}${year}`, box.width, lineSize), { size: lineSize, fill: palette.muted, anchor }, rtl),
        );
      }
      if (model.growth) {
        y += lineSize * 1.6;
        out.push(textEl(startX, y, model.growth, { size: lineSize, weight: 600, fill: palette.accent, anchor }, rtl));
      }
      const sparkTop = y + 30 * unit;
      const yearSize = 16 * unit;
      const sparkHeight = Math.min(110 * unit, box.y + box.height - sparkTop - yearSize * 1.8);
      if (model.series.length >= 2 && sparkHeight >= 16 * unit) {
        const sparkWidth = Math.min(box.width * 0.5, 440 * unit);
        const left = rtl ? box.x + box.width - sparkWidth : box.x;
        const d = sparklinePath(model.series, sparkWidth, sparkHeight, rtl);
        const stroke = 3 * unit;
        const first = model.series[0]!;
        const last = model.series[model.series.length - 1]!;
        const max = Math.max(...model.series.map((point) => point.value)) || 1;
        const endX = rtl ? 0 : sparkWidth;
        const startPointX = rtl ? sparkWidth : 0;
        const endY = sparkHeight - (last.value / max) * sparkHeight;
        out.push(
          el(
            'g',
            { transform: `translate(${num(left)} ${num(sparkTop)})` },
            el('path', {
              d,
              fill: 'none',
              stroke: palette.accent,
              'stroke-width': stroke,
              'stroke-linejoin': 'round',
              'stroke-linecap': 'round',
            }) +
              el('circle', { cx: endX, cy: endY, r: stroke * 1.6, fill: palette.accent }) +
              textEl(
                startPointX,
                sparkHeight + yearSize * 1.4,
                formatYear(first.year, locale),
                { size: yearSize, fill: palette.muted, anchor: rtl ? 'end' : 'start' },
                rtl,
              ) +
              textEl(
                endX,
                sparkHeight + yearSize * 1.4,
                formatYear(last.year, locale),
                { size: yearSize, fill: palette.muted, anchor: rtl ? 'start' : 'end' },
                rtl,
              ),
          ),
        );
      }
      return out.join('');
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Trend

const DOT_RADIUS = 4.5;

export function trendWidget(context: StaticContext): StaticWidget {
  const { dataset, locale, rtl, palette, unit } = context;
  const metric = context.metric ?? defaultTrendMetric(dataset);
  const data = trendData(dataset, metric, locale);
  return {
    title: data.label,
    sources: data.sources.length ? data.sources : chartSources(dataset),
    draw(box: Box) {
      if (data.points.length === 0) {
        const size = 24 * unit;
        return textEl(
          rtl ? box.x + box.width : box.x,
          box.y + size * 1.5,
          fitText(data.summary, box.width, size),
          { size, fill: palette.muted, anchor: physicalAnchor('start', rtl) },
          rtl,
        );
      }
      const scale = Math.max(0.5, 1.5 * unit);
      const layout = trendLayout(data, {
        width: box.width / scale,
        height: box.height / scale,
        locale,
        rtl,
        type: option(context, 'type') === 'area' ? 'area' : 'line',
      });
      const { plot } = layout;
      const hairline = 1 / Math.min(scale, 2);
      const grid = layout.yTicks
        .map(
          (tick) =>
            el('line', {
              x1: plot.left,
              x2: plot.right,
              y1: tick.position,
              y2: tick.position,
              stroke: tick.value === 0 ? mixSrgb(palette.fg, palette.bg, 0.45) : palette.border,
              'stroke-width': hairline,
            }) +
            textEl(
              layout.yLabelX,
              tick.position + CHART_FONT * 0.32,
              tick.label,
              { size: CHART_FONT, fill: palette.muted, anchor: rtl ? 'start' : 'end' },
              rtl,
            ),
        )
        .join('');
      const xAxis = layout.xTicks
        .map((tick) =>
          textEl(tick.position, plot.bottom + 18, tick.label, { size: CHART_FONT, fill: palette.muted, anchor: 'middle' }, rtl),
        )
        .join('');
      const area = layout.area ? el('path', { d: layout.area, fill: palette.accent, 'fill-opacity': 0.18 }) : '';
      const line = el('path', {
        d: layout.line,
        fill: 'none',
        stroke: palette.accent,
        'stroke-width': 2.5,
        'stroke-linejoin': 'round',
        'stroke-linecap': 'round',
      });
      const points = layout.points
        .map(
          (point) =>
            el('circle', { cx: point.x, cy: point.y, r: DOT_RADIUS, fill: palette.bg, stroke: palette.accent, 'stroke-width': 2.5 }) +
            (point.labelled
              ? textEl(
                  point.x,
                  point.y - 11,
                  point.short,
                  { size: CHART_FONT, weight: 600, fill: palette.fg, anchor: 'middle', halo: palette.bg },
                  rtl,
                )
              : ''),
        )
        .join('');
      return el('g', { transform: `translate(${num(box.x)} ${num(box.y)}) scale(${num(scale)})` }, grid + xAxis + area + line + points);
    },
  };
}
