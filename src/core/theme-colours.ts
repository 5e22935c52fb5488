/**
 * The values netreach's themes start from: the light and dark themes' foreground, background, accent, error,
 * focus and region colours and the map's sequential ramp. What every page's stylesheets need (`src/base/theme.ts`
 * turns them into `--_*` declarations, the map's chunk its scale by the text's lightness); the palettes files are
 * written in, mixed from them, are `palette.ts`'s, which only the file writer (the on-demand chunk) imports.
 * Pure; no DOM.
 */

export type ThemeName = 'light' | 'dark';

/**
 * The values the themes start from: the one source of the colours, for the elements' stylesheets
 * (`src/base/theme.ts` turns them into `--_*` declarations) and for static rendering.
 */
export const THEME_COLOURS = {
  light: {
    fg: '#1b1f24',
    bg: '#ffffff',
    accent: '#0f766e',
    error: '#b42318',
    focus: '#2563eb',
    // Okabe and Ito's palette for colour-vision deficiency (vermillion before orange, which is too light on
    // white; their black as a dark grey): every pair stays ΔE2000 ≥ 10 under simulated protanopia,
    // deuteranopia and tritanopia (test/unit/palette-cvd.test.ts).
    regions: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442', '#5c5c5c'],
    seqLow: '#9ed8c8',
    seqHigh: '#0b4f4a',
  },
  dark: {
    fg: '#eef1f4',
    bg: '#15191e',
    accent: '#2dd4bf',
    error: '#fda29b',
    focus: '#93c5fd',
    // Okabe–Ito on a dark ground: the light sky blue first, their black as white.
    regions: ['#56b4e9', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#0072b2', '#f0e442', '#ffffff'],
    seqLow: '#1f5a55',
    seqHigh: '#7ee0cf',
  },
} as const;

/** `#rgb` or `#rrggbb` as its three 0–255 channels. */
export function parseHex(hex: string): [number, number, number] {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value;
  const n = Number.parseInt(full, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** How many region colours a theme has: the ninth region takes the first colour again. */
export const REGION_SLOTS = 8;
