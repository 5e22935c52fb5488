/**
 * The drawn dashboard's template: its header, KPI tiles, panels of parts and sources. In the dashboard's lazy chunk
 * (dashboard.chunk.ts) with its plan and styles, so that a page without a dashboard never downloads it; the element
 * (dashboard.ts) keeps the selection, the parts' states and the files.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  listCounterStyle,
  nextSelection,
  regionMembers,
  tileGrowthLine,
  type DashboardPlan,
  type DashboardSelection,
} from '../core/dashboard-model.js';
import { placeNotes } from '../core/dashboard-notes.js';
import { aboutScope, formatSourceDate, unsourcedFigures } from '../core/about.js';
import { sourcePublisher } from '../core/aggregate.js';
import { renderMeta } from '../base/source-meta.js';
import { msg } from '../core/i18n.js';
import { countriesKnowledge, regionGrouping, withRegionNote } from '../core/knowledge.js';
import {
  capitalize,
  countriesLabel,
  countryName,
  metricLabel,
  networkName,
  networkShortName,
  regionName,
  relationWords,
} from '../core/names.js';
import type { SceneEnv } from '../core/scene.js';
import type { Dataset, Source } from '../core/types.js';
import type { NetreachErrorDetail, NetreachSelectDetail } from '../base/netreach-element.js';
import { consume } from '../base/roving-focus.js';
import { STAT_CODE } from '../stat/stat.code.js';
import { TREND_CODE } from '../trend/trend.code.js';
import { REGIONS_CODE } from '../regions/regions.code.js';
import '../core/en/dashboard.js';

/** What the dashboard draws, and the element's handlers for what its reader does. */
export interface DashboardView {
  dataset: Dataset;
  plan: DashboardPlan;
  locale: string;
  selection: DashboardSelection;
  theme?: string;
  controls?: string;
  presenter: boolean;
  /** "Illustrative data", the element's (the parts do not repeat it). */
  badge: TemplateResult | typeof nothing;
}

/** A part's `netreach-ready` stays inside: the dashboard fires its own once every part is settled. */
const keepInside = (event: Event) => event.stopPropagation();

/** What the handlers below reach of the dashboard's element (dashboard.ts), whose shadow root their event is in. */
interface Dashboard extends HTMLElement {
  readonly currentDataset?: Dataset;
  readonly selection: DashboardSelection;
  selectedRegion?: string;
  selectedCountry?: string;
  readonly updateComplete: Promise<boolean>;
  readonly renderRoot: ShadowRoot;
  /** Its own fire(): bubbling and composed, as every widget's events. */
  fire: (type: string, detail: NetreachErrorDetail | NetreachSelectDetail) => void;
}

const dashboardOf = (event: Event) => ((event.currentTarget as Node).getRootNode() as ShadowRoot).host as Dashboard;

/**
 * A part's `netreach-error` too: the dashboard tells it as its own, once, naming the part (`part: 'netreach-map'`),
 * as a page listening on the dashboard expects of an element's events (the part's, retargeted, named no part).
 */
const tellAsOwn = (event: CustomEvent<NetreachErrorDetail>) => {
  keepInside(event);
  dashboardOf(event).fire('netreach-error', { ...event.detail, part: (event.target as Element).localName });
};

/**
 * The reader's choice (a part's, Escape, "Clear selection"): the dashboard's selection, said as its own
 * `netreach-select`, both keys, null for none. So a page hears one event per choice, and what it says is what the
 * dashboard has: a member chosen again on the map clears the selection, and says so (the map's own said its code).
 * A script setting `region` or `country` goes by none of this: it fires nothing.
 */
function choose(dashboard: Dashboard, { region, country }: DashboardSelection): void {
  dashboard.selectedRegion = region;
  dashboard.selectedCountry = country;
  dashboard.fire('netreach-select', { region: region ?? null, country: country ?? null });
}

/** A part's `netreach-select` stays inside too: the dashboard says the selection it makes of it (nextSelection()). */
const onSelect = (event: CustomEvent<NetreachSelectDetail>) => {
  keepInside(event);
  const dashboard = dashboardOf(event);
  const dataset = dashboard.currentDataset;
  if (dataset) choose(dashboard, nextSelection(dataset, dashboard.selection, event.detail));
};

/**
 * Escape anywhere in the dashboard clears its selection, and is the dashboard's alone (not a slide deck's). A part
 * that cleared its own (the map's member selected) said so first, with null, and the selection is gone by now: one
 * event, not two; the part left the key to the dashboard (prevented, not consumed), which consumes it still.
 */
const onKeyDown = (event: KeyboardEvent) => {
  const dashboard = dashboardOf(event);
  const selected = dashboard.selectedRegion || dashboard.selectedCountry;
  if (event.key !== 'Escape' || !(selected || event.defaultPrevented)) return;
  consume(event);
  if (selected) choose(dashboard, {});
};

const onClear = (event: Event) => {
  const dashboard = dashboardOf(event);
  choose(dashboard, {});
  // The button hides; focus goes to the dashboard's title rather than to the page.
  void dashboard.updateComplete.then(() => dashboard.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus());
};

/**
 * The notes placed for a plan, in the last language asked for, with the tiles' and the regions' code here or not
 * (`key`): the same arrays again (a new selection, a theme), so that no part given them updates.
 */
const placed = new WeakMap<DashboardPlan, { key: string; hidden: string[][] }>();

/**
 * Which notes each part leaves out (its `hiddenNotes`), so that each note shows once, with the first part that says
 * it in the order the parts draw — the tiles, the regions, the bars, the map, the trend, the table —, the trend
 * leaving its growth line to the tile of the same metric. Worked out from the dataset, the plan and the language as
 * the parts work out their notes, before they draw (not from what they drew: a part drew again without the notes
 * placed after it). The notes a part alone can say (the map's "25 not shown", the table's rows) need no placing.
 * Each tile's, in the plan's order, then the regions', the bars', the map's, the trend's and the table's.
 */
export function hiddenNotes(dataset: Dataset, plan: DashboardPlan, locale: string): string[][] {
  // A tile's notes are its scene's (its code came with the dashboard's), which reads only the language before it
  // draws; the regions' are the list's. A part whose code could not load shows an error, and none of its notes: they
  // go to the next part that says them. Placed again once the code is here (a part that asked again and drew them).
  const stat = STAT_CODE.get();
  const regions = REGIONS_CODE.get();
  const growthCode = growthOf();
  const key = locale + !stat + !regions + !growthCode;
  const last = placed.get(plan);
  if (last?.key === key) return last.hidden;
  // The list's notes and how its countries were put in regions: the regions', the bars', the map's and the table's.
  const list = withRegionNote(countriesKnowledge(dataset, locale).notes, regionGrouping(dataset, locale));
  const metric = plan.trendMetric;
  const growth = metric && growthCode?.growthText(dataset, metric, locale);
  const trend =
    metric && growthCode
      ? [...growthCode.periodNotes(dataset, metric, locale), ...(growth ? [capitalize(growth.text, locale), growth.note] : [])]
      : [];
  const env = { locale } as SceneEnv;
  const hidden = placeNotes([
    ...plan.kpis.map((id) => ({ notes: stat ? stat.prepareStat(dataset, { metric: id }, env).notes : [] })),
    { notes: regions ? list : [] },
    { notes: list },
    { notes: list },
    { notes: trend, dropped: tileGrowthLine(plan, growth || undefined, locale) },
    { notes: list },
  ]);
  placed.set(plan, { key, hidden });
  return hidden;
}

/**
 * A figure over time in words (growth.ts), from the tiles' chunk or, where it could not load, the trend's: the
 * dashboard's chunk has no copy of its own (dashboard.code.ts). Neither here yet, the trend's notes are placed
 * without its growth and periods, and again once either chunk is (`hiddenNotes()`'s key).
 */
function growthOf() {
  return STAT_CODE.get() ?? TREND_CODE.get();
}

/** "Selected: Pakistan (Asia & Oceania)", or the region alone; nothing selected, nothing. */
function selectionText(dataset: Dataset, { region, country }: DashboardSelection, locale: string): string {
  if (!region) return '';
  const name = country ? `${countryName(country, locale)} (${regionName(dataset, region, locale)})` : regionName(dataset, region, locale);
  return msg(locale, 'selected', { name });
}

/** The dataset's sources, then the members' figures the panels show that none gives, as the file's source line says. */
function renderSourceList(sources: readonly Source[], locale: string, unsourced: readonly string[]): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  return html`<footer part="sources">
    <h3>${msg(locale, sources.length === 1 ? 'source' : 'sources')}</h3>
    <ol data-counter=${listCounterStyle(locale)}>
      ${sources.map((source) => {
        const title = html`<span lang=${source.language ?? nothing} dir="auto">${source.title}</span>`;
        const link = source.url && /^https?:\/\//i.test(source.url);
        // The date in the reader's words and digits ("18 November 2020", "۱۸ نوامبر ۲۰۲۰"), as About this data gives it.
        const about = [sourcePublisher(source, locale), source.date && formatSourceDate(source.date, locale)];
        return html`<li>
          ${link ? html`<a href=${source.url!} target="_blank" rel="noopener noreferrer">${title}</a>` : title}${renderMeta(about, locale)}
        </li>`;
      })}${unsourced.map((text) => html`<li>${text}</li>`)}
    </ol>
  </footer>`;
}

export function renderDashboard(view: DashboardView): TemplateResult {
  const { dataset, plan, locale, selection } = view;
  const { region, country } = selection;
  // Each note once: what each part leaves out, handed to it before it draws (each tile's, then the panels' from `at`).
  const hidden = hiddenNotes(dataset, plan, locale);
  const at = plan.kpis.length;
  const selected = Boolean(region || country);
  const highlight = regionMembers(dataset, region).join(' ');
  // What every part shares: the one dataset object, the language, the theme, the menus and presenter mode (a
  // dashboard on a slide sizes every part's type for the projector, not only its own title).
  const theme = view.theme ?? nothing;
  const controls = view.controls ?? nothing;
  const presenter = view.presenter;
  // A part's menu button is named by its title ("Chart menu: Member countries by region"), the same as its panel's
  // heading, but for the regions': their title and the bars' are the same on CINVU, two buttons a screen reader could
  // not tell apart. Theirs is named by their heading ("Chart menu: Regions").
  const regionsTitle = regionGrouping(dataset, locale).title;
  // One landmark per dashboard (a region named by its title); its panels are named groups, not regions of their own:
  // a page of several dashboards had a "Member countries" region, a "Regions" region… for each. Each panel has a
  // heading, for a reader who moves by headings: the trend's and the table's are hidden, as their own title and
  // caption already show what the heading says (the trend's and the table's panels had none). So is the tiles' list's,
  // "Key figures" (a reader moving by headings went from the network's name to the map's, past the tiles).
  return html`<section class="dashboard" part="dashboard" aria-labelledby="title" @netreach-select=${onSelect} @netreach-ready=${keepInside} @netreach-error=${tellAsOwn} @keydown=${onKeyDown}>
    <div class="layout">
      <header part="header">
        <h2 id="title" part="title" tabindex="-1">${networkName(dataset, locale)}</h2>
        ${view.badge}
        <div class="selection">
          <p part="selection" role="status">${selectionText(dataset, selection, locale)}</p>
          <button type="button" part="clear" ?hidden=${!selected} @click=${onClear}>${msg(locale, 'clearSelection')}</button>
        </div>
      </header>
      <h3 id="kpis-title" class="visually-hidden">${msg(locale, 'keyFigures')}</h3>
      <ul part="kpis" aria-labelledby="kpis-title">
        ${plan.kpis.map(
          (metric, index) => html`<li>
            <netreach-stat .data=${dataset} .hiddenNotes=${hidden[index]} metric=${metric} lang=${locale} theme=${theme} controls=${controls} ?presenter=${presenter}></netreach-stat>
          </li>`,
        )}
      </ul>
      <div class="grid ${plan.trendMetric ? '' : 'no-trend'} ${plan.regionsAvailable ? '' : 'no-bars'}">
        <section class="map" part="panel map" role="group" aria-labelledby="map-title">
          <h3 id="map-title">${countriesLabel(dataset, locale)}</h3>
          <netreach-map .data=${dataset} .hiddenNotes=${hidden[at + 2]} lang=${locale} theme=${theme} controls=${controls} ?presenter=${presenter} highlight=${highlight || nothing}
            .selected=${live(country)}></netreach-map>
        </section>
        <section class="regions" part="panel regions" role="group" aria-labelledby="regions-title">
          <h3 id="regions-title">${regionsTitle}</h3>
          <netreach-regions .data=${dataset} .hiddenNotes=${hidden[at]} .menuTitle=${regionsTitle} lang=${locale} theme=${theme} controls=${controls} ?presenter=${presenter} .selected=${live(region ?? null)}></netreach-regions>
        </section>
        ${
          // Without regions the bars by region would say what the regions' panel says: they are left out.
          plan.regionsAvailable
            ? html`<section class="bars" part="panel bars" role="group" aria-labelledby="bars-title">
              <h3 id="bars-title">${msg(locale, 'byRegion', { metric: metricLabel(dataset, plan.barsMetric, locale) })}</h3>
              <netreach-bars .data=${dataset} .hiddenNotes=${hidden[at + 1]} metric=${plan.barsMetric} lang=${locale} theme=${theme} controls=${controls} ?presenter=${presenter}
                .selected=${live(region ?? null)}></netreach-bars>
            </section>`
            : nothing
        }
        ${
          plan.trendMetric
            ? html`<section class="trend" part="panel trend" role="group" aria-labelledby="trend-title">
              <h3 id="trend-title" class="visually-hidden">${metricLabel(dataset, plan.trendMetric, locale)}</h3>
              <netreach-trend .data=${dataset} .hiddenNotes=${hidden[at + 3]} metric=${plan.trendMetric} lang=${locale} theme=${theme} controls=${controls} ?presenter=${presenter}></netreach-trend>
            </section>`
            : nothing
        }
        <section class="table" part="panel table" role="group" aria-labelledby="table-title">
          <h3 id="table-title" class="visually-hidden">${msg(locale, relationWords(dataset).caption, { network: networkShortName(dataset, locale) })}</h3>
          <netreach-table .data=${dataset} .hiddenNotes=${hidden[at + 4]} lang=${locale} theme=${theme} controls=${controls} ?presenter=${presenter} .region=${region ?? null}
            .selected=${country ?? null}></netreach-table>
        </section>
      </div>
      ${renderSourceList(dataset.sources, locale, unsourcedFigures(dataset, aboutScope(dataset, 'dashboard'), locale))}
    </div>
  </section>`;
}
