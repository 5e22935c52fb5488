// Text that resvg cannot shape, drawn as outlines that HarfBuzz shaped. resvg-js 2.6.2 (the newest release; its
// rustybuzz is 0.7) misplaces Bengali's pre-base vowel signs — in দেশ the ে lands on the শ and the space before the
// word vanishes — while Chromium, with the same Noto Sans Bengali file, draws it right. So each <text> holding
// Bengali is shaped by HarfBuzz itself (harfbuzzjs, WebAssembly: no native code) and handed to resvg as one <path>
// with the text's paint. Urdu's Nastaliq, Arabic, Persian, Chinese and Cyrillic are left to resvg, whose drawing of
// them matches Chromium's.
//
// What a static image's <text> carries (src/static/svg.ts textEl, src/scene/svg.ts): x, y, font-size, font-weight,
// font-style, fill, fill-opacity, opacity, text-anchor (physical), and a halo's stroke (on a copy of the text with
// no fill, drawn under it); no nested <tspan>, no inherited font attributes.
import { readFileSync } from 'node:fs';
import { faceFor } from './fonts.mjs';

const TEXT = /<text\b([^>]*)>([^<]*)<\/text>/g;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;
/** Paint that carries over from the <text> to the <path>. */
const PAINT = ['fill', 'fill-opacity', 'opacity', 'stroke', 'stroke-width', 'stroke-linejoin', 'stroke-opacity', 'paint-order'];
/** Right-to-left letters: a run that mixes them with Bengali needs bidi, which resvg does and this does not. */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
/** The slant of a face that has no italic, as browsers synthesize it (about 11°). */
const OBLIQUE = 0.2;

const unescapeXml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const round = (value) => String(Math.round(value * 100) / 100);

/** HarfBuzz's path for a glyph (font units, y up) moved to (x, y) in the image and scaled to `scale`. */
function placeGlyph(path, x, y, scale, slant) {
  return path.replace(/([MLQCZ])([^MLQCZ]*)/g, (_, command, args) => {
    const numbers = args
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const points = [];
    for (let index = 0; index + 1 < numbers.length; index += 2) {
      const [px, py] = [numbers[index], numbers[index + 1]];
      points.push(`${round(x + (px + py * slant) * scale)},${round(y - py * scale)}`);
    }
    return command + points.join(' ');
  });
}

/**
 * `svg` with each <text> that `font.spec.script` matches replaced by its glyph outlines, shaped by HarfBuzz with
 * `font`'s face of the text's weight. Characters that face lacks (the Latin of a source's name, in a Bengali face
 * without Latin) are shaped with the first of `fallbacks` that has them, as resvg would fall back. A text that
 * mixes in right-to-left letters, or holds a character no font has, stays text, for resvg.
 * @param {string} svg
 * @param {import('./fonts.mjs').ResolvedFont} font
 * @param {import('./fonts.mjs').ResolvedFont[]} fallbacks
 */
export async function outlineText(svg, font, fallbacks = []) {
  if (!font.spec.script.test(svg)) return svg;
  const shape = await textShaper(font, fallbacks);
  return svg.replace(TEXT, (whole, attributeText, content) => {
    const text = xmlText(content);
    if (!font.spec.script.test(text) || RTL_LETTER.test(text)) return whole;
    const attributes = Object.fromEntries([...attributeText.matchAll(ATTRIBUTE)].map((match) => [match[1], unescapeXml(match[2])]));
    const glyphs = shape(text, Number(attributes['font-weight'] ?? 400));
    if (!glyphs) return whole;

    const size = Number(attributes['font-size'] ?? 16);
    const slant = attributes['font-style'] === 'italic' || attributes['font-style'] === 'oblique' ? OBLIQUE : 0;
    const width = glyphs.reduce((sum, glyph) => sum + glyph.xAdvance * size, 0);
    const anchor = attributes['text-anchor'] ?? 'start';
    let x = Number(attributes.x ?? 0) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
    const y = Number(attributes.y ?? 0);
    let d = '';
    for (const glyph of glyphs) {
      const scale = size / glyph.face.upem;
      d += placeGlyph(glyph.face.font.glyphToPath(glyph.id), x + glyph.xOffset * size, y - glyph.yOffset * size, scale, slant);
      x += glyph.xAdvance * size;
    }
    const paint = PAINT.filter((name) => attributes[name] !== undefined)
      .map((name) => ` ${name}="${attributes[name].replace(/[<>"&]/g, '')}"`)
      .join('');
    return d ? `<path d="${d}"${paint}/>` : '';
  });
}

/** A <text>'s content as resvg reads it: XML's white space handling (runs collapse to one space, the ends trimmed), no bidi controls. */
export function xmlText(content) {
  return unescapeXml(content)
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A function shaping a text at a weight with `font` (and `fallbacks` for characters it lacks), as outlineText()
 * draws it: its glyphs in drawing order, each with its face, glyph id, the UTF-16 index of the character it starts
 * at (`cluster`) and its advance and offsets in ems; undefined when a character is in no face.
 * @param {import('./fonts.mjs').ResolvedFont} font
 * @param {import('./fonts.mjs').ResolvedFont[]} fallbacks
 */
export async function textShaper(font, fallbacks = []) {
  const hb = await import('harfbuzzjs');
  const faces = new Map();
  const faceOf = (file) => {
    let face = faces.get(file);
    if (!face) {
      const blob = new hb.Blob(readFileSync(file));
      const hbFace = new hb.Face(blob);
      face = { font: new hb.Font(hbFace), upem: hbFace.upem };
      faces.set(file, face);
    }
    return face;
  };
  const candidates = [font, ...fallbacks.filter((other) => other !== font)];
  return (text, weight) => {
    const choices = candidates.map((candidate) => faceOf(faceFor(candidate, weight)));
    const runs = splitRuns(text, choices);
    if (!runs) return undefined;
    const glyphs = [];
    let start = 0;
    for (const run of runs) {
      const buffer = new hb.Buffer();
      buffer.addText(run.text);
      // Each run is of one script (splitRuns()), which HarfBuzz guesses from its first letter.
      buffer.guessSegmentProperties();
      hb.shape(run.face.font, buffer);
      const infos = buffer.getGlyphInfos();
      if (infos.some((glyph) => glyph.codepoint === 0)) return undefined;
      const positions = buffer.getGlyphPositions();
      const em = run.face.upem;
      infos.forEach((info, index) => {
        const { xAdvance, xOffset, yOffset } = positions[index];
        glyphs.push({
          face: run.face,
          id: info.codepoint,
          cluster: start + info.cluster,
          xAdvance: xAdvance / em,
          xOffset: xOffset / em,
          yOffset: yOffset / em,
        });
      });
      start += run.text.length;
    }
    return glyphs;
  };
}

/** Marks and joiners stay with the letter before them; spaces with the run they are in. */
const FOLLOWS = /[\p{M}\u200c\u200d\s]/u;
/** Letters of a script (Common characters — spaces, digits, punctuation, the danda — have none: they join the run they are in). */
const SCRIPTS = ['Bengali', 'Latin', 'Cyrillic', 'Greek', 'Han', 'Arabic'].map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')]);
const scriptOf = (char) => SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? (/\p{L}/u.test(char) ? 'other' : undefined);

/**
 * `text` cut into runs, each of the first face (of `faces`, in order) that has its characters and of one script;
 * undefined when a character is in no face. Noto Sans Bengali has Latin letters too: a line of a note that began
 * with "Relations]) এবং …" was one run, which HarfBuzz shaped as Latin (the script of its first letter), leaving
 * its pre-base vowel signs after their consonants, drawn into the next letter and word.
 */
function splitRuns(text, faces) {
  const runs = [];
  for (const char of text) {
    const current = runs.at(-1);
    const code = char.codePointAt(0);
    const face = current && FOLLOWS.test(char) ? current.face : faces.find((each) => (each.font.nominalGlyph(code) ?? 0) !== 0);
    if (!face) return undefined;
    const script = scriptOf(char);
    if (current?.face === face && (!script || !current.script || current.script === script)) {
      current.text += char;
      current.script ??= script;
    } else runs.push({ face, script, text: char });
  }
  return runs;
}
