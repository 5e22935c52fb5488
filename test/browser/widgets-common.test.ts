/**
 * What every widget promises: exports, theme switching and accessibility in light, dark and forced colours.
 */
import { csvTable } from '../helpers/assertions.js';
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';

const forcedColors = (value: 'active' | 'none') => executeServerCommand('media-features', { features: [{ name: 'forced-colors', value }] });
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { waitUntil } from '../helpers/wait.js';
import { expectWholeUnlessWider } from '../helpers/lines.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';

const WIDGETS = ['stat', 'map', 'bars', 'regions', 'trend'];

async function widget(name: string, attributes = '', page = ''): Promise<NetreachElement> {
  const tag = unsafeStatic(`netreach-${name}`);
  const el = await fixture<NetreachElement>(
    staticHtml`<div style="width: 640px; ${unsafeStatic(page)}"><${tag} ${unsafeStatic(attributes)}></${tag}></div>`,
  );
  const inner = el.firstElementChild as NetreachElement;
  await waitUntil(() => inner.state === 'ready', `${name} not ready`);
  await inner.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return inner;
}

describe('every chart widget', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
    await forcedColors('none');
  });

  // A language whose strings are not loaded yet, one per widget: each switch waits for its chunk.
  const SWITCH_TO: Record<string, string> = { stat: 'tr', map: 'ur', bars: 'ms', regions: 'id', trend: 'bn', table: 'ru', dashboard: 'az' };
  for (const name of [...WIDGETS, 'table', 'dashboard']) {
    it(`<netreach-${name}> keeps its drawing in view while another language's strings load, then redraws in it`, async () => {
      const el = await widget(name);
      const frame = () => el.shadowRoot!.querySelector('.frame')!;
      const height = el.getBoundingClientRect().height;
      const to = SWITCH_TO[name]!;
      el.setAttribute('lang', to);
      // The page's lang observer hears of it (a microtask), and the widget starts loading the strings.
      await Promise.resolve();
      let drawnWhenComplete = '';
      const done = el.updateComplete.then((settled) => {
        drawnWhenComplete = `${settled} ${frame().getAttribute('lang')}`;
      });
      const seen: string[] = [];
      while (frame().getAttribute('lang') !== to || el.state !== 'ready') {
        // Never back to "loading": no status box, no collapse, the same language's drawing as before.
        seen.push(`${el.state} ${frame().getAttribute('lang')} ${el.shadowRoot!.querySelector('[part="status"]') ? 'status' : ''}`);
        expect(el.getBoundingClientRect().height, seen.join('; ')).to.be.closeTo(height, 1);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      expect(seen.length, 'the strings were loaded already').to.be.greaterThan(0);
      expect(new Set(seen), seen.join('; ')).to.deep.equal(new Set(['ready en ']));
      // updateComplete, asked for while the strings loaded, waited for them and the drawing in the new language.
      await done;
      expect(drawnWhenComplete).to.equal(`true ${to}`);
      expect(frame().getAttribute('lang')).to.equal(to);
      expect(frame().getAttribute('dir')).to.equal(to === 'ur' ? 'rtl' : 'ltr');
      expect(el.state).to.equal('ready');
    });
  }

  // The table and the dashboard write their files from scenes too (issue 12).
  for (const name of [...WIDGETS, 'table', 'dashboard']) {
    it(`<netreach-${name}> exports an SVG that parses and cites its source, a PNG and a CSV`, async () => {
      const el = await widget(name);
      const svg = await el.toSVG();
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      expect(doc.querySelector('parsererror'), svg.slice(0, 200)).to.equal(null);
      expect(svg).to.match(/Sources?: /);
      expect(svg).to.not.match(/<script|\son\w+=|var\(--/i);
      const png = new Uint8Array(await (await el.toPNG({ scale: 1 })).arrayBuffer());
      expect([...png.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).to.equal('PNG');
      expect(new DataView(png.buffer).getUint32(16)).to.be.greaterThan(300);
      expect(csvTable(el.toCSV()).length).to.be.greaterThan(1);
    });
  }

  // A dashboard shows a note its parts share once, and tells each part which to leave out (see dashboard.test.ts).
  for (const name of [...WIDGETS, 'table']) {
    it(`<netreach-${name}> lists the notes its data calls for and leaves out its hiddenNotes`, async () => {
      const el = await widget(name);
      const shown = () => [...el.shadowRoot!.querySelectorAll('[part="note"]')].map((note) => note.textContent!.trim());
      const notes = [...el.notes];
      expect(notes.length, name).to.be.greaterThan(0);
      expect(shown()).to.deep.equal(notes);
      el.hiddenNotes = [notes[0]!, 'a note it does not call for'];
      await el.updateComplete;
      expect(shown()).to.deep.equal(notes.slice(1));
      expect(el.notes).to.deep.equal(notes);
      el.hiddenNotes = [];
      await el.updateComplete;
      expect(shown()).to.deep.equal(notes);
    });
  }

  it('writes the links of its source line in the line’s colour, not the browser’s blue, on a dark page (every widget)', async () => {
    for (const name of [...WIDGETS, 'table', 'dashboard']) {
      const el = await widget(name, '', 'color: #e5e7eb; background: #111827');
      const roots = [el, ...el.shadowRoot!.querySelectorAll<NetreachElement>('*')].filter((each) => each.shadowRoot);
      const links = roots.flatMap((root) => [...root.shadowRoot!.querySelectorAll('[part~="source"] a')]);
      // The stat and the trend cite only sources without a link (CINVU's news releases).
      if (!['stat', 'trend'].includes(name)) expect(links.length, name).to.be.above(0);
      for (const link of links)
        expect(getComputedStyle(link).color, `${name}: ${link.textContent}`).to.equal(
          getComputedStyle(link.closest('[part~="source"]')!).color,
        );
    }
  });

  // The page's text tells a dark page, whatever its colour scheme says: the dark theme's accents there, else the
  // light one's #0f766e at 3.2:1 on #111827 (its error red under 3:1).
  it('takes the dark theme’s accents and region colours under light text, without a theme, and the light ones under dark text', async () => {
    const channels = (colour: string) => {
      const numbers = colour.match(/[\d.]+/g)!.map(Number);
      return colour.startsWith('color(') ? numbers.slice(0, 3).map((each) => Math.round(each * 255)) : numbers.slice(0, 3);
    };
    const luminance = ([r, g, b]: number[]) => {
      const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
    };
    const contrast = (a: number[], b: number[]) => {
      const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (high! + 0.05) / (low! + 0.05);
    };
    const cases = [
      { page: 'color: #e5e7eb; background: #111827', background: [17, 24, 39], accent: [45, 212, 191], region: [86, 180, 233] },
      {
        page: 'color: #e5e7eb; background: #111827; color-scheme: dark',
        background: [17, 24, 39],
        accent: [45, 212, 191],
        region: [86, 180, 233],
      },
      { page: 'color: #1f2937; background: #ffffff', background: [255, 255, 255], accent: [15, 118, 110], region: [0, 114, 178] },
    ];
    for (const { page, background, accent, region } of cases) {
      const stat = await widget('stat', '', page);
      const growth = stat.shadowRoot!.querySelector('[part="growth"]')!;
      expect(channels(getComputedStyle(growth).color), page).to.deep.equal(accent);
      expect(contrast(channels(getComputedStyle(growth).color), background), page).to.be.at.least(4.5);
      const map = await widget('map', '', page);
      const member = map.shadowRoot!.querySelector('svg[part="chart"] .r1')!;
      expect(channels(getComputedStyle(member).fill), page).to.deep.equal(region);
    }
    // A theme still decides: its own text colour and accents, on any page.
    const themed = await widget('stat', 'theme="light"', 'color: #e5e7eb; background: #111827');
    expect(channels(getComputedStyle(themed.shadowRoot!.querySelector('[part="growth"]')!).color)).to.deep.equal([15, 118, 110]);
  });

  it('says that no source is given where a dataset cites none, on the page and in its file (every widget)', async () => {
    const data = {
      version: 1,
      network: { id: 'uncited', name: 'Uncited' },
      regions: [{ id: 'a', name: 'Region A' }],
      metrics: [{ id: 'm', label: 'Students' }],
      members: [
        { country: 'PAK', region: 'a', values: { m: 10 } },
        { country: 'TUR', region: 'a', values: { m: 20 } },
      ],
      // (A published total names its source: a dataset that cites none has none; the trend has nothing to draw.)
      sources: [],
    };
    for (const name of ['stat', 'map', 'bars', 'regions', 'table']) {
      const tag = unsafeStatic(`netreach-${name}`);
      const wrapper = await fixture<HTMLElement>(staticHtml`<div style="width: 640px"><${tag} metric="m"></${tag}></div>`);
      const el = wrapper.firstElementChild as NetreachElement & { data: unknown };
      el.data = data;
      await waitUntil(() => el.state === 'ready', `${name} not ready`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="source"]')?.textContent, name).to.equal('Source: none given in the data');
      expect(await el.toSVG(), name).to.contain('Source: none given in the data');
      // Its CSV says the same, not nothing (nor the figures' own line, which the page does not show then).
      expect(el.toCSV(), name).to.contain('\n# Source: none given in the data').and.not.contain('no source given');
    }
  });

  it('<netreach-map> exports one CSV row per member', async () => {
    const el = await widget('map');
    const lines = csvTable(el.toCSV());
    expect(lines).to.have.length(58);
    expect(lines[0]!.split(',').slice(0, 3)).to.deep.equal(['country', 'name', 'region']);
  });

  it('switches theme when the attribute changes', async () => {
    const el = await widget('bars', 'theme="light"');
    const light = getComputedStyle(el).backgroundColor;
    el.theme = 'dark';
    await el.updateComplete;
    const dark = getComputedStyle(el).backgroundColor;
    expect(light).to.equal('rgb(255, 255, 255)');
    expect(dark).to.not.equal(light);
  });

  it('follows the system with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await widget('stat', 'theme="auto"');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 25, 30)');
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  // A theme paints the widget's background, a box on the page: its text and controls kept to its edges there, as
  // on a transparent one (the map's legend and source line, the bars' labels, the dashboard's title at 0 px).
  it('keeps its text and controls off the edges of the background a theme paints (every widget)', async () => {
    const texts = (root: ShadowRoot): { text: string; rect: DOMRect }[] => [
      ...[...root.querySelectorAll('*')].flatMap((each) => (each.shadowRoot ? texts(each.shadowRoot) : [])),
      ...[...root.querySelectorAll('*')]
        .filter((each) => each.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
        .flatMap((each) =>
          [...each.childNodes]
            .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())
            .flatMap((node) => {
              const range = document.createRange();
              range.selectNodeContents(node);
              return [...range.getClientRects()].map((rect) => ({ text: node.textContent!.trim().slice(0, 30), rect }));
            }),
        ),
    ];
    const close: string[] = [];
    for (const theme of ['light', 'dark'])
      for (const name of [...WIDGETS, 'table', 'dashboard']) {
        const el = await widget(name, `theme="${theme}"`, 'padding: 40px');
        const box = el.getBoundingClientRect();
        for (const { text, rect } of texts(el.shadowRoot!)) {
          const room = Math.min(rect.left - box.left, box.right - rect.right, rect.top - box.top, box.bottom - rect.bottom);
          // (Text outside the box is clipped: a scrolled table's rows, a summary for screen readers.)
          if (room >= 0 && room < 6) close.push(`${name} ${theme}: "${text}" ${Math.round(room)} px from the edge`);
        }
      }
    expect(close.join('\n')).to.equal('');
  });

  for (const theme of ['light', 'dark']) {
    for (const name of WIDGETS) {
      it(`<netreach-${name} theme="${theme}"> passes axe`, async () => {
        const el = await widget(name, `theme="${theme}"`);
        await expect(el).to.be.accessible();
      });
    }
  }

  // No theme: a widget writes in the page's text colour, its secondary text (sources, notes, axes) in that colour at
  // 75 %. At 62 %, a page written in #333 got a source line of 3.9:1, under WCAG's 4.5:1.
  for (const name of [...WIDGETS, 'table', 'dashboard']) {
    it(`<netreach-${name}> keeps its secondary text at 4.5:1 on a page whose text is #333`, async () => {
      const el = await widget(name, '', 'color: #333; background: #fff');
      await expect(el).to.be.accessible();
    });
  }

  // With no menu button to go back to, focus fell to the page's body.
  for (const name of ['bars', 'regions', 'trend']) {
    it(`<netreach-${name} controls="none"> puts focus back on its items when Escape closes View data opened from script`, async () => {
      const el = await widget(name, 'controls="none"');
      el.toggleDataView();
      const view = () => el.shadowRoot!.querySelector('[part~="data-view"]');
      await waitUntil(() => view() && el.shadowRoot!.activeElement === view(), 'focus never moved to View data');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(view()).to.equal(null);
      expect(document.activeElement?.localName).to.equal(`netreach-${name}`);
      const focused = el.shadowRoot!.activeElement;
      expect([focused?.hasAttribute('data-item'), focused?.getAttribute('tabindex')], 'focus on the items’ tab stop').to.deep.equal([
        true,
        '0',
      ]);
    });
  }

  // A KPI tile has no items: focus fell to the page's body, away from the page's button that opened the panel.
  for (const panel of ['About', 'View data']) {
    it(`<netreach-stat controls="none"> gives focus back to the page's button that opened ${panel} when Escape closes it`, async () => {
      const el = await widget('stat', 'controls="none"');
      const opener = document.createElement('button');
      opener.textContent = `Open ${panel}`;
      opener.addEventListener('click', () => (panel === 'About' ? el.toggleAbout() : el.toggleDataView()));
      el.before(opener);
      opener.focus();
      opener.click();
      const part = panel === 'About' ? 'about' : 'data-view';
      const view = () => el.shadowRoot!.querySelector(`[part~="${part}"]`);
      await waitUntil(() => view() && el.shadowRoot!.activeElement === view(), `focus never moved to ${panel}`);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(view()).to.equal(null);
      // Compared by name: chai's message for two unequal elements serializes the page and stalled the browser.
      expect(document.activeElement?.textContent, 'focus on the opener').to.equal(opener.textContent);
      opener.remove();
    });
  }

  it('uses system colours in forced-colors mode', async () => {
    await forcedColors('active');
    const el = await widget('bars', 'theme="dark"');
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    expect(getComputedStyle(el).color).to.equal(getComputedStyle(probe).color);
    probe.remove();
    await expect(el).to.be.accessible();
    await forcedColors('none');
  });
});

// A source named in the other direction from the page's (a Persian publisher on an English page, an English one on a
// Persian page) is one name: it starts a line whole where it fits on one, rather than ending one line and beginning
// the next, its words in two pieces read in two directions.
describe('the source line, a name in the other direction', () => {
  const persian = 'روابط عمومی سازمان اسناد و کتابخانه ملی';
  const english = 'National Library and Archives of Iran (Public Relations)';
  const example = EXAMPLE_NETWORK as { sources: { publisher: string }[] };
  for (const [lang, name] of [
    ['en', persian],
    ['fa', english],
  ] as const) {
    it(`keeps "${name}" whole on a ${lang} page at 180–480 px`, async () => {
      const data = { ...example, sources: example.sources.map((source) => ({ ...source, publisher: name })) };
      const moved: number[] = [];
      for (let width = 180; width <= 480; width += 20) {
        const holder = await fixture<HTMLDivElement>(
          staticHtml`<div style="width: ${width}px"><netreach-bars metric="universities" lang=${lang}></netreach-bars></div>`,
        );
        const el = holder.firstElementChild as NetreachElement;
        el.data = data as never;
        await waitUntil(() => el.state === 'ready', 'bars not ready');
        await el.updateComplete;
        const line = el.shadowRoot!.querySelector('[part="source"]')!;
        // Right to left the sources stand beside the heading (base styles): their column is the line.
        const names = expectWholeUnlessWider(
          line,
          '.sources > span, .sources > a',
          lang === 'fa' ? '.sources' : '[part="source"]',
          `${lang}, ${width} px: `,
        );
        expect(names).to.deep.equal([name]);
        // The widths the check is about: left to right, where the name starts the line under the heading ("Source:");
        // right to left, where it stands beside the heading in lines of its own (base styles).
        const heading = [...line.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
        const range = document.createRange();
        range.selectNodeContents(heading);
        const nameBoxes = [...line.querySelector('.sources > *')!.getClientRects()];
        if (
          lang === 'en'
            ? nameBoxes[0]!.top > range.getBoundingClientRect().bottom - 2
            : nameBoxes[0]!.height > 1.5 * range.getBoundingClientRect().height
        )
          moved.push(width);
      }
      expect(moved.length, 'widths where the name starts a line or takes more than one').to.be.at.least(2);
    });
  }
});
