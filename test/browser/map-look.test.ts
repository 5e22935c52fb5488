// The map's colours on a page that sets no `theme` (issue 14): land and borders follow the page (its text colour
// and colour scheme), not an assumed white, so a dark page gets dark land. Then the classes in forced colours.
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachMap } from '../../src/map/map.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { waitUntil } from '../helpers/wait.js';

/** A computed colour as [r, g, b, alpha] (0–255, alpha 0–1): rgb(), rgba(), color(srgb …) or a grey oklch(). */
function parse(colour: string): [number, number, number, number] {
  const grey = /^oklch\(([\d.e-]+) 0 (?:[\d.e-]+|none)(?: \/ ([\d.e-]+))?\)$/.exec(colour);
  if (grey) {
    // Achromatic OKLab: linear-light luminance is L³; back to an sRGB channel value.
    const linear = Number(grey[1]) ** 3;
    const channel = 255 * (linear <= 0.0031308 ? 12.92 * linear : 1.055 * linear ** (1 / 2.4) - 0.055);
    return [channel, channel, channel, grey[2] === undefined ? 1 : Number(grey[2])];
  }
  const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/.exec(colour);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)/.exec(colour);
  if (!rgb) throw new Error(`unparsed colour ${colour}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
}

/** The colour seen over `background` (an opaque [r, g, b]), as relative luminance (0 black – 1 white). */
function seen(colour: string, background: [number, number, number]): number {
  const [r, g, b, alpha] = parse(colour);
  const over = [r, g, b].map((channel, index) => channel * alpha + background[index]! * (1 - alpha));
  const linear = over.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
}

async function mapOn(style: string): Promise<NetreachMap> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 600px; ${style}"><netreach-map .data=${CINVU}></netreach-map></div>`,
  );
  const el = wrapper.querySelector('netreach-map')!;
  await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('svg[part="chart"] .land'), 'the map never drew');
  return el;
}

const part = (el: NetreachMap, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);

describe('<netreach-map> without a theme', () => {
  it('draws dark land on a dark page, darker than the members, whatever its colour scheme says', async () => {
    const page: [number, number, number] = [17, 17, 17];
    const el = await mapOn('background: #111; color: #eee');
    const land = seen(part(el, '.land').fill, page);
    // The page's text at 11 % over the page: a dark grey (luminance ≈ 0.08), not the near-white of a mix with white.
    expect(land).to.be.below(0.15);
    expect(land).to.be.above(seen('rgb(17, 17, 17)', page));
  });

  it("draws borders in the page's colour scheme's background on a dark page that says it is dark", async () => {
    const page: [number, number, number] = [17, 17, 17];
    const el = await mapOn('background: #111; color: #eee; color-scheme: dark');
    expect(seen(part(el, '.borders').stroke, page)).to.be.below(0.05);
    expect(seen(part(el, '.land').fill, page)).to.be.below(0.15);
    // The tooltip reads on it: the scheme's background and text.
    const tooltip = el.shadowRoot!.querySelector('[part="tooltip"]');
    if (tooltip) expect(seen(getComputedStyle(tooltip).color, page)).to.be.above(0.5);
  });

  it('draws dark borders on a dark page that does not say it is dark (its Canvas is white)', async () => {
    const page: [number, number, number] = [17, 17, 17];
    const el = await mapOn('background: #111; color: #eee');
    expect(seen(part(el, '.borders').stroke, page)).to.be.below(0.05);
    const land = seen(part(el, '.land').fill, page);
    expect(seen(part(el, '.borders').stroke, page)).to.be.below(land);
  });

  it('looks as before on a light page: light grey land, white borders', async () => {
    const page: [number, number, number] = [255, 255, 255];
    const el = await mapOn('background: #fff; color: #1b1f24');
    expect(seen(part(el, '.land').fill, page)).to.be.within(0.7, 0.85);
    expect(seen(part(el, '.borders').stroke, page)).to.be.above(0.95);
  });
});

/** Where a drawn map's members are: each item (a shape, or a symbol's hit area) and the mark its fill is on. */
function members(el: NetreachMap): { item: SVGElement; painted: SVGElement }[] {
  return [...el.shadowRoot!.querySelectorAll<SVGElement>('[role="option"]')].map((item) => ({
    item,
    painted: item.classList.contains('symbol') ? (item.nextElementSibling as SVGElement) : item,
  }));
}

/** The colour class a member's mark is painted by (map.drawn.styles.ts: `r1`, `q2`, `nodata`…). */
const classOf = (mark: Element) => [...mark.classList].find((name) => /^(r\d|q\d|nodata)$/.test(name));

describe('<netreach-map> in forced colours', () => {
  const forcedColors = (value: 'active' | 'none') =>
    executeServerCommand('media-features', { features: [{ name: 'forced-colors', value }] });
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await forcedColors('active');
  });
  after(async () => {
    await forcedColors('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  for (const [what, data, metric, count] of [
    ['regions', CINVU, undefined, 3],
    ["a metric's five classes", EXAMPLE_NETWORK, 'virtual-students', 5],
  ] as const) {
    it(`keeps ${what} apart, each legend swatch painted as its members`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 600px"><netreach-map .data=${data} metric=${metric ?? nothing}></netreach-map></div>`,
      );
      const el = wrapper.querySelector('netreach-map')!;
      await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('[role="option"]'), 'the map never drew');
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const byClass = new Map<string, Set<string>>();
      for (const { painted } of members(el)) {
        const name = classOf(painted);
        if (!name || name === 'nodata') continue;
        if (!byClass.has(name)) byClass.set(name, new Set());
        byClass.get(name)!.add(getComputedStyle(painted).fill);
      }
      expect(byClass.size, [...byClass.keys()].join()).to.be.at.least(count);
      // One fill per class, and a different one for each.
      for (const [name, fills] of byClass) expect([...fills], name).to.have.length(1);
      const fills = [...byClass.values()].map((each) => [...each][0]!);
      expect(new Set(fills).size, fills.join(' | ')).to.equal(byClass.size);
      // The legend's swatches are the members' colours, class by class, outlined in the text colour.
      const swatches = [...el.shadowRoot!.querySelectorAll('[part="legend"] rect')];
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      let matched = 0;
      for (const swatch of swatches) {
        const fills = byClass.get(classOf(swatch) ?? '');
        if (!fills) continue;
        expect(getComputedStyle(swatch).fill, classOf(swatch)).to.equal([...fills][0]);
        expect(getComputedStyle(swatch).stroke, classOf(swatch)).to.equal(canvasText);
        matched++;
      }
      expect(matched).to.equal(byClass.size);
      // The land's coasts are drawn in the text colour: Canvas land on the page's Canvas had none.
      expect(part(el, '.land').stroke).to.equal(canvasText);
      expect(parseFloat(part(el, '.land').strokeWidth)).to.be.at.least(1);
    });
  }
});
