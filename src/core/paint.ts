/** Scene paints resolved to a theme's colours, for files (SVG, PNG, the command line). Pure; no DOM. */
import { mixOklab, regionColour, type Palette } from './palette.js';
import { HATCH_ID, type Paint } from './scene.js';

/** The alpha (0–1) of `#rrggbb` (1) or `#rrggbbaa` (a page's translucent colour, in a browser's file). */
const alphaOf = (colour: string) => (colour.length > 7 ? Number.parseInt(colour.slice(7), 16) / 255 : 1);

/** `colour` at `alpha` (0–1) times its own: `#rrggbbaa`, or `#rrggbb` when that is opaque. */
export function withAlpha(colour: string, alpha: number): string {
  const a = Math.round(alphaOf(colour) * alpha * 255);
  return colour.slice(0, 7) + (a < 255 ? a.toString(16).padStart(2, '0') : '');
}

/** `paint` as a colour of `palette`; `undefined` for no paint. */
export function resolvePaint(paint: Paint | undefined, palette: Palette): string | undefined {
  if (paint === undefined) return undefined;
  if (paint === 'none' || paint.startsWith('#')) return paint;
  switch (paint) {
    case 'fg':
    case 'bg':
    case 'muted':
    case 'border':
    case 'accent':
    case 'land':
      return palette[paint];
    case 'bar':
    case 'trend':
      return palette[paint] ?? palette.accent;
    case 'focus':
      return palette.accent;
    case 'line':
      return palette.line ?? palette.bg;
    case 'arc':
      return palette.arc ?? palette.accent;
    case 'hatch':
      // The document defines the pattern (see src/scene/document.ts).
      return `url(#${HATCH_ID})`;
  }
  const region = /^region-(\d+)$/.exec(paint);
  if (region) return regionColour(palette, Number(region[1]));
  const seq = /^seq-([\d.]+)$/.exec(paint);
  if (seq) {
    const weight = Math.round(Math.min(1, Math.max(0, Number(seq[1]))) * 100) / 100;
    const { seqHigh: high, seqLow: low } = palette;
    // A translucent end's alpha is mixed as its colour is (the page's color-mix() does so too).
    return withAlpha(mixOklab(high.slice(0, 7), low.slice(0, 7), weight), alphaOf(high) * weight + alphaOf(low) * (1 - weight));
  }
  return undefined;
}
