/**
 * The text of `root` drawn under a widget's menu button (its top inline-end corner, which the button takes on hover,
 * on focus and always on touch screens): each text node with a line box that overlaps the button's box.
 */
export function textUnderMenuButton(root: ShadowRoot): string[] {
  const button = root.querySelector('[part~="menu-button"]')!.getBoundingClientRect();
  const overlaps = (box: DOMRect) =>
    box.width > 0 && box.left < button.right && button.left < box.right && box.top < button.bottom && button.top < box.bottom;
  const under: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim() || node.parentElement!.closest('.menu-anchor, .visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if ([...range.getClientRects()].some(overlaps)) under.push(node.textContent!.trim());
  }
  return under;
}
