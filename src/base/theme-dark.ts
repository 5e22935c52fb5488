import { unsafeCSS } from 'lit';

/** The dark palette, for `theme="dark"` and for `theme="auto"` on a dark system. */
// A string, not a css`` template: it is a list of declarations, not a stylesheet of its own.
export const darkTheme = unsafeCSS(`
    color-scheme: dark;
    --_fg: var(--netreach-color, #eef1f4);
    --_bg: var(--netreach-background, #15191e);
    --_accent: var(--netreach-accent, #2dd4bf);
    --_error: var(--netreach-error-color, #fda29b);
    --_focus: var(--netreach-focus-color, #93c5fd);
    --_region-1: var(--netreach-region-1, #2dd4bf);
    --_region-2: var(--netreach-region-2, #fb923c);
    --_region-3: var(--netreach-region-3, #c4b5fd);
    --_region-4: var(--netreach-region-4, #fcd34d);
    --_region-5: var(--netreach-region-5, #f9a8d4);
    --_region-6: var(--netreach-region-6, #93c5fd);
`);
