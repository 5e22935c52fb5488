/**
 * What a widget needs only when someone asks for it, in one module that the widget imports dynamically the first
 * time (on-demand-loader.ts): the menu's items, the "About this data" panel, the "View data" table, and the file
 * writer (every widget's file drawn from its scene; the dashboard's scene, which only files draw), the PNG
 * rasterizer and the download link. A page that only shows widgets never downloads it; in the classic script it
 * is inlined like everything else.
 */
import { html, type TemplateResult } from 'lit';
import type { CsvCell } from '../core/csv.js';
import { msg } from '../core/i18n.js';
import { formatNumber, formatYear } from '../core/locale.js';
import '../core/en/on-demand.js';

export { renderAbout } from './about-panel.js';
// What "About this data" lists (a pure function of the core): here, not up front, since only the panel asks for it.
export { aboutData } from '../core/about-data.js';
/** The menu's items', About's and View data's stylesheet, which MenuController adopts when this module is here. */
export { onDemandStyles as styles } from './on-demand.styles.js';
export { renderMenu } from './menu-popup.js';
export { download, svgToPng } from './export.js';
export { widgetDocument } from '../scene/render.js';
// The dashboard's scene draws only files (the page shows the parts themselves): it comes with the file writer.
export { dashboardSceneWith } from '../dashboard/dashboard.scene.js';

/** The "View data" table (`part="data-view"`) of the widget's rows as its CSV has them, the first being the header. */
export function renderDataTable([header = [], ...rows]: readonly CsvCell[][], locale: string): TemplateResult {
  // A year is a name, not a quantity: 2020, never 2,020.
  const yearColumn = header.indexOf('year');
  const cell = (value: CsvCell, column: number) =>
    typeof value === 'number'
      ? column === yearColumn
        ? formatYear(value, locale)
        : formatNumber(value, locale, 2)
      : value === null || value === undefined || value === ''
        ? '—'
        : value;
  return html`<div class="data-view" part="data-view" role="region" aria-label=${msg(locale, 'viewData')} tabindex="0">
    <table>
      <thead><tr>${header.map((name) => html`<th scope="col">${name}</th>`)}</tr></thead>
      <tbody>${rows.map((row) => html`<tr>${row.map((value, column) => html`<td>${cell(value, column)}</td>`)}</tr>`)}</tbody>
    </table>
  </div>`;
}
