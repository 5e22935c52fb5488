/**
 * The drawn map's templates: the chart's empty layers (which the element fills as plain DOM), the legend and the data
 * table, and the frame around them. In the map's lazy chunk (map.chunk.ts) with its model, scene and styles; the
 * element (map.ts) keeps the keyboard, the tooltip and the measuring.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { renderNotes, renderSources } from '../base/chart-parts.js';
import { msg } from '../core/i18n.js';
import type { MapModel } from '../core/map-model.js';
import { countriesLabel } from '../core/names.js';
import { HATCH_ID } from '../core/scene.js';
import type { Dataset } from '../core/types.js';
import { legendRevealed, type MapChart, type PreparedMap } from './map.scene.js';
import '../core/en/map.js';
import '../core/en/overlap.js';
import '../core/en/later.js';

/** The "No data" hatching, which the stylesheet's `.nodata` fills with. */
function hatch(): SVGTemplateResult {
  return svg`<defs>
    <pattern id=${HATCH_ID} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
      <rect class="hatch-bg" width="5" height="5"></rect>
      <line class="hatch-line" x1="0" y1="0" x2="0" y2="5"></line>
    </pattern>
  </defs>`;
}

/**
 * The chart: empty layers for the scene's base marks, members and overlays, which the element's `updated()` fills as
 * plain DOM (member-layer.ts says why). The page paints the marks by class (map.drawn.styles.ts), as the scene paints
 * them in files. Focus is heard on the map's box, not on an SVG element: Chromium makes an SVG element with focus
 * listeners a tab stop of its own, ahead of the member that holds the map's one.
 */
export function renderMapChart(chart: MapChart, model: MapModel, network: string, dataset: Dataset, locale: string): TemplateResult {
  const { width, height } = chart;
  // "No data" is hatched, on the map and in the legend (whose swatches use this pattern too): a map without
  // missing values leaves the pattern's four nodes out.
  const hatched = [...model.members, ...model.legend.entries].some((each) => each.colour === 'nodata');
  return html`<svg
    part="chart"
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 ${width} ${height}"
    width=${width}
    height=${height}
    role="group"
    aria-label=${network}
    aria-describedby="summary"
  >
    ${hatched ? hatch() : nothing}
    <g aria-hidden="true" class="base"></g>
    <g role="listbox" aria-label=${countriesLabel(dataset, locale)}></g>
    <g aria-hidden="true" class="overlays"></g>
  </svg>`;
}

/**
 * The legend: the model's colour classes, which the stylesheet paints as the scene paints the file's legend. Text is
 * set as a property here and in the rest of the map, not bound as a child: each child binding is a comment node
 * (Lit's marker) on every map.
 */
export function renderMapLegend(model: MapModel, dataset: Dataset, step: number): TemplateResult {
  const revealed = legendRevealed(dataset, model, step);
  // Entries a step has not revealed yet keep their room (nothing moves as a slide's fragments reveal them), unseen.
  return html`<div part="legend" class=${revealed.some(Boolean) ? '' : 'later'}>
    <span class="title" .textContent=${model.legend.title}></span>
    <ul>
      ${model.legend.entries.map(
        // A class, not a style: a strict CSP refuses style attributes.
        (entry, index) =>
          html`<li class=${revealed[index] ? '' : 'later'}><svg viewBox="0 0 14 10" aria-hidden="true"><rect class=${entry.colour} width="14" height="10" rx="2"></rect></svg><span .textContent=${entry.label}></span></li>`,
      )}
    </ul>
  </div>`;
}

/** What the data table lists: the metric, the countries, or the two networks' countries compared. */
function mapTableCaption(dataset: Dataset, model: MapModel, locale: string): string {
  const { overlap } = model;
  if (overlap) return msg(locale, 'tableCaptionOverlap', { a: overlap.name, b: overlap.otherName });
  return model.metricLabel ?? countriesLabel(dataset, locale);
}

/**
 * The box of the data table (View data, Show as table; `id="table"`, which the toggle's `aria-controls` names, and
 * `part="data-view"`, which the menu's View data gives focus to, as in every widget): while open, a
 * keyboard-scrollable region named by the table's caption. Escape in it closes it (the element's callback) and goes
 * no further (a dashboard around the map keeps its selection), as in the other widgets' View data.
 */
export function renderMapTableBox(
  open: boolean | undefined,
  dataset: Dataset,
  model: MapModel,
  locale: string,
  close: () => void,
): TemplateResult {
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };
  return html`<div
    class="table-wrap"
    id="table"
    part="data-view"
    ?hidden=${!open}
    role=${open ? 'region' : nothing}
    aria-label=${open ? mapTableCaption(dataset, model, locale) : nothing}
    tabindex=${open ? '0' : nothing}
    @keydown=${onKey}
  >
    ${open ? renderMapTable(dataset, model, locale) : nothing}
  </div>`;
}

/** The data table (View data, Show as table): a member's row per member, or the overlap's groups. */
function renderMapTable(dataset: Dataset, model: MapModel, locale: string): TemplateResult {
  const metric = model.metricLabel;
  if (model.overlap) {
    // Comparing: the three groups, as the map colours them and as `<netreach-table compare>` lists them.
    return html`<table part="table">
      <caption>${mapTableCaption(dataset, model, locale)}</caption>
      <thead>
        <tr>
          <th scope="col">${msg(locale, 'mapCountry')}</th>
          <th scope="col">${msg(locale, 'tableOverlap')}</th>
        </tr>
      </thead>
      <tbody>
        ${model.overlap.groups
          .flatMap((group) => [...model.members, ...model.others].filter((member) => member.colour === group.id))
          .map(
            (member) => html`<tr>
            <th scope="row">${member.name}</th>
            <td>${member.groupName}</td>
          </tr>`,
          )}
      </tbody>
    </table>`;
  }
  // No column of regions the sources do not assign (Silk Road's): it would be empty cells.
  const regions = model.grouping.available;
  return html`<table part="table">
    <caption>${mapTableCaption(dataset, model, locale)}</caption>
    <thead>
      <tr>
        <th scope="col">${msg(locale, 'mapCountry')}</th>
        ${regions ? html`<th scope="col">${msg(locale, 'mapRegion')}</th>` : nothing}
        ${metric ? html`<th scope="col">${metric}</th>` : nothing}
      </tr>
    </thead>
    <tbody>
      ${model.members.map(
        (member) => html`<tr>
          <th scope="row">${member.name}</th>
          ${regions ? html`<td>${member.regionName}</td>` : nothing}
          ${metric ? html`<td class="number">${member.valueText}</td>` : nothing}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** What the map draws, and the element's parts and handlers around it. */
export interface DrawnMap {
  prepared: PreparedMap;
  model: MapModel;
  dataset: Dataset;
  /** The chart at the box's size; none before the first measurement (the box busy until it is projected). */
  chart?: MapChart;
  projected: boolean;
  locale: string;
  legend: string;
  /** How many regions the legend names (`step`; all: Infinity). */
  step: number;
  /** "Illustrative data", the element's. */
  badge: TemplateResult | typeof nothing;
  /** The notes shown under it: the scene's, but those the page shows elsewhere (the element's `shownNotes()`). */
  notes: readonly string[];
  tooltip: TemplateResult | typeof nothing;
  /** `controls="none"` leaves the page's own controls out: the table button too, not only the menu. */
  controls?: string;
  /** Whether the data table shows (View data, Show as table). */
  tableOpen?: boolean;
  /** The map keeps its least height (updateMap()'s `least`), what is under it scrolling. */
  least?: boolean;
  onFocusIn: (event: FocusEvent) => void;
  onFocusOut: (event: FocusEvent) => void;
  toggleTable: () => void;
  closeTable: () => void;
}

/**
 * The drawn map: the badge, the map's box (its chart and tooltip), the legend, the summary, the notes, the sources
 * and "Show as table", and the data table's box.
 */
export function renderMap(view: DrawnMap): TemplateResult {
  const { prepared, model, dataset, chart, locale, legend, tableOpen } = view;
  return html`<div class="fixed ${legend}${tableOpen ? ' open' : ''}${view.least ? ' least' : ''}"><div class="stack">
        ${view.badge}
        <div class="body ${legend}">
          <div class="map-box" part="map" aria-busy=${view.projected ? 'false' : 'true'} @focusin=${view.onFocusIn} @focusout=${view.onFocusOut}>
            ${chart ? renderMapChart(chart, model, prepared.network, dataset, locale) : nothing}${view.tooltip}
          </div>
          ${legend === 'none' ? nothing : renderMapLegend(model, dataset, view.step)}
        </div>
        <p class="visually-hidden" id="summary" .textContent=${model.summary}></p>
        ${renderNotes(view.notes)}
        <div class="controls">
          ${renderSources(prepared.sources, locale, prepared.unsourced)}${
            view.controls === 'none'
              ? nothing
              : html`<button
                  type="button"
                  part="table-toggle"
                  aria-expanded=${tableOpen ? 'true' : 'false'}
                  aria-controls="table"
                  @click=${view.toggleTable}
                  .textContent=${msg(locale, tableOpen ? 'hideData' : 'mapShowTable')}
                ></button>`
          }
        </div>
      </div></div>
      ${renderMapTableBox(tableOpen, dataset, model, locale, view.closeTable)}`;
}
