/**
 * The themes as CSS declarations, built from the colours in src/core/theme-colours.ts (which static rendering uses
 * too), so a colour is written in one place. Strings through unsafeCSS, not css`` templates: they are lists of
 * declarations that src/base/styles.ts places inside its rules, written without the spaces the CSS minifier
 * takes out of css`` (it leaves unsafeCSS alone).
 */
import { unsafeCSS } from 'lit';
import { parseHex, THEME_COLOURS, type ThemeName } from '../core/theme-colours.js';

type Colours = (typeof THEME_COLOURS)[ThemeName];

/** The accent, error, focus and region colours, each overridable by its --netreach-* property. */
function accents(colour: (pick: (colours: Colours) => string) => string): string {
  return [
    `--_accent:var(--netreach-accent,${colour((colours) => colours.accent)});`,
    `--_error:var(--netreach-error-color,${colour((colours) => colours.error)});`,
    `--_focus:var(--netreach-focus-color,${colour((colours) => colours.focus)});`,
    ...THEME_COLOURS.light.regions.map(
      (_, index) => `--_region-${index + 1}:var(--netreach-region-${index + 1},${colour((colours) => colours.regions[index]!)});`,
    ),
  ].join('');
}

/**
 * `light` under dark text, `dark` under light text (OKLCH lightness over 0.7, as the map's borders decide): the
 * colour for a page that says neither its theme nor its colour scheme, whose background is unknown but whose text
 * colour tells it. The inner colour is black or white by the text's lightness; its red channel (0 or 255) then
 * picks each channel. Resolved where it is used, as `currentColor` is: a menu on the page's Canvas (CanvasText)
 * gets the light colours there.
 */
export function byText(light: string, dark: string): string {
  const from = parseHex(light);
  const to = parseHex(dark);
  const channel = (index: number) => `calc(${from[index]} + ${to[index]! - from[index]!} * r / 255)`;
  return `rgb(from oklch(from currentColor clamp(0, (l - 0.7) * 1000, 1) 0 0) ${channel(0)} ${channel(1)} ${channel(2)})`;
}

/** A whole theme: colour scheme, text and background, and the accents. */
function theme(name: ThemeName): string {
  const colours = THEME_COLOURS[name];
  return `color-scheme:${name};--_fg:var(--netreach-color,${colours.fg});--_bg:var(--netreach-background,${colours.bg});${accents((pick) => pick(colours))}`;
}

/**
 * Without a theme a widget takes the page's text colour and background, with the light accents — and, where the
 * browser has relative colours, the dark theme's under light text (the page is dark, whatever its colour scheme
 * says): the light accent was 3.2:1 on a dark page, its error text under 3:1.
 */
export const defaultAccents = unsafeCSS(accents((pick) => pick(THEME_COLOURS.light)));
/** {@link defaultAccents} by the text's lightness: for `@supports (color: rgb(from oklch(from currentColor l c h) r g b))`. */
export const textAccents = unsafeCSS(accents((pick) => byText(pick(THEME_COLOURS.light), pick(THEME_COLOURS.dark))));
export const lightTheme = unsafeCSS(theme('light'));
export const darkTheme = unsafeCSS(theme('dark'));
