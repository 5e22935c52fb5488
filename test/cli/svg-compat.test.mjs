// The files open right in the tools presenters put them in (PowerPoint's and Office's SVG import, Keynote, Google
// Slides' conversion, Inkscape, librsvg, Illustrator, older browsers), which read SVG 1.1's presentation attributes
// but little of CSS Color 4 or SVG 2: every widget's file, for every bundled dataset, in English, Persian and Arabic,
// light and dark, is held to SVG 1.1 (docs/PRESENTERS.md, "Files in slide software"). Runs against the built lib/
// (`node scripts/build.mjs` first): `node --test test/cli/`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderSvg, STATIC_WIDGETS } from 'netreach/static';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { BUNDLED_DATASETS } = await import(join(root, 'lib/core/default-dataset.js'));
const { renderWidgetFile } = await import(join(root, 'lib/scene/render.js'));
const { el } = await import(join(root, 'lib/static/svg.js'));
const { regionsScene } = await import(join(root, 'lib/regions/regions.scene.js'));
const { trendScene } = await import(join(root, 'lib/trend/trend.scene.js'));

const dataset = (id) => JSON.parse(readFileSync(join(root, 'data', `${id}.json`), 'utf8'));

/** A paint SVG 1.1 reads: `#rrggbb`, `none`, or a pattern or gradient of the file's own. */
const PAINT = /^(?:#[\da-f]{6}|none|url\(#[\w-]+\))$/i;
/** Colour functions of CSS Color 3 and 4 (`rgb(… / a)`, `oklch()`, `color-mix()`…), which a file writes none of. */
const COLOUR_FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(/i;
/** A transform as SVG 1.1 has it: its functions, unitless numbers. */
const TRANSFORM = /^(?:\s*(?:translate|scale|rotate|matrix|skewX|skewY)\([-\d.e, ]+\))+\s*$/;
/**
 * Attributes SVG 1.1 tools do not read or read otherwise: CSS in `style`, SVG 2's `paint-order` (a text's halo drawn
 * over its glyphs), the baselines Office ignores, `font-variant-*`, `direction` (Office and librsvg order and anchor
 * right-to-left text differently: the files embed it instead), `unicode-bidi`, a plain `href` (SVG 1.1 has
 * `xlink:href`), blending, `vector-effect`, `transform-origin`, classes (no stylesheet reads them).
 */
const FORBIDDEN_ATTRIBUTES = new Set([
  'style',
  'class',
  'paint-order',
  'dominant-baseline',
  'alignment-baseline',
  'font-variant',
  'font-variant-numeric',
  'direction',
  'unicode-bidi',
  'href',
  'mix-blend-mode',
  'isolation',
  'vector-effect',
  'transform-origin',
]);
const FORBIDDEN_ELEMENTS = new Set(['style', 'foreignObject', 'script', 'use', 'image', 'mask', 'filter']);

/** What in `svg` an SVG 1.1 tool would drop or draw otherwise, as readable complaints (none: the file is fine). */
function problems(svg) {
  const found = new Set();
  const root = /^<svg\s[^>]*>/.exec(svg)?.[0] ?? '';
  const size = /\swidth="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(root);
  if (!size || size[1] !== size[3] || size[2] !== size[4]) found.add(`root without a size in px and its viewBox: ${root}`);
  for (const [, element] of svg.matchAll(/<([\w:-]+)[\s/>]/g)) if (FORBIDDEN_ELEMENTS.has(element)) found.add(`<${element}>`);
  for (const [, name, value] of svg.matchAll(/\s([\w:-]+)="([^"]*)"/g)) {
    if (FORBIDDEN_ATTRIBUTES.has(name)) found.add(`${name}="${value}"`);
    if (name === 'xlink:href' && !/\sxmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink"/.test(root))
      found.add('xlink:href without xmlns:xlink');
    if (/#[\da-f]{8}\b|#[\da-f]{4}\b/i.test(value)) found.add(`eight- or four-digit hex: ${name}="${value}"`);
    if (COLOUR_FUNCTION.test(value)) found.add(`colour function: ${name}="${value}"`);
    if (/currentcolor|var\(--|!important/i.test(value)) found.add(`CSS value: ${name}="${value}"`);
    if ((name === 'fill' || name === 'stroke') && !PAINT.test(value)) found.add(`paint: ${name}="${value}"`);
    if (/opacity$/.test(name) && !(/^(?:0|1|0?\.\d+)$/.test(value) && Number(value) <= 1)) found.add(`opacity: ${name}="${value}"`);
    if (/transform$/i.test(name) && !TRANSFORM.test(value)) found.add(`transform: ${name}="${value}"`);
  }
  return [...found];
}

describe('files for slide software', () => {
  it('hold every widget, bundled dataset, language (en, fa, ar) and theme to SVG 1.1', async () => {
    assert.equal(STATIC_WIDGETS.length, 7);
    assert.equal(BUNDLED_DATASETS.length, 3);
    let files = 0;
    const failures = [];
    for (const id of BUNDLED_DATASETS) {
      const data = dataset(id);
      for (const widget of STATIC_WIDGETS)
        for (const lang of ['en', 'fa', 'ar'])
          for (const theme of ['light', 'dark']) {
            const svg = await renderSvg(widget, data, { lang, theme, width: 960, height: 540 });
            files += 1;
            for (const problem of problems(svg)) failures.push(`${widget} ${id} ${lang} ${theme}: ${problem}`);
          }
    }
    assert.equal(files, 7 * 3 * 3 * 2);
    assert.deepEqual(failures.slice(0, 20), []);
  });

  it('and the options that draw more: halos, arcs, comparisons, a selection, a donut, an area, no background', async () => {
    const cinvu = dataset('cinvu');
    const variants = [
      ['map', { metric: 'virtual-students', selected: 'AFG' }],
      ['map', { compare: 'silk-road', projection: 'orthographic', legend: 'side' }],
      ['map', { mode: 'reach', highlight: 'PAK TUR', step: 1 }],
      ['regions', { type: 'donut' }],
      ['trend', { type: 'area', 'time-direction': 'rtl' }],
      // Transparent: the labels' and hollow dots' knockouts are clip paths (no <mask>, which Office's import drops).
      ['trend', { type: 'area', background: 'transparent' }],
      ['dashboard', { background: 'transparent' }],
      ['bars', { 'group-by': 'country', selected: 'AFG' }],
      ['table', { compare: 'al-mustafa' }],
    ];
    const failures = [];
    for (const [widget, options] of variants)
      for (const lang of ['en', 'fa'])
        for (const theme of ['light', 'dark']) {
          const svg = await renderSvg(widget, cinvu, { ...options, lang, theme, width: 960, height: 540 });
          for (const problem of problems(svg)) failures.push(`${widget} ${JSON.stringify(options)} ${lang} ${theme}: ${problem}`);
        }
    assert.deepEqual(failures, []);
  });

  it('and a map with members of no data, hatched by a pattern of the file', async () => {
    const example = dataset('example-network');
    const metric = example.metrics[0].id;
    example.members[0].values = { ...example.members[0].values, [metric]: null };
    for (const theme of ['light', 'dark']) {
      const svg = await renderSvg('map', example, { metric, theme, width: 960, height: 540 });
      assert.match(svg, /<defs><pattern id="netreach-hatch" patternUnits="userSpaceOnUse" [^>]*><rect [^>]*\/><line [^>]*\/><\/pattern>/);
      assert.match(svg, /fill="url\(#netreach-hatch\)"/);
      assert.deepEqual(problems(svg), []);
    }
  });

  it("writes a page's translucent colours (a browser's file) as #rrggbb and an opacity", async () => {
    // What `pageTheme()` reads from a page with `--netreach-background: rgb(0 0 0 / 50%)` and the like.
    const colours = { background: '#00000080', color: '#ffffffcc', 'region-1': '#0102037f', 'trend-color': '#0f766e99' };
    const file = (scene, options) => renderWidgetFile(scene, dataset('cinvu'), options, { width: 600, height: 400, page: { colours } });
    const regions = await file(regionsScene, {});
    assert.deepEqual(problems(regions), []);
    assert.match(regions, /<rect width="600" height="400" fill="#000000" fill-opacity="0\.502"\/>/);
    assert.match(regions, /fill="#010203" fill-opacity="0\.498"/);
    // Secondary text: the text at 62 % of its own alpha (0.8 × 0.62 = 0.496, 126 / 255).
    assert.match(regions, /<text [^>]*fill="#ffffff" fill-opacity="0\.494"/);
    const trend = await file(trendScene, { metric: 'virtual-students' });
    assert.deepEqual(problems(trend), []);
    assert.match(trend, /<path d="[^"]*" fill="none" stroke="#0f766e" stroke-width="[\d.]+" stroke-opacity="0\.6"\/>/);
    // A value's halo is the translucent ground, stroked under the glyphs.
    assert.match(
      trend,
      /<g><text [^>]*fill="none" stroke="#000000" stroke-width="[\d.]+" stroke-linejoin="round"[^>]* stroke-opacity="0\.502"/,
    );
    // An opacity given with a translucent paint is multiplied by its alpha.
    assert.equal(el('line', { stroke: '#ffffffcc', 'stroke-opacity': 0.55 }), '<line stroke="#ffffff" stroke-opacity="0.44"/>');
  });

  it("draws a label's halo under its glyphs without SVG 2's paint-order", async () => {
    const svg = await renderSvg('trend', dataset('cinvu'), { width: 960, height: 540 });
    const halos = [...svg.matchAll(/<g><text ([^>]*fill="none"[^>]*)>([^<]*)<\/text><text ([^>]*)>([^<]*)<\/text><\/g>/g)];
    assert.ok(halos.length > 0);
    for (const [, under, text, over, again] of halos) {
      assert.equal(again, text);
      assert.match(under, /fill="none" stroke="#ffffff" stroke-width="[\d.]+" stroke-linejoin="round"/);
      assert.doesNotMatch(over, /stroke/);
      // The same place, size and anchor.
      const place = (attributes) => attributes.replace(/ (?:fill|stroke[\w-]*)="[^"]*"/g, '');
      assert.equal(place(under), place(over));
    }
  });
});
