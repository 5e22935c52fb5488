/**
 * A source's details after its title, as About this data (about-panel.ts, the on-demand chunk) and the dashboard's
 * sources (dashboard.view.ts, its chunk) show them. In a module of its own, which each of those chunks gets a copy of
 * (scripts/build.mjs, COPY_INTO_CHUNKS): only they use it, and netreach.js, which every page loads, need not hold
 * it. Pure; no state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { listSeparator } from '../core/locale.js';

/**
 * A source's publisher, date and language after its title ("— CINVU (Public Relations), 20 October 2021"), each
 * isolated: in an Urdu page the date's Latin digits would otherwise join the English publisher's run and leave
 * their month at the line's other end. Separated by the language's comma, which a run keeps against the item before
 * it (the styles: no break inside it), and the dash kept against the title's last word by a no-break space: right to
 * left each item is a box, and lines broke beside the boxes, beginning one with "،" or leaving "—" alone on one.
 */
export function renderMeta(items: readonly (string | undefined)[], locale: string): TemplateResult | typeof nothing {
  const shown = items.filter(Boolean);
  const separator = listSeparator(locale, true);
  const comma = separator.trimEnd();
  return shown.length
    ? html`\u00a0— ${shown.map((item, index) =>
        index < shown.length - 1
          ? html`<span class="run"><bdi>${item}</bdi>${comma}</span>${separator.slice(comma.length)}`
          : html`<bdi>${item}</bdi>`,
      )}`
    : nothing;
}
