/**
 * The regions' legend beside the waffle keeps its first entry clear of the ⋯ button in the top inline-end corner, at
 * root fonts of 10, 16 and 20 px (menuCorner() reads the root font once per document: a page of its own each), left
 * to right and right to left, alone and in a dashboard.
 */
import { expect } from '@open-wc/testing';
import { onPage } from '../helpers/corner.js';

/** The regions of `widgets`, a dashboard's part among them. */
const regionsOf = (widgets: Element[]) =>
  widgets.flatMap((widget) =>
    widget.localName === 'netreach-regions' ? [widget] : [...widget.shadowRoot!.querySelectorAll('netreach-regions')],
  );

/** Per regions widget of `body` on a page whose root font is `font` px: whether its legend is beside, and whether its first entry meets the button. */
async function legends(font: number, body: string): Promise<{ beside: string[]; meets: string[] }> {
  return onPage(font, body, (widgets, doc) => {
    const beside: string[] = [];
    const meets: string[] = [];
    for (const regions of regionsOf(widgets)) {
      const root = regions.shadowRoot!;
      const b = root.querySelector('[part~="menu-button"]')!.getBoundingClientRect();
      const item = root.querySelector('[part~="legend-item"]')!.getBoundingClientRect();
      const chart = root.querySelector('.chart')!.getBoundingClientRect();
      const host = regions.getRootNode() === doc ? 'alone' : 'in a dashboard';
      const name = `${regions.getAttribute('lang')} ${host} ${Math.round(regions.getBoundingClientRect().width)} px`;
      if (item.top < chart.bottom) beside.push(name);
      // Touching counts: the item's hover background and pressed border are its box.
      if (item.left <= b.right && item.right >= b.left && item.top <= b.bottom && item.bottom >= b.top) meets.push(name);
    }
    return { beside, meets };
  });
}

describe('the regions legend beside the waffle', () => {
  for (const font of [10, 16, 20])
    it(`keeps its first entry clear of the menu button (root font ${font} px, en and fa)`, async () => {
      let body = '';
      for (const lang of ['en', 'fa']) {
        // The dashboards whose regions' part is 570–630 px wide, where the legend beside the waffle reached the corner.
        for (const width of [600, 620, 640, 660])
          body += `<div style="width: ${width}px"><netreach-dashboard lang="${lang}" dataset="cinvu"></netreach-dashboard></div>`;
        for (const width of [560, 580, 600, 620, 800])
          body += `<div style="width: ${width}px"><netreach-regions lang="${lang}"></netreach-regions></div>`;
      }
      const { beside, meets } = await legends(font, body);
      // At 20 px the first entry ("Asia and Oceania", "آسیا و اقیانوسیه") was under the button's corner, beside the
      // waffle in a dashboard 620 or 640 px wide, and alone 580–610 px wide (en), 560–590 (fa).
      expect(meets).to.deep.equal([]);
      // Not for want of a legend beside its waffle.
      expect(beside.filter((name) => name.startsWith('en')).length, beside.join(', ')).to.be.above(0);
      expect(beside.filter((name) => name.startsWith('fa')).length, beside.join(', ')).to.be.above(0);
    });
});
