/**
 * A scene's marks as SVG text, with presentation attributes only (no stylesheet, no classes, no custom
 * properties): what the standalone document and the command line write. Pure; no DOM.
 */
import { resolvePaint } from '../core/paint.js';
import type { Palette } from '../core/palette.js';
import type { Mark, Stroke } from '../core/scene.js';
import { el, escapeXml, textContent, type Attributes } from '../static/svg.js';

export interface SerializeContext {
  readonly palette: Palette;
  readonly rtl: boolean;
}

function strokeAttributes(mark: Stroke & { opacity?: number }, context: SerializeContext) {
  return {
    fill: resolvePaint(mark.fill, context.palette) ?? 'none',
    stroke: resolvePaint(mark.stroke, context.palette),
    'stroke-width': mark.stroke ? mark.strokeWidth : undefined,
    'stroke-dasharray': mark.dash,
    opacity: mark.opacity,
  };
}

/** One mark and its children as SVG markup. */
export function serializeMark(mark: Mark, context: SerializeContext): string {
  switch (mark.kind) {
    case 'rect':
      return el('rect', {
        x: mark.x,
        y: mark.y,
        width: Math.max(0, mark.width),
        height: Math.max(0, mark.height),
        rx: mark.rx,
        ...strokeAttributes(mark, context),
      });
    case 'path':
      return el('path', { d: mark.d, ...strokeAttributes(mark, context) });
    case 'circle':
      return el('circle', { cx: mark.cx, cy: mark.cy, r: mark.r, ...strokeAttributes(mark, context) });
    case 'line':
      return el('line', { x1: mark.x1, y1: mark.y1, x2: mark.x2, y2: mark.y2, ...strokeAttributes(mark, context) });
    case 'text': {
      const halo = resolvePaint(mark.halo, context.palette);
      const content = textContent(mark.text, context.rtl);
      const text = (paint: Attributes) =>
        el(
          'text',
          {
            x: mark.x,
            y: mark.y,
            'font-size': mark.size,
            'font-weight': mark.weight && mark.weight !== 400 ? mark.weight : undefined,
            'font-style': mark.italic ? 'italic' : undefined,
            ...paint,
            'text-anchor': mark.anchor && mark.anchor !== 'start' ? mark.anchor : undefined,
          },
          content,
        );
      const glyphs = text({ fill: resolvePaint(mark.fill ?? 'fg', context.palette), opacity: halo ? undefined : mark.opacity });
      // A halo is the same text stroked, drawn first, rather than `paint-order` (SVG 2), which SVG 1.1 tools (Office's
      // import among them) do not read: they drew the stroke over the glyphs. The pair grouped, so that an opacity is
      // the pair's, as `paint-order` draws it.
      return halo
        ? el(
            'g',
            { opacity: mark.opacity },
            text({ fill: 'none', stroke: halo, 'stroke-width': mark.size / 4, 'stroke-linejoin': 'round' }) + glyphs,
          )
        : glyphs;
    }
    case 'group': {
      const title = mark.item ? el('title', {}, escapeXml(mark.item.label)) : '';
      const children = mark.children.map((child) => serializeMark(child, context)).join('');
      const clip = mark.clip;
      const body = clip
        ? el('clipPath', { id: clip.id }, el('rect', { width: clip.width, height: clip.height })) +
          el('g', { 'clip-path': `url(#${clip.id})` }, children)
        : children;
      return el('g', { transform: mark.transform, opacity: mark.opacity }, title + body);
    }
  }
}

export function serializeMarks(marks: readonly Mark[], context: SerializeContext): string {
  return marks.map((mark) => serializeMark(mark, context)).join('');
}
