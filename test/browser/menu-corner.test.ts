/**
 * The widget menu's ⋯ button (top inline-end corner) over nothing a widget draws: on pages of their own with a root
 * font of 10 px (a theme's `html { font-size: 62.5% }`), 16 px and 20 px (menuCorner() reads it once per document).
 * At 10 px the button and every other control stay 24×24 px at least (WCAG 2.2's target size).
 */
import { expect } from '@open-wc/testing';
import { menuCorner } from '../../src/base/menu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { onPage } from '../helpers/corner.js';
import { frames } from '../helpers/wait.js';

/** The shadow roots of `widget` and of the widgets inside it (a dashboard's parts). */
function roots(widget: Element): ShadowRoot[] {
  const root = widget.shadowRoot!;
  return [root, ...[...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('netreach-')).flatMap(roots)];
}

/** What meets the menu button's box in each of `widget`'s roots: the charts' text and squares, and the text of the page. */
function underButton(widget: Element): string[] {
  const under: string[] = [];
  for (const root of roots(widget)) {
    const button = root.querySelector('[part~="menu-button"]');
    if (!button) continue;
    const b = button.getBoundingClientRect();
    const meets = (box: DOMRect) => box.width > 0 && box.left < b.right && box.right > b.left && box.top < b.bottom && box.bottom > b.top;
    const name = `${widget.getAttribute('lang')} ${(widget.parentElement as HTMLElement).style.width} ${(root.host as Element).localName}`;
    // A circle (a map's symbol) by its round shape, not its box.
    const round = (box: DOMRect) => {
      const r = box.width / 2;
      const dx = Math.max(b.left - (box.left + r), 0, box.left + r - b.right);
      const dy = Math.max(b.top - (box.top + r), 0, box.top + r - b.bottom);
      return dx * dx + dy * dy < r * r;
    };
    // Not a map's symbols' hit areas (transparent, 24 px): their dots.
    for (const mark of root.querySelectorAll('svg text, svg rect, svg circle:not(.symbol)')) {
      const box = mark.getBoundingClientRect();
      if (meets(box) && (mark.localName !== 'circle' || round(box)))
        under.push(`${name}: ${mark.getAttribute('class') ?? mark.localName} "${mark.textContent}"`);
    }
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const parent = text.parentElement!;
      if (!text.textContent!.trim() || parent.closest('svg, .visually-hidden') || button.contains(text)) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      if ([...range.getClientRects()].some(meets))
        under.push(`${name}: ${parent.getAttribute('part') ?? parent.localName} "${text.textContent}"`);
    }
    for (const item of root.querySelectorAll('[part="legend-item"]'))
      if (meets(item.getBoundingClientRect())) under.push(`${name}: legend item "${item.textContent!.trim()}"`);
  }
  return under;
}

/**
 * The controls of `widget` and its parts narrower or shorter than 24 px, with each menu open (its items), and the
 * menu buttons not `size` px square. Not the charts' marks (their tooltips' and "View data"'s equivalents), nor links
 * in a sentence (the source line's, the dashboard's list of sources: WCAG's inline exception); a table's row buttons by their rows, 24 px apart.
 */
async function smallTargets(widget: Element, size: number): Promise<string[]> {
  const small: string[] = [];
  for (const root of roots(widget)) {
    const host = root.host as Element & { updateComplete: Promise<unknown> };
    const button = root.querySelector<HTMLButtonElement>('[part~="menu-button"]')!;
    const box = button.getBoundingClientRect();
    if (box.width !== size || box.height !== size) small.push(`${host.localName} menu button ${box.width}×${box.height}`);
    button.click();
    await host.updateComplete;
    for (let i = 0; i < 100 && !root.querySelector('[part~="menu"] button'); i++) await frames(1);
    const controls = root.querySelectorAll<HTMLElement>('button, a[href], input, select, summary, [tabindex]:not([tabindex="-1"])');
    for (const control of controls) {
      if (control.closest('svg') || (control.localName === 'a' && control.closest('[part~="source"], [part~="sources"], [part~="note"]')))
        continue;
      const target = control.matches('[part~="row-button"]') ? control.closest('tr')! : control;
      const { width, height } = target.getBoundingClientRect();
      if (width === 0 && height === 0) continue;
      if (width < 24 || height < 24)
        small.push(`${host.localName} ${control.getAttribute('part') ?? control.localName} ${width.toFixed(1)}×${height.toFixed(1)}`);
    }
    expect(root.querySelectorAll('[part~="menu"] button').length, `${host.localName}: its menu's items`).to.be.above(0);
    button.click();
    await host.updateComplete;
  }
  return small;
}

describe('the menu button corner', () => {
  it("reserves the button's corner from the widget's own document's root font (an iframe's), 24 px at least", () => {
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    try {
      const inner = iframe.contentDocument!;
      inner.documentElement.style.fontSize = '20px';
      // The button (--_corner: max(2rem, 24px)) and 8 px.
      expect(menuCorner(inner)).to.equal(48);
      expect(menuCorner(document)).to.equal(2 * parseFloat(getComputedStyle(document.documentElement).fontSize) + 8);
      const small = document.createElement('iframe');
      document.body.append(small);
      small.contentDocument!.documentElement.style.fontSize = '10px';
      expect(menuCorner(small.contentDocument!)).to.equal(32);
      small.remove();
    } finally {
      iframe.remove();
    }
  });

  it("a map reads the page's root font (its button's corner) once its box has its size, not in a render before", async () => {
    // Each element whose style the page's script reads, in order: the root's font read before the map's box restyled
    // the page between the render and the measurement (one style recalculation more on the first draw's path).
    const spy = `<script>
      window.reads = [];
      const read = getComputedStyle;
      getComputedStyle = (el, pseudo) => (reads.push(el === document.documentElement ? 'root' : el.classList.contains('map-box') ? 'box' : el.localName), read(el, pseudo));
    </script>`;
    const reads = await onPage(16, `${spy}<div style="width: 640px"><netreach-map></netreach-map></div>`, (_, doc) =>
      (doc.defaultView as unknown as { reads: string[] }).reads.join(' '),
    );
    expect(reads).to.equal('box root');
  });

  for (const tag of ['netreach-bars', 'netreach-regions'])
    it(`<${tag}> given its data first reads the page's root font once it has its first size, not in a render before`, async () => {
      // The data given before the widget connects: its scene is prepared in the render before its first size, where
      // the chart is not laid out and the corner is not used. The root's font read there restyled the page between
      // that render and the measurement's own read of the widget's box: 'root widget', one style recalculation more
      // on the first draw's path.
      (window as unknown as { exampleJson: string }).exampleJson = JSON.stringify(EXAMPLE_NETWORK);
      const page = `<script>
        window.reads = [];
        const read = getComputedStyle;
        getComputedStyle = (el, pseudo) => (reads.push(el === document.documentElement ? 'root' : el.localName === '${tag}' || el.getRootNode().host?.localName === '${tag}' ? 'widget' : el.localName), read(el, pseudo));
      </script>
      <div style="width: 640px"></div>
      <script>
        const el = document.createElement('${tag}');
        el.data = JSON.parse(parent.exampleJson);
        document.querySelector('body > div').append(el);
      </script>`;
      const reads = await onPage(16, page, (widgets, doc) => {
        expect(widgets.map((widget) => widget.localName)).to.deep.equal([tag]);
        expect(widgets[0]!.shadowRoot!.querySelectorAll('svg[part="chart"]').length, 'its chart').to.equal(1);
        return (doc.defaultView as unknown as { reads: string[] }).reads.join(' ');
      });
      expect(reads).to.equal('widget root');
    });

  for (const font of [10, 16, 20])
    it(`every widget's and the dashboard's controls are 24×24 px at least, the menu button ${Math.max(2 * font, 24)} px (root font ${font} px)`, async () => {
      let body = '';
      // A theme's 62.5 % root sets its text again in rem (16 px): rem-sized controls shrank, text-sized ones did not.
      for (const tag of ['netreach-stat', 'netreach-bars', 'netreach-trend', 'netreach-table', 'netreach-map', 'netreach-regions'])
        body += `<div style="width: 640px; font-size: 16px"><${tag}></${tag}></div>`;
      body += `<div style="width: 900px; font-size: 16px"><netreach-dashboard country="tur"></netreach-dashboard></div>`;
      const small = await onPage(font, body, async (widgets) => {
        const found: string[] = [];
        for (const widget of widgets) found.push(...(await smallTargets(widget, Math.max(2 * font, 24))));
        // The dashboard's "Clear selection", shown while a country is chosen.
        const clear = widgets.at(-1)!.shadowRoot!.querySelector('[part="clear"]')!.getBoundingClientRect();
        expect(clear.height, 'the clear button').to.be.above(0);
        return found;
      });
      // At 10 px the menu buttons were 20 px square (2rem), the map's "Show as table" 23.3 px tall (its rem padding).
      expect(small).to.deep.equal([]);
    });

  for (const font of [10, 16, 20]) {
    it(`a presenter's dashboard 200 px wide keeps its parts' squares and titles clear of their buttons (root font ${font} px)`, async () => {
      const body = ['en', 'fa', 'ur']
        .map((lang) => `<div style="width: 200px"><netreach-dashboard presenter lang="${lang}"></netreach-dashboard></div>`)
        .join('');
      // The regions' grid at its smallest squares (10 px, presenter's) was wider than its part less the corner: its top
      // inline-end squares were under the button; the trend's title ("دانشجویان مجازی") and the dashboard's own
      // ("COMSTECH Inter-Islamic…", at 20 px) ran a word longer than their line under theirs.
      await onPage(font, body, (widgets) => expect(widgets.flatMap(underButton)).to.deep.equal([]));
    });

    it(`a presenter's narrow dashboard draws its waffle's squares 10 px at least, clear of the button (root font ${font} px)`, async () => {
      let body = '';
      for (const width of [200, 240, 280])
        for (const lang of ['en', 'fa'])
          body += `<div style="width: ${width}px"><netreach-dashboard presenter lang="${lang}"></netreach-dashboard></div>`;
      // At 200 px the grid was scaled to clear the corner: 8.1 px squares at 16 px, 7.6 px at 20 px. Ten columns of a
      // presenter's smallest squares (10 px) do not fit beside the corner: fewer columns, a taller grid.
      await onPage(font, body, (widgets) => {
        const small: string[] = [];
        for (const widget of widgets) {
          const regions = widget.shadowRoot!.querySelector('netreach-regions')!;
          const cells = [...regions.shadowRoot!.querySelectorAll('svg rect.cell')];
          expect(cells.length).to.equal(57);
          const size = Math.min(...cells.map((cell) => cell.getBoundingClientRect().width));
          if (size < 9.99)
            small.push(`${widget.getAttribute('lang')} ${(widget.parentElement as HTMLElement).style.width}: ${size.toFixed(1)} px`);
        }
        expect(small).to.deep.equal([]);
        expect(widgets.flatMap(underButton)).to.deep.equal([]);
      });
    });

    it(`bars, trend, stat and table 200 and 320 px wide keep clear of the button (root font ${font} px)`, async () => {
      let body = '';
      for (const width of [200, 320])
        for (const lang of ['en', 'fa', 'ur'])
          for (const tag of ['netreach-stat', 'netreach-bars', 'netreach-trend', 'netreach-table'])
            body += `<div style="width: ${width}px"><${tag} lang="${lang}"></${tag}></div>`;
      // At 20 px the first bar's value ("27", past the bar's end at the axis's, in the corner's width) was under the
      // button, 40 px tall where the rows start 34 px down.
      await onPage(font, body, (widgets) => expect(widgets.flatMap(underButton)).to.deep.equal([]));
    });
  }
});
