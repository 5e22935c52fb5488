/**
 * The map as static SVG: `mapModel()` for colours, legend and sources, the world geometry (`loadWorld()`) and
 * `projectWorld()` for the paths, as `<netreach-map>` draws them; the legend below the map.
 * Pure apart from loading the geometry module; no DOM.
 */
import { chartSources } from '../core/bars-model.js';
import { mapModel, needsMapSymbol, projectionName, type MapMode, type MapModel } from '../core/map-model.js';
import { msg } from '../core/i18n.js';
import { regionName } from '../core/names.js';
import { regionColour, shadeColour, type Palette } from '../core/palette.js';
import { naturalAspect, projectWorld } from '../geo/projection.js';
import { loadWorld } from '../geo/world.js';
import type { Box, StaticContext, StaticWidget } from './context.js';
import { el, fitText, measureText, physicalAnchor, textEl } from './svg.js';

const HATCH_ID = 'netreach-hatch';

/** The fill of a map colour class (`r1`…`r6`, `q0`…`q4`, `nodata`), as the map's stylesheet paints it. */
export function mapFill(palette: Palette, colour: string): string {
  if (colour === 'nodata') return `url(#${HATCH_ID})`;
  const slot = Number(colour.slice(1));
  if (colour.startsWith('r')) return regionColour(palette, slot);
  if (colour.startsWith('q')) return shadeColour(palette, slot);
  return palette.land;
}

interface LegendItem {
  colour: string;
  label: string;
  /** Logical x (from the start edge of the legend) and line index. */
  x: number;
  line: number;
}

/** The legend's title and entries flowed into lines no wider than `width` (logical coordinates). */
function flowLegend(model: MapModel, width: number, size: number): { titleWidth: number; items: LegendItem[]; lines: number } {
  const swatch = size * 1.4;
  const titleWidth = measureText(model.legend.title, size, 600) + size;
  let x = titleWidth;
  let line = 0;
  const items: LegendItem[] = [];
  for (const entry of model.legend.entries) {
    const entryWidth = swatch + size * 0.4 + measureText(entry.label, size);
    if (x > 0 && x + entryWidth > width) {
      line += 1;
      x = 0;
    }
    items.push({ colour: entry.colour, label: entry.label, x, line });
    x += entryWidth + size * 1.2;
  }
  return { titleWidth, items, lines: line + 1 };
}

export function mapWidget(context: StaticContext): StaticWidget {
  const { dataset, locale, rtl, palette, unit } = context;
  const option = (name: string) => (context.options[name] === undefined ? undefined : String(context.options[name]));
  const region = option('region');
  const mode: MapMode = option('mode') === 'reach' ? 'reach' : 'default';
  const model = mapModel(dataset, { locale, metric: context.metric, region, mode, home: option('home') });
  const zoomed = Boolean(region && dataset.regions.some((entry) => entry.id === region));
  const title = model.metricLabel ?? msg(locale, 'countries');
  return {
    title: zoomed ? `${title} — ${regionName(dataset, region!, locale)}` : title,
    sources: model.source ? [model.source] : chartSources(dataset),
    async draw(box: Box, defs: string[]) {
      const world = await loadWorld();
      const projection = projectionName(option('projection'));
      const focus = zoomed ? model.codes : [];

      const size = 18 * unit;
      const legend = flowLegend(model, box.width, size);
      const legendHeight = legend.lines * size * 1.8;
      const room = { width: box.width, height: Math.max(10, box.height - legendHeight - size) };
      const aspect = naturalAspect(world, projection, focus);
      const width = Math.round(Math.min(room.width, room.height * aspect));
      const height = Math.round(Math.min(room.height, width / aspect));
      const left = box.x + (box.width - width) / 2;
      const projected = projectWorld(world, { projection, width, height, focus }, model.codes);

      const line = palette.bg;
      const strokeWidth = 0.6 * Math.max(1, width / 1000);
      const radius = Math.min(5, Math.max(2.5, width / 180)) * Math.max(1, unit * 0.75);
      defs.push(
        el(
          'pattern',
          { id: HATCH_ID, patternUnits: 'userSpaceOnUse', width: 5 * unit, height: 5 * unit, patternTransform: 'rotate(45)' },
          el('rect', { width: 5 * unit, height: 5 * unit, fill: palette.land }) +
            el('line', { x1: 0, y1: 0, x2: 0, y2: 5 * unit, stroke: palette.fg, 'stroke-opacity': 0.55, 'stroke-width': 1.4 * unit }),
        ),
      );

      const out: string[] = [];
      if (projected.outline) {
        out.push(el('path', { d: projected.outline, fill: palette.fg, 'fill-opacity': 0.03, stroke: palette.border }));
      }
      out.push(el('path', { d: projected.land, fill: palette.land }));
      out.push(el('path', { d: projected.borders, fill: 'none', stroke: line, 'stroke-width': strokeWidth, 'stroke-linejoin': 'round' }));

      const shapes: string[] = [];
      const symbols: string[] = [];
      for (const member of model.members) {
        const shape = projected.shape(member.country);
        const anchor = projected.point(member.country) ?? projected.centroid(member.country);
        if (!anchor) continue; // on the far side of the globe, or unknown to the geometry
        const fill = mapFill(palette, member.colour);
        if (needsMapSymbol(shape?.area)) {
          symbols.push(
            el('circle', { cx: anchor[0], cy: anchor[1], r: radius, fill, stroke: line, 'stroke-width': Math.max(1, unit * 0.6) }),
          );
        } else {
          shapes.push(el('path', { d: shape!.d, fill, stroke: line, 'stroke-width': strokeWidth, 'stroke-linejoin': 'round' }));
        }
      }
      out.push(el('g', {}, shapes.join('')));
      if (model.reach) {
        const arcs = model.reach.targets
          .map((target) => projected.arc(model.reach!.home, target))
          .filter(Boolean)
          .map((d) =>
            el('path', {
              d,
              fill: 'none',
              stroke: palette.accent,
              'stroke-width': 1.2 * Math.max(1, unit * 0.75),
              'stroke-opacity': 0.75,
              'stroke-linecap': 'round',
            }),
          );
        out.push(el('g', {}, arcs.join('')));
      }
      out.push(el('g', {}, symbols.join('')));
      if (model.reach) {
        const origin = projected.point(model.reach.home);
        if (origin)
          out.push(el('circle', { cx: origin[0], cy: origin[1], r: radius + 1, fill: palette.accent, stroke: line, 'stroke-width': 1.5 }));
      }

      // Clipped to the map's box: a zoomed map's neighbours reach past it.
      defs.push(el('clipPath', { id: 'netreach-map-clip' }, el('rect', { width, height })));
      const map = el(
        'g',
        { transform: `translate(${Math.round(left)} ${Math.round(box.y)})` },
        el('g', { 'clip-path': 'url(#netreach-map-clip)' }, out.join('')),
      );

      // The legend: its title, then swatches with labels, flowing from the start edge.
      const legendTop = box.y + height + size;
      const mirror = (x: number) => (rtl ? context.width - x : x);
      const start = physicalAnchor('start', rtl);
      const swatch = size * 1.4;
      const legendOut: string[] = [
        textEl(
          mirror(box.x),
          legendTop + size,
          fitText(model.legend.title, box.width, size, 600),
          { size, weight: 600, fill: palette.fg, anchor: start },
          rtl,
        ),
      ];
      for (const item of legend.items) {
        const top = legendTop + item.line * size * 1.8;
        const x = box.x + item.x;
        legendOut.push(
          el('rect', {
            x: rtl ? context.width - x - swatch : x,
            y: top + size * 0.2,
            width: swatch,
            height: size,
            rx: size * 0.15,
            fill: mapFill(palette, item.colour),
          }),
        );
        legendOut.push(textEl(mirror(x + swatch + size * 0.4), top + size, item.label, { size, fill: palette.fg, anchor: start }, rtl));
      }
      return map + legendOut.join('');
    },
  };
}
