/** Scene paints resolved to a theme's colours, for files (SVG, PNG, the command line). Pure; no DOM. */
import { mixOklab, regionColour, type Palette } from './palette.js';
import { HATCH_ID, type Paint } from './scene.js';

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
  if (seq) return mixOklab(palette.seqHigh, palette.seqLow, Math.round(Math.min(1, Math.max(0, Number(seq[1]))) * 100) / 100);
  return undefined;
}
