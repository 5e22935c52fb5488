/**
 * The drawn trend's template: its figure, title, summary, chart, keys, notes and sources. In the trend's lazy chunk
 * (trend.chunk.ts) with its scene, model and styles; the element (trend.ts) keeps the pointer, the focus, the tooltip
 * and the measuring.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderNotes, renderSources } from '../base/chart-parts.js';
import { drawMarks } from '../base/marks.js';
import { msg } from '../core/i18n.js';
import type { ChartScene, Mark } from '../core/scene.js';
import type { TrendPrepared } from './trend.scene.js';
import '../core/en/trend.js';

/** What the trend draws, and the element's parts and handlers around it. */
export interface DrawnTrend {
  prepared: TrendPrepared;
  /** The notes shown under it: the scene's, but those the page shows elsewhere (the element's `shownNotes()`). */
  notes: readonly string[];
  /** The chart at the measured size; none before the first measurement. */
  chart?: ChartScene;
  /** The chart keeps its least height (fitTrend()'s `least`), what is under it scrolling. */
  least?: boolean;
  locale: string;
  rtl: boolean;
  /** The point whose tooltip shows (under the pointer or focused), drawn highlighted. */
  highlighted?: string;
  /** The point that holds the chart's tab stop. */
  activeId?: string;
  /** "Illustrative data", the element's. */
  badge: TemplateResult | typeof nothing;
  tooltip: TemplateResult | typeof nothing;
  onPointerMove: (event: PointerEvent) => void;
  onPointerLeave: () => void;
}

/** `marks` with the point `id` marked `highlighted` (its dot filled): the point under the pointer or focused. */
function highlight(marks: readonly Mark[], id: string): Mark[] {
  return marks.map((mark) => {
    if (mark.kind !== 'group') return mark;
    if (mark.item) return mark.item.id === id ? { ...mark, class: `${mark.class ?? ''} highlighted`.trim() } : mark;
    return { ...mark, children: highlight(mark.children, id) };
  });
}

/** Whether the arrow keys have points to move between: two or more (no hint of them for none, or for one). */
const moves = (view: DrawnTrend): boolean => view.prepared.data.points.length > 1;

function renderChart(view: DrawnTrend, chart: ChartScene): TemplateResult {
  const { width, height } = chart;
  const marks = view.highlighted === undefined ? chart.marks : highlight(chart.marks, view.highlighted);
  return html`<svg
    part="chart"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    role="group"
    aria-label=${view.prepared.title ?? chart.label}
    aria-describedby=${moves(view) ? 'keys' : nothing}
    @pointermove=${view.onPointerMove}
    @pointerdown=${view.onPointerMove}
    @pointerleave=${view.onPointerLeave}
    ${drawMarks(marks, { itemRole: 'img', activeId: view.activeId, rtl: view.rtl })}
  ></svg>`;
}

export function renderTrend(view: DrawnTrend): TemplateResult {
  const { prepared, chart, locale } = view;
  const { data } = prepared;
  const empty = data.points.length === 0;
  return html`${view.badge}
    <figure part="figure" class=${view.least ? 'least' : nothing} aria-describedby="summary">
      <figcaption part="title">${prepared.title}</figcaption>
      <p class="visually-hidden" id="summary">${data.summary}</p>
      ${
        empty
          ? html`<div class="status" part="status">${data.summary}</div>`
          : html`<div class="chart">${chart ? renderChart(view, chart) : nothing} ${view.tooltip}</div>`
      }
      ${moves(view) ? html`<p class="visually-hidden" id="keys">${msg(locale, 'trendKeys')}</p>` : nothing}
      ${renderNotes(view.notes)} ${renderSources(prepared.sources, locale)}
    </figure>`;
}
