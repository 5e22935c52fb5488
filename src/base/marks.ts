/**
 * A scene's marks drawn into an SVG element as plain DOM: the page's renderer of what `src/scene/svg.ts` writes to
 * files. Paints become the theme's custom properties (so pages can restyle them); items become focusable, labelled
 * groups that the roving-focus and tooltip controllers find by `data-item`.
 *
 * Not Lit templates: a mark there was a template instance with a dozen parts and a style directive, so a 57-bar
 * chart made about 2,000 parts and its first render cost more than the bare d3 page's whole drawing (`npm run
 * bench`). Here a mark is one element whose attributes are written when they differ from what was last written;
 * a re-render with the same marks writes nothing.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { cssPaint, type Mark, type Stroke } from '../core/scene.js';

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
  /**
   * The page's stylesheet paints the marks by their classes, as the map's and the bars' do (so that a page's theme
   * and forced colours reach every mark, and the browser can share the marks' computed styles): no paint or text
   * styles and no opacity are written.
   */
  readonly byClass?: boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LOGICAL = { start: 'end', middle: 'middle', end: 'start' } as const;

type Styles = Record<string, string>;
/** What was last written to a node: its attributes, its styles and its text. */
interface Written {
  attributes: Map<string, string>;
  styles: Styles;
  text?: string;
}
const writtenTo = new WeakMap<Element, Written>();

/**
 * Styles go through the CSS object model, never a `style` attribute: a strict CSP without `'unsafe-inline'`
 * blocks style attributes but not CSSOM.
 */
function paintStyle(mark: Stroke): Styles {
  const style: Styles = { fill: cssPaint(mark.fill) ?? 'none' };
  const stroke = cssPaint(mark.stroke);
  if (stroke) Object.assign(style, { stroke, 'stroke-width': `${mark.strokeWidth ?? 1}px` });
  if (mark.dash) style['stroke-dasharray'] = mark.dash;
  return style;
}

function textStyle(mark: Extract<Mark, { kind: 'text' }>): Styles {
  const style: Styles = { fill: cssPaint(mark.fill ?? 'fg')!, 'font-size': `${mark.size}px` };
  if (mark.weight && mark.weight !== 400) style['font-weight'] = String(mark.weight);
  if (mark.italic) style['font-style'] = 'italic';
  const halo = cssPaint(mark.halo);
  if (halo)
    Object.assign(style, { stroke: halo, 'stroke-width': `${mark.size / 4}px`, 'stroke-linejoin': 'round', 'paint-order': 'stroke' });
  return style;
}

/** Writes `mark` onto `node` (an element of the mark's tag), then its children. */
function write(node: Element, mark: Mark, options: MarkRenderOptions): void {
  let written = writtenTo.get(node);
  if (!written) writtenTo.set(node, (written = { attributes: new Map(), styles: {} }));
  const { attributes } = written;
  const set = (name: string, value: string | number | undefined) => {
    const text = value === undefined ? undefined : String(value);
    if (attributes.get(name) === text) return;
    if (text === undefined) {
      attributes.delete(name);
      node.removeAttribute(name);
    } else {
      attributes.set(name, text);
      node.setAttribute(name, text);
    }
  };
  const style = (next: Styles) => {
    if (options.byClass) return;
    const css = (node as SVGElement).style;
    for (const name in written.styles) if (!(name in next)) css.removeProperty(name);
    for (const name in next) if (next[name] !== written.styles[name]) css.setProperty(name, next[name]!);
    written.styles = next;
  };
  // In the order the templates wrote them (class, part, aria-hidden, geometry, opacity): the same serialisation.
  const common = (className: string | undefined) => {
    set('class', className);
    set('part', mark.part);
    set('aria-hidden', mark.decorative ? 'true' : undefined);
  };
  const opacity = () => set('opacity', options.byClass ? undefined : mark.opacity);
  switch (mark.kind) {
    case 'rect':
      common(mark.class);
      set('x', mark.x);
      set('y', mark.y);
      set('width', Math.max(0, mark.width));
      set('height', Math.max(0, mark.height));
      set('rx', mark.rx);
      opacity();
      return style(paintStyle(mark));
    case 'path':
      common(mark.class);
      set('d', mark.d);
      set('pathLength', mark.pathLength);
      opacity();
      return style(paintStyle(mark));
    case 'circle':
      common(mark.class);
      set('cx', mark.cx);
      set('cy', mark.cy);
      set('r', mark.r);
      opacity();
      return style(paintStyle(mark));
    case 'line':
      common(mark.class);
      set('x1', mark.x1);
      set('y1', mark.y1);
      set('x2', mark.x2);
      set('y2', mark.y2);
      opacity();
      return style(paintStyle(mark));
    case 'text': {
      const anchor = options.rtl ? LOGICAL[mark.anchor ?? 'start'] : (mark.anchor ?? 'start');
      common(mark.class);
      set('x', mark.x);
      set('y', mark.y);
      set('text-anchor', anchor === 'start' ? undefined : anchor);
      opacity();
      style(textStyle(mark));
      if (written.text !== mark.text) node.textContent = written.text = mark.text;
      return;
    }
    case 'group': {
      const item = mark.item;
      const role = item ? options.itemRole : undefined;
      common(item ? `item ${mark.class ?? ''}`.trim() : mark.class);
      set('data-item', item?.id);
      set('role', role);
      set('aria-label', role ? item!.label : undefined);
      set('aria-selected', item && role === 'option' ? String(Boolean(item.selected)) : undefined);
      set('tabindex', item && options.activeId !== undefined ? (options.activeId === item.id ? '0' : '-1') : undefined);
      set('transform', mark.transform);
      opacity();
      // Words apart in an item: its texts ("Pakistan", "1") read as "Pakistan 1", as its accessible name has them.
      return syncMarks(node, mark.children, options, Boolean(item));
    }
  }
}

/**
 * Draws `marks` as the children of `parent`, reusing the element at each position when it has the mark's tag.
 * `spaced` puts a space after each child (an item's children).
 */
export function syncMarks(parent: Element, marks: readonly Mark[], options: MarkRenderOptions = {}, spaced = false): void {
  let next: ChildNode | null = parent.firstChild;
  for (const mark of marks) {
    const tag = mark.kind === 'group' ? 'g' : mark.kind;
    let node: Element;
    if (next?.nodeType === Node.ELEMENT_NODE && (next as Element).localName === tag) {
      node = next as Element;
    } else {
      node = document.createElementNS(SVG_NS, tag);
      parent.insertBefore(node, next);
    }
    next = node.nextSibling;
    write(node, mark, options);
    if (spaced) {
      if (next?.nodeType === Node.TEXT_NODE) next = next.nextSibling;
      else parent.insertBefore(document.createTextNode(' '), next);
    }
  }
  while (next) {
    const after: ChildNode | null = next.nextSibling;
    next.remove();
    next = after;
  }
}

class DrawMarks extends Directive {
  #last?: { marks: readonly Mark[] } & MarkRenderOptions;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('drawMarks() goes on an element: <svg ${drawMarks(marks)}>');
  }

  render(_marks: readonly Mark[], _options?: MarkRenderOptions): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [marks, options = {}]: [readonly Mark[], MarkRenderOptions?]): typeof noChange {
    const last = this.#last;
    // The same marks drawn the same way: nothing to walk (a tooltip's re-render, a focus move elsewhere).
    if (
      last?.marks === marks &&
      last.itemRole === options.itemRole &&
      last.activeId === options.activeId &&
      last.rtl === options.rtl &&
      last.byClass === options.byClass
    )
      return noChange;
    syncMarks(part.element, marks, options);
    this.#last = { marks, ...options };
    return noChange;
  }
}

/**
 * `<svg ${drawMarks(marks, options)}></svg>`: the scene's marks as the element's children (see {@link syncMarks}).
 * The template must leave the element's children to it.
 */
export const drawMarks = directive(DrawMarks);
