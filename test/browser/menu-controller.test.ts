/**
 * MenuController (src/base/menu.ts) on a bare element: the widget menu and the panels it opens. Opening About
 * loads the on-demand module and the host's `updateComplete` waits for it; About takes focus when it opens and
 * gives it back to the menu button when it closes; View data toggles the table (none of its own when the widget
 * shows its data itself, as the map does); Escape closes the menu. Then every widget's public `toggleAbout()`,
 * `toggleDataView()` and `menuActions()` reach it.
 *
 * The first test must stay first: it checks that nothing loaded the on-demand module before About opened (each
 * test file runs in a page of its own).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { aboutScope } from '../../src/core/about.js';
import { memberRows } from '../../src/core/csv.js';
import type { Dataset } from '../../src/core/types.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { MenuController, menuStyles, type MenuAction, type MenuHost } from '../../src/base/menu.js';
import { baseStyles } from '../../src/base/styles.js';
import { onDemand } from '../../src/base/on-demand-loader.js';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { waitUntil } from '../helpers/wait.js';

const DATASET = EXAMPLE_NETWORK as Dataset;

/** A host that is nothing but the menu: a line of content, the panels and the menu, as a widget's frame has them. */
class MenuProbe extends LitElement implements MenuHost {
  static override styles = [baseStyles, menuStyles];
  static override properties = { controls: {} };
  readonly locale = 'en';
  controls?: string;
  downloads: string[] = [];

  readonly menu = new MenuController(this, {
    aboutScope: (dataset) => aboutScope(dataset, 'stat'),
    rows: (dataset) => memberRows(dataset, this.locale),
  });

  menuActions(): MenuAction[] {
    return ['csv', 'data', 'about'];
  }

  async downloadAs(kind: 'png' | 'svg' | 'csv'): Promise<void> {
    this.downloads.push(kind);
  }

  /** As NetreachElement's: an update is complete once the on-demand module that what is open needs is here. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete: boolean;
    do {
      complete = await super.getUpdateComplete();
      await this.menu.pending;
    } while (this.isUpdatePending);
    return complete;
  }

  override render() {
    return html`<div class="frame"><p>Probe</p>${this.menu.render(DATASET)}</div>`;
  }
}
customElements.define('menu-probe', MenuProbe);

const root = (el: Element) => el.shadowRoot!;
const about = (el: Element) => root(el).querySelector<HTMLElement>('[part~="about"]');
const menuButton = (el: Element) => root(el).querySelector<HTMLButtonElement>('[part~="menu-button"]');
const dataRows = (el: Element) => root(el).querySelectorAll('[part="data-view"] tbody tr');

describe('MenuController', () => {
  it('toggleAbout(): loads the on-demand module, which updateComplete waits for, and About takes focus', async () => {
    const el = await fixture<MenuProbe>(html`<menu-probe></menu-probe>`);
    expect(onDemand(), 'loaded before anything opened').to.equal(undefined);
    expect(el.menu.pending).to.equal(undefined);
    expect(about(el)).to.equal(null);
    el.menu.toggleAbout();
    expect(el.menu.aboutOpen).to.equal(true);
    await el.updateComplete;
    expect(onDemand(), 'the on-demand module').to.not.equal(undefined);
    // No wait for a condition: updateComplete waited for the module, and the panel is drawn.
    expect(about(el), 'About this data').to.not.equal(null);
    expect(about(el)!.querySelector('h2')!.textContent).to.contain('About this data');
    await waitUntil(() => root(el).activeElement === about(el), 'focus did not move to About');
  });

  it('About gives focus back to the menu button when Escape or its Close button closes it', async () => {
    const el = await fixture<MenuProbe>(html`<menu-probe></menu-probe>`);
    el.menu.toggleAbout();
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement === about(el), 'focus did not move to About');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.menu.aboutOpen).to.equal(false);
    expect(about(el)).to.equal(null);
    expect(root(el).activeElement).to.equal(menuButton(el));

    el.menu.toggleAbout();
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement === about(el), 'focus did not move to About again');
    about(el)!.querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
    expect(about(el)).to.equal(null);
    expect(root(el).activeElement).to.equal(menuButton(el));
  });

  it('toggleAbout() closing it from script leaves focus where it is', async () => {
    const el = await fixture<MenuProbe>(html`<menu-probe></menu-probe>`);
    el.menu.toggleAbout();
    await el.updateComplete;
    await waitUntil(() => root(el).activeElement === about(el), 'focus did not move to About');
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      outside.focus();
      el.menu.toggleAbout();
      await el.updateComplete;
      expect(about(el)).to.equal(null);
      expect(document.activeElement).to.equal(outside);
    } finally {
      outside.remove();
    }
  });

  it('toggleDataView() shows the rows as a table in words, takes focus, and hides it again', async () => {
    const el = await fixture<MenuProbe>(html`<menu-probe></menu-probe>`);
    el.menu.toggleDataView();
    await el.updateComplete;
    expect(el.menu.dataViewOpen).to.equal(true);
    expect(dataRows(el)).to.have.length(DATASET.members.length);
    // The CSV's header is `country,name,region,universities,virtual-students`: here the columns' names.
    expect(memberRows(DATASET, 'en')[0]).to.deep.equal(['country', 'name', 'region', 'universities', 'virtual-students']);
    expect([...root(el).querySelectorAll('[part="data-view"] thead th')].map((cell) => cell.textContent)).to.deep.equal([
      'Member countries',
      'Regions',
      'Universities',
      'Virtual students',
    ]);
    expect(root(el).querySelector('[part="data-view"] caption')!.textContent).to.equal('EOUN: member countries');
    expect(dataRows(el)[0]!.querySelector('th[scope="row"]')!.textContent).to.equal('Indonesia');
    await waitUntil(() => root(el).activeElement === root(el).querySelector('[part="data-view"]'), 'focus did not move to View data');
    el.menu.toggleDataView();
    await el.updateComplete;
    expect(el.menu.dataViewOpen).to.equal(false);
    expect(root(el).querySelector('[part="data-view"]')).to.equal(null);
  });

  it('View data closes on Escape inside it, focus back on the menu button, as About does', async () => {
    const el = await fixture<MenuProbe>(html`<menu-probe></menu-probe>`);
    menuButton(el)!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[data-action="data"]')!.click();
    await el.updateComplete;
    const view = root(el).querySelector<HTMLElement>('[part="data-view"]');
    await waitUntil(() => root(el).activeElement === view, 'focus did not move to View data');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.menu.dataViewOpen).to.equal(false);
    expect(root(el).querySelector('[part="data-view"]')).to.equal(null);
    expect(root(el).activeElement).to.equal(menuButton(el));
  });

  it('draws no table when the widget shows its data itself (ownDataView), but keeps dataViewOpen for it', async () => {
    const el = await fixture<MenuProbe>(html`<menu-probe></menu-probe>`);
    el.menu.ownDataView = true;
    el.menu.toggleDataView();
    await el.updateComplete;
    expect(el.menu.dataViewOpen).to.equal(true);
    expect(root(el).querySelector('[part="data-view"]')).to.equal(null);
  });

  it('opens from its button, runs an item, and closes with Escape, focus back on the button', async () => {
    const el = await fixture<MenuProbe>(html`<menu-probe></menu-probe>`);
    menuButton(el)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.menu.open).to.equal(true);
    expect(menuButton(el)!.getAttribute('aria-expanded')).to.equal('true');
    const items = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="menu"] [role="menuitem"]')];
    expect(items.map((item) => item.dataset.action)).to.deep.equal(['csv', 'data', 'about']);
    expect(root(el).activeElement).to.equal(items[0]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.menu.open).to.equal(false);
    expect(root(el).querySelector('[part~="menu"]')).to.equal(null);
    expect(root(el).activeElement).to.equal(menuButton(el));

    menuButton(el)!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[data-action="csv"]')!.click();
    await el.updateComplete;
    expect(el.downloads).to.deep.equal(['csv']);
    expect(el.menu.open).to.equal(false);
  });

  it('opens on its last item with ArrowUp, on its first with a click; a render while open leaves focus be (s41-10)', async () => {
    // The focus on an item moved with the items into the on-demand chunk (menu-popup.ts, MenuController's focusItem).
    const el = await fixture<MenuProbe>(html`<menu-probe></menu-probe>`);
    const focused = () => {
      const active = root(el).activeElement as HTMLElement | null;
      return active ? (active.dataset.action ?? active.getAttribute('part') ?? active.localName) : 'nothing';
    };
    menuButton(el)!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(menuButton(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(focused()).to.equal('about');
    expect(el.menu.focusItem).to.equal(undefined);
    await sendKeys({ press: 'ArrowUp' });
    el.requestUpdate();
    await el.updateComplete;
    expect(focused()).to.equal('data');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(focused()).to.equal('menu-button');
    menuButton(el)!.click();
    await el.updateComplete;
    expect(focused()).to.equal('csv');
    menuButton(el)!.click();
    await el.updateComplete;
    expect(el.menu.open).to.equal(false);
    expect(focused()).to.equal('menu-button');
  });

  it('styles the widget full screen once its menu has opened, the only way it goes full screen (s41-10)', async () => {
    const el = await fixture<MenuProbe>(html`<menu-probe></menu-probe>`);
    // The selectors of every sheet the widget's shadow root has: adopted ones, or written ones where it cannot adopt.
    const selectors = () =>
      [...root(el).adoptedStyleSheets, ...[...root(el).querySelectorAll('style')].map((style) => style.sheet!)].flatMap((sheet) =>
        [...sheet.cssRules].map((rule) => (rule as CSSStyleRule).selectorText ?? ''),
      );
    expect(
      selectors().filter((selector) => selector.includes(':fullscreen')),
      'before the menu opened',
    ).to.deep.equal([]);
    menuButton(el)!.click();
    await el.updateComplete;
    expect(el.menu.open).to.equal(true);
    expect(selectors().filter((selector) => selector.includes(':fullscreen'))).to.deep.equal([
      ':host(:fullscreen)',
      ':host(:fullscreen:not([theme]))',
    ]);
  });

  it('styles the widget full screen when the page put it there itself, its menu never opened (s41-10)', async () => {
    const el = await fixture<MenuProbe>(html`<menu-probe></menu-probe>`);
    const fullScreenRules = () =>
      [...root(el).adoptedStyleSheets, ...[...root(el).querySelectorAll('style')].map((style) => style.sheet!)]
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => (rule as CSSStyleRule).selectorText ?? ''))
        .filter((selector) => selector.includes(':fullscreen')).length;
    expect(fullScreenRules(), 'before').to.equal(0);
    // Headless Chromium refuses requestFullscreen() without a gesture: the event the browser fires at the element.
    el.dispatchEvent(new Event('fullscreenchange', { bubbles: true, composed: true }));
    await waitUntil(() => fullScreenRules() === 2, 'the full-screen rules never came');
    expect(el.menu.open).to.equal(undefined);
  });

  it('labels its items by what is open: "Hide data", "Hide about this data"', async () => {
    const el = await fixture<MenuProbe>(html`<menu-probe></menu-probe>`);
    el.menu.toggleDataView();
    el.menu.toggleAbout();
    menuButton(el)!.click();
    await el.updateComplete;
    const label = (action: string) => root(el).querySelector(`[data-action="${action}"]`)!.textContent!.trim();
    expect([label('data'), label('about')]).to.deep.equal(['Hide data', 'Hide about this data']);
  });

  it('draws no menu with controls="none", and the panels still open', async () => {
    const el = await fixture<MenuProbe>(html`<menu-probe controls="none"></menu-probe>`);
    expect(menuButton(el)).to.equal(null);
    el.menu.toggleDataView();
    el.menu.toggleAbout();
    await el.updateComplete;
    expect(dataRows(el)).to.have.length(DATASET.members.length);
    expect(about(el)).to.not.equal(null);
  });
});

describe('every widget’s menu is a MenuController', () => {
  it('toggleAbout(), toggleDataView() and menuActions() on a widget reach it', async () => {
    const el = await fixture<NetreachElement>(html`<netreach-stat metric="virtual-students"></netreach-stat>`);
    await waitUntil(() => el.state === 'ready', 'not ready');
    await el.updateComplete;
    el.toggleDataView();
    el.toggleAbout();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="data-view"] tbody tr').length).to.be.greaterThan(0);
    expect(about(el)).to.not.equal(null);
    await waitUntil(() => root(el).activeElement === about(el), 'focus did not move to About');
    menuButton(el)!.click();
    await el.updateComplete;
    expect([...root(el).querySelectorAll<HTMLElement>('[part~="menu"] button')].map((item) => item.dataset.action)).to.deep.equal(
      el.menuActions().filter((action) => action !== 'fullscreen' || document.fullscreenEnabled),
    );
  });
});

describe('Tab in an open widget menu', () => {
  /** The focused element, through the shadow roots it is in. */
  const deepActive = (): Element | null => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };
  /** What a message says of an element (chai's diff of two elements can take the test's page down). */
  const label = (element: Element | null) =>
    element
      ? `<${element.localName}> ${element.getAttribute('part') ?? element.getAttribute('data-item') ?? element.textContent!.trim()}`
      : 'nothing';

  async function shiftTab(): Promise<void> {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  }

  async function openMenu(el: NetreachElement): Promise<void> {
    menuButton(el)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => root(el).activeElement?.getAttribute('role') === 'menuitem', 'the menu never took focus');
  }

  for (const tag of ['netreach-map', 'netreach-stat', 'netreach-bars', 'netreach-table']) {
    it(`${tag}: closes it, and focus moves on from the ⋯ button (Tab forwards, Shift+Tab backwards)`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 600px"><button>before</button>${document.createElement(tag)}<button>after</button></div>`,
      );
      const el = wrapper.querySelector<NetreachElement>(tag)!;
      const after = wrapper.querySelector('button:last-of-type');
      await waitUntil(() => el.state === 'ready' && menuButton(el), `${tag} never drew`);
      await el.updateComplete;
      // Where Shift+Tab goes from the button itself: the widget's last stop before it.
      menuButton(el)!.focus();
      await shiftTab();
      const beforeButton = deepActive();
      expect(beforeButton === menuButton(el), 'Shift+Tab from the button stayed').to.equal(false);

      await openMenu(el);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(menuButton(el)!.getAttribute('aria-expanded'), 'after Tab').to.equal('false');
      expect(root(el).querySelector('[part~="menu"]')).to.equal(null);
      expect(label(deepActive()), 'Tab').to.equal('<button> after');
      expect(deepActive() === after, 'Tab: the button after the widget').to.equal(true);

      await openMenu(el);
      await shiftTab();
      await el.updateComplete;
      expect(menuButton(el)!.getAttribute('aria-expanded'), 'after Shift+Tab').to.equal('false');
      expect(label(deepActive()), 'Shift+Tab').to.equal(label(beforeButton));
      expect(deepActive() === beforeButton, 'Shift+Tab: where it goes from the button').to.equal(true);
    });
  }
});
