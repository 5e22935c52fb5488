import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import type Reveal from 'reveal.js';
import '../../src/index.js';
import { connectReveal } from '../../src/presenter/reveal.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import type { NetreachMap } from '../../src/map/map.js';
import type { NetreachStat } from '../../src/stat/stat.js';
import type { NetreachBars } from '../../src/bars/bars.js';
import { countedUpTo, recordShownValues, seenAs, useFrameClock } from '../helpers/count-up.js';
import { frames, waitUntil } from '../helpers/wait.js';
import { embeddedDeck } from '../helpers/deck.js';
import { formatSourceDate } from '../../src/core/about.js';
import { loadCatalog, msg } from '../../src/core/i18n.js';
import { metricLabel, regionName } from '../../src/core/names.js';
import type { Dataset } from '../../src/core/types.js';

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('in a reveal.js deck', () => {
  let host: HTMLDivElement;
  let deck: InstanceType<typeof Reveal>;
  let disconnect: () => void;
  const slideEl = (index: number) => host.querySelectorAll<HTMLElement>('.slides > section')[index]!;

  before(async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/node_modules/reveal.js/dist/reveal.css';
    document.head.append(link);
    await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    host = document.createElement('div');
    // A 640 × 360 box showing 1280 × 720 slides: reveal scales them down with a CSS transform.
    host.style.cssText = 'width: 640px; height: 360px; position: relative';
    render(
      html`<div class="reveal"><div class="slides">
      <section><h1>Title</h1></section>
      <section><p>Next</p></section>
      <section><netreach-stat presenter metric="virtual-students"></netreach-stat></section>
      <section>
        <netreach-map step="0" style="width: 1000px"></netreach-map>
        <span class="fragment" data-netreach-step="1">1</span>
        <span class="fragment" data-netreach-step="2">2</span>
        <span class="fragment" data-netreach-step="3">3</span>
      </section>
      <section><netreach-bars style="width: 1000px"></netreach-bars></section>
    </div></div>`,
      host,
    );
    document.body.append(host);
    disconnect = connectReveal();
    deck = await embeddedDeck(host.querySelector<HTMLElement>('.reveal')!, { viewDistance: 1, keyboard: false });
  });

  after(() => {
    disconnect();
    deck.destroy();
    host.remove();
    return emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('renders a widget made on a hidden slide once its slide is shown, at the unscaled size', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const bars = slideEl(4).querySelector<NetreachBars>('netreach-bars')!;
    // Far from the current slide: reveal does not display it, so the widget has no width, draws no chart and
    // stays loading, with its data.
    expect(getComputedStyle(slideEl(4)).display).to.equal('none');
    await waitUntil(() => bars.currentDataset, 'no data');
    expect(await bars.updateComplete).to.equal(false);
    expect(bars.state).to.equal('loading');
    expect(part(bars, 'chart')).to.equal(null);
    deck.slide(4);
    await waitUntil(() => bars.state === 'ready', 'never ready once shown');
    const chart = part(bars, 'chart')!;
    // The layout is at the slide's own 1000 px; on screen reveal scales it down (under half, with its margin).
    const scale = deck.getScale();
    expect(scale).to.be.below(0.5);
    expect(Number(chart.getAttribute('width'))).to.equal(1000);
    expect(chart.getBoundingClientRect().width).to.be.closeTo(1000 * scale, 2);
    expect(chart.getBoundingClientRect().height).to.be.above(0);
  });

  it('counts up when the slide is shown and again when it is revisited', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const stat = slideEl(2).querySelector<NetreachStat>('netreach-stat')!;
    // Animation time moves 100 ms a frame, whatever the machine's load (see test/helpers/count-up.ts).
    const clock = useFrameClock();
    try {
      const first = recordShownValues(stat);
      deck.slide(2);
      await countedUpTo(first, '30M+');
      expect(stat.state).to.equal('ready');
      expect(first.stop().length, first.values.join(' ')).to.be.above(2);
      // A 64 px number on the 1280 × 720 slide.
      expect(parseFloat(getComputedStyle(part(stat, 'value')!).fontSize)).to.be.at.least(64);

      deck.slide(0);
      await frame();
      const again = recordShownValues(stat);
      deck.slide(2);
      await countedUpTo(again, '30M+');
      expect(again.stop().length, again.values.join(' ')).to.be.above(2);
    } finally {
      await clock.restore();
    }
  });

  it('shows the final figure at once under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const stat = slideEl(2).querySelector<NetreachStat>('netreach-stat')!;
    const clock = useFrameClock();
    try {
      deck.slide(0);
      await frame();
      const still = recordShownValues(stat);
      deck.slide(2);
      await seenAs(stat, true);
      await frames(20); // 2 s of animation time: a count-up would have run
      expect(still.stop()).to.deep.equal(['30M+']);
    } finally {
      await clock.restore();
    }
  });

  it('steps the map through the regions with fragments, forwards and backwards', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const map = slideEl(3).querySelector<NetreachMap>('netreach-map')!;
    deck.slide(3);
    await waitUntil(() => map.state === 'ready' && shadow(map).querySelector('[role="option"]'), 'the map never drew');
    const coloured = () => [...shadow(map).querySelectorAll('[role="option"]:not(.off)')].length;
    expect(map.step).to.equal(0);
    expect(coloured()).to.equal(0);
    const counts: number[] = [];
    for (let step = 1; step <= 3; step++) {
      deck.nextFragment();
      await map.updateComplete;
      expect(map.step).to.equal(step);
      counts.push(coloured());
    }
    expect(counts[0]).to.be.above(0);
    expect(counts[1]).to.be.above(counts[0]!);
    expect(counts[2]).to.equal(shadow(map).querySelectorAll('[role="option"]').length);
    deck.prevFragment();
    await map.updateComplete;
    expect(map.step).to.equal(2);
    expect(coloured()).to.equal(counts[1]);
    // Leaving and coming back from the next slide: reveal shows every fragment, the map every region.
    deck.slide(4);
    deck.slide(3, 0, 2);
    await map.updateComplete;
    expect(map.step).to.equal(3);
  });

  it('replays every widget of the slide on slidechanged', async () => {
    const calls: string[] = [];
    const bars = slideEl(4).querySelector<NetreachElement>('netreach-bars')!;
    const replay = bars.replay.bind(bars);
    bars.replay = () => {
      calls.push('bars');
      replay();
    };
    deck.slide(0);
    deck.slide(4);
    expect(calls).to.include('bars');
    delete (bars as Partial<NetreachElement>).replay;
  });
});

/**
 * The demo deck itself (demo/deck.html) as a presenter shows it: a 1280 × 720 window (the frame, drawn at half size
 * so that the whole of it is on this test page's screen, where widgets draw).
 */
describe('the demo deck', () => {
  type Widget = HTMLElement & { state?: string; controls?: string };
  let frame: HTMLIFrameElement;
  const doc = () => frame.contentDocument!;
  const slides = () => [...doc().querySelectorAll<HTMLElement>('.reveal .slides > section')];
  const widgets = (root: ParentNode) =>
    [...root.querySelectorAll<Widget>('*')].filter(
      (element) => element.localName.startsWith('netreach-') && element.localName !== 'netreach-data',
    );
  const dataset = () => doc().querySelector<HTMLElement & { currentDataset?: Dataset }>('netreach-data')!.currentDataset!;

  /** Shows slide `index` (with `fragment` shown, if given) and waits until it is drawn and still. */
  async function show(index: number, fragment?: number): Promise<HTMLElement> {
    frame.contentWindow!.location.hash = fragment === undefined ? `#/${index}` : `#/${index}/0/${fragment}`;
    const slide = slides()[index]!;
    await waitUntil(() => slide.classList.contains('present'), `slide ${index + 1} never shown`);
    await waitUntil(
      () => widgets(slide).every((widget) => widget.state && widget.state !== 'loading'),
      () => `slide ${index + 1}: widgets still loading: ${widgets(slide).map((widget) => `${widget.localName} ${widget.state}`)}`,
    );
    await Promise.all(widgets(slide).map((widget) => (widget as unknown as NetreachElement).updateComplete));
    // Still: nothing on the slides moves (reveal's arrows may bounce to invite a click; they are not the slide).
    const moving = () =>
      doc()
        .getAnimations()
        .filter((animation) => animation.playState === 'running')
        .map((animation) => (animation.effect as KeyframeEffect | null)?.target)
        .filter((target) => !target?.closest('.reveal .controls'));
    await waitUntil(
      () => moving().length === 0,
      () => `slide ${index + 1} never stood still: ${moving().map((target) => target?.localName)}`,
    );
    await frames(2);
    return slide;
  }

  /** Every element drawn on a slide, inside the widgets' shadow roots too. */
  function drawn(root: Element | ShadowRoot): Element[] {
    return [...root.querySelectorAll('*')].flatMap((element) => {
      const rect = element.getBoundingClientRect();
      const own = element.checkVisibility({ opacityProperty: false, visibilityProperty: true }) && rect.width > 0 && rect.height > 0;
      return [...(own ? [element] : []), ...(element.shadowRoot ? drawn(element.shadowRoot) : [])];
    });
  }

  // The frame's nodes are of its own window's classes: `instanceof Text` here would be false for all of them.
  const isText = (node: Node): node is Text => node.nodeType === Node.TEXT_NODE;
  const hostOf = (node: Node): Element | null => (node.getRootNode() as Partial<ShadowRoot>).host ?? null;

  /** The element above `node`, across shadow roots. */
  const composedParent = (node: Node): Element | null => node.parentElement ?? hostOf(node);

  /** The text drawn on a slide, inside the widgets' shadow roots too. */
  function drawnText(root: Node): Text[] {
    const found: Text[] = [];
    const walk = (node: Node) => {
      if (isText(node)) {
        const parent = node.parentElement;
        if (
          parent &&
          node.data.trim() &&
          !['title', 'desc', 'style', 'script'].includes(parent.localName) &&
          parent.checkVisibility({ visibilityProperty: true })
        ) {
          const range = doc().createRange();
          range.selectNodeContents(node);
          const rect = range.getBoundingClientRect();
          if (rect.width > 1 && rect.height > 1) found.push(node);
        }
        return;
      }
      if ((node as Element).shadowRoot) walk((node as Element).shadowRoot!);
      node.childNodes.forEach(walk);
    };
    walk(root);
    return found;
  }

  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    frame = document.createElement('iframe');
    frame.style.cssText =
      'width: 1280px; height: 720px; border: 0; transform: scale(0.5); transform-origin: 0 0; position: absolute; inset: 0';
    frame.src = '/demo/deck.html';
    document.body.append(frame);
    await waitUntil(() => doc()?.querySelector('.reveal.ready') && doc().querySelector('#sources li'), 'the deck never started');
    await loadCatalog('fa');
  });

  after(async () => {
    frame.remove();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('fits every slide in 1280 × 720: no widget, legend or source runs past its edges, no text is cut', async () => {
    const outside: string[] = [];
    for (const [index, slide] of slides().entries()) {
      const fragments = slide.querySelectorAll('.fragment').length;
      await show(index, fragments ? fragments - 1 : undefined);
      const box = doc().querySelector('.reveal .slides')!.getBoundingClientRect();
      for (const element of drawn(slide)) {
        const rect = element.getBoundingClientRect();
        if (rect.top < box.top - 1 || rect.bottom > box.bottom + 1 || rect.left < box.left - 1 || rect.right > box.right + 1) {
          const where = hostOf(element) ? `${hostOf(element)!.localName} ` : '';
          outside.push(
            `slide ${index + 1}: ${where}${element.localName}[part=${element.getAttribute('part')}] ${Math.round(rect.bottom)} > ${Math.round(box.bottom)}`,
          );
        }
      }
      // Nothing scrolls on a slide: no text is cut by a box that clips it (a table's scroll box, a chart's SVG).
      for (const text of drawnText(slide)) {
        const range = doc().createRange();
        range.selectNodeContents(text);
        const rect = range.getBoundingClientRect();
        for (let box = composedParent(text); box && box !== slide; box = composedParent(box)) {
          if (getComputedStyle(box).overflow === 'visible') continue;
          const clip = box.getBoundingClientRect();
          // Text for screen readers only is clipped to a pixel on purpose.
          if (clip.width <= 1 || clip.height <= 1) break;
          if (rect.top < clip.top - 1 || rect.bottom > clip.bottom + 1 || rect.left < clip.left - 1 || rect.right > clip.right + 1)
            outside.push(
              `slide ${index + 1}: "${text.data.trim().slice(0, 30)}" cut by ${box.localName}[part=${box.getAttribute('part')}]`,
            );
        }
      }
      // The sources under every widget are there to be read.
      for (const widget of widgets(slide)) {
        const source = widget.shadowRoot!.querySelector('[part~="source"]');
        if (source) expect(drawn(widget.shadowRoot!), `slide ${index + 1}: ${widget.localName}'s source`).to.include(source);
      }
    }
    expect(outside).to.deep.equal([]);
  });

  it('says the growth and how it was computed once on the slide that pairs the trend with its tile', async () => {
    const slide = slides().find((candidate) => candidate.querySelector('netreach-trend') && candidate.querySelector('netreach-stat'))!;
    await show(slides().indexOf(slide));
    const [trend, stat] = [slide.querySelector<Widget>('netreach-trend')!, slide.querySelector<Widget>('netreach-stat')!];
    await waitUntil(() => trend.getAttribute('state') === 'ready' && stat.getAttribute('state') === 'ready', 'not drawn');
    await (trend as Widget & { updateComplete: Promise<unknown> }).updateComplete;
    const said = (widget: Widget) => [...widget.shadowRoot!.querySelectorAll('[part~="note"]')].map((note) => note.textContent!.trim());
    const computed = [...said(trend), ...said(stat)].filter((note) => note.startsWith('Computed from two figures'));
    expect(computed).to.have.length(1);
    expect(said(stat)).to.include(computed[0]);
    // The trend keeps what only it says: the 8 million's period.
    expect(said(trend).some((note) => note.includes('before the spread of coronavirus'))).to.equal(true);
  });

  it('lays a slide out again once its widgets draw, when the deck opens on it (a reload there)', async () => {
    // reveal centres a slide on its content's height when shown: opened on the tile's slide, that was the tile still
    // loading, and the drawn tile ran past the slide's foot until the next slide change.
    const opened = document.createElement('iframe');
    opened.style.cssText = frame.style.cssText;
    opened.src = '/demo/deck.html#/1';
    document.body.append(opened);
    try {
      const inner = () => opened.contentDocument;
      await waitUntil(() => inner()?.querySelector('.reveal.ready'), 'the deck never started');
      const slide = inner()!.querySelectorAll<HTMLElement>('.reveal .slides > section')[1]!;
      const stat = slide.querySelector<Widget>('netreach-stat')!;
      expect(stat, 'the second slide shows a tile').to.not.equal(null);
      await waitUntil(() => stat.state === 'ready', 'the tile never drew');
      await (stat as unknown as NetreachElement).updateComplete;
      await frames(3);
      const box = inner()!.querySelector('.reveal .slides')!.getBoundingClientRect();
      const drawnBox = stat.getBoundingClientRect();
      expect(drawnBox.bottom, 'the tile runs past the slide’s foot').to.be.at.most(box.bottom + 1);
      expect(drawnBox.top).to.be.at.least(box.top - 1);
    } finally {
      opened.remove();
    }
  });

  it('titles each Persian slide by what it shows', () => {
    const persian = slides().filter((slide) => slide.lang === 'fa');
    expect(persian.length).to.be.at.least(2);
    const data = dataset();
    for (const slide of persian) {
      const title = slide.querySelector('h3')!.textContent!.trim();
      const shown = widgets(slide);
      expect(shown, title).to.have.length(1);
      const widget = shown[0]!;
      const metric = widget.getAttribute('metric') ?? 'countries';
      const words =
        widget.localName === 'netreach-regions'
          ? msg('fa', 'byRegion', { metric: metricLabel(data, metric, 'fa') })
          : metricLabel(data, metric, 'fa');
      expect(title, widget.localName).to.equal(words);
    }
  });

  it('describes the network on its title slide in its name’s words, not as "a network of virtual universities"', () => {
    // Its members are countries; the universities its sources name (a health sciences university, a research centre…)
    // are not virtual ones.
    const about = doc().querySelector('#network-about')!.textContent!.replace(/\s+/g, ' ').toLowerCase();
    expect(dataset().network.name.toLowerCase()).to.contain('inter-islamic network on virtual universities');
    expect(about).to.contain('inter-islamic network on virtual universities');
  });

  it('titles the universities slide as the sources give the list: partial, not "Member universities"', async () => {
    const index = slides().findIndex((each) => each.querySelector('netreach-table[of="universities"]'));
    const slide = await show(index);
    const title = slide.querySelector('h3')!.textContent!.trim();
    // The bundled list is partial, and its source reads membership into an article that does not say it.
    expect(dataset().listing?.universities).to.equal('partial');
    expect(title).to.not.match(/\bmember/i);
    expect(title).to.match(/the sources name/);
    // The table says so on the slide too.
    const table = slide.querySelector('netreach-table')!;
    const notes = drawn(table.shadowRoot!).filter((element) => element.getAttribute('part') === 'note');
    expect(notes.map((note) => note.textContent)).to.include(msg('en', 'partialSome'));
  });

  it('names the regions the map colours in turn as the map does', async () => {
    const slide = await show(slides().findIndex((each) => each.querySelector('netreach-map')));
    const labels = [...slide.querySelectorAll('[data-netreach-step]')].map((label) => label.textContent);
    expect(labels).to.deep.equal(dataset().regions.map((region) => regionName(dataset(), region.id, 'en')));
  });

  it('shows in the map’s legend the regions its fragments have named, none before the first', async () => {
    const index = slides().findIndex((each) => each.querySelector('netreach-map'));
    const slide = slides()[index]!;
    const map = slide.querySelector<NetreachMap>('netreach-map')!;
    const shown = (root: ParentNode) =>
      [...root.querySelectorAll<HTMLElement>(':scope > *')].filter(
        (element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && element.textContent!.trim(),
      );
    const legend = () =>
      shown(map.shadowRoot!.querySelector('[part="legend"] ul')!).map((entry) => entry.textContent!.replace(/ \(.*/, ''));
    const named = () => shown(slide.querySelector('#step-labels')!).map((label) => label.textContent);
    // Reveal's hash counts fragments from 0; -1 is none shown yet.
    for (let fragment = -1; fragment < 3; fragment++) {
      await show(index, fragment);
      await waitUntil(() => map.step === fragment + 1, `step ${map.step} at fragment ${fragment}`);
      await map.updateComplete;
      // The slide was already shown: its fragments fade after show() has returned.
      await waitUntil(
        () =>
          named().length === fragment + 1 &&
          [...slide.querySelectorAll('#step-labels span')].every((label) => ['0', '1'].includes(getComputedStyle(label).opacity)),
        `the fragments never settled at ${fragment}`,
      );
      expect(legend(), `step ${map.step}`).to.deep.equal(named());
      expect(legend()).to.have.length(fragment + 1);
    }
  });

  it('lists each source once, with its title, publisher and date', () => {
    const items = [...doc().querySelectorAll('#sources li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
    const sources = dataset().sources;
    expect(items).to.have.length(sources.length);
    expect(new Set(items).size).to.equal(items.length);
    for (const [index, source] of sources.entries()) {
      const item = items[index]!;
      expect(item).to.contain(source.title);
      if (source.publisher) expect(item).to.contain(source.publisher);
      expect(item).to.contain(source.date ? formatSourceDate(source.date, 'en') : 'undated');
    }
    // The two CINVU articles: one publisher, two sources told apart by their titles.
    expect(items.filter((item) => item.includes('CINVU (Public Relations)'))).to.have.length(2);
  });

  it('shows no widget menu on its slides', () => {
    for (const widget of widgets(doc().querySelector('.reveal .slides')!)) {
      expect(widget.getAttribute('controls'), widget.localName).to.equal('none');
      expect(widget.shadowRoot!.querySelector('[part~="menu-button"]'), widget.localName).to.equal(null);
    }
  });

  it('shows no "Show as table" button on its slides (controls="none")', async () => {
    const slide = await show(slides().findIndex((each) => each.querySelector('netreach-map')));
    for (const widget of widgets(slide))
      expect(drawn(widget.shadowRoot!).filter((element) => element.localName === 'button')).to.deep.equal([]);
  });
});

describe('connectReveal', () => {
  it('asks the deck it is given to lay out again, once a frame, when a widget on the shown slide settles', async () => {
    const root = document.createElement('div');
    render(
      html`<section class="present"><netreach-probe state="loading"></netreach-probe><netreach-probe state="loading"></netreach-probe></section>
        <section><netreach-probe state="loading"></netreach-probe></section>`,
      root,
    );
    document.body.append(root);
    let layouts = 0;
    const disconnect = connectReveal(root, { layout: () => (layouts += 1) });
    const [first, second, hidden] = [...root.querySelectorAll('netreach-probe')];
    try {
      hidden!.setAttribute('state', 'ready');
      await frames(2);
      expect(layouts, 'a widget on a slide not shown').to.equal(0);
      first!.setAttribute('state', 'ready');
      second!.setAttribute('state', 'ready');
      await frames(2);
      expect(layouts, 'two widgets settling in one frame').to.equal(1);
      first!.setAttribute('state', 'loading');
      await frames(2);
      expect(layouts, 'a widget going back to loading').to.equal(1);
    } finally {
      disconnect();
      root.remove();
    }
  });
});

describe('the README’s reveal.js snippet, without a bundler', () => {
  it('keeps the map, its legend and its sources on a 1280 × 720 slide in reveal’s theme, stepped by its fragments', async () => {
    // As a presenter pastes them: reveal's own stylesheets (42 px type), the classic script, the README's slide and
    // docs/PRESENTERS.md's module script, its reveal.js the package's lib/presenter/reveal.js.
    const block = (markdown: string, marker: string) => new RegExp(`\`\`\`html\n([^\`]*${marker}[^\`]*)\`\`\``).exec(markdown)![1]!;
    const slide = block(await (await fetch('/README.md')).text(), 'data-netreach-step');
    const script = block(await (await fetch('/docs/PRESENTERS.md')).text(), 'connectReveal').replace(
      "'./reveal.js'",
      "'/lib/presenter/reveal.js'",
    );
    const frame = document.createElement('iframe');
    frame.style.cssText =
      'width: 1280px; height: 720px; border: 0; transform: scale(0.5); transform-origin: 0 0; position: absolute; inset: 0';
    const css = (name: string) => `<link rel="stylesheet" href="/node_modules/reveal.js/dist/${name}.css">`;
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${css('reveal')}${css('theme/white')}
      <script src="/dist/netreach.iife.js"></script></head><body><div class="reveal"><div class="slides">${slide}</div></div>
      <script src="/node_modules/reveal.js/dist/reveal.js"></script>${script}`;
    document.body.append(frame);
    try {
      const doc = () => frame.contentDocument!;
      await waitUntil(() => doc()?.querySelector('.reveal.ready netreach-map[state="ready"]'), 'the map never drew');
      const map = doc().querySelector<NetreachMap>('netreach-map')!;
      expect(map.step).to.equal(0);
      // The last fragment shown: every region coloured and named in the legend.
      (frame.contentWindow as Window & { Reveal: InstanceType<typeof Reveal> }).Reveal.slide(0, 0, 2);
      await waitUntil(
        () => map.step === 3,
        () => `the fragments did not step the map (step ${map.step})`,
      );
      await frames(2);
      const box = doc().querySelector('.reveal .slides')!.getBoundingClientRect();
      const off = ['chart', 'legend', 'source'].filter((name) => {
        const rect = map.shadowRoot!.querySelector(`[part~="${name}"]`)!.getBoundingClientRect();
        return rect.top < box.top - 1 || rect.bottom > box.bottom + 1 || rect.left < box.left - 1 || rect.right > box.right + 1;
      });
      expect(off.join(' ')).to.equal('');
    } finally {
      frame.remove();
    }
  });
});
