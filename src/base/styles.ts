import { css } from 'lit';
import { darkTheme } from './theme-dark.js';



/**
 * Styles every widget shares. Public `--netreach-*` properties are read once into private `--_*` aliases, so
 * each rule has one place for its default. By default a widget takes the page's font and text colour.
 */
export const baseStyles = css`
  :host {
    --_font: var(--netreach-font, inherit);
    --_fg: var(--netreach-color, currentColor);
    --_bg: var(--netreach-background, transparent);
    --_muted: var(--netreach-muted-color, color-mix(in srgb, currentColor 62%, transparent));
    --_accent: var(--netreach-accent, #0f766e);
    --_surface: var(--netreach-surface, color-mix(in srgb, currentColor 6%, transparent));
    --_border: var(--netreach-border-color, color-mix(in srgb, currentColor 18%, transparent));
    --_radius: var(--netreach-radius, 8px);
    --_space: var(--netreach-spacing, 0.75rem);
    --_error: var(--netreach-error-color, #b42318);
    --_focus: var(--netreach-focus-color, #2563eb);
    --_region-1: var(--netreach-region-1, #0f766e);
    --_region-2: var(--netreach-region-2, #c2410c);
    --_region-3: var(--netreach-region-3, #6d28d9);
    --_region-4: var(--netreach-region-4, #b45309);
    --_region-5: var(--netreach-region-5, #be185d);
    --_region-6: var(--netreach-region-6, #1d4ed8);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    color: var(--_fg);
    background: var(--_bg);
    /* Hostile page CSS (text-transform, letter-spacing) must not reshape the widget. */
    text-transform: none;
    letter-spacing: normal;
    line-height: 1.35;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
    --_fg: var(--netreach-color, #1b1f24);
    --_bg: var(--netreach-background, #ffffff);
    --_accent: var(--netreach-accent, #0f766e);
  }
  :host([theme='dark']) {
    ${darkTheme}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTheme}
    }
  }
  @media (prefers-color-scheme: light) {
    :host([theme='auto']) {
      color-scheme: light;
      --_fg: var(--netreach-color, #1b1f24);
      --_bg: var(--netreach-background, #ffffff);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  svg {
    max-width: none;
    overflow: visible;
  }
  .frame {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    block-size: 100%;
  }
  .status {
    color: var(--_muted);
    padding: var(--_space);
  }
  [part='error'] {
    color: var(--_error);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    overflow-wrap: anywhere;
  }
  [part='badge'] {
    align-self: flex-start;
    justify-self: start;
    font-size: 0.75em;
    font-weight: 600;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 1px dashed currentColor;
    color: var(--_muted);
  }
  [part='source'] {
    font-size: 0.8em;
    color: var(--_muted);
    margin: 0;
  }
  .data-view {
    max-block-size: 20rem;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.85em;
  }
  .data-view table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .data-view th,
  .data-view td {
    padding: 0.3rem 0.6rem;
    text-align: start;
    border-block-end: 1px solid var(--_border);
  }
  .data-view th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_bg);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :host {
      --_fg: CanvasText;
      --_bg: Canvas;
      --_muted: CanvasText;
      --_accent: Highlight;
      --_error: CanvasText;
      --_focus: Highlight;
    }
  }
`;
