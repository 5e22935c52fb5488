import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachStat } from '../../src/stat/stat.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { countedUpTo, recordShownValues, seenAs, useFrameClock } from '../helpers/count-up.js';
import { heldUrl, release, requested } from '../helpers/held.js';
import { frames, waitUntil } from '../helpers/wait.js';
import { expectSameFile } from '../helpers/scene-file.js';
import { loadFont } from '../helpers/fonts.js';
import { inkLines } from '../helpers/lines.js';

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const text = (el: Element, name: string) => part(el, name)?.textContent?.trim() ?? '';

async function ready(el: NetreachStat, state = 'ready'): Promise<NetreachStat> {
  await waitUntil(() => el.state === state, `state never became ${state} (was ${el.state})`);
  await el.updateComplete;
  return el;
}

/** Waits until the count-up (if any) has finished and the final figure shows. */
async function settled(el: NetreachStat, expected: string): Promise<void> {
  await waitUntil(() => text(el, 'value') === expected, `value never became ${expected} (was ${text(el, 'value')})`);
}

describe('<netreach-stat>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('shows the 57 member countries of the bundled CINVU dataset with no configuration', async () => {
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat></netreach-stat>`));
    await settled(el, '57');
    expect(text(el, 'label')).to.equal('Member countries');
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('shows more than 30\u00a0million virtual students with growth, sparkline and source', async () => {
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat metric="virtual-students"></netreach-stat>`));
    await settled(el, '30M+');
    // The figure in words and its year under it, as in the file; a screen reader hears these words once.
    expect(text(el, 'figure')).to.equal('more than 30\u00a0million (2021)');
    expect(shadow(el).querySelector('.visually-hidden'), 'the words said twice').to.equal(null);
    // 22 million → more than 30 million: at least +33% (22 million may stand for up to 22,500,000), computed; the 8 million has no year, only a period.
    expect(text(el, 'growth')).to.equal('at least +33% since 2020');
    expect(part(el, 'sparkline')?.getAttribute('aria-label')).to.equal('Before the spread of coronavirus: 8M, 2020: 22M, 2021: 30M+');
    // The headline's source and the sparkline's other totals' (8 and 22 million, the library's article).
    expect(text(el, 'source')).to.equal('Sources: CINVU (Public Relations); National Library and Archives of Iran (Public Relations)');
    await expect(el).to.be.accessible();
  });

  it('cites two sources of one publisher as two, in its source line and its file; a source listed twice once', async () => {
    const report = { publisher: 'UNESCO', title: 'Open learning' };
    const data = {
      version: 1,
      network: { id: 'x', name: 'X' },
      regions: [{ id: 'r', name: 'R' }],
      metrics: [{ id: 'learners', label: 'Learners' }],
      members: [{ country: 'PAK', region: 'r' }],
      totals: [
        { metric: 'learners', year: 2019, value: 100, source: 'again' },
        { metric: 'learners', year: 2020, value: 200, source: 'old' },
        { metric: 'learners', year: 2023, value: 300, source: 'new' },
      ],
      sources: [
        { id: 'old', ...report, date: '2020-05-01', url: 'https://example.org/2020' },
        { id: 'new', ...report, date: '2023-05-01', url: 'https://example.org/2023' },
        // The 2020 report again under another id: the same source.
        { id: 'again', ...report, date: '2020-05-01', url: 'https://example.org/2020' },
      ],
    };
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat .data=${data} metric="learners"></netreach-stat>`));
    await settled(el, '300');
    // Each with its year: a file and a screen reader have no link or tooltip to tell them apart by.
    expect(text(el, 'source')).to.equal('Sources: UNESCO (2023); UNESCO (2020)');
    const links = [...part(el, 'source')!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).to.have.members(['https://example.org/2020', 'https://example.org/2023']);
    const svg = new DOMParser().parseFromString(await el.toSVG({ width: 960, height: 540 }), 'image/svg+xml');
    expect([...svg.querySelectorAll('text')].map((node) => node.textContent)).to.include('Sources: UNESCO (2023); UNESCO (2020)');

    // In the reader's digits.
    el.lang = 'fa';
    await waitUntil(() => text(el, 'source')?.includes('UNESCO (۲۰۲۰)'), `no Persian year: ${text(el, 'source')}`);
    expect(text(el, 'source')).to.include('UNESCO (۲۰۲۳)');
    const fa = new DOMParser().parseFromString(await el.toSVG({ width: 960, height: 540 }), 'image/svg+xml');
    const faLine = [...fa.querySelectorAll('text')].map((node) => node.textContent!.replace(/[\u2066-\u2069]/g, '')).join('\n');
    expect(faLine).to.include('UNESCO (۲۰۲۰)').and.include('UNESCO (۲۰۲۳)');

    // One year, two reports: their titles tell them apart.
    el.lang = 'en';
    el.data = {
      ...data,
      sources: [data.sources[0]!, { ...data.sources[1]!, date: '2020-09-01', title: 'Open learning (annex)' }, data.sources[2]!],
    };
    await waitUntil(() => text(el, 'source')?.includes('annex'), `no title: ${text(el, 'source')}`);
    expect(text(el, 'source')).to.equal('Sources: UNESCO (Open learning [annex]); UNESCO (Open learning)');
    const titled = new DOMParser().parseFromString(await el.toSVG({ width: 960, height: 540 }), 'image/svg+xml');
    expect([...titled.querySelectorAll('text')].map((node) => node.textContent)).to.include(
      'Sources: UNESCO (Open learning [annex]); UNESCO (Open learning)',
    );
  });

  it('sizes its figure to the tile: never wider than it, in any language', async () => {
    for (const [lang, width, font] of [
      ['fa', 296, ''],
      ['ar', 260, ''],
      ['ur', 296, ''],
      ['en', 180, ''],
      // A font the tile did not measure in, wider than the page's: the figure wraps rather than widen the tile.
      ['fa', 296, 'font-family: monospace'],
    ] as const) {
      // In the page's font (the tile measures its figure in it) the figure fits on one line.
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
        <netreach-stat lang=${lang} metric="virtual-students" style=${font} .data=${EXAMPLE_NETWORK}></netreach-stat>
      </div>`);
      const el = await ready(wrapper.querySelector<NetreachStat>('netreach-stat')!);
      const label = `${lang} ${width} px ${font}`;
      const tile = shadow(el).querySelector('.tile')!;
      const value = part(el, 'value')!;
      expect(value.scrollWidth, `${label}: the figure`).to.be.at.most(value.clientWidth + 1);
      const lines = value.getBoundingClientRect().height / parseFloat(getComputedStyle(value).lineHeight);
      if (!font) expect(Math.round(lines), `${label}: lines`).to.equal(1);
      expect(tile.scrollWidth, `${label}: the tile`).to.be.at.most(tile.clientWidth + 1);
      expect(tile.getBoundingClientRect().right, label).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      expect(tile.getBoundingClientRect().left, label).to.be.at.least(el.getBoundingClientRect().left - 0.5);
    }
  });

  it('says under its figure the year it is for, as its file does: 2021 under 57, 2020 under 40', async () => {
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat></netreach-stat>`));
    await settled(el, '57');
    expect(text(el, 'figure')).to.equal('2021');
    // The big number is hidden from screen readers: they hear "57", then its year.
    expect(shadow(el).querySelector('.visually-hidden')?.textContent).to.equal('57');
    const universities = await ready(await fixture<NetreachStat>(html`<netreach-stat metric="digital-universities"></netreach-stat>`));
    await settled(universities, '40');
    expect(text(universities, 'figure')).to.equal('2020');
    const file = new DOMParser().parseFromString(await universities.toSVG(), 'image/svg+xml');
    expect([...file.querySelectorAll('text')].map((each) => each.textContent)).to.include('2020');
    const persian = await ready(await fixture<NetreachStat>(html`<netreach-stat lang="fa" metric="virtual-students"></netreach-stat>`));
    await settled(persian, '۳۰\u00a0میلیون+');
    expect(text(persian, 'figure')).to.equal('بیش از ۳۰\u00a0میلیون (۲۰۲۱)');
    await expect(universities).to.be.accessible();
  });

  it('writes the first and last points’ times under the sparkline’s ends, as its file does, following time-direction', async () => {
    const times = (el: NetreachStat) => [...shadow(el).querySelectorAll('.times bdi')];
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat metric="virtual-students"></netreach-stat>`));
    await settled(el, '30M+');
    expect(times(el).map((each) => each.textContent)).to.deep.equal(['Before the spread of coronavirus', '2021']);
    const [first, last] = times(el).map((each) => each.getBoundingClientRect());
    const line = part(el, 'sparkline')!.getBoundingClientRect();
    expect(first!.left).to.be.closeTo(line.left, 1);
    expect(last!.right).to.be.closeTo(line.right, 1);
    expect(shadow(el).querySelector('.times')!.getAttribute('aria-hidden'), 'the line’s name has every point').to.equal('true');
    const file = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    const fileTexts = [...file.querySelectorAll('text')].map((each) => each.textContent);
    expect(fileTexts).to.include.members(['Before the spread of coronavirus', '2021']);
    // Time right to left: the first point's time under the right end; in Persian, left to right unless asked.
    const mirrored = await ready(
      await fixture<NetreachStat>(html`<netreach-stat metric="virtual-students" time-direction="rtl"></netreach-stat>`),
    );
    await settled(mirrored, '30M+');
    const [mirroredFirst, mirroredLast] = times(mirrored).map((each) => each.getBoundingClientRect());
    expect(mirroredFirst!.left).to.be.above(mirroredLast!.right);
    const persian = await ready(await fixture<NetreachStat>(html`<netreach-stat lang="fa"></netreach-stat>`));
    await settled(persian, '۵۷');
    const [persianFirst, persianLast] = times(persian);
    expect([persianFirst!.textContent, persianLast!.textContent]).to.deep.equal(['۲۰۲۰', '۲۰۲۱']);
    expect(persianFirst!.getBoundingClientRect().right).to.be.below(persianLast!.getBoundingClientRect().left);
  });

  it('draws a narrow tile’s sparkline across its file’s whole width, as on the page (not half of it)', async () => {
    const el = await ready(
      await fixture<NetreachStat>(html`<netreach-stat metric="virtual-students" style="width: 260px"></netreach-stat>`),
    );
    await settled(el, '30M+');
    const tile = shadow(el).querySelector<HTMLElement>('.tile')!;
    const style = getComputedStyle(tile);
    const content = tile.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const onPage = part(el, 'sparkline')!.getBoundingClientRect().width / content;
    // The file's line, from its first point to its last, over the chart's width (the document's less its margins).
    const file = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    const xs = [
      ...file
        .querySelector('path')!
        .getAttribute('d')!
        .matchAll(/[ML](-?[\d.]+),/g),
    ].map((match) => Number(match[1]));
    const margin = Number(/translate\((-?[\d.]+)/.exec(file.querySelector('svg > g[transform]')!.getAttribute('transform')!)![1]);
    const chartWidth = Number(file.documentElement.getAttribute('width')) - 2 * margin;
    const inFile = (Math.max(...xs) - Math.min(...xs)) / chartWidth;
    expect(`${onPage.toFixed(2)} ${inFile.toFixed(2)}`).to.equal('1.00 1.00');
  });

  it('says a count that did not change is unchanged, not "0%", and cites both figures', async () => {
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat></netreach-stat>`));
    await settled(el, '57');
    expect(text(el, 'growth')).to.equal('unchanged since 2020');
    expect(text(el, 'note')).to.match(/^Computed from two figures: 57 in 2020 \(.+\) and 57 in 2021 \(.+\)\.$/);
    const persian = await ready(await fixture<NetreachStat>(html`<netreach-stat lang="fa"></netreach-stat>`));
    await settled(persian, '۵۷');
    expect(text(persian, 'growth')).to.equal('بدون تغییر نسبت به ۲۰۲۰');
  });

  it('speaks Persian with Persian digits, right to left', async () => {
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat lang="fa" metric="virtual-students"></netreach-stat>`));
    await settled(el, '۳۰\u00a0میلیون+');
    expect(text(el, 'label')).to.equal('دانشجویان مجازی');
    expect(part(el, 'frame')?.getAttribute('dir')).to.equal('rtl');
    expect(text(el, 'growth')).to.contain('۲۰۲۰');
    // The sparkline's name lists its points with the language's comma, "،", not a Latin one.
    const points = part(el, 'sparkline')!.getAttribute('aria-label')!;
    expect(points.split('\u060c ')).to.have.length(3);
    expect(points).to.not.include(',');
    // The sparkline's time runs left to right (the default in every language), rising to the right; mirrored on request.
    const ends = (tile: NetreachStat) => {
      const d = part(tile, 'sparkline')!.querySelector('path')!.getAttribute('d')!;
      const xs = [...d.matchAll(/[ML](-?[\d.]+),/g)].map((match) => Number(match[1]));
      return [xs[0]!, xs[xs.length - 1]!];
    };
    const [start, end] = ends(el);
    expect(start).to.be.lessThan(end!);
    el.setAttribute('time-direction', 'rtl');
    await el.updateComplete;
    const [mirroredStart, mirroredEnd] = ends(el);
    expect(mirroredStart).to.be.greaterThan(mirroredEnd!);
  });

  it('speaks Urdu right to left, in Latin digits or, asked, in Urdu digits', async () => {
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat lang="ur" metric="virtual-students"></netreach-stat>`));
    await settled(el, '3\u00a0کروڑ+');
    expect(part(el, 'frame')?.getAttribute('dir')).to.equal('rtl');
    expect(text(el, 'growth')).to.contain('2020');
    const urduDigits = await ready(await fixture<NetreachStat>(html`<netreach-stat lang="ur-u-nu-arabext"></netreach-stat>`));
    await settled(urduDigits, '۵۷');
    expect(text(urduDigits, 'label')).to.equal('رکن ممالک');
  });

  it('leaves room under a figure written in words right to left: Persian and Arabic, and Urdu more', async () => {
    const leading = async (lang: string) => {
      const el = await ready(await fixture<NetreachStat>(html`<netreach-stat lang=${lang} metric="virtual-students"></netreach-stat>`));
      const style = getComputedStyle(part(el, 'value')!);
      return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
    };
    expect(await leading('en')).to.be.closeTo(1.05, 0.01);
    expect(await leading('fa')).to.be.closeTo(1.3, 0.01);
    expect(await leading('ar')).to.be.closeTo(1.3, 0.01);
    expect(await leading('ur-u-nu-arabext')).to.be.closeTo(2.3, 0.01);
  });

  // Noto Nastaliq Urdu's letters reach 1.9 em above their baseline and 0.7 below: at the widgets' line height of 1.35
  // the growth's "کم" cut through the figure's words above it, "نہیں" sat on the sparkline, and a note's lines
  // touched. In the font itself, in a phone's tile and a wider one, and in a dashboard's row of tiles.
  it('keeps the ink of each line of an Urdu tile off its neighbours’ and off the sparkline, in Noto Nastaliq Urdu', async () => {
    const font = await loadFont('Noto Nastaliq Urdu');
    const tiles: { name: string; tile: Element }[] = [];
    for (const width of [320, 400])
      for (const metric of ['virtual-students', 'countries']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang="ur" style="width: ${width}px; font-family: ${font}"><netreach-stat metric=${metric}></netreach-stat></div>`,
        );
        const el = await ready(wrapper.querySelector('netreach-stat')!);
        await waitUntil(() => part(el, 'sparkline'), 'no sparkline');
        tiles.push({ name: `${metric} at ${width} px`, tile: shadow(el).querySelector('.tile')! });
      }
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ur" style="width: 360px; font-family: ${font}"><netreach-dashboard></netreach-dashboard></div>`,
    );
    const dashboard = wrapper.querySelector('netreach-dashboard')!;
    await waitUntil(() => dashboard.getAttribute('state') === 'ready', 'the dashboard never became ready');
    const kpis = () => [...shadow(dashboard).querySelectorAll<NetreachStat>('netreach-stat')];
    await waitUntil(() => kpis().length > 0 && kpis().every((kpi) => kpi.state === 'ready' && part(kpi, 'value')), 'no KPI tiles');
    await Promise.all(kpis().map((kpi) => kpi.updateComplete));
    for (const kpi of kpis())
      tiles.push({ name: `the dashboard's ${kpi.getAttribute('metric')}`, tile: shadow(kpi).querySelector('.tile')! });
    let checked = 0;
    for (const { name, tile } of tiles) {
      const lines = inkLines(tile);
      expect(lines.length, name).to.be.at.least(4);
      for (let index = 1; index < lines.length; index++) {
        const [above, below] = [lines[index - 1]!, lines[index]!];
        expect(below.top, `${name}: "${below.text}" reaches into "${above.text}"`).to.be.at.least(above.bottom);
      }
      // The sparkline (its stroke 1 px either side of the box's edge, where its highest point is) a quarter of the
      // growth's font size clear of the growth's ink above it, as in Latin script: it had touched "نہیں".
      const growth = tile.querySelector('[part="growth"]');
      const sparkline = tile.querySelector('[part="sparkline"]');
      if (!growth || !sparkline) continue;
      checked += 1;
      const room = parseFloat(getComputedStyle(growth).fontSize) / 4;
      expect(inkLines(growth).at(-1)!.bottom + room, `${name}: the growth on the sparkline`).to.be.at.most(
        sparkline.getBoundingClientRect().top - 1,
      );
    }
    // Every standalone tile and the dashboard's two tiles with a sparkline under their growth.
    expect(checked).to.equal(6);
  });

  it('inherits the language of an ancestor and follows changes to it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar"><netreach-stat></netreach-stat></div>`);
    const el = await ready(wrapper.querySelector('netreach-stat')!);
    await settled(el, '٥٧');
    wrapper.setAttribute('lang', 'en');
    await settled(el, '57');
  });

  it('falls back to English for an invalid lang without throwing', async () => {
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat lang="?? bad ??"></netreach-stat>`));
    await settled(el, '57');
    expect(text(el, 'label')).to.equal('Member countries');
  });

  it('names an unknown metric in an alert and fires netreach-error', async () => {
    const el = document.createElement('netreach-stat');
    el.setAttribute('metric', 'graduates');
    const event = oneEvent(document, 'netreach-error');
    document.body.append(el);
    const { detail, bubbles, composed } = (await event) as CustomEvent<{ code: string; message: string }>;
    expect(detail).to.deep.equal({
      code: 'unknown-metric',
      message: 'Unknown metric "graduates" (countries, virtual-students, digital-universities)',
    });
    expect(bubbles && composed).to.equal(true);
    await ready(el, 'error');
    expect(part(el, 'error')?.getAttribute('role')).to.equal('alert');
    expect(text(el, 'error')).to.equal('Unknown metric "graduates" (countries, virtual-students, digital-universities)');
    el.remove();
  });

  it('shows the HTTP status and URL when src fails', async () => {
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat src="/mock/status?code=404"></netreach-stat>`), 'error');
    expect(text(el, 'error')).to.equal('Could not load /mock/status?code=404: HTTP 404');
  });

  it('localizes error messages, the URL in a bidi isolate in a right-to-left sentence', async () => {
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat lang="fa" src="/mock/html"></netreach-stat>`), 'error');
    expect(text(el, 'error')).to.equal('\u2068/mock/html\u2069 در قالب JSON نیست');
  });

  it('reads an inline JSON script child', async () => {
    const el = await ready(
      await fixture<NetreachStat>(html`<netreach-stat>
        <script type="application/json">
          {"version":1,"network":{"id":"x","name":"X"},"regions":[{"id":"r","name":"R"}],
           "members":[{"country":"PAK","region":"r"},{"country":"TUR","region":"r"}],"sources":[]}
        </script>
      </netreach-stat>`),
    );
    await settled(el, '2');
  });

  it('draws again when its inline JSON is edited in place (a CMS preview), and stops watching it once removed', async () => {
    const members = (codes: string[]) =>
      JSON.stringify({
        version: 1,
        network: { id: 'x', name: 'X' },
        regions: [{ id: 'r', name: 'R' }],
        members: codes.map((country) => ({ country, region: 'r' })),
        sources: [],
      });
    // Which observers watch the script, and which of them were disconnected.
    const watching = new Set<MutationObserver>();
    const disconnected = new Set<MutationObserver>();
    const { observe, disconnect } = MutationObserver.prototype;
    MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
      if (target instanceof HTMLScriptElement) watching.add(this);
      return observe.call(this, target, options);
    };
    MutationObserver.prototype.disconnect = function (this: MutationObserver) {
      disconnected.add(this);
      return disconnect.call(this);
    };
    try {
      // The script written without Lit, whose bindings in a script's text leave markers among its child nodes.
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = members(['PAK', 'TUR']);
      const el = document.createElement('netreach-stat') as NetreachStat;
      el.append(script);
      (await fixture(html`<div></div>`)).append(el);
      await ready(el);
      await settled(el, '2');
      // Its text node's data changed, then the text replaced (a new text node): both read.
      (script.firstChild as Text).data = members(['PAK', 'TUR', 'IRN']);
      await settled(el, '3');
      script.textContent = members(['PAK']);
      await settled(el, '1');
      expect(watching.size).to.be.greaterThan(0);
      el.remove();
      expect([...watching].every((observer) => disconnected.has(observer))).to.equal(true);
    } finally {
      MutationObserver.prototype.observe = observe;
      MutationObserver.prototype.disconnect = disconnect;
    }
  });

  it('takes a .data object without mutating it, and shows the illustrative badge', async () => {
    const data = structuredClone(EXAMPLE_NETWORK) as Record<string, unknown>;
    const before = JSON.stringify(data);
    const el = await fixture<NetreachStat>(html`<netreach-stat .data=${data} metric="universities"></netreach-stat>`);
    await ready(el);
    expect(JSON.stringify(data)).to.equal(before);
    expect(text(el, 'badge')).to.equal('Illustrative data');
  });

  it('shows the validation problem of a bad .data object', async () => {
    const el = await fixture<NetreachStat>(html`<netreach-stat .data=${{ version: 2 }}></netreach-stat>`);
    await ready(el, 'error');
    expect(text(el, 'error')).to.contain('version: 2 is not supported');
  });

  it('fills a row of tiles with its error box, as a tile fills it with its card', async () => {
    // A row of tiles stretches each to the tallest; an error box at the top of a taller host left a strip of the
    // page's tile background under it.
    const row = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: 12rem 12rem">
      <netreach-stat metric="virtual-students"></netreach-stat>
      <netreach-stat metric="graduates"></netreach-stat>
    </div>`);
    const [tile, broken] = [...row.querySelectorAll<NetreachStat>('netreach-stat')] as [NetreachStat, NetreachStat];
    await ready(tile);
    await ready(broken, 'error');
    const box = part(broken, 'error')!.getBoundingClientRect();
    const host = broken.getBoundingClientRect().height;
    expect(host, 'stretched to the tile beside it').to.be.closeTo(tile.getBoundingClientRect().height, 1);
    expect(host, 'taller than one line of error').to.be.above(150);
    expect(box.height).to.be.closeTo(host, 1);
  });

  it('is empty for a dataset without members or totals', async () => {
    const data = { version: 1, network: { id: 'x', name: 'X' }, regions: [], members: [], sources: [] };
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat .data=${data}></netreach-stat>`), 'empty');
    expect(text(el, 'status')).to.equal('This dataset has no member countries.');
  });

  it('never shows a stale response when src changes', async () => {
    const [first, second] = [heldUrl('A'), heldUrl('B')];
    const el = await fixture<NetreachStat>(html`<netreach-stat src=${first}></netreach-stat>`);
    await requested(first);
    el.src = second;
    await release(second);
    await ready(el);
    expect(el.currentDataset?.network.name).to.equal('network B');
    // The first response arrives last, and is dropped.
    await release(first);
    await frames(10);
    expect(el.currentDataset?.network.name).to.equal('network B');
  });

  it('says what belonging means and how much the sources name: Silk Road 27, 2 named; Al-Mustafa 45+ visitors', async () => {
    const silk = await ready(await fixture<NetreachStat>(html`<netreach-stat dataset="silk-road"></netreach-stat>`));
    await settled(silk, '27');
    expect(text(silk, 'named')).to.equal('2 named in the sources');
    const visitors = await ready(await fixture<NetreachStat>(html`<netreach-stat dataset="al-mustafa"></netreach-stat>`));
    await settled(visitors, '45+');
    expect(text(visitors, 'label')).to.equal('Countries of visitors');
    expect(text(visitors, 'note')).to.equal('The source lists these as examples (“such as”): there may be more.');
    expect(text(visitors, 'source')).to.equal('Source: Al-Mustafa International University');
    await expect(visitors).to.be.accessible();
  });

  it('says the growth is computed, from which two figures and sources', async () => {
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat metric="virtual-students"></netreach-stat>`));
    expect(text(el, 'note')).to.equal(
      'Computed from two figures: 22\u00a0million in 2020 (National Library and Archives of Iran [Public Relations]) ' +
        'and more than 30\u00a0million in 2021 (CINVU [Public Relations]). 22\u00a0million may be rounded (up to 22,500,000).',
    );
  });

  it('writes the command line’s file from its scene, in English, Persian, Urdu and Arabic, light and dark', async () => {
    const size = { width: 600, height: 400 };
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat metric="virtual-students"></netreach-stat>`));
    await expectSameFile(el, 'stat', { metric: 'virtual-students' }, size, 'stat-cinvu-students-file');
    const persian = await ready(await fixture<NetreachStat>(html`<netreach-stat lang="fa" metric="virtual-students"></netreach-stat>`));
    await expectSameFile(persian, 'stat', { metric: 'virtual-students' }, size, 'stat-cinvu-students-fa-file');
    // The dark theme, in Urdu (right to left, Nastaliq's taller lines): the file the command line's --theme dark writes.
    const urdu = await ready(await fixture<NetreachStat>(html`<netreach-stat lang="ur" metric="virtual-students"></netreach-stat>`));
    await expectSameFile(urdu, 'stat', { metric: 'virtual-students' }, size, 'stat-cinvu-students-ur-dark-file', 'dark');
    const arabic = await ready(await fixture<NetreachStat>(html`<netreach-stat lang="ar" metric="virtual-students"></netreach-stat>`));
    await expectSameFile(arabic, 'stat', { metric: 'virtual-students' }, size, 'stat-cinvu-students-ar-dark-file', 'dark');
    const mirrored = await ready(
      await fixture<NetreachStat>(html`<netreach-stat lang="fa" metric="virtual-students" time-direction="rtl"></netreach-stat>`),
    );
    await expectSameFile(mirrored, 'stat', { metric: 'virtual-students', 'time-direction': 'rtl' }, size);
    const silk = await ready(await fixture<NetreachStat>(html`<netreach-stat dataset="silk-road"></netreach-stat>`));
    await expectSameFile(silk, 'stat', {}, size);
    // The sparkline's first point is dated only "before the spread of coronavirus": its label says so, no year.
    const texts = [...new DOMParser().parseFromString(await el.toSVG(size), 'image/svg+xml').querySelectorAll('text')].map(
      (node) => node.textContent,
    );
    expect(texts).to.include.members([
      '30M+',
      'more than 30\u00a0million (2021)',
      'at least +33% since 2020',
      'Before the spread of coronavirus',
    ]);
    expect(texts.join(' ')).to.not.contain('2019');
  });

  it('is accessible in the dark theme', async () => {
    const el = await ready(await fixture<NetreachStat>(html`<netreach-stat theme="dark" metric="virtual-students"></netreach-stat>`));
    await settled(el, '30M+');
    await expect(el).to.be.accessible();
  });
});

describe('<netreach-stat> motion', () => {
  // Animation time moves 100 ms a frame, whatever the machine's load (see test/helpers/count-up.ts).
  let clock: ReturnType<typeof useFrameClock>;
  beforeEach(() => (clock = useFrameClock()));
  afterEach(() => clock.restore());

  /** A stat in a fresh box, with every value its number shows recorded from the first render on. */
  async function recordedStat() {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('netreach-stat') as NetreachStat;
    el.metric = 'virtual-students';
    box.append(el);
    return { el, recorded: recordShownValues(el) };
  }

  it('counts up from zero when first seen', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const { recorded } = await recordedStat();
    const values = await countedUpTo(recorded, '30M+');
    recorded.stop();
    expect(
      values.some((value) => parseFloat(value) === 0),
      values.join(' '),
    ).to.equal(true);
    expect(values.length, values.join(' ')).to.be.above(2);
  });

  it('shows no qualifier until the true figure: never "25M+" on the way to "30M+"', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const { recorded } = await recordedStat();
    const values = await countedUpTo(recorded, '30M+');
    recorded.stop();
    const onTheWay = values.slice(
      values.findIndex((value) => parseFloat(value) === 0),
      -1,
    );
    expect(onTheWay.length, values.join(' ')).to.be.above(2);
    expect(
      onTheWay.filter((value) => /[+~]/.test(value)),
      values.join(' '),
    ).to.deep.equal([]);
    expect(values.at(-1)).to.equal('30M+');
  });

  it('shows neither its figure before counting nor a value below zero, when frames are late', async () => {
    await clock.restore();
    // Each frame's timestamp 150 ms before the time read in the frame before: the count-up starts at its first frame.
    clock = useFrameClock(100, 150);
    await emulateMedia({ reducedMotion: 'no-preference' });
    const { recorded } = await recordedStat();
    const values = await countedUpTo(recorded, '30M+');
    recorded.stop();
    expect(parseFloat(values[0]!), values.join(' ')).to.equal(0);
    expect(
      values.filter((value) => value.startsWith('-') || value.startsWith('−')),
      values.join(' '),
    ).to.deep.equal([]);
  });

  it('is ready with its final figure: netreach-ready and whenReady() come once the count-up has ended', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('netreach-stat') as NetreachStat;
    el.metric = 'virtual-students';
    const atReady: string[] = [];
    el.addEventListener('netreach-ready', () => atReady.push(`${el.state} ${text(el, 'value')}`));
    box.append(el);
    const recorded = recordShownValues(el);
    await el.whenReady();
    const atWhenReady = text(el, 'value');
    const values = await countedUpTo(recorded, '30M+');
    recorded.stop();
    // It did count up (the test would say nothing of a tile that did not).
    expect(
      values.some((value) => parseFloat(value) === 0),
      values.join(' '),
    ).to.equal(true);
    expect(atReady).to.deep.equal(['ready 30M+']);
    expect(atWhenReady).to.equal('30M+');
  });

  it('shows the final figure at once under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { el, recorded } = await recordedStat();
    await ready(el);
    await seenAs(el, true);
    // 20 frames are 2 s of animation time: a count-up (1.2 s) would have started and ended.
    await frames(20);
    expect(recorded.stop()).to.deep.equal(['30M+']);
  });
});
