// "Presenter-mode text is ≥ 18 px on a 1280 × 720 slide": every widget with `presenter`, 1200 px wide on a
// 1280 × 720 slide of a page whose type is the browser's 16 px, and the size each of its text nodes is drawn at —
// the computed font size of its element, times the scale of the SVG's coordinate system for SVG text (a chart
// drawn in a viewBox and stretched to its box draws its 10 px text smaller or larger than 10 px).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { drawnText, netreachElements as elements } from '../helpers/drawn-text.js';
import { frames, waitUntil } from '../helpers/wait.js';

const MINIMUM = 18;

/** Each widget as a slide would show it. */
const WIDGETS: [string, TemplateResult][] = [
  ['stat', html`<netreach-stat presenter metric="virtual-students"></netreach-stat>`],
  ['map', html`<netreach-map presenter></netreach-map>`],
  ['bars', html`<netreach-bars presenter></netreach-bars>`],
  ['regions (waffle)', html`<netreach-regions presenter></netreach-regions>`],
  ['regions (donut)', html`<netreach-regions presenter type="donut"></netreach-regions>`],
  ['trend', html`<netreach-trend presenter metric="virtual-students"></netreach-trend>`],
  ['table', html`<netreach-table presenter></netreach-table>`],
  // Its own text (title, headings, selection, sources); its parts are the widgets above, passed `presenter`.
  ['dashboard', html`<netreach-dashboard presenter></netreach-dashboard>`],
];

/** The size a text node is drawn at, in CSS px. */
function drawnSize(text: Text): number {
  const element: Element = text.parentElement!;
  const size = parseFloat(getComputedStyle(element).fontSize);
  if (!(element instanceof SVGElement)) return size;
  const graphic = element instanceof SVGGraphicsElement ? element : element.closest('svg')!;
  const ctm = graphic.getScreenCTM()!;
  return size * Math.sqrt(Math.abs(ctm.a * ctm.d - ctm.b * ctm.c));
}

/** The texts drawn under the presenter minimum, each named by its host, part, start and size. */
function tooSmall(texts: Text[]): string[] {
  return texts
    .map((text) => ({ text, size: drawnSize(text) }))
    .filter(({ size }) => size < MINIMUM - 0.05)
    .map(({ text, size }) => {
      const host = (text.getRootNode() as ShadowRoot).host?.localName ?? '';
      const part = text.parentElement!.closest('[part]')?.getAttribute('part') ?? text.parentElement!.localName;
      return `${host} ${part}: "${text.data.trim().slice(0, 24)}" ${size.toFixed(1)} px`;
    });
}

describe('presenter mode on a 1280 × 720 slide', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const [name, widget] of WIDGETS) {
    it(`draws every text of ${name} at ${MINIMUM} px or more`, async () => {
      const slide = await fixture<HTMLDivElement>(
        html`<div style="width: 1280px; height: 720px; font-size: 16px; overflow: hidden; display: grid; place-items: center">
          <div style="width: 1200px">${widget}</div>
        </div>`,
      );
      await waitUntil(
        () => elements(slide).length > 0 && elements(slide).every((each) => each.state === 'ready'),
        () => `${name} never became ready: ${elements(slide).map((each) => `${each.localName} ${each.state}`)}`,
      );
      await Promise.all(elements(slide).map((each) => each.updateComplete));
      await frames(3);
      // The dashboard's own text: its parts' is each widget's test.
      const texts = drawnText(slide).filter(
        (text) => name !== 'dashboard' || (text.getRootNode() as ShadowRoot).host?.localName === 'netreach-dashboard',
      );
      expect(texts.length, name).to.be.above(0);
      const small = tooSmall(texts);
      expect(small, name).to.deep.equal([]);
    });
  }
});

// A dashboard on a 1920 × 1080 slide (reveal.js's size for a full-HD deck), as a whole: its own text and every
// part's, each part following the dashboard's presenter setting. At the dashboard's three-column width its parts
// are a third to two thirds of it, and their charts' SVG text was drawn at 11.5–12 px.
describe('presenter mode: a dashboard on a 1920 × 1080 slide', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it(`draws every text of the dashboard and its parts at ${MINIMUM} px or more`, async () => {
    const slide = await fixture<HTMLDivElement>(
      html`<div style="width: 1920px; font-size: 16px">
        <netreach-dashboard presenter controls="none"></netreach-dashboard>
      </div>`,
    );
    await waitUntil(
      () => elements(slide).length > 5 && elements(slide).every((each) => each.state === 'ready'),
      () => `never ready: ${elements(slide).map((each) => `${each.localName} ${each.state}`)}`,
    );
    await Promise.all(elements(slide).map((each) => each.updateComplete));
    await frames(3);
    const texts = drawnText(slide);
    const hosts = new Set(texts.map((text) => (text.getRootNode() as ShadowRoot).host?.localName));
    expect([...hosts].sort()).to.include.members(['netreach-dashboard', 'netreach-map', 'netreach-bars', 'netreach-regions']);
    const small = tooSmall(texts);
    expect(small).to.deep.equal([]);
  });
});
