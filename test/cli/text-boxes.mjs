// The boxes of an SVG file's texts, their widths estimated as the file writer estimates them (`measureText`, which
// errs on the wide side), for a check that no two texts of a file overlap. Heights: three quarters of an em over
// the baseline, a fifth under it, times the language's line spacing (Urdu's Nastaliq rises and falls half as far
// again: `lineSpacing()` in src/core/locale.ts).
import { measureText } from 'netreach/static';

const ASCENT = 0.75;
const DESCENT = 0.2;
const UNESCAPE = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
// The bidi embeddings and isolates the writer adds: no width.
const CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Each <text>: its text and box { left, right, top, bottom } in the file's pixels, its groups' translate and scale applied. */
export function textBoxes(markup, locale) {
  const spacing = locale.split('-')[0] === 'ur' ? 1.5 : 1;
  const boxes = [];
  const stack = [{ x: 0, y: 0, k: 1 }];
  for (const match of markup.matchAll(/<\/g>|<g\b[^>]*?(\/?)>|<text\b([^>]*)>([^<]*)<\/text>/g)) {
    const [tag] = match;
    if (tag === '</g>') {
      stack.pop();
      continue;
    }
    const at = stack[stack.length - 1];
    if (tag.startsWith('<g')) {
      if (match[1] === '/') continue;
      let { x, y, k } = at;
      const transform = /transform="([^"]*)"/.exec(tag)?.[1] ?? '';
      for (const [, name, args] of transform.matchAll(/(translate|scale)\(([^)]*)\)/g)) {
        const values = args.split(/[\s,]+/).map(Number);
        if (name === 'translate') {
          x += (values[0] ?? 0) * k;
          y += (values[1] ?? 0) * k;
        } else k *= values[0];
      }
      stack.push({ x, y, k });
      continue;
    }
    const attrs = match[2];
    const get = (name) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
    const text = match[3].replace(/&(lt|gt|quot|#39|amp);/g, (entity) => UNESCAPE[entity]).replace(CONTROLS, '');
    // A halo is the same text stroked under its glyphs, not a second text.
    if (!text.trim() || get('fill') === 'none') continue;
    const size = Number(get('font-size') ?? 16) * at.k;
    const width = measureText(text, size, Number(get('font-weight') ?? 400), locale);
    const x = at.x + Number(get('x') ?? 0) * at.k;
    const y = at.y + Number(get('y') ?? 0) * at.k;
    const anchor = get('text-anchor') ?? 'start';
    const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    boxes.push({ text, left, right: left + width, top: y - ASCENT * size * spacing, bottom: y + DESCENT * size * spacing });
  }
  return boxes;
}

/** The pairs of texts whose boxes overlap by more than a pixel each way, as "a ⟂ b". */
export function overlappingTexts(markup, locale) {
  const boxes = textBoxes(markup, locale);
  const found = [];
  for (let i = 0; i < boxes.length; i += 1)
    for (let j = i + 1; j < boxes.length; j += 1) {
      const [a, b] = [boxes[i], boxes[j]];
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      // (No-break spaces written as spaces, to read and to compare.)
      if (across > 1 && down > 1) found.push(`${a.text} ⟂ ${b.text}`.replace(/\s/g, ' '));
    }
  return found;
}

/**
 * How far `text`'s letters rise over its baseline and fall under it, in ems, from the outlines of the glyphs `shape`
 * (outline.mjs's textShaper()) gives it at `weight`: the ink, not the font's line box. Undefined when no face has
 * its characters.
 */
export function inkExtents(shape, text, weight) {
  const glyphs = shape(text, weight);
  if (!glyphs) return undefined;
  let ascent = 0;
  let descent = 0;
  for (const glyph of glyphs) {
    const numbers = [...glyph.face.font.glyphToPath(glyph.id).matchAll(/-?\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
    // A path's numbers are x, y pairs (every command's points), in font units, y up.
    for (let index = 1; index < numbers.length; index += 2) {
      const y = numbers[index] / glyph.face.upem + glyph.yOffset;
      ascent = Math.max(ascent, y);
      descent = Math.max(descent, -y);
    }
  }
  return { ascent, descent };
}
