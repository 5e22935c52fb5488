// The source's formatting inside Lit's html`` and svg`` templates, taken out of what ships (dist/ and lib/, and
// the browser tests, so that they test what ships). Each line break in a template would otherwise be a
// whitespace-only text node in every widget's shadow root: 43 of the 251 nodes of a map (`node bench/nodes.mjs`),
// each styled and laid out on every page, 100 times on a page of 100 maps.
//
// A run of white space that holds a line break is
// - removed where no browser renders it: inside an SVG element other than <text>/<tspan>, between SVG shapes, at
//   the start or end of a block box (after `<div …>`, before `</p>`), next to a block-level sibling (before
//   `<div`, after `</li>`), and inside a tag before its `>`;
// - else one space (between inline elements, between two expressions, next to text, between attributes), which
//   HTML reads as the run: `<span>a</span>\n  ${b}` still reads "a b".
// Never inside <text>, <tspan>, <pre> or <textarea> (their white space can be kept; no template has the last two).
// Only the literal text between the expressions is touched, never an expression.
import MagicString from 'magic-string';
import ts from 'typescript';

/** Elements at whose inner edges white space is never rendered: block containers and SVG elements (not text). */
const INSIDE = new Set([
  ...['div', 'p', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'section', 'header', 'footer', 'nav', 'form', 'fieldset'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'figure', 'figcaption', 'h1', 'h2', 'h3'],
  ...['h4', 'h5', 'h6', 'button', 'details', 'summary'],
  ...['svg', 'g', 'defs', 'pattern', 'clippath', 'mask', 'lineargradient', 'radialgradient', 'marker', 'symbol'],
  ...['rect', 'line', 'path', 'circle', 'ellipse', 'polygon', 'polyline', 'use', 'stop', 'title', 'desc'],
]);
/**
 * Elements beside which white space is never rendered: block-level boxes, SVG children (not the outer <svg>,
 * which is inline in HTML, nor <button>, an inline block).
 */
const BESIDE = new Set([...INSIDE].filter((name) => name !== 'svg' && name !== 'button'));
/** Elements whose content is left exactly as written. */
const VERBATIM = /<(text|tspan|pre|textarea)\b/i;

/** Where a literal's text starts and ends in the source: after `` ` `` or `}`, before `` ` `` or `${`. */
function textRange(piece, source) {
  const start = piece.getStart(source) + 1;
  const closing = ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1;
  return [start, piece.end - closing];
}

/**
 * The tag at either side of a run in `text` (the template's literals joined by `\0` where the expressions are):
 * `{ name, closing }`, or undefined when the run is next to an expression, text or the template's edge.
 */
function tagBefore(text, at) {
  if (text[at - 1] !== '>') return undefined;
  const open = text.lastIndexOf('<', at - 1);
  const match = open < 0 ? null : /^<(\/?)([a-zA-Z][\w-]*)/.exec(text.slice(open));
  return match ? { name: match[2].toLowerCase(), closing: match[1] === '/' } : undefined;
}
function tagAfter(text, at) {
  const match = /^<(\/?)([a-zA-Z][\w-]*)/.exec(text.slice(at));
  return match ? { name: match[2].toLowerCase(), closing: match[1] === '/' } : undefined;
}

/** Whether the run of white space between `before` and `after` is never rendered. */
function invisible(before, after) {
  if (before && (before.closing ? BESIDE : INSIDE).has(before.name)) return true;
  if (after && (after.closing ? INSIDE : BESIDE).has(after.name)) return true;
  return false;
}

/**
 * The module's html`` and svg`` templates without their formatting, as a MagicString, or null when nothing
 * changes. `fileName` only names the module for TypeScript's parser (TypeScript or JavaScript); `onRun`, if
 * given, hears each run's fate (`{ removed, before, after }`: the text either side).
 */
export function stripTemplateWhitespace(code, fileName, onRun) {
  if (!code.includes('html`') && !code.includes('svg`')) return null;
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edited = new MagicString(code);
  const strip = (template) => {
    const pieces = ts.isNoSubstitutionTemplateLiteral(template)
      ? [template]
      : [template.head, ...template.templateSpans.map((span) => span.literal)];
    const ranges = pieces.map((piece) => textRange(piece, source));
    const text = ranges.map(([start, end]) => code.slice(start, end)).join('\0');
    if (VERBATIM.test(text)) return;
    // Offsets in `text` back to the source: each piece's start, less the `\0`s before it.
    let offset = 0;
    const starts = ranges.map(([start, end]) => {
      const at = offset;
      offset += end - start + 1;
      return at;
    });
    for (const run of text.matchAll(/[ \t\r\n]*\n[ \t\r\n]*/g)) {
      const from = run.index;
      const to = from + run[0].length;
      const piece = starts.findLastIndex((start) => start <= from);
      const at = ranges[piece][0] + from - starts[piece];
      // Inside a tag, before its `>`: `<button\n  type="button"\n>`.
      const closesTag = /^\/?>/.test(text.slice(to)) && text.lastIndexOf('<', from) > text.lastIndexOf('>', from);
      const removed = closesTag || invisible(tagBefore(text, from), tagAfter(text, to));
      if (removed) edited.remove(at, at + run[0].length);
      else edited.overwrite(at, at + run[0].length, ' ');
      onRun?.({ removed, before: text.slice(Math.max(0, from - 30), from), after: text.slice(to, to + 30) });
    }
  };
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && (node.tag.text === 'html' || node.tag.text === 'svg')) {
      strip(node.template);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edited.hasChanged() ? edited : null;
}
