/**
 * Pieces `<netreach-bars>` and `<netreach-regions>` share: the source line and tooltip placement. (Candidates
 * for src/base/ once more charts use them.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/i18n.js';
import type { Source } from '../core/types.js';

/** "Sources: A, B" with links for sources that have a URL; the full title and date on hover. */
export function renderSources(sources: readonly Source[], locale: string): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  const heading = msg(locale, sources.length === 1 ? 'source' : 'sources');
  return html`<p part="source">
    ${heading}:
    ${sources.map((source, index) => {
      const label = source.publisher ?? source.title;
      const title = source.title + (source.date ? ` (${source.date})` : '');
      const separator = index < sources.length - 1 ? ', ' : '';
      return source.url
        ? html`<a href=${source.url} title=${title} target="_blank" rel="noopener noreferrer">${label}</a>${separator}`
        : html`<span title=${title}>${label}</span>${separator}`;
    })}
  </p>`;
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
