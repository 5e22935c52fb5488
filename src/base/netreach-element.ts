/**
 * The base of every widget: its data, locale and state — the dataset (`DataController`), the locale
 * (`LocaleController`), the `state` attribute and the phase it follows, the error box, the loading and empty states,
 * the "Illustrative data" badge and the options read from attributes. Widgets implement `renderReady()` and, where
 * they check something about the data of their own (an unknown metric), `widgetError()`. Behaviour lives in
 * controllers: visibility, the files (`ExportController`: widgets say what their files hold through `sceneFile()`,
 * `exportRows()` and `exportSources()`), and the widget menu with the panels it opens (`MenuController`: the menu,
 * "About this data" and "View data", their on-demand code and focus; widgets say what they show through
 * `aboutScope()` and `exportRows()`, and what the menu offers through `menuActions()`). `render()` composes the
 * frame, the state and the menu's panels.
 */
import { html, LitElement, nothing, defaultConverter, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { NetreachError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import { aboutScope, scopeSources, uncited, type AboutScope, type AboutWidget } from '../core/about.js';
import { memberRows, type CsvCell } from '../core/csv.js';
import type { Dataset, Source } from '../core/types.js';
import { prepareLocale } from '../core/locale.js';
import { MenuController, menuStyles, type MenuAction, type MenuContent } from './menu.js';
import { LocaleController, measureNow, VisibilityController } from './controllers.js';
import type { CodeController } from './code-controller.js';
import { DataController } from './data-controller.js';
import { stopConsumed } from './roving-focus.js';
import { interactionWaiting } from './interaction-loader.js';
import { baseStyles } from './styles.js';
import { restyle } from './adopt.js';
import { COMMON_OPTIONS, optionValue, propertySpec, type OptionSpecs, type OptionValue } from '../core/options.js';
import { specProperties } from './options.js';
import { loadOnDemand } from './on-demand-loader.js';
import { ExportController, type ExportContent, type SceneFile } from './export-controller.js';

export type { SceneFile } from './export-controller.js';

export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * How long (ms) a widget connected without what it needs waits before it renders "Loading…" (shouldUpdate()): on a
 * fast network its data and code are here by then and its first render draws them. 200 ms: the 100 maps' chunks came
 * ~100 ms after the maps connected (a local server, a loaded machine), past a frame or two; a wait under ~0.1–0.2 s
 * reads as immediate, and one any longer is said.
 */
export const LOADING_DELAY = 200;
export type Theme = 'light' | 'dark' | 'auto';

export interface NetreachErrorDetail {
  code: string;
  message: string;
  /** Told by a dashboard of one of its parts: the part's element name (`netreach-map`). */
  part?: string;
}

/**
 * What `netreach-select` carries: the chosen member country (ISO alpha-3) or region id; `null` when the user cleared
 * the selection (Escape, or a table's marked row chosen again), so that `country = event.detail.country` stays true.
 * A dashboard's carries both, the selection it has after the reader's choice (`{region: null, country: null}`: none).
 */
export interface NetreachSelectDetail {
  country?: string | null;
  region?: string | null;
}

declare global {
  interface HTMLElementEventMap {
    'netreach-error': CustomEvent<NetreachErrorDetail>;
    'netreach-select': CustomEvent<NetreachSelectDetail>;
    'netreach-ready': Event;
  }
}

/**
 * What every widget shares; see the widgets for their own API.
 *
 * @csspart menu-button - The widget menu's `⋯` button (hidden by `controls="none"`).
 * @csspart menu - The widget menu: Download PNG, SVG, CSV, View data, Full screen.
 * @csspart menu-message - Said in the menu's place when a PNG cannot be made (a CSP without `img-src data:`), or the menu
 *   could not load (its chunk).
 * @csspart data-view - The "View data" table under the widget.
 * @csspart about - The "About this data" panel (`toggleAbout()`, the menu's About this data).
 * @cssproperty [--netreach-error-color=#b42318] - The error message (dark theme or light text: #fda29b).
 * @fires {CustomEvent<NetreachErrorDetail>} netreach-error - `{code, message}` when the data cannot be shown.
 * @fires {Event} netreach-ready - Each time `state` turns `ready` (drawn); `whenReady()` waits for it.
 */
export abstract class NetreachElement extends LitElement {
  static override styles = [baseStyles, menuStyles];
  // The options every widget has; each widget declares its own (`specProperties(<WIDGET>_OPTIONS)`).
  static override properties: PropertyDeclarations = {
    ...specProperties(COMMON_OPTIONS, true),
    data: { attribute: false },
    hiddenNotes: { attribute: false },
  };

  protected readonly source = new DataController(this);
  // Once it shows something, a widget keeps it in view while another language's strings load.
  protected readonly localization = new LocaleController(this, () => this.phase !== 'loading');
  /** What the widget shows, as its files and its menu's panels ask for it. */
  private readonly content: ExportContent & MenuContent = {
    dataset: () => this.source.dataset,
    sceneFile: () => this.sceneFile(),
    rows: (dataset) => this.exportRows(dataset),
    sources: (dataset) => this.exportSources(dataset),
    uncited: (dataset) => uncited(dataset, this.aboutScope(dataset), this.locale, this.exportSources(dataset).length),
    notes: () => this.notes,
    aboutScope: (dataset) => this.aboutScope(dataset),
  };
  private readonly files = new ExportController(this, this.content);
  /** The widget menu and the panels it opens (the map shows "View data" as its own table through it). */
  protected readonly menu = new MenuController(this, this.content);
  /**
   * On screen or not. The entrance plays the first time the widget comes into view; on a normal page once per
   * page view (scrolling back is not a reason to move again, and a half-played count-up would show a false figure),
   * in presenter mode each time it is shown again (a slide revisited).
   */
  protected readonly visibility = new VisibilityController(this, {
    onShow: (count) => {
      if (count === 1 || this.presenter) this.replay();
    },
    rerender: (this.constructor as typeof NetreachElement).rendersVisibility,
  });
  #entranceTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    // A key the widget acted on stops here, after the page's own listeners on the widget (added later) heard it.
    this.addEventListener('keydown', stopConsumed);
  }

  // The attributes' names, values, defaults and docs: COMMON_OPTIONS (core/options.ts) and each widget's
  // <widget>.options.ts, which the API docs, embed.html and the command line read too.

  /** URL of a netreach dataset (JSON). Fetched once per page however many widgets use it. */
  src?: string;

  /** The `id` of a `<netreach-data>` element whose dataset this widget shows. */
  provider?: string;

  /** The bundled dataset shown when nothing else gives one (the `dataset` attribute): `cinvu` by default. */
  datasetId?: string;

  /**
   * @internal `dataset="…"` from React 19 or Vue, which set a property where the element has one: HTMLElement's
   * read-only `dataset` (the `data-*` map, which reading still gives) would throw. A string sets the attribute.
   */
  override get dataset(): DOMStringMap {
    return super.dataset;
  }
  /** @internal */
  override set dataset(value: DOMStringMap | string | undefined) {
    this.datasetId = typeof value === 'string' ? value : undefined;
  }

  /** A dataset object (never mutated). Takes precedence over `src`. */
  data?: unknown;

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). Unset: the page's own colours. */
  theme?: Theme;

  /**
   * `loading`, `ready`, `empty` or `error`; reflected as an attribute for styling and tests. Read-only. `ready`
   * once everything the widget shows is in its shadow DOM at its measured size; see the README's "States".
   */
  state: WidgetState = 'loading';

  /** `none` hides the widget menu (downloads, view data, full screen). */
  controls?: 'none' | 'menu';

  /** Sized for a projector: larger type, stronger contrast, more room, thicker lines. */
  presenter = false;

  /**
   * Notes the widget leaves out because another part of the page says them already, matched by their text: a
   * dashboard sets it on its parts, so that each note shows once, with the first part that calls for it.
   */
  hiddenNotes: readonly string[] = [];

  /**
   * @internal What the menu button's name ends with in place of the widget's title: a dashboard sets the regions'
   * panel's heading on them, as their title and the bars' are the same on CINVU. Not reactive (bytes up front): set
   * with the part's data or language, whose change renders it again.
   */
  menuTitle?: string;

  /**
   * What the widget renders: `state`, except that `ready` comes first here. A widget in this phase renders its
   * content, which may still lack the parts that wait for a size (see {@link isDrawn}).
   */
  protected phase: WidgetState = 'loading';

  /** The error shown, if any. */
  protected error?: NetreachError;
  /** The message last announced by `netreach-error`: a widget error recomputed on each update is announced once. */
  #announcedError?: string;
  /** The {@link whenReady} promises still waiting: each settles its own, and says whether it did. */
  #settlers: (() => boolean)[] = [];
  /** See {@link notes}: set by the render that draws them ({@link shownNotes}). */
  #notesCalledFor: readonly string[] = [];
  /** The language of the last render, once its strings were here (see shouldUpdate()). */
  #shownLocale = '';
  /** The timer that renders "Loading…" if the widget still waits then ({@link LOADING_DELAY}); 0 once it did. */
  #loadingDue?: ReturnType<typeof setTimeout> | 0;

  /** The resolved BCP 47 locale of the widget (from `lang` on it or an ancestor, else the document). */
  get locale(): string {
    return this.localization.locale;
  }

  /**
   * The honest notes the widget's data calls for (a partial list, inferred regions, a computed growth…), as its
   * last render found them, those in {@link hiddenNotes} included; none while it shows no data.
   */
  get notes(): readonly string[] {
    return this.#notesCalledFor;
  }

  /** The dataset being shown, once loaded. */
  get currentDataset(): Dataset | undefined {
    return this.source.dataset;
  }

  /** The widget's options (its `<widget>.options.ts`): every widget sets its own. */
  static readonly optionSpecs: OptionSpecs = COMMON_OPTIONS;

  /**
   * Whether the widget renders again when it comes into view or leaves it, because what it draws depends on being
   * seen (the stat counts up once on screen). Other widgets play their entrance without a render (`replay()`).
   */
  protected static readonly rendersVisibility: boolean = false;

  /** The console warnings this element gave about its options, each once, and the values its data named. */
  #warned?: Set<string>;

  /**
   * The value of the option declared for `property`, as its spec reads it: an unknown or malformed value (`sort="size"`,
   * `limit="ten"`) is the default, as if absent — the same reading embed.html and the command line refuse it by —
   * and a console warning, once per element, attribute and value, that names the values allowed. (Not for `src` and
   * `dataset`, which the data controller reads: an unknown dataset is an error on screen, `CINVU` is `cinvu` there.)
   */
  protected option<T extends OptionValue = OptionValue>(property: string): T {
    const spec = propertySpec((this.constructor as typeof NetreachElement).optionSpecs, property);
    if (!spec) throw new Error(`netreach: <${this.localName}> has no option "${property}"`);
    const held = (this as unknown as Record<string, unknown>)[property];
    // NaN: a number attribute's text that is no number (`limit="ten"`), named as written.
    return optionValue(spec, Number.isNaN(held) ? this.getAttribute(spec.attribute) : held, (text) => {
      const said = `ignored ${spec.attribute}: "${text}"`;
      if (/^(src|dataset)$/.test(spec.attribute) || this.#warned?.has(said)) return;
      (this.#warned ??= new Set()).add(said);
      // Why, in the words of the on-demand module (option-text.ts, not every page's), said once it is here; the
      // value is drawn as absent meanwhile. Without them (its chunk not served), the value alone.
      void loadOnDemand().then(
        (parts) => this.warnOnce(`${said} ${parts.refusal(spec)}`),
        () => this.warnOnce(said),
      );
    }) as T;
  }

  /**
   * Says in the console, once, that an option's value names nothing the data has and is drawn as if absent
   * (`netreach: <netreach-table> ignored region="atlantis": no such region`), as the map says it of `highlight`.
   * Not of a blank value (`selected=" "`, as absent), nor of one the element's data named before: a member chosen by
   * a click, or set by the page, and then another network loaded is no misuse. Said once its document has loaded,
   * if the widget still draws the data it names nothing on.
   */
  protected namesNothing(attribute: string, value: string | false | null | undefined, known: unknown, reason: string): void {
    if (!value || !value.trim()) return;
    const named = `${attribute}="${value}"`;
    if (known) {
      (this.#warned ??= new Set()).add(named);
      return;
    }
    // Said of the data the widget draws once its page has loaded, not of what it drew before: a widget given no
    // source draws the bundled dataset until the page's script gives it its own (a React `data={…}`, a provider's
    // `.data` set after a fetch), a stand-in. After the load event, only a value no data since named is said.
    const doc = this.ownerDocument;
    const dataset = this.currentDataset;
    const say = () => this.currentDataset !== dataset || this.#warned?.has(named) || this.warnOnce(`ignored ${named}: ${reason}`);
    if (doc.readyState === 'complete') say();
    else doc.defaultView?.addEventListener('load', say, { once: true });
  }

  /**
   * `selected` as the data spells it, read by {@link readSelected} as the data is drawn: the property the page set keeps
   * its value (`selected="irn"`, `" PAK "`).
   */
  protected chosen?: string;

  /**
   * Reads `selected` among `ids`, the member codes (`codes`: in any case, as `highlight` and `home` take them) or
   * the region ids (as written), spaces around it aside, into {@link chosen}; one among none is said ({@link namesNothing}).
   */
  protected readSelected(ids: readonly string[], codes: unknown, reason: string): void {
    const text = this.option<string | undefined>('selected');
    const id = codes ? text?.toUpperCase() : text;
    this.chosen = ids.includes(id!) ? id : undefined;
    this.namesNothing('selected', (this as { selected?: string }).selected, this.chosen, reason);
  }

  /** Says `text` in the console, `netreach: <netreach-table> …`, once per element. */
  protected warnOnce(text: string): void {
    const warning = `netreach: <${this.localName}> ${text}`;
    if ((this.#warned ??= new Set()).has(warning)) return;
    this.#warned.add(warning);
    console.warn(warning);
  }

  /**
   * Every option's value by property name, read as {@link option} reads one: what a scene is drawn from, the same
   * values the command line passes for the same attributes. (`lang` is the widget's locale, `state` no option.)
   */
  protected optionValues(): Record<string, OptionValue> {
    const values: Record<string, OptionValue> = {};
    for (const spec of (this.constructor as typeof NetreachElement).optionSpecs) {
      if (!spec.native && !spec.readOnly && !spec.cssProperty) values[spec.property] = this.option(spec.property);
    }
    return values;
  }

  /**
   * Plays the widget's entrance again (counting up, bars growing, the line drawing, regions in turn), as when it
   * comes into view. Under `prefers-reduced-motion` nothing moves. The final picture is the same either way.
   */
  replay(): void {
    const frame = this.renderRoot?.querySelector<HTMLElement>('.frame');
    if (!frame) return;
    clearTimeout(this.#entranceTimer);
    // Still playing: off, a style flush, on, and the CSS animations restart. (The first time there is nothing to
    // restart, and no reason to force a layout while the page loads.) Off again once they are done, so a later
    // re-render (a resize) does not play them again.
    if (frame.classList.contains('enter')) {
      frame.classList.remove('enter');
      void frame.offsetWidth;
    }
    frame.classList.add('enter');
    this.#entranceTimer = setTimeout(() => frame.classList.remove('enter'), 2500);
  }

  /** Something about the loaded data this widget cannot show (an unknown metric, say). */
  protected widgetError(_dataset: Dataset): NetreachError | undefined {
    return undefined;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Created in another document (a dashboard drawing its parts in an iframe's): Lit would give it this one's sheets.
    if (this.ownerDocument === document) return super.createRenderRoot();
    const root = this.attachShadow((this.constructor as typeof NetreachElement).shadowRootOptions);
    restyle(root, (this.constructor as typeof NetreachElement).elementStyles);
    return root;
  }

  override connectedCallback(): void {
    // Not rendered yet: an update, which waits out LOADING_DELAY again if it still needs something.
    if (restyle(this.renderRoot as ShadowRoot | undefined, (this.constructor as typeof NetreachElement).elementStyles) || !this.hasUpdated)
      this.requestUpdate();
    super.connectedCallback(); // the controllers' hostConnected: the dataset, and what the widget draws with, start loading
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken off the page while it waits out LOADING_DELAY: no "Loading…" rendered detached.
    this.#loadingDue &&= void clearTimeout(this.#loadingDue);
  }

  /**
   * The widget's drawing code when it is a chunk of its own (the trend, the table): the widget stays `loading`
   * until it is loaded, and `updateComplete` waits for it.
   */
  protected readonly code?: CodeController<unknown>;

  /**
   * Whether the widget still waits for something of its own besides the dataset (the map: its geometry). It
   * stays `loading`, and draws once, when everything is there.
   */
  protected waiting(): boolean {
    return false;
  }

  /**
   * Whether the render about to happen, in the `ready` phase, draws everything the widget shows: a chart laid out
   * at its measured size, every row of a table. False makes `state` wait at `loading`. Decided after `willUpdate`.
   */
  protected isDrawn(): boolean {
    return true;
  }

  /**
   * What the drawing still waits for after the last render (a table's rows added frame by frame, a dashboard's
   * parts); `updateComplete` waits for it.
   */
  protected drawing(): Promise<unknown> | undefined {
    return undefined;
  }

  /** Asks again for what could not load: the widget's code chunk (the map adds its geometry). */
  protected retry(): void {
    this.code?.hostConnected();
  }

  /** Whether the dataset counts as empty for this widget. */
  protected isEmpty(dataset: Dataset): boolean {
    return dataset.members.length === 0;
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    this.source.sync();
    // Still loading, in the language of the "Loading…" shown: no render, which would draw it again (a map's data,
    // code and geometry arrive apart: two renders of each of 100 maps, docs/PERFORMANCE.md).
    if (this.hasUpdated && !changed.size && this.phase === 'loading') {
      this.#settle();
      if (this.phase === 'loading' && this.locale === this.#shownLocale) return false;
    }
    // Connected without what it needs: no "Loading…" render yet, as polished UIs delay a spinner. On a fast network
    // the first render is the one with the data, without the style, layout and paint of a status line it replaces
    // a few ms later (a third of the renders of 100 maps, docs/PERFORMANCE.md). Meanwhile the widget says `loading`,
    // gets its language's formatters ready (the first use of Intl in a page costs ~10 ms, which the wait hides), and
    // the map holds its box (map.styles.ts); still waiting after LOADING_DELAY, it says "Loading…". An error, and a
    // widget with its data (hidden or not), render at once. (Lit's shouldUpdate() answers true.)
    if (!this.hasUpdated && this.#loadingDue !== 0) {
      this.#settle();
      if (this.phase === 'loading') {
        if (!this.hasAttribute('state')) this.setAttribute('state', 'loading');
        this.#reflectNow(changed);
        prepareLocale(this.locale);
        // Not off the page (taken off at once, its update run there): no "Loading…" rendered detached; put back, it
        // waits again (connectedCallback(); disconnectedCallback() stops a timer running).
        if (this.isConnected)
          this.#loadingDue ??= setTimeout(() => {
            this.#loadingDue = 0;
            this.requestUpdate();
          }, LOADING_DELAY);
        return false;
      }
      clearTimeout(this.#loadingDue);
    }
    return true;
  }

  /**
   * The options set before the first render reflected at once, as Lit reflects them in an update: a page's script or
   * style that reads `[presenter]` or `[metric]` after `updateComplete` finds them while the widget waits to render,
   * and an attribute the page wrote that a script then changed (`theme="dark"`, then `.theme = 'light'`, or
   * `undefined`) says the new value. (Lit reflects them again, with the same values, in the first update.)
   */
  #reflectNow(changed: PropertyValues<this>): void {
    for (const key of changed.keys()) {
      // What reflects is an option, declared from its spec with its attribute's name (specProperties()), and no
      // converter of its own.
      const { reflect, attribute, type } = (this.constructor as typeof LitElement).getPropertyOptions(key);
      const name = attribute as string;
      const value = this[key as keyof this];
      // An attribute that reads as the value is left as written: the page's (Lit does not reflect a value that came
      // from it), or one reflected already. (Object.is: `limit="ten"` reads as NaN.)
      if (!reflect || Object.is(defaultConverter.fromAttribute!(this.getAttribute(name), type), value)) continue;
      const text = defaultConverter.toAttribute!(value, type) as string | null | undefined;
      if (text == null) this.removeAttribute(name);
      else this.setAttribute(name, text);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const props = (this.constructor as typeof NetreachElement).elementProperties;
    const options = [...changed.keys()].filter((key) => key !== 'state' && props.get(key)?.attribute);
    // Every option read, whether this widget's drawing reads it or not: a value refused is said in the console, once
    // (warnOnce), so in the first update and when one changed (not in an update with new data alone: a value update).
    // The first always: a refused value set before the widget connected (controls="hidden") was never said otherwise.
    if (!this.hasUpdated || options.length) this.optionValues();
    // Controllers' hostUpdate runs after willUpdate; resolving here lets this update use fresh inputs.
    this.localization.resolve();
    this.source.sync();
    // A theme given or taken away pads the widget or not (base styles): its size read now, with the attribute (Lit
    // reflects it later, in update()), so that it draws once, at its new width.
    if (this.hasUpdated && changed.has('theme')) {
      this.#reflectNow(changed);
      measureNow(this);
    }
    // What could not load (a code chunk, the map's geometry) is asked for again when the page gives the widget new
    // data or an option's value, as after a data error; not for the widget's own updates (its state, the notes a
    // dashboard leaves out, focus).
    if (this.error && (changed.has('data') || options.length)) this.retry();
    this.#settle();
  }

  /** The error shown, if any, and the phase, from what is here. */
  #settle(): void {
    const dataset = this.source.dataset;
    // A widget whose code is a chunk of its own checks its data with that code: once it is here.
    const checkable = dataset && (!this.code || this.code.module);
    this.error = this.source.error ?? this.code?.error ?? (checkable ? this.widgetError(dataset) : undefined);
    // Until the language's UI strings arrive the widget says "loading" rather than flash English.
    const loading = !dataset || !this.localization.ready || this.waiting() || Boolean(this.code && !this.code.module);
    this.phase = this.error ? 'error' : loading ? 'loading' : this.isEmpty(dataset) ? 'empty' : 'ready';
  }

  protected override update(changed: PropertyValues<this>): void {
    // After every willUpdate (the widget's own lays it out), before the attribute is reflected and the DOM
    // written: an observer of `state` sees `ready` with the drawing already in place. Once ready, later renders
    // (new values, a table's rows growing again) keep it ready.
    const drawn = this.phase !== 'ready' || this.state === 'ready' || this.isDrawn();
    this.state = drawn ? this.phase : 'loading';
    super.update(changed);
  }

  /**
   * Resolves once the widget has drawn what it can: after the render that follows its first measurement, and what
   * {@link drawing} waits for. Never waits for a size: a widget that is hidden before its first drawing resolves at
   * once, still `loading`. Resolves to whether `state` is settled (`ready`, `empty` or `error`), rather than
   * `loading` (the data or the geometry still on their way, or hidden before its first drawing).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    do {
      // Lit answers false while an update was requested by the last one (the drawing after a measurement).
      while (!(await super.getUpdateComplete()));
      await this.drawing();
      await this.menu.pending;
      await this.localization.pending;
      await this.source.validating;
      await this.code?.pending;
      // A tooltip or an arrow key that came before the interaction chunk: shown or moved once it is here.
      await interactionWaiting();
    } while (this.isUpdatePending);
    return this.state !== 'loading';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Announced in the widget's language once its words are here, as its box then says it: announced while they
    // loaded, a Persian page's map told the page in English and its table in Persian.
    const announce = this.error && !this.localization.pending && `${this.error.code} ${this.error.message}`;
    if (announce && announce !== this.#announcedError) {
      this.#announcedError = announce;
      this.fire('netreach-error', { code: this.error!.code, message: this.error!.localized(this.locale) });
    } else if (!announce) {
      this.#announcedError = undefined;
    }
    // Set in this update's update(), the attribute reflected and the drawing written: a listener sees them.
    if (changed.has('state') && this.state === 'ready') this.fire('netreach-ready');
    this.#settlers = this.#settlers.filter((settle) => !settle());
  }

  /** Tells the page: a bubbling, composed `netreach-select`, `netreach-error` or `netreach-ready` event. */
  protected fire(type: string, detail?: NetreachSelectDetail | NetreachErrorDetail): void {
    this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
  }

  /**
   * Resolves once the widget has settled after its pending update (a new `src`: once that is drawn): `ready`, or
   * `empty` (nothing to draw, as `state` says); at once if it is. Rejects when it shows an error, with an Error of the
   * error box's words and the `netreach-error` event's `code`. A widget never shown (`display: none`, a slide not yet
   * displayed) draws when first shown: the promise waits until then (docs/EXPORTS.md, "From a script").
   */
  async whenReady(): Promise<void> {
    await this.updateComplete;
    return new Promise((resolve, reject) => {
      const settle = () => {
        const { state, error } = this;
        // An error is told in the widget's language, once its words are here (as `netreach-error` is).
        if (state === 'error' ? !this.#announcedError : state === 'loading') return false;
        if (error) reject(Object.assign(new Error(error.localized(this.locale)), { code: error.code }));
        else resolve();
        return true;
      };
      if (!settle()) this.#settlers.push(settle);
    });
  }

  /**
   * What the widget shows, as far as provenance goes (which figures, the list, regions, universities): what
   * "About this data", the CSV's source lines and the source line cite. Read from the widget's options.
   */
  protected aboutScope(dataset: Dataset): AboutScope {
    const options = this as unknown as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
    const metrics = text(options.metrics)
      ?.split(',')
      .map((metric) => metric.trim())
      .filter(Boolean);
    return aboutScope(dataset, this.localName.replace(/^netreach-/, '') as AboutWidget, {
      metric: text(options.metric),
      groupBy: text(options.groupBy),
      of: text(options.of),
      metrics,
    });
  }

  /** The sources behind what the widget shows (see {@link aboutScope}). */
  protected exportSources(dataset: Dataset): Source[] {
    return scopeSources(dataset, this.aboutScope(dataset));
  }

  /** The data behind the widget as rows, the first being the header. By default one row per member. */
  protected exportRows(dataset: Dataset): CsvCell[][] {
    return memberRows(dataset, this.locale);
  }

  /**
   * Every widget names its scene function and its option values (by property name): its files are the document
   * the command line writes for the same options. (Undefined while the widget's own code chunk is loading.)
   */
  protected abstract sceneFile(): SceneFile | undefined | Promise<SceneFile | undefined>;

  /**
   * A standalone SVG document of the widget — title, chart, legend, notes and source line — of `width`×`height`
   * pixels (the widget's own size by default, at least 200), light or dark as the widget is unless `theme` says.
   * For the same data, options, size, language and theme it is the file `netreach render` writes, but in the colours
   * and font the page's `--netreach-*` properties give the widget (docs/WIDGETS.md). Asynchronous:
   * the file writer is a module of its own, loaded the first time a file is asked for, so pages that never
   * export do not download it. A table's file grows taller than `height` when its rows need it; a dashboard's
   * composes its parts' scenes. `background: 'transparent'` leaves the background rectangle out, for a slide of
   * another colour, and paints nothing else in it: labels' halos and hollow dots are cut out of what lies under them,
   * so the slide shows through rather than light rims. A stat's big number is at the page's `--netreach-stat-size`
   * where set. Asked for while the widget is `loading`, waits for `whenReady()`; rejects when it shows an
   * error or nothing (`error`, `empty`): docs/EXPORTS.md ("From a script").
   */
  toSVG(options: { width?: number; height?: number; theme?: 'light' | 'dark'; background?: 'transparent' } = {}): Promise<string> {
    return this.#settled(() => this.files.svg(options));
  }

  /**
   * The widget as a PNG image, `scale` pixels per CSS pixel (2 by default), saying 96 × `scale` pixels per inch (slide
   * software places it at the widget's size); `background: 'transparent'` as for toSVG(). Waits for the drawing,
   * and rejects, as `toSVG()` does.
   */
  toPNG(
    options: { scale?: number; width?: number; height?: number; theme?: 'light' | 'dark'; background?: 'transparent' } = {},
  ): Promise<Blob> {
    return this.#settled(() => this.files.png(options));
  }

  /** Writes a file once the widget has settled; an error or nothing shown is said by the file writer. */
  async #settled<T>(file: () => Promise<T>): Promise<T> {
    await this.whenReady().catch(() => undefined);
    return file();
  }

  /** The data behind the widget as CSV (spreadsheet-safe). */
  toCSV(): string {
    return this.files.csv();
  }

  /**
   * Saves the widget as a PNG, SVG or CSV file named after what it shows: network, widget, metric (region, the map's
   * highlighted members, step, compared network where set) and language unless English,
   * `cinvu-stat-virtual-students-fa.png`, `cinvu-map-irn-fa.png`. Waits for the
   * drawing, and rejects, as `toSVG()` does.
   */
  downloadAs(kind: 'png' | 'svg' | 'csv'): Promise<void> {
    return this.#settled(() => this.files.download(kind));
  }

  /** What the widget menu offers; widgets without a picture of their own (the table) offer less. */
  menuActions(): MenuAction[] {
    return ['png', 'svg', 'csv', 'data', 'about', 'fullscreen'];
  }

  /** Shows or hides "About this data"; when shown, focus moves to it so a keyboard or screen reader lands there. */
  toggleAbout(): void {
    this.menu.toggleAbout();
  }

  /**
   * Shows or hides the data behind the widget as a table in its language (its CSV's rows in words, with a caption);
   * when shown, focus moves to it, as to About, and Escape in it closes it. The map shows its own table; the table,
   * its own headers and cells.
   */
  toggleDataView(): void {
    this.menu.toggleDataView();
  }

  /** The widget's content once the dataset is ready and not empty. */
  protected abstract renderReady(dataset: Dataset): TemplateResult | typeof nothing;

  /** What the widget's render shows of the `notes` its data calls for: all but {@link hiddenNotes}. */
  protected shownNotes(notes: readonly string[]): readonly string[] {
    this.#notesCalledFor = notes;
    return notes.filter((note) => !this.hiddenNotes.includes(note));
  }

  protected renderBadge(dataset: Dataset): TemplateResult | typeof nothing {
    if (!dataset.illustrative) return nothing;
    // Text as a property, not a binding: a child binding is a comment node (Lit's marker) in every widget.
    return html`<span part="badge" title=${msg(this.locale, 'illustrativeNote')} .textContent=${msg(this.locale, 'illustrative')}></span>`;
  }

  protected renderState(): TemplateResult | typeof nothing {
    const locale = this.locale;
    const dataset = this.source.dataset;
    switch (this.phase) {
      case 'error':
        return html`<div part="error" role="alert">${this.error?.localized(locale)}</div>`;
      case 'loading':
        return html`<div class="status" part="status" role="status" .textContent=${msg(locale, 'loading')}></div>`;
      case 'empty':
        return html`${dataset ? this.renderBadge(dataset) : nothing}
          <div class="status" part="status" role="status">${msg(locale, 'empty')}</div>`;
      default:
        return dataset ? this.renderReady(dataset) : nothing;
    }
  }

  protected override render(): TemplateResult {
    const dataset = this.source.dataset;
    this.#shownLocale = this.localization.ready ? this.locale : '';
    // A widget that draws notes says which, through shownNotes(), in this render.
    this.#notesCalledFor = [];
    // The panels and the menu come after the content (MenuController.render() says why). The parts are blocks: no
    // white space between them (it would be a text node in every widget, never rendered).
    return html`<div class="frame" part="frame" lang=${this.locale} dir=${this.localization.dir}>
      ${this.renderState()}${this.phase === 'ready' && dataset ? this.menu.render(dataset) : nothing}
    </div>`;
  }
}
