import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import Reveal from 'reveal.js';
import '../../src/index.js';
import { connectReveal } from '../../src/presenter/reveal.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import type { NetreachMap } from '../../src/map/map.js';
import type { NetreachStat } from '../../src/stat/stat.js';
import type { NetreachBars } from '../../src/bars/bars.js';
import { countedUpTo, recordShownValues, seenAs, useFrameClock } from '../helpers/count-up.js';
import { frames, waitUntil } from '../helpers/wait.js';

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
    deck = new Reveal(host.querySelector<HTMLElement>('.reveal')!, {
      embedded: true,
      width: 1280,
      height: 720,
      transition: 'none',
      backgroundTransition: 'none',
      viewDistance: 1,
      keyboard: false,
      hash: false,
    });
    await deck.initialize();
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
