/**
 * The widget menu's items (`part="menu"`), rendered while the menu is open: the actions the widget offers, arrow
 * keys, Home and End to move, Escape to close (focus back on the button), Tab and Shift+Tab to close and move on
 * from the button, as the WAI-ARIA menu button pattern has it. Part of the on-demand
 * module: the button (MenuController, menu.ts) is drawn with the widget, this only once someone opens it; its
 * items open and close the controller's panels and read which are open. A download that fails (a PNG under a CSP
 * without `img-src data:`) is said where the menu was, in place of it.
 */
import { html, type ReactiveController, type TemplateResult } from 'lit';
import { msg, type MessageKey } from '../core/i18n.js';
import type { MenuAction, MenuController } from './menu.js';
import { consume } from './roving-focus.js';
import '../core/en/on-demand.js';
import '../core/en/later.js';

export function renderMenu(menu: MenuController): TemplateResult {
  const { host } = menu;
  const locale = host.locale;
  // The widget's own document: an iframe's, where it is in one.
  const doc = host.ownerDocument;
  // Read from the widget's own root: in a shadow root (a dashboard's, a framework component's) the document names
  // that root's host, retargeted, while the widget itself is the one full screen.
  const root = host.getRootNode() as Document | ShadowRoot;
  const full = root.fullscreenElement === host;
  // The item the opening asked for (MenuController's focusItem), once per opening: in the update that draws the
  // items, before the widget's updateComplete resolves (what opened the menu may read the focus then).
  const focus = menu.focusItem;
  if (focus) {
    menu.focusItem = undefined;
    const once: ReactiveController = {
      hostUpdated() {
        host.removeController(once);
        const items = host.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="menu"] button');
        (focus === 'first' ? items[0] : items[items.length - 1])?.focus();
      },
    };
    host.addController(once);
  }
  const labels: Record<MenuAction, MessageKey> = {
    png: 'downloadPng',
    svg: 'downloadSvg',
    csv: 'downloadCsv',
    data: menu.dataViewOpen ? 'hideData' : 'viewData',
    about: menu.aboutOpen ? 'hideAbout' : 'aboutData',
    fullscreen: full ? 'exitFullScreen' : 'fullScreen',
  };
  const actions = host.menuActions().filter((action) => action !== 'fullscreen' || doc.fullscreenEnabled);
  const run = async (action: MenuAction): Promise<void> => {
    menu.close();
    if (action === 'data') return menu.toggleDataView();
    if (action === 'about') return menu.toggleAbout();
    if (action === 'fullscreen') {
      if (full) await doc.exitFullscreen();
      else await host.requestFullscreen?.().catch(() => undefined);
      return;
    }
    try {
      await host.downloadAs(action);
    } catch (error) {
      console.warn(`netreach: could not make the ${action.toUpperCase()} file:`, error);
      // Said where the menu was (role=alert), focus on the menu button: the SVG is one click away.
      if (action === 'png') menu.message = 'pngFailed';
      host.requestUpdate();
    }
  };
  const onKey = (event: KeyboardEvent) => {
    const items = [...host.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="menu"] button')];
    const index = items.indexOf(host.renderRoot.querySelector(':focus') as HTMLButtonElement);
    const move = (to: number) => {
      consume(event);
      items[(to + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(items.length - 1);
      case 'Escape':
        consume(event);
        return menu.close();
      case 'Tab':
        // Focus on the button before the items go, and the browser's own move then starts from it: left on a
        // removed item, it started from the widget's start (Tab went backwards).
        return menu.close();
    }
  };
  return html`<div part="menu" role="menu" aria-label=${msg(locale, 'menu')} @keydown=${onKey}>
    ${actions.map(
      (action) =>
        html`<button type="button" role="menuitem" tabindex="-1" data-action=${action} @click=${() => run(action)}>
          ${msg(locale, labels[action])}
        </button>`,
    )}
  </div>`;
}
