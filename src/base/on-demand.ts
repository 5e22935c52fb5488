/**
 * What a widget needs only when someone asks for it, in one module that the widget imports dynamically the first
 * time (on-demand-loader.ts): the menu's items, the "About this data" panel, the "View data" table, and the file
 * writer (every widget's file drawn from its scene; the dashboard's scene, which only files draw), the PNG
 * rasterizer and the download link. A page that only shows widgets never downloads it; in the classic script it
 * is inlined like everything else.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { dataView } from '../core/data-view.js';
import { msg } from '../core/i18n.js';
import type { Dataset } from '../core/types.js';
import { closePanel, escapeCloses } from './about-panel.js';
import type { MenuController } from './menu.js';
import '../core/en/on-demand.js';

// With what "About this data" lists (about-data.ts, a pure function of the core): not up front, since only the
// panel asks for it.
export { renderAbout } from './about-panel.js';
/** The menu's items', About's and View data's stylesheet, which MenuController adopts when this module is here. */
export { onDemandStyles as styles } from './on-demand.styles.js';
export { renderMenu } from './menu-popup.js';
export { downloadFile, widgetFile } from './export.js';
// Why an option's value is refused, for the element's console warning: words every page need not load.
export { refusal } from '../core/option-text.js';
// The dashboard's scene draws only files (the page shows the parts themselves): it comes with the file writer.
export { dashboardSceneWith } from '../dashboard/dashboard.scene.js';

/**
 * The "View data" table (`part="data-view"`): the widget's rows as its CSV has them, in words (`dataView()`), a
 * caption saying what the chart shows; or the widget's own words for them (`menu.view`, the table's). Escape inside it closes it, focus back on the menu button, as About does.
 */
export function renderDataTable(menu: MenuController, dataset: Dataset): TemplateResult {
  const locale = menu.host.locale;
  const view = menu.view?.() ?? dataView(dataset, menu.content.rows(dataset), locale);
  const numeric = view.columns.map((column) => (column.numeric ? 'num' : ''));
  // A name or a source may be in another direction than the table (an English publisher on a Persian page): each
  // cell's text is isolated, so that its brackets face the right way.
  return html`<div class="data-view" part="data-view" role="region" aria-label=${msg(locale, 'viewData')} tabindex="0" @keydown=${escapeCloses(() => closePanel(menu, 'dataViewOpen'))}>
    <table>
      ${view.caption ? html`<caption>${view.caption}</caption>` : nothing}
      <thead><tr>${view.columns.map((column, index) => html`<th scope="col" class=${numeric[index]!}>${column.label}</th>`)}</tr></thead>
      <tbody>${
        view.rows.length
          ? view.rows.map(
              (row) =>
                html`<tr>${row.map((text, index) =>
                  index ? html`<td class=${numeric[index]!}><bdi>${text}</bdi></td>` : html`<th scope="row"><bdi>${text}</bdi></th>`,
                )}</tr>`,
            )
          : html`<tr><td colspan=${view.columns.length}>${msg(locale, 'noData')}</td></tr>`
      }</tbody>
    </table>
  </div>`;
}
