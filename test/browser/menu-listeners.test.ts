/**
 * What the widget menu (MenuController, src/base/menu.ts) listens to on the document, and what hears a widget going
 * full screen: a page of many widgets had two document listeners for each (the menu's `pointerdown`, the
 * `fullscreenchange` that rendered every widget again when any one went full screen: 100 renders on a page of 100
 * maps). Counted, not timed.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { countRenders, rendersSettled } from '../helpers/work.js';
import { waitUntil } from '../helpers/wait.js';

const menuButton = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="menu-button"]');
const menuOpen = (el: Element) =>
  menuButton(el)?.getAttribute('aria-expanded') === 'true' && Boolean(el.shadowRoot!.querySelector('[part~="menu"]'));

/** `count` KPI tiles drawn in a column on the page. */
async function tiles(count: number): Promise<{ column: HTMLDivElement; widgets: NetreachElement[] }> {
  const column = document.createElement('div');
  column.style.width = '400px';
  const widgets = Array.from({ length: count }, () => document.createElement('netreach-stat') as NetreachElement);
  column.append(...widgets);
  document.body.append(column);
  await waitUntil(() => widgets.every((el) => el.state === 'ready' && menuButton(el)), 'the tiles never drew');
  await Promise.all(widgets.map((el) => el.updateComplete));
  return { column, widgets };
}

/** Every `addEventListener` and `removeEventListener` on `document` until `stop()`, as `add type` and `remove type`. */
function watchDocument() {
  const calls: string[] = [];
  const { addEventListener: add, removeEventListener: remove } = document;
  document.addEventListener = function (this: Document, ...args: Parameters<Document['addEventListener']>) {
    calls.push(`add ${args[0]}`);
    return add.apply(this, args);
  } as Document['addEventListener'];
  document.removeEventListener = function (this: Document, ...args: Parameters<Document['removeEventListener']>) {
    calls.push(`remove ${args[0]}`);
    return remove.apply(this, args);
  } as Document['removeEventListener'];
  return {
    calls,
    stop(): void {
      delete (document as { addEventListener?: unknown }).addEventListener;
      delete (document as { removeEventListener?: unknown }).removeEventListener;
    },
  };
}

describe('the widget menu on the document', () => {
  it('puts no listener on the document per widget; one while a menu is open, which an outside pointerdown closes', async () => {
    const watch = watchDocument();
    let column: HTMLDivElement | undefined;
    try {
      const page = await tiles(10);
      column = page.column;
      // Ten widgets connected and drawn: 20 document listeners before (pointerdown and fullscreenchange each).
      expect(watch.calls.filter((call) => call.startsWith('add')).length, watch.calls.join(', ')).to.be.at.most(2);
      watch.calls.length = 0;

      const [first, second] = page.widgets;
      menuButton(first)!.click();
      await waitUntil(() => menuOpen(first), 'the menu never opened');
      expect(watch.calls).to.deep.equal(['add pointerdown']);
      // A pointerdown in the widget (its menu's items) leaves it open.
      first
        .shadowRoot!.querySelector('[part~="menu"] button')!
        .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await first.updateComplete;
      expect(menuOpen(first), 'closed by a pointerdown inside it').to.equal(true);
      // One elsewhere (another widget) closes it, and the listener goes with it.
      second.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await first.updateComplete;
      expect(menuOpen(first), 'left open by a pointerdown elsewhere').to.equal(false);
      expect(menuButton(first)!.getAttribute('aria-expanded')).to.equal('false');
      expect(watch.calls).to.deep.equal(['add pointerdown', 'remove pointerdown']);

      // Open again, then taken off the page while open: the listener goes too.
      menuButton(first)!.click();
      await waitUntil(() => menuOpen(first), 'the menu never opened again');
      first.remove();
      expect(watch.calls).to.deep.equal(['add pointerdown', 'remove pointerdown', 'add pointerdown', 'remove pointerdown']);
    } finally {
      watch.stop();
      column?.remove();
    }
  });
});

describe('a widget going full screen', () => {
  it('renders that widget again (its menu says "Exit full screen"), and no other', async () => {
    const { column, widgets } = await tiles(4);
    const [full, ...others] = widgets;
    const renders = countRenders(widgets);
    // Headless Chromium refuses requestFullscreen() without a user's gesture: the document says which element is
    // full screen, and the event is fired at it, composed and bubbling, as the browser fires it.
    const change = (element: Element | null) => {
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => element });
      full.dispatchEvent(new Event('fullscreenchange', { bubbles: true, composed: true }));
    };
    try {
      change(full);
      await rendersSettled(renders);
      expect(renders.of(full), 'entering').to.be.at.least(1);
      expect(
        others.map((el) => renders.of(el)),
        'entering',
      ).to.deep.equal([0, 0, 0]);
      const entered = renders.of(full);
      change(null);
      await rendersSettled(renders);
      expect(renders.of(full), 'leaving').to.be.greaterThan(entered);
      expect(
        others.map((el) => renders.of(el)),
        'leaving',
      ).to.deep.equal([0, 0, 0]);
    } finally {
      renders.stop();
      delete (document as { fullscreenElement?: unknown }).fullscreenElement;
      column.remove();
    }
  });
});

describe('a widget in a shadow root going full screen', () => {
  it('its menu says "Exit full screen": the full-screen element is read from its own root, not the document', async () => {
    // A framework component's (or a dashboard's) shadow root holding the widget: the document names the component
    // as its full-screen element (retargeted), the shadow root the widget itself.
    const component = document.createElement('div');
    component.style.width = '400px';
    const root = component.attachShadow({ mode: 'open' });
    const tile = document.createElement('netreach-stat') as NetreachElement;
    root.append(tile);
    document.body.append(component);
    await waitUntil(() => tile.state === 'ready' && menuButton(tile), 'the tile never drew');
    await tile.updateComplete;
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => component });
    Object.defineProperty(root, 'fullscreenElement', { configurable: true, get: () => tile });
    try {
      tile.dispatchEvent(new Event('fullscreenchange', { bubbles: true, composed: true }));
      menuButton(tile)!.click();
      await waitUntil(() => menuOpen(tile), 'the menu never opened');
      await tile.updateComplete;
      const labels = [...tile.shadowRoot!.querySelectorAll('[part~="menu"] button')].map((b) => b.textContent!.trim());
      expect(labels).to.include('Exit full screen');
      expect(labels).not.to.include('Full screen');
    } finally {
      delete (document as { fullscreenElement?: unknown }).fullscreenElement;
      component.remove();
    }
  });
});
