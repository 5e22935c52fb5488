/**
 * One widget drawn to a file: its scene function applied to a dataset and option values, then written as a
 * standalone document. The element's `toSVG()` and the command line call this same function with the same
 * arguments, which is why their files are the same. Pure; no DOM.
 */
import { catalogReady, loadCatalog, textLocale } from '../core/i18n.js';
import { withAlpha } from '../core/paint.js';
import { directionOf, resolveLocale } from '../core/locale.js';
import { mixSrgb, PALETTES, type Palette, type ThemeName } from '../core/palette.js';
import type { PreparedScene, SceneEnv } from '../core/scene.js';
import type { Dataset } from '../core/types.js';
import { fontFamily, measureText, type Measure } from '../static/svg.js';
import { documentUnit, renderDocument } from './document.js';

/** A widget's scene function: the dataset and its option values (by property name) to what it shows. */
export type SceneFunction = (dataset: Dataset, options: Readonly<Record<string, unknown>>, env: SceneEnv) => PreparedScene;

export interface FileOptions {
  readonly width: number;
  readonly height: number;
  readonly lang?: string;
  readonly theme?: ThemeName;
  /** What a page's `--netreach-*` properties make the widget show (the browser's files; the command line has none). */
  readonly page?: PageTheme;
  /** `transparent`: no background rectangle (`DocumentOptions.background`). */
  readonly background?: 'transparent';
  /**
   * Widths of text in `font` (the stack the file names: a page's font, then the language's), measured on the page
   * (the browser's files, where a page names a font): `page.font` laid out in the estimates of the language's font,
   * fitted to one face, spilled and overlapped in a much wider one (a monospace brand face).
   */
  readonly measure?: (font: string) => Measure;
}

/**
 * A page's `--netreach-*` colours as `#rrggbb`, or `#rrggbbaa` where translucent, by the property's name less its
 * prefix (`accent`, `region-1`, `color`, `background`, `muted-color`, `border-color`, `map-low`, `map-high`,
 * `map-land`, `map-border`, `map-arc`, `bar-color`, `trend-color`), and its font. The file writes a translucent one
 * as `#rrggbb` and an opacity (`attributes()`, src/static/svg.ts), which slide software reads.
 */
export interface PageTheme {
  readonly colours: Readonly<Record<string, string>>;
  readonly font?: string;
}

/**
 * The theme's colours with a page's over them. Secondary text, borders and land follow the page's text and
 * background unless it gives them too, as on the page: mixed, or where either is translucent the text at that
 * much (over what shows through, as on the page); with none given, the theme's own palette.
 */
export function filePalette(theme: ThemeName = 'light', colours: PageTheme['colours'] = {}): Palette {
  const base = PALETTES[theme];
  const fg = colours.color ?? base.fg;
  const bg = colours.background ?? base.bg;
  const mix = (weight: number) => (fg.length > 7 || bg.length > 7 ? withAlpha(fg, weight) : mixSrgb(fg, bg, weight));
  return {
    fg,
    bg,
    muted: colours['muted-color'] ?? mix(0.62),
    border: colours['border-color'] ?? mix(0.18),
    accent: colours.accent ?? base.accent,
    bar: colours['bar-color'],
    trend: colours['trend-color'],
    line: colours['map-border'],
    arc: colours['map-arc'],
    regions: base.regions.map((colour, index) => colours[`region-${index + 1}`] ?? colour),
    seqLow: colours['map-low'] ?? base.seqLow,
    seqHigh: colours['map-high'] ?? base.seqHigh,
    land: colours['map-land'] ?? mix(0.11),
  };
}

/**
 * The environment of a file: estimated text widths (no fonts to measure in Node), the file's type scale; or with
 * `measured`, the wider of the estimate and it for each text: a file in a page's font may be opened where that font
 * is not (an SVG sent on, a PNG of a web font, which an image does not load), and drawn in the language's font after
 * it, which the estimate is fitted to.
 */
export function fileEnv(locale: string, width: number, height: number, measured?: Measure): SceneEnv {
  return {
    locale,
    rtl: directionOf(locale) === 'rtl',
    unit: documentUnit(width, height),
    measure: (text, size, weight) => Math.max(measureText(text, size, weight, locale), measured?.(text, size, weight) ?? 0),
  };
}

/** The file, once the locale's messages are loaded (the element's are; the command line awaits them). */
export function widgetDocument(
  scene: SceneFunction,
  dataset: Dataset,
  options: Readonly<Record<string, unknown>>,
  file: FileOptions,
): string {
  // Strings that failed to load (loadCatalog() warned): English throughout, as the element draws it, not English
  // words in the language's digits, right to left.
  const wanted = textLocale(resolveLocale(file.lang));
  const locale = catalogReady(wanted) ? wanted : 'en';
  // A page's font first, the language's stack after it: a PNG has no web fonts, only the system's.
  const font = file.page?.font && `${file.page.font}, ${fontFamily(locale)}`;
  const env = fileEnv(locale, file.width, file.height, font ? file.measure?.(font) : undefined);
  return renderDocument(scene(dataset, options, env), {
    width: file.width,
    height: file.height,
    locale,
    rtl: env.rtl,
    palette: filePalette(file.theme, file.page?.colours),
    unit: env.unit,
    fontFamily: font,
    measure: env.measure,
    background: file.background,
  });
}

export async function renderWidgetFile(
  scene: SceneFunction,
  dataset: Dataset,
  options: Readonly<Record<string, unknown>>,
  file: FileOptions,
): Promise<string> {
  await loadCatalog(resolveLocale(file.lang));
  return widgetDocument(scene, dataset, options, file);
}
