/**
 * `ready` means the map is drawn at its real size in every layout: the chart's size (the SVG's width, height and
 * viewBox) when `netreach-ready` fires is the one it still has once the ResizeObserver has reported the drawn box and
 * every render it asked for is done, and it is the box's. Heights given, grid and flex cells, presenter maps, reveal.js
 * slides, dashboards, large type, Urdu, `legend="none"`, projections and a page's `::part(map)` rules (paddings,
 * borders, margins, heights, widths, aspect ratios). Written by s39-5 for the map's probe (a guess of the box's size
 * while it loaded, taken out in s39-10: 19 of these layouts said `ready` at a wrong size with it); the box is measured
 * once drawn, and a padded part is measured as its content box (`sizeOf()` in src/base/controllers.ts).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { countRenders, holdLoadingDelay, rendersSettled } from '../helpers/work.js';
import { frames, waitUntil } from '../helpers/wait.js';
import { heldUrl, release, requested } from '../helpers/held.js';
import { embeddedDeck } from '../helpers/deck.js';

interface Layout {
  /** Puts the map (or the widget holding it) in its place; returns what to remove, and the style sheet if any. */
  css?: string;
  html: (src: string) => string;
  reveal?: boolean;
}

const map =
  (attributes: string, style = '') =>
  (src: string) =>
    `<netreach-map src="${src}" ${attributes} style="${style}"></netreach-map>`;
const box = (style: string, inner: (src: string) => string) => (src: string) => `<div style="${style}">${inner(src)}</div>`;

/** Layouts whose drawn box is not simply the width over the world's aspect ratio: each held to its chart's size at `ready`. */
const LAYOUTS: Record<string, Layout> = {
  'a 320 px map whose ::part(map) has aspect-ratio: 2, its legend below': {
    css: '.ready-size::part(map) { aspect-ratio: 2 }',
    html: box('width: 320px', map('class="ready-size"')),
  },
  'a 400 px map whose ::part(map) has aspect-ratio: 2, legend="none"': {
    css: '.ready-size::part(map) { aspect-ratio: 2 }',
    html: box('width: 400px', map('class="ready-size" legend="none"')),
  },
  'a 400 px French map whose ::part(map) has aspect-ratio: 2': {
    css: '.ready-size::part(map) { aspect-ratio: 2 }',
    html: box('width: 400px', map('class="ready-size" lang="fr"')),
  },
  'a 560 px map whose ::part(map) has aspect-ratio: 2.5, legend="none"': {
    css: '.ready-size::part(map) { aspect-ratio: 2.5 }',
    html: box('width: 560px', map('class="ready-size" legend="none"')),
  },
  'a 400 px map given height: 300px whose ::part(map) has aspect-ratio: 2': {
    css: '.ready-size::part(map) { aspect-ratio: 2 }',
    html: box('width: 400px', map('class="ready-size"', 'height: 300px')),
  },
  'a 400 px map whose ::part(map) has aspect-ratio: 1.88, legend="none"': {
    css: '.ready-size::part(map) { aspect-ratio: 1.88 }',
    html: box('width: 400px', map('class="ready-size" legend="none"')),
  },
  'a 400 px French map, legend="none"': { html: box('width: 400px', map('legend="none" lang="fr"')) },
  'a 560 px map, legend="none"': { html: box('width: 560px', map('legend="none"')) },
  'a 560 px map': { html: box('width: 560px', map('')) },
  'a 300 px map, legend="none"': { html: box('width: 300px', map('legend="none"')) },
  'a 400 px map': { html: box('width: 400px', map('')) },
  'a 400 px map, legend="none"': { html: box('width: 400px', map('legend="none"')) },
  'a 333.3 px map': { html: box('width: 333.3px', map('')) },
  'a 599 px map': { html: box('width: 599px', map('')) },
  'a 400 px orthographic map': { html: box('width: 400px', map('projection="orthographic"')) },
  'a 400 px natural-earth map': { html: box('width: 400px', map('projection="natural-earth"')) },
  'a 400 px mercator map': { html: box('width: 400px', map('projection="mercator"')) },
  'a 400 px map with a theme (padded)': { html: box('width: 400px', map('theme="light"')) },
  'a 400 px map given height: 300px': { html: box('width: 400px', map('', 'height: 300px')) },
  'a 400 px map given height: 180px': { html: box('width: 400px', map('', 'height: 180px')) },
  'a 400 px map given height: 900px': { html: box('width: 400px', map('', 'height: 900px')) },
  'a 400 px map in a grid cell 260 px tall': {
    html: box('width: 400px; display: grid; grid-template-rows: 260px', map('')),
  },
  'a 400 px map in a flex column 280 px tall': {
    html: box('width: 400px; height: 280px; display: flex; flex-direction: column', map('', 'flex: 1; min-height: 0')),
  },
  'a 400 px map in a flex row 250 px tall (stretched)': {
    html: box('width: 400px; height: 250px; display: flex', map('', 'flex: 1')),
  },
  'a 400 px presenter map': { html: box('width: 400px', map('presenter')) },
  'a 500 px presenter map given height: 360px': { html: box('width: 500px', map('presenter controls="none"', 'height: 360px')) },
  'a 400 px map in large type (--netreach-font, 28 px)': {
    html: box('width: 400px; font-size: 28px', map('', '--netreach-font: Georgia, serif')),
  },
  'a 400 px map given height: 300px in large type': {
    html: box('width: 400px; font-size: 28px', map('', 'height: 300px; --netreach-font: Georgia, serif')),
  },
  'a 400 px Urdu map given height: 300px': { html: box('width: 400px', map('lang="ur"', 'height: 300px')) },
  'a 400 px map whose ::part(map) is padded and bordered': {
    css: '.ready-size::part(map) { padding: 12px; border: 3px solid red }',
    html: box('width: 400px', map('class="ready-size"')),
  },
  'a 400 px map whose ::part(map) is content-box and padded': {
    css: '.ready-size::part(map) { padding: 10px; box-sizing: content-box }',
    html: box('width: 400px', map('class="ready-size"')),
  },
  'a 400 px map whose ::part(map) has aspect-ratio: 1': {
    css: '.ready-size::part(map) { aspect-ratio: 1 }',
    html: box('width: 400px', map('class="ready-size"')),
  },
  'a 400 px map whose ::part(map) has height: 150px': {
    css: '.ready-size::part(map) { height: 150px }',
    html: box('width: 400px', map('class="ready-size"')),
  },
  'a 400 px map whose ::part(map) has max-height: 150px': {
    css: '.ready-size::part(map) { max-height: 150px }',
    html: box('width: 400px', map('class="ready-size"')),
  },
  'a 400 px map whose ::part(map) has width: 50%': {
    css: '.ready-size::part(map) { width: 50% }',
    html: box('width: 400px', map('class="ready-size"')),
  },
  'a 400 px map whose ::part(map) has a margin': {
    css: '.ready-size::part(map) { margin: 10px 20px }',
    html: box('width: 400px', map('class="ready-size"')),
  },
  'a 320 px map whose ::part(map) has aspect-ratio: 2 (the bench)': {
    css: '.ready-size::part(map) { aspect-ratio: 2 }',
    html: box('width: 320px', map('class="ready-size" legend="none"')),
  },
  'a 700 px map whose ::part(map) is padded and bordered': {
    css: '.ready-size::part(map) { padding: 12px; border: 3px solid red }',
    html: box('width: 700px', map('class="ready-size"')),
  },
  'a dashboard 560 px wide (its map panel)': {
    html: (src) => `<div style="width: 560px"><netreach-dashboard src="${src}"></netreach-dashboard></div>`,
  },
  'a dashboard 560 × 700 px (its map panel)': {
    html: (src) => `<div style="width: 560px"><netreach-dashboard src="${src}" style="height: 700px"></netreach-dashboard></div>`,
  },
  'a reveal.js slide (scaled), a presenter map 560 × 420 px': {
    reveal: true,
    html: (src) =>
      `<div class="reveal"><div class="slides"><section><netreach-map src="${src}" presenter controls="none" style="width: 560px; height: 420px"></netreach-map></section></div></div>`,
  },
  'a reveal.js slide (scaled), a presenter map 560 px wide': {
    reveal: true,
    html: (src) =>
      `<div class="reveal"><div class="slides"><section><netreach-map src="${src}" presenter controls="none" style="width: 560px"></netreach-map></section></div></div>`,
  },
};

/** The chart's size as drawn: its width, height and viewBox. */
const chartSize = (el: Element) => {
  const svg = el.shadowRoot?.querySelector('svg[part="chart"]');
  return svg ? `${svg.getAttribute('width')}×${svg.getAttribute('height')} [${svg.getAttribute('viewBox')}]` : 'no chart';
};

/** The drawn box's content size, as the ResizeObserver gives it (a slide's transform aside). */
const boxSize = (el: Element) => {
  const mapBox = el.shadowRoot?.querySelector('.map-box');
  if (!mapBox) return 'no box';
  const style = getComputedStyle(mapBox);
  // The computed size of a border-box is its border box's: less its padding and border.
  const less = (...sides: string[]) =>
    style.boxSizing === 'border-box' ? sides.reduce((sum, side) => sum + parseFloat(style.getPropertyValue(side)), 0) : 0;
  const width = parseFloat(style.inlineSize) - less('padding-left', 'padding-right', 'border-left-width', 'border-right-width');
  const height = parseFloat(style.blockSize) - less('padding-top', 'padding-bottom', 'border-top-width', 'border-bottom-width');
  return `${Math.round(width)}×${Math.round(height)}`;
};

let stylesheet: HTMLLinkElement | undefined;
async function revealStyles(): Promise<void> {
  if (stylesheet) return;
  stylesheet = document.createElement('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = '/node_modules/reveal.js/dist/reveal.css';
  document.head.append(stylesheet);
  await new Promise((resolve) => stylesheet!.addEventListener('load', resolve, { once: true }));
}

/**
 * Draws the layout with its data held until the map has been laid out loading (as the bench's maps, whose data comes
 * while they load); returns the chart's size at `netreach-ready` and after the drawn box was reported and every render done.
 */
async function drawnIn(name: string, layout: Layout) {
  if (layout.reveal) await revealStyles();
  const style = document.createElement('style');
  style.textContent = layout.css ?? '';
  document.head.append(style);
  const url = heldUrl(`ready-size-${name}`);
  const host = document.createElement('div');
  if (layout.reveal) host.style.cssText = 'width: 640px; height: 360px; position: relative';
  host.append(document.createRange().createContextualFragment(layout.html(url)));
  const atReady: string[] = [];
  const maps: NetreachElement[] = [];
  const onReady = (event: Event) => {
    const target = event.composedPath()[0] as NetreachElement;
    if (target.localName === 'netreach-map') atReady.push(chartSize(target));
  };
  document.addEventListener('netreach-ready', onReady, true);
  const timers = holdLoadingDelay();
  document.body.append(host);
  let deck: { destroy(): void } | undefined;
  try {
    if (layout.reveal) deck = await embeddedDeck(host.querySelector<HTMLElement>('.reveal')!, { keyboard: false });
    await requested(url);
    await frames(2);
    await release(url);
    const outer = host.querySelector<NetreachElement>('netreach-map, netreach-dashboard')!;
    await waitUntil(() => {
      const found = outer.localName === 'netreach-map' ? outer : outer.shadowRoot?.querySelector<NetreachElement>('netreach-map');
      if (found && !maps.length) maps.push(found);
      return found?.state === 'ready';
    }, 'the map never drew');
    const renders = countRenders(maps);
    await frames(2);
    await rendersSettled(renders);
    renders.stop();
    return { atReady: atReady.join('; '), settled: chartSize(maps[0]!), box: boxSize(maps[0]!), later: renders.of(maps[0]!) };
  } finally {
    document.removeEventListener('netreach-ready', onReady, true);
    timers.restore();
    deck?.destroy();
    host.remove();
    style.remove();
  }
}

describe('<netreach-map>: ready at its real size in every layout', () => {
  for (const [name, layout] of Object.entries(LAYOUTS)) {
    it(name, async () => {
      const { atReady, settled, box, later } = await drawnIn(name, layout);
      // Once ready, no render for a size, and the chart as large as its box.
      expect(`at ready ${atReady}; ${later} renders after`).to.equal(`at ready ${settled}; 0 renders after`);
      expect(settled.split(' ')[0]).to.equal(box);
    });
  }
});
