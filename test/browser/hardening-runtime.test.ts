/**
 * Hardening, widgets changed at runtime by a page's script (a single-page app, a CMS's preview): a `<netreach-data>`
 * replaced by another of the same id, or ids swapped, is followed; a widget moved into an iframe's document and back
 * keeps its styles and throws nothing into the page.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { sendKeys } from '@web/test-runner-commands';
import { exampleDataset, settle, watchPage } from '../helpers/hardening.js';
import { loadBundledDataset } from '../../src/core/default-dataset.js';
import { frames, waitUntil } from '../helpers/wait.js';
import { fontKey, pageMeasure } from '../../src/base/measure.js';

function mount(tag: string, attributes: Record<string, string>, parent: Element): NetreachElement {
  const el = document.createElement(tag) as NetreachElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  return el;
}

const networkOf = (el: NetreachElement) => el.currentDataset?.network.id;

/**
 * A container on the page holding a same-origin iframe (640×480 px), and the iframe's document (about:blank: there
 * once the iframe is in the page).
 */
function iframeOnPage(): { container: HTMLDivElement; inner: Document } {
  const container = document.createElement('div');
  document.body.append(container);
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 640px; height: 480px; border: 0';
  container.append(iframe);
  return { container, inner: iframe.contentDocument! };
}

describe('hardening: runtime changes', () => {
  it('a <netreach-data> replaced by another of the same id, or two swapping ids: widgets follow the one named now', async () => {
    const page = watchPage();
    const container = document.createElement('div');
    container.style.width = '480px';
    document.body.append(container);
    try {
      const first = mount('netreach-data', { id: 'runtime-net', dataset: 'cinvu' }, container);
      const bars = mount('netreach-bars', { provider: 'runtime-net' }, container);
      const map = mount('netreach-map', { compare: 'runtime-net' }, container);
      await settle(bars);
      await settle(map);
      expect(networkOf(bars)).to.equal('cinvu');
      // A page that renders its provider again: the old element goes, a new one with the same id comes.
      first.remove();
      const second = mount('netreach-data', { id: 'runtime-net', dataset: 'silk-road' }, container);
      await waitUntil(
        () => networkOf(bars) === 'silk-road' && bars.state === 'ready',
        () => `still shows ${networkOf(bars)}`,
      );
      await waitUntil(
        () => (map as unknown as { compared: { dataset?: { network: { id: string } } } }).compared.dataset?.network.id === 'silk-road',
        'the map still compares with the removed provider',
      );
      // Two providers swapping ids: the widget follows the one its `provider` names now.
      const other = mount('netreach-data', { id: 'runtime-other', dataset: 'al-mustafa' }, container);
      other.id = 'runtime-net';
      second.id = 'runtime-other';
      await waitUntil(
        () => networkOf(bars) === 'al-mustafa' && bars.state === 'ready',
        () => `still shows ${networkOf(bars)}`,
      );
      // Gone with none in its place: the error a missing provider is, not the last one's data.
      other.remove();
      await waitUntil(
        () => bars.state === 'error',
        () => `state ${bars.state}, ${networkOf(bars)}`,
      );
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      container.remove();
    }
  });

  it("moved into an iframe's document and back (adoptNode): styled in each, nothing thrown", async () => {
    const page = watchPage();
    const { container, inner } = iframeOnPage();
    container.style.width = '640px';
    const frameStyle = (el: NetreachElement) => {
      const frame = el.shadowRoot!.querySelector('.frame')!;
      return getComputedStyle(frame).position;
    };
    try {
      for (const tag of ['netreach-bars', 'netreach-map', 'netreach-stat', 'netreach-table', 'netreach-trend', 'netreach-dashboard']) {
        const el = mount(tag, {}, container);
        await settle(el);
        const sheets = el.shadowRoot!.adoptedStyleSheets.length;
        expect(frameStyle(el), tag).to.equal('relative');
        inner.body.append(inner.adoptNode(el));
        await frames(2);
        await settle(el);
        expect([tag, frameStyle(el), el.shadowRoot!.adoptedStyleSheets.length]).to.deep.equal([tag, 'relative', sheets]);
        container.append(document.adoptNode(el));
        await frames(2);
        await settle(el);
        expect([tag, frameStyle(el), el.shadowRoot!.adoptedStyleSheets.length]).to.deep.equal([tag, 'relative', sheets]);
        el.remove();
      }
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      container.remove();
    }
  });

  // A widget in an iframe's document (moved there with adoptNode, as above): the language of that document, not the
  // main page's, and the menu's outside click and the tooltip's Escape heard there. They were the main document's.
  it("in an iframe's document: follows its lang, closes its menu on a click there and its tooltip on Escape there", async () => {
    const page = watchPage();
    const { container, inner } = iframeOnPage();
    const mainLang = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'en');
    inner.documentElement.setAttribute('lang', 'fr');
    try {
      const el = mount('netreach-bars', {}, container) as NetreachElement & {
        menu: { open: boolean };
        tooltip: { show(id: string): void };
      };
      await settle(el);
      expect(el.locale).to.equal('en');
      inner.body.append(inner.adoptNode(el));
      await waitUntil(
        () => el.locale === 'fr',
        () => `locale ${el.locale} with <html lang="fr"> in the iframe`,
      );
      inner.documentElement.setAttribute('lang', 'tr');
      await waitUntil(
        () => el.locale === 'tr',
        () => `locale ${el.locale} after the iframe's <html lang> became "tr"`,
      );
      // An ancestor's lang in the iframe's document (its nodes are another window's Elements).
      const section = inner.createElement('section');
      section.setAttribute('lang', 'fa');
      inner.body.append(section);
      section.append(el);
      await waitUntil(
        () => el.locale === 'fa',
        () => `locale ${el.locale} inside <section lang="fa">`,
      );
      await settle(el);

      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="menu-button"]')!.click();
      await el.updateComplete;
      expect(el.menu.open).to.equal(true);
      inner.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.menu.open, 'the menu after a click elsewhere in the iframe').to.equal(false);

      const id = el.shadowRoot!.querySelector('svg [data-item]')!.getAttribute('data-item')!;
      el.tooltip.show(id);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="tooltip"]'), 'a tooltip').to.not.equal(null);
      inner.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="tooltip"]')?.textContent, 'the tooltip after Escape in the iframe').to.equal(undefined);
      el.remove();
      expect(page.errors).to.deep.equal([]);
    } finally {
      if (mainLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', mainLang);
      page.stop();
      container.remove();
    }
  });

  // Its data from its own document: a provider named by id is looked up there and heard announcing itself there, and
  // a document still being parsed is waited for. They were the main document's: the main page's provider of that id
  // served a widget in the iframe, and one parsed in an iframe drew the bundled dataset before its inline JSON came.
  it("in an iframe's document: finds its <netreach-data> by id there, and waits for that document to be parsed", async () => {
    const page = watchPage();
    const { container, inner } = iframeOnPage();
    try {
      mount('netreach-data', { id: 'frame-net', dataset: 'silk-road' }, container);
      const bars = mount('netreach-bars', { provider: 'frame-net' }, container);
      await settle(bars);
      expect(networkOf(bars)).to.equal('silk-road');
      inner.body.append(inner.adoptNode(bars));
      await waitUntil(
        () => bars.state === 'error',
        () => `state ${bars.state}, ${networkOf(bars)}: the main page's provider of that id`,
      );
      const own = mount('netreach-data', { id: 'frame-net', dataset: 'al-mustafa' }, container);
      inner.body.append(inner.adoptNode(own));
      await waitUntil(
        () => networkOf(bars) === 'al-mustafa' && bars.state === 'ready',
        () => `state ${bars.state}, ${networkOf(bars)} with a provider of that id in the iframe`,
      );
      bars.remove();

      // A document being parsed (open until close()): its inline JSON, parsed after the widget, is what it draws.
      inner.open();
      inner.write('<!doctype html><html><body>');
      expect(inner.readyState).to.equal('loading');
      const stat = document.createElement('netreach-stat') as NetreachElement;
      inner.body.append(inner.adoptNode(stat));
      // The bundled dataset, loaded once per page: what a widget that did not wait would have shown by now.
      await loadBundledDataset('cinvu');
      await stat.updateComplete;
      expect(networkOf(stat), 'shown while its document is parsed').to.equal(undefined);
      const script = inner.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(await exampleDataset());
      stat.append(script);
      inner.close();
      await settle(stat);
      expect([stat.state, networkOf(stat)]).to.deep.equal(['ready', 'example-network']);
      stat.remove();
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      container.remove();
    }
  });

  // Web fonts arriving in the iframe's document measure its text again (FontsController): it heard the main one's.
  it("in an iframe's document: hears web fonts arriving there", async () => {
    const { container, inner } = iframeOnPage();
    try {
      const el = mount('netreach-bars', {}, container);
      await settle(el);
      inner.body.append(inner.adoptNode(el));
      await settle(el);
      let updates = 0;
      const requestUpdate = el.requestUpdate.bind(el);
      el.requestUpdate = (...args: Parameters<typeof requestUpdate>) => (updates++, requestUpdate(...args));
      inner.fonts.dispatchEvent(new Event('loadingdone'));
      expect(updates, "updates after the iframe's fonts arrived").to.equal(1);
      delete (el as Partial<NetreachElement>).requestUpdate;
      el.remove();
    } finally {
      container.remove();
    }
  });

  // Its items hear events whose targets are that window's nodes (nodes made there; in a browser that gives an adopted
  // node its new window's wrapper, every node of a widget moved there): keys move focus among the bars, a pointer over
  // one shows its tooltip, and focus moving onto another keeps it. `instanceof Element` ignored them.
  it("in an iframe's document: arrow keys, tooltips and focus heard from that window's nodes", async () => {
    const page = watchPage();
    const { container, inner } = iframeOnPage();
    try {
      const el = mount('netreach-bars', {}, container) as NetreachElement & { tooltip: { shown?: string } };
      await settle(el);
      inner.body.append(inner.adoptNode(el));
      await settle(el);
      const items = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('svg [data-item]')];
      const id = (item: Element | null | undefined) => item?.getAttribute('data-item');
      expect(items().length, 'bars').to.be.above(2);
      // A node of the iframe's window in the bar (put there just before each event: the bar's next drawing drops it).
      const within = (item: Element) => item.appendChild(inner.createElementNS('http://www.w3.org/2000/svg', 'g'));
      expect(within(items()[0]!) instanceof Element, "a node of the iframe's window").to.equal(false);
      items()[0]!.focus();
      within(items()[0]!).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      expect(id(el.shadowRoot!.activeElement), 'focus after ArrowRight').to.equal(id(items()[1]));
      const tooltip = () => el.shadowRoot!.querySelector('[part="tooltip"]') && el.tooltip.shown;
      within(items()[2]!).dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(tooltip(), 'the tooltip over the third bar').to.equal(id(items()[2]));
      // Focus leaving the focused bar for a node of the third: the tooltip stays.
      const relatedTarget = within(items()[2]!);
      items()[1]!.dispatchEvent(new FocusEvent('focusout', { relatedTarget, bubbles: true, composed: true }));
      await el.updateComplete;
      expect(tooltip(), 'the tooltip after focus moved onto the third bar').to.equal(id(items()[2]));
      el.remove();
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      container.remove();
    }
  });

  // A <netreach-data> around a node of that window with a shadow root holding the widget: found across that shadow
  // root (that window's ShadowRoot, which `instanceof ShadowRoot` did not cross).
  it("in an iframe's document: finds the <netreach-data> around it across that window's shadow root", async () => {
    const page = watchPage();
    const { container, inner } = iframeOnPage();
    try {
      const provider = mount('netreach-data', { dataset: 'silk-road' }, container);
      inner.body.append(inner.adoptNode(provider));
      const host = provider.appendChild(inner.createElement('div'));
      const root = host.attachShadow({ mode: 'open' });
      expect(root instanceof ShadowRoot, "the iframe's window's shadow root").to.equal(false);
      const bars = document.createElement('netreach-bars') as NetreachElement;
      root.append(bars);
      await settle(bars);
      expect([bars.state, networkOf(bars)]).to.deep.equal(['ready', 'silk-road']);
      provider.remove();
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      container.remove();
    }
  });

  // A KPI tile without controls gives focus back to that document's button that opened About (`instanceof
  // HTMLElement` refused it: focus fell to the iframe's body).
  it("in an iframe's document: gives focus back to that document's button that opened About", async () => {
    const { container, inner } = iframeOnPage();
    try {
      const el = mount('netreach-stat', { controls: 'none' }, container) as NetreachElement & { toggleAbout(): void };
      await settle(el);
      inner.body.append(inner.adoptNode(el));
      await settle(el);
      const opener = inner.createElement('button');
      opener.textContent = 'Open About';
      opener.addEventListener('click', () => el.toggleAbout());
      el.before(opener);
      opener.focus();
      opener.click();
      const about = () => el.shadowRoot!.querySelector('[part~="about"]');
      await waitUntil(() => about() && el.shadowRoot!.activeElement === about(), 'focus never moved to About');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(about()).to.equal(null);
      // (The iframe's body, where focus fell, reads "Open About" too.)
      expect(inner.activeElement === opener, 'focus on the opener').to.equal(true);
      el.remove();
    } finally {
      container.remove();
    }
  });

  // The KPI tile sizes its figure in its page's font: the iframe's body's, not the main page's.
  it("in an iframe's document: measures the KPI tile's figure in that document's font", async () => {
    const { container, inner } = iframeOnPage();
    inner.body.style.fontFamily = 'monospace';
    try {
      const el = mount('netreach-stat', {}, container) as NetreachElement & { model: { short: string } };
      await settle(el);
      inner.body.append(inner.adoptNode(el));
      await settle(el);
      const ems = (font: string) => String(Math.ceil(pageMeasure(font, inner)(el.model.short, 100, 700)) / 100);
      const own = ems(fontKey(getComputedStyle(inner.body)));
      expect(own, "the figure's width in the main page's font").to.not.equal(ems(fontKey(getComputedStyle(document.body))));
      const value = el.shadowRoot!.querySelector<HTMLElement>('[part="value"]')!;
      expect(value.style.getPropertyValue('--_fig-em')).to.equal(own);
      el.remove();
    } finally {
      container.remove();
    }
  });

  // A tooltip kept inside the viewport of that document's window: below an item near the iframe's bottom edge it fitted
  // in the main window's taller viewport, and was cut off by the iframe's.
  it("in an iframe's document: a tooltip stays inside that window's viewport", async () => {
    const { container, inner } = iframeOnPage();
    inner.defaultView!.frameElement!.setAttribute('style', 'width: 640px; height: 200px; border: 0');
    inner.body.style.margin = '0';
    const spacer = inner.body.appendChild(inner.createElement('div'));
    spacer.style.height = '140px';
    try {
      const el = document.createElement('netreach-bars') as NetreachElement as NetreachElement & { tooltip: { show(id: string): void } };
      inner.body.append(inner.adoptNode(el));
      await settle(el);
      const item = el.shadowRoot!.querySelector('svg [data-item]')!;
      // No room above the first bar in the widget; below it, room in the widget but not in the iframe's viewport.
      expect(item.getBoundingClientRect().bottom, "the bar in the iframe's viewport").to.be.below(200);
      el.tooltip.show(item.getAttribute('data-item')!);
      await el.updateComplete;
      const tip = el.shadowRoot!.querySelector('[part="tooltip"]')!.getBoundingClientRect();
      expect(tip.bottom, "the tooltip's bottom").to.be.at.most(inner.defaultView!.innerHeight);
      el.remove();
    } finally {
      container.remove();
    }
  });

  // Its text measured in that document's web fonts: a canvas sees only its own document's, and the one measuring was
  // the main page's, where a font the iframe loads is not (bars in it were laid out in the fallback font).
  it("in an iframe's document: measures its text in that document's web fonts", async () => {
    const { container, inner } = iframeOnPage();
    const face = new (inner.defaultView as unknown as typeof globalThis).FontFace(
      'FrameOnly',
      'url(/node_modules/vazirmatn/fonts/webfonts/Vazirmatn-Bold.woff2)',
    );
    inner.fonts.add(face);
    await face.load();
    try {
      const barsStart = async (font: string) => {
        const el = document.createElement('netreach-bars') as NetreachElement;
        el.style.fontFamily = font;
        inner.body.append(inner.adoptNode(el));
        await settle(el);
        // Where the bars start: after their labels' column, as wide as the widest label.
        const drawn = el.shadowRoot!.querySelector('[data-item] rect')!.getAttribute('x');
        el.remove();
        return drawn;
      };
      expect(await barsStart('FrameOnly, monospace'), 'laid out in the fallback font').to.not.equal(await barsStart('monospace'));
    } finally {
      container.remove();
    }
  });

  // theme="auto" follows the colour scheme that document prefers (an iframe's follows its element's color-scheme), and
  // so does its file: it asked the main window, which prefers light.
  it('in an iframe\'s document: theme="auto" writes the file in the colour scheme that document prefers', async () => {
    const { container, inner } = iframeOnPage();
    inner.defaultView!.frameElement!.setAttribute('style', 'width: 640px; height: 480px; border: 0; color-scheme: dark');
    try {
      const el = document.createElement('netreach-bars') as NetreachElement & { toSVG(options?: { theme?: 'dark' }): Promise<string> };
      el.setAttribute('theme', 'auto');
      inner.body.append(inner.adoptNode(el));
      await settle(el);
      const dark = '(prefers-color-scheme: dark)';
      expect([matchMedia(dark).matches, inner.defaultView!.matchMedia(dark).matches], 'dark preferred in the iframe only').to.deep.equal([
        false,
        true,
      ]);
      expect((await el.toSVG()) === (await el.toSVG({ theme: 'dark' })), 'the file is dark').to.equal(true);
      el.remove();
    } finally {
      container.remove();
    }
  });

  // A download from a widget there clicks its link in that document (it was the main page's).
  it("in an iframe's document: downloads through a link in that document", async () => {
    const { container, inner } = iframeOnPage();
    const clicked: string[] = [];
    const listen = (name: string) => (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!link.download) return;
      clicked.push(`${name}: ${link.download}`);
      event.preventDefault(); // no file saved by the test
    };
    const listeners = [
      [document, listen('main')],
      [inner, listen('iframe')],
    ] as const;
    for (const [doc, listener] of listeners) doc.addEventListener('click', listener, true);
    try {
      const el = mount('netreach-bars', {}, container) as NetreachElement & { downloadAs(kind: string): Promise<void> };
      await settle(el);
      inner.body.append(inner.adoptNode(el));
      await settle(el);
      await el.downloadAs('csv');
      expect(clicked).to.deep.equal(['iframe: cinvu-bars-countries.csv']);
      el.remove();
    } finally {
      for (const [doc, listener] of listeners) doc.removeEventListener('click', listener, true);
      container.remove();
    }
  });

  for (const [tag, attributes, selector] of [
    ['netreach-map', {}, 'svg [data-item]'],
    ['netreach-bars', { 'group-by': 'country', metric: 'universities', limit: '0' }, 'svg [data-item]'],
    ['netreach-regions', {}, '[part~="legend-item"]'],
  ] as const) {
    it(`<${tag}>: focus stays among the items when new data removes the focused one`, async () => {
      const page = watchPage();
      const container = document.createElement('div');
      container.style.width = '560px';
      document.body.append(container);
      try {
        const data = (await exampleDataset()) as unknown as { members: { country: string; region?: string }[]; regions: { id: string }[] };
        const el = document.createElement(tag) as NetreachElement;
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        el.data = data;
        container.append(el);
        await settle(el);
        el.shadowRoot!.querySelector<HTMLElement>(`${selector}[tabindex="0"]`)!.focus();
        await sendKeys({ press: 'ArrowRight' });
        const id = el.shadowRoot!.activeElement?.getAttribute('data-item');
        expect(id, 'an item has focus').to.be.a('string');
        // The page's new data: without the focused member (or the focused region).
        el.data = {
          ...data,
          members: data.members.filter((member) => member.country !== id && member.region !== id),
          regions: data.regions.filter((region) => region.id !== id),
        };
        await settle(el);
        const active = el.shadowRoot!.activeElement;
        expect(active?.matches(`${selector}[tabindex="0"]`), `focus on ${active?.localName ?? document.activeElement?.localName}`).to.equal(
          true,
        );
        expect(active!.getAttribute('data-item')).to.not.equal(id);
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.stop();
        container.remove();
      }
    });
  }

  it('a tooltip whose item new data removes is gone, and does not come back with the item', async () => {
    const page = watchPage();
    const container = document.createElement('div');
    container.style.width = '560px';
    document.body.append(container);
    try {
      const data = (await exampleDataset()) as unknown as { members: { country: string }[] };
      const el = mount('netreach-bars', { 'group-by': 'country', metric: 'universities', limit: '0' }, container);
      el.data = data;
      await settle(el);
      const item = el.shadowRoot!.querySelector('svg [data-item]')!;
      const id = item.getAttribute('data-item');
      item.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await el.updateComplete;
      const tooltip = () => el.shadowRoot!.querySelector('[part="tooltip"]')?.textContent ?? null;
      expect(tooltip()).to.be.a('string');
      el.data = { ...data, members: data.members.filter((member) => member.country !== id) };
      await settle(el);
      expect(tooltip()).to.equal(null);
      // The page's data again: the item is back, the pointer is not on it.
      el.data = data;
      await settle(el);
      expect(tooltip()).to.equal(null);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      container.remove();
    }
  });
});
