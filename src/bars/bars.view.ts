/**
 * The drawn bars' template: the chart, notes and sources. In the bars' lazy chunk (bars.chunk.ts) with their scene,
 * model and styles; the element (bars.ts) keeps the pointer, the focus, the tooltip, the selection and the measuring.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderNotes, renderSources } from '../base/chart-parts.js';
import { drawMarks } from '../base/marks.js';
import type { ChartScene, PreparedScene } from '../core/scene.js';

/** What the bars draw, and the element's parts around them. */
export interface DrawnBars {
  prepared: PreparedScene;
  /** The notes shown under them: the scene's, but those the page shows elsewhere (the element's `shownNotes()`). */
  notes: readonly string[];
  /** The chart at the measured width; none before the first measurement. */
  chart?: ChartScene;
  /** The bars' ids, in order: a listbox of them when there are any. */
  ids: readonly string[];
  locale: string;
  rtl: boolean;
  /** The bar that holds the chart's tab stop. */
  activeId?: string;
  /** "Illustrative data", the element's. */
  badge: TemplateResult | typeof nothing;
  tooltip: TemplateResult | typeof nothing;
}

export function renderBars({ prepared, notes, chart, ids, locale, rtl, activeId, badge, tooltip }: DrawnBars): TemplateResult {
  return html`${badge}
    <div class="chart">
      ${
        chart
          ? html`<svg part="chart" width=${chart.width} height=${chart.height} viewBox="0 0 ${chart.width} ${chart.height}"
                role=${ids.length ? 'listbox' : 'img'} aria-label=${chart.label} aria-orientation=${ids.length ? 'vertical' : nothing}
                ${drawMarks(chart.marks, { itemRole: 'option', activeId, rtl })}></svg>
              ${tooltip}`
          : nothing
      }
    </div>
    ${renderNotes(notes)} ${renderSources(prepared.sources, locale)}`;
}
