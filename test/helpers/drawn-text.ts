// What a widget shows on screen, for tests that read it as a person would (presenter text sizes, ellipses).
import type { NetreachElement } from '../../src/base/netreach-element.js';

/** Every netreach element in `root`, through shadow roots (a dashboard's parts). */
export function netreachElements(root: ParentNode): NetreachElement[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    ...(element.localName.startsWith('netreach-') ? [element as NetreachElement] : []),
    ...(element.shadowRoot ? netreachElements(element.shadowRoot) : []),
  ]);
}

/** The text nodes drawn on screen in `root` and its shadow roots: not blank, not hidden, not clipped to nothing. */
export function drawnText(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    if (node instanceof Text) {
      const parent = node.parentElement;
      if (!parent || !node.data.trim()) return;
      if (['title', 'desc', 'style', 'script'].includes(parent.localName)) return;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      // A visually hidden text (for screen readers) is clipped to a pixel.
      if (box.width <= 1 || box.height <= 1) return;
      found.push(node);
      return;
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}
