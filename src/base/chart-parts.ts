/** Pieces every chart shares: the notes, the source line and tooltip placement. */
import { html, nothing, type TemplateResult } from 'lit';
import { sourceLabel } from '../core/aggregate.js';
import { msg } from '../core/i18n.js';
import type { Source } from '../core/types.js';

/**
 * "Sources: A; B" (publisher, else title) with links for sources that have an http(s) URL; the full title and
 * date on hover. Semicolons, because publishers' names contain commas.
 */
export function renderSources(all: readonly Source[], locale: string): TemplateResult | typeof nothing {
  // Each source once: two releases of one publisher read the same on the line (the first one's link is kept).
  const sources = all.filter((source, index) => all.findIndex((other) => sourceLabel(other) === sourceLabel(source)) === index);
  if (sources.length === 0) return nothing;
  const heading = msg(locale, sources.length === 1 ? 'source' : 'sources');
  const items = sources.map((source, index) => {
    const label = sourceLabel(source);
    const title = source.title + (source.date ? ` (${source.date})` : '');
    const separator = index < sources.length - 1 ? '; ' : '';
    return source.url && /^https?:\/\//i.test(source.url)
      ? html`<a href=${source.url} title=${title} target="_blank" rel="noopener noreferrer">${label}</a>${separator}`
      : html`<span title=${title}>${label}</span>${separator}`;
  });
  // One line of template, so textContent reads "Sources: A; B" as it looks.
  return html`<p part="source">${heading}: ${items}</p>`;
}

/** A scene's notes (partial lists, periods, computed figures), one paragraph each, before the source line. */
export function renderNotes(notes: readonly string[]): TemplateResult | typeof nothing {
  if (notes.length === 0) return nothing;
  return html`${notes.map((note) => html`<p part="note">${note}</p>`)}`;
}

/**
 * Places `tip` (absolutely positioned in `box`) above the point (x, y) of `box`'s coordinate space, centred and
 * kept inside the box; below (at `below`) when there is no room above.
 */
export function placeTooltip(tip: HTMLElement, box: HTMLElement, x: number, y: number, below: number): void {
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const boxWidth = box.clientWidth;
  const left = Math.max(0, Math.min(boxWidth - width, x - width / 2));
  const top = y - height - 6 >= 0 ? y - height - 6 : below + 6;
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
}
