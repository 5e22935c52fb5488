/**
 * netreach's colours as plain values: the themes' colours (`theme-colours.ts`, which the stylesheets are built
 * from) and the colours the stylesheets derive from them with `color-mix()`, as files need them. The elements
 * colour with CSS custom properties (`src/base/styles.ts` holds the same defaults); static rendering
 * (`src/static/`, the `netreach render` command) has no stylesheet and reads its colours here. The browser's file
 * writer (the on-demand chunk) is the only browser code that imports this module: the code a page loads up front
 * imports `theme-colours.ts` alone. Pure; no DOM.
 */

import { parseHex, REGION_SLOTS, THEME_COLOURS, type ThemeName } from './theme-colours.js';

// The themes' colours, here for the code that imported them from this module (static rendering, the tests).
export { parseHex, REGION_SLOTS, THEME_COLOURS, type ThemeName } from './theme-colours.js';

export interface Palette {
  /** Text and strokes that must read: `--_fg`. */
  fg: string;
  /** The widget's background: `--_bg`. */
  bg: string;
  /** Secondary text (source lines, axis labels): `--_muted`, the foreground at 62 % over the background. */
  muted: string;
  /** Gridlines and frames: `--_border`, the foreground at 18 %. */
  border: string;
  /** Highlights, single-series charts, growth figures: `--_accent`. */
  accent: string;
  /** The countries' bars and the trend (a page's `--netreach-bar-color`, `-trend-color`): the accent unless given. */
  bar?: string;
  trend?: string;
  /** The map's borders and arcs (a page's `--netreach-map-border`, `-map-arc`): the background and the accent unless given. */
  line?: string;
  arc?: string;
  /** `--_region-1` … `--_region-8`. */
  regions: readonly string[];
  /**
   * The map's sequential ramp, lightest and darkest class (`--_seq-low`, `--_seq-high`). The lowest class
   * stays ΔE2000 ≥ 18 from the land (non-members) in both themes (test/unit/palette-cvd.test.ts).
   */
  seqLow: string;
  seqHigh: string;
  /** Land that is not a member: the foreground at 11 % over the background (`--_land`). */
  land: string;
}

const BASE = THEME_COLOURS;

type Rgb = [number, number, number];

function toHex(rgb: readonly number[]): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** `color-mix(in srgb, a weight, b)`: `weight` (0–1) of `a`, the rest `b`. */
export function mixSrgb(a: string, b: string, weight: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex(x.map((c, i) => c * weight + y[i]! * (1 - weight)));
}

const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number) => 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * Math.max(0, v) ** (1 / 2.4) - 0.055);

function toOklab([r, g, b]: Rgb): Rgb {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function fromOklab([L, a, b]: Rgb): Rgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  ];
}

/** `color-mix(in oklab, a weight, b)`: `weight` (0–1) of `a`, the rest `b`. */
export function mixOklab(a: string, b: string, weight: number): string {
  const x = toOklab(parseHex(a));
  const y = toOklab(parseHex(b));
  return toHex(fromOklab(x.map((c, i) => c * weight + y[i]! * (1 - weight)) as Rgb));
}

function build(theme: ThemeName): Palette {
  const base = BASE[theme];
  return {
    fg: base.fg,
    bg: base.bg,
    muted: mixSrgb(base.fg, base.bg, 0.62),
    border: mixSrgb(base.fg, base.bg, 0.18),
    accent: base.accent,
    regions: [...base.regions],
    seqLow: base.seqLow,
    seqHigh: base.seqHigh,
    land: mixSrgb(base.fg, base.bg, 0.11),
  };
}

export const PALETTES: Readonly<Record<ThemeName, Palette>> = { light: build('light'), dark: build('dark') };

/** The colour of region slot `slot` (1-based, wrapping after {@link REGION_SLOTS}, as `--_region-N`). */
export function regionColour(palette: Palette, slot: number): string {
  const index = (((Math.max(1, Math.floor(slot)) - 1) % REGION_SLOTS) + REGION_SLOTS) % REGION_SLOTS;
  return palette.regions[index]!;
}

/** The map's sequential class `q0`…`q4` (`index` 0–4), lowest to highest, as the map's stylesheet mixes it. */
export function shadeColour(palette: Palette, index: number): string {
  const weight = Math.min(4, Math.max(0, index)) / 4;
  if (weight === 0) return palette.seqLow;
  if (weight === 1) return palette.seqHigh;
  return mixOklab(palette.seqHigh, palette.seqLow, weight);
}
