/**
 * Line-breaking checks on laid-out text. Right to left, a name written the other way (an English publisher in a
 * Persian list) that wraps at a line's end reads as two pieces at the two ends of two lines.
 */
import { expect } from '@open-wc/testing';

/**
 * Checks that each element `names` selects in `container` is split across lines only where it is wider than the
 * line it is in (the closest `line` ancestor's width), and returns their texts. `glued`: text that follows a name and
 * that a line keeps with it (a no-break space and a dash), measured with the name where it follows one.
 */
export function expectWholeUnlessWider(container: ParentNode, names: string, line: string, context = '', glued = ''): string[] {
  const texts: string[] = [];
  for (const name of container.querySelectorAll(names)) {
    const width = name.closest(line)!.getBoundingClientRect().width;
    const range = document.createRange();
    range.selectNodeContents(name);
    const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
    const lines = new Set(rects.map((rect) => Math.round(rect.top)));
    let next = name.nextSibling;
    while (next?.nodeType === Node.COMMENT_NODE) next = next.nextSibling;
    if (glued && next?.nodeType === Node.TEXT_NODE && next.textContent!.startsWith(glued)) {
      range.setStart(next, 0);
      range.setEnd(next, glued.length);
      rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
    }
    const wide = rects.reduce((sum, rect) => sum + rect.width, 0);
    if (lines.size > 1) expect(wide, `${context}"${name.textContent}" in a ${Math.round(width)} px line`).to.be.above(width - 1);
    texts.push(name.textContent ?? '');
  }
  return texts;
}

/**
 * The text of each line `element` is laid out in, in reading order: its characters grouped by the line their box
 * stands on (a character whose middle is half a font size or more from the previous one's begins a line). Characters
 * inside a box of their own (an inline-block) count on the lines of the box.
 */
export function textLines(element: Element): string[] {
  const tolerance = parseFloat(getComputedStyle(element).fontSize) / 2;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lines: string[] = [];
  let middle: number | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let index = 0; index < text.length; index++) {
      if (/\s/.test(text[index]!)) continue;
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const box = range.getBoundingClientRect();
      if (box.width === 0) continue;
      const y = (box.top + box.bottom) / 2;
      if (middle === undefined || Math.abs(y - middle) >= tolerance) lines.push('');
      lines[lines.length - 1] += text[index];
      middle = y;
    }
  }
  return lines;
}

/**
 * Where a list item's marker stands: the baseline of the item's first line box, where the bottom of a zero-size
 * inline-block put first in the item lies (a marker is not in the DOM to be measured). The probe is removed again.
 */
export function markerBaseline(item: Element): number {
  const probe = document.createElement('span');
  probe.style.cssText = 'display: inline-block; inline-size: 0; block-size: 0; margin: 0; padding: 0; border: 0';
  item.prepend(probe);
  const baseline = probe.getBoundingClientRect().bottom;
  probe.remove();
  return baseline;
}

/** The box of the first character of `element`'s text that is not white space. */
export function firstCharacterBox(element: Element): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = (node.textContent ?? '').search(/\S/);
    if (index < 0) continue;
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return range.getBoundingClientRect();
  }
  throw new Error(`no text in ${element.outerHTML.slice(0, 80)}`);
}

export interface InkLine {
  text: string;
  /** The top and bottom of the line's ink on the page (its glyphs' outlines, not its line box). */
  top: number;
  bottom: number;
}

let inkCanvas: CanvasRenderingContext2D | undefined;

/**
 * The ink of each line of `element`'s text, top to bottom as laid out: where its glyphs reach above and below their
 * baseline, which in Nastaliq is well beyond the line box. Each run of a text node on a line is measured with a canvas
 * in its font (`actualBoundingBox…`), from its baseline: its characters' box top (the font's content area) plus the
 * font's ascent. Text in elements `skip` selects (visually hidden text) is left out.
 */
export function inkLines(element: Element, skip = '.visually-hidden'): InkLine[] {
  inkCanvas ??= document.createElement('canvas').getContext('2d')!;
  const context = inkCanvas;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const lines: InkLine[] = [];
  let middle: number | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent.closest(skip)) continue;
    const style = getComputedStyle(parent);
    const size = parseFloat(style.fontSize);
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = node.textContent ?? '';
    // Each run of characters on one line, measured whole (a word's letters join).
    let run = '';
    let baseline = 0;
    const flush = () => {
      if (!run.trim()) return;
      const metrics = context.measureText(run);
      const line = lines[lines.length - 1]!;
      line.text += run;
      line.top = Math.min(line.top, baseline - metrics.actualBoundingBoxAscent);
      line.bottom = Math.max(line.bottom, baseline + metrics.actualBoundingBoxDescent);
    };
    for (let index = 0; index < text.length; index++) {
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || /\s/.test(text[index]!)) {
        run += text[index];
        continue;
      }
      const y = (box.top + box.bottom) / 2;
      if (middle === undefined || Math.abs(y - middle) >= size / 2) {
        flush();
        run = '';
        lines.push({ text: '', top: Infinity, bottom: -Infinity });
      }
      middle = y;
      baseline = box.top + context.measureText(text[index]!).fontBoundingBoxAscent;
      run += text[index];
    }
    flush();
  }
  return lines;
}
