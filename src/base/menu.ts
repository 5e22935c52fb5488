/**
 * The small widget menu (`part="menu"`): Download PNG, SVG and CSV, View data, About this data, Full screen. A menu button
 * pattern (WAI-ARIA APG): the button opens it, arrow keys move, Escape closes and returns focus. The button is here;
 * the menu itself (menu-popup.ts) comes with the on-demand module, which the widget loads when the menu opens
 * (its `updateComplete` waits for it).
 */
import { css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { msg } from '../core/i18n.js';
import { onDemand } from './on-demand-loader.js';

export interface MenuHost extends HTMLElement {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly locale: string;
  downloadAs(kind: 'png' | 'svg' | 'csv'): Promise<void>;
  toggleDataView(): void;
  readonly dataViewOpen: boolean;
  toggleAbout(): void;
  readonly aboutOpen: boolean;
  menuActions(): MenuAction[];
}

export type MenuAction = 'png' | 'svg' | 'csv' | 'data' | 'about' | 'fullscreen';

export const menuStyles = css`
  .menu-anchor {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    z-index: 3;
  }
  [part~='menu-button'] {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.75);
    inline-size: 2rem;
    block-size: 2rem;
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
  [part~='menu'] {
    position: absolute;
    inset-inline-end: 0;
    margin-block-start: 0.25rem;
    min-inline-size: 12rem;
    padding: 0.25rem;
    display: grid;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
  }
  :host(:not([theme])) [part~='menu'] {
    background: Canvas;
    color: CanvasText;
  }
  [part~='menu'] button {
    font: inherit;
    font-size: 0.9em;
    color: inherit;
    text-align: start;
    background: none;
    border: 0;
    border-radius: calc(var(--_radius) * 0.5);
    padding: 0.45rem 0.65rem;
    cursor: pointer;
  }
  [part~='menu'] button:hover,
  [part~='menu'] button:focus-visible {
    background: var(--_surface);
  }
  :host(:fullscreen) {
    background: var(--_bg, Canvas);
    padding: 2rem;
    overflow: auto;
  }
  :host(:fullscreen:not([theme])) {
    background: Canvas;
    color: CanvasText;
  }
  @media print {
    .menu-anchor {
      display: none;
    }
  }
`;

export class MenuController implements ReactiveController {
  open = false;
  private readonly onPointerDown = (event: PointerEvent) => {
    if (this.open && !event.composedPath().includes(this.host)) this.close(false);
  };
  private readonly onFullscreenChange = () => this.host.requestUpdate();

  constructor(private readonly host: MenuHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('pointerdown', this.onPointerDown);
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onPointerDown);
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.open = false;
  }

  private get items(): HTMLButtonElement[] {
    return [...this.host.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="menu"] button')];
  }

  private get button(): HTMLButtonElement | null {
    return this.host.renderRoot.querySelector<HTMLButtonElement>('[part~="menu-button"]');
  }

  private async show(focus: 'first' | 'last'): Promise<void> {
    this.open = true;
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const items = this.items;
    (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
  }

  close(returnFocus = true): void {
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    if (returnFocus) this.button?.focus();
  }

  private readonly onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.show(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  private readonly onButtonClick = () => {
    if (this.open) this.close();
    else void this.show('first');
  };

  render(): TemplateResult {
    const locale = this.host.locale;
    const popup = onDemand();
    return html`<div class="menu-anchor">
      <button
        part="menu-button"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-label=${msg(locale, 'menu')}
        title=${msg(locale, 'menu')}
        @click=${this.onButtonClick}
        @keydown=${this.onButtonKey}
      >
        <span aria-hidden="true">⋯</span>
      </button>${this.open && popup ? popup.renderMenu(this.host, (returnFocus) => this.close(returnFocus)) : nothing}
    </div>`;
  }
}
