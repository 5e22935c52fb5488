/**
 * The map's colour scale by the text's lightness, as the base styles' accents (`textAccents`, src/base/theme.ts):
 * for the drawn map's stylesheet (map.drawn.styles.ts), in the map's lazy chunk. Built here: the build's CSS minifier
 * leaves a file that calls `unsafeCSS()` unminified.
 */
import { unsafeCSS } from 'lit';
import { THEME_COLOURS } from '../core/theme-colours.js';
import { byText } from '../base/theme.js';

export const mapScaleByText = unsafeCSS(
  `--_seq-low: var(--netreach-map-low, ${byText(THEME_COLOURS.light.seqLow, THEME_COLOURS.dark.seqLow)});` +
    `--_seq-high: var(--netreach-map-high, ${byText(THEME_COLOURS.light.seqHigh, THEME_COLOURS.dark.seqHigh)});`,
);
