// The map's colours on a page that sets no `theme` (issue 14): land and borders follow the page (its text colour
// and colour scheme), not an assumed white, so a dark page gets dark land. Then the classes in forced colours, and
// the focus ring on every fill.
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachMap } from '../../src/map/map.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { waitUntil } from '../helpers/wait.js';

/** Linear-light sRGB (0–1) as a 0–255 channel. */
const encode = (linear: number) => 255 * (linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.max(0, linear) ** (1 / 2.4) - 0.055);

/** A computed colour as [r, g, b, alpha] (0–255, alpha 0–1): rgb(), rgba(), color(srgb …), oklab() or a grey oklch(). */
function parse(colour: string): [number, number, number, number] {
  // What color-mix() in oklab computes to (the metric's classes).
  const oklab = /^oklab\(([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(colour);
  if (oklab) {
    const [L, a, b] = [Number(oklab[1]), Number(oklab[2]), Number(oklab[3])];
    const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
    const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
    const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
    return [
      encode(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
      encode(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
      encode(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
      oklab[4] === undefined ? 1 : Number(oklab[4]),
    ];
  }
  const grey = /^oklch\(([\d.e-]+) 0 (?:[\d.e-]+|none)(?: \/ ([\d.e-]+))?\)$/.exec(colour);
  if (grey) {
    // Achromatic OKLab: linear-light luminance is L³; back to an sRGB channel value.
    const channel = encode(Number(grey[1]) ** 3);
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

/** WCAG's contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const white: [number, number, number] = [255, 255, 255];
  const [light, dark] = [seen(a, white), seen(b, white)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
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

  it('draws every background-coloured stroke dark on a dark page that does not say it is dark', async () => {
    const page: [number, number, number] = [17, 24, 39];
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px; background: #111827; color: #e5e7eb">
        <button>before</button><netreach-map .data=${CINVU} selected="IRN"></netreach-map>
      </div>`,
    );
    const el = wrapper.querySelector('netreach-map')!;
    await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('.selected-halo'), 'the map never drew its selection');
    // The halo round the selected member, the members' outlines, the symbols' rings: the background, never Canvas's white.
    for (const selector of ['.selected-halo', '.borders', '.member:not(.symbol)', '.dot'])
      expect(seen(part(el, selector).stroke, page), selector).to.be.below(0.2);
    // The selected member's outline is the page's light text, on that dark halo.
    expect(seen(part(el, '.selected-ring').stroke, page)).to.be.above(0.7);
    // The focus ring's line of the background too, inside its band of the light text.
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.focus-ring').length === 2, 'no focus ring');
    const [band, line] = [...el.shadowRoot!.querySelectorAll('.focus-ring')].map((ring) => getComputedStyle(ring).stroke);
    expect(seen(line!, page)).to.be.below(0.2);
    expect(seen(band!, page)).to.be.above(0.7);
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

describe("<netreach-map>'s focus ring", () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const theme of ['light', 'dark']) {
    for (const [what, data, metric] of [
      ['region', CINVU, undefined],
      ['metric class', EXAMPLE_NETWORK, 'virtual-students'],
    ] as const) {
      it(`stands at 3:1 or more on every ${what}'s fill in the ${theme} theme`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 600px"><button>before</button><netreach-map .data=${data} metric=${metric ?? nothing} theme=${theme}></netreach-map></div>`,
        );
        const el = wrapper.querySelector('netreach-map')!;
        await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('[role="option"]'), 'the map never drew');
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        // A member of each colour class, focused in turn (after the keyboard's Tab, each is :focus-visible).
        const firstOfClass = new Map<string, { item: SVGElement; painted: SVGElement }>();
        for (const each of members(el)) {
          const name = classOf(each.painted);
          if (name && name !== 'nodata' && !firstOfClass.has(name)) firstOfClass.set(name, each);
        }
        expect(firstOfClass.size).to.be.at.least(metric ? 5 : 3);
        for (const [name, { item, painted }] of firstOfClass) {
          item.focus();
          await waitUntil(() => {
            const ring = el.shadowRoot!.querySelector('.focus-ring');
            const at = item.localName === 'path' ? 'd' : 'cx';
            return ring?.getAttribute(at) === item.getAttribute(at);
          }, `no focus ring on ${name}`);
          const fill = getComputedStyle(painted).fill;
          const rings = [...el.shadowRoot!.querySelectorAll('.focus-ring')].map((ring) => getComputedStyle(ring));
          const tones = rings.map((ring) => ring.stroke);
          const best = Math.max(...tones.map((tone) => contrast(tone, fill)));
          expect(best, `${name} ${fill}: ${tones.join(' / ')}`).to.be.at.least(3);
          // Two tones 9:1 apart (WCAG's technique C40): one of them is at 3:1 or more on any fill, not only these.
          expect(Math.max(...tones.map((a) => Math.max(...tones.map((b) => contrast(a, b))))), tones.join(' / ')).to.be.at.least(9);
          // Dashed, every tone alike, so that a selection under it shows between the dashes (a symbol's is round it).
          expect(new Set(rings.map((ring) => ring.strokeDasharray)).size).to.equal(1);
          if (item.localName === 'path') expect(rings[0]!.strokeDasharray).not.to.equal('none');
        }
      });
    }
  }

  it('rings a focused dot as the bars ring a bar: 2 px of each tone round it, solid, from its edge or its selection’s', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><button>before</button><netreach-map></netreach-map></div>`,
    );
    const el = wrapper.querySelector('netreach-map')!;
    await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('[role="option"].symbol'), 'the map drew no dot');
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    // Each tone's reach from the dot's centre, less the dot's radius: "inner–outer width dashes".
    const ring = async () => {
      const symbol = el.shadowRoot!.querySelector<SVGCircleElement>('[role="option"].symbol')!;
      symbol.focus();
      await waitUntil(() => el.shadowRoot!.querySelector('.focus-ring')?.getAttribute('cx') === symbol.getAttribute('cx'), 'no ring');
      const dot = (symbol.nextElementSibling as SVGCircleElement).r.baseVal.value;
      return [...el.shadowRoot!.querySelectorAll<SVGCircleElement>('.focus-ring')].map((each) => {
        const style = getComputedStyle(each);
        const half = parseFloat(style.strokeWidth) / 2;
        const r = each.r.baseVal.value - dot;
        return `${r - half}–${r + half} ${style.strokeWidth} ${style.strokeDasharray}`;
      });
    };
    // A band of the text colour outside a line of the background, from the dot's edge (its 1 px stroke's outside).
    // It was a 6 px dashed band reaching 9 px past the dot (3–9 6px 8px, 5px): twice the dot's size.
    expect(await ring()).to.deep.equal(['2.5–4.5 2px none', '0.5–2.5 2px none']);
    // Selected, outside the selection's ring (2.5 px wide, 2 px out): that ring shows whole.
    el.selected = el.shadowRoot!.querySelector('[role="option"].symbol')!.getAttribute('data-item')!;
    await el.updateComplete;
    expect(await ring()).to.deep.equal(['5–7 2px none', '3–5 2px none']);
  });
});
