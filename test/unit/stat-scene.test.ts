import { expect } from '@open-wc/testing';
import { statScene } from '../../src/stat/stat.scene.js';
import { measureText } from '../../src/static/svg.js';
import { loadBundledDataset } from '../../src/core/default-dataset.js';
import type { Mark } from '../../src/core/scene.js';

describe('statScene', () => {
  // "3 کروڑ+" in Noto Nastaliq Urdu Bold, shaped by HarfBuzz: its kaf rises 1.80 em above the baseline.
  it('sets the figure lower in Urdu, whose Nastaliq rises 1.8 em above its baseline (no overlap with the title above)', async () => {
    const dataset = await loadBundledDataset('cinvu');
    const value = (locale: string, metric = 'virtual-students') => {
      const env = { locale, rtl: locale === 'ur', unit: 1, measure: measureText };
      const chart = statScene(dataset, { metric }, env).chart(960, 400);
      const mark = chart.marks.find((each): each is Extract<Mark, { kind: 'text' }> => each.kind === 'text' && each.class === 'value')!;
      return mark.y / mark.size;
    };
    expect(value('en')).to.be.closeTo(0.92, 0.01);
    expect(value('ur')).to.be.at.least(1.8);
    // Digits alone ("57") rise 0.7 em in Nastaliq's font too: the figure keeps its size.
    expect(value('ur', 'countries')).to.be.closeTo(0.92, 0.01);
  });

  // 57 → 57: the file's sparkline, and the dot on its last point, at mid-height of the line's box, not along its top.
  it('draws a sparkline that does not change at mid-height, its dot on it', async () => {
    const dataset = await loadBundledDataset('cinvu');
    const env = { locale: 'en', rtl: false, unit: 1, measure: measureText };
    const chart = statScene(dataset, { metric: 'countries' }, env).chart(540, 960);
    const group = chart.marks.find(
      (each): each is Extract<Mark, { kind: 'group' }> => each.kind === 'group' && each.class === 'sparkline',
    )!;
    const line = group.children.find((each): each is Extract<Mark, { kind: 'path' }> => each.kind === 'path')!;
    const dot = group.children.find((each): each is Extract<Mark, { kind: 'circle' }> => each.kind === 'circle')!;
    const [, y1, , y2] = line.d.match(/[\d.]+/g)!.map(Number);
    expect(y1).to.equal(y2);
    expect(dot.cy).to.be.closeTo(y1!, 0.01);
    // Mid-height: the time labels' first row stands 1.4 of their 16-unit size under the line's box (sparklineFigure).
    const labels = group.children.filter((each): each is Extract<Mark, { kind: 'text' }> => each.kind === 'text');
    const height = Math.min(...labels.map((label) => label.y)) - 16 * 1.4;
    expect(y1).to.be.closeTo(height / 2, 0.01);
  });
});
