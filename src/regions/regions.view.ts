/**
 * The drawn regions' template: the waffle or donut, the legend, notes and sources. In the regions' lazy chunk
 * (regions.chunk.ts) with their scene, model and styles; the element (regions.ts) keeps the pointer, the focus, the
 * tooltip, the selection and the measuring.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderNotes, renderSources } from '../base/chart-parts.js';
import { renderLegend } from './regions.legend.js';
import { drawMarks } from '../base/marks.js';
import type { ChartScene, PreparedScene } from '../core/scene.js';

/** What the regions draw, and the element's parts and handlers around them. */
export interface DrawnRegions {
  prepared: PreparedScene;
  /** The notes shown under them: the scene's, but those the page shows elsewhere (the element's `shownNotes()`). */
  notes: readonly string[];
  /** The chart at the measured width; none before the first measurement. */
  chart?: ChartScene;
  locale: string;
  rtl: boolean;
  /** "Regions", or "Continents" when the dataset's regions are continents. */
  legendTitle: string;
  selected: string | null;
  /** The legend entry that holds the tab stop. */
  activeId?: string;
  /** "Illustrative data", the element's. */
  badge: TemplateResult | typeof nothing;
  tooltip: TemplateResult | typeof nothing;
  onChartClick: (event: Event) => void;
  onLegendOver: (event: Event) => void;
  onLegendOut: () => void;
}

export function renderRegions(drawn: DrawnRegions): TemplateResult {
  const { prepared, chart } = drawn;
  return html`${drawn.badge}<div class="scroll">
    <div class="body">
      ${
        chart
          ? html`<div class="chart">
              <svg part="chart" width=${chart.width} height=${chart.height} viewBox="0 0 ${chart.width} ${chart.height}" role="img"
                aria-label=${chart.label} @click=${drawn.onChartClick} ${drawMarks(chart.marks, { rtl: drawn.rtl })}></svg>
              ${drawn.tooltip}
            </div>`
          : nothing
      }
      <div class="legend-box" @focusin=${drawn.onLegendOver} @focusout=${drawn.onLegendOut} @pointerover=${drawn.onLegendOver}
        @pointerleave=${drawn.onLegendOut}>
        ${renderLegend(prepared.legend, {
          title: drawn.legendTitle,
          interactive: { selected: drawn.selected, activeId: drawn.activeId },
        })}
      </div>
    </div>
    ${renderNotes(drawn.notes)} ${renderSources(prepared.sources, drawn.locale, prepared.unsourced)}</div>`;
}
