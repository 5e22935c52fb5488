/**
 * The tooltip of a widget's items, written once: hovering or focusing an item (a `[data-item]` element drawn from
 * a scene) shows its {@link SceneItem.tooltip} lines beside it, at its {@link SceneItem.anchor}, kept inside the
 * widget.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SceneItem } from '../core/scene.js';
import { adoptOnce } from './adopt.js';
import { interaction, prefetchInteraction, withInteraction } from './interaction-loader.js';

export type TooltipHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly state?: string };

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
  /** Whether the widget styles its tooltip itself (the map, in its chunk), rather than by the charts' `tooltipStyles`. */
  readonly styled?: boolean;
  /** The items' roving focus, which gives focus back to an item whose node an update replaced. */
  readonly roving?: { readonly restoring: boolean };
}

/**
 * Shows one tooltip at a time: on pointer over an item, on focus of an item (the keyboard's way to hover), hidden
 * when the pointer and focus leave the items (the pointer may rest on the tooltip itself) and on Escape wherever
 * focus is (WCAG 1.4.13). The element renders {@link render} inside its `options.box()`; the controller places it
 * after each update beside the item, not over it (WCAG 2.4.11: placeTooltip(), interaction.ts).
 * `part="tooltip"`, `role="tooltip"`. Its lines and their placement come in the interaction chunk, after the first
 * draw (interaction-loader.ts): an item hovered or focused before it is here shows its tooltip once it is, if it
 * still should.
 */
export class TooltipController implements ReactiveController {
  /** The id of the item whose tooltip shows. */
  shown?: string;
  #doc?: Document;

  constructor(
    private readonly host: TooltipHost,
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
    // Shown in one update, once the chunk that draws the tooltip is here (the trend's highlighted point waits with it).
    if (id === undefined) this.host.requestUpdate();
    else withInteraction(() => this.host.requestUpdate());
  }

  hide(): void {
    this.show(undefined);
  }

  /** The tooltip, while one shows: its first line is the heading. */
  render(): TemplateResult | typeof nothing {
    return (this.shown !== undefined && interaction()?.renderTooltip(this.options.item(this.shown))) || nothing;
  }

  /**
   * Gone from what the update draws (new data without it): forgotten, not shown again if it comes back, the pointer
   * elsewhere. Here, before the render, not after it: hidden after it, it took a second update (Lit's
   * "change-in-update"; test/browser/update-cycles.test.ts).
   */
  hostUpdate(): void {
    if (this.shown && !this.options.item(this.shown)) this.hide();
    // Its rules, with its code, in the update that first draws one: not in what every page loads.
    const code = interaction();
    if (code && this.shown !== undefined && !this.options.styled) adoptOnce(this.host.renderRoot as ShadowRoot, code.tooltipStyles);
  }

  hostUpdated(): void {
    // A drawn widget's items will be hovered and focused: their code comes once the page is idle.
    prefetchInteraction(this.host);
    if (this.shown !== undefined) interaction()?.placeTooltip(this.host, this.options, this.shown);
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
