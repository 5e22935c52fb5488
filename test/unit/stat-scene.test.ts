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
});
