/**
 * One widget drawn to a file: its scene function applied to a dataset and option values, then written as a
 * standalone document. The element's `toSVG()` and the command line call this same function with the same
 * arguments, which is why their files are the same. Pure; no DOM.
 */
import { loadCatalog } from '../core/i18n.js';
import { directionOf, resolveLocale } from '../core/locale.js';
import { PALETTES, type ThemeName } from '../core/palette.js';
import type { PreparedScene, SceneEnv } from '../core/scene.js';
import type { Dataset } from '../core/types.js';
import { measureText } from '../static/svg.js';
import { documentUnit, renderDocument } from './document.js';

/** A widget's scene function: the dataset and its option values (by property name) to what it shows. */
export type SceneFunction = (dataset: Dataset, options: Readonly<Record<string, unknown>>, env: SceneEnv) => PreparedScene;

export interface FileOptions {
  readonly width: number;
  readonly height: number;
  readonly lang?: string;
  readonly theme?: ThemeName;
  readonly fontFamily?: string;
}

/** The environment of a file: estimated text widths (no fonts to measure in Node), the file's type scale. */
export function fileEnv(locale: string, width: number, height: number): SceneEnv {
  return {
    locale,
    rtl: directionOf(locale) === 'rtl',
    unit: documentUnit(width, height),
    measure: (text, size, weight) => measureText(text, size, weight, locale),
  };
}

/** The file, once the locale's messages are loaded (the element's are; the command line awaits them). */
export function widgetDocument(
  scene: SceneFunction,
  dataset: Dataset,
  options: Readonly<Record<string, unknown>>,
  file: FileOptions,
): string {
  const locale = resolveLocale(file.lang);
  const env = fileEnv(locale, file.width, file.height);
  return renderDocument(scene(dataset, options, env), {
    width: file.width,
    height: file.height,
    locale,
    rtl: env.rtl,
    palette: PALETTES[file.theme ?? 'light'],
    unit: env.unit,
    fontFamily: file.fontFamily,
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
