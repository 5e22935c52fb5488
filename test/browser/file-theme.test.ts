/**
 * "Download what I see": the browser's files (toSVG(), toPNG(), the menu's downloads) take the colours and font a
 * page's `--netreach-*` properties give the widget; without them a file is the command line's, whatever else the
 * page sets (its font and text colour included).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../../src/bars/define.js';
import type { NetreachBars } from '../../src/bars/bars.js';
import '../../src/regions/define.js';
import '../../src/trend/define.js';
import '../../src/map/define.js';
import type { NetreachMap } from '../../src/map/map.js';
import type { NetreachTrend } from '../../src/trend/trend.js';
import type { NetreachRegions } from '../../src/regions/regions.js';
import { mixSrgb, PALETTES } from '../../src/core/palette.js';
import type { Dataset } from '../../src/core/types.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { filePalette } from '../../src/scene/render.js';
import { renderSvg } from '../../src/static/index.js';
import { fontFamily } from '../../src/static/svg.js';
import { normalizeIds } from '../helpers/scene-file.js';
import { waitUntil } from '../helpers/wait.js';

const SIZE = { width: 600, height: 400 };

/** A drawn `<netreach-regions>` (a donut: its first slice is region 1's) in a box styled `style`, with `theme` if given. */
async function regions(style: string, theme?: string): Promise<NetreachRegions> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style=${`width: 600px; ${style}`}><netreach-regions type="donut" theme=${theme ?? nothing}></netreach-regions></div>`,
  );
  const el = wrapper.firstElementChild as NetreachRegions;
  await waitUntil(() => el.state === 'ready', 'never ready');
  await el.updateComplete;
  return el;
}

/** The command line's file of the same widget. */
const cliFile = (el: NetreachRegions, theme: 'light' | 'dark') =>
  renderSvg('regions', el.currentDataset as Dataset, { type: 'donut', ...SIZE, lang: el.locale, theme });

/** A widget drawn from `template` in a 600 px box styled `style`, once its shadow root has `mark`. */
async function drawn<T extends NetreachBars | NetreachTrend | NetreachMap>(template: unknown, style: string, mark: string): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: 600px; ${style}`}>${template}</div>`);
  const el = wrapper.firstElementChild as T;
  await waitUntil(() => el.state === 'ready' && el.shadowRoot?.querySelector(mark), 'never drawn');
  await el.updateComplete;
  return el;
}

/** The colour `property` of what matches `selector` in `el`'s shadow root, as the page paints it. */
const painted = (el: Element, selector: string, property: 'fill' | 'stroke') =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((node) => getComputedStyle(node).getPropertyValue(property));

/** How many of `tag`'s elements in `svg` have `attribute="value"`. */
const count = (svg: string, tag: string, attribute: string, value: string) =>
  [...svg.matchAll(new RegExp(`<${tag}\\s[^>]*\\b${attribute}="${value}"`, 'g'))].length;

/** A computed colour (`rgb(…)`, `rgba(…)`, `color(srgb …)`) as `#rrggbb`, `#rrggbbaa` where translucent. */
function hex(colour: string): string {
  const scale = colour.startsWith('color(srgb') ? 255 : 1;
  const [r, g, b, a] = colour.match(/[\d.]+/g)!.map(Number);
  const byte = (c: number) => Math.round(c).toString(16).padStart(2, '0');
  return `#${[r!, g!, b!].map((c) => byte(c * scale)).join('')}${a === undefined ? '' : byte(a * 255)}`;
}

/**
 * A colour as the file writes it: `fill="#rrggbb"`, and where translucent `fill="#rrggbb" fill-opacity="a"` (its
 * alpha byte to three decimals), as SVG 1.1 tools read it (not `#rrggbbaa`). Attributes may stand between the two.
 */
function fillOf(colour: string): RegExp {
  const value = hex(colour);
  if (value.length === 7) return new RegExp(`\\sfill="${value}"`);
  const alpha = Math.round((Number.parseInt(value.slice(7), 16) / 255) * 1000) / 1000;
  return new RegExp(`\\sfill="${value.slice(0, 7)}"[^>]*\\sfill-opacity="${alpha}"`);
}

const fills = (svg: string) => [...new Set([...svg.matchAll(/\sfill="([^"]+)"/g)].map((match) => match[1]))];

/** `el`'s PNG at 1 device pixel per CSS pixel, as RGBA bytes. */
async function pngPixels(el: NetreachRegions): Promise<Uint8ClampedArray> {
  const bitmap = await createImageBitmap(await el.toPNG({ ...SIZE, scale: 1 }));
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

describe('files in the colours the page gives a widget', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('takes the region colours, the accent, the text, the background and the font that --netreach-* set', async () => {
    const el = await regions(
      '--netreach-region-1: rgb(1, 2, 3); --netreach-accent: #a1b2c3; --netreach-color: #333333; --netreach-background: hsl(60 100% 97%); --netreach-font: Georgia, serif',
    );
    const svg = await el.toSVG(SIZE);
    const used = fills(svg);
    expect(used).to.include('#010203');
    expect(used).to.not.include(PALETTES.light.regions[0]);
    // The network's name above the title is in the accent.
    expect(used).to.include('#a1b2c3');
    expect(used).to.include('#333333');
    expect(used).to.include('#fffff0');
    // Secondary text follows the page's text and background, as on the page.
    expect(used).to.include(mixSrgb('#333333', '#fffff0', 0.62));
    expect(svg).to.contain(`font-family="Georgia, serif, ${fontFamily('en')}"`);
    // Everything else is the command line's file.
    const page = filePalette('light', { 'region-1': '#010203', accent: '#a1b2c3', color: '#333333', background: '#fffff0' });
    let cli = (await cliFile(el, 'light')).replace(/font-family="/, '$&Georgia, serif, ');
    for (const key of ['fg', 'bg', 'muted', 'border', 'land', 'accent'] as const)
      cli = cli.replaceAll(`"${PALETTES.light[key]}"`, `"${page[key]}"`);
    cli = cli.replaceAll(`"${PALETTES.light.regions[0]}"`, '"#010203"');
    expect(normalizeIds(svg)).to.equal(normalizeIds(cli));
  });

  it('draws the PNG in them too', async () => {
    const el = await regions('--netreach-region-1: rgb(1, 2, 3)');
    const bitmap = await createImageBitmap(await el.toPNG({ ...SIZE, scale: 1 }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let exact = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i] === 1 && pixels[i + 1] === 2 && pixels[i + 2] === 3) exact++;
    expect(exact).to.be.greaterThan(500);
  });

  it('leaves a colour the file cannot take to the theme: unknown or the text colour', async () => {
    const el = await regions('--netreach-accent: not-a-colour; --netreach-region-1: currentColor');
    expect(normalizeIds(await el.toSVG({ ...SIZE, theme: 'light' }))).to.equal(normalizeIds(await cliFile(el, 'light')));
  });

  it("writes the command line's file without --netreach-* properties, whatever font and colours the page has", async () => {
    const el = await regions('font-family: Georgia, serif; color: #444; background: #fafafa; letter-spacing: 2px');
    expect(normalizeIds(await el.toSVG(SIZE))).to.equal(normalizeIds(await cliFile(el, 'light')));
  });

  it('keeps them in the dark theme of theme="auto" on a dark system', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const plain = await regions('', 'auto');
    expect(normalizeIds(await plain.toSVG(SIZE))).to.equal(normalizeIds(await cliFile(plain, 'dark')));
    const themed = await regions('--netreach-region-1: rgb(1, 2, 3)', 'auto');
    const used = fills(await themed.toSVG(SIZE));
    expect(used).to.include('#010203');
    expect(used).to.include(PALETTES.dark.bg);
    expect(used).to.not.include(PALETTES.dark.regions[0]);
  });

  it('keeps a translucent colour translucent, in the SVG and the PNG, and what follows the text at that much', async () => {
    const el = await regions(
      '--netreach-background: rgb(0 0 0 / 50%); --netreach-color: rgb(255 255 255 / 80%); --netreach-region-1: #0102037f',
    );
    const style = getComputedStyle(el);
    const svg = await el.toSVG(SIZE);
    // The ground and the title are the host's own background and text colour, alpha and all.
    // As `#rrggbb` and an opacity, which SVG 1.1 tools read (slide software drops `#rrggbbaa` or draws it opaque).
    expect(hex(style.backgroundColor)).to.equal('#00000080');
    expect(svg).to.match(
      /^<svg[^>]*><title>[^<]*<\/title>(<desc>[^<]*<\/desc>)?<rect width="600" height="400" fill="#000000" fill-opacity="0.502"\/>/,
    );
    expect(hex(style.color)).to.equal('#ffffffcc');
    expect(count(svg, 'text', 'fill-opacity', '0.8')).to.be.greaterThan(0);
    expect(svg).to.match(new RegExp(`<text[^>]*${fillOf(style.color).source}`));
    // The first slice is painted as the page paints it.
    const slice = painted(el, '[data-item] path, [data-item] circle, [data-item] rect', 'fill')[0]!;
    expect(slice).to.equal('rgba(1, 2, 3, 0.498)');
    expect(svg).to.match(fillOf(slice));
    // Secondary text: the text at 62 % of its own alpha (0.8 × 0.62 × 255 = 126, 0.494), not mixed with a ground the file cannot see.
    expect(svg).to.match(/<text[^>]*\sfill="#ffffff"[^>]*\sfill-opacity="0.494"/);
    expect(svg).to.not.match(/#[\da-f]{8}"/);
    const pixels = await pngPixels(el);
    // The top-left corner shows the ground alone: black at half alpha.
    expect([...pixels.slice(0, 4)]).to.deep.equal([0, 0, 0, 128]);
    // A colour in another space or mixed (the canvas says them as such) as sRGB.
    const mixed = await regions(
      '--netreach-region-1: color-mix(in srgb, rgb(10 20 30) 50%, rgb(30 40 50)); --netreach-region-2: oklch(0.6 0.15 30)',
    );
    const [first, second] = painted(mixed, '[data-item] path, [data-item] circle, [data-item] rect', 'fill');
    expect(first).to.equal('color(srgb 0.0784314 0.117647 0.156863)');
    expect(second).to.match(/^oklch/);
    const pixel = new OffscreenCanvas(1, 1).getContext('2d')!;
    pixel.fillStyle = second!;
    pixel.fillRect(0, 0, 1, 1);
    expect(fills(await mixed.toSVG(SIZE))).to.include.members([
      '#141e28',
      hex(`rgb(${pixel.getImageData(0, 0, 1, 1).data.slice(0, 3).join(' ')})`),
    ]);
    const transparent = await regions('--netreach-background: transparent');
    expect(await transparent.toSVG(SIZE)).to.contain('<rect width="600" height="400" fill="#000000" fill-opacity="0"/>');
    expect((await pngPixels(transparent))[3]).to.equal(0);
  });

  it('draws the dark theme without a theme under light text, as the widget then shows dark colours', async () => {
    const el = await regions('color: #eeeeee; background: #111111');
    // The widget's first slice is the dark theme's region 1 (src/base/theme.ts, by the text's lightness)…
    expect(hex(painted(el, '[data-item] path, [data-item] circle, [data-item] rect', 'fill')[0]!)).to.equal(PALETTES.dark.regions[0]);
    // …and the file is the command line's dark one.
    expect(normalizeIds(await el.toSVG(SIZE))).to.equal(normalizeIds(await cliFile(el, 'dark')));
    // A page that follows a dark system with `color-scheme`, the widget without `theme`: the same.
    await emulateMedia({ colorScheme: 'dark' });
    const system = await regions('color-scheme: light dark; color: CanvasText; background: Canvas');
    expect(normalizeIds(await system.toSVG(SIZE))).to.equal(normalizeIds(await cliFile(system, 'dark')));
    // `toSVG({ theme })` still says which.
    expect(normalizeIds(await system.toSVG({ ...SIZE, theme: 'light' }))).to.equal(normalizeIds(await cliFile(system, 'light')));
  });

  it("draws the map's borders in --netreach-map-border and its arcs in --netreach-map-arc, where the page draws them", async () => {
    const template = html`<netreach-map mode="reach" home="PAK"></netreach-map>`;
    const el = await drawn<NetreachMap>(template, '--netreach-map-border: rgb(1, 2, 3); --netreach-map-arc: rgb(4, 5, 6)', '.arc');
    const arcs = painted(el, '.arc', 'stroke');
    expect(arcs.length).to.be.greaterThan(1);
    expect(new Set(arcs)).to.deep.equal(new Set(['rgb(4, 5, 6)']));
    expect(painted(el, '.home-dot', 'fill')).to.deep.equal(['rgb(4, 5, 6)']);
    for (const selector of ['.borders', '.home-dot', 'path.member', '.dot'])
      expect(new Set(painted(el, selector, 'stroke')), selector).to.deep.equal(new Set(['rgb(1, 2, 3)']));
    const svg = await el.toSVG({ ...SIZE, theme: 'light' });
    expect(count(svg, 'path', 'stroke', '#040506')).to.equal(arcs.length);
    expect(count(svg, 'circle', 'fill', '#040506')).to.equal(1);
    // The borders, every member's outline and the home's ring.
    expect(count(svg, 'path', 'stroke', '#010203') + count(svg, 'circle', 'stroke', '#010203')).to.be.greaterThan(arcs.length);
    const cli = await renderSvg('map', el.currentDataset as Dataset, {
      ...SIZE,
      lang: el.locale,
      theme: 'light',
      mode: 'reach',
      home: 'PAK',
    });
    expect(cli).to.not.contain('#010203');
    const back = svg.replaceAll('"#010203"', `"${PALETTES.light.bg}"`).replaceAll('"#040506"', `"${PALETTES.light.accent}"`);
    expect(normalizeIds(back)).to.equal(normalizeIds(cli));
  });

  it("draws the countries' bars in --netreach-bar-color, where the page draws them", async () => {
    const template = html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="virtual-students" group-by="country" limit="5"></netreach-bars>`;
    const el = await drawn<NetreachBars>(template, '--netreach-bar-color: rgb(1, 2, 3)', '.bar');
    const bars = painted(el, '.row .bar', 'fill');
    const barColour = bars.filter((fill) => fill === 'rgb(1, 2, 3)').length;
    expect(barColour).to.be.greaterThan(0);
    const svg = await el.toSVG({ ...SIZE, theme: 'light' });
    expect(count(svg, 'rect', 'fill', '#010203')).to.equal(barColour);
    const cli = await renderSvg('bars', el.currentDataset as Dataset, {
      ...SIZE,
      lang: el.locale,
      theme: 'light',
      metric: 'virtual-students',
      'group-by': 'country',
      limit: 5,
    });
    // The bars' colour is the only difference: the accent elsewhere (the network's name) stays the theme's.
    expect(svg).to.contain(`fill="${PALETTES.light.accent}"`);
    expect(normalizeIds(svg.replaceAll('"#010203"', `"${PALETTES.light.accent}"`))).to.equal(normalizeIds(cli));
    // Without it, the bars are in the accent the page gives them, as the command line's are in the theme's.
    const plain = await drawn<NetreachBars>(template, '--netreach-accent: rgb(7, 8, 9)', '.bar');
    expect(painted(plain, '.row .bar', 'fill').filter((fill) => fill === 'rgb(7, 8, 9)').length).to.equal(barColour);
    expect(count(await plain.toSVG({ ...SIZE, theme: 'light' }), 'rect', 'fill', '#070809')).to.equal(barColour);
    const unthemed = await drawn<NetreachBars>(template, '', '.bar');
    expect(normalizeIds(await unthemed.toSVG({ ...SIZE, theme: 'light' }))).to.equal(normalizeIds(cli));
  });

  it('draws the trend in --netreach-trend-color, where the page draws it', async () => {
    const template = html`<netreach-trend></netreach-trend>`;
    const el = await drawn<NetreachTrend>(template, '--netreach-trend-color: rgb(4, 5, 6)', '[part="line"]');
    expect(painted(el, '[part="line"]', 'stroke')).to.deep.equal(['rgb(4, 5, 6)']);
    const dots = painted(el, '.dot', 'stroke');
    expect(dots.length).to.be.greaterThan(0);
    expect(dots.every((stroke) => stroke === 'rgb(4, 5, 6)')).to.equal(true);
    const svg = await el.toSVG({ ...SIZE, theme: 'light' });
    expect(count(svg, 'path', 'stroke', '#040506')).to.equal(1);
    expect(count(svg, 'circle', 'stroke', '#040506')).to.equal(dots.length);
    const cli = await renderSvg('trend', el.currentDataset as Dataset, { ...SIZE, lang: el.locale, theme: 'light' });
    expect(svg).to.contain(`fill="${PALETTES.light.accent}"`);
    expect(normalizeIds(svg.replaceAll('"#040506"', `"${PALETTES.light.accent}"`))).to.equal(normalizeIds(cli));
    const unthemed = await drawn<NetreachTrend>(template, '', '[part="line"]');
    expect(normalizeIds(await unthemed.toSVG({ ...SIZE, theme: 'light' }))).to.equal(normalizeIds(cli));
  });
});
