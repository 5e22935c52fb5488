/**
 * A scene's marks as Lit SVG templates: the page's renderer of what `src/scene/svg.ts` writes to files. Paints
 * become the theme's custom properties (so pages can restyle them); items become focusable, labelled groups
 * that the roving-focus and tooltip controllers find by `data-item`.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { cssPaint, type Mark, type Stroke } from '../core/scene.js';
import { cssomStyle } from './cssom-style.js';

export interface MarkRenderOptions {
  /**
   * The ARIA role of items (`option` inside a listbox, `img` on a map, …). Without one, items are plain groups
   * with no name either (ARIA allows none on a group without a role): parts of a picture whose whole is named.
   */
  readonly itemRole?: string;
  /** The id of the item that holds the roving tab stop: it alone gets `tabindex="0"`. */
  readonly activeId?: string;
  /**
   * Whether the SVG sits in a right-to-left context. Scenes give physical anchors (`start` is the left edge), but
   * under `direction: rtl` browsers read `text-anchor` logically, which also orders the text as a right-to-left
   * paragraph (what the files get from an embedding): so `start` and `end` are swapped here.
   */
  readonly rtl?: boolean;
}

const LOGICAL = { start: 'end', middle: 'middle', end: 'start' } as const;

const value = <T>(v: T | undefined) => (v === undefined ? nothing : v);

/**
 * Styles go through the CSS object model (`cssomStyle`), never a `style` attribute: a strict CSP without
 * `'unsafe-inline'` blocks style attributes but not CSSOM.
 */
function paintStyle(mark: Stroke): ReturnType<typeof cssomStyle> {
  const style: Record<string, string> = { fill: cssPaint(mark.fill) ?? 'none' };
  const stroke = cssPaint(mark.stroke);
  if (stroke) Object.assign(style, { stroke, 'stroke-width': `${mark.strokeWidth ?? 1}px` });
  if (mark.dash) style['stroke-dasharray'] = mark.dash;
  return cssomStyle(style);
}

function renderMark(mark: Mark, options: MarkRenderOptions): SVGTemplateResult {
  switch (mark.kind) {
    case 'rect':
      return svg`<rect class=${value(mark.class)} x=${mark.x} y=${mark.y} width=${Math.max(0, mark.width)} height=${Math.max(0, mark.height)} rx=${value(mark.rx)} opacity=${value(mark.opacity)} ${paintStyle(mark)}></rect>`;
    case 'path':
      return svg`<path class=${value(mark.class)} d=${mark.d} opacity=${value(mark.opacity)} ${paintStyle(mark)}></path>`;
    case 'circle':
      return svg`<circle class=${value(mark.class)} cx=${mark.cx} cy=${mark.cy} r=${mark.r} opacity=${value(mark.opacity)} ${paintStyle(mark)}></circle>`;
    case 'line':
      return svg`<line class=${value(mark.class)} x1=${mark.x1} y1=${mark.y1} x2=${mark.x2} y2=${mark.y2} opacity=${value(mark.opacity)} ${paintStyle(mark)}></line>`;
    case 'text': {
      const halo = cssPaint(mark.halo);
      const info: Record<string, string> = { fill: cssPaint(mark.fill ?? 'fg')!, 'font-size': `${mark.size}px` };
      if (mark.weight && mark.weight !== 400) info['font-weight'] = String(mark.weight);
      if (mark.italic) info['font-style'] = 'italic';
      if (halo)
        Object.assign(info, { stroke: halo, 'stroke-width': `${mark.size / 4}px`, 'stroke-linejoin': 'round', 'paint-order': 'stroke' });
      const anchor = options.rtl ? LOGICAL[mark.anchor ?? 'start'] : (mark.anchor ?? 'start');
      return svg`<text class=${value(mark.class)} x=${mark.x} y=${mark.y} text-anchor=${value(anchor === 'start' ? undefined : anchor)} opacity=${value(mark.opacity)} ${cssomStyle(info)}>${mark.text}</text>`;
    }
    case 'group': {
      const children = mark.children.map((child) => renderMark(child, options));
      const item = mark.item;
      if (!item)
        return svg`<g class=${value(mark.class)} transform=${value(mark.transform)} opacity=${value(mark.opacity)}>${children}</g>`;
      // Words apart: an item's texts ("Pakistan", "1") read as "Pakistan 1", as its accessible name has them.
      const spaced = children.map((child) => svg`${child} `);
      return svg`<g class=${`item ${mark.class ?? ''}`.trim()} data-item=${item.id} role=${value(options.itemRole)}
        aria-label=${options.itemRole ? item.label : nothing} aria-selected=${options.itemRole === 'option' ? String(Boolean(item.selected)) : nothing}
        tabindex=${options.activeId === undefined ? nothing : options.activeId === item.id ? '0' : '-1'}
        transform=${value(mark.transform)} opacity=${value(mark.opacity)}>${spaced}</g>`;
    }
  }
}

export function renderMarks(marks: readonly Mark[], options: MarkRenderOptions = {}): SVGTemplateResult[] {
  return marks.map((mark) => renderMark(mark, options));
}
