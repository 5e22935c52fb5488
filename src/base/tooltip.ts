/**
 * The tooltip of a widget's items, written once: hovering or focusing an item (a `[data-item]` element drawn from
 * a scene) shows its {@link SceneItem.tooltip} lines beside it, at its {@link SceneItem.anchor}, kept inside the
 * widget.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SceneItem } from '../core/scene.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Space between the tooltip and what it points at, in px. */
const GAP = 6;

export interface TooltipOptions {
  /** The scene item an id names in what is drawn now; undefined when it is gone. */
  readonly item: (id: string) => SceneItem | undefined;
  /**
   * The positioned box (`position: relative`) the element renders {@link TooltipController.render} into; its
   * chart SVG is inside it.
   */
  readonly box: () => HTMLElement | null;
  /** Whether the layout runs right to left: a tooltip wider than the widget then starts at its right edge. */
  readonly rtl: () => boolean;
  /** The items that show a tooltip, within the host's render root: `svg [data-item]` by default. */
  readonly selector?: string;
  /** What the tooltip stays inside: the widget by default; the map keeps it on the map, off its badge and legend. */
  readonly within?: () => Element | null;
  /** The items' roving focus, which gives focus back to an item whose node an update replaced. */
  readonly roving?: { readonly restoring: boolean };
}

/**
 * Shows one tooltip at a time: on pointer over an item, on focus of an item (the keyboard's way to hover), hidden
 * when the pointer and focus leave the items (the pointer may rest on the tooltip itself) and on Escape wherever
 * focus is (WCAG 1.4.13). The element renders {@link render} inside its `options.box()`; the controller places it
 * after each update beside the item, not over it (WCAG 2.4.11): above the item's box and anchor, else below them,
 * inside `options.within()` and the viewport, else inside the widget; centred on the anchor, never past the edges
 * of `options.within()`, and moved sideways, or below, rather than cover another item's value label.
 * `part="tooltip"`, `role="tooltip"`.
 */
export class TooltipController implements ReactiveController {
  /** The id of the item whose tooltip shows. */
  shown?: string;
  #doc?: Document;

  constructor(
    private readonly host: Host,
    private readonly options: TooltipOptions,
  ) {
    host.addController(this);
  }

  /** The render root's events the tooltip follows. */
  get #listeners(): [string, EventListener][] {
    return [
      ['pointerover', this.#onPointerOver],
      ['pointerout', this.#onPointerOut as EventListener],
      ['focusin', this.#onFocusIn],
      ['focusout', this.#onFocusOut as EventListener],
    ];
  }

  hostConnected(): void {
    for (const [type, listener] of this.#listeners) this.host.renderRoot.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of this.#listeners) this.host.renderRoot.removeEventListener(type, listener);
    this.hide();
  }

  /** Shows the tooltip of `id` (undefined hides it). */
  show(id: string | undefined): void {
    if (id === this.shown) return;
    // Escape is heard on the widget's document (an iframe's, where it is in one), and only while a tooltip shows: a
    // tooltip the pointer brought up while focus is elsewhere on the page (or nowhere) goes with it too. Taken off
    // the document it was put on: after a move, hostDisconnected() runs with the element in its new one. Heard as it
    // goes down (capture): a widget stops the keys it acts on on their way up (consume(), roving-focus.ts).
    const doc = id === undefined ? this.#doc : (this.#doc = this.host.ownerDocument);
    doc?.[id === undefined ? 'removeEventListener' : 'addEventListener']('keydown', this.#onKeyDown as EventListener, true);
    this.shown = id;
    this.host.requestUpdate();
  }

  hide(): void {
    this.show(undefined);
  }

  /** The tooltip, while one shows: its first line is the heading. */
  render(): TemplateResult | typeof nothing {
    const item = this.shown === undefined ? undefined : this.options.item(this.shown);
    if (!item || item.tooltip.length === 0) return nothing;
    const [heading, ...lines] = item.tooltip;
    return html`<div part="tooltip" role="tooltip">
      <strong>${heading}</strong>${lines.map((line) => html`<div class="detail">${line}</div>`)}
    </div>`;
  }

  /**
   * Gone from what the update draws (new data without it): forgotten, not shown again if it comes back, the pointer
   * elsewhere. Here, before the render, not after it: hidden after it, it took a second update (Lit's
   * "change-in-update"; test/browser/update-cycles.test.ts).
   */
  hostUpdate(): void {
    if (this.shown && !this.options.item(this.shown)) this.hide();
  }

  hostUpdated(): void {
    if (this.shown === undefined) return;
    const root = this.host.renderRoot;
    const tip = root.querySelector<HTMLElement>('[part="tooltip"]');
    const box = this.options.box();
    const item = this.options.item(this.shown);
    const element = this.#element(this.shown);
    if (!item || !tip || !box || !element) return;
    this.#place(tip, box, item, element);
  }

  #place(tip: HTMLElement, box: HTMLElement, item: SceneItem, element: Element): void {
    const within = (this.options.within?.() ?? this.host).getBoundingClientRect();
    const bounds = element.getBoundingClientRect();
    const svg = (element as Partial<SVGElement>).ownerSVGElement;
    // The anchor, in the page's pixels: from the chart's through the SVG's viewBox; else the item's top middle.
    let x = bounds.left + bounds.width / 2;
    let y = bounds.top;
    if (svg) {
      const rect = svg.getBoundingClientRect();
      const view = svg.viewBox.baseVal;
      x = rect.left + (item.anchor.x - (view?.x ?? 0)) * (view && view.width ? rect.width / view.width : 1);
      y = rect.top + (item.anchor.y - (view?.y ?? 0)) * (view && view.height ? rect.height / view.height : 1);
    }
    // A page's `zoom` scales client rectangles, not offset sizes and the tip's own pixels: both in the page's here.
    const origin = box.getBoundingClientRect();
    const zoom = origin.width / box.offsetWidth || 1;
    const width = tip.offsetWidth * zoom;
    const height = tip.offsetHeight * zoom;
    const wide = width >= within.width;
    const clamp = (left: number) =>
      wide ? (this.options.rtl() ? within.right - width : within.left) : Math.max(within.left, Math.min(within.right - width, left));
    const centred = clamp(x - width / 2);
    // Clear of the item's box, so that the focused item stays in sight, and of its anchor (the trend's is above
    // its point's value label): above, else below, where that fits in `within` and the viewport; else in the
    // whole widget (on a phone's map there is no room above Indonesia or below it, but there is over the map's
    // heading); else over the item, at the top of `within`. (The viewport of the widget's window: an iframe's.)
    const above = Math.min(y, bounds.top) - GAP - height;
    const below = Math.max(y, bounds.bottom) + GAP;
    const fit = (outer: DOMRect) => [
      ...(above >= Math.max(outer.top, 0) ? [above] : []),
      ...(below + height <= Math.min(outer.bottom, this.host.ownerDocument.defaultView!.innerHeight) ? [below] : []),
    ];
    const tops = [...fit(within), ...fit(this.host.getBoundingClientRect())];
    // Nor over the other items' figures (the bars' and the trend's value labels) where it can help it: the first place
    // that leaves them in sight, moved sideways as little as it takes (the first bar's tooltip, with no room above
    // it, hid the second bar's value below it); else the first place.
    const values = [...this.host.renderRoot.querySelectorAll(`${this.options.selector ?? 'svg [data-item]'} .value`)]
      .filter((value) => !element.contains(value))
      .map((value) => value.getBoundingClientRect());
    const lefts = [centred, ...values.flatMap((value) => [clamp(value.right + GAP), clamp(value.left - GAP - width)])].sort(
      (a, b) => Math.abs(a - centred) - Math.abs(b - centred),
    );
    let [top, left] = [tops[0] ?? within.top, centred];
    place: for (const y of tops)
      for (const x of lefts)
        if (values.every((value) => value.bottom <= y || value.top >= y + height || value.right <= x || value.left >= x + width)) {
          [top, left] = [y, x];
          break place;
        }
    // In the box's coordinates, through the CSSOM (a strict CSP refuses style attributes); physical, as the
    // chart's coordinates are.
    tip.style.left = `${Math.round((left - origin.left) / zoom)}px`;
    tip.style.top = `${Math.round((top - origin.top) / zoom)}px`;
  }

  #element(id: string): Element | undefined {
    return [...this.host.renderRoot.querySelectorAll(this.options.selector ?? 'svg [data-item]')].find(
      (item) => item.getAttribute('data-item') === id,
    );
  }

  #itemOf(target: EventTarget | null | undefined): Element | undefined {
    // No `instanceof Element`: in an iframe's document, its nodes may be that window's.
    const item = (target as Partial<Element> | null | undefined)?.closest?.(this.options.selector ?? 'svg [data-item]');
    return item && this.host.renderRoot.contains(item) ? item : undefined;
  }

  #focusedItem(): Element | undefined {
    // No `instanceof ShadowRoot`: moved into an iframe's document, a browser may make its nodes that window's.
    return this.#itemOf((this.host.renderRoot as ShadowRoot).activeElement);
  }

  #onPointerOver = (event: Event) => {
    const id = this.#itemOf(event.composedPath()[0])?.getAttribute('data-item');
    if (id !== null && id !== undefined) this.show(id);
  };

  #onPointerOut = (event: PointerEvent) => {
    // Between the parts of one item, or onto another (whose pointerover follows), nothing changes; nor onto the
    // tooltip, or within it (WCAG 1.4.13: it stays while the pointer is over it, where it takes the pointer: the map's).
    if (this.#itemOf(event.relatedTarget) || (event.relatedTarget as Element | null)?.closest?.('[part="tooltip"]')) return;
    this.show(this.#focusedItem()?.getAttribute('data-item') ?? undefined);
  };

  #onFocusIn = (event: Event) => {
    const id = this.#itemOf(event.composedPath()[0])?.getAttribute('data-item');
    if (id !== null && id !== undefined) this.show(id);
  };

  #onFocusOut = (event: FocusEvent) => {
    // Not when an update replaced the focused item's node: the roving focus gives it back (hidden, it took another update).
    if (!this.#itemOf(event.relatedTarget) && !this.options.roving?.restoring) this.hide();
  };

  #onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.hide();
  };
}
