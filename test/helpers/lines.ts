/**
 * Line-breaking checks on laid-out text. Right to left, a name written the other way (an English publisher in a
 * Persian list) that wraps at a line's end reads as two pieces at the two ends of two lines.
 */
import { expect } from '@open-wc/testing';

/**
 * Checks that each element `names` selects in `container` is split across lines only where it is wider than the
 * line it is in (the closest `line` ancestor's width), and returns their texts.
 */
export function expectWholeUnlessWider(container: ParentNode, names: string, line: string, context = ''): string[] {
  const texts: string[] = [];
  for (const name of container.querySelectorAll(names)) {
    const width = name.closest(line)!.getBoundingClientRect().width;
    const range = document.createRange();
    range.selectNodeContents(name);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const lines = new Set(rects.map((rect) => Math.round(rect.top)));
    const wide = rects.reduce((sum, rect) => sum + rect.width, 0);
    if (lines.size > 1) expect(wide, `${context}"${name.textContent}" in a ${Math.round(width)} px line`).to.be.above(width - 1);
    texts.push(name.textContent ?? '');
  }
  return texts;
}
