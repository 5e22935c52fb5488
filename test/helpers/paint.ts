/**
 * Checks a chart painted by class (`byClass` in src/base/marks.ts: the bars' rows, the regions' waffle) against its
 * scene: every mark's computed paint, size, weight, style and opacity are what the mark would have with the scene's
 * paint as a style of its own, as files give it and as the page did before it painted by class.
 */
import { expect } from '@open-wc/testing';
import { cssPaint, type Mark } from '../../src/core/scene.js';

const PROPERTIES = ['fill', 'stroke', 'stroke-width', 'font-size', 'font-weight', 'font-style', 'opacity'];

/** The mark's paint as a style of its own. */
function asStyle(mark: Mark): Record<string, string> {
  const style: Record<string, string> = { opacity: String(mark.kind === 'group' ? 1 : (mark.opacity ?? 1)) };
  if (mark.kind === 'text') {
    Object.assign(style, { fill: cssPaint(mark.fill ?? 'fg')!, 'font-size': `${mark.size}px` });
    style['font-weight'] = String(mark.weight ?? 400);
    style['font-style'] = mark.italic ? 'italic' : 'normal';
  } else if (mark.kind !== 'group') {
    style.fill = cssPaint(mark.fill) ?? 'none';
    const stroke = cssPaint(mark.stroke);
    Object.assign(style, stroke ? { stroke, 'stroke-width': `${mark.strokeWidth ?? 1}px` } : { stroke: 'none' });
  }
  return style;
}

/**
 * Compares each of `marks` with the element drawn for it under `parent`, through a twin beside it that has the
 * mark's paint as its style (so that it inherits what the mark inherits). Returns how many marks it compared.
 */
export function expectPaintedAsScene(parent: Element, marks: readonly Mark[]): number {
  const nodes = [...parent.children];
  expect(nodes).to.have.length(marks.length);
  let compared = 0;
  marks.forEach((mark, index) => {
    const node = nodes[index]!;
    if (mark.kind === 'group') {
      compared += expectPaintedAsScene(node, mark.children);
      return;
    }
    const twin = document.createElementNS('http://www.w3.org/2000/svg', node.localName) as SVGElement;
    for (const [name, value] of Object.entries(asStyle(mark))) twin.style.setProperty(name, value);
    parent.insertBefore(twin, node);
    // A line has no inside to fill.
    const properties = mark.kind === 'line' ? PROPERTIES.slice(1) : PROPERTIES;
    const of = (style: CSSStyleDeclaration) => properties.map((name) => `${name}: ${style.getPropertyValue(name)}`);
    expect(of(getComputedStyle(node)), node.outerHTML).to.deep.equal(of(getComputedStyle(twin)));
    twin.remove();
    compared++;
  });
  return compared;
}
