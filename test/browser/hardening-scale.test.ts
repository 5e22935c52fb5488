/**
 * Hardening, scale: 100 widgets on one page (one request per URL, shared observers, no long task over 200 ms
 * once loaded), and the largest dataset the format allows — every ISO country a member, 20,000 universities — in
 * every widget.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { observedCounts } from '../../src/base/shared-observers.js';
import { allAlpha3 } from '../../src/core/countries.js';
import { validateDataset } from '../../src/core/validate.js';
import { EVERY_WIDGET, mountWidget, nextFrame, watchPage } from '../helpers/hardening.js';

/** Long tasks (over 50 ms) while `run` runs and for a moment after. */
async function longTasks(run: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(Math.round(entry.duration));
  });
  observer.observe({ type: 'longtask' });
  await run();
  await new Promise((resolve) => setTimeout(resolve, 300));
  observer.disconnect();
  return durations;
}

function hugeDataset() {
  const codes = allAlpha3();
  const regions = Array.from({ length: 6 }, (_, index) => ({ id: `r${index + 1}`, name: `Region ${index + 1}` }));
  return {
    version: 1,
    network: { id: 'huge', name: 'Every country network' },
    regions,
    metrics: [
      { id: 'universities', label: 'Universities' },
      { id: 'students', label: 'Students' },
    ],
    members: codes.map((country, index) => ({
      country,
      region: regions[index % regions.length]!.id,
      joined: 1990 + (index % 35),
      values: { universities: 1 + (index % 90), students: index % 17 === 0 ? null : index * 1234 },
    })),
    totals: Array.from({ length: 30 }, (_, index) => ({
      metric: 'students',
      year: 1995 + index,
      value: 1000 * (index + 1) ** 2,
      source: 's',
    })),
    universities: Array.from({ length: 20_000 }, (_, index) => ({
      name: `University number ${index + 1}`,
      country: codes[index % codes.length]!,
      city: `City ${index % 500}`,
      source: 's',
    })),
    sources: [{ id: 's', title: 'Synthetic' }],
  };
}

describe('hardening: scale', function () {
  this.timeout(60_000);

  it('100 widgets on one page: one request per URL, shared observers, no long task over 200 ms after load', async () => {
    const page = watchPage();
    let created = 0;
    const Real = window.ResizeObserver;
    window.ResizeObserver = class extends Real {
      constructor(callback: ResizeObserverCallback) {
        super(callback);
        created += 1;
      }
    };
    const url = `/mock/valid?hundred=${Date.now()}`;
    const container = document.createElement('div');
    container.style.cssText = 'width: 900px; display: grid; grid-template-columns: repeat(4, 1fr)';
    document.body.append(container);
    const tags = ['netreach-stat', 'netreach-bars', 'netreach-regions', 'netreach-trend', 'netreach-map'];
    const widgets = Array.from({ length: 100 }, (_, index) => {
      const el = document.createElement(tags[index % tags.length]!) as NetreachElement;
      el.setAttribute('src', url);
      el.setAttribute('controls', 'none');
      return el;
    });
    const before = observedCounts().resize;
    try {
      container.append(...widgets);
      await waitUntil(() => widgets.every((el) => el.state === 'ready'), 'not all ready', { timeout: 30_000 });
      await Promise.all(widgets.map((el) => el.updateComplete));
      await nextFrame();
      const hits = (await (await fetch('/mock/hits')).json()) as Record<string, number>;
      expect(hits[url], 'requests for the shared URL').to.equal(1);
      expect(observedCounts().resize - before).to.be.at.most(100);
      expect(created, 'ResizeObservers created').to.be.at.most(1);
      // After load: a resize of every widget at once, then a few idle frames.
      const tasks = await longTasks(async () => {
        container.style.width = '720px';
        await new Promise((resolve) => setTimeout(resolve, 400));
        await nextFrame();
      });
      expect(Math.max(0, ...tasks), `long tasks after load: ${tasks.join(', ')} ms`).to.be.below(200);
      expect(page.errors).to.deep.equal([]);
    } finally {
      window.ResizeObserver = Real;
      page.stop();
      container.remove();
    }
  });

  it('validates a 249-member, 20,000-university dataset quickly', () => {
    const data = hugeDataset();
    const started = performance.now();
    const dataset = validateDataset(data);
    const took = performance.now() - started;
    expect(dataset.members).to.have.length(249);
    expect(dataset.universities).to.have.length(20_000);
    expect(took, 'validation (ms)').to.be.below(250);
  });

  for (const widget of EVERY_WIDGET) {
    it(`<${widget.tag}${widget.attributes?.of ? ` of="${widget.attributes.of}"` : ''}> with 249 members and 20,000 universities`, async () => {
      const page = watchPage();
      const data = hugeDataset();
      let mounted: Awaited<ReturnType<typeof mountWidget>> | undefined;
      const started = performance.now();
      const tasks = await longTasks(async () => {
        mounted = await mountWidget(widget, { data }, { width: 900, timeout: 20_000 });
      });
      const took = performance.now() - started;
      try {
        const { el } = mounted!;
        expect(el.state).to.equal('ready');
        expect(took, 'time to ready (ms)').to.be.below(4000);
        expect(Math.max(0, ...tasks), `long tasks: ${tasks.join(', ')} ms`).to.be.below(
          widget.name === 'map' || widget.name === 'dashboard' ? 1000 : 500,
        );
        // Still responsive: a change of width re-renders within a frame or two.
        const reRender = performance.now();
        mounted!.container.style.width = '700px';
        await new Promise((resolve) => setTimeout(resolve, 50));
        await el.updateComplete;
        await nextFrame();
        expect(performance.now() - reRender, 're-render after resize (ms)').to.be.below(800);
        if (widget.name === 'table of=universities') {
          // The long table grows a batch a frame up to 2,000 rows, without a long task, and says the CSV has the rest.
          const rows = () => el.shadowRoot!.querySelectorAll('tbody tr').length;
          expect(rows()).to.be.at.most(2000);
          const growing = await longTasks(() => waitUntil(() => rows() === 2000, `${rows()} rows`, { timeout: 10_000 }));
          expect(Math.max(0, ...growing), `long tasks while growing: ${growing.join(', ')} ms`).to.be.below(200);
          expect(el.shadowRoot!.querySelector('[part="note"]')!.textContent).to.equal(
            'The first 2,000 of 20,000 rows; the CSV download has them all.',
          );
          expect(el.toCSV().trim().split('\r\n')).to.have.length(20_001);
        }
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.stop();
        mounted?.container.remove();
      }
    });
  }
});
