/**
 * `state="ready"` means drawn: a MutationObserver on the attribute sees, in the callback that reports `ready`,
 * the whole picture in the shadow DOM at its measured size. Hidden widgets, value updates and `updateComplete`.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import type { NetreachBars } from '../../src/bars/bars.js';
import { barRows } from '../../src/core/bars-model.js';
import { dashboardPlan } from '../../src/core/dashboard-model.js';
import { validateDataset } from '../../src/core/validate.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';

const WIDTH = 640;
const cinvu = validateDataset(CINVU);
const example = validateDataset(EXAMPLE_NETWORK);
const all = (root: Element | ShadowRoot, selector: string) => [...root.querySelectorAll(selector)];
const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

/** What is missing from a widget's drawing, by tag; empty when it is complete. */
type Check = (el: NetreachElement) => string[];

function missing(found: number, expected: number, what: string): string[] {
  return found === expected ? [] : [`${what}: ${found} of ${expected}`];
}

/** The source line (where the widget has one to show), and an SVG chart as wide as the widget's box. */
function chartAndSource(root: ShadowRoot, source = true): string[] {
  const svg = root.querySelector('svg[part~="chart"]');
  return [
    ...(svg ? [] : ['no chart']),
    ...(svg && Number(svg.getAttribute('width')) !== WIDTH ? [`chart ${svg.getAttribute('width')} wide, box ${WIDTH}`] : []),
    ...sourceLine(root, source),
  ];
}

function sourceLine(root: ShadowRoot, expected = true): string[] {
  return !expected || root.querySelector('[part="source"]')?.textContent?.trim() ? [] : ['no source line'];
}

const checks: Record<string, Check> = {
  'netreach-stat': (el) => {
    const root = el.shadowRoot!;
    // Of the CINVU metrics, the virtual students have a series of totals, each with its source.
    const series = el.getAttribute('metric') === 'virtual-students';
    return [
      ...(root.querySelector('[part="value"]')?.textContent?.trim() ? [] : ['no value']),
      ...(root.querySelector('[part="label"]')?.textContent?.trim() ? [] : ['no label']),
      ...(!series || root.querySelector('[part="sparkline"] path')?.getAttribute('d') ? [] : ['no sparkline']),
      ...sourceLine(root, series),
    ];
  },
  'netreach-map': (el) => {
    const root = el.shadowRoot!;
    // Coloured by region (the CINVU members have no values of their own), the map cites no source.
    return [
      ...chartAndSource(root, el.hasAttribute('metric')),
      ...missing(all(root, '[role="option"]').length, 57, 'members'),
      ...missing(all(root, '[part="legend"] li').length, 3, 'legend entries'),
      ...(root.querySelector('.land')?.getAttribute('d') ? [] : ['no land']),
    ];
  },
  'netreach-bars': (el) => {
    const root = el.shadowRoot!;
    const { metric, groupBy, limit } = el as NetreachBars;
    const rows = barRows(el.currentDataset!, { metric, groupBy, sort: 'value', limit: limit ?? undefined, locale: 'en' });
    return [
      ...chartAndSource(root),
      ...missing(all(root, '.row .bar').length, rows.length, 'bars'),
      ...missing(all(root, '.row .label').filter((label) => label.textContent).length, rows.length, 'labels'),
    ];
  },
  'netreach-regions': (el) => {
    const root = el.shadowRoot!;
    return [
      ...missing(all(root, 'rect.cell').length, 57, 'waffle cells'),
      ...missing(all(root, '[part="legend-item"]').length, 3, 'legend entries'),
      ...sourceLine(root),
    ];
  },
  'netreach-trend': (el) => {
    const root = el.shadowRoot!;
    return [
      ...chartAndSource(root),
      ...missing(all(root, '[part="point"]').length, 3, 'points'),
      ...(root.querySelector('[part="line"]')?.getAttribute('d') ? [] : ['no line']),
    ];
  },
  'netreach-table': (el) => {
    const root = el.shadowRoot!;
    return [...missing(all(root, 'tbody tr').length, 57, 'rows'), ...sourceLine(root)];
  },
  'netreach-dashboard': (el) => {
    const parts = all(el.shadowRoot!, Object.keys(checks).join(', ')) as NetreachElement[];
    const plan = dashboardPlan(el.currentDataset!);
    return [
      ...missing(parts.filter((part) => part.state === 'ready').length, parts.length, 'parts ready'),
      // The KPI tiles, the map, the regions, the bars, the trend (when there is one) and the table.
      ...missing(parts.length, plan.kpis.length + (plan.trendMetric ? 5 : 4), 'parts'),
      // Each part drawn, by its own measure (at its own width).
      ...parts.flatMap((part) => checks[part.localName]!(part).map((problem) => `${part.localName}: ${problem}`)),
    ].filter((problem) => !/: chart \d+ wide/.test(problem));
  },
};

interface Watch {
  /** Every value `state` took, in order. */
  states: string[];
  /** What was missing from the drawing in the callback that first saw `ready` (undefined: not seen yet). */
  atReady?: string[];
  stop(): void;
}

/** Follows `el`'s `state` attribute with a MutationObserver; checks the drawing in the callback that sees `ready`. */
function watchState(el: NetreachElement, check: Check): Watch {
  const watch: Watch = { states: [], stop: () => observer.disconnect() };
  const observer = new MutationObserver((records) => {
    // Each record holds the value before it; the last value is the attribute's now.
    for (const record of records) if (record.oldValue !== null) watch.states.push(record.oldValue);
    const now = el.getAttribute('state')!;
    watch.states.push(now);
    if (now === 'ready' && !watch.atReady) watch.atReady = check(el);
  });
  observer.observe(el, { attributes: true, attributeFilter: ['state'], attributeOldValue: true });
  return watch;
}

/** The distinct values in order: `loading ready ready` is `loading ready`. */
const sequence = (states: string[]) => states.filter((state, index) => state !== states[index - 1]);

function create(tag: string, attributes: Record<string, string> = {}, data: unknown = CINVU): NetreachElement {
  const el = document.createElement(tag) as NetreachElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.data = data;
  return el;
}

function box(style = ''): HTMLDivElement {
  const container = document.createElement('div');
  container.style.cssText = `width: ${WIDTH}px; ${style}`;
  document.body.append(container);
  return container;
}

/**
 * CINVU with a figure for each member: bars by country need one (its member count by country is a sentence saying
 * every bar would be 1, not bars).
 */
const perCountry = {
  ...cinvu,
  members: cinvu.members.map((member, index) => ({ ...member, values: { ...member.values, 'virtual-students': 1000 * (index + 1) } })),
};

const WIDGETS: [tag: string, attributes?: Record<string, string>, data?: unknown][] = [
  ['netreach-stat', { metric: 'virtual-students' }],
  ['netreach-map'],
  ['netreach-bars', { 'group-by': 'country', limit: '0', metric: 'virtual-students' }, perCountry],
  ['netreach-regions'],
  ['netreach-trend'],
  ['netreach-table'],
  ['netreach-dashboard'],
];

describe('state="ready" means drawn', function () {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  let containers: HTMLElement[] = [];
  const container = (style = '') => {
    const made = box(style);
    containers.push(made);
    return made;
  };
  afterEach(() => {
    containers.forEach((each) => each.remove());
    containers = [];
  });

  for (const [tag, attributes, data] of WIDGETS) {
    it(`<${tag}>: the callback that sees ready sees the whole drawing`, async () => {
      const el = create(tag, attributes, data);
      const watch = watchState(el, checks[tag]!);
      container().append(el);
      await waitUntil(() => watch.atReady, `never ready (state ${el.state})`);
      watch.stop();
      expect(watch.atReady).to.deep.equal([]);
      // Given its data at once, a widget may be ready at its first render: the attribute's first value.
      expect(sequence(watch.states).filter((state) => state !== 'loading')).to.deep.equal(['ready']);
    });

    it(`<${tag}>: created hidden, it is loading until shown, then ready once drawn; updateComplete does not wait`, async () => {
      const hidden = container('display: none');
      const el = create(tag, attributes, data);
      const watch = watchState(el, checks[tag]!);
      hidden.append(el);
      // The data and the geometry are there (this page loaded them): nothing is on its way but a size.
      await frames(3);
      const settled = await el.updateComplete;
      const needsSize = tag !== 'netreach-stat' && tag !== 'netreach-table';
      expect(el.state, 'while hidden').to.equal(needsSize ? 'loading' : 'ready');
      expect(settled, 'updateComplete while hidden').to.equal(!needsSize);
      hidden.style.display = 'block';
      await waitUntil(() => watch.atReady, `never ready once shown (state ${el.state})`);
      watch.stop();
      expect(watch.atReady).to.deep.equal([]);
      expect(await el.updateComplete).to.equal(true);
    });
  }

  it('a widget inside a closed <details> draws at the size it will have (the browser lays it out, unseen)', async () => {
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = 'Map';
    details.append(summary);
    container().append(details);
    const el = create('netreach-map');
    const watch = watchState(el, checks['netreach-map']!);
    details.append(el);
    expect(await el.updateComplete).to.equal(true);
    expect(el.state).to.equal('ready');
    expect(watch.atReady).to.deep.equal([]);
    details.open = true;
    await frames(3);
    await el.updateComplete;
    watch.stop();
    expect(checks['netreach-map']!(el), 'open').to.deep.equal([]);
    expect(sequence(watch.states).filter((state) => state !== 'loading')).to.deep.equal(['ready']);
  });

  it('hidden after it was drawn, a widget keeps its drawing and stays ready', async () => {
    const wrapper = container();
    const el = create('netreach-bars', { 'group-by': 'country', limit: '0', metric: 'virtual-students' }, perCountry);
    wrapper.append(el);
    expect(await el.updateComplete).to.equal(true);
    const watch = watchState(el, checks['netreach-bars']!);
    wrapper.style.display = 'none';
    await frames(3);
    el.data = { ...perCountry };
    expect(await el.updateComplete).to.equal(true);
    expect(el.state).to.equal('ready');
    expect(checks['netreach-bars']!(el)).to.deep.equal([]);
    watch.stop();
    expect(sequence(watch.states)).to.deep.equal([]);
  });

  it('updateComplete resolves after the first drawing, not before it', async () => {
    for (const [tag, attributes, data] of WIDGETS) {
      const el = create(tag, attributes, data);
      container().append(el);
      expect(await el.updateComplete, tag).to.equal(true);
      expect(el.state, tag).to.equal('ready');
      expect(checks[tag]!(el), tag).to.deep.equal([]);
    }
  });

  it("draws once: the ResizeObserver's first report agrees with the first measurement, at fractional widths", async () => {
    const maps = ['333.33px', '400.5px', '801.49px'].map((width) => {
      const el = create('netreach-map');
      container(`width: ${width}`).append(el);
      return el;
    });
    await Promise.all(maps.map((el) => el.updateComplete));
    const firstMembers = maps.map((el) => el.shadowRoot!.querySelector('[role="option"]'));
    await frames(5);
    await Promise.all(maps.map((el) => el.updateComplete));
    // A second size would project again, and make the members anew.
    expect(maps.map((el, index) => el.shadowRoot!.querySelector('[role="option"]') === firstMembers[index])).to.deep.equal([
      true,
      true,
      true,
    ]);
  });

  it('value updates keep ready (no flicker) and are drawn by the time updateComplete resolves', async () => {
    // Rising along the members' order, or falling: each update moves every member to another class and bar length.
    const values = (scale: number, falling = false) => ({
      ...example,
      members: example.members.map((member, index) => ({
        ...member,
        values: { ...member.values, 'virtual-students': (falling ? example.members.length - index : index + 1) * scale },
      })),
    });
    const map = create('netreach-map', { metric: 'virtual-students' }, values(1000));
    const bars = create('netreach-bars', { metric: 'virtual-students', 'group-by': 'country', limit: '0' }, values(1000));
    const wrapper = container();
    wrapper.append(map, bars);
    await Promise.all([map.updateComplete, bars.updateComplete]);
    const watches = [map, bars].map((el) => watchState(el, () => []));
    const fills = () => all(map.shadowRoot!, '[role="option"]').map((node) => node.getAttribute('class'));
    const widths = () => all(bars.shadowRoot!, '.row .bar').map((bar) => bar.getAttribute('width'));
    for (const [scale, falling] of [
      [7, true],
      [1_000_000, false],
      [3, true],
    ] as const) {
      const before = [fills(), widths()];
      const next = values(scale, falling);
      map.data = next;
      bars.data = next;
      expect(await map.updateComplete).to.equal(true);
      expect(await bars.updateComplete).to.equal(true);
      expect(fills(), 'map fills').not.to.deep.equal(before[0]);
      expect(widths(), 'bar widths').not.to.deep.equal(before[1]);
      expect(checks['netreach-bars']!(bars)).to.deep.equal([]);
    }
    watches.forEach((watch) => watch.stop());
    expect(watches.map((watch) => sequence(watch.states))).to.deep.equal([[], []]);
    expect([map.state, bars.state]).to.deep.equal(['ready', 'ready']);
  });

  it('a long table is ready once every row up to the limit is rendered, and updateComplete waits for them', async () => {
    const universities = Array.from({ length: 1700 }, (_, index) => ({
      name: `University ${index + 1}`,
      country: cinvu.members[index % cinvu.members.length]!.country,
      source: cinvu.sources[0]!.id,
    }));
    const data = { ...cinvu, universities };
    const el = create('netreach-table', { of: 'universities' }, data);
    const rows = () => el.shadowRoot!.querySelectorAll('tbody tr').length;
    const watch = watchState(el, () => missing(rows(), 1700, 'rows'));
    container().append(el);
    expect(await el.updateComplete).to.equal(true);
    expect(rows()).to.equal(1700);
    watch.stop();
    expect(watch.atReady).to.deep.equal([]);
    // New values: the rows are rendered again a batch a frame, the table stays ready, and updateComplete waits.
    const again = watchState(el, () => []);
    el.data = { ...data, universities: universities.map((each) => ({ ...each, name: `${each.name}, renamed` })) };
    expect(await el.updateComplete).to.equal(true);
    expect(rows()).to.equal(1700);
    expect(el.shadowRoot!.querySelector('tbody tr:last-child')?.textContent).to.contain('renamed');
    again.stop();
    expect(sequence(again.states)).to.deep.equal([]);
  });
});
