// The trend on a phone: at 390 px (and 320 px) wide no two of its texts — value labels, time labels, value-axis
// labels — overlap, in every UI language, for every metric of the bundled datasets with a series, whichever way
// time runs. Labels that do not fit are dropped (the same ones every time), never drawn over each other.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { NetreachTrend } from '../../src/trend/trend.js';
import type { Dataset } from '../../src/core/types.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { waitUntil } from '../helpers/wait.js';

const LANGUAGES = ['en', 'fa', 'ar', 'ur', 'ur-u-nu-arabext', 'bn', 'zh', 'ru', 'tr', 'fr', 'pt', 'id', 'ms', 'az'];

/** A trend `width` px wide, once drawn. */
async function trend(template: unknown, width: number): Promise<NetreachTrend> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('netreach-trend')!;
  await waitUntil(
    () => el.state !== 'loading' && (el.state !== 'ready' || el.shadowRoot!.querySelector('[part~="line"], [part~="status"]')),
    'never drew',
  );
  await el.updateComplete;
  return el;
}

/** Every pair of the chart's texts whose boxes overlap (by more than half a pixel each way). */
function overlaps(el: NetreachTrend): string[] {
  const texts = [...el.shadowRoot!.querySelectorAll('svg[part="chart"] text')].map((node) => ({
    text: node.textContent ?? '',
    box: node.getBoundingClientRect(),
  }));
  const found: string[] = [];
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (x > 0.5 && y > 0.5) found.push(`"${a.text}" × "${b.text}"`);
    }),
  );
  return found;
}

/** The value labels the line runs through (their ink: the box less a pixel each way, the halo's width). */
function crossed(el: NetreachTrend): string[] {
  const d = el.shadowRoot!.querySelector('[part="line"]')?.getAttribute('d') ?? '';
  const runs = d
    .split('M')
    .filter(Boolean)
    .map((run) => run.split('L').map((pair) => pair.split(',').map(Number) as [number, number]));
  const segments = runs.flatMap((run) => run.slice(1).map((point, index) => [run[index]!, point] as const));
  return [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.point .value')]
    .filter((label) => {
      const box = label.getBBox();
      const [left, right, top, bottom] = [box.x + 1, box.x + box.width - 1, box.y + 2, box.y + box.height - 2];
      return segments.some(([a, b]) => {
        // Sampled along the segment: fine enough for a 1 px tolerance.
        const steps = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]));
        for (let step = 0; step <= steps; step += 1) {
          const x = a[0] + ((b[0] - a[0]) * step) / steps;
          const y = a[1] + ((b[1] - a[1]) * step) / steps;
          if (x > left && x < right && y > top && y < bottom) return true;
        }
        return false;
      });
    })
    .map((label) => `"${label.textContent}" crossed by the line`);
}

/** The texts that reach outside the chart's box: beside it, or below it over the notes (a period's label in lines). */
function outside(el: NetreachTrend): string[] {
  const svg = el.shadowRoot!.querySelector('svg[part="chart"]')!.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll('svg[part="chart"] text')]
    .filter((node) => {
      const box = node.getBoundingClientRect();
      return box.left < svg.left - 0.5 || box.right > svg.right + 0.5 || box.bottom > svg.bottom + 0.5;
    })
    .map((node) => `"${node.textContent}"`);
}

/** The metrics of `dataset` with at least two totals. */
function seriesMetrics(dataset: Dataset): string[] {
  const counts = new Map<string, number>();
  for (const total of dataset.totals ?? []) counts.set(total.metric, (counts.get(total.metric) ?? 0) + 1);
  return [...counts].filter(([, count]) => count >= 2).map(([metric]) => metric);
}

describe('<netreach-trend> on a phone', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  // 200 px: a sidebar's width (README), where "before the spread of coronavirus" takes five lines in Persian.
  for (const width of [390, 320, 200]) {
    it(`draws no text over another at ${width} px, in every language and dataset`, async () => {
      const problems: string[] = [];
      const cases: { name: string; data?: Dataset; dataset?: string }[] = [
        { name: 'cinvu', dataset: 'cinvu' },
        { name: 'silk-road', dataset: 'silk-road' },
        { name: 'al-mustafa', dataset: 'al-mustafa' },
        { name: 'example', data: EXAMPLE_NETWORK as Dataset },
      ];
      for (const { name, data, dataset } of cases) {
        const probe = await trend(html`<netreach-trend dataset=${dataset ?? 'cinvu'} .data=${data}></netreach-trend>`, width);
        const metrics = seriesMetrics(probe.currentDataset!);
        for (const metric of metrics)
          for (const lang of LANGUAGES)
            for (const direction of ['ltr', 'rtl']) {
              const el = await trend(
                html`<netreach-trend
                  dataset=${dataset ?? 'cinvu'}
                  .data=${data}
                  metric=${metric}
                  lang=${lang}
                  time-direction=${direction}
                ></netreach-trend>`,
                width,
              );
              const where = `${name} ${metric} ${lang} ${direction}`;
              for (const pair of overlaps(el)) problems.push(`${where}: ${pair}`);
              for (const text of outside(el)) problems.push(`${where}: ${text} outside the chart`);
              for (const text of crossed(el)) problems.push(`${where}: ${text}`);
            }
      }
      expect(problems).to.deep.equal([]);
    });
  }

  it('drops the same labels every time it is drawn', async () => {
    const draw = async () => {
      const el = await trend(html`<netreach-trend lang="fa" dataset="cinvu"></netreach-trend>`, 320);
      return [...el.shadowRoot!.querySelectorAll('svg[part="chart"] text')].map((node) => node.textContent);
    };
    const first = await draw();
    expect(await draw()).to.deep.equal(first);
  });
});
