/**
 * The map's member layer: the members' marks of a map scene as plain DOM, not Lit templates. A page of 100 maps
 * would otherwise hold ~70,000 template parts (57 members × a dozen attributes and style bindings each), and
 * `npm run bench` measured the templates slower to create and to update (see the README's Performance).
 *
 * It draws the marks' geometry, classes and items' attributes (`data-item`, `role="option"`, the accessible
 * name, the selection, the roving tab stop); the map's stylesheet paints each class as the scene paints the mark
 * in a file (`mapPaint`), so that page themes, forced colours and transitions apply. Nodes are created when the
 * members or their geometry change (another size, projection or list), or cloned from the layer another map of
 * the same chart drew first; a change of values, highlight, selection or step only rewrites the attributes that
 * differ, on the same nodes.
 */
import type { GroupMark, Mark } from '../core/scene.js';
import { syncMarks } from '../base/marks.js';
import type { RovingFocusController } from '../base/roving-focus.js';
import type { MapChart, MapChartItem } from './map.scene.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Half the side of a symbol's hit area: 24 × 24 px at least (WCAG 2.5.8). */
const HIT_RADIUS = 12.5;
const ITEM_ATTRIBUTES = ['class', 'tabindex', 'aria-selected', 'aria-label'] as const;
/** What is written per item: its attributes, then its dot's colour class. */
const WRITTEN_PER_ITEM = ITEM_ATTRIBUTES.length + 1;

/** What makes a member's node: its id and geometry. The same shape means the same node. */
function shapeOf(mark: GroupMark): string | readonly [number, number, number] {
  const child = mark.children[0];
  if (child?.kind === 'path') return child.d;
  if (child?.kind === 'circle') return [child.cx, child.cy, child.r];
  return '';
}

function sameShape(a: string | readonly number[], b: string | readonly number[]): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

/**
 * One node per item, and one more per symbol: an item whose only child is a path is that path, carrying the
 * item's attributes (one element per country shape); an item whose only child is a circle (a symbol) is its 24 px
 * hit area, carrying the item's attributes, followed by the dot (see `createSymbol`); any other item is a group of
 * its children.
 */
function createItem(mark: GroupMark): SVGElement {
  const child = mark.children[0];
  const lone = mark.children.length === 1;
  const kind = lone && child?.kind === 'path' ? 'path' : lone && child?.kind === 'circle' ? 'circle' : 'g';
  const node = document.createElementNS(SVG_NS, kind);
  node.setAttribute('role', 'option');
  node.setAttribute('data-item', mark.item!.id);
  if (child?.kind === 'path' && kind === 'path') node.setAttribute('d', child.d);
  else if (child?.kind === 'circle' && kind === 'circle') {
    node.setAttribute('cx', String(child.cx));
    node.setAttribute('cy', String(child.cy));
    node.setAttribute('r', String(HIT_RADIUS));
  } else for (const each of mark.children) node.append(createMark(each));
  return node;
}

/**
 * A symbol's dot: the hit area's next sibling, not its child: an item that was a group of the two was a third
 * node per symbol (28 of CINVU's 57 members). The dot takes no pointer events (the map's styles), so the hit
 * area under it hears every click and hover on it.
 */
function createSymbol(mark: GroupMark): [SVGElement, SVGElement] {
  return [createItem(mark), createMark(mark.children[0]!)];
}

/** A member's shape or dot: the scene draws members with paths and circles only. */
function createMark(mark: Mark): SVGElement {
  const node = document.createElementNS(SVG_NS, mark.kind === 'circle' ? 'circle' : 'path');
  if (mark.class) node.setAttribute('class', mark.class);
  if (mark.kind === 'circle') {
    node.setAttribute('cx', String(mark.cx));
    node.setAttribute('cy', String(mark.cy));
    node.setAttribute('r', String(mark.r));
  } else if (mark.kind === 'path') node.setAttribute('d', mark.d);
  return node;
}

/**
 * The first layer drawn for a list of member groups and what was written to it, as it was before any later
 * change: the next map drawing the same groups (a chart is shared by every map of the same data, options and
 * size, and a page of many such maps is common) clones it, one native deep copy instead of creating each node and
 * setting each attribute from script.
 */
const drawnLayers = new WeakMap<readonly Mark[], readonly [layer: Element, written: readonly string[]]>();

/** The member layer of one map element. */
export class MemberLayer {
  private layer?: Element;
  private groups: readonly Mark[] = [];
  private nodes: SVGElement[] = [];
  /**
   * What was last written to each item, `WRITTEN_PER_ITEM` strings per item in one flat array: an array per item
   * was 57 small arrays per map, a fifth of a 100-map page's JS heap beyond the bare page's (`npm run bench`).
   */
  private written: string[] = [];

  /**
   * Draws `groups` (the scene's member groups: one per entrance wave, each holding item groups) into `layer`;
   * `activeId` is the item that holds the tab stop.
   */
  sync(layer: Element, groups: readonly Mark[], activeId: string | undefined): void {
    let created = false;
    if (layer !== this.layer || !this.sameStructure(groups)) {
      this.layer = layer;
      const drawn = drawnLayers.get(groups);
      if (drawn) {
        layer.replaceChildren(...(drawn[0].cloneNode(true) as Element).children);
        // In document order, as they were created: each item's node carries `data-item` (a symbol's dot does not).
        this.nodes = [...layer.querySelectorAll<SVGElement>('[data-item]')];
        this.written = [...drawn[1]];
      } else {
        created = true;
        this.nodes = [];
        this.written = [];
        layer.replaceChildren(
          ...groups.map((group) => {
            const node = document.createElementNS(SVG_NS, 'g');
            if (group.class) node.setAttribute('class', group.class);
            // Chromium exposes an option inside a plain <g> as a graphic, not as an option of the listbox (and
            // drops its aria-selected): the wave groups are there for the entrance only.
            node.setAttribute('role', 'none');
            for (const item of children(group)) {
              const made = isSymbol(item) ? createSymbol(item) : [createItem(item)];
              this.nodes.push(made[0]);
              node.append(...made);
            }
            return node;
          }),
        );
      }
    }
    this.groups = groups;
    let index = 0;
    for (const group of groups) {
      for (const item of children(group)) {
        const node = this.nodes[index]!;
        const base = index * WRITTEN_PER_ITEM;
        const write = (at: number, value: string, name?: string) => {
          if (this.written[base + at] === value) return;
          this.written[base + at] = value;
          if (name) node.setAttribute(name, value);
          // A symbol's dot (the hit area's next sibling) carries its colour class.
          else if (value) node.nextElementSibling!.setAttribute('class', value);
        };
        write(0, item.class ?? '', ITEM_ATTRIBUTES[0]);
        write(1, item.item!.id === activeId ? '0' : '-1', ITEM_ATTRIBUTES[1]);
        write(2, item.item!.selected ? 'true' : 'false', ITEM_ATTRIBUTES[2]);
        write(3, item.item!.label, ITEM_ATTRIBUTES[3]);
        write(4, isSymbol(item) ? (item.children[0]?.class ?? '') : '');
        index += 1;
      }
    }
    if (created) drawnLayers.set(groups, [layer.cloneNode(true) as Element, [...this.written]]);
  }

  /** Whether `groups` holds the same items, in the same groups and order, with the same shapes as those drawn. */
  private sameStructure(groups: readonly Mark[]): boolean {
    if (groups === this.groups) return true;
    if (groups.length !== this.groups.length) return false;
    return groups.every((group, at) => {
      const before = this.groups[at]!;
      if (group.key !== before.key || group.class !== before.class) return false;
      const now = children(group);
      const then = children(before);
      return (
        now.length === then.length &&
        now.every((item, index) => item.item!.id === then[index]!.item!.id && sameShape(shapeOf(item), shapeOf(then[index]!)))
      );
    });
  }
}

/** Whether an item is a symbol: a lone circle. */
function isSymbol(mark: GroupMark): boolean {
  return mark.children.length === 1 && mark.children[0]!.kind === 'circle';
}

/** The item groups of a wave group. */
function children(group: Mark): readonly GroupMark[] {
  return group.kind === 'group' ? (group.children.filter((child) => child.kind === 'group' && child.item) as GroupMark[]) : [];
}

/** The map's stylesheet paints its marks by class, as the scene paints them in files (map.drawn.styles.ts). */
const BY_CLASS = { byClass: true } as const;

/**
 * The map's chart into its `svg`, as the element draws it after each render: the land, borders, rings and arcs as
 * plain DOM too, painted by class (a Lit array would put two comment markers round each mark, nodes every page styles
 * and lays out like any other), the members through `members`, and the focus ring round `focused`.
 */
export function drawMapChart(
  svg: Element,
  chart: MapChart,
  members: MemberLayer,
  activeId: string | undefined,
  focused: MapChartItem | undefined,
): void {
  const group = (key: string) => {
    const mark = chart.marks.find((each) => each.key === key);
    return mark?.kind === 'group' ? mark.children : [];
  };
  syncMarks(svg.querySelector('.base')!, group('base'), BY_CLASS);
  members.sync(svg.querySelector('[role="listbox"]')!, group('members'), activeId);
  // The focus ring: a dashed band of the text colour round a line of the background, one mark drawn twice (the
  // stylesheet paints the second). Two colours 9:1 apart, one of which stands at 3:1 or more on any fill (WCAG's
  // technique C40): the focus colour alone was 1.00:1 on the first region's blue. The selection's tones the other
  // way round, so that the two differ, and dashed, so that a selection under it shows between the dashes. Round a
  // symbol, as the bars' outline is round a bar: 2 px of the band outside 2 px of the line, solid, from the dot's
  // edge, or from its selection or emphasis ring's (a 6 px dashed band twice the dot's size hid the map round it).
  let ring: Mark[] = [];
  if (focused?.symbol) {
    const edge = chart.radius + (focused.item.selected || focused.member.highlighted ? 3 : 0.5);
    const at = (r: number): Mark => ({ kind: 'circle', class: 'focus-ring', cx: focused.x, cy: focused.y, r });
    ring = [at(edge + 3), at(edge + 1)];
  } else if (focused) {
    const shape: Mark = { kind: 'path', class: 'focus-ring', d: focused.d ?? '' };
    ring = [shape, shape];
  }
  syncMarks(svg.querySelector('.overlays')!, [...group('overlays'), ...ring], BY_CLASS);
}

/** What the element keeps of its drawing between updates (drawMap() sets it). */
export interface MapDrawing {
  /** The members as plain DOM: made when the map first draws. */
  members?: MemberLayer;
  /** The chart asked to be skipped off screen. */
  skippable?: Element;
}

/**
 * After each render of a drawn map (the element's `updated()`): its box's aspect ratio (`drawing.aspect`, which
 * updateMap() works out) as `--_aspect` (until the geometry is there, CSS's world's), then `drawing.chart`'s marks as plain DOM (drawMapChart()), the member `focusedId`
 * (focused from the keyboard) with its focus ring. Nothing before the map's code has rendered a drawn map.
 */
export function drawMap(
  root: ParentNode,
  drawing: MapDrawing & { readonly aspect?: number; readonly least?: number; readonly chart?: MapChart },
  roving: RovingFocusController,
  focusedId: string | undefined,
): void {
  const { aspect, least, chart } = drawing;
  // Through the CSSOM, not a style attribute, which a strict CSP refuses.
  const fixed = root.querySelector<HTMLElement>('.fixed');
  if (aspect) fixed?.style.setProperty('--_aspect', String(aspect));
  else fixed?.style.removeProperty('--_aspect');
  // The height the map keeps in a height too small for it and its legend, notes and sources (updateMap()).
  if (least) fixed?.style.setProperty('--_least', `${least}px`);
  else fixed?.style.removeProperty('--_least');
  const svg = root.querySelector('svg[part="chart"]');
  if (!chart || !svg) return;
  const items = chart.items;
  drawing.members ??= new MemberLayer();
  const focused = focusedId === undefined ? undefined : items.find((each) => each.item.id === focusedId);
  drawMapChart(svg, chart, drawing.members, roving.active(items.map((each) => each.item.id)), focused);
  // Skipped off screen (`.skippable`, map.drawn.styles.ts) from a frame callback, which runs before the frame styles
  // the new chart: the browser watches the size of a `content-visibility: auto` element from when it is styled,
  // and one styled while the page's own ResizeObserver delivers (a map drawn in its callback) would be a skipped
  // notification there, a "ResizeObserver loop" error on the page.
  if (drawing.skippable !== svg) {
    drawing.skippable = svg;
    requestAnimationFrame(() => svg.classList.add('skippable'));
  }
}
