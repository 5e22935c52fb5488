/**
 * The tooltip of a widget's items, written once: hovering or focusing an item (a `[data-item]` element drawn from
 * a scene) shows its {@link SceneItem.tooltip} lines next to its {@link SceneItem.anchor}, kept inside the widget.
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
}

/**
 * Shows one tooltip at a time: on pointer over an item, on focus of an item (the keyboard's way to hover), hidden
 * when the pointer and focus leave the items and on Escape. The element renders {@link render} inside its
 * `options.box()`; the controller places it after each update, above the item's anchor or below the item when
 * there is no room above, never past the widget's edges. `part="tooltip"`, `role="tooltip"`.
 */
export class TooltipController implements ReactiveController {
  /** The id of the item whose tooltip shows. */
  shown?: string;

  constructor(
    private readonly host: Host,
    private readonly options: TooltipOptions,
  ) {
    host.addController(this);
  }

  /** The render root's events the tooltip follows. */
  private get listeners(): [string, EventListener][] {
    return [
      ['pointerover', this.onPointerOver],
      ['pointerout', this.onPointerOut as EventListener],
      ['focusin', this.onFocusIn],
      ['focusout', this.onFocusOut as EventListener],
      ['keydown', this.onKeyDown as EventListener],
    ];
  }

  hostConnected(): void {
    for (const [type, listener] of this.listeners) this.host.renderRoot.addEventListener(type, listener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of this.listeners) this.host.renderRoot.removeEventListener(type, listener);
  }

  /** Shows the tooltip of `id` (undefined hides it). */
  show(id: string | undefined): void {
    if (id === this.shown) return;
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

  hostUpdated(): void {
    if (this.shown === undefined) return;
    const root = this.host.renderRoot;
    const tip = root.querySelector<HTMLElement>('[part="tooltip"]');
    const box = this.options.box();
    const item = this.options.item(this.shown);
    const element = this.element(this.shown);
    if (!tip || !box || !item || !element) return;
    this.place(tip, box, item, element);
  }

  private place(tip: HTMLElement, box: HTMLElement, item: SceneItem, element: Element): void {
    const boxRect = box.getBoundingClientRect();
    const widget = this.host.getBoundingClientRect();
    const svg = element instanceof SVGElement ? element.ownerSVGElement : null;
    // The anchor is in the chart's pixels: through the SVG's viewBox to the box's.
    let x: number;
    let y: number;
    const bounds = element.getBoundingClientRect();
    if (svg) {
      const rect = svg.getBoundingClientRect();
      const view = svg.viewBox.baseVal;
      const scaleX = view && view.width ? rect.width / view.width : 1;
      const scaleY = view && view.height ? rect.height / view.height : 1;
      x = rect.left - boxRect.left + (item.anchor.x - (view?.x ?? 0)) * scaleX;
      y = rect.top - boxRect.top + (item.anchor.y - (view?.y ?? 0)) * scaleY;
    } else {
      x = bounds.left + bounds.width / 2 - boxRect.left;
      y = bounds.top - boxRect.top;
    }
    const width = tip.offsetWidth;
    const height = tip.offsetHeight;
    // The widget's edges in the box's coordinates.
    const minLeft = widget.left - boxRect.left;
    const maxRight = widget.right - boxRect.left;
    const minTop = widget.top - boxRect.top;
    const maxBottom = widget.bottom - boxRect.top;
    let left = x - width / 2;
    if (width >= maxRight - minLeft) left = this.options.rtl() ? maxRight - width : minLeft;
    else left = Math.max(minLeft, Math.min(maxRight - width, left));
    // Above the anchor; flipped below the item when the widget has no room above.
    let top = y - height - GAP;
    if (top < minTop) top = Math.min(Math.max(y, bounds.bottom - boxRect.top) + GAP, maxBottom - height);
    top = Math.max(minTop, top);
    // Through the CSSOM (a strict CSP refuses style attributes); physical, as the chart's coordinates are.
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  }

  private element(id: string): Element | undefined {
    return [...this.host.renderRoot.querySelectorAll(this.options.selector ?? 'svg [data-item]')].find(
      (item) => item.getAttribute('data-item') === id,
    );
  }

  private itemOf(target: EventTarget | null | undefined): Element | undefined {
    if (!(target instanceof Element)) return undefined;
    const item = target.closest(this.options.selector ?? 'svg [data-item]');
    return item && this.host.renderRoot.contains(item) ? item : undefined;
  }

  private focusedItem(): Element | undefined {
    const root = this.host.renderRoot;
    const active = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    return this.itemOf(active);
  }

  private readonly onPointerOver = (event: Event) => {
    const id = this.itemOf(event.composedPath()[0])?.getAttribute('data-item');
    if (id !== null && id !== undefined) this.show(id);
  };

  private readonly onPointerOut = (event: PointerEvent) => {
    // Between the parts of one item, or onto another (whose pointerover follows), nothing changes.
    if (this.itemOf(event.relatedTarget)) return;
    this.show(this.focusedItem()?.getAttribute('data-item') ?? undefined);
  };

  private readonly onFocusIn = (event: Event) => {
    const id = this.itemOf(event.composedPath()[0])?.getAttribute('data-item');
    if (id !== null && id !== undefined) this.show(id);
  };

  private readonly onFocusOut = (event: FocusEvent) => {
    if (!this.itemOf(event.relatedTarget)) this.hide();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.shown !== undefined) this.hide();
  };
}
