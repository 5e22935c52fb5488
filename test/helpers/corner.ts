import { drawn, writtenFrame } from './hardening.js';
import { waitUntil } from './wait.js';

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

/** The widgets of `body` drawn on a page of their own whose root font is `font` px; `check` reads them (awaited). */
export async function onPage<T>(font: number, body: string, check: (widgets: Element[], doc: Document) => T | Promise<T>): Promise<T> {
  const { frame, doc } = writtenFrame(
    `<!doctype html><html style="font-size: ${font}px"><head><script src="/dist/netreach.iife.js"></script></head><body>${body}</body></html>`,
    1000,
    900,
  );
  try {
    await waitUntil(() => doc.readyState === 'complete', 'the page never loaded');
    const widgets = [...doc.querySelectorAll('body > div > *')];
    await waitUntil(() => widgets.every(drawn), 'not drawn');
    for (const widget of widgets) await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    return await check(widgets, doc);
  } finally {
    frame.remove();
  }
}
