import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import { a11ySnapshot, emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachMap } from '../../src/map/map.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { SILK_ROAD } from '../../src/generated/silk-road.js';
import { validateDataset } from '../../src/core/validate.js';
import { textUnderMenuButton } from '../helpers/corner.js';
import { expectClearOf } from '../helpers/assertions.js';
import { renderSvg } from '../../src/static/index.js';
import { HATCH_ID } from '../../src/core/scene.js';
import { expectGolden } from '../helpers/golden.js';
import { frames, waitUntil } from '../helpers/wait.js';

const shadow = (el: Element) => el.shadowRoot!;
const svgOf = (el: Element) => shadow(el).querySelector<SVGSVGElement>('svg[part="chart"]');
const items = (el: Element) => [...shadow(el).querySelectorAll<SVGElement>('[role="option"]')];
const active = (el: Element) => shadow(el).activeElement as SVGElement | null;
// Each member's node names its country: the item id the keyboard and tooltip controllers find it by.
const codeOf = (_el: NetreachMap, item: Element | null) => item?.getAttribute('data-item') ?? undefined;

async function drawn(el: NetreachMap): Promise<NetreachMap> {
  await waitUntil(() => el.state === 'ready' && svgOf(el)?.querySelector('.member'), `the map never drew (state ${el.state})`);
  await el.updateComplete;
  return el;
}

async function map(template: unknown): Promise<NetreachMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px">${template}</div>`);
  return drawn(wrapper.querySelector('netreach-map')!);
}

/** Opens the map's table with toggleDataView(), which moves focus into it, then closes it with Escape. */
async function openByScriptThenEscape(el: NetreachMap, box: HTMLElement): Promise<void> {
  el.toggleDataView();
  await el.updateComplete;
  await waitUntil(() => shadow(el).activeElement === box, 'focus never moved to the table');
  await sendKeys({ press: 'Escape' });
  await el.updateComplete;
  expect(box.hidden).to.equal(true);
}
describe('<netreach-map>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  // That the built map's chunk brings the English without the menu's module: csp.test.ts.
  it('names its "Show as table" button "Hide data" while the table shows, as the menu does, in English and Persian', async () => {
    for (const [lang, show, hide] of [
      ['en', 'Show as table', 'Hide data'],
      ['fa', 'نمایش به صورت جدول', 'پنهان کردن داده\u200cها'],
    ] as const) {
      const el = await map(html`<netreach-map lang=${lang}></netreach-map>`);
      const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
      expect([toggle.textContent, toggle.getAttribute('aria-expanded')]).to.deep.equal([show, 'false']);
      toggle.click();
      await el.updateComplete;
      expect([toggle.textContent, toggle.getAttribute('aria-expanded')]).to.deep.equal([hide, 'true']);
      expect(shadow(el).querySelector('#table table')).to.not.equal(null);
      // The menu's item for the same table says the same.
      shadow(el).querySelector<HTMLButtonElement>('[part~="menu-button"]')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="menu"] [data-action="data"]')!.textContent!.trim()).to.equal(hide);
      shadow(el).querySelector<HTMLButtonElement>('[part~="menu-button"]')!.click();
      toggle.click();
      await el.updateComplete;
      expect([toggle.textContent, toggle.getAttribute('aria-expanded')]).to.deep.equal([show, 'false']);
    }
  });

  it('closes its table on Escape, focus back on "Show as table"; View data moves focus to the table, as in every widget', async () => {
    const el = await map(html`<netreach-map selected="TUR"></netreach-map>`);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    const box = shadow(el).querySelector<HTMLElement>('#table')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(box.hidden).to.equal(false);
    // The button is a disclosure: focus stays on it, "Hide data" now.
    expect(shadow(el).activeElement).to.equal(toggle);
    // Tab goes on into the table's box (a named, scrollable region), where Escape closed nothing.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(box);
    expect(box.getAttribute('role')).to.equal('region');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(box.hidden).to.equal(true);
    expect(shadow(el).querySelector('#table table')).to.equal(null);
    expect([toggle.textContent, toggle.getAttribute('aria-expanded')]).to.deep.equal(['Show as table', 'false']);
    expect(shadow(el).activeElement).to.equal(toggle);
    // Escape closed the table only: the map's selection stays.
    expect(el.selected).to.equal('TUR');
    // Opened from the menu's View data, focus moves to the table, as View data's does in every widget (it stayed on
    // the menu's button, the table appearing below the map unsaid); Escape closes it the same.
    const menuButton = shadow(el).querySelector<HTMLButtonElement>('[part~="menu-button"]')!;
    menuButton.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const viewData = shadow(el).querySelector<HTMLButtonElement>('[part~="menu"] [data-action="data"]')!;
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part~="menu"] button'));
    viewData.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => shadow(el).activeElement === box, 'focus never moved to the table');
    expect(box.hidden).to.equal(false);
    expect(box.getAttribute('part')).to.equal('data-view');
    // The page's toggleDataView() too.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(box.hidden).to.equal(true);
    await openByScriptThenEscape(el, box);
    expect(shadow(el).activeElement).to.equal(toggle);
  });

  it('with controls="none", puts focus back on the map when Escape closes a table opened by toggleDataView()', async () => {
    const el = await map(html`<netreach-map controls="none"></netreach-map>`);
    expect(shadow(el).querySelector('[part="table-toggle"]')).to.equal(null);
    const box = shadow(el).querySelector<HTMLElement>('#table')!;
    await openByScriptThenEscape(el, box);
    // No toggle to go back to: focus fell to the page's body. It is on the map's one tab stop, its first member.
    expect(document.activeElement?.localName).to.equal('netreach-map');
    expect(codeOf(el, active(el))).to.equal('AFG');
    expect(active(el)!.getAttribute('tabindex')).to.equal('0');
  });

  for (const [name, data] of [
    ['cinvu', CINVU],
    ['example-network', EXAMPLE_NETWORK],
  ] as const) {
    it(`shows every member of ${name} as a shape or a symbol (integrity)`, async () => {
      const dataset = validateDataset(data);
      const el = await map(html`<netreach-map .data=${data}></netreach-map>`);
      const labels = items(el).map((item) => item.getAttribute('aria-label'));
      expect(labels.length).to.equal(dataset.members.length);
      const codes = items(el).map((item) => codeOf(el, item));
      expect([...codes].sort()).to.deep.equal(dataset.members.map((member) => member.country).sort());
      for (const item of items(el)) {
        if (item.localName === 'path') {
          expect(item.getAttribute('d')!.length, codeOf(el, item)).to.be.greaterThan(10);
        } else {
          // A symbol's item is its hit area (its dot is the next sibling).
          expect(item.localName, codeOf(el, item)).to.equal('circle');
          const hit = item.getBoundingClientRect();
          expect(hit.width, codeOf(el, item)).to.be.at.least(24);
          expect(hit.height, codeOf(el, item)).to.be.at.least(24);
        }
      }
      const symbols = items(el)
        .filter((item) => item.classList.contains('symbol'))
        .map((item) => codeOf(el, item));
      for (const code of ['BHR', 'MDV', 'COM']) if (dataset.members.some((m) => m.country === code)) expect(symbols).to.include(code);
    });
  }

  it('draws CINVU by region at 800 px with a legend, a summary and one tab stop', async () => {
    const el = await map(html`<netreach-map></netreach-map>`);
    const svg = svgOf(el)!;
    expect(svg.getAttribute('width')).to.equal('800');
    // About 800 / 1.88 (the world's land masses in Equal Earth), a little less or more as the notes take room.
    expect(Number(svg.getAttribute('height'))).to.be.within(340, 450);
    expect(items(el).filter((item) => item.getAttribute('tabindex') === '0').length).to.equal(1);
    expect(shadow(el).querySelector('[part="legend"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('Asia and Oceania (27)');
    expect(shadow(el).querySelector('#summary')!.textContent).to.match(/^Map of 57 member countries by region: /);
    const pak = items(el).find((item) => item.getAttribute('aria-label') === 'Pakistan, Asia and Oceania')!;
    expect(pak.getAttribute('class')).to.contain('r1');
    await expect(el).to.be.accessible();
  });

  it("gives screen readers every member as an option of the map's listbox, with its selected state", async () => {
    await map(html`<netreach-map selected="TUR"></netreach-map>`);
    interface AXNode {
      role: string;
      name: string;
      selected?: boolean;
      children?: AXNode[];
    }
    const find = (node: AXNode, test: (node: AXNode) => boolean): AXNode | undefined =>
      test(node) ? node : node.children?.map((child) => find(child, test)).find(Boolean);
    const tree = (await a11ySnapshot({})) as unknown as AXNode;
    const listbox = find(tree, (node) => node.role === 'listbox' && node.name === 'Member countries')!;
    expect(listbox, 'the listbox').to.not.equal(undefined);
    const options: AXNode[] = [];
    const collect = (node: AXNode) => (node.role === 'option' ? options.push(node) : node.children?.forEach(collect));
    listbox.children?.forEach(collect);
    expect(options.length).to.equal(57);
    expect(options.filter((option) => option.selected).map((option) => option.name)).to.deep.equal(['Türkiye, Asia and Oceania']);
  });

  it('moves with arrow keys to the nearest member that way, Home/End, selects with Enter and clears with Escape', async () => {
    const el = await map(html`<netreach-map></netreach-map>`);
    const button = document.createElement('button');
    button.textContent = 'before';
    el.before(button);
    button.focus();
    await sendKeys({ press: 'Tab' });
    expect(codeOf(el, active(el))).to.equal('AFG'); // the first member holds the tab stop
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(codeOf(el, active(el))).to.equal('PAK');
    // Each arrow goes that way on screen, mostly along its axis.
    const centre = (item: Element | null) => {
      const rect = item!.getBoundingClientRect();
      return [rect.left + rect.width / 2, rect.top + rect.height / 2];
    };
    for (const [key, sign, axis] of [
      ['ArrowRight', 1, 0],
      ['ArrowLeft', -1, 0],
      ['ArrowUp', -1, 1],
      ['ArrowDown', 1, 1],
    ] as const) {
      const from = codeOf(el, active(el));
      const [x0, y0] = centre(active(el));
      await sendKeys({ press: key });
      await el.updateComplete;
      const to = codeOf(el, active(el));
      const [x1, y1] = centre(active(el));
      if (to === from) continue; // nothing that way
      const along = axis === 0 ? (x1! - x0!) * sign : (y1! - y0!) * sign;
      expect(along, `${key} from ${from} to ${to}`).to.be.greaterThan(0);
    }
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(codeOf(el, active(el))).to.equal('SUR');
    expect(items(el).filter((item) => item.getAttribute('tabindex') === '0').length).to.equal(1);
    // The focus ring and the tooltip follow the keyboard.
    expect(shadow(el).querySelector('.focus-ring')).not.to.equal(null);
    expect(shadow(el).querySelector('[part="tooltip"]')!.textContent).to.contain('Suriname');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(codeOf(el, active(el))).to.equal('AFG');
    const event = oneEvent(el, 'netreach-select');
    await sendKeys({ press: 'Enter' });
    const { detail, bubbles, composed } = (await event) as CustomEvent<{ country: string }>;
    expect(detail).to.deep.equal({ country: 'AFG' });
    expect(bubbles && composed).to.equal(true);
    await el.updateComplete;
    expect(el.selected).to.equal('AFG');
    expect(active(el)!.getAttribute('aria-selected')).to.equal('true');
    // Clearing is said too: a page keeping `country = event.detail.country` stays true.
    const cleared = oneEvent(el, 'netreach-select');
    await sendKeys({ press: 'Escape' });
    expect(((await cleared) as CustomEvent).detail).to.deep.equal({ country: null });
    await el.updateComplete;
    expect(el.selected).to.equal(undefined);
    expect(shadow(el).querySelector('[part="tooltip"]')).to.equal(null);
    // One tab stop: Tab leaves the map for the next control, the source line's first link.
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(shadow(el).querySelector('[part="source"] a'));
    button.remove();
  });

  it('names the member it lists by inference (Silk Road: China) under the map, in its accessible name and its tooltip', async () => {
    const el = await map(html`<netreach-map dataset="silk-road"></netreach-map>`);
    const notes = [...shadow(el).querySelectorAll('[part~="note"]')].map((note) => note.textContent!.trim().replace(/\s+/g, ' '));
    expect(notes).to.include('China: listed by inference (see the source’s note).');
    const label = (code: string) =>
      items(el)
        .find((each) => codeOf(el, each) === code)!
        .getAttribute('aria-label');
    expect(label('CHN')).to.equal('China, listed by inference (see the source’s note)');
    expect(label('AZE')).to.equal('Azerbaijan');
    const item = items(el).find((each) => codeOf(el, each) === 'CHN')!;
    item.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tip = shadow(el).querySelector('[part="tooltip"]')!.textContent!.replace(/\s+/g, ' ');
    expect(tip).to.contain('China').and.contain('Listed by inference (see the source’s note)');
    // The file says it as the page does: the note, and the member's title.
    const file = await el.toSVG({ width: 800, height: 500 });
    expect(file).to.contain('China: listed by inference (see the source’s note).');
    expect(file).to.contain('China, listed by inference (see the source’s note)');
  });

  it('selects on click and keeps the tooltip inside the box, even at the edges', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 360px"><netreach-map src="/mock/valid" metric="virtual-students"></netreach-map></div>`,
    );
    const el = await drawn(wrapper.querySelector('netreach-map')!);
    const box = shadow(el).querySelector('.map-box')!.getBoundingClientRect();
    for (const code of ['CAN', 'IDN', 'BRA', 'ZAF']) {
      const item = items(el).find((each) => codeOf(el, each) === code)!;
      const event = oneEvent(el, 'netreach-select');
      item.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      expect(((await event) as CustomEvent).detail).to.deep.equal({ country: code });
      await el.updateComplete;
      const tip = shadow(el).querySelector<HTMLElement>('[part="tooltip"]')!;
      expect(getComputedStyle(tip).visibility).to.equal('visible');
      const rect = tip.getBoundingClientRect();
      expect(rect.left, code).to.be.at.least(box.left - 0.5);
      expect(rect.right, code).to.be.at.most(box.right + 0.5);
      expect(rect.top, code).to.be.at.least(box.top - 0.5);
    }
    const tip = shadow(el).querySelector('[part="tooltip"]')!.textContent!.replace(/\s+/g, ' ');
    expect(tip).to.contain('South Africa').and.contain('Virtual students: 150,000 students').and.contain('Source: netreach');
  });

  for (const width of [320, 800]) {
    it(`shows a focused member's tooltip beside it, not over it, at ${width} px (WCAG 2.4.11)`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px"><netreach-map src="/mock/valid" metric="virtual-students"></netreach-map></div>`,
      );
      const el = await drawn(wrapper.querySelector('netreach-map')!);
      expect(items(el).map((item) => codeOf(el, item))).to.include('IDN');
      for (const item of items(el)) {
        item.focus();
        await el.updateComplete;
        const tip = shadow(el).querySelector('[part="tooltip"]')!;
        expectClearOf(tip, item, codeOf(el, item)!);
        // Inside the widget, across the map's width.
        const [box, rect] = [shadow(el).querySelector('.map-box')!.getBoundingClientRect(), tip.getBoundingClientRect()];
        expect(rect.left).to.be.at.least(box.left - 0.5);
        expect(rect.right).to.be.at.most(box.right + 0.5);
        expect(rect.top).to.be.at.least(el.getBoundingClientRect().top - 0.5);
        expect(rect.bottom).to.be.at.most(el.getBoundingClientRect().bottom + 0.5);
      }
    });
  }

  it('keeps a hovered member’s tooltip while the pointer crosses to it and rests on it (WCAG 1.4.13)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 800px"><netreach-map src="/mock/valid" metric="virtual-students"></netreach-map></div>`,
    );
    const el = await drawn(wrapper.querySelector('netreach-map')!);
    const item = items(el).find((each) => codeOf(el, each) === 'PAK')!;
    const box = item.getBoundingClientRect();
    // A point on Pakistan's shape: its box's middle column, from the top down.
    let onItem: [number, number] | undefined;
    for (let y = Math.ceil(box.top); y < box.bottom && !onItem; y++) {
      const x = Math.round(box.left + box.width / 2);
      if (shadow(el).elementFromPoint(x, y) === item) onItem = [x, y];
    }
    expect(onItem, 'no point on Pakistan').to.not.equal(undefined);
    await sendMouse({ type: 'move', position: onItem! });
    await waitUntil(() => shadow(el).querySelector('[part="tooltip"]')?.textContent?.includes('Pakistan'), 'no tooltip on hover');
    await el.updateComplete;
    const tip = () => shadow(el).querySelector<HTMLElement>('[part="tooltip"]');
    const rect = tip()!.getBoundingClientRect();
    expect(rect.bottom, 'above Pakistan').to.be.at.most(box.top);
    // Straight up from the shape, the gap between the two is the tooltip's to cross.
    const gap: [number, number] = [onItem![0], Math.round((rect.bottom + box.top) / 2)];
    const there = shadow(el).elementFromPoint(...gap);
    expect(there === tip(), `<${there?.localName}> ${there?.getAttribute('class')} in the gap`).to.equal(true);
    await sendMouse({ type: 'move', position: gap });
    await el.updateComplete;
    expect(tip()?.textContent, 'gone in the gap').to.contain('Pakistan');
    await sendMouse({ type: 'move', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
    await el.updateComplete;
    expect(tip()?.textContent, 'gone on the tooltip').to.contain('Pakistan');
    // Off it, onto the page: gone.
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => !tip(), 'the tooltip stayed');
  });

  it('restyles fills on a value update without re-projecting a path', async () => {
    const data = structuredClone(EXAMPLE_NETWORK) as { members: { country: string; values: Record<string, number | null> }[] };
    const el = await map(html`<netreach-map .data=${data} metric="virtual-students"></netreach-map>`);
    const before = new Map(items(el).map((item) => [codeOf(el, item), item]));
    const paths = new Map(items(el).map((item) => [codeOf(el, item), item.getAttribute('d')]));
    const uzbClass = before.get('UZB')!.getAttribute('class');
    expect(uzbClass).to.contain('nodata');
    const next = structuredClone(data);
    next.members.forEach((member, index) => {
      member.values['virtual-students'] = member.country === 'UZB' ? 999_999 : index * 1000;
    });
    el.data = next;
    await el.updateComplete;
    for (const item of items(el)) {
      const code = codeOf(el, item);
      expect(before.get(code), code).to.equal(item); // the same element…
      expect(item.getAttribute('d'), code).to.equal(paths.get(code)); // …with the same path
    }
    expect(before.get('UZB')!.getAttribute('class')).to.contain('q4');
    expect(before.get('PAK')!.getAttribute('class')).to.contain('q0');
  });

  it('follows resizes and fills a given height', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"><netreach-map legend="none"></netreach-map></div>`);
    const el = await drawn(wrapper.querySelector('netreach-map')!);
    expect(svgOf(el)!.getAttribute('width')).to.equal('600');
    wrapper.style.width = '400px';
    await waitUntil(() => svgOf(el)?.getAttribute('width') === '400', 'the map did not follow the resize');
    // The notes and the source line under the map take their part of it.
    el.style.height = '600px';
    await waitUntil(() => Number(svgOf(el)?.getAttribute('height')) > 400, 'the map did not fill the given height');
    expect(el.getBoundingClientRect().height).to.equal(600);
  });

  it('renders nothing heavy while hidden (loading, with its data) and draws when shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: none; width: 500px"><netreach-map></netreach-map></div>`);
    const el = wrapper.querySelector('netreach-map')!;
    await waitUntil(() => shadow(el).querySelector('[part="table-toggle"]'), 'its data never came');
    await frames(2); // the ResizeObserver has reported the hidden box's zero size, and any render it asked for ran
    expect(await el.updateComplete).to.equal(false);
    expect(el.state).to.equal('loading');
    expect(svgOf(el)).to.equal(null);
    wrapper.style.display = 'block';
    await drawn(el);
    expect(svgOf(el)!.getAttribute('width')).to.equal('500');
  });

  for (const projection of ['equal-earth', 'natural-earth', 'mercator', 'orthographic']) {
    it(`renders the ${projection} projection`, async () => {
      const el = await map(html`<netreach-map projection=${projection} style="width: 500px"></netreach-map>`);
      const svg = svgOf(el)!;
      expect(svg.querySelector('.land')!.getAttribute('d')!.length).to.be.greaterThan(1000);
      expect(svg.querySelector('.sphere') !== null).to.equal(projection === 'orthographic');
      const shown = items(el).length;
      // A globe shows the near side: most members, not all.
      if (projection === 'orthographic') expect(shown).to.be.within(30, 57);
      else expect(shown).to.equal(57);
      const land = svg.querySelector('.land')!.getBoundingClientRect();
      const frame = svg.getBoundingClientRect();
      expect(land.width).to.be.greaterThan(frame.width * 0.6);
    });
  }

  it('draws 56 great-circle arcs from Pakistan in reach mode', async () => {
    const el = await map(html`<netreach-map mode="reach" home="PAK"></netreach-map>`);
    const arcs = [...shadow(el).querySelectorAll('.arc')];
    expect(arcs.length).to.equal(56);
    for (const arc of arcs) expect(arc.getAttribute('d')).to.match(/^M/);
    // A path length of 1 on each: the stylesheet's draw-in runs the same on every arc.
    for (const arc of arcs) expect(arc.getAttribute('pathLength')).to.equal('1');
    // Painted by class, as the stylesheet (and forced colours) say: no inline paint, no opacity attribute.
    for (const arc of arcs) expect([arc.getAttribute('style'), arc.getAttribute('opacity')]).to.deep.equal([null, null]);
    // Reused, not drawn again, when the selection changes (its draw-in would run again).
    el.selected = 'IRN';
    await el.updateComplete;
    expect(shadow(el).querySelector('.arc')).to.equal(arcs[0]);
    expect(shadow(el).querySelector('.home-dot')).not.to.equal(null);
    expect(shadow(el).querySelector('#summary')!.textContent).to.match(/^Our network reaches 56 countries from Pakistan/);
    // And where everyone reads it: the first note under the map.
    const note = shadow(el).querySelector<HTMLElement>('[part="note"]')!;
    expect(note.textContent).to.match(/^Our network reaches 56 countries from Pakistan\./);
    expect(note.getBoundingClientRect().height).to.be.above(0);
  });

  it('zooms to a region and shows only its members', async () => {
    const el = await map(html`<netreach-map region="europe-and-america"></netreach-map>`);
    expect(items(el).map((item) => codeOf(el, item))).to.deep.equal(['ALB', 'GUY', 'SUR']);
    const suriname = items(el).find((item) => codeOf(el, item) === 'SUR')!;
    expect(suriname.localName).to.equal('path'); // big enough for its shape at this zoom
    expect(shadow(el).querySelector('[part="legend"]')!.textContent).to.contain('Europe and America (3)');
  });

  it('emphasises highlighted members', async () => {
    const el = await map(html`<netreach-map highlight="PAK TUR"></netreach-map>`);
    expect(shadow(el).querySelectorAll('.emphasis').length).to.equal(2);
    expect(items(el).filter((item) => item.classList.contains('dimmed')).length).to.equal(55);
  });

  it('speaks Persian: localized names, native digits, mirrored legend', async () => {
    const el = await map(html`<netreach-map lang="fa" src="/mock/valid" metric="virtual-students" legend="side"></netreach-map>`);
    const labels = items(el).map((item) => item.getAttribute('aria-label'));
    expect(labels).to.include('پاکستان، آسیا و اقیانوسیه، دانشجویان مجازی: ۴۲۰٬۰۰۰');
    const legend = shadow(el).querySelector<HTMLElement>('[part="legend"]')!;
    expect(legend.textContent).to.match(/[۰-۹]/).and.not.match(/[0-9]/);
    expect(shadow(el).querySelector('[part="frame"]')!.getAttribute('dir')).to.equal('rtl');
    // Side legend on the left in right-to-left.
    expect(legend.getBoundingClientRect().right).to.be.at.most(svgOf(el)!.getBoundingClientRect().left + 1);
    expect(shadow(el).querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('نمایش به صورت جدول');
  });

  it('mirrors in Urdu as in Persian: side legend on the left, Urdu names and text, Latin digits unless asked', async () => {
    const el = await map(html`<netreach-map lang="ur" legend="side"></netreach-map>`);
    expect(shadow(el).querySelector('[part="frame"]')!.getAttribute('dir')).to.equal('rtl');
    const legend = shadow(el).querySelector<HTMLElement>('[part="legend"]')!;
    expect(legend.getBoundingClientRect().right).to.be.at.most(svgOf(el)!.getBoundingClientRect().left + 1);
    expect(legend.textContent).to.contain('27');
    expect(items(el).map((item) => item.getAttribute('aria-label'))).to.include('پاکستان، ایشیا اور اوشیانا');
    expect(shadow(el).querySelector('#summary')!.textContent).to.match(/^خطے کے لحاظ سے 57 رکن ممالک کا نقشہ: /);
    expect(shadow(el).querySelector('[part="table-toggle"]')!.textContent!.trim()).to.equal('جدول کی صورت میں دکھائیں');
    const urduDigits = await map(html`<netreach-map lang="ur-u-nu-arabext"></netreach-map>`);
    expect(shadow(urduDigits).querySelector('#summary')!.textContent).to.contain('۵۷').and.not.match(/[0-9]/);
  });

  it("keeps a side legend's title and entries out of the menu button's corner, unless a badge above it does", async () => {
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const [lang, src, dataset, width] of [
      ['fa', '', '', 360],
      ['en', '/mock/valid', '', 360],
      ['en', '', 'silk-road', 396],
      ['fa', '', 'silk-road', 296],
    ] as const) {
      const wrapper = await fixture<HTMLDivElement>(
        // embed.html's font, as wide as a page's system font: in it the silk-road legend's title reaches the corner.
        html`<div style="width: ${width}px; font-family: system-ui, sans-serif">
          <netreach-map lang=${lang} legend="side" src=${src || nothing} dataset=${dataset || nothing}></netreach-map>
        </div>`,
      );
      const el = await drawn(wrapper.querySelector('netreach-map')!);
      const label = `${lang} ${src || dataset || 'cinvu'}`;
      const button = shadow(el).querySelector('[part~="menu-button"]')!.getBoundingClientRect();
      const entries = [...shadow(el).querySelectorAll('[part="legend"] li')].map((each) => each.getBoundingClientRect());
      expect(entries.length, label).to.be.above(0);
      expect(
        entries.filter((entry) => overlaps(entry, button)),
        `${label}: entries under the button`,
      ).to.deep.equal([]);
      // The title ("Member countries") wraps before the button.
      expect(textUnderMenuButton(shadow(el)), `${label}: text under the button`).to.deep.equal([]);
      // Under the badge the legend starts below the button already: its title keeps its own height.
      const title = shadow(el).querySelector('[part="legend"] .title')!.getBoundingClientRect();
      if (src) expect(title.height, `${label}: the title's row`).to.be.below(button.height);
    }
  });

  it('speaks Arabic with Arabic-Indic digits', async () => {
    const el = await map(html`<netreach-map lang="ar"></netreach-map>`);
    expect(items(el).map((item) => item.getAttribute('aria-label'))).to.include('باكستان، آسيا وأوقيانوسيا');
    expect(shadow(el).querySelector('[part="legend"]')!.textContent).to.contain('٢٧');
    expect(shadow(el).querySelector('#summary')!.textContent).to.contain('٥٧');
  });

  it('shows the same data as a real table behind a toggle button', async () => {
    const el = await map(html`<netreach-map src="/mock/valid" metric="virtual-students"></netreach-map>`);
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(el).querySelector('table')).to.equal(null);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const table = shadow(el).querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.deep.equal([
      'Country',
      'Region',
      'Virtual students',
    ]);
    expect(table.querySelectorAll('tbody tr').length).to.equal(28);
    const mex = [...table.querySelectorAll('tbody tr')].find((row) => row.textContent!.includes('Mexico'))!;
    expect(mex.querySelector('td.number')!.textContent).to.equal('No data');
    await expect(el).to.be.accessible();
  });

  it('names an unknown metric in an alert', async () => {
    const el = document.createElement('netreach-map');
    el.setAttribute('metric', 'graduates');
    document.body.append(el);
    await waitUntil(() => el.state === 'error');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.equal(
      'Unknown metric "graduates" (countries, virtual-students, digital-universities)',
    );
    el.remove();
  });

  it('matches the golden SVG of CINVU in Equal Earth at 800 px', async () => {
    const el = await map(html`<netreach-map legend="none" style="width: 800px"></netreach-map>`);
    await expectGolden('map-cinvu', svgOf(el)!);
  });

  it('matches the golden SVG of the example dataset coloured by a metric at 600 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><netreach-map .data=${EXAMPLE_NETWORK} metric="virtual-students" legend="none"></netreach-map></div>`,
    );
    const el = await drawn(wrapper.querySelector('netreach-map')!);
    await expectGolden('map-example-metric', svgOf(el)!);
  });

  it('forgets the focused member when new data draws none: no focus ring when the member comes back', async () => {
    const el = await map(html`<netreach-map .data=${CINVU}></netreach-map>`);
    items(el)[0]!.focus();
    // From the keyboard: the ring shows.
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    // Compared as text: chai's message for an element that fails stalls the browser.
    expect(Boolean(shadow(el).querySelector('.focus-ring')), 'the ring shows').to.equal(true);
    // No members (empty), then data it refuses (an error): no item to give focus back to.
    for (const [gone, state] of [
      [{ ...(CINVU as object), members: [] }, 'empty'],
      [{ version: 1 }, 'error'],
    ] as const) {
      el.data = gone;
      await waitUntil(() => el.state === state, `state never became ${state} (was ${el.state})`);
      el.data = CINVU;
      await drawn(el);
      expect(active(el)?.outerHTML ?? null, `after ${state}: nothing has focus`).to.equal(null);
      expect(shadow(el).querySelector('.focus-ring')?.outerHTML ?? null, `after ${state}: no ring`).to.equal(null);
      items(el)[0]!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
    }
  });
});

describe('<netreach-map> files', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  const cinvu = validateDataset(CINVU);
  const example = validateDataset(EXAMPLE_NETWORK);
  const silkRoad = validateDataset(SILK_ROAD);
  const texts = (markup: string) =>
    [...new DOMParser().parseFromString(markup, 'image/svg+xml').querySelectorAll('text')].map((node) =>
      node.textContent!.replace(/[\u202b\u202c]/g, ''),
    );

  for (const { name, lang, options, data } of [
    { name: 'CINVU in English', lang: 'en', options: {}, data: cinvu },
    { name: 'CINVU in Persian', lang: 'fa', options: {}, data: cinvu },
    { name: 'CINVU on a globe', lang: 'en', options: { projection: 'orthographic' }, data: cinvu },
    { name: 'CINVU in reach mode, in Mercator', lang: 'ar', options: { projection: 'mercator', mode: 'reach', home: 'PAK' }, data: cinvu },
    {
      name: 'the example by a metric, zoomed to a region',
      lang: 'en',
      options: { metric: 'virtual-students', region: 'middle-east-north-africa' },
      data: example,
    },
    { name: 'highlighted, without a legend, in Urdu', lang: 'ur', options: { highlight: 'PAK TUR', legend: 'none' }, data: cinvu },
    // `netreach render map --selected pak` (a member's code in any case, as the element reads it).
    { name: 'a member selected', lang: 'en', options: { selected: 'pak' }, data: cinvu },
    { name: "a deck's step, a member selected, in Persian", lang: 'fa', options: { step: 1, selected: 'IRN' }, data: cinvu },
    { name: 'no region stepped in yet', lang: 'en', options: { step: 0 }, data: cinvu },
    // China a member by inference: its note and its member's name are the file's too.
    { name: 'a member listed by inference (Silk Road), in Persian', lang: 'fa', options: {}, data: silkRoad },
  ]) {
    it(`toSVG() is the command line's file: ${name}`, async () => {
      const el = await map(html`<netreach-map
        lang=${lang}
        .data=${data}
        projection=${options.projection ?? 'equal-earth'}
        mode=${options.mode ?? 'default'}
        home=${options.home ?? nothing}
        metric=${options.metric ?? nothing}
        region=${options.region ?? nothing}
        highlight=${options.highlight ?? nothing}
        legend=${options.legend ?? 'bottom'}
        selected=${options.selected ?? nothing}
        step=${options.step ?? nothing}
      ></netreach-map>`);
      const file = await el.toSVG({ width: 960, height: 540, theme: 'light' });
      expect(file).to.equal(await renderSvg('map', data, { width: 960, height: 540, lang, ...options }));
    });
  }

  it('writes the legend and each source once (the browser file had no legend and named a source twice)', async () => {
    const el = await map(html`<netreach-map></netreach-map>`);
    const lines = texts(await el.toSVG({ width: 960, height: 540 }));
    for (const expected of ['Member countries', 'Regions', 'Asia and Oceania (27)', 'Africa and Arab (27)', 'Europe and America (3)'])
      expect(lines, expected).to.include(expected);
    // How the regions were assigned is said under the map.
    expect(lines.join(' ')).to.contain('inferred');
    const sources = lines.filter((line) => line.startsWith('Sources: ') || /^[A-Z][^:]*\)$/.test(line)).join(' ');
    expect(sources.match(/CINVU \(Public Relations\)/g)).to.have.length(1);
  });

  it('paints "No data" on the page with the pattern the files and the element define', async () => {
    const el = await map(html`<netreach-map .data=${EXAMPLE_NETWORK} metric="virtual-students"></netreach-map>`);
    expect(shadow(el).querySelector(`pattern#${HATCH_ID}`)).to.not.equal(null);
    const mexico = items(el).find((item) => codeOf(el, item) === 'MEX')!;
    expect(getComputedStyle(mexico).fill).to.contain(`#${HATCH_ID}`);
  });

  it('matches the golden file of CINVU at 600 × 400', async () => {
    const el = await map(html`<netreach-map></netreach-map>`);
    const file = new DOMParser().parseFromString(await el.toSVG({ width: 600, height: 400, theme: 'light' }), 'image/svg+xml');
    await expectGolden('map-cinvu-file', file.documentElement);
    // Right to left (Persian), the file test/cli/same-file.test.mjs compares with the command line's.
    const persian = await map(html`<netreach-map lang="fa"></netreach-map>`);
    const persianFile = await persian.toSVG({ width: 600, height: 400, theme: 'light' });
    await expectGolden('map-cinvu-fa-file', new DOMParser().parseFromString(persianFile, 'image/svg+xml').documentElement);
    // Arabic in the dark theme: its digits and commas, and the labels' halos in the theme's background.
    const arabic = await map(html`<netreach-map lang="ar"></netreach-map>`);
    const arabicFile = await arabic.toSVG({ width: 600, height: 400, theme: 'dark' });
    await expectGolden('map-cinvu-ar-dark-file', new DOMParser().parseFromString(arabicFile, 'image/svg+xml').documentElement);
  });
});
