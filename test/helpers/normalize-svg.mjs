// Golden SVGs' normal form, shared by the browser's goldens (golden.ts) and the command line's check that it writes
// the same files (test/cli/same-file.test.mjs): numbers to one decimal, so snapshots survive sub-pixel noise across
// machines, and one element a line.
/** @param {string} markup */
export function normalizeSvg(markup) {
  return markup
    .replace(/<!--[^]*?-->/g, '')
    .replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10))
    .replace(/\s+/g, ' ')
    .replace(/> </g, '>\n<')
    .trim();
}
