/**
 * A scene's marks as SVG text, with presentation attributes only (no stylesheet, no classes, no custom
 * properties): what the standalone document and the command line write. Pure; no DOM.
 */
import { resolvePaint } from '../core/paint.js';
import type { Palette } from '../core/palette.js';
import type { Mark, Stroke } from '../core/scene.js';
import { el, escapeXml, textContent, type Attributes, type Measure } from '../static/svg.js';

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
    case 'group':
      return groupMarkup(mark, mark.children.map((child) => serializeMark(child, context)).join(''));
  }
}

/** A group's element around its children's markup: its item's title, its clip, its transform and opacity. */
function groupMarkup(mark: Extract<Mark, { kind: 'group' }>, children: string): string {
  const title = mark.item ? el('title', {}, escapeXml(mark.item.label)) : '';
  const clip = mark.clip;
  const body = clip
    ? el('clipPath', { id: clip.id }, el('rect', { width: clip.width, height: clip.height })) +
      el('g', { 'clip-path': `url(#${clip.id})` }, children)
    : children;
  return el('g', { transform: mark.transform, opacity: mark.opacity }, title + body);
}

export function serializeMarks(marks: readonly Mark[], context: SerializeContext): string {
  return marks.map((mark) => serializeMark(mark, context)).join('');
}

/** What a transparent file draws: its marks less the labels, the labels, and the holes the slide shows through. */
export interface KnockedOut {
  readonly body: string;
  readonly labels: string;
  /** Each hole as a path in the marks' own space (the chart's): a label's box, a hollow dot's inside. */
  readonly holes: readonly string[];
}

/** A group's transform (`translate(x y)`, `scale(k)`, in any sequence) applied after `outer`; undefined for others. */
function compose(outer: { s: number; x: number; y: number }, transform: string | undefined) {
  if (!transform) return outer;
  let { s, x, y } = outer;
  for (const [, op, args] of transform.matchAll(/(\w+)\(([^)]*)\)/g)) {
    const [a = 0, b = 0] = args!
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (op === 'translate') [x, y] = [x + s * a, y + s * b];
    else if (op === 'scale' && args!.trim().split(/[\s,]+/).length === 1) s *= a;
    else return undefined;
  }
  return { s, x, y };
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * `marks` for a file with no background (`background: 'transparent'`), where a halo or a hollow dot painted in the
 * theme's background would show on the slide as a light rim or disc: what they hide is cut away instead, so the slide
 * itself shows through — the labels drawn over the rest without a halo, each label's box and each hollow dot's
 * inside (a circle filled `bg`) a hole in what lies under it. As a cartographer's knockout halo, in clip paths: SVG
 * 1.1 tools (Office's import) read no `<mask>`.
 */
export function knockOut(marks: readonly Mark[], context: SerializeContext, measure: Measure): KnockedOut {
  const labels: string[] = [];
  const holes: string[] = [];
  const visit = (mark: Mark, at: { s: number; x: number; y: number } | undefined): string => {
    if (mark.kind === 'group') {
      const inner = at && compose(at, mark.transform);
      return groupMarkup(mark, mark.children.map((child) => visit(child, inner)).join(''));
    }
    // Under a transform this cannot follow (none in the scenes), as on the page: the halo and the dot's fill.
    if (!at) return serializeMark(mark, context);
    if (mark.kind === 'text' && mark.halo) {
      const label = { ...mark, halo: undefined };
      labels.push(el('g', { transform: `translate(${round(at.x)} ${round(at.y)}) scale(${at.s})` }, serializeMark(label, context)));
      // The box the halo covered: the text's advance, its ascent and descent, and half the halo's width round them.
      const width = measure(mark.text, mark.size, mark.weight ?? 400);
      const pad = mark.size / 8;
      const left = mark.x - (mark.anchor === 'middle' ? width / 2 : mark.anchor === 'end' ? width : 0) - pad;
      const top = mark.y - mark.size * 0.8 - pad;
      const [w, h] = [(width + 2 * pad) * at.s, (mark.size * 1.05 + 2 * pad) * at.s];
      holes.push(`M${round(at.x + left * at.s)} ${round(at.y + top * at.s)}h${round(w)}v${round(h)}h${round(-w)}Z`);
      return '';
    }
    if (mark.kind === 'circle' && mark.fill === 'bg') {
      const r = (mark.r - (mark.stroke ? (mark.strokeWidth ?? 1) / 2 : 0)) * at.s;
      const [cx, cy] = [at.x + mark.cx * at.s, at.y + mark.cy * at.s];
      if (r > 0)
        holes.push(
          `M${round(cx - r)} ${round(cy)}a${round(r)} ${round(r)} 0 1 0 ${round(2 * r)} 0a${round(r)} ${round(r)} 0 1 0 ${round(-2 * r)} 0Z`,
        );
      return serializeMark({ ...mark, fill: 'none' }, context);
    }
    return serializeMark(mark, context);
  };
  const body = marks.map((mark) => visit(mark, { s: 1, x: 0, y: 0 })).join('');
  return { body, labels: labels.join(''), holes };
}
