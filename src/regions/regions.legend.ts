/**
 * The regions' legend, as HTML from the prepared scene (the file writes it as SVG text, src/scene/document.ts): a
 * swatch, the label and its figure per entry. In the regions' chunk (regions.chunk.ts), the only page widget that
 * draws a scene's legend (the map draws its own, map.view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../base/cssom-style.js';
import { cssPaint, type LegendEntry } from '../core/scene.js';

function swatch(entry: LegendEntry): TemplateResult {
  const colour = cssPaint(entry.paint) ?? 'transparent';
  const style: Record<string, string> = entry.shape === 'ring' ? { 'border-color': colour } : { background: colour };
  return html`<span class="swatch ${entry.shape}" ${cssomStyle(style)} aria-hidden="true"></span>`;
}

export interface LegendOptions {
  /** The legend's accessible name ("Regions"). */
  readonly title: string;
  /**
   * Entries are buttons that select what they stand for (one tab stop: a RovingFocusController with the selector
   * `[part~="legend-item"]` moves between them); else a plain list.
   */
  readonly interactive?: { readonly selected?: string | null; readonly activeId?: string };
}

/**
 * The legend: a swatch, the label and its figure per entry. The label and its figure share one box, so that a label
 * that wraps ends its last line with the figure, which as a flex item of its own stood at the row's far end.
 */
export function renderLegend(entries: readonly LegendEntry[], options: LegendOptions): TemplateResult | typeof nothing {
  if (entries.length === 0) return nothing;
  const interactive = options.interactive;
  if (!interactive) {
    return html`<ul part="legend" aria-label=${options.title}>
      ${entries.map(
        (entry) =>
          html`<li part="legend-item">${swatch(entry)}<span><span class="name">${entry.label}</span>${
            entry.detail ? html` <span class="figure">${entry.detail}</span>` : nothing
          }</span></li>`,
      )}
    </ul>`;
  }
  return html`<div part="legend" role="group" aria-label=${options.title}>
    ${entries.map(
      // Named in words: Chromium names a button from its laid-out text, where the space before a figure that wraps
      // to the next line is gone ("Asia and Oceania27 (47%)").
      (entry) => html`<button part="legend-item" type="button" data-item=${entry.id ?? ''}
        aria-label=${entry.detail ? `${entry.label} ${entry.detail}` : entry.label}
        tabindex=${entry.id === interactive.activeId ? 0 : -1} aria-pressed=${entry.id === interactive.selected ? 'true' : 'false'}>
        ${swatch(entry)}<span><span class="name">${entry.label}</span>${entry.detail ? html` <span class="figure">${entry.detail}</span>` : nothing}</span>
      </button>`,
    )}
  </div>`;
}
