import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { NetreachError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import {
  mapModel,
  nearestInDirection,
  needsMapSymbol,
  type ArrowDirection,
  type MapMember,
  type MapMode,
  type MapModel,
  type ProjectionName,
} from '../core/map-model.js';
import { networkName } from '../core/names.js';
import { COUNTRIES_METRIC, type Dataset } from '../core/types.js';
import { NetreachElement } from '../base/netreach-element.js';
import { ResizeController } from '../base/controllers.js';
import type { ProjectedWorld } from '../geo/projection.js';
import { loadWorld, worldSync, type WorldGeometry } from '../geo/world.js';
import { mapStyles } from './map.styles.js';
import { fromSpec } from '../base/options.js';
import { MAP_OPTIONS } from './map.options.js';

export type MapLegendPosition = 'none' | 'bottom' | 'side';

/** A member as drawn: its shape (path data) or a symbol, and the point the keyboard and tooltip use. */
interface MapItem {
  member: MapMember;
  /** Path data of the shape; '' for a symbol. */
  d: string;
  symbol: boolean;
  x: number;
  y: number;
}

interface Tip {
  index: number;
  x: number;
  y: number;
}

const ARROWS: Record<string, ArrowDirection> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
/** Half the side of a symbol's hit area: 24 × 24 px at least (WCAG 2.5.8). */
const HIT_RADIUS = 12.5;
const TIP_GAP = 12;

type Geo = typeof import('../geo/projection.js');
/** The projection module (with d3-geo), loaded with the geometry the first time a map needs them. */
let geo: Geo | undefined;
let geoPending: Promise<[WorldGeometry, Geo]> | undefined;

function loadGeo(): Promise<[WorldGeometry, Geo]> {
  geoPending ??= Promise.all([loadWorld(), import('../geo/projection.js')]).then(
    ([world, module]) => {
      geo = module;
      return [world, module];
    },
    (error: unknown) => {
      geoPending = undefined; // let a later map retry
      throw error;
    },
  );
  return geoPending;
}

/**
 * A world map of the network's member countries. Members are coloured by a metric (five sequential classes,
 * "no data" hatched) or by region; non-members are neutral. Members too small for the geometry (Bahrain,
 * Maldives, Comoros) or too small to see at the map's size are drawn as symbols with a 24 px hit area. The map
 * is one tab stop: arrow keys move to the nearest member in that direction, Home/End to the first and last,
 * Enter or Space select, Escape clears. A summary and a "Show as table" toggle give the same data as text.
 *
 * Projected paths are cached per geometry, projection, size and region: a change of values restyles fills
 * and projects nothing, and many maps of one size on a page project once.
 *
 * @element netreach-map
 *
 * @fires netreach-select - `{country}` (alpha-3) when a member is chosen by click, tap, Enter or Space.
 * @fires netreach-error - `{code, message}` when the data cannot be shown, or the world geometry cannot be loaded
 *   (`code: "geometry"`). The map shows "Loading…" until both its data and the geometry are there.
 *
 * @csspart frame - The widget's outer box.
 * @csspart map - The box the map fills (its size decides the projection's).
 * @csspart chart - The map itself (SVG).
 * @csspart legend - The legend.
 * @csspart tooltip - The tooltip.
 * @csspart table-toggle - The "Show as table" button.
 * @csspart table - The data table.
 * @csspart source - The source line.
 * @csspart badge - "Illustrative data".
 * @csspart error - The error message box (`role="alert"`).
 * @csspart status - The loading and empty messages.
 *
 * @cssproperty [--netreach-map-low=#d3ece6] - The lightest colour of the metric scale (dark theme: #1d3a3a).
 * @cssproperty [--netreach-map-high=#0b4f4a] - The darkest colour of the metric scale (dark theme: #7ee0cf).
 * @cssproperty [--netreach-map-land=color-mix(currentColor 11%)] - Land that is not a member.
 * @cssproperty [--netreach-map-border=background] - Borders between countries.
 * @cssproperty [--netreach-map-arc=var(--netreach-accent)] - The reach arcs.
 * @cssproperty [--netreach-region-1=#0f766e] - Colour of the first region (up to `--netreach-region-6`).
 * @cssproperty [--netreach-focus-color=#2563eb] - The focus ring.
 * @cssproperty [--netreach-font=inherit] - Font family.
 * @cssproperty [--netreach-color=currentColor] - Text colour.
 * @cssproperty [--netreach-background=transparent] - Background.
 * @cssproperty [--netreach-accent=#0f766e] - Accent (reach arcs).
 * @cssproperty [--netreach-muted-color=color-mix(currentColor 62%)] - Source line and secondary text.
 * @cssproperty [--netreach-border-color=color-mix(currentColor 18%)] - Tooltip, button and table borders.
 * @cssproperty [--netreach-radius=8px] - Corner radius.
 * @cssproperty [--netreach-spacing=0.75rem] - Spacing.
 */
export class NetreachMap extends NetreachElement {
  static override styles = [...NetreachElement.styles, mapStyles];
  static override readonly optionSpecs = MAP_OPTIONS;

  /**
   * Follows the size of the map's box (not the host's: the legend, table and source line below it must not feed
   * back into the map's size). The box exists once data is ready; its size is reserved by CSS (aspect-ratio), so
   * drawing into it changes no size. Zero until first shown.
   */
  private readonly box = new ResizeController(this, () => this.renderRoot.querySelector('.map-box'));

  // The attributes' names, values, defaults and docs: MAP_OPTIONS (map.options.ts), read by the API docs, embed.html and
  // the command line too.

  /** A metric id to colour members by; unset colours by region. */
  @property(fromSpec(MAP_OPTIONS, 'metric')) metric?: string;

  /** A region id to zoom to. */
  @property(fromSpec(MAP_OPTIONS, 'region')) region?: string;

  /** Space-separated alpha-3 codes to emphasise. */
  @property(fromSpec(MAP_OPTIONS, 'highlight')) highlight?: string;

  /** `equal-earth`, `natural-earth`, `mercator` or `orthographic`. */
  @property(fromSpec(MAP_OPTIONS, 'projection')) projection = 'equal-earth';

  /** Where the legend goes: `bottom`, `side` or `none`. */
  @property(fromSpec(MAP_OPTIONS, 'legend')) legend: MapLegendPosition = 'bottom';

  /** `reach` draws arcs from `home` to every other member. */
  @property(fromSpec(MAP_OPTIONS, 'mode')) mode: MapMode = 'default';

  /** The origin of the reach arcs (alpha-3). */
  @property(fromSpec(MAP_OPTIONS, 'home')) home?: string;

  /** The selected member (alpha-3). */
  @property(fromSpec(MAP_OPTIONS, 'selected')) selected?: string;

  /** How many regions are coloured, in the dataset's order; unset: all. */
  @property(fromSpec(MAP_OPTIONS, 'step')) step?: number | null;

  @state() private world?: WorldGeometry = geo && worldSync();
  /**
   * Set when the geometry could not be loaded. A reconnected map asks again, though a browser that remembers
   * the failed module for the page answers with the same failure.
   */
  @state() private worldError?: NetreachError;
  /** The member that holds the tab stop (roving tabindex). */
  @state() private active = 0;
  @state() private tip?: Tip;
  @state() private focusVisible = false;

  private model?: MapModel;
  private modelInputs: unknown[] = [];
  private projected?: ProjectedWorld;
  private items: MapItem[] = [];
  private itemsFor?: [MapModel, ProjectedWorld];
  /** The map box's width / height, set as --_aspect after each render. */
  private aspect = 2;
  private memberLayer?: SVGGElement;
  private memberGeometry?: ProjectedWorld;
  private memberKey = '';
  private memberNodes: SVGElement[] = [];
  private memberState: string[][] = [];
  private worldRequested = false;

  protected override widgetError(dataset: Dataset): NetreachError | undefined {
    if (this.worldError) return this.worldError;
    const metric = this.metric;
    if (!metric || metric === COUNTRIES_METRIC || dataset.metrics?.some((entry) => entry.id === metric)) return undefined;
    return new NetreachError('unknown-metric', { metric });
  }

  /** The map waits for its geometry as for its data: "Loading…" until both are there, then one draw. */
  protected override waiting(): boolean {
    return !this.world;
  }

  /** Drawn once projected at the box's measured size: every member's node (updated() adds them), legend, sources. */
  protected override isDrawn(): boolean {
    return Boolean(this.projected);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.currentDataset;
    if (this.phase !== 'ready' || !dataset) {
      this.model = undefined;
      this.items = [];
      return;
    }
    const highlight = (this.highlight ?? '')
      .toUpperCase()
      .split(/[\s,]+/)
      .filter(Boolean);
    const inputs = [dataset, this.metric, this.region, highlight.join(' '), this.mode, this.home?.toUpperCase(), this.locale];
    if (!this.model || inputs.some((value, index) => value !== this.modelInputs[index])) {
      this.modelInputs = inputs;
      this.model = sharedModel(dataset, inputs.slice(1).join('|'), () =>
        mapModel(dataset, {
          locale: this.locale,
          metric: this.metric,
          region: this.region,
          highlight,
          mode: this.option<MapMode>('mode'),
          home: this.home?.toUpperCase(),
        }),
      );
    }
    const model = this.model;
    const { width, height } = this.box;
    if (this.world && geo && width > 0 && height > 0) {
      const zoomed = Boolean(this.region && dataset.regions.some((region) => region.id === this.region));
      this.projected = geo.projectWorld(
        this.world,
        { projection: this.option<ProjectionName>('projection'), width, height, focus: zoomed ? model.codes : [] },
        model.codes,
      );
      if (this.itemsFor?.[0] !== model || this.itemsFor[1] !== this.projected) {
        this.items = sharedLayout(model, this.projected);
        this.itemsFor = [model, this.projected];
      }
    } else {
      this.projected = undefined;
      this.items = [];
    }
    if (this.active >= this.items.length) this.active = 0;
    if (this.tip && this.tip.index >= this.items.length) this.tip = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Through the CSSOM, not a style attribute, which a strict CSP refuses.
    this.renderRoot.querySelector<HTMLElement>('.map-box')?.style.setProperty('--_aspect', String(this.aspect));
    this.syncMembers();
    this.placeTip();
  }

  /** Every map needs the geometry: fetched while the data loads, once per page however many maps. */
  protected override requestAssets(): void {
    if (this.worldError) {
      this.worldError = undefined;
      this.worldRequested = false;
    }
    if (!this.world) this.requestWorld();
  }

  /**
   * Keeps the member layer in step with the items. The members are plain DOM, not Lit templates: a page of 100
   * maps would otherwise hold ~40,000 template parts. Elements are created when the geometry or the member list
   * changes, and a change of values only rewrites the attributes that differ (fills are classes). They sit in
   * a few groups, one per entrance wave (see groupByWave).
   */
  private syncMembers(): void {
    const layer = this.renderRoot.querySelector<SVGGElement>('g[role="listbox"]') ?? undefined;
    const items = this.items;
    if (!layer || !this.projected || !this.model) {
      this.memberLayer = undefined;
      return;
    }
    const shapeKey = `${this.model.colouring} ${this.model.codes.join(' ')}`;
    if (layer !== this.memberLayer || this.projected !== this.memberGeometry || shapeKey !== this.memberKey) {
      this.memberLayer = layer;
      this.memberGeometry = this.projected;
      this.memberKey = shapeKey;
      this.memberNodes = createMemberNodes(items, symbolRadius(this.projected.view.width));
      layer.replaceChildren(...groupByWave(items, this.memberNodes, this.model.colouring === 'region'));
      this.memberState = [];
    }
    const highlightOn = items.some((item) => item.member.highlighted);
    const regions = this.currentDataset?.regions.map((region) => region.id) ?? [];
    const step = this.option<number | undefined>('step') ?? Infinity;
    items.forEach((item, index) => {
      const node = this.memberNodes[index]!;
      const dim = (highlightOn && !item.member.highlighted ? ' dimmed' : '') + (regions.indexOf(item.member.region) >= step ? ' off' : '');
      const state = [
        item.symbol ? `member symbol${dim}` : `member ${item.member.colour}${dim}`,
        index === this.active ? '0' : '-1',
        item.member.country === this.selected ? 'true' : 'false',
        item.member.label,
        item.member.colour,
      ];
      const previous = this.memberState[index];
      MEMBER_ATTRIBUTES.forEach((name, at) => {
        if (previous?.[at] !== state[at]) node.setAttribute(name, state[at]!);
      });
      if (item.symbol && previous?.[4] !== state[4]) node.lastElementChild!.setAttribute('class', `dot ${state[4]}`);
      this.memberState[index] = state;
    });
  }

  /** Loads the geometry once per page (shared by every map); re-renders when it arrives. */
  private requestWorld(): void {
    if (this.worldRequested) return;
    this.worldRequested = true;
    loadGeo().then(
      ([world]) => {
        this.world = world;
      },
      (error: unknown) => {
        this.worldRequested = false;
        this.worldError = new NetreachError('geometry');
        console.error('netreach: could not load the world geometry', error);
      },
    );
  }

  /** Keeps the tooltip inside the map's box: centred above its point, below it when there is no room. */
  private placeTip(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    if (!tip || !this.tip) return;
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    const maxLeft = Math.max(0, this.box.width - width);
    const maxTop = Math.max(0, this.box.height - height);
    const left = Math.min(maxLeft, Math.max(0, this.tip.x - width / 2));
    let top = this.tip.y - height - TIP_GAP;
    if (top < 0) top = this.tip.y + TIP_GAP;
    top = Math.min(maxTop, Math.max(0, top));
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    tip.style.visibility = 'visible';
  }

  private itemIndex(event: Event): number {
    const target = (event.target as Element | null)?.closest?.('[data-i]');
    return target ? Number(target.getAttribute('data-i')) : -1;
  }

  private focusItem(index: number): void {
    if (index < 0 || index >= this.items.length) return;
    this.active = index;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGElement>(`[data-i="${index}"]`)?.focus();
    });
  }

  private select(index: number): void {
    const item = this.items[index];
    if (!item) return;
    this.active = index;
    this.selected = item.member.country;
    this.tip = { index, x: item.x, y: item.y };
    this.dispatchEvent(new CustomEvent('netreach-select', { bubbles: true, composed: true, detail: { country: item.member.country } }));
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const count = this.items.length;
    if (!count) return;
    const direction = ARROWS[event.key];
    let next = -1;
    if (direction) {
      next = nearestInDirection(
        this.items.map((item) => [item.x, item.y] as const),
        this.active,
        direction,
      );
    } else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.select(this.active);
      return;
    } else if (event.key === 'Escape') {
      if (this.selected === undefined && !this.tip) return;
      event.preventDefault();
      this.selected = undefined;
      this.tip = undefined;
      return;
    } else return;
    event.preventDefault();
    this.focusItem(next);
  };

  private readonly onClick = (event: MouseEvent) => {
    const index = this.itemIndex(event);
    if (index >= 0) this.select(index);
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const index = this.itemIndex(event);
    const item = this.items[index];
    if (!item) return;
    this.active = index;
    this.focusVisible = (event.target as Element).matches(':focus-visible');
    if (this.focusVisible) this.tip = { index, x: item.x, y: item.y };
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    const next = event.relatedTarget as Element | null;
    if (next && this.renderRoot.contains(next) && next.closest('[data-i]')) return;
    this.focusVisible = false;
    this.tip = undefined;
  };

  private readonly onPointerMove = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' && event.pointerType !== 'pen') return;
    const index = this.itemIndex(event);
    if (index < 0) {
      if (this.tip && !this.focusVisible) this.tip = undefined;
      return;
    }
    const box = this.renderRoot.querySelector('.map-box')?.getBoundingClientRect();
    if (!box) return;
    this.tip = { index, x: event.clientX - box.left, y: event.clientY - box.top };
  };

  private readonly onPointerLeave = () => {
    if (!this.focusVisible) this.tip = undefined;
  };

  private readonly toggleTable = () => {
    this.toggleDataView();
  };

  /** The map shows its data table in place ("Show as table"); the menu's "View data" opens the same one. */
  protected override renderDataView(): typeof nothing {
    return nothing;
  }

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const model = this.model;
    if (!model) return nothing;
    const locale = this.locale;
    const focus = this.region && dataset.regions.some((region) => region.id === this.region) ? model.codes : [];
    this.aspect = this.world && geo ? geo.naturalAspect(this.world, this.option<ProjectionName>('projection'), focus) : 2;
    const legend = this.option<MapLegendPosition>('legend');
    return html`${this.renderBadge(dataset)}
      <div class="body ${legend}">
        <div class="map-box" part="map" aria-busy=${this.projected ? 'false' : 'true'}>
          ${this.renderMap(dataset, model)} ${this.renderTip(model)}
        </div>
        ${legend === 'none' ? nothing : this.renderLegend(model)}
      </div>
      <p class="visually-hidden" id="summary">${model.summary}</p>
      <div class="controls">
        ${model.sourceText ? html`<p part="source">${model.sourceText}</p>` : html`<span></span>`}
        <button type="button" part="table-toggle" aria-expanded=${this.dataViewOpen ? 'true' : 'false'} aria-controls="table" @click=${this.toggleTable}>
          ${msg(locale, 'mapShowTable')}
        </button>
      </div>
      <div
        class="table-wrap"
        id="table"
        ?hidden=${!this.dataViewOpen}
        role=${this.dataViewOpen ? 'region' : nothing}
        aria-label=${this.dataViewOpen ? (model.metricLabel ?? msg(locale, 'countries')) : nothing}
        tabindex=${this.dataViewOpen ? '0' : nothing}
      >
        ${this.dataViewOpen ? this.renderTable(model) : nothing}
      </div>`;
  }

  private renderMap(dataset: Dataset, model: MapModel): TemplateResult | typeof nothing {
    const projected = this.projected;
    if (!projected) return nothing;
    const { width, height } = projected.view;
    const radius = symbolRadius(width);
    return html`<svg
      part="chart"
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 ${width} ${height}"
      width=${width}
      height=${height}
      role="group"
      aria-label=${networkName(dataset, this.locale)}
      aria-describedby="summary"
      @pointerleave=${this.onPointerLeave}
    >
      <defs>
        <pattern id="hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
          <rect class="hatch-bg" width="5" height="5"></rect>
          <line class="hatch-line" x1="0" y1="0" x2="0" y2="5"></line>
        </pattern>
      </defs>
      <g aria-hidden="true">
        ${projected.outline ? svg`<path class="sphere" d=${projected.outline}></path>` : nothing}
        <path class="land" d=${projected.land}></path>
        <path class="borders" d=${projected.borders}></path>
      </g>
      <g
        role="listbox"
        aria-label=${msg(this.locale, 'countries')}
        @keydown=${this.onKeyDown}
        @click=${this.onClick}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @pointermove=${this.onPointerMove}
      ></g>
      <g aria-hidden="true">${this.renderOverlays(model, projected, radius)}</g>
    </svg>`;
  }

  private renderOverlays(model: MapModel, projected: ProjectedWorld, radius: number): SVGTemplateResult[] {
    const out: SVGTemplateResult[] = [];
    const ring = (item: MapItem, className: string, extra: number) =>
      item.symbol
        ? svg`<circle class=${className} cx=${item.x} cy=${item.y} r=${radius + extra}></circle>`
        : svg`<path class=${className} d=${item.d}></path>`;
    if (model.reach) {
      const home = model.reach.home;
      for (const target of model.reach.targets) {
        const d = projected.arc(home, target);
        if (d) out.push(svg`<path class="arc" pathLength="1" d=${d}></path>`);
      }
      const origin = projected.point(home);
      if (origin) out.push(svg`<circle class="home-dot" cx=${origin[0]} cy=${origin[1]} r=${radius + 1}></circle>`);
    }
    for (const item of this.items) {
      if (item.member.highlighted) out.push(ring(item, 'emphasis', 1.5));
    }
    const selected = this.items.find((item) => item.member.country === this.selected);
    if (selected) out.push(ring(selected, 'selected-ring', 2));
    const focused = this.focusVisible ? this.items[this.active] : undefined;
    if (focused) out.push(ring(focused, 'focus-ring', 3));
    return out;
  }

  private renderTip(model: MapModel): TemplateResult | typeof nothing {
    const item = this.tip ? this.items[this.tip.index] : undefined;
    if (!item) return nothing;
    const member = item.member;
    // Hidden (by the stylesheet) until placed: updated() measures it, then keeps it inside the box.
    return html`<div part="tooltip" aria-hidden="true">
      <strong>${member.name}</strong>
      <p class="muted">${member.regionName}</p>
      ${model.metricLabel ? html`<p>${model.metricLabel}: ${member.valueText}</p>` : nothing}
      ${model.sourceText ? html`<p class="muted">${model.sourceText}</p>` : nothing}
    </div>`;
  }

  private renderLegend(model: MapModel): TemplateResult {
    return html`<div part="legend">
      <span class="title">${model.legend.title}</span>
      <ul>
        ${model.legend.entries.map(
          (entry) => html`<li>
            <svg viewBox="0 0 14 10" aria-hidden="true"><rect class=${entry.colour} width="14" height="10" rx="2"></rect></svg>
            <span>${entry.label}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderTable(model: MapModel): TemplateResult {
    const locale = this.locale;
    const metric = model.metricLabel;
    return html`<table part="table">
      <caption>${metric ?? msg(locale, 'countries')}</caption>
      <thead>
        <tr>
          <th scope="col">${msg(locale, 'mapCountry')}</th>
          <th scope="col">${msg(locale, 'mapRegion')}</th>
          ${metric ? html`<th scope="col">${metric}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${model.members.map(
          (member) => html`<tr>
            <th scope="row">${member.name}</th>
            <td>${member.regionName}</td>
            ${metric ? html`<td class="number">${member.valueText}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const MEMBER_ATTRIBUTES = ['class', 'tabindex', 'aria-selected', 'aria-label'] as const;

/** One element per item, in item order: a `<path>` for a shape, a `<g>` with a hit area and a dot for a symbol. */
function createMemberNodes(items: readonly MapItem[], radius: number): SVGElement[] {
  return items.map((item, index) => {
    const node = document.createElementNS(SVG_NS, item.symbol ? 'g' : 'path');
    node.setAttribute('role', 'option');
    node.setAttribute('data-i', String(index));
    if (item.symbol) {
      node.setAttribute('transform', `translate(${item.x} ${item.y})`);
      const hit = document.createElementNS(SVG_NS, 'circle');
      hit.setAttribute('class', 'hit');
      hit.setAttribute('r', String(HIT_RADIUS));
      const dot = document.createElementNS(SVG_NS, 'circle');
      dot.setAttribute('r', String(radius));
      node.append(hit, dot);
    } else {
      node.setAttribute('d', item.d);
    }
    return node;
  });
}

/**
 * The member nodes in groups, one per entrance wave: by region (in the dataset's order) when the map is
 * coloured by region, else one. The entrance fades these few groups in, not every member: on a page of 100
 * maps, 5,700 animated elements made the browser's compositing alone cost more than drawing them. Shapes come
 * before symbols, so that no shape covers a symbol.
 */
function groupByWave(items: readonly MapItem[], nodes: readonly SVGElement[], byRegion: boolean): SVGGElement[] {
  const groups = new Map<string, SVGGElement>();
  items.forEach((item, index) => {
    const wave = byRegion ? item.member.regionSlot : 1;
    const key = `${item.symbol ? 1 : 0}-${wave}`;
    let group = groups.get(key);
    if (!group) {
      group = document.createElementNS(SVG_NS, 'g');
      group.setAttribute('class', `wave w${wave}`);
      groups.set(key, group);
    }
    group.append(nodes[index]!);
  });
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
}

/** Symbols grow a little with the map: 2.5 px radius on a thumbnail, 5 px on a wide map. */
function symbolRadius(width: number): number {
  return Math.round(Math.min(5, Math.max(2.5, width / 180)) * 10) / 10;
}

/**
 * Models shared by maps of the same dataset and options (a page of 100 thumbnails computes one), per dataset
 * object; a few option sets each.
 */
const models = new WeakMap<Dataset, Map<string, MapModel>>();
function sharedModel(dataset: Dataset, key: string, make: () => MapModel): MapModel {
  let cache = models.get(dataset);
  if (!cache) {
    cache = new Map();
    models.set(dataset, cache);
  }
  let model = cache.get(key);
  if (!model) {
    model = make();
    cache.set(key, model);
    if (cache.size > 8) cache.delete(cache.keys().next().value!);
  }
  return model;
}

const layouts = new WeakMap<MapModel, WeakMap<ProjectedWorld, MapItem[]>>();
function sharedLayout(model: MapModel, projected: ProjectedWorld): MapItem[] {
  let cache = layouts.get(model);
  if (!cache) {
    cache = new WeakMap();
    layouts.set(model, cache);
  }
  let items = cache.get(projected);
  if (!items) {
    items = layoutItems(model, projected);
    cache.set(projected, items);
  }
  return items;
}

/** Where each member goes on `projected`: its shape, or a symbol at its point when the shape is absent or tiny. */
function layoutItems(model: MapModel, projected: ProjectedWorld): MapItem[] {
  const items: MapItem[] = [];
  for (const member of model.members) {
    const shape = projected.shape(member.country);
    const anchor = projected.point(member.country) ?? projected.centroid(member.country);
    if (!anchor) continue; // on the far side of the globe, or unknown to the geometry
    const symbol = needsMapSymbol(shape?.area);
    items.push({ member, d: symbol ? '' : shape!.d, symbol, x: anchor[0], y: anchor[1] });
  }
  return items;
}
