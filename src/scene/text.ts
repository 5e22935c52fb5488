/**
 * Text helpers for scene functions: lines broken to a width with the scene's own measure (canvas widths on the
 * page, estimates in files), and a message drawn where a chart cannot be (no regions to group by). Pure; no DOM.
 */
import { continueIsolates, lineWords } from '../core/bidi.js';
import { lineSpacing } from '../core/locale.js';
import type { Mark, SceneEnv } from '../core/scene.js';

/**
 * `text` broken at spaces into lines no wider than `width` (a word wider than the line stands alone; a value the
 * sentence isolates stays whole when it fits, see `lineWords()`; `breakLine` breaks a line still too wide, as files
 * do between ideographs with `breakIdeographs()`). Each line is a text element of its own, so it
 * opens again the bidi isolates the line before it left open.
 */
export function wrapLines(
  text: string,
  width: number,
  size: number,
  measure: SceneEnv['measure'],
  weight = 400,
  breakLine?: (line: string, fits: (text: string) => boolean) => string[],
): string[] {
  const fits = (words: string) => measure(words, size, weight) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of lineWords(text, fits)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && !fits(candidate)) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return continueIsolates(breakLine ? lines.flatMap((entry) => breakLine(entry, fits)) : lines);
}

/**
 * A sentence in place of a chart, from the start edge (the right one when `rtl`): what a reader sees when the
 * data cannot be drawn this way, rather than an empty box.
 */
export function messageMarks(text: string, width: number, env: SceneEnv): { marks: Mark[]; height: number } {
  const size = 16 * env.unit;
  // Nastaliq's lines (Urdu) rise and stand half as far apart again: at one em its first line met the heading over
  // it (a dashboard's "no regions" sentence under "خطے").
  const leading = lineSpacing(env.locale);
  const step = size * 1.4 * leading;
  // Clear of the page's menu button, over the chart's top corner (`SceneEnv.corner`).
  const lines = wrapLines(text, width - (env.corner ?? 0), size, env.measure);
  const marks: Mark[] = lines.map((line, index) => ({
    kind: 'text',
    class: 'message',
    x: env.rtl ? width : 0,
    y: Math.round((size * leading + index * step) * 100) / 100,
    text: line,
    size,
    fill: 'muted',
    anchor: env.rtl ? 'end' : 'start',
  }));
  return { marks, height: Math.ceil(size * 0.4 * leading + lines.length * step) };
}
