import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import type { NetreachMap } from '../../src/map/map.js';
import type { NetreachStat } from '../../src/stat/stat.js';
import { CINVU } from '../../src/generated/cinvu.js';
import type { Dataset } from '../../src/core/types.js';
import { countedUpTo, recordShownValues, seenAs, useFrameClock } from '../helpers/count-up.js';
import { frames, waitUntil } from '../helpers/wait.js';
import { heldUrl, release } from '../helpers/held.js';

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const members = (el: Element) => [...shadow(el).querySelectorAll<SVGElement>('svg[part="chart"] [role="option"]')];

async function ready<T extends NetreachElement>(el: T): Promise<T> {
  await waitUntil(() => el.state === 'ready', `never ready (state ${el.state})`);
  await el.updateComplete;
  return el;
}

async function drawnMap(el: NetreachMap): Promise<NetreachMap> {
  await ready(el);
  await waitUntil(() => members(el).length > 0, 'the map never drew');
  await el.updateComplete;
  return el;
}

/**
 * A bars widget with `attributes`, on the page while its data are held (its first render waits out LOADING_DELAY),
 * given to `check`; the data released and the widget removed after.
 */
async function whileHeld(name: string, attributes: Record<string, string>, check: (el: NetreachElement) => Promise<void>) {
  const url = heldUrl(name);
  const el = document.createElement('netreach-bars') as NetreachElement;
  for (const [attribute, value] of Object.entries({ ...attributes, src: url })) el.setAttribute(attribute, value);
  document.body.append(el);
  try {
    await check(el);
  } finally {
    await release(url);
    el.remove();
  }
}

/** After `el`'s pending update: still loading, nothing rendered (Lit reflects only in an update). */
async function unrendered(el: NetreachElement): Promise<void> {
  await el.updateComplete;
  expect(el.state).to.equal('loading');
  expect(el.shadowRoot!.childElementCount, 'rendered').to.equal(0);
}

describe('presenter mode', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('is a reflected boolean attribute on every widget', async () => {
    for (const tag of ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard']) {
      const el = document.createElement(`netreach-${tag}`) as NetreachElement;
      expect(el.presenter, tag).to.equal(false);
      el.presenter = true;
      document.body.append(el);
      await el.updateComplete;
      expect(el.hasAttribute('presenter'), tag).to.equal(true);
      el.remove();
    }
  });

  it('is reflected while the widget waits for its data, before its first render', async () => {
    await whileHeld('presenter-reflected', {}, async (el) => {
      el.presenter = true;
      await unrendered(el);
      expect(el.hasAttribute('presenter')).to.equal(true);
    });
  });

  // An attribute the page wrote, then changed by a script, stayed as written until the first render (up to 200 ms).
  it("the page's attributes a script changed say the new values while the widget waits", async () => {
    await whileHeld('page-attributes', { presenter: '', theme: 'dark', limit: 'ten' }, async (el) => {
      await unrendered(el);
      el.presenter = false;
      el.theme = 'light';
      await unrendered(el);
      const attributes = () => ['presenter', 'theme', 'limit'].map((name) => `${name}=${el.getAttribute(name)}`).join(' ');
      expect(attributes()).to.equal('presenter=null theme=light limit=ten');
      el.theme = undefined;
      await unrendered(el);
      expect(attributes()).to.equal('presenter=null theme=null limit=ten');
    });
  });

  it("sizes the stat's number for a projector: at least 64 px on a 1280 × 720 slide", async () => {
    const slide = await fixture<HTMLDivElement>(
      html`<div style="width: 1280px; height: 720px"><netreach-stat presenter .data=${CINVU}></netreach-stat></div>`,
    );
    const el = await ready(slide.querySelector<NetreachStat>('netreach-stat')!);
    const size = parseFloat(getComputedStyle(part(el, 'value')!).fontSize);
    expect(size).to.be.at.least(64);
    // And larger than without presenter mode, with larger text and spacing around it.
    el.presenter = false;
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(part(el, 'value')!).fontSize)).to.be.below(size);
    const plainLabel = parseFloat(getComputedStyle(part(el, 'label')!).fontSize);
    el.presenter = true;
    await el.updateComplete;
    expect(parseFloat(getComputedStyle(part(el, 'label')!).fontSize)).to.be.above(plainLabel);
  });

  it('keeps a narrow stat at 64 px and takes a larger slide font when there is one', async () => {
    const slide = await fixture<HTMLDivElement>(
      html`<div style="width: 300px; font-size: 40px"><netreach-stat presenter .data=${CINVU}></netreach-stat></div>`,
    );
    const el = await ready(slide.querySelector<NetreachStat>('netreach-stat')!);
    expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(40);
    expect(parseFloat(getComputedStyle(part(el, 'value')!).fontSize)).to.be.at.least(64);
  });
});

describe('<netreach-map> step', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  const coloured = (el: NetreachMap) => members(el).filter((node) => !node.classList.contains('off'));
  const regionOf = (el: NetreachMap, node: Element) =>
    el.currentDataset!.members.find((member) => member.country === node.getAttribute('data-item'))!.region;

  it('colours the first n regions in dataset order, none at 0, all when unset', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><netreach-map .data=${CINVU}></netreach-map></div>`);
    const el = await drawnMap(wrapper.querySelector<NetreachMap>('netreach-map')!);
    const all = members(el).length;
    expect(coloured(el)).to.have.length(all);
    const [first, second] = (CINVU as Dataset).regions.map((region) => region.id);

    el.step = 0;
    await el.updateComplete;
    expect(el.getAttribute('step')).to.equal('0');
    expect(coloured(el)).to.have.length(0);
    // Neutral: the land's fill, not a region's.
    const land = getComputedStyle(shadow(el).querySelector('.land')!).fill;
    const path = members(el).find((node) => node.localName === 'path')!;
    expect(getComputedStyle(path).fill).to.equal(land);

    el.step = 1;
    await el.updateComplete;
    const one = coloured(el);
    expect(one.length).to.be.above(0).and.below(all);
    expect(new Set(one.map((node) => regionOf(el, node)))).to.deep.equal(new Set([first]));
    expect(getComputedStyle(one.find((node) => node.localName === 'path')!).fill).to.not.equal(land);

    el.setAttribute('step', '2');
    await el.updateComplete;
    expect(new Set(coloured(el).map((node) => regionOf(el, node)))).to.deep.equal(new Set([first, second]));

    el.step = null;
    await el.updateComplete;
    expect(coloured(el)).to.have.length(all);
    // Stepping never changes what a screen reader hears.
    expect(members(el).every((node) => node.getAttribute('aria-label'))).to.equal(true);
  });

  it("says in the console, once per value, that a step past the dataset's regions colours them all", async () => {
    const said: string[] = [];
    const { warn } = console;
    console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 800px"><netreach-map step="5" .data=${CINVU}></netreach-map></div>`,
      );
      const el = await drawnMap(wrapper.querySelector<NetreachMap>('netreach-map')!);
      // Drawn as its last step (all three regions coloured), as the command line draws --step 5.
      expect(coloured(el).length).to.equal(members(el).length);
      for (const step of [3, 5, 4, 5, 0]) {
        el.step = step;
        await el.updateComplete;
      }
      expect(said).to.deep.equal([
        'netreach: <netreach-map> ignored step="5": the dataset has 3 regions, all coloured from step="3"',
        'netreach: <netreach-map> ignored step="4": the dataset has 3 regions, all coloured from step="3"',
      ]);
      // "1 region", not "1 regions": a count's noun agrees with it in the console's English too.
      const cinvu = CINVU as Dataset;
      const oneRegion: Dataset = {
        ...cinvu,
        regions: cinvu.regions.slice(0, 1),
        members: cinvu.members.map((member) => ({ ...member, region: cinvu.regions[0]!.id })),
        totals: cinvu.totals?.filter((total) => total.region === undefined || total.region === cinvu.regions[0]!.id),
      };
      const single = await fixture<NetreachMap>(html`<netreach-map step="2" .data=${oneRegion}></netreach-map>`);
      await drawnMap(single);
      expect(said.at(-1)).to.equal('netreach: <netreach-map> ignored step="2": the dataset has 1 region, all coloured from step="1"');
    } finally {
      console.warn = warn;
    }
  });

  it('shows in the legend only the regions the step has coloured, keeping their room', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 800px"><netreach-map step="0" legend="side" .data=${CINVU}></netreach-map></div>`,
    );
    const el = await drawnMap(wrapper.querySelector<NetreachMap>('netreach-map')!);
    const legend = part(el, 'legend')!;
    const entries = () => [...legend.querySelectorAll('li')];
    const visible = (node: Element) => getComputedStyle(node).visibility === 'visible';
    const names = (CINVU as Dataset).regions.map((region) => region.name);
    const size = legend.getBoundingClientRect();
    // Step 0 colours no member: no region named, no title over an empty legend.
    expect(entries()).to.have.length(3);
    expect(entries().filter(visible)).to.deep.equal([]);
    expect(visible(legend.querySelector('.title')!)).to.equal(false);
    for (let step = 1; step <= 3; step++) {
      el.step = step;
      await el.updateComplete;
      const shown = entries().filter(visible);
      expect(shown.map((entry) => entry.textContent!.replace(/ \(.*/, ''))).to.deep.equal(names.slice(0, step));
      expect(visible(legend.querySelector('.title')!)).to.equal(true);
      // Nothing on the slide moves as the fragments reveal the entries.
      expect(legend.getBoundingClientRect().toJSON()).to.deep.equal(size.toJSON());
    }
    el.step = null;
    await el.updateComplete;
    expect(entries().filter(visible)).to.have.length(3);
  });
});

describe('entrances', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('in presenter mode, replays the count-up each time the widget is shown again, and not under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    // Animation time moves 100 ms a frame, whatever the machine's load (see test/helpers/count-up.ts).
    const clock = useFrameClock();
    try {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('netreach-stat') as NetreachStat;
      el.presenter = true;
      el.metric = 'virtual-students';
      el.data = CINVU;
      box.append(el);
      const first = recordShownValues(el);
      await countedUpTo(first, '30M+');
      expect(first.stop().length, first.values.join(' ')).to.be.above(2);

      box.style.display = 'none';
      await seenAs(el, false);
      const again = recordShownValues(el);
      box.style.display = '';
      await countedUpTo(again, '30M+');
      expect(again.stop().length, again.values.join(' ')).to.be.above(2);

      await emulateMedia({ reducedMotion: 'reduce' });
      box.style.display = 'none';
      await seenAs(el, false);
      const still = recordShownValues(el);
      box.style.display = '';
      await seenAs(el, true);
      await frames(20); // 2 s of animation time: a count-up would have run
      expect(still.stop()).to.deep.equal(['30M+']);
    } finally {
      await clock.restore();
    }
  });

  it('on a normal page, counts up once per page view: shown again, it shows the figure without moving', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const clock = useFrameClock();
    try {
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('netreach-stat') as NetreachStat;
      el.metric = 'virtual-students';
      el.data = CINVU;
      box.append(el);
      const first = recordShownValues(el);
      await countedUpTo(first, '30M+');
      expect(first.stop().length, first.values.join(' ')).to.be.above(2);

      box.style.display = 'none';
      await seenAs(el, false);
      const again = recordShownValues(el);
      let replays = 0;
      const replay = el.replay.bind(el);
      el.replay = () => {
        replays += 1;
        replay();
      };
      box.style.display = '';
      await seenAs(el, true);
      await frames(20); // 2 s of animation time: a count-up would have run
      expect(again.stop()).to.deep.equal(['30M+']);
      expect(replays, 'entrances replayed').to.equal(0);
    } finally {
      await clock.restore();
    }
  });

  it('animates bars, waffle, map and trend on entry with CSS, ending in the still picture', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const box = await fixture<HTMLDivElement>(html`<div style="width: 700px">
      <netreach-bars .data=${CINVU}></netreach-bars>
      <netreach-regions .data=${CINVU}></netreach-regions>
      <netreach-trend .data=${CINVU}></netreach-trend>
      <netreach-map .data=${CINVU}></netreach-map>
    </div>`);
    const [bars, regions, trend, map] = [...box.children] as NetreachElement[];
    await Promise.all([ready(bars!), ready(regions!), ready(trend!), drawnMap(map as NetreachMap)]);
    const animation = (el: Element, selector: string) => {
      const node = shadow(el).querySelector(selector);
      return node ? getComputedStyle(node).animationName : 'missing';
    };
    for (const el of [bars!, regions!, trend!, map!]) el.replay();
    expect(animation(bars!, '.bar')).to.equal('netreach-grow');
    expect(animation(regions!, '.cell')).to.equal('netreach-in');
    expect(animation(trend!, '[part="line"]')).to.equal('netreach-trend-draw');
    // The map fades in its members a group per region (a page of 100 maps would otherwise animate 5,700
    // elements), so the groups animate and the members within them do not.
    expect(animation(map!, '.wave')).to.equal('netreach-in');
    expect(animation(map!, '.member:not(.symbol)')).to.equal('none');
    expect(members(map!).every((node) => node.parentElement!.classList.contains('wave'))).to.equal(true);
    // Regions come in turn: CINVU's three regions are three groups of shapes, and a later one starts later.
    const shapeWaves = [...shadow(map!).querySelectorAll('.wave')].filter((wave) => wave.querySelector('path.member'));
    expect(shapeWaves.length).to.equal(3);
    const delays = shapeWaves.map((wave) => parseFloat(getComputedStyle(wave).animationDelay));
    expect(delays).to.deep.equal([...delays].sort((a, b) => a - b));
    expect(new Set(delays).size).to.equal(3);
    // Then the entrance is over: no class, no animation, the picture as drawn without motion.
    await waitUntil(() => !part(bars!, 'frame')!.classList.contains('enter'), 'the entrance never ended');
    expect(animation(bars!, '.bar')).to.equal('none');

    await emulateMedia({ reducedMotion: 'reduce' });
    for (const el of [bars!, regions!, trend!, map!]) el.replay();
    expect(animation(bars!, '.bar')).to.equal('none');
    expect(animation(regions!, '.cell')).to.equal('none');
    expect(animation(trend!, '[part="line"]')).to.equal('none');
    expect(animation(map!, '.wave')).to.equal('none');
  });
});

describe('print', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  afterEach(() => emulateMedia({ media: 'screen' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('prints a dark widget light, without its menu button', async () => {
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat theme="dark" .data=${CINVU}></netreach-stat>`));
    const lightness = () => {
      const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
      return (r! + g! + b!) / 3;
    };
    expect(lightness()).to.be.below(60);
    // Rendered boxes: the menu's anchor is what print hides.
    expect(part(el, 'menu-button')!.getClientRects().length).to.equal(1);
    await emulateMedia({ media: 'print' });
    expect(lightness()).to.be.above(240);
    expect(getComputedStyle(el).color).to.equal('rgb(27, 31, 36)');
    expect(getComputedStyle(el).breakInside).to.equal('avoid');
    expect(part(el, 'menu-button')!.getClientRects().length).to.equal(0);
  });

  it('prints a dark map in the light palette, without tooltips', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><netreach-map theme="dark" .data=${CINVU}></netreach-map></div>`,
    );
    const el = await drawnMap(wrapper.querySelector<NetreachMap>('netreach-map')!);
    const first = members(el).find((node) => node.localName === 'path')!;
    const screenFill = getComputedStyle(first).fill;
    first.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.not.equal(null);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(part(el, 'tooltip')!).display).to.equal('none');
    expect(getComputedStyle(first).fill).to.not.equal(screenFill);
    expect(getComputedStyle(shadow(el).querySelector('.borders')!).stroke).to.equal('rgb(255, 255, 255)');
  });

  it('prints a slide’s widget where it stands (a page is the slide) and a page’s widget whole, and prints no entrance', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><netreach-map .data=${CINVU}></netreach-map><netreach-map presenter .data=${CINVU}></netreach-map></div>`,
    );
    const [page, slide] = [...wrapper.querySelectorAll<NetreachMap>('netreach-map')];
    await Promise.all([drawnMap(page!), drawnMap(slide!)]);
    page!.replay();
    await page!.updateComplete;
    const wave = shadow(page!).querySelector('.enter .wave');
    expect(wave, 'no entrance to replay').to.not.equal(null);
    expect(getComputedStyle(wave!).animationName).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(page!).breakInside).to.equal('avoid');
    // reveal.js prints each slide on a page clipped to it: a widget moved to the next page was lost there.
    expect(getComputedStyle(slide!).breakInside).to.equal('auto');
    // Paper shows the drawing as it ends, not its first frame (members faded out, bars at zero).
    expect(getComputedStyle(wave!).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'reduce' });
  });
});
