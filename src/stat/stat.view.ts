/**
 * The drawn tile's template: its label, figure, words, sparkline, notes and sources. In the stat's lazy chunk
 * (stat.chunk.ts) with its scene, model and styles; the element (stat.ts) keeps the count-up, the data and the files.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderNotes, renderSources } from '../base/chart-parts.js';
import { cssomStyle } from '../base/cssom-style.js';
import { drawMarks } from '../base/marks.js';
import { fontKey, pageMeasure } from '../base/measure.js';
import { listSeparator } from '../core/locale.js';
import { formatStatValue } from '../core/growth.js';
import type { StatModel } from '../core/stat-model.js';
import { figureLine, sparklineMarks, type StatPrepared } from './stat.scene.js';

const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 32;

/** What the tile draws, and the element's parts around it. */
export interface DrawnStat {
  prepared: StatPrepared;
  /** The notes shown under it: the scene's, but those the page shows elsewhere (the element's `shownNotes()`). */
  notes: readonly string[];
  /** The number on display while counting up; null shows the final figure. */
  shownValue: number | null;
  locale: string;
  /** Time runs right to left in the sparkline (`time-direction="rtl"`). */
  mirror: boolean;
  /** "Illustrative data", the element's. */
  badge: TemplateResult | typeof nothing;
  /** The element's document (an iframe's, where it is in one): its body's font is the page's. */
  doc: Document;
}

export function renderStat({ prepared, notes, shownValue, locale, mirror, badge, doc }: DrawnStat): TemplateResult {
  const model = prepared.model;
  // While counting, a plain number: "25M+" would claim more than 25 million, which no source says. The
  // qualifier comes with the true figure the count ends on.
  const counting = shownValue !== null && model.value !== null;
  const visible = counting ? formatStatValue(shownValue, undefined, locale, prepared.metric) : model.short;
  const figure = figureLine(model);
  return html`<div class="tile">
    ${badge}
    <p part="label" id="label">${model.label}</p>
    <p part="value" aria-hidden="true" title=${model.long} ${cssomStyle({ '--_fig-em': String(figureEms(model.short, doc)) })}>${visible}</p>
    ${
      // The year a figure is for, under it, as in the file. Its words ("more than 30 million") are what a screen
      // reader hears for the big number; when they are the number itself ("57"), it hears them before the year.
      model.long === model.short || !figure ? html`<p class="visually-hidden">${model.long}</p>` : nothing
    }${figure ? html`<p part="figure">${figure}</p>` : nothing}
    ${model.named ? html`<p part="named">${model.named}</p>` : nothing}
    ${model.growth ? html`<p part="growth">${model.growth}</p>` : nothing}
    ${renderSparkline(model, locale, mirror)} ${renderNotes(notes)} ${renderSources(prepared.sources, locale)}
  </div>`;
}

/**
 * The scene's sparkline, stretched to the tile's width (the stroke keeps its width: see the styles), with the first
 * and last points' times under its ends, as in the file ("Before the spread of coronavirus" … "2021"): a line from
 * an unnamed time says less than it seems to. The times follow the line's ends, not the language (`dir`); a screen
 * reader has every point in the line's name.
 */
function renderSparkline(model: StatModel, locale: string, mirror: boolean): TemplateResult | typeof nothing {
  const marks = sparklineMarks(model.series, SPARK_WIDTH, SPARK_HEIGHT, mirror);
  if (marks.length === 0) return nothing;
  const description = model.series.map((point) => point.label).join(listSeparator(locale, true));
  const times = [model.series[0]!, model.series[model.series.length - 1]!];
  return html`<svg part="sparkline" viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}" preserveAspectRatio="none" role="img" aria-label=${description}
      ${drawMarks(marks)}></svg
    ><p class="times" aria-hidden="true" dir=${mirror ? 'rtl' : 'ltr'}>${times.map((point) => html`<bdi>${point.when}</bdi>`)}</p>`;
}

/** Each page's font, read once: what a tile's text is set in unless the page themes it (`--netreach-font`). */
const pageFonts = new WeakMap<Document, string>();

/**
 * How many of its font sizes the figure is wide, bold ("۳٫۶ میلیون+": about 6), so that the stylesheet can size it
 * to its tile. Measured in the page's font, read once for every tile: reading each tile's own would recalculate the
 * page's style between their renders. A figure in another font that is still too wide wraps (the stylesheet).
 */
function figureEms(text: string, doc: Document): number {
  const font = pageFonts.get(doc) ?? fontKey(getComputedStyle(doc.body ?? doc.documentElement));
  pageFonts.set(doc, font);
  return Math.ceil(pageMeasure(font, doc)(text, 100, 700)) / 100;
}

const COUNT_UP_MS = 1200;

/**
 * Counts from zero to `target`, eased, a frame at a time: `show` hears each value (`null` at the end: the figure
 * itself), `frame` each frame requested (the element cancels it on leaving the page or counting again).
 */
export function countUp(target: number, show: (value: number | null) => void, frame: (id: number) => void): void {
  // Timed from its first frame: a frame's timestamp is when the frame began, which can be before this call (a
  // busy main thread), and a start taken here would make the first steps negative.
  let start: number | undefined;
  const step = (now: number) => {
    start ??= now;
    const progress = Math.min(1, (now - start) / COUNT_UP_MS);
    const eased = 1 - (1 - progress) ** 3;
    show(progress >= 1 ? null : target * eased);
    if (progress < 1) frame(requestAnimationFrame(step));
  };
  show(0);
  frame(requestAnimationFrame(step));
}

/**
 * The figure's size a page set with `--netreach-stat-size`, as `stat-size` says it (at type scale 1): what the
 * figure measures on the page, over the type scale of a file at the tile's own size — so that a file of the tile's
 * size draws it at the page's pixels, and a larger one larger with its other type. Unset: none (as large as fits).
 * Here, not in the element: only its files need it.
 */
export function pageStatSize(tile: HTMLElement): number | undefined {
  const figure = tile.shadowRoot?.querySelector('[part="value"]');
  if (!figure || !getComputedStyle(tile).getPropertyValue('--netreach-stat-size').trim()) return undefined;
  const px = Number.parseFloat(getComputedStyle(figure).fontSize);
  // The file's size and type scale as hostDocument() and documentUnit() make them (src/base/export.ts,
  // src/scene/document.ts, not imported: the serializer is the export's chunk).
  const side = (own: number, fallback: number) => Math.max(200, Math.round(own || fallback));
  const unit = Math.min(side(tile.clientWidth, 960) / 960, side(tile.clientHeight, 540) / 540);
  return px > 0 ? px / unit : undefined;
}
