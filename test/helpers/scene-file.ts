/**
 * A widget drawn from a scene writes one file, wherever it is asked for: the element's `toSVG()` must be the
 * document `renderSvg()` (the command line's) writes for the same data, options, size, language and theme, on a page
 * that sets no `--netreach-*` property (the only difference a page may make: docs/WIDGETS.md).
 */
import { expect } from '@open-wc/testing';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import type { Dataset } from '../../src/core/types.js';
import { renderSvg, type RenderOptions } from '../../src/static/index.js';
import { expectGolden } from './golden.js';

/** Ids (and their references) numbered in order of appearance: two writers may name their defs differently. */
export function normalizeIds(markup: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of markup.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(id!)) ids.set(id!, `id-${ids.size + 1}`);
  return markup
    .replace(/\sid="([^"]+)"/g, (_, id: string) => ` id="${ids.get(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (match, id: string) => (ids.has(id) ? `url(#${ids.get(id)})` : match))
    .replace(/href="#([^"]+)"/g, (match, id: string) => (ids.has(id) ? `href="#${ids.get(id)}"` : match));
}

/**
 * `el.toSVG({ width, height, theme })` equals `renderSvg(widget, dataset, { ...options, width, height, lang, theme })`
 * once ids are normalised (the light theme by default); with `golden`, the file also matches
 * test/golden/<golden>.svg, which test/cli/same-file.test.mjs compares with the command line's.
 */
export async function expectSameFile(
  el: NetreachElement,
  widget: string,
  options: RenderOptions,
  size: { width: number; height: number },
  golden?: string,
  theme: 'light' | 'dark' = 'light',
): Promise<void> {
  const own = await el.toSVG({ ...size, theme });
  const cli = await renderSvg(widget, el.currentDataset as Dataset, { ...options, ...size, lang: el.locale, theme });
  expect(normalizeIds(own)).to.equal(normalizeIds(cli));
  if (golden) await expectGolden(golden, new DOMParser().parseFromString(own, 'image/svg+xml').documentElement);
}
