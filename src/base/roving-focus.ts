/**
 * Keyboard navigation among a widget's items, written once: the items (`[data-item]` elements, which
 * `drawMarks()` gives every scene item, a legend's buttons, or the names of a table's rows) are one tab stop; the arrow keys, Home and End
 * move between them in DOM order, which is the scene's order; Enter, Space and a click choose one; Escape clears
 * the widget's selection. An item that is a link (a table's universities) chooses nothing: Enter follows it, as
 * the browser has it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interaction, prefetchInteraction, withInteraction } from './interaction-loader.js';

type Host = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    /** The item chosen, where the widget keeps one (the map, the bars, the regions): what Escape clears. */
    selected?: string | null;
    /** The widget's `state`: once `ready`, the interaction chunk is asked for. */
    readonly state?: string;
  };

export interface RovingFocusOptions {
  /** The items, within the host's render root. `[data-item]` by default; a widget with two kinds narrows it. */
  readonly selector?: string;
  /** Whether the layout runs right to left: Left and Right then swap, as a reader of the language expects. Unset: no. */
  readonly rtl?: () => boolean;
  /**
   * Whether only Up and Down move (a table's rows, one under another): Left and Right are then the page's, which
   * scrolls a wide table's box sideways.
   */
  readonly vertical?: boolean;
  /** Whether moving past the last item comes back to the first (a short legend), or stops (a long chart). */
  readonly wrap?: boolean;
  /** An item was chosen (Enter, Space, click). The widget decides what it selects and whether it can. */
  readonly onSelect?: (id: string, event: Event) => void;
  /** Escape cleared the selection: the widget says so (`netreach-select` with the key it selects by, null). */
  readonly onClear?: () => void;
  /**
   * The items' ids in reading order, where it is not the DOM's: Home and End go to its ends. (The map draws its
   * symbols after its shapes, so that no shape covers one, but reads its members in the dataset's order.)
   */
  readonly order?: () => readonly string[];
  /**
   * Where an arrow key goes from the item `id`, where it is not the next or the previous item: the map's arrows go
   * to the nearest member that way on screen. `undefined` stays.
   */
  readonly arrow?: (id: string, key: ArrowKey) => string | undefined;
}

/** Keys a widget acted on, which its host stops once the page's own listeners on the widget have heard them. */
const consumed = new WeakSet<Event>();

/**
 * A key the widget acted on is its alone: not the page's too (no scrolling), nor a slide deck's around it, which
 * listens on the document (reveal.js: the arrows and Space move the deck, Escape opens its overview). It goes on
 * to the widget itself, so that a page listening there still hears it, `defaultPrevented` (stopped at the host:
 * {@link stopConsumed}). `nested`: a key a widget around this one acts on too (it consumes it then).
 */
export function consume(event: Event, nested?: boolean): void {
  event.preventDefault();
  if (!nested) consumed.add(event);
}

/** The host's own keydown listener (added first, in its constructor): a key its widget consumed goes no further. */
export function stopConsumed(event: Event): void {
  if (consumed.has(event)) event.stopPropagation();
}

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/**
 * Roving tabindex over the host's items. The element renders `tabindex="0"` on the item {@link active} names and
 * `-1` on the others (`drawMarks(marks, { activeId })` does it); the controller listens on the render root, so
 * items re-rendered from a new scene need no listeners of their own, and the tab stop stays on the same item (by
 * id) across re-renders while it exists. Where an arrow key, Home or End moves is worked out in the interaction chunk
 * (nextItem(), interaction.ts), after the first draw: a key pressed before it is here moves focus once it is.
 */
export class RovingFocusController implements ReactiveController {
  #activeId?: string;
  /**
   * Whether an item had focus when the host's update began, until hostUpdated() has given it back: focus leaving an
   * item meanwhile is the update's own doing (its node replaced), which the tooltip ignores rather than ask for
   * another update.
   */
  restoring = false;

  constructor(
    private readonly host: Host,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const root = this.host.renderRoot;
    root.addEventListener('keydown', this.#onKeyDown as EventListener);
    root.addEventListener('focusin', this.#onFocusIn);
    root.addEventListener('click', this.#onClick);
  }

  hostDisconnected(): void {
    const root = this.host.renderRoot;
    root.removeEventListener('keydown', this.#onKeyDown as EventListener);
    root.removeEventListener('focusin', this.#onFocusIn);
    root.removeEventListener('click', this.#onClick);
  }

  hostUpdate(): void {
    this.restoring = Boolean((this.host.renderRoot as ShadowRoot).activeElement?.matches(this.#selector));
  }

  /**
   * An item had focus: it stays with the item holding the tab stop. New data without that item, or a table whose
   * chosen row moves (a dashboard lists its region's members), removed it or gave its element to another item:
   * focus fell to the page. After the host's own `updated()`, which draws the map's members; not where the update
   * moved focus on purpose (a panel opened by script).
   */
  hostUpdated(): void {
    // The keys' code comes once the page is idle after the widget's first draw.
    prefetchInteraction(this.host);
    if (!this.restoring) return;
    queueMicrotask(() => {
      this.restoring = false;
      const root = this.host.renderRoot as ShadowRoot;
      if (!root.activeElement?.matches(`:not(${this.#selector})`))
        root.querySelector<HTMLElement>(`${this.#selector}[tabindex="0"]`)?.focus();
    });
  }

  get #selector(): string {
    return this.options.selector ?? '[data-item]';
  }

  /**
   * The id holding the tab stop among `ids` (the items about to be rendered, in order): the last one focused or
   * moved to while it is still there, else the first.
   */
  active(ids: readonly string[]): string | undefined {
    return this.#activeId !== undefined && ids.includes(this.#activeId) ? this.#activeId : ids[0];
  }

  /**
   * The item focus moves to after an update that draws `ids`, where an item has it now and that is another
   * (hostUpdated() gives focus to the tab stop's: new data without the focused item, or the tab stop moved): the host
   * shows what goes with it (its tooltip) in that update, rather than in the one the focus moving there would ask for.
   */
  moving(ids: readonly string[]): string | undefined {
    const id = (this.host.renderRoot as ShadowRoot).activeElement?.getAttribute('data-item');
    const next = this.active(ids);
    return id && id !== next ? next : undefined;
  }

  /** Gives the tab stop to `id` (e.g. the page selected it), without moving focus. */
  setActive(id: string | undefined): void {
    if (id === this.#activeId) return;
    this.#activeId = id;
    this.host.requestUpdate();
  }

  /** The items in DOM (scene) order. */
  items(): Element[] {
    return [...this.host.renderRoot.querySelectorAll(this.#selector)];
  }

  /** Moves the tab stop and focus to `id`. */
  focus(id: string): void {
    const target = this.items().find((item) => item.getAttribute('data-item') === id) as HTMLElement | SVGElement | undefined;
    this.setActive(id);
    target?.focus();
  }

  #itemOf(event: Event): Element | undefined {
    // No `instanceof Element`: in an iframe's document, its nodes may be that window's.
    const item = (event.composedPath()[0] as Partial<Element>).closest?.(this.#selector);
    return item && this.host.renderRoot.contains(item) ? item : undefined;
  }

  #onKeyDown = (event: KeyboardEvent) => {
    const item = this.#itemOf(event);
    if (!item || event.altKey || event.ctrlKey || event.metaKey) return;
    const id = item.getAttribute('data-item') ?? '';
    if (event.key === 'Enter' || event.key === ' ') {
      // A link's keys are the browser's: Enter follows it (its click then chooses nothing, below), Space scrolls.
      if (item.matches('[href]')) return;
      // Also keeps a button item from turning the key into a click: one choice, not two.
      consume(event);
      this.setActive(id);
      this.options.onSelect?.(id, event);
      return;
    }
    if (event.key === 'Escape') {
      // The same in every widget that selects (the tooltip controller hides its tooltip on its own). Handled only
      // when there was a selection: else Escape is the page's (a dialog around the widget closes).
      if (this.host.selected != null) {
        // A dashboard's part leaves it to the dashboard, which clears its selection too (and then consumes it).
        consume(event, (this.host.getRootNode() as Partial<ShadowRoot>).host?.localName.startsWith('netreach-'));
        this.host.selected = undefined;
        this.options.onClear?.();
      }
      return;
    }
    if ((this.options.vertical && /Left|Right/.test(event.key)) || !/^(Arrow(Up|Down|Left|Right)|Home|End)$/.test(event.key)) return;
    // Consumed now (the page must not scroll); the move is worked out by the interaction chunk: at once when it is
    // here, else once it is, from the item focused then (several keys before it: each moves on from the last).
    consume(event);
    const loaded = interaction();
    withInteraction((code) => {
      const from = loaded ? id : (this.host.renderRoot as ShadowRoot).activeElement?.closest(this.#selector)?.getAttribute('data-item');
      const ids = this.options.order?.() ?? this.items().map((each) => each.getAttribute('data-item') ?? '');
      const next = from == null ? undefined : code.nextItem(ids, from, event.key, this.options);
      if (next !== undefined) this.focus(next);
    });
  };

  #onFocusIn = (event: Event) => {
    const item = this.#itemOf(event);
    const id = item?.getAttribute('data-item');
    if (id === null || id === undefined) return;
    // The item holding the tab stop already (focus given back after an update): nothing to draw again.
    if (item!.getAttribute('tabindex') === '0') this.#activeId = id;
    else this.setActive(id);
  };

  #onClick = (event: Event) => {
    const item = this.#itemOf(event);
    const id = item?.getAttribute('data-item');
    if (id === null || id === undefined || item!.matches('[href]')) return;
    this.setActive(id);
    this.options.onSelect?.(id, event);
  };
}
