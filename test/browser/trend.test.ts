import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import { expectUnknownMetricError } from '../helpers/assertions.js';
import type { NetreachTrend } from '../../src/trend/trend.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { expectGolden } from '../helpers/golden.js';
import { expectSameFile } from '../helpers/scene-file.js';
import { waitUntil } from '../helpers/wait.js';

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const parts = (el: Element, name: string) => [...shadow(el).querySelectorAll(`[part~="${name}"]`)];
const text = (el: Element, name: string) => part(el, name)?.textContent?.trim() ?? '';
const pointLabels = (el: Element) => [...shadow(el).querySelectorAll('.point .value')].map((node) => node.textContent?.trim());
const subpaths = (el: Element, name: string) => (part(el, name)?.getAttribute('d')?.match(/M/g) ?? []).length;
const cx = (point: Element) => Number(point.querySelector('.dot')!.getAttribute('cx'));

/** A trend in a box of `width` pixels, once it has drawn its chart. */
async function trend(template: unknown, width = 600): Promise<NetreachTrend> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('netreach-trend')!;
  await waitUntil(() => el.state !== 'loading' && (el.state !== 'ready' || part(el, 'line') || part(el, 'status')), 'never drew');
  await el.updateComplete;
  return el;
}

describe('<netreach-trend>', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('draws the CINVU virtual students 8M → 22M → 30M+ with no configuration', async () => {
    const el = await trend(html`<netreach-trend></netreach-trend>`);
    expect(el.resolvedMetric).to.equal('virtual-students');
    expect(pointLabels(el)).to.deep.equal(['8M', '22M', '30M+']);
    expect(text(el, 'title')).to.equal('Virtual students');
    expect(shadow(el).querySelector('#summary')?.textContent).to.equal(
      'Virtual students rose from 8\u00a0million before the spread of coronavirus to more than 30\u00a0million in 2021.',
    );
    expect(parts(el, 'point').map((point) => point.getAttribute('aria-label'))).to.deep.equal([
      'Before the spread of coronavirus: 8\u00a0million — Source: National Library and Archives of Iran (Public Relations)',
      '2020: 22\u00a0million — Source: National Library and Archives of Iran (Public Relations)',
      '2021: more than 30\u00a0million — Source: CINVU (Public Relations)',
    ]);
    expect(subpaths(el, 'line')).to.equal(1);
    expect(part(el, 'area')).to.equal(null);
    expect(text(el, 'source')).to.match(/^Sources:\s+National Library and Archives of Iran \(Public Relations\);\s+CINVU/);
    const yLabels = [...shadow(el).querySelectorAll('.grid text')].map((node) => node.textContent);
    expect(yLabels[0]).to.equal('0');
    expect(yLabels).to.include('30M');
    await expect(el).to.be.accessible();
  });

  it('matches its golden SVG', async () => {
    const el = await trend(html`<netreach-trend></netreach-trend>`);
    await expectGolden('trend-cinvu', part(el, 'chart')!);
  });

  it('leaves a gap for the missing 2019 of the example network, line and area alike', async () => {
    const el = await trend(html`<netreach-trend metric="virtual-students" type="area" .data=${EXAMPLE_NETWORK}></netreach-trend>`);
    expect(subpaths(el, 'line')).to.equal(2);
    expect(subpaths(el, 'area')).to.equal(2);
    const years = [...shadow(el).querySelectorAll('.x-axis text')].map((node) => node.textContent);
    expect(years).to.deep.equal(['2017', '2018', '2019', '2020', '2021', '2022']);
    expect(shadow(el).querySelector('#summary')?.textContent).to.match(/No figure for 2019\.$/);
    expect(text(el, 'badge')).to.equal('Illustrative data');
    await expectGolden('trend-example-area', part(el, 'chart')!);
  });

  // Text right to left, time left to right (the default in every language, see the README's "Time direction"), or
  // right to left with time-direction="rtl"; Urdu counts in lakhs and crores, in Latin digits by default.
  for (const { lang, name, labels, years } of [
    {
      lang: 'fa',
      name: 'Persian',
      labels: ['۸\u00a0میلیون', '۲۲\u00a0میلیون', '۳۰\u00a0میلیون+'],
      years: ['پیش از شیوع ویروس کرونا', '۲۰۲۰', '۲۰۲۱'],
    },
    {
      lang: 'ur',
      name: 'Urdu',
      labels: ['80\u00a0لاکھ', '2.2\u00a0کروڑ', '3\u00a0کروڑ+'],
      years: ['کورونا وائرس کے پھیلاؤ سے پہلے', '2020', '2021'],
    },
  ]) {
    it(`writes ${name} right to left with its digits, time left to right`, async () => {
      const el = await trend(html`<netreach-trend lang=${lang}></netreach-trend>`);
      expect(part(el, 'frame')?.getAttribute('dir')).to.equal('rtl');
      expect(pointLabels(el)).to.deep.equal(labels);
      const [first, , last] = parts(el, 'point');
      expect(cx(first!)).to.be.lessThan(cx(last!));
      const axis = [...shadow(el).querySelectorAll('.x-axis text')];
      expect(axis.map((node) => node.textContent)).to.deep.equal(years);
      expect(Number(axis[0]!.getAttribute('x'))).to.be.lessThan(Number(axis[2]!.getAttribute('x')));
      // The value axis sits on the left, where time starts, clear of the plot.
      const gridLine = shadow(el).querySelector('.grid line')!;
      const yLabel = shadow(el).querySelector('.grid text')!;
      expect(yLabel.getBoundingClientRect().right).to.be.at.most(gridLine.getBoundingClientRect().left + 0.5);
      await expect(el).to.be.accessible();
    });

    it(`runs time right to left in ${name} with time-direction="rtl"`, async () => {
      const el = await trend(html`<netreach-trend lang=${lang} time-direction="rtl"></netreach-trend>`);
      expect(pointLabels(el)).to.deep.equal(labels);
      const [first, , last] = parts(el, 'point');
      expect(cx(first!)).to.be.greaterThan(cx(last!));
      const axis = [...shadow(el).querySelectorAll('.x-axis text')];
      expect(axis.map((node) => node.textContent)).to.deep.equal(years);
      expect(Number(axis[0]!.getAttribute('x'))).to.be.greaterThan(Number(axis[2]!.getAttribute('x')));
      // The value axis sits on the right, clear of the plot.
      const gridLine = shadow(el).querySelector('.grid line')!;
      const yLabel = shadow(el).querySelector('.grid text')!;
      expect(yLabel.getBoundingClientRect().left).to.be.at.least(gridLine.getBoundingClientRect().right - 0.5);
      await expect(el).to.be.accessible();
    });
  }

  it('moves between the years with the arrow keys from one tab stop', async () => {
    const el = await trend(html`<netreach-trend></netreach-trend>`);
    const points = parts(el, 'point');
    expect(points.map((point) => point.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0']);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(points[2]);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('aria-label')).to.match(/^2020: 22\u00a0million — Source: /);
    expect(text(el, 'tooltip')).to.match(/^2020: 22M/);
    expect(parts(el, 'point').map((point) => point.getAttribute('tabindex'))).to.deep.equal(['-1', '0', '-1']);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-item')).to.equal('0');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-item')).to.equal('0');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-item')).to.equal('2');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'tooltip')).to.equal(null);
    // A visible focus ring on the focused point: its dot grows, drawn in the focus colour.
    const dot = (point: Element) => getComputedStyle(point.querySelector('.dot')!);
    const [first, , focusedPoint] = parts(el, 'point');
    expect(shadow(el).activeElement).to.equal(focusedPoint);
    expect(parseFloat(dot(focusedPoint!).r)).to.be.greaterThan(parseFloat(dot(first!).r));
    expect(dot(focusedPoint!).stroke).to.not.equal(dot(first!).stroke);
  });

  for (const [lang, year] of [
    ['ar', '٢٠٢٠'],
    ['ur', '2020'],
  ]) {
    it(`moves the arrow keys the way time runs on screen (${lang})`, async () => {
      // Time left to right (the default): Left goes earlier, as on the screen, in a right-to-left language too.
      const el = await trend(html`<netreach-trend lang=${lang}></netreach-trend>`);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(shadow(el).activeElement?.getAttribute('aria-label')).to.match(new RegExp(`^${year}: `));
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shadow(el).activeElement?.getAttribute('data-item')).to.equal('2');
      // Time right to left: the keys are mirrored.
      el.setAttribute('time-direction', 'rtl');
      await el.updateComplete;
      (shadow(el).activeElement as HTMLElement | null)?.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shadow(el).activeElement?.getAttribute('aria-label')).to.match(new RegExp(`^${year}: `));
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(shadow(el).activeElement?.getAttribute('data-item')).to.equal('2');
    });
  }

  it('shows a tooltip inside the box for the point under the pointer', async () => {
    const el = await trend(html`<netreach-trend></netreach-trend>`, 400);
    const last = parts(el, 'point')[2]!;
    const box = last.querySelector('.dot')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await waitUntil(() => part(el, 'tooltip'), 'no tooltip');
    await el.updateComplete;
    const tooltip = part(el, 'tooltip')!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(text(el, 'tooltip')).to.match(/^2021: 30M\+Source: CINVU/);
    expect(tooltip.left).to.be.at.least(host.left - 0.5);
    expect(tooltip.right).to.be.at.most(host.right + 0.5);
    expect(tooltip.top).to.be.at.least(host.top - 0.5);
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => !part(el, 'tooltip'), 'tooltip stayed');
  });

  // The example's points lie close together at 320 px: a tooltip centred on one covered its neighbour's value.
  for (const [lang, width] of [
    ['en', 320],
    ['ur', 320],
    ['fa', 600],
  ] as const) {
    it(`leaves the other points' values in sight when it shows a point's tooltip, ${lang} at ${width} px`, async () => {
      const el = await trend(
        html`<netreach-trend lang=${lang} .data=${EXAMPLE_NETWORK} metric="virtual-students"></netreach-trend>`,
        width,
      );
      const covered: string[] = [];
      for (const point of parts(el, 'point')) {
        (point as SVGElement).focus();
        await el.updateComplete;
        const tip = part(el, 'tooltip')!.getBoundingClientRect();
        for (const other of parts(el, 'point').filter((each) => each !== point)) {
          const value = other.querySelector('.value')?.getBoundingClientRect();
          if (
            value &&
            Math.min(tip.right, value.right) - Math.max(tip.left, value.left) > 0.5 &&
            Math.min(tip.bottom, value.bottom) - Math.max(tip.top, value.top) > 0.5
          )
            covered.push(`${point.getAttribute('data-item')} over ${other.getAttribute('data-item')}`);
        }
      }
      expect(covered).to.deep.equal([]);
    });
  }

  it('follows its container, and draws once it is shown after being created hidden', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: none; width: 500px"><netreach-trend></netreach-trend></div>`);
    const el = wrapper.querySelector('netreach-trend')!;
    await waitUntil(() => el.currentDataset, 'no data');
    expect(await el.updateComplete).to.equal(false);
    expect(el.state).to.equal('loading');
    expect(part(el, 'chart')).to.equal(null);
    expect(text(el, 'title')).to.equal('Virtual students');
    wrapper.style.display = 'block';
    await waitUntil(() => part(el, 'chart')?.getAttribute('width') === '500', 'did not draw when shown');
    wrapper.style.width = '320px';
    await waitUntil(() => part(el, 'chart')?.getAttribute('width') === '320', 'did not follow the resize');
    expect(pointLabels(el)).to.deep.equal(['8M', '22M', '30M+']);
  });

  it('takes a height, or follows the width between 180 and 340 pixels', async () => {
    const fixed = await trend(html`<netreach-trend height="220"></netreach-trend>`);
    expect(part(fixed, 'chart')?.getAttribute('height')).to.equal('220');
    const wide = await trend(html`<netreach-trend></netreach-trend>`, 1200);
    expect(part(wide, 'chart')?.getAttribute('height')).to.equal('340');
  });

  it('fits its chart, notes and sources inside a height the page gives it, a smaller or a larger one', async () => {
    // Its chart's height came from its width (300 px at 600): in 300 px, its notes and sources ran below its box.
    for (const [given, presenter, height] of [
      [300, false, undefined],
      [460, true, 400],
      [700, false, undefined],
    ] as const) {
      const el = (
        await fixture<HTMLDivElement>(
          html`<div style="width: 600px">
            <netreach-trend style="height: ${given}px" ?presenter=${presenter} height=${height ?? nothing}></netreach-trend>
          </div>`,
        )
      ).querySelector('netreach-trend')!;
      const style = `${given} px`;
      const attributes = presenter ? `presenter height="${height}"` : '';
      // The sources at the foot of its box (none of it left empty), the chart above the notes.
      const fits = () => {
        const host = el.getBoundingClientRect();
        const chart = part(el, 'chart')?.getBoundingClientRect();
        const source = part(el, 'source')?.getBoundingClientRect();
        const under = (part(el, 'note') ?? part(el, 'source'))?.getBoundingClientRect();
        return Boolean(chart && source && under && Math.abs(source.bottom - host.bottom) < 1 && chart.bottom <= under.top + 0.5);
      };
      await waitUntil(
        () => el.state === 'ready' && fits(),
        () => `${style} ${attributes}: did not fit its chart and sources in its height`,
      );
      expect(el.getBoundingClientRect().height).to.equal(given);
      expect(shadow(el).querySelector('.frame')!.scrollHeight, `${style} ${attributes}`).to.be.at.most(given);
    }
  });

  it('writes fewer value ticks where their lines would meet: Urdu, 200 px wide, in a short chart', async () => {
    // Urdu's trend on a dashboard's slide wrote "0" and "2 کروڑ" into each other (its plot a few pixels tall): a short
    // chart on a page, the same.
    for (const height of [200, 150, 120]) {
      const el = await trend(html`<netreach-trend lang="ur" height=${height}></netreach-trend>`, 200);
      const ticks = [...shadow(el).querySelectorAll('.grid text')].map((node) => ({
        label: node.textContent,
        box: node.getBoundingClientRect(),
      }));
      expect(ticks.length, `${height} px`).to.be.at.least(1);
      const meeting = ticks.flatMap((a, index) =>
        ticks
          .slice(index + 1)
          .filter((b) => Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 1)
          .map((b) => `${a.label} ⟂ ${b.label}`),
      );
      expect(meeting, `${height} px`).to.deep.equal([]);
    }
  });

  it('names an unknown metric in an alert and fires netreach-error', () =>
    expectUnknownMetricError('netreach-trend', 'metric', 'graduates', 'graduates'));

  it('is empty for an empty dataset, and says so when a metric has no totals', async () => {
    const empty = { version: 1, network: { id: 'x', name: 'X' }, regions: [], members: [], sources: [] };
    const el = await trend(html`<netreach-trend .data=${empty}></netreach-trend>`);
    expect(el.state).to.equal('empty');
    expect(text(el, 'status')).to.equal('This dataset has no member countries.');
    const none = {
      ...empty,
      regions: [{ id: 'r', name: 'R' }],
      members: [{ country: 'PAK', region: 'r' }],
      metrics: [{ id: 'm', label: 'Things' }],
    };
    const other = await trend(html`<netreach-trend metric="m" .data=${none}></netreach-trend>`);
    expect(other.state).to.equal('ready');
    expect(text(other, 'status')).to.equal('No published totals for Things.');
    expect(part(other, 'chart')).to.equal(null);
    // Nothing to move between, so no word of the arrow keys; nor with a single year.
    expect(shadow(other).querySelector('#keys')?.textContent, 'no points').to.equal(undefined);
    const single = await trend(
      html`<netreach-trend metric="m" .data=${{ ...none, sources: [{ id: 's', title: 'S' }], totals: [{ metric: 'm', year: 2020, value: 5, source: 's' }] }}></netreach-trend>`,
    );
    expect(single.state, single.shadowRoot!.textContent!).to.equal('ready');
    expect(parts(single, 'point')).to.have.length(1);
    expect(shadow(single).querySelector('#keys')?.textContent, 'one point').to.equal(undefined);
    expect(part(single, 'chart')!.hasAttribute('aria-describedby')).to.equal(false);
    const drawn = await trend(html`<netreach-trend></netreach-trend>`);
    expect(shadow(drawn).querySelector('#keys')?.textContent).to.equal('Use the left and right arrow keys to move between years.');
    expect(part(drawn, 'chart')!.getAttribute('aria-describedby')).to.equal('keys');
  });

  it('writes the command line’s file from its scene, in English and Persian', async () => {
    const size = { width: 600, height: 400 };
    const el = await trend(html`<netreach-trend></netreach-trend>`);
    await expectSameFile(el, 'trend', {}, size, 'trend-cinvu-file');
    const persian = await trend(html`<netreach-trend lang="fa" type="area"></netreach-trend>`);
    await expectSameFile(persian, 'trend', { type: 'area' }, size, 'trend-cinvu-area-fa-file');
    // Time right to left: the same document from the page and the command line, the axis, points and labels mirrored.
    const mirrored = await trend(html`<netreach-trend lang="fa" time-direction="rtl"></netreach-trend>`);
    await expectSameFile(mirrored, 'trend', { 'time-direction': 'rtl' }, size, 'trend-cinvu-fa-time-rtl-file');
    const arabic = await trend(html`<netreach-trend lang="ar"></netreach-trend>`);
    await expectSameFile(arabic, 'trend', {}, size, 'trend-cinvu-ar-dark-file', 'dark');
    const points = (svg: string) =>
      [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('circle')].map((dot) => Number(dot.getAttribute('cx')));
    const [ltrFirst, , ltrLast] = points(await persian.toSVG(size));
    const [rtlFirst, , rtlLast] = points(await mirrored.toSVG(size));
    expect(ltrFirst).to.be.lessThan(ltrLast!);
    expect(rtlFirst).to.be.greaterThan(rtlLast!);
    const example = await trend(html`<netreach-trend metric="virtual-students" .data=${EXAMPLE_NETWORK}></netreach-trend>`);
    await expectSameFile(example, 'trend', { metric: 'virtual-students' }, size);
  });

  it('says under the chart what the figures cannot: the period, and the growth computed from two sources', async () => {
    const el = await trend(html`<netreach-trend></netreach-trend>`);
    expect(parts(el, 'note').map((note) => note.textContent)).to.deep.equal([
      'The source dates 8\u00a0million only as “before the spread of coronavirus”: it gives no year.',
      'At least +33% since 2020',
      'Computed from two figures: 22\u00a0million in 2020 (National Library and Archives of Iran [Public Relations]) ' +
        'and more than 30\u00a0million in 2021 (CINVU [Public Relations]). 22\u00a0million may be rounded (up to 22,500,000).',
    ]);
    const file = await el.toSVG({ width: 960, height: 540 });
    for (const note of parts(el, 'note')) expect(file).to.contain(note.textContent!.slice(0, 40));
    // Each source once on the source line, and no year the sources do not give.
    const texts = [...new DOMParser().parseFromString(file, 'image/svg+xml').querySelectorAll('text')].map((text) => text.textContent!);
    const sourceLine = texts.filter((text) => text.startsWith('Sources: '));
    expect(sourceLine).to.deep.equal(['Sources: National Library and Archives of Iran (Public Relations); CINVU (Public Relations)']);
    expect(texts.join(' ')).to.not.contain('2019');
  });

  it('is accessible in the dark theme as an area', async () => {
    const el = await trend(html`<netreach-trend theme="dark" type="area"></netreach-trend>`);
    expect(subpaths(el, 'area')).to.equal(1);
    await expect(el).to.be.accessible();
  });

  // Without a theme the dots and the labels' halos take the page's background. Canvas, which they took before, is
  // white on a dark page that does not say color-scheme: dark: white halos behind white labels, white dots.
  it('paints its dots and label halos in a dark page’s own background, without a theme or a colour scheme', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="color: #e5e7eb; background: #111827"><div style="width: 600px"><netreach-trend></netreach-trend></div></div>`,
    );
    const el = wrapper.querySelector('netreach-trend')!;
    await waitUntil(() => el.state === 'ready' && part(el, 'line'), 'never drew');
    await el.updateComplete;
    const points = parts(el, 'point');
    expect(points).to.have.length(3);
    for (const point of points) {
      const label = point.querySelector('.value')!;
      expect(getComputedStyle(point.querySelector('.dot')!).fill, label.textContent!).to.equal('rgb(17, 24, 39)');
      expect(getComputedStyle(label).stroke, label.textContent!).to.equal('rgb(17, 24, 39)');
      expect(getComputedStyle(label).fill, label.textContent!).to.equal('rgb(229, 231, 235)');
    }
    // A grey page's grey, and a theme's own background on any page.
    (wrapper as HTMLElement).style.cssText = 'color: #111; background: rgb(230, 231, 232)';
    el.requestUpdate();
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.dot')!).fill).to.equal('rgb(230, 231, 232)');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.dot')!).fill).to.equal('rgb(21, 25, 30)');
  });
});

describe('<netreach-trend> motion', () => {
  it('draws the line in when first seen, and not under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await trend(html`<netreach-trend></netreach-trend>`);
    // The entrance is a class on the frame while it plays (NetreachElement.replay).
    await waitUntil(() => part(moving, 'frame')?.classList.contains('enter'), 'never animated');
    expect(getComputedStyle(part(moving, 'line')!).animationName).to.equal('netreach-trend-draw');
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await trend(html`<netreach-trend></netreach-trend>`);
    // The entrance starts (the class is set) but nothing moves.
    await waitUntil(() => part(still, 'frame')?.classList.contains('enter'), 'the entrance never started');
    expect(getComputedStyle(part(still, 'line')!).animationName).to.equal('none');
  });
});
