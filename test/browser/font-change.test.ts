import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/bars/define.js';
import '../../src/regions/define.js';
import '../../src/trend/define.js';
import { waitUntil, frames } from '../helpers/wait.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { textOverlaps, type TextBox } from '../helpers/assertions.js';

/**
 * Text measured once must stay right: a widget moved under a font of another width, or whose font changes where it
 * is, lays its text out again in the widths of the font it is drawn in.
 */
const NARROW = "'Liberation Sans Narrow', sans-serif";
const WIDE = "'DejaVu Sans Mono', monospace";

const box = (element: Element): TextBox => {
  const { left, right, top, bottom } = element.getBoundingClientRect();
  return { left, right, top, bottom, text: element.textContent ?? '' };
};

/** The drawn texts' boxes, and the chart's. */
function texts(el: Element): { chart: TextBox; texts: TextBox[] } {
  const svg = el.shadowRoot!.querySelector('svg[part="chart"]')!;
  return { chart: box(svg), texts: [...svg.querySelectorAll('text')].map(box).filter((each) => each.text.trim()) };
}

/** No text spills out of the chart, and no two overlap (by more than a pixel: a glyph box's rounding). */
function expectLaidOut(el: Element, what: string, least = 3): void {
  const { chart, texts: boxes } = texts(el);
  expect(boxes.length, `${what}: texts`).to.be.at.least(least);
  for (const each of boxes) {
    expect(each.left, `${what}: "${each.text}" left of the chart`).to.be.at.least(chart.left - 1);
    expect(each.right, `${what}: "${each.text}" right of the chart`).to.be.at.most(chart.right + 1);
  }
  expect(textOverlaps(boxes).join('\n'), `${what}: texts overlapping`).to.equal('');
}

async function drawn(el: Element & { state?: string; updateComplete: Promise<unknown> }) {
  await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('svg[part="chart"] text'), 'never drawn');
  await el.updateComplete;
}

/** Waits until `el` has drawn again and settled (a ResizeObserver's report, then its frame's update). */
async function settled(el: Element & { updateComplete: Promise<unknown> }) {
  await frames(3);
  await el.updateComplete;
}

// The regions' legend is HTML, which wraps by itself: their drawn text is the unit's line.
const WIDGETS = [
  ['bars', html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="universities" group-by="country" limit="8"></netreach-bars>`, 3],
  ['bars by region', html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="virtual-students"></netreach-bars>`, 3],
  ['regions', html`<netreach-regions></netreach-regions>`, 1],
  ['trend', html`<netreach-trend></netreach-trend>`, 3],
] as const;

describe('text widths follow the font the text is drawn in', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const [name, template, least] of WIDGETS) {
    for (const width of [320, 600, 1000]) {
      it(`${name} at ${width} px, moved from a narrow font to a wide one and back`, async () => {
        const page = await fixture<HTMLDivElement>(html`<div>
          <div class="narrow" style="width: ${width}px; font-family: ${NARROW}">${template}</div>
          <div class="wide" style="width: ${width}px; font-family: ${WIDE}"></div>
        </div>`);
        const el = page.querySelector<HTMLElement & { state: string; updateComplete: Promise<unknown> }>('.narrow > *')!;
        await drawn(el);
        expectLaidOut(el, 'narrow', least);
        page.querySelector('.wide')!.append(el);
        await settled(el);
        expectLaidOut(el, 'moved to the wide font', least);
        page.querySelector('.narrow')!.append(el);
        await settled(el);
        expectLaidOut(el, 'moved back', least);
      });
    }
  }

  it('lays the bars out again when --netreach-font changes where they are (a theme switch), and when stretched', async () => {
    const page = await fixture<HTMLDivElement>(html`<div style="width: 600px; --netreach-font: ${NARROW}">
      <netreach-bars .data=${EXAMPLE_NETWORK} metric="universities" group-by="country" limit="8"></netreach-bars>
    </div>`);
    const el = page.querySelector<HTMLElement & { state: string; updateComplete: Promise<unknown> }>('netreach-bars')!;
    await drawn(el);
    page.style.setProperty('--netreach-font', WIDE);
    await settled(el);
    expectLaidOut(el, '--netreach-font changed');
    page.style.setProperty('--netreach-font', "'DejaVu Sans', sans-serif");
    page.style.fontStretch = 'condensed';
    await settled(el);
    page.style.fontStretch = 'normal';
    await settled(el);
    expectLaidOut(el, 'font-stretch back to normal');
    el.style.letterSpacing = '4px';
    await settled(el);
    expectLaidOut(el, 'letter-spacing 4px');
  });

  it('prepares nothing again when a move keeps the font, and measures again when it does not', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div class="a" style="width: 600px; font-family: ${NARROW}"><netreach-bars .data=${EXAMPLE_NETWORK}></netreach-bars></div>
      <div class="b" style="width: 600px; font-family: ${NARROW}"></div>
      <div class="c" style="width: 600px; font-family: ${WIDE}"></div>
    </div>`);
    type Prepared = HTMLElement & { state: string; updateComplete: Promise<unknown>; prepared?: object; chart?: object };
    const el = page.querySelector<Prepared>('netreach-bars')!;
    await drawn(el);
    await settled(el);
    const { prepared, chart } = el;
    page.querySelector('.b')!.append(el);
    await settled(el);
    expect(el.prepared === prepared && el.chart === chart, 'the same scene and chart').to.equal(true);
    page.querySelector('.c')!.append(el);
    await settled(el);
    expect(el.prepared !== prepared && el.chart !== chart, 'a scene and chart of the wide font').to.equal(true);
  });

  // The font sample is Latin: a web font for another script (a unicode-range face) arriving leaves it as wide, so only
  // the document's fonts' `loadingdone` tells the widget its Persian labels have new widths.
  it('lays Persian bars out again when a web font for Arabic script arrives, which leaves the Latin sample as wide', async () => {
    const family = 'Late Vazirmatn';
    const page = await fixture<HTMLDivElement>(html`<div style="width: 600px; --netreach-font: '${family}', ${NARROW}">
      <netreach-bars lang="fa" .data=${EXAMPLE_NETWORK} metric="universities" group-by="country" limit="8"></netreach-bars>
    </div>`);
    type Prepared = HTMLElement & { state: string; updateComplete: Promise<unknown>; prepared?: object };
    const el = page.querySelector<Prepared>('netreach-bars')!;
    await drawn(el);
    await settled(el);
    const { prepared } = el;
    const sample = () => el.shadowRoot!.querySelector('.probe')!.getBoundingClientRect().width;
    const before = sample();
    const face = new FontFace(family, 'url(/node_modules/vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf)', {
      unicodeRange: 'U+0600-06FF, U+FB50-FDFF, U+FE70-FEFF',
    });
    document.fonts.add(face);
    try {
      await face.load();
      await settled(el);
      expect(sample(), "the Latin sample's width").to.equal(before);
      expect(el.prepared !== prepared, 'a scene of the arrived font').to.equal(true);
      expectLaidOut(el, 'the Arabic-script font arrived');
    } finally {
      document.fonts.delete(face);
    }
  });
});
