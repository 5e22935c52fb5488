// The map's box: what it gives up to what is drawn under it, reserved without a size container (map.styles.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachMap } from '../../src/map/map.js';
import { heldUrl, release, requested } from '../helpers/held.js';
import { frames, waitUntil } from '../helpers/wait.js';
import { countRenders, holdLoadingDelay, rendersSettled } from '../helpers/work.js';

/** Runs `look` on a map drawn `width` px wide with `attributes` (as written in HTML), then removes it. */
async function onDrawnMap<T>(attributes: string, width: number, look: (el: NetreachMap) => T): Promise<T> {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  const el = document.createElement('netreach-map');
  for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name, value);
  wrapper.append(el);
  document.body.append(wrapper);
  try {
    await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('.member'), 'the map never drew');
    await el.updateComplete;
    return look(el);
  } finally {
    wrapper.remove();
  }
}

/** A drawn map `width` px wide whose source line is made 400 px tall by the page (through its part). */
async function mapUnderTallSources(width: number): Promise<{ el: NetreachMap; box: DOMRect; aspect: number }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <style>
      netreach-map.tall::part(source) {
        display: block;
        block-size: 400px;
      }
    </style>
    <netreach-map class="tall" legend="none"></netreach-map>
  </div>`);
  const el = wrapper.querySelector<NetreachMap>('netreach-map')!;
  await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('path.member'), 'the map never drew');
  await el.updateComplete;
  const aspect = Number(getComputedStyle(el.shadowRoot!.querySelector('.fixed')!).getPropertyValue('--_aspect'));
  return { el, box: el.shadowRoot!.querySelector('.map-box')!.getBoundingClientRect(), aspect };
}

describe('<netreach-map> box', () => {
  it('gives up at most a fifth of its height to what is under it', async () => {
    const { box, aspect } = await mapUnderTallSources(1000);
    expect(aspect).to.be.greaterThan(1);
    expect(box.width).to.equal(1000);
    expect(box.height).to.be.closeTo((0.8 * 1000) / aspect, 1);
  });

  it('keeps its whole size in a box under 600 px wide (a phone), and grows instead', async () => {
    const { el, box, aspect } = await mapUnderTallSources(500);
    expect(box.height).to.be.closeTo(500 / aspect, 1);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(500 / aspect + 400);
  });

  it('is no size container: the browser would style its whole subtree again inside each layout', async () => {
    const { el } = await mapUnderTallSources(800);
    const containers = [...el.shadowRoot!.querySelectorAll('*')].filter((node) => getComputedStyle(node).containerType !== 'normal');
    expect(containers.map((node) => node.className || node.localName)).to.deep.equal([]);
  });
});

describe('<netreach-map> given a height', () => {
  /**
   * A drawn map `width` px wide with `style` on it: the host's box, the map's, its sources', and how far what it holds
   * (the invisible spacers too) reaches, as a page scrolls to it.
   */
  async function mapGiven(
    width: number,
    style: string,
    attributes = '',
  ): Promise<{ host: DOMRect; map: DOMRect; sources: DOMRect; reach: number }> {
    return onDrawnMap(`style="${style}" ${attributes}`, width, (el) => {
      const rect = (selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
      const reach = el.shadowRoot!.querySelector('.frame')!.scrollHeight;
      return { host: el.getBoundingClientRect(), map: rect('.map-box'), sources: rect('.controls'), reach };
    });
  }

  it('fits its map, legend, notes and sources inside a height the page gives it, and fills a taller one', async () => {
    // 1280 px wide in 520 px: the map was drawn 692 px tall and its box ran to 770 px, the sources past the height.
    for (const attributes of ['', 'presenter', 'legend="none"', 'presenter legend="side"']) {
      const { host, map, sources, reach } = await mapGiven(1280, 'height: 520px', attributes);
      expect(host.height, attributes).to.equal(520);
      expect(reach, attributes).to.be.at.most(520);
      expect(sources.bottom, attributes).to.be.at.most(host.bottom + 0.5);
      expect(map.bottom, attributes).to.be.at.most(sources.top);
      expect(map.height, attributes).to.be.greaterThan(300);
    }
    const tall = await mapGiven(800, 'height: 900px');
    expect(tall.sources.bottom).to.be.at.most(tall.host.bottom + 0.5);
    expect(tall.map.height).to.be.greaterThan(800 / 1.88 + 100);
  });
});

describe('<netreach-map> table opened in a height given', () => {
  it('keeps the box the given height, the map most of it, and the table scrolling in the rest; closed, the map as before', async () => {
    for (const attributes of ['', 'presenter legend="side"']) {
      const wrapper = document.createElement('div');
      wrapper.style.width = '1280px';
      const el = document.createElement('netreach-map');
      el.style.height = '520px';
      for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) el.setAttribute(name, value);
      if (attributes.includes('presenter')) el.setAttribute('presenter', '');
      wrapper.append(el);
      document.body.append(wrapper);
      try {
        await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('.member'), 'the map never drew');
        await el.updateComplete;
        const root = el.shadowRoot!;
        const box = (selector: string) => root.querySelector(selector)!.getBoundingClientRect();
        const closed = box('.map-box');
        root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
        await el.updateComplete;
        const host = el.getBoundingClientRect();
        const table = root.querySelector<HTMLElement>('#table')!;
        expect(host.height, attributes).to.equal(520);
        // Nothing past the box: the table's box ends inside it, the map's sources above the table.
        expect(box('#table').bottom, attributes).to.be.at.most(host.bottom + 0.5);
        expect(box('.controls').bottom, attributes).to.be.at.most(box('#table').top + 0.5);
        // The map keeps most of its height (it fell to 116 px of 442, the table taking its 20rem).
        expect(box('.map-box').height, attributes).to.be.at.least(closed.height * 0.45);
        // The table: rows there to read, the rest a scroll away.
        expect(table.clientHeight, attributes).to.be.at.least(120);
        expect(table.scrollHeight, attributes).to.be.greaterThan(table.clientHeight);
        table.scrollTop = table.scrollHeight;
        expect(table.scrollTop, attributes).to.be.greaterThan(0);
        root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
        await el.updateComplete;
        const reopened = box('.map-box');
        expect([reopened.width, reopened.height], attributes).to.deep.equal([closed.width, closed.height]);
      } finally {
        wrapper.remove();
      }
    }
  });
});

describe('<netreach-map> source line and table button', () => {
  async function drawnAt(width: number): Promise<{ source: DOMRect; button: DOMRect }> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><netreach-map></netreach-map></div>`);
    const el = wrapper.querySelector<NetreachMap>('netreach-map')!;
    await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('[part="table-toggle"]'), 'the map never drew');
    await el.updateComplete;
    const rect = (selector: string) => el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
    return { source: rect('[part~="source"]'), button: rect('[part="table-toggle"]') };
  }

  it('keeps the sources beside the button on a wide map and puts the button under them on a phone', async () => {
    const wide = await drawnAt(800);
    expect(wide.button.top).to.be.lessThan(wide.source.bottom);
    expect(wide.button.left).to.be.greaterThan(wide.source.right - 1);
    // 320 px: side by side, the sources had 220 px (less in longer languages), five lines; under them, the whole width.
    const phone = await drawnAt(320);
    expect(phone.source.width).to.be.greaterThan(280);
    expect(phone.button.top).to.be.at.least(phone.source.bottom);
    expect(phone.button.right).to.be.closeTo(phone.source.right, 1);
  });
});

describe('<netreach-map> out of view', () => {
  it('skips the rendering of its chart while out of view, at the size it has in view (content-visibility)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px">
      <div style="block-size: 4000px"></div>
      <netreach-map legend="none"></netreach-map>
    </div>`);
    const el = wrapper.querySelector<NetreachMap>('netreach-map')!;
    await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('path.member'), 'the map never drew');
    await el.updateComplete;
    const chart = el.shadowRoot!.querySelector('svg[part="chart"]')!;
    const member = chart.querySelector('path.member')!;
    // Drawn (every member in the DOM, named for screen readers) but, from the frame after, neither styled, laid out
    // nor painted off screen.
    await waitUntil(() => !member.checkVisibility({ contentVisibilityAuto: true }), 'the chart was rendered out of view');
    const hidden = chart.getBoundingClientRect();
    const box = el.shadowRoot!.querySelector('.map-box')!.getBoundingClientRect();
    expect([hidden.width, hidden.height]).to.deep.equal([box.width, box.height]);
    el.scrollIntoView();
    await waitUntil(() => member.checkVisibility({ contentVisibilityAuto: true }), 'the chart was never rendered in view');
    const shown = chart.getBoundingClientRect();
    expect([shown.width, shown.height]).to.deep.equal([hidden.width, hidden.height]);
    window.scrollTo(0, 0);
  });
});

describe('<netreach-map> menu button corner', () => {
  /** The members' shapes and symbols whose boxes meet the menu button's box, on a drawn map `width` px wide. */
  async function membersUnderButton(attributes: string, width = 320): Promise<string[]> {
    return onDrawnMap(attributes, width, (el) => {
      // The corner the menu button takes (with controls="none", the same corner with no button in it).
      const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
      const size = 32;
      const rtl = el.shadowRoot!.querySelector('.frame')!.getAttribute('dir') === 'rtl';
      const button =
        el.shadowRoot!.querySelector('[part~="menu-button"]')?.getBoundingClientRect() ??
        new DOMRect(rtl ? frame.left : frame.right - size, frame.top, size, size);
      expect(button.width).to.be.closeTo(size, 1);
      return [...el.shadowRoot!.querySelectorAll<SVGGraphicsElement>('.member')]
        .filter((member) => {
          const box = member.getBoundingClientRect();
          return box.left < button.right && box.right > button.left && box.top < button.bottom && box.bottom > button.top;
        })
        .map((member) => member.closest('[data-item]')?.getAttribute('data-item') ?? member.getAttribute('data-item') ?? '?');
    });
  }

  it("keeps a zoomed region's members clear of the menu button on a phone, left to right and right to left", async () => {
    // Without the menu, members lie in the corner: Albania on a map of Europe and America, Türkiye, Azerbaijan and
    // Lebanon on a map of Asia in Arabic 200 px wide.
    expect(await membersUnderButton('region="europe-and-america" controls="none"')).to.include('ALB');
    expect(await membersUnderButton('lang="ar" region="asia-and-oceania" controls="none"', 200)).to.include('TUR');
    expect(await membersUnderButton('region="europe-and-america"')).to.deep.equal([]);
    expect(await membersUnderButton('lang="ar" region="asia-and-oceania"', 200)).to.deep.equal([]);
  });
});

describe('<netreach-map> menu button corner, by what is drawn', () => {
  /**
   * A drawn map `width` px wide: the members whose drawing (fill or outline, sampled at every pixel) lies under the
   * corner the menu button takes, and the width the land is drawn at.
   */
  async function drawnUnderButton(attributes: string, width: number): Promise<{ under: string[]; land: number }> {
    return onDrawnMap(attributes, width, (el) => {
      const frame = el.shadowRoot!.querySelector('.frame')!;
      const box = frame.getBoundingClientRect();
      const rtl = frame.getAttribute('dir') === 'rtl';
      const button = new DOMRect(rtl ? box.left : box.right - 32, box.top, 32, 32);
      const under = new Set<string>();
      // A symbol's item is its transparent hit area; what is drawn is its dot, the next sibling.
      for (const member of el.shadowRoot!.querySelectorAll<SVGGeometryElement>('.member:not(.symbol), .dot')) {
        const matrix = member.getScreenCTM()!.inverse();
        for (let x = button.left; x <= button.right; x += 1)
          for (let y = button.top; y <= button.bottom; y += 1) {
            const point = new DOMPoint(x, y).matrixTransform(matrix);
            if (member.isPointInFill(point) || member.isPointInStroke(point))
              under.add((member.closest('[data-item]') ?? member.previousElementSibling)?.getAttribute('data-item') ?? '?');
          }
      }
      return { under: [...under], land: el.shadowRoot!.querySelector('.land')!.getBoundingClientRect().width };
    });
  }

  it('keeps what the members draw from under the button, and shrinks the map for nothing else', async () => {
    // Al-Mustafa's members in Arabic: the USA's and Russia's outlines reach the top left corner (Chukotka and the
    // Aleutians beyond the land the world map is fitted to); fitted beside it, nothing of them is drawn there.
    for (const width of [200, 320, 600]) {
      expect((await drawnUnderButton('dataset="al-mustafa" lang="ar" controls="none"', width)).under).to.include('USA');
      expect((await drawnUnderButton('dataset="al-mustafa" lang="ar"', width)).under, `${width} px`).to.deep.equal([]);
    }
    // The members' box met the top right corner where none of them draws anything: the map was drawn smaller for
    // nothing, 189 px wide rather than 223 at 200 px.
    for (const [attributes, width] of [
      ['lang="en"', 200],
      ['lang="en"', 320],
      ['dataset="al-mustafa" lang="en"', 480],
    ] as const) {
      const free = await drawnUnderButton(`${attributes} controls="none"`, width);
      const menu = await drawnUnderButton(attributes, width);
      expect(free.under, `${attributes} ${width} px`).to.deep.equal([]);
      expect(menu.land, `${attributes} ${width} px`).to.equal(free.land);
    }
  });
});

describe('<netreach-map> given a height, while it loads', () => {
  /**
   * A map `width` px wide with `style` on it (and `presenter`) whose data the server holds: the host's height and how
   * far what it holds (its spacers) reaches, before it says "Loading…", with it, and drawn.
   */
  async function loadingIn(width: number, style: string, name: string, presenter = false): Promise<string[]> {
    const wrapper = document.createElement('div');
    wrapper.style.width = `${width}px`;
    const el = document.createElement('netreach-map') as NetreachMap;
    const url = heldUrl(`map-box-${name}`);
    el.setAttribute('src', url);
    el.setAttribute('style', style);
    el.toggleAttribute('presenter', presenter);
    const timers = holdLoadingDelay();
    wrapper.append(el);
    document.body.append(wrapper);
    const box = () => `${el.getAttribute('state')}: ${Math.round(el.getBoundingClientRect().height)} in ${Math.round(el.scrollHeight)}`;
    const status = () => el.shadowRoot!.querySelector('[part="status"]')?.textContent ?? '';
    try {
      await requested(url);
      await el.updateComplete;
      await frames(1);
      const before = `${el.shadowRoot!.childElementCount} nodes, ${box()}`;
      timers.fire();
      await waitUntil(() => status() !== '', 'no "Loading…"');
      await frames(1);
      const loading = box();
      await release(url);
      await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('.member'), 'the map never drew');
      await el.updateComplete;
      await frames(1);
      return [before, loading, box()];
    } finally {
      timers.restore();
      await release(url);
      wrapper.remove();
    }
  }

  it("holds no more than a height the page gives it (a slide's), and its whole box without one", async () => {
    // 1280 px wide in 520 px: the box held while loading was the width's, reaching 770 px past the slide's height.
    const slide = ['0 nodes, loading: 520 in 520', 'loading: 520 in 520', 'ready: 520 in 520'];
    expect(await loadingIn(1280, 'height: 520px', 'slide')).to.deep.equal(slide);
    expect(await loadingIn(1280, 'height: 520px', 'presenter', true)).to.deep.equal(slide);
    // A taller height: the box is the page's; without one, the width over the world's aspect ratio and the room under it.
    expect(await loadingIn(800, 'height: 900px', 'tall')).to.deep.equal([
      '0 nodes, loading: 900 in 900',
      'loading: 900 in 900',
      'ready: 900 in 900',
    ]);
    const [before, loading, drawn] = await loadingIn(1280, '', 'none');
    expect(before).to.equal(`0 nodes, ${loading}`);
    expect(drawn).to.equal(loading.replace('loading', 'ready'));
    expect(Number(/: (\d+) in/.exec(loading)![1])).to.be.greaterThan(1280 / 1.88 + 50);
  });
});

describe('<netreach-map> given a height too small for it and its type', () => {
  /**
   * A map drawn `width` px wide with `style` on it (as written in HTML) and `attributes`: the host's box, its map's box,
   * its chart's, the boxes of what its frame holds besides, and its frame's scroller (the map's `.stack`) before and
   * after scrolling to its end.
   */
  async function cramped(width: number, style: string, attributes = '') {
    return onDrawnMap(`style="${style}" ${attributes}`, width, (el) => {
      const root = el.shadowRoot!;
      const rect = (node: Element) => node.getBoundingClientRect();
      const frame = ['[part~="badge"]', '[part="legend"]', '[part~="note"]', '[part~="source"]', '[part="table-toggle"]'].flatMap(
        (selector) => [...root.querySelectorAll(selector)].map((node) => ({ selector, box: rect(node) })),
      );
      const stack = root.querySelector<HTMLElement>('.stack')!;
      const scroll = { client: stack.clientHeight, height: stack.scrollHeight };
      stack.scrollTop = stack.scrollHeight;
      const end = { toggle: rect(root.querySelector('[part="table-toggle"]')!), host: rect(el) };
      stack.scrollTop = 0;
      return {
        state: el.state,
        host: rect(el),
        map: rect(root.querySelector('.map-box')!),
        chart: rect(root.querySelector('svg[part="chart"]')!),
        frame,
        scroll,
        end,
      };
    });
  }

  it('keeps the map 120 px tall at least (drawn, ready), what is under it scrolling clear of it', async () => {
    // 28 px type in 400 × 300: the legend, notes and sources took all 300 px, the map's box 0 px: never drawn, never ready.
    for (const [width, style, attributes, least] of [
      [400, 'height: 300px; font-size: 28px', '', 120],
      [400, 'height: 300px; font-size: 28px', 'presenter', 120],
      [400, 'height: 300px; font-size: 28px', 'legend="side"', 120],
      // 200 px wide: the width gives the map 106 px (200 / 1.88), which it keeps.
      [200, 'height: 300px; font-size: 28px', '', 200 / 1.88],
      [1280, 'height: 720px; font-size: 40px', 'presenter', 120],
    ] as const) {
      const what = `${width} px, ${style} ${attributes}`;
      const { state, host, map, chart, frame, scroll, end } = await cramped(width, style, attributes);
      expect(state, what).to.equal('ready');
      expect(Math.round(host.height), what).to.equal(Number(/height: (\d+)px/.exec(style)![1]));
      expect(map.height, what).to.be.at.least(least - 1);
      expect([chart.width, chart.height], what).to.deep.equal([map.width, map.height]);
      // Nothing of the frame over the map: the legend, notes, sources and button are under it (or beside it).
      const over = frame.filter(
        ({ box }) => box.left < map.right - 0.5 && box.right > map.left + 0.5 && box.top < map.bottom - 0.5 && box.bottom > map.top + 0.5,
      );
      expect(
        over.map(({ selector }) => selector),
        what,
      ).to.deep.equal([]);
      // Everything within reach: inside the host, or a scroll away inside it (the button at the end in view then).
      if (scroll.height > scroll.client + 1) {
        expect(end.toggle.bottom, what).to.be.at.most(end.host.bottom + 0.5);
        expect(end.toggle.top, what).to.be.at.least(end.host.top - 0.5);
      } else
        expect(
          frame.every(({ box }) => box.bottom <= host.bottom + 0.5),
          what,
        ).to.equal(true);
    }
  });

  it('keeps its least height while the height given is too small, and no longer once it is not, settling each time', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '400px';
    const el = document.createElement('netreach-map') as NetreachMap;
    el.setAttribute('style', 'height: 300px; font-size: 28px');
    wrapper.append(el);
    document.body.append(wrapper);
    const renders = countRenders([el]);
    const seen = () => {
      const root = el.shadowRoot!;
      const map = Math.round(root.querySelector('.map-box')!.getBoundingClientRect().height);
      const chart = Math.round(root.querySelector('svg[part="chart"]')!.getBoundingClientRect().height);
      return `${el.state}, ${root.querySelector('.fixed')!.classList.contains('least') ? 'least' : 'room'}, map ${map}, chart ${chart}`;
    };
    try {
      await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('.member'), 'the map never drew');
      await rendersSettled(renders);
      const states = [seen()];
      // 40 px taller, what is under the map still needs more than the rest (it scrolls): the map keeps 120 px. 600 px
      // leaves it more (it grows from 120 px, then is no longer kept: the same room either way), 900 px more again (it
      // fills a taller height, as before); 300 px again, 120.
      for (const height of [340, 600, 900, 300]) {
        el.style.height = `${height}px`;
        await rendersSettled(renders);
        await el.updateComplete;
        states.push(seen());
      }
      expect(states[0]).to.equal('ready, least, map 120, chart 120');
      expect(states[1]).to.equal(states[0]);
      const [, room] = /^ready, room, map (\d+), chart \1$/.exec(states[2]!) ?? [];
      expect(Number(room), states[2]).to.be.greaterThan(121);
      const [, taller] = /^ready, room, map (\d+), chart \1$/.exec(states[3]!) ?? [];
      expect(Number(taller), states[3]).to.be.greaterThan(Number(room) + 200);
      expect(states[4]).to.equal(states[0]);
      // Narrowed to 150 px, then widened again, kept all along: the map the width's height (150 / 1.88), then 120 px
      // again, ready throughout (`netreach-ready` fires as the state turns ready: it never left it). Two renders each:
      // the new width (the least height with it), then the box's new height; let go and taken again on the way, a third.
      let turnedReady = 0;
      el.addEventListener('netreach-ready', () => (turnedReady += 1));
      for (const width of [150, 400]) {
        const before = renders.total;
        wrapper.style.width = `${width}px`;
        await rendersSettled(renders);
        await el.updateComplete;
        states.push(`${seen()}, ${renders.total - before} renders`);
      }
      expect(states.slice(5)).to.deep.equal(['ready, least, map 80, chart 80, 2 renders', `${states[0]}, 2 renders`]);
      expect(turnedReady).to.equal(0);
    } finally {
      renders.stop();
      wrapper.remove();
    }
  });

  it('with its legend at the side, keeps its least height with the legend under it, settling as the height changes', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '400px';
    const el = document.createElement('netreach-map') as NetreachMap;
    el.setAttribute('style', 'height: 300px; font-size: 28px');
    el.setAttribute('legend', 'side');
    wrapper.append(el);
    document.body.append(wrapper);
    const renders = countRenders([el]);
    try {
      await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('.member'), 'the map never drew');
      const seen: string[] = [];
      // Beside its legend the kept map grew with the row's width, let its height go, had 0 px, and took it again,
      // every frame: rendersSettled() fails on that.
      for (const height of [300, 900, 300]) {
        el.style.height = `${height}px`;
        await rendersSettled(renders);
        await el.updateComplete;
        const root = el.shadowRoot!;
        const map = root.querySelector('.map-box')!.getBoundingClientRect();
        const chart = root.querySelector('svg[part="chart"]')!.getBoundingClientRect();
        const kept = root.querySelector('.fixed')!.classList.contains('least');
        expect([chart.width, chart.height], `${height} px`).to.deep.equal([map.width, map.height]);
        seen.push(`${el.state}, ${kept ? 'least' : 'room'}, ${map.height >= 119 ? 'legible' : `${map.height} px`}`);
      }
      expect(seen).to.deep.equal(['ready, least, legible', 'ready, room, legible', 'ready, least, legible']);
    } finally {
      renders.stop();
      wrapper.remove();
    }
  });

  it('draws a map that has room as before: no more renders, and no scrolling', async () => {
    // A first map loads the data and the geometry: the counted ones find them there.
    await cramped(600, '');
    const counted: string[] = [];
    for (const [width, style] of [
      [600, ''],
      [1280, 'height: 520px'],
      [1280, 'height: 720px; font-size: 40px'],
    ] as const) {
      const wrapper = document.createElement('div');
      wrapper.style.width = `${width}px`;
      const el = document.createElement('netreach-map') as NetreachMap;
      el.setAttribute('style', style);
      const renders = countRenders([el]);
      wrapper.append(el);
      document.body.append(wrapper);
      try {
        await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('.member'), 'the map never drew');
        await rendersSettled(renders);
        const fixed = el.shadowRoot!.querySelector('.fixed')!;
        counted.push(`${width} ${style}: ${renders.total} renders, ${fixed.classList.contains('least') ? 'least' : 'room'}`);
      } finally {
        renders.stop();
        wrapper.remove();
      }
    }
    expect(counted).to.deep.equal([
      '600 : 2 renders, room',
      '1280 height: 520px: 2 renders, room',
      '1280 height: 720px; font-size: 40px: 2 renders, room',
    ]);
  });
});
