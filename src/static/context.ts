/** What every static widget renderer is given, and what it gives back. Pure; no DOM. */
import type { Palette } from '../core/palette.js';
import type { Dataset, Source } from '../core/types.js';

/** A rectangle in the image's pixels (physical: x from the left edge). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StaticContext {
  dataset: Dataset;
  /** The metric asked for (already checked to exist), or undefined for the widget's default. */
  metric?: string;
  locale: string;
  rtl: boolean;
  palette: Palette;
  /** The image's size in pixels. */
  width: number;
  height: number;
  /**
   * The type scale: 1 on a 960×540 image, 2 on 1920×1080 (the smaller of width / 960 and height / 540). Sizes
   * of text, strokes and gaps are multiples of it.
   */
  unit: number;
  /** Widget options, as the elements' attributes spell them (`type`, `group-by`, `projection`, …). */
  options: Readonly<Record<string, string | number | undefined>>;
  /**
   * Every option of the widget by property name (`groupBy`), checked by its spec and its default filled in: what a
   * scene function takes (`renderWidgetFile(scene, dataset, values, …)`), as the element passes its own.
   */
  values: Readonly<Record<string, string | number | boolean | undefined>>;
}

/** A widget prepared for drawing: its title and sources are known before the chart is laid out. */
export interface StaticWidget {
  /** The slide's title: "Member countries by region". */
  title: string;
  /** What the source line cites. */
  sources: readonly Source[];
  /** The chart inside `box`, as SVG markup (may add `<defs>` content through `defs`). */
  draw(box: Box, defs: string[]): string | Promise<string>;
}

/** Mirrors a box inside the image for right-to-left locales (`x` measured from the start edge). */
export function mirrorBox(context: StaticContext, box: Box): Box {
  return context.rtl ? { ...box, x: context.width - box.x - box.width } : box;
}

/** Mirrors an x coordinate inside the image for right-to-left locales. */
export function mirrorX(context: StaticContext, x: number): number {
  return context.rtl ? context.width - x : x;
}
