/**
 * The widget menu and the panels it opens: the `⋯` button (`part="menu-button"`), the menu (`part="menu"`:
 * Download PNG, SVG and CSV, View data, About this data, Full screen), "About this data" (`part="about"`) and
 * "View data" (`part="data-view"`). A menu button pattern (WAI-ARIA APG): the button opens the menu, arrow keys
 * move, Escape closes and returns focus; About and View data take focus when they open and give it back to the menu
 * button when Escape (or About's Close button) closes them. The button is drawn with the widget; the menu's items,
 * About and View data (menu-popup.ts, about-panel.ts, on-demand.ts) come with the on-demand module, which this
 * controller loads when the menu or a panel opens (the widget's `updateComplete` waits for it). The element says
 * only what the panels show ({@link MenuContent}); its public `toggleAbout()` and `toggleDataView()` are this
 * controller's.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AboutScope } from '../core/about.js';
import type { CsvCell } from '../core/csv.js';
import type { DataView } from '../core/data-view.js';
import { msg, type MessageKey } from '../core/i18n.js';
import { colon } from '../core/locale.js';
import { consume } from './roving-focus.js';
import type { Dataset } from '../core/types.js';
import { adoptOnce } from './adopt.js';
import { loadOnDemand, onDemand } from './on-demand-loader.js';

/** The element whose menu this is: what the menu's items call. */
export interface MenuHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly locale: string;
  /** `none` leaves the menu out; the panels still open from script. */
  readonly controls?: string;
  /** What the button's name ends with in place of {@link MenuController.title} (a dashboard's regions: their panel's heading). */
  readonly menuTitle?: string;
  downloadAs(kind: 'png' | 'svg' | 'csv'): Promise<void>;
  /** What the menu offers. */
  menuActions(): MenuAction[];
}

/** What the panels show, from the widget. */
export interface MenuContent {
  /** What the widget shows, as far as provenance goes: what "About this data" cites. */
  aboutScope(dataset: Dataset): AboutScope;
  /** The data behind the widget as its CSV has them, the first row being the header: what "View data" shows in words. */
  rows(dataset: Dataset): CsvCell[][];
}

export type MenuAction = 'png' | 'svg' | 'csv' | 'data' | 'about' | 'fullscreen';

const corners = new WeakMap<Document, number>();

/**
 * The width a scene keeps clear in its top inline-end corner for the menu button: its `--_corner` (2rem, 24 px at
 * least) and a margin, 40 px on a 16 px page (a page or a reader's browser with a larger root font has a larger
 * button: 48 px at 20 px; 32 px at 10 px). The root's font of `doc` (the widget's own: an iframe's, where it is in
 * one) is read once per document, where a scene first asks.
 */
export function menuCorner(doc: Document): number {
  let corner = corners.get(doc);
  if (!corner) corners.set(doc, (corner = Math.max(2 * (parseFloat(getComputedStyle(doc.documentElement).fontSize) || 16), 24) + 8));
  return corner;
}

/**
 * {@link menuCorner} of `host`'s document, 0 where it has no menu (`controls="none"`). For a scene's `corner`, read
 * where its chart is laid out at a width: a read in a render before the first size restyled the page between that
 * render and the measurement.
 */
export const hostCorner = (host: { readonly controls?: string; readonly ownerDocument: Document }): number =>
  host.controls === 'none' ? 0 : menuCorner(host.ownerDocument);

/**
 * The button, and a plain box for the message said in the menu's place when the menu's chunk could not load (its
 * styles, on-demand.styles.ts, did not come either; they style it when they are here: a PNG that cannot be made).
 * A widget full screen is styled there too (`:host(:fullscreen)`): the menu's "Full screen" puts it there, and
 * opening the menu adopted them; a page's own `requestFullscreen()` has them adopted on `fullscreenchange`.
 */
export const menuStyles = css`
  /* A flex box, no line: in a line box, large type (28 px) set the button 3 px lower, over the chart's top. */
  .menu-anchor {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    z-index: 3;
    display: flex;
  }
  [part~='menu-message'] {
    position: absolute;
    inset-inline-end: 0;
    inline-size: max-content;
    max-inline-size: 18rem;
    padding: 0.5rem;
    background: Canvas;
    color: CanvasText;
    border: 1px solid;
  }
  [part~='menu-button'] {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.75);
    inline-size: var(--_corner);
    block-size: var(--_corner);
    line-height: 1;
    cursor: pointer;
    opacity: 0;
  }
  :host(:hover) [part~='menu-button'] {
    opacity: 0.6;
  }
  @media (hover: none) {
    [part~='menu-button'] {
      opacity: 0.6;
    }
  }
  [part~='menu-button']:hover,
  [part~='menu-button'][aria-expanded='true'],
  [part~='menu-button']:focus-visible {
    opacity: 1;
    border-color: var(--_border);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    .menu-anchor {
      display: none;
    }
  }
`;

export class MenuController implements ReactiveController {
  // Unset is false: no initial values, which every page would download (the up-front budget is full).
  /** Whether the menu is open. */
  open?: boolean;
  /** Whether "About this data" is open. */
  aboutOpen?: boolean;
  /** Whether "View data" is on. */
  dataViewOpen?: boolean;
  /**
   * What is said where the menu was, until it opens or closes: the last "Download PNG" failed (a page's CSP without
   * `img-src data:`: set by the on-demand code, whose English it is), or the menu's chunk could not load.
   */
  message?: MessageKey;
  /**
   * Whether the widget shows "View data" itself (the map: its own table, where a row chooses a member, opened by
   * its "Show as table" too): the widget reads {@link dataViewOpen}, and no table is drawn here.
   */
  ownDataView?: boolean;
  /**
   * View data as the widget words it itself, where its CSV's rows would not read well (the table: its own columns'
   * headers and cells, where its CSV has machine keys, `code`, `joined`…); unset or `undefined`, the CSV's rows in
   * words (`dataView()`).
   */
  view?: () => DataView | undefined;
  /** The widget's title, which its button's name ends with ("Chart menu: Member countries"); the widget sets it. */
  title?: string;
  /**
   * What had focus outside the widget when About or View data opened (the page's own button that opened it from
   * script): focus goes back to it on close when the widget has neither a menu button nor items (a KPI tile with
   * `controls="none"`), as a dialog returns focus to its opener, rather than falling to the page.
   */
  #opener?: HTMLElement;
  /**
   * The menu's item that takes focus once the opening menu is drawn: the first (a click, ArrowDown on the button) or
   * the last (ArrowUp). Moved there by the items' code (menu-popup.ts), not here: every page would download it.
   */
  focusItem?: 'first' | 'last';
  /** The on-demand module on its way for the menu or a panel that is open: the widget's `updateComplete` waits for it. */
  pending?: Promise<void>;
  #onPointerDown = (event: PointerEvent) => {
    if (!event.composedPath().includes(this.host)) this.close(false);
  };
  /**
   * `fullscreenchange` is fired at the element that enters or leaves full screen (composed, and it bubbles): heard
   * on the host, only that widget renders again (its menu's "Full screen" or "Exit full screen"), not one in a
   * dashboard's shadow root it bubbles from. On the document, every widget of a page rendered again (100 renders on
   * a page of 100 maps).
   */
  #onFullscreenChange = (event: Event) => {
    if (event.composedPath()[0] !== this.host) return;
    // The full-screen rules come with the menu's chunk (on-demand.styles.ts): here already when the menu put the
    // widget there, loaded now when the page's own requestFullscreen() did (none said if it cannot come).
    void loadOnDemand().then(
      (parts) => adoptOnce(this.host.renderRoot as ShadowRoot, parts.styles),
      () => undefined,
    );
    this.host.requestUpdate();
  };
  /** The document whose `pointerdown` closes the open menu or message: listened to only while one is open. */
  #doc?: Document;

  constructor(
    readonly host: MenuHost,
    /** What the panels show: View data (on-demand.ts) reads its rows. */
    readonly content: MenuContent,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('fullscreenchange', this.#onFullscreenChange);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    this.open = false;
    this.#listen();
  }

  /**
   * A click elsewhere closes the menu or its message: heard on the widget's own document (an iframe's, where it is
   * in one) while one is open, from the update that shows it (what opens either requests one) to the one that
   * hides it, or the disconnection. Every widget listening from its connection put 100 listeners on the document
   * of a page of 100 maps, each called at every click.
   */
  #listen(): void {
    const on = Boolean(this.host.isConnected && (this.open || this.message));
    if (on === Boolean(this.#doc)) return;
    if (on) (this.#doc = this.host.ownerDocument).addEventListener('pointerdown', this.#onPointerDown);
    else {
      this.#doc!.removeEventListener('pointerdown', this.#onPointerDown);
      this.#doc = undefined;
    }
  }

  /**
   * After the widget's willUpdate: the code of what is open comes with the on-demand module; render again once it
   * is here. Its styles come with it (on-demand.styles.ts), adopted in the update that first renders what is open.
   */
  hostUpdate(): void {
    this.#listen();
    if (!(this.open || this.aboutOpen || (this.dataViewOpen && !this.ownDataView))) return;
    const parts = onDemand();
    if (parts) adoptOnce(this.host.renderRoot as ShadowRoot, parts.styles);
    else if (!this.pending) {
      // Left settled once loaded (onDemand() answers from then on); forgotten on failure, so the next click tries again.
      this.pending = loadOnDemand().then(
        () => this.host.requestUpdate(),
        (error: unknown) => {
          this.pending = undefined;
          // Nothing that asked for it can show: closed, so that the button does not say the menu is open and the
          // next click asks again (rather than closing a menu that never showed); said in the menu's place.
          this.open = this.aboutOpen = false;
          if (!this.ownDataView) this.dataViewOpen = false;
          this.message = 'errorChunk';
          this.host.requestUpdate();
          console.warn('netreach: could not load the menu (keep dist/chunks/ beside netreach.js):', error);
        },
      );
    }
  }

  /** Shows or hides "About this data"; when shown, focus moves to it. */
  toggleAbout(): void {
    this.#toggle('aboutOpen', 'about');
  }

  /** Shows or hides "View data"; when shown, focus moves to it, as to About (the map's own table too: its `part="data-view"`). */
  toggleDataView(): void {
    this.#toggle('dataViewOpen', 'data-view');
  }

  #toggle(panel: 'aboutOpen' | 'dataViewOpen', part: string): void {
    const open = (this[panel] = !this[panel]);
    const active = this.host.ownerDocument.activeElement;
    // (Not `instanceof HTMLElement`: in an iframe's document, the page's button is that window's.)
    if (open) this.#opener = active && active !== this.host ? (active as HTMLElement) : undefined;
    this.host.requestUpdate();
    // Once it is drawn (the on-demand module here: the widget's updateComplete waits for it).
    if (open) void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`[part~="${part}"]`)?.focus());
  }

  /**
   * Focus on `selector` (the menu's button; the map's table toggle); without one (`controls="none"`), on the tab stop
   * of the widget's items, the map's members or the bars: it fell to the page.
   */
  focusButton(selector = '[part~="menu-button"]'): void {
    const root = this.host.renderRoot;
    const opener = this.#opener?.isConnected ? this.#opener : undefined;
    (root.querySelector<HTMLElement>(selector) ?? root.querySelector<HTMLElement>('[data-item][tabindex="0"]') ?? opener)?.focus();
  }

  /** Opens the menu; its items (menu-popup.ts, in the on-demand chunk the opening loads) move focus to `focusItem`. */
  #show(focus: 'first' | 'last'): void {
    this.open = true;
    this.message = undefined;
    this.focusItem = focus;
    this.host.requestUpdate();
  }

  /** Closes the menu, focus back on its button unless `returnFocus` is false (a click elsewhere). */
  close(returnFocus = true): void {
    if (!this.open && !this.message) return;
    this.open = false;
    this.message = undefined;
    this.host.requestUpdate();
    if (returnFocus) this.focusButton();
  }

  #onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      consume(event);
      this.#show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  #onButtonClick = () => {
    if (this.open) this.close();
    else this.#show('first');
  };

  /**
   * The open panels, then the menu (unless `controls="none"`), for the widget's frame after its content: the menu
   * comes last in the DOM (it is positioned at the top corner), so Tab reaches the widget's own items first. What
   * the on-demand module draws is left out until it is here. The parts are blocks, with no white space between them
   * (it would be a text node in every widget, never rendered).
   */
  render(dataset: Dataset): TemplateResult {
    const locale = this.host.locale;
    const parts = onDemand();
    const dataView = parts && this.dataViewOpen && !this.ownDataView ? parts.renderDataTable(this, dataset) : nothing;
    const about = parts && this.aboutOpen ? parts.renderAbout(this, dataset) : nothing;
    // Two templates rather than a nested one for the menu: a nested template is one more part marker in every widget.
    if (this.host.controls === 'none') return html`${dataView}${about}`;
    // Named "Chart menu: " and the widget's title (its file's, the table's caption), so that a dashboard's nine
    // buttons differ in a screen reader's list of buttons; "Chart menu" first, as its tooltip has it. A dashboard
    // names its regions' by their panel's heading (menuTitle): their title and the bars' are the same on CINVU.
    const title = this.host.menuTitle || this.title;
    return html`${dataView}${about}<div class="menu-anchor">
      <button
        part="menu-button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-label=${title ? msg(locale, 'menu') + colon(locale) + title : msg(locale, 'menu')}
        title=${msg(locale, 'menu')}
        @click=${this.#onButtonClick}
        @keydown=${this.#onButtonKey}
      >
        <span aria-hidden="true">⋯</span>
      </button>${
        this.message
          ? html`<p part="menu-message" role="alert">${msg(locale, this.message)}</p>`
          : parts && this.open
            ? parts.renderMenu(this)
            : nothing
      }
    </div>`;
  }
}
