/**
 * A scene's marks as SVG text, with presentation attributes only (no stylesheet, no classes, no custom
 * properties): what the standalone document and the command line write. Pure; no DOM.
 */
import { resolvePaint } from '../core/paint.js';
import type { Palette } from '../core/palette.js';
import type { Mark, Paint, Stroke } from '../core/scene.js';
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
  /** The marks less the labels, each background-coloured outline already cut out of what was drawn before it. */
  readonly body: string;
  readonly labels: string;
  /** Each hole as a path in the marks' own space (the chart's): a label's box, a hollow dot's inside. */
  readonly holes: readonly string[];
  /** The clip paths `body` refers to. */
  readonly clips: readonly string[];
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

/** A circle as a path (SVG 1.1's clip paths take one path of holes): two half arcs. */
function circlePath(cx: number, cy: number, r: number): string {
  return `M${round(cx - r)} ${round(cy)}a${round(r)} ${round(r)} 0 1 0 ${round(2 * r)} 0a${round(r)} ${round(r)} 0 1 0 ${round(-2 * r)} 0Z`;
}

/** A clip path that cuts `hole` out of the `area` round it (three times the file's size, wherever the chart sits). */
export function knockoutClip(id: string, hole: string, area: { readonly width: number; readonly height: number }): string {
  const { width, height } = area;
  const outer = `M${-width} ${-height}h${3 * width}v${3 * height}h${-3 * width}Z`;
  return el('clipPath', { id }, el('path', { d: outer + hole, 'clip-rule': 'evenodd' }));
}

/** `markup` inside each of the clip paths `ids`, one group each: one path of two holes would fill where they meet. */
export function clipped(markup: string, ids: readonly string[]): string {
  return ids.reduce((inner, id) => (inner ? `<g clip-path="url(#${id})">${inner}</g>` : inner), markup);
}

/**
 * `marks` for a file with no background (`background: 'transparent'`), where a halo, a hollow dot or an outline
 * painted in the theme's background would show on the slide as a light rim, disc or line: what they hide is cut away
 * instead, so the slide itself shows through — the labels drawn over the rest without a halo, each label's box and
 * each hollow dot's inside (a circle filled `bg`) a hole in what lies under it, and a circle's outline in the
 * background (the map's dots, its home dot, the selected dot's halo) a ring cut out of what was drawn before it (and
 * the dot's own edge), not out of what is drawn after it (the selected dot's ring over its halo). As a cartographer's
 * knockout halo, in clip paths: SVG 1.1 tools (Office's import) read no `<mask>`. A path's outline in the background
 * (the map's borders between countries, its members' outlines) cannot be a clip path's hole, which takes no strokes:
 * it is drawn in the frames' colour (`border`, the foreground at 18 %) instead. The map's borders lie on land only,
 * so that line is drawn on the map's own grey, never on the slide.
 */
export function knockOut(
  marks: readonly Mark[],
  context: SerializeContext,
  measure: Measure,
  area: { readonly width: number; readonly height: number },
): KnockedOut {
  const labels: string[] = [];
  const holes: string[] = [];
  const clips: string[] = [];
  const isBackground = (paint: Paint | undefined) => paint !== undefined && resolvePaint(paint, context.palette) === context.palette.bg;
  // Each mark's markup, and the rings (clip paths' ids) to cut out of what was drawn before it.
  const sequence = (children: readonly Mark[], at: { s: number; x: number; y: number } | undefined) => {
    let markup = '';
    const cuts: string[] = [];
    for (const child of children) {
      const drawn = visit(child, at);
      markup = clipped(markup, drawn.cuts) + drawn.markup;
      cuts.push(...drawn.cuts);
    }
    return { markup, cuts };
  };
  const visit = (mark: Mark, at: { s: number; x: number; y: number } | undefined): { markup: string; cuts: string[] } => {
    if (mark.kind === 'group') {
      const inner = sequence(mark.children, at && compose(at, mark.transform));
      return { markup: groupMarkup(mark, inner.markup), cuts: inner.cuts };
    }
    // Under a transform this cannot follow (none in the scenes), as on the page: the halo and the dot's fill.
    if (!at) return { markup: serializeMark(mark, context), cuts: [] };
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
      return { markup: '', cuts: [] };
    }
    let drawn: Mark = mark;
    if (mark.kind === 'circle' && mark.fill === 'bg') {
      const r = (mark.r - (mark.stroke ? (mark.strokeWidth ?? 1) / 2 : 0)) * at.s;
      if (r > 0) holes.push(circlePath(at.x + mark.cx * at.s, at.y + mark.cy * at.s, r));
      drawn = { ...mark, fill: 'none' };
    }
    if (drawn.kind === 'text' || !isBackground(drawn.stroke)) return { markup: serializeMark(drawn, context), cuts: [] };
    // A ring's clip path is in the chart's space, which is each enclosing group's only where none moves it.
    if (drawn.kind !== 'circle' || at.s !== 1 || at.x !== 0 || at.y !== 0)
      return { markup: serializeMark({ ...drawn, stroke: 'border' }, context), cuts: [] };
    const half = (drawn.strokeWidth ?? 1) / 2;
    const id = `netreach-knockout-${clips.length}`;
    const inside = drawn.r - half > 0 ? circlePath(drawn.cx, drawn.cy, drawn.r - half) : '';
    clips.push(knockoutClip(id, circlePath(drawn.cx, drawn.cy, drawn.r + half) + inside, area));
    const filled = drawn.fill !== undefined && drawn.fill !== 'none';
    return { markup: filled ? clipped(serializeMark({ ...drawn, stroke: undefined }, context), [id]) : '', cuts: [id] };
  };
  const body = sequence(marks, { s: 1, x: 0, y: 0 }).markup;
  return { body, labels: labels.join(''), holes, clips };
}
