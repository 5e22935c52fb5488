/** Breaking scene text into lines with the scene's own measure (the page's fonts, or a file's estimates). Pure. */

/**
 * `text` in lines no wider than `width` by `measure`, broken at spaces; never cut. A word wider than `width`
 * stands on its own line, and the last of `maxLines` lines takes whatever remains.
 */
export function wrapLines(text: string, width: number, measure: (text: string) => number, maxLines = Infinity): string[] {
  if (!Number.isFinite(width) || measure(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && lines.length < maxLines - 1 && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
