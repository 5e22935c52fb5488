// The stylesheets only a drawn widget needs (the map's marks, legend and tooltip; the table's grid; the trend's
// line and points; the dashboard's layout) travel in the widget's lazy chunk, not in what every page loads: the shadow root adopts the
// chunk's sheet when it is here, before the widget draws what it styles. So do the menu's items and panels, with the
// on-demand module.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { mapDrawnStyles } from '../../src/map/map.drawn.styles.js';
import { tableDrawnStyles } from '../../src/table/table.drawn.styles.js';
import { trendDrawnStyles } from '../../src/trend/trend.drawn.styles.js';
import { dashboardDrawnStyles } from '../../src/dashboard/dashboard.drawn.styles.js';
import { waitUntil } from '../helpers/wait.js';

type Widget = NetreachElement & { updateComplete: Promise<boolean> };

const cases = [
  // `styled`: an element the sheet styles, and a property it sets that the browser's default would not.
  {
    tag: 'netreach-map',
    sheet: mapDrawnStyles,
    drawn: '.member',
    styled: ['svg[part="chart"]', 'position', 'absolute'],
    restyle: 'mode=reach',
  },
  { tag: 'netreach-table', sheet: tableDrawnStyles, drawn: 'tbody th', styled: ['thead th', 'position', 'sticky'], restyle: 'sort=-name' },
  { tag: 'netreach-trend', sheet: trendDrawnStyles, drawn: '.point', styled: ['figure', 'display', 'flex'], restyle: 'theme=dark' },
  {
    tag: 'netreach-dashboard',
    sheet: dashboardDrawnStyles,
    drawn: '[part="kpis"] netreach-stat',
    styled: ['[part="kpis"]', 'display', 'grid'],
    restyle: 'region=asia-and-oceania',
  },
] as const;

describe("a widget's stylesheet for what it draws", () => {
  for (const { tag, sheet, drawn, styled, restyle } of cases) {
    it(`<${tag}> adopts its chunk's sheet once, after its own styles, one sheet shared by every such widget`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
      const widgets = [0, 1].map(() => {
        const el = document.createElement(tag) as Widget;
        el.data = CINVU;
        if (tag === 'netreach-trend') el.setAttribute('metric', 'virtual-students');
        wrapper.append(el);
        return el;
      });
      await waitUntil(() => widgets.every((el) => el.state === 'ready' && el.shadowRoot!.querySelector(drawn)), `<${tag}> never drew`);
      // Updated again (another option, another width): the sheet is not adopted twice.
      widgets[0]!.setAttribute(...(restyle.split('=') as [string, string]));
      widgets[0]!.style.width = '500px';
      await widgets[0]!.updateComplete;
      await waitUntil(() => widgets[0]!.state === 'ready', `<${tag}> never drew again`);
      for (const el of widgets) {
        const sheets = el.shadowRoot!.adoptedStyleSheets;
        expect(sheets.filter((each) => each === sheet.styleSheet)).to.have.length(1);
        // Last, where it was when it ended the element's own styles: it overrides what it overrode before.
        expect(sheets.at(-1)).to.equal(sheet.styleSheet);
        for (const own of (el.constructor as typeof NetreachElement).elementStyles) {
          const ownSheet = own instanceof CSSStyleSheet ? own : own.styleSheet!;
          expect(sheets.indexOf(ownSheet), `<${tag}>'s own styles`).to.be.within(0, sheets.length - 2);
        }
      }
      // And it styles what is drawn.
      const [selector, property, value] = styled;
      for (const el of widgets)
        expect(getComputedStyle(el.shadowRoot!.querySelector(selector)!).getPropertyValue(property)).to.equal(value);
    });
  }
});

describe("the menu's and its panels' stylesheet", () => {
  it('comes with the on-demand module: adopted once by a widget whose menu or panel opens, by no other', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><netreach-stat .data=${CINVU}></netreach-stat><netreach-stat .data=${CINVU}></netreach-stat></div>`,
    );
    const [opened, closed] = [...wrapper.querySelectorAll('netreach-stat')] as unknown as (NetreachElement & {
      toggleAbout(): void;
      toggleDataView(): void;
    })[];
    await waitUntil(() => opened!.state === 'ready' && closed!.state === 'ready', 'the stats never drew');
    opened!.toggleAbout();
    await opened!.updateComplete;
    opened!.toggleDataView();
    await opened!.updateComplete;
    const about = opened!.shadowRoot!.querySelector('[part~="about"]')!;
    expect(about, 'About').to.be.instanceOf(HTMLElement);
    const { onDemandStyles } = await import('../../src/base/on-demand.styles.js');
    const sheet = onDemandStyles.styleSheet!;
    expect(opened!.shadowRoot!.adoptedStyleSheets.filter((each) => each === sheet)).to.have.length(1);
    expect(opened!.shadowRoot!.adoptedStyleSheets.at(-1)).to.equal(sheet);
    // What it styles: About's box has a border, View data's box scrolls.
    expect(getComputedStyle(about).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(opened!.shadowRoot!.querySelector('.data-view')!).overflowY).to.equal('auto');
    // Loaded for the page, but nothing opened in the other: it has none of it.
    closed!.setAttribute('theme', 'dark');
    await closed!.updateComplete;
    expect(closed!.shadowRoot!.adoptedStyleSheets).not.to.include(sheet);
  });
});
