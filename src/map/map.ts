import { nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { NetreachError, unknownMetric } from '../core/errors.js';
import type { MapMode, ProjectionName } from '../core/map-model.js';
import type { Dataset } from '../core/types.js';
import { NetreachElement } from '../base/netreach-element.js';
import { menuCorner } from '../base/menu.js';
import { ResizeController } from '../base/controllers.js';
import { RovingFocusController } from '../base/roving-focus.js';
import { TooltipController } from '../base/tooltip.js';
import { DataController } from '../base/data-controller.js';
import { GeometryController } from './geometry-controller.js';
import type { MapChartItem, MapSceneOptions } from './map.scene.js';
import { CodeController } from '../base/code-controller.js';
import { MAP_CODE } from './map.code.js';
import type { MapState } from './map.update.js';
import { mapStyles } from './map.styles.js';
import { specProperties } from '../base/options.js';
import { MAP_OPTIONS } from './map.options.js';

export type MapLegendPosition = 'none' | 'bottom' | 'side';

/**
 * The scene's `onIgnored`: the element says what the scene ignored itself (`namedOptions()`, in willUpdate), so the
 * scene does not. One function for every call, as the scene's inputs are compared to prepare it again.
 */
const saidByElement = (): void => {};

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
 * @fires {CustomEvent<NetreachSelectDetail>} netreach-select - `{country}` (alpha-3) when a member is chosen by click, tap, Enter or Space; `{country: null}` when Escape clears it.
 * @fires {Event} netreach-ready - Each time `state` turns `ready`: drawn (bubbles, composed; `whenReady()` waits for it).
 * @fires {CustomEvent<NetreachErrorDetail>} netreach-error - `{code, message}` when the data cannot be shown, or the world geometry cannot be loaded
 *   (`code: "geometry"`). The map shows "Loading…" until both its data and the geometry are there.
 *
 * @csspart frame - The widget's outer box.
 * @csspart map - The box the map fills (its size decides the projection's).
 * @csspart chart - The map itself (SVG).
 * @csspart legend - The legend.
 * @csspart tooltip - The tooltip.
 * @csspart table-toggle - The "Show as table" button ("Hide data", as in the menu, while the table shows).
 * @csspart table - The data table.
 * @csspart note - A note under the map: what the sources do not say (a partial list, countries not shown, how the
 *   regions were assigned).
 * @csspart source - The source line: every source behind the map, each once.
 * @csspart badge - "Illustrative data".
 * @csspart error - The error message box (`role="alert"`).
 * @csspart status - The loading and empty messages.
 *
 * @cssproperty [--netreach-map-low=#9ed8c8] - The lightest colour of the metric scale (dark theme: #1f5a55).
 * @cssproperty [--netreach-map-high=#0b4f4a] - The darkest colour of the metric scale (dark theme: #7ee0cf).
 * @cssproperty [--netreach-map-land=color-mix(currentColor 11%)] - Land that is not a member: the text colour at 11 % over the theme's background, or without `theme` at 11 % opacity over the page.
 * @cssproperty [--netreach-map-border=the background] - Borders between countries: the theme's background, or without `theme` white under dark text and black under light text (`Canvas` in browsers without CSS relative colours).
 * @cssproperty [--netreach-map-arc=var(--netreach-accent)] - The reach arcs.
 * @cssproperty [--netreach-region-1=#0072b2] - Colour of the first region (up to `--netreach-region-8`).
 * @cssproperty [--netreach-focus-color=#2563eb (members: the text colour)] - The focus ring (members': the text colour unless set, round the background).
 * @cssproperty [--netreach-font=inherit] - Font family.
 * @cssproperty [--netreach-color=currentColor] - Text colour.
 * @cssproperty [--netreach-background=transparent] - Background.
 * @cssproperty [--netreach-accent=#0f766e] - Accent (reach arcs).
 * @cssproperty [--netreach-muted-color=color-mix(currentColor 75%)] - Source line and secondary text.
 * @cssproperty [--netreach-border-color=color-mix(currentColor 18%)] - Tooltip, button and table borders.
 * @cssproperty [--netreach-radius=8px] - Corner radius.
 * @cssproperty [--netreach-spacing=0.75rem] - Spacing.
 */
export class NetreachMap extends NetreachElement {
  static override styles = [...NetreachElement.styles, mapStyles];
  static override readonly optionSpecs = MAP_OPTIONS;
  static override properties: PropertyDeclarations = { ...specProperties(MAP_OPTIONS), focused: { state: true } };

  /**
   * Follows the size of the map's box (not the host's: the legend, table and source line below it must not feed
   * back into the map's size). The box exists once data is ready; its size is reserved by CSS (aspect-ratio), so
   * drawing into it changes no size. Zero until first shown.
   */
  #box = new ResizeController(this, () => this.renderRoot.querySelector('.map-box'));

  /** The world geometry and projections: loaded once per page, with their error and shared caches. */
  #geometry = new GeometryController(this);

  /** The map's model and scene: a lazy chunk (map.chunk.ts), requested on connect beside the geometry. */
  protected override readonly code = new CodeController(this, MAP_CODE);

  /**
   * One tab stop over the members, in the dataset's order; an arrow goes to the nearest member that way on the
   * map, Home and End to the first and last, Enter and Space (and a click) select, Escape clears.
   */
  #roving = new RovingFocusController(this, {
    selector: 'svg [data-item]',
    rtl: () => this.localization.dir === 'rtl',
    order: () => this.#items.map((each) => each.item.id),
    // Worked out in the map's chunk (memberTowards(), map.update.ts): a drawn map's member has focus.
    arrow: (id, key) => this.code.module!.memberTowards(this.#items, id, key),
    onSelect: (id) => this.#select(id),
    onClear: () => this.fire('netreach-select', { country: null }),
  });

  /** A member's name, region, value and source, on hover, focus and selection, inside the map's box. */
  private readonly tooltip = new TooltipController(this, {
    roving: this.#roving,
    item: (id) => this.#items.find((each) => each.item.id === id)?.item,
    box: () => this.renderRoot.querySelector('.map-box'),
    within: () => this.renderRoot.querySelector('.map-box'),
    rtl: () => this.localization.dir === 'rtl',
    // Its tooltip's rules are the drawn map's, in its chunk.
    styled: true,
  });

  // The attributes' names, values, defaults and docs: MAP_OPTIONS (map.options.ts), read by the API docs, embed.html and
  // the command line too.

  /** A metric id to colour members by; unset colours by region. */
  metric?: string;

  /** A region id to zoom to. */
  region?: string;

  /** Another network (bundled id or `<netreach-data>` id): countries coloured in both, only this, only the other. */
  compare?: string | null;

  /** The dataset `compare` names, loaded as the map's own is. */
  private readonly compared = new DataController(this, { allowProvider: true, compare: true });

  /** Space-separated alpha-3 codes to emphasise. */
  highlight?: string;

  /** `equal-earth`, `natural-earth`, `mercator` or `orthographic`. */
  projection: ProjectionName = 'equal-earth';

  /** Where the legend goes: `bottom`, `side` or `none`. */
  legend: MapLegendPosition = 'bottom';

  /** `reach` draws arcs from `home` to every other member. */
  mode: MapMode = 'default';

  /** The origin of the reach arcs (alpha-3). */
  home?: string;

  /** The selected member (alpha-3). */
  selected?: string;

  /** How many regions are coloured, in the dataset's order; unset: all. */
  step?: number | null;

  /** The member whose focus ring shows: focused from the keyboard (`:focus-visible`). */
  private focused?: string;

  /**
   * The scene for the data and options (no size), its model, the chart at the box's size, the box's aspect ratio
   * (updateMap(), map.update.ts), the members as plain DOM and the chart skipped off screen (drawMap(),
   * member-layer.ts): worked out by the map's chunk.
   */
  private readonly drawn: MapState = {};

  constructor() {
    super();
    /**
     * @internal "View data" is the map's own table (renderReady(): a row chooses a member), which "Show as table"
     * opens too. (`@internal`: the manifest's analyzer would list `this.….ownDataView =` as a field of the map.)
     */
    this.menu.ownDataView = true;
  }

  protected override retry(): void {
    super.retry();
    this.#geometry.hostConnected();
  }

  protected override widgetError(dataset: Dataset): NetreachError | undefined {
    if (this.#geometry.error) return this.#geometry.error;
    // A comparison that cannot be made is an error, not a map of this network alone.
    if (this.compare?.trim() && this.compared.error) return this.compared.error;
    return unknownMetric(dataset, this.metric);
  }

  /** The map waits for its geometry (and the dataset it compares with) as for its data: "Loading…", then one draw. */
  protected override waiting(): boolean {
    return !this.#geometry.geometry || (Boolean(this.compare?.trim()) && this.compared.status === 'loading');
  }

  /** Drawn once projected at the box's measured size: every member's node (updated() adds them), legend, sources. */
  protected override isDrawn(): boolean {
    return Boolean(this.drawn.projected);
  }

  /**
   * The scene's options: every option by property name as its spec reads it (the values the command line passes
   * for the same attributes), and the loaded geometry.
   */
  #sceneOptions(): MapSceneOptions {
    return {
      ...this.optionValues(),
      selected: this.chosen,
      compared: this.compared.dataset,
      geometry: this.#geometry.geometry,
      onIgnored: saidByElement,
    };
  }

  /** Files are the command line's document of the same scene and options. */
  protected override sceneFile() {
    const code = this.code.module;
    return code && { scene: code.mapScene, options: this.#sceneOptions() };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const dataset = this.currentDataset;
    if (this.phase !== 'ready' || !dataset) {
      const drawn = this.drawn;
      drawn.prepared = drawn.model = drawn.chart = drawn.projected = this.focused = undefined;
      return;
    }
    // A selected country the data has no member of selects none: said, as the scene says it of `highlight`.
    this.readSelected(
      dataset.members.map((member) => member.country),
      1,
      'not a member',
    );
    // The scene prepared again where its inputs changed and laid out at the box's size, in the map's chunk
    // (updateMap(), map.update.ts): ready means the code is here (NetreachElement waits for it).
    this.code.module!.updateMap(
      this,
      this.drawn,
      dataset,
      this.#sceneOptions(),
      this.localization.dir === 'rtl',
      this.#geometry,
      this.#box,
      // The menu button's corner kept clear of the members, read with the box's first size: a read before it (the
      // root's font) restyled the page between the render and the measurement.
      this.controls === 'none' || !this.#box.width ? 0 : menuCorner(this.ownerDocument),
      this.menu,
      (...entry) => this.namesNothing(...entry),
    );
    const ids = this.#items.map((each) => each.item.id);
    // Focus on a member the update takes away: the roving focus gives it to the member holding the tab stop after
    // the update. That member's tooltip, and its ring where the member before had one, are drawn now, not in the
    // update the focus moving there would ask for (test/browser/update-cycles.test.ts).
    const next = this.#roving.moving(ids);
    if (next) {
      this.tooltip.show(next);
      this.focused &&= next;
    }
    // A member no longer drawn (new data without it, or none while loading) has no focus ring, should it come back.
    if (!ids.includes(this.focused!)) this.focused = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The box's aspect ratio and the chart's marks as plain DOM (member-layer.ts): only a map whose code is here has
    // rendered them. Before super.updated(), which fires `netreach-ready`: its listener saw no member.
    this.code.module?.drawMap(this.renderRoot, this.drawn, this.#roving, this.focused);
    // The tooltip placed again beside its member, now drawn (the controller placed it before: a new member's node
    // was not there yet).
    if (this.drawn.chart && this.code.module) this.tooltip.hostUpdated();
    super.updated(changed);
  }

  get #items(): readonly MapChartItem[] {
    return this.drawn.chart?.items ?? [];
  }

  /** Selects a member, shows its tooltip and says so. */
  #select(id: string): void {
    if (!this.#items.some((each) => each.item.id === id)) return;
    this.selected = id;
    this.tooltip.show(id);
    this.fire('netreach-select', { country: id });
  }

  /** The focus ring follows the keyboard's focus (not a click's). */
  #onFocusIn = (event: FocusEvent) => {
    const target = event.target as Element;
    const id = target.closest?.('[data-item]')?.getAttribute('data-item');
    this.focused = id && target.matches(':focus-visible') ? id : undefined;
  };

  #onFocusOut = (event: FocusEvent) => {
    // Not when an update replaced the member's node: the roving focus gives it back (cleared, it took another update).
    if (!this.#roving.restoring && !(event.relatedTarget as Element | null)?.closest?.('[data-item]')) this.focused = undefined;
  };

  /**
   * "Show as table" shows or hides the table, focus staying on the button (a disclosure, `aria-expanded`); the menu's
   * View data and `toggleDataView()` move focus to the table, as in every widget (it stayed on the menu's button,
   * with the table appearing far below it, unsaid).
   */
  #toggleTable = () => {
    this.menu.dataViewOpen = !this.menu.dataViewOpen;
    this.requestUpdate();
  };

  /**
   * Escape in the table: it closes, focus back on "Show as table" (which is "Hide data" while it shows); with
   * `controls="none"` (no toggle: the table was opened by `toggleDataView()`), on the map's member holding its tab stop.
   */
  #closeTable = () => {
    this.#toggleTable();
    this.menu.focusButton('[part="table-toggle"]');
  };

  protected override renderReady(dataset: Dataset): TemplateResult | typeof nothing {
    const { prepared, model, chart, projected } = this.drawn;
    if (!prepared || !model) return nothing;
    // The map's templates come with its code, here once it is prepared.
    return this.code.module!.renderMap({
      prepared,
      model,
      dataset,
      chart,
      projected: Boolean(projected),
      locale: this.locale,
      legend: this.option<MapLegendPosition>('legend'),
      step: this.option<number | undefined>('step') ?? Infinity,
      badge: this.renderBadge(dataset),
      notes: this.shownNotes(prepared.notes),
      tooltip: this.tooltip.render(),
      controls: this.controls,
      tableOpen: this.menu.dataViewOpen,
      least: Boolean(this.drawn.least),
      onFocusIn: this.#onFocusIn,
      onFocusOut: this.#onFocusOut,
      toggleTable: this.#toggleTable,
      closeTable: this.#closeTable,
    });
  }
}
