import { expect } from '@open-wc/testing';
import { mixOklab, mixSrgb, PALETTES, regionColour, shadeColour } from '../../src/core/palette.js';
import { renderSvg, RenderError } from '../../src/static/index.js';
import {
  attributes,
  escapeXml,
  fitText,
  FONT_FAMILY,
  fontFamily,
  measureText,
  physicalAnchor,
  textContent,
  wrapText,
} from '../../src/static/svg.js';
import { validateDataset } from '../../src/core/validate.js';
import { lineSpacing } from '../../src/core/locale.js';
import { CINVU } from '../../src/generated/cinvu.js';

const cinvu = validateDataset(CINVU);

/** Parses `markup` as XML; fails the test when it is not well-formed. */
function parse(markup: string): Document {
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
  return doc;
}

describe('static SVG helpers', () => {
  it('escapes markup characters and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).to.equal('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u0008c\u001fd')).to.equal('abcd');
    // Bidi embeddings and overrides in data could reorder the slide's own text; its isolates are closed where it ends.
    expect(escapeXml('x\u202ey\u2067z')).to.equal('xy\u2067z\u2069');
    expect(escapeXml('x\u2069y')).to.equal('xy');
    expect(escapeXml('\ud800x')).to.equal('x');
    expect(escapeXml('😀 کشور')).to.equal('😀 کشور');
  });

  it('writes attributes with rounded numbers and leaves out empty ones', () => {
    expect(attributes({ x: 1.23456, y: -0.001, fill: 'a"b', hidden: undefined, off: false })).to.equal(' x="1.23" y="0" fill="a&quot;b"');
  });

  it('wraps right-to-left text in an embedding and mirrors anchors', () => {
    expect(textContent('منبع: CINVU', true)).to.equal('\u202bمنبع: CINVU\u202c');
    expect(textContent('Source', false)).to.equal('Source');
    expect(physicalAnchor('start', true)).to.equal('end');
    expect(physicalAnchor('end', true)).to.equal('start');
    expect(physicalAnchor('middle', true)).to.equal('middle');
    expect(physicalAnchor('start', false)).to.equal('start');
  });

  it('estimates widths that grow with the text and the weight, and fits and wraps to them', () => {
    expect(measureText('Pakistan', 10)).to.be.within(30, 50);
    expect(measureText('Pakistan', 20)).to.be.closeTo(2 * measureText('Pakistan', 10), 0.001);
    expect(measureText('Pakistan', 10, 700)).to.be.greaterThan(measureText('Pakistan', 10));
    expect(measureText('کشورهای عضو', 10)).to.be.within(40, 70);
    const cut = fitText('COMSTECH Inter-Islamic Network on Virtual Universities', 100, 10);
    expect(cut.endsWith('…')).to.equal(true);
    expect(measureText(cut, 10)).to.be.at.most(100);
    const lines = wrapText('one two three four five six seven eight nine ten', 60, 10, 400, 2);
    expect(lines).to.have.length(2);
    expect(lines[0]).to.equal('one two three');
    expect(lines[1]!.endsWith('…')).to.equal(true);
  });
});

describe('static SVG: scripts beyond Vazirmatn', () => {
  it('names the font stack of each language: Nastaliq for Urdu, Noto for Bengali, Chinese and Russian', () => {
    expect(fontFamily('ur')).to.match(/^'Noto Nastaliq Urdu', /);
    expect(fontFamily('ur-u-nu-arabext')).to.equal(fontFamily('ur'));
    expect(fontFamily('bn-BD')).to.match(/^'Noto Sans Bengali', /);
    expect(fontFamily('zh-Hant-TW')).to.match(/^'Noto Sans SC', 'Noto Sans CJK SC', /);
    expect(fontFamily('ru')).to.match(/^'Noto Sans', /);
    // Azerbaijani in Cyrillic script (ә, ҹ, ј…), which Vazirmatn lacks: the Cyrillic stack.
    for (const lang of ['az-Cyrl', 'az-Cyrl-AZ']) expect(fontFamily(lang)).to.equal(fontFamily('ru'));
    for (const lang of ['en', 'fa', 'ar', 'fr', 'tr', 'ms', 'id', 'az', 'pt', 'xx']) expect(fontFamily(lang)).to.equal(FONT_FAMILY);
    // Each stack still ends in Vazirmatn and a generic family, for the Persian and Arabic of a dataset's names.
    for (const lang of ['ur', 'bn', 'zh', 'ru']) expect(fontFamily(lang)).to.match(/Vazirmatn, (Tahoma, )?sans-serif$/);
  });

  it('estimates an ideograph an em wide, and Bengali vowel signs narrower than letters', () => {
    expect(measureText('成员国', 10)).to.be.closeTo(30, 0.001);
    expect(measureText('দেশ', 10)).to.be.lessThan(3 * measureText('দ', 10));
    expect(measureText('দেশ', 10)).to.be.greaterThan(2 * measureText('দ', 10));
    // Under a letter, u and the virama take no room.
    expect(measureText('দু', 10)).to.equal(measureText('দ', 10));
  });

  it('estimates Latin wider in the files whose font stack starts with a Noto face (Urdu, Bengali, Chinese, Russian)', () => {
    const name = 'Organisation of Islamic Cooperation';
    const english = measureText(name, 10);
    // HarfBuzz: 16.80 em in Noto Nastaliq Urdu, 16.97 in Noto Sans Bengali, 16.70 in Noto Sans SC: at least the widest.
    for (const locale of ['ur', 'bn', 'zh', 'ru', 'zh-Hans']) {
      expect(measureText(name, 10, 400, locale), locale).to.be.closeTo(english * 1.08, 0.001);
      expect(measureText(name, 1, 400, locale), locale).to.be.at.least(16.97);
    }
    for (const locale of ['en', 'fa', 'ar', 'tr', undefined]) expect(measureText(name, 10, 400, locale), String(locale)).to.equal(english);
    // Their own scripts keep their estimates.
    expect(measureText('成员国', 10, 400, 'zh')).to.be.closeTo(30, 0.001);
    expect(measureText('ممالک', 10, 400, 'ur')).to.equal(measureText('ممالک', 10));
    // A line that fits in English breaks in Chinese: "United" goes to the next line, within the width.
    const sources = '来源: CINVU (Public Relations); National Library and Archives of Iran (Public Relations); United';
    const width = measureText(sources, 15) + 1;
    expect(wrapText(sources, width, 15, 400, 2)).to.have.length(1);
    const lines = wrapText(sources, width, 15, 400, 2, 'zh');
    expect(lines).to.have.length(2);
    for (const line of lines) expect(measureText(line, 15, 400, 'zh')).to.be.at.most(width);
    expect(fitText(sources, width, 15, 400, 'zh')).to.match(/…$/);
  });

  it('sets Urdu’s lines further apart, and its images’ frame follows', async () => {
    expect(lineSpacing('ur')).to.be.greaterThan(1);
    expect(lineSpacing('fa')).to.equal(1);
    const titleY = (markup: string) => Number(/<text x="[\d.]+" y="([\d.]+)" font-size="34" font-weight="700"/.exec(markup)![1]);
    const ur = await renderSvg('regions', cinvu, { lang: 'ur', width: 960, height: 540 });
    const fa = await renderSvg('regions', cinvu, { lang: 'fa', width: 960, height: 540 });
    expect(titleY(ur)).to.be.greaterThan(titleY(fa));
  });
});

describe('palette', () => {
  it('holds the light and dark values of the base styles', () => {
    expect(PALETTES.light.bg).to.equal('#ffffff');
    expect(PALETTES.dark.bg).to.equal('#15191e');
    expect(regionColour(PALETTES.light, 1)).to.equal('#0072b2');
    expect(regionColour(PALETTES.light, 9)).to.equal('#0072b2');
    expect(regionColour(PALETTES.dark, 3)).to.equal('#009e73');
  });

  it('mixes colours like color-mix()', () => {
    expect(mixSrgb('#000000', '#ffffff', 0.5)).to.equal('#808080');
    expect(mixOklab('#ff0000', '#ff0000', 0.3)).to.equal('#ff0000');
    expect(mixOklab('#000000', '#ffffff', 0)).to.equal('#ffffff');
    // The map's classes run from the low to the high colour.
    expect(shadeColour(PALETTES.light, 0)).to.equal('#9ed8c8');
    expect(shadeColour(PALETTES.light, 4)).to.equal('#0b4f4a');
    const middle = shadeColour(PALETTES.light, 2);
    expect(middle).not.to.equal('#9ed8c8');
    expect(middle).not.to.equal('#0b4f4a');
  });
});

describe('renderSvg', () => {
  it('draws a well-formed standalone SVG of the asked size for every widget', async () => {
    for (const widget of ['stat', 'map', 'bars', 'regions', 'trend']) {
      const markup = await renderSvg(widget, cinvu, { width: 960, height: 540 });
      const svg = parse(markup).documentElement;
      expect(svg.getAttribute('width'), widget).to.equal('960');
      expect(svg.getAttribute('height'), widget).to.equal('540');
      expect(svg.querySelector('title')?.textContent, widget).to.match(/^COMSTECH Inter-Islamic Network on Virtual Universities: /);
      expect(markup, widget).not.to.match(/class=|var\(--|<style/);
    }
  });

  // On a slide of another colour, anything painted in the theme's background shows: light rims round the trend's
  // labels (their halos) and light discs for its hollow dots. A transparent file paints none; the slide shows through.
  it("paints nothing in the theme's background in a transparent file: labels' and dots' holes show the slide", async () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const type of ['line', 'area']) {
        const options = { metric: 'virtual-students', type, theme, width: 960, height: 540 };
        const opaque = await renderSvg('trend', cinvu, options);
        const markup = await renderSvg('trend', cinvu, { ...options, background: 'transparent' });
        const bg = PALETTES[theme].bg;
        const what = `${theme} ${type}`;
        // The opaque file's halos and dots are the background, as the page's; the transparent one has none of it.
        expect(opaque.includes(`stroke="${bg}"`) && opaque.includes(`fill="${bg}"`), what).to.equal(true);
        expect(markup.toLowerCase().includes(bg.toLowerCase()), what).to.equal(false);
        const doc = parse(markup);
        const labels = [...parse(opaque).querySelectorAll('text[stroke]')].map((text) => text.textContent);
        expect(labels.length, what).to.be.greaterThan(1);
        // Each label once, unstroked, drawn over the rest (in no knocked-out group); one hole a label and a dot.
        const drawn = [...doc.querySelectorAll('text')].filter((text) => labels.includes(text.textContent));
        expect(
          drawn.map((text) => text.textContent),
          what,
        ).to.deep.equal(labels);
        expect(
          drawn.some((text) => text.hasAttribute('stroke') || text.closest('[clip-path^="url(#netreach-knockout"]')),
          what,
        ).to.equal(false);
        expect(doc.querySelectorAll('clipPath[id^="netreach-knockout-"]').length, what).to.equal(labels.length * 2);
        // The pixels: a dot's middle, where the line (and the area) ran under its background-coloured fill, is clear.
        const host = document.createElement('div');
        host.append(document.importNode(doc.documentElement, true));
        document.body.append(host);
        const box = host.firstElementChild!.getBoundingClientRect();
        const centres = [...host.querySelectorAll('circle')].map((circle) => {
          const rect = circle.getBoundingClientRect();
          return [Math.round(rect.x + rect.width / 2 - box.x), Math.round(rect.y + rect.height / 2 - box.y)] as const;
        });
        host.remove();
        expect(centres.length, what).to.equal(labels.length);
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
        await image.decode();
        const canvas = new OffscreenCanvas(960, 540);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        for (const [x, y] of centres) expect(context.getImageData(x, y, 1, 1).data[3], `${what}: the dot at ${x},${y}`).to.equal(0);
      }
    }
  });

  // The map's separations (borders between countries, members' and dots' outlines, the selected member's halo) are
  // the theme's background on the page: on a slide of another colour they were light lines across the map.
  it("paints the map's separations in no theme background in a transparent file: dots' outlines show the slide", async () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const extra of [{}, { mode: 'reach', home: 'PAK', selected: 'BHR', highlight: 'IRN' }]) {
        const options = { theme, width: 960, height: 540, ...extra };
        const opaque = await renderSvg('map', cinvu, options);
        const markup = await renderSvg('map', cinvu, { ...options, background: 'transparent' });
        const { bg, border } = PALETTES[theme];
        const what = `${theme} ${JSON.stringify(extra)}`;
        expect(opaque.includes(`stroke="${bg}"`), what).to.equal(true);
        expect(markup.toLowerCase().includes(bg.toLowerCase()), what).to.equal(false);
        const doc = parse(markup);
        // Borders between countries lie on land only: they are drawn in the frames' colour.
        expect(doc.querySelector('path[stroke-width]')?.getAttribute('stroke'), what).to.equal(border);
        // Each dot's outline (and the home dot's, the selected dot's halo) is a ring cut out of what lies under it, one
        // clip path each, the dot itself unstroked.
        const rings = [...parse(opaque).querySelectorAll(`circle[stroke="${bg}"]`)].length;
        expect(rings, what).to.be.greaterThan(10);
        expect(doc.querySelectorAll('clipPath[id^="netreach-knockout-"]').length, what).to.equal(rings);
        expect(doc.querySelectorAll('circle[stroke]:not([fill="none"])').length, what).to.equal(0);
        if (!('selected' in extra)) continue;
        // The selected dot's halo (6 px of the background round it, under its ring) is clear: the slide shows.
        const host = document.createElement('div');
        host.append(document.importNode(doc.documentElement, true));
        document.body.append(host);
        const box = host.firstElementChild!.getBoundingClientRect();
        const circle = [...host.querySelectorAll('g > title')].find((title) =>
          title.textContent?.startsWith('Bahrain'),
        )!.nextElementSibling!;
        const rect = circle.getBoundingClientRect();
        const [x, y] = [Math.round(rect.x + rect.width / 2 - box.x), Math.round(rect.y - box.y - 4.5)];
        host.remove();
        for (const [file, alpha] of [
          [opaque, 255],
          [markup, 0],
        ] as const) {
          const image = new Image();
          image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(file.replace(`<rect width="960" height="540" fill="${bg}"/>`, ''))}`;
          await image.decode();
          const canvas = new OffscreenCanvas(960, 540);
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          expect(context.getImageData(x, y, 1, 1).data[3], `${what}: ${alpha ? 'opaque' : 'transparent'} at ${x},${y}`).to.equal(alpha);
        }
      }
    }
  });

  // Ink measured with HarfBuzz in Noto Nastaliq Urdu: the bold title rises 1.81 em above its baseline, the
  // network's name reaches 0.37 em below its own.
  it('sets an Urdu title clear of the network’s name above it', async () => {
    const doc = parse(await renderSvg('stat', cinvu, { lang: 'ur', metric: 'virtual-students', width: 800, height: 450 }));
    const [kicker, title] = [...doc.querySelectorAll('text')].slice(0, 2).map((text) => ({
      y: Number(text.getAttribute('y')),
      size: Number(text.getAttribute('font-size')),
    }));
    expect(title!.y - 1.81 * title!.size).to.be.at.least(kicker!.y + 0.37 * kicker!.size);
  });

  it('lays out right-to-left slides from the right', async () => {
    const doc = parse(await renderSvg('bars', cinvu, { lang: 'fa', width: 960, height: 540 }));
    const title = [...doc.querySelectorAll('text')].find((text) => text.getAttribute('font-weight') === '700');
    expect(title?.getAttribute('text-anchor')).to.equal('end');
    expect(Number(title?.getAttribute('x'))).to.be.greaterThan(900);
    expect(title?.textContent).to.equal('\u202bکشورهای عضو به تفکیک منطقه\u202c');
  });

  it('names a source’s publisher as the article does on a Persian slide, in English on the others', async () => {
    const persian = 'روابط عمومی سازمان اسناد و کتابخانه ملی';
    const english = 'National Library and Archives of Iran (Public Relations)';
    const text = async (lang: string) =>
      [...parse(await renderSvg('trend', cinvu, { lang, metric: 'virtual-students', width: 1280, height: 720 })).querySelectorAll('text')]
        .map((line) => line.textContent)
        .join('\n');
    const [fa, en] = [await text('fa'), await text('en')];
    expect(fa.includes(persian), 'Persian').to.equal(true);
    expect(fa.includes(english), 'no English in Persian').to.equal(false);
    expect(en.includes(english), 'English').to.equal(true);
    expect(en.includes(persian), 'no Persian in English').to.equal(false);
  });

  it('rejects unknown widgets, metrics, options and sizes with a RenderError', async () => {
    const attempts: [string, Record<string, string | number>, string][] = [
      ['pie', {}, 'unknown-widget'],
      ['stat', { metric: 'nope' }, 'unknown-metric'],
      ['stat', { width: 10 }, 'bad-option'],
      ['bars', { sort: 'random' }, 'bad-option'],
      ['stat', { type: 'donut' }, 'bad-option'],
    ];
    for (const [widget, options, code] of attempts) {
      let error: unknown;
      try {
        await renderSvg(widget, cinvu, options);
      } catch (caught) {
        error = caught;
      }
      expect(error, `${widget} ${JSON.stringify(options)}`).to.be.instanceOf(RenderError);
      expect((error as RenderError).code).to.equal(code);
    }
  });
});
