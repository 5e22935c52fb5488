/**
 * The themes as CSS declarations, built from the colours in src/core/palette.ts (which static rendering uses
 * too), so a colour is written in one place. Strings through unsafeCSS, not css`` templates: they are lists of
 * declarations that src/base/styles.ts places inside its rules.
 */
import { unsafeCSS } from 'lit';
import { THEME_COLOURS, type ThemeName } from '../core/palette.js';

/** The accent, error, focus and region colours of a theme, each overridable by its --netreach-* property. */
function accents(name: ThemeName): string {
  const colours = THEME_COLOURS[name];
  return [
    `--_accent: var(--netreach-accent, ${colours.accent});`,
    `--_error: var(--netreach-error-color, ${colours.error});`,
    `--_focus: var(--netreach-focus-color, ${colours.focus});`,
    ...colours.regions.map((colour, index) => `--_region-${index + 1}: var(--netreach-region-${index + 1}, ${colour});`),
  ].join('');
}

/** A whole theme: colour scheme, text and background, and the accents. */
function theme(name: ThemeName): string {
  const colours = THEME_COLOURS[name];
  return `color-scheme: ${name};--_fg: var(--netreach-color, ${colours.fg});--_bg: var(--netreach-background, ${colours.bg});${accents(name)}`;
}

/** Without a theme a widget takes the page's text colour and background, with the light accents. */
export const defaultAccents = unsafeCSS(accents('light'));
export const lightTheme = unsafeCSS(theme('light'));
export const darkTheme = unsafeCSS(theme('dark'));
