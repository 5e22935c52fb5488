/**
 * Text widths for scenes on the page (`SceneEnv.measure`), from a canvas in the widget's own font: labels are laid
 * out to the glyphs the reader sees, not to estimates. Each text is measured once per font and weight.
 */
import type { SceneEnv } from '../core/scene.js';
import { measureText } from '../static/svg.js';

/** Canvas widths are measured at this size and scaled: one measurement serves every size. */
const REFERENCE_SIZE = 100;
let canvas: HTMLCanvasElement | undefined;
const measurers = new Map<string, SceneEnv['measure']>();

/** A `measure` in `fontFamily` (the widget's computed `font-family`); estimates where a canvas cannot measure. */
export function canvasMeasure(fontFamily: string): SceneEnv['measure'] {
  const family = fontFamily || 'sans-serif';
  let measure = measurers.get(family);
  if (measure) return measure;
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return measureText;
  const widths = new Map<string, number>();
  measure = (text, size, weight = 400) => {
    const key = `${weight}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = `${weight} ${REFERENCE_SIZE}px ${family}`;
      width = context.measureText(text).width;
      widths.set(key, width);
    }
    return (width * size) / REFERENCE_SIZE;
  };
  measurers.set(family, measure);
  return measure;
}
