// The charts' least height in a height given too small for them and their type (the map's is map-box.test.ts's).
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { waitUntil } from '../helpers/wait.js';
import { countRenders, rendersSettled } from '../helpers/work.js';

/** A `tag` in a `width` px wrapper with `style`, drawn and settled; `look` runs on it, then it is removed. */
async function onSettled<T>(
  tag: string,
  width: number,
  style: string,
  look: (el: NetreachElement, renders: { total: number }, wrapper: HTMLElement) => Promise<T> | T,
): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  const el = document.createElement(tag) as NetreachElement;
  el.setAttribute('style', style);
  const renders = countRenders([el]);
  wrapper.append(el);
  document.body.append(wrapper);
  try {
    await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('svg[part="chart"]'), `<${tag}> never drew`);
    await rendersSettled(renders);
    await el.updateComplete;
    return await look(el, renders, wrapper);
  } finally {
    renders.stop();
    wrapper.remove();
  }
}

/** What `seen` says of `el` once it has settled at `height`. */
async function settledAt(el: NetreachElement, renders: { total: number }, height: number, seen: () => string): Promise<string> {
  el.style.height = `${height}px`;
  await rendersSettled(renders);
  await el.updateComplete;
  return seen();
}

/** Renders to a settled `tag` where it has room: 400 px wide, then given `height`, then a slide's 1280 × 720 at 40 px. */
async function renderCounts(tag: string, height: number, kept: (el: NetreachElement) => string = () => ''): Promise<string[]> {
  const counted: string[] = [];
  for (const [width, style] of [
    [400, ''],
    [400, `height: ${height}px`],
    [1280, 'height: 720px; font-size: 40px'],
  ] as const)
    counted.push(await onSettled(tag, width, style, (el, renders) => `${width} ${style}: ${renders.total} renders${kept(el)}`));
  return counted;
}

/** The chart's box, the frame's other parts over it, and whether the host's content stays inside it or scrolls. */
function measured(el: NetreachElement, corner = true) {
  const root = el.shadowRoot!;
  const chart = root.querySelector('svg[part="chart"]')!.getBoundingClientRect();
  const host = el.getBoundingClientRect();
  // The bars' and the regions' scenes keep the menu button's corner clear inside their chart (its `corner`).
  const parts = [
    '[part="title"]',
    '[part="notes"]',
    '[part="note"]',
    '[part="source"]',
    '[part="legend"]',
    ...(corner ? ['[part="menu-button"]'] : []),
  ];
  const over = parts.flatMap((selector) =>
    [...root.querySelectorAll(selector)]
      .filter((node) => !node.closest('svg'))
      .map((node) => ({ selector, box: node.getBoundingClientRect() }))
      .filter(
        ({ box }) =>
          box.height > 0 &&
          box.left < chart.right - 0.5 &&
          box.right > chart.left + 0.5 &&
          box.top < chart.bottom - 0.5 &&
          box.bottom > chart.top + 0.5,
      )
      .map(({ selector: name }) => name),
  );
  // Nothing drawn past the host's bottom onto the page: every part inside the host, or inside a scroller in it.
  const outside = [...root.querySelectorAll('*')]
    .filter((node) => {
      const box = node.getBoundingClientRect();
      if (box.height === 0 || box.bottom <= host.bottom + 0.5) return false;
      for (let up = node.parentElement; up; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowY;
        if (
          (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') &&
          up.getBoundingClientRect().bottom <= host.bottom + 0.5
        )
          return false;
      }
      return true;
    })
    .map((node) => node.localName + (node.getAttribute('part') ? `[${node.getAttribute('part')}]` : ''));
  return { state: el.state, host, chart, over, outside };
}

describe('charts in a height given too small for them and their type', () => {
  it('<netreach-trend> keeps its chart 96 px tall (drawn, ready), what is under it scrolling clear of it', async () => {
    // 28 px type in 400 × 300: the title, notes and sources took all 300 px, the chart 1 px, said `ready`.
    for (const [width, style] of [
      [400, 'height: 300px; font-size: 28px'],
      [1280, 'height: 400px; font-size: 60px'],
    ] as const) {
      const what = `${width} px, ${style}`;
      const { state, host, chart, over, outside } = await onSettled('netreach-trend', width, style, (el) => measured(el));
      expect(state, what).to.equal('ready');
      expect(Math.round(host.height), what).to.equal(Number(/height: (\d+)px/.exec(style)![1]));
      expect(chart.height, what).to.be.at.least(95);
      expect(over, what).to.deep.equal([]);
      expect(outside, what).to.deep.equal([]);
    }
  });

  it('<netreach-trend> keeps its least height while the height is too small, and no longer once it is not, settling each time', async () => {
    await onSettled('netreach-trend', 400, 'height: 300px; font-size: 28px', async (el, renders) => {
      const seen = () => {
        const root = el.shadowRoot!;
        const box = Math.round(root.querySelector('.chart')!.getBoundingClientRect().height);
        const chart = Math.round(root.querySelector('svg[part="chart"]')!.getBoundingClientRect().height);
        return `${el.state}, ${root.querySelector('figure.least') ? 'least' : 'room'}, box ${box}, chart ${chart}`;
      };
      const states = [seen()];
      for (const height of [340, 900, 300]) states.push(await settledAt(el, renders, height, seen));
      expect(states[0]).to.equal('ready, least, box 96, chart 96');
      expect(states[1]).to.equal(states[0]);
      const [, room] = /^ready, room, box (\d+), chart \1$/.exec(states[2]!) ?? [];
      expect(Number(room), states[2]).to.be.greaterThan(300);
      expect(states[3]).to.equal(states[0]);
    });
  });

  it('<netreach-trend> renders as often as before where it has room', async () => {
    expect(
      await renderCounts('netreach-trend', 300, (el) => (el.shadowRoot!.querySelector('figure.least') ? ', least' : ', room')),
    ).to.deep.equal([
      '400 : 2 renders, room',
      '400 height: 300px: 2 renders, room',
      '1280 height: 720px; font-size: 40px: 2 renders, room',
    ]);
  });
});

for (const tag of ['netreach-bars', 'netreach-regions']) {
  describe(`<${tag}> in a height given too small for it and its type`, () => {
    it('keeps its chart its own height (drawn, ready), its notes and sources scrolling under it inside the height', async () => {
      // 28 px type in 400 × 300: the frame's content was 366 px (bars) and 621 px (regions), run past the host.
      const own = await onSettled(tag, 400, 'font-size: 28px', (el) => measured(el).chart.height);
      const { state, host, chart, over, outside } = await onSettled(tag, 400, 'height: 300px; font-size: 28px', (el) =>
        measured(el, false),
      );
      expect(state).to.equal('ready');
      expect(Math.round(host.height)).to.equal(300);
      expect(Math.round(chart.height)).to.equal(Math.round(own));
      expect(over).to.deep.equal([]);
      expect(outside).to.deep.equal([]);
    });

    it('settles as the height changes back and forth, the same each time', async () => {
      await onSettled(tag, 400, 'height: 300px; font-size: 28px', async (el, renders) => {
        const seen = () => {
          const { state, chart, outside } = measured(el, false);
          const scroll = el.shadowRoot!.querySelector('.scroll')!;
          return `${state}, chart ${Math.round(chart.height)}, ${scroll.scrollHeight > scroll.clientHeight + 1 ? 'scrolls' : 'fits'}, ${outside.length} outside`;
        };
        const states = [seen()];
        for (const height of [900, 300]) states.push(await settledAt(el, renders, height, seen));
        expect(states[0]).to.match(/^ready, chart \d+, scrolls, 0 outside$/);
        expect(states[1]).to.equal(states[0].replace('scrolls', 'fits'));
        expect(states[2]).to.equal(states[0]);
      });
    });

    it('renders as often as before where it has room', async () => {
      expect(await renderCounts(tag, 600)).to.deep.equal([
        '400 : 2 renders',
        '400 height: 600px: 2 renders',
        '1280 height: 720px; font-size: 40px: 2 renders',
      ]);
    });
  });
}
