import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import {
  OTHER_KEY,
  barRows,
  barsContext,
  barsLayout,
  barsTitle,
  wrapWords,
  foldRows,
  formatBarValue,
  resolveLimit,
  sortRows,
  textWidth,
  type BarRow,
} from '../../src/core/bars-model.js';
import type { Dataset } from '../../src/core/types.js';
import { sceneItems } from '../../src/core/scene.js';
import { chartSources } from '../../src/core/stat-model.js';
import { regionsModel } from '../../src/core/regions-model.js';
import { loadCatalog } from '../../src/core/i18n.js';
import { barsScene } from '../../src/bars/bars.scene.js';
import { regionsScene } from '../../src/regions/regions.scene.js';
import { measureText } from '../../src/static/svg.js';
import { validateDataset } from '../../src/core/validate.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';

const cinvu = validateDataset(CINVU);
const example = validateDataset(EXAMPLE_NETWORK);

const small: Dataset = validateDataset({
  version: 1,
  network: { id: 'n', name: 'Net' },
  regions: [
    { id: 'a', name: 'Alpha', names: { fa: 'آلفا' } },
    { id: 'b', name: 'Beta' },
  ],
  metrics: [{ id: 'unis', label: 'Universities' }],
  members: [
    { country: 'PAK', region: 'a', values: { unis: 10 } },
    { country: 'IRN', region: 'a', values: { unis: 30 } },
    { country: 'EGY', region: 'b', values: { unis: null } },
    { country: 'TUR', region: 'b', values: { unis: 20 } },
    { country: 'MYS', region: 'a' },
  ],
  sources: [
    { id: 's1', title: 'Report', publisher: 'Publisher' },
    { id: 's2', title: 'Other report', publisher: 'Publisher' },
    { id: 's3', title: 'Atlas', url: 'https://example.org/atlas' },
  ],
});

const values = (rows: BarRow[]) => rows.map((row) => row.value);
const keys = (rows: BarRow[]) => rows.map((row) => row.key);

describe('barRows', () => {
  it('gives 27, 27 and 3 member countries per region on the CINVU data, the tie in the order of the regions chart', () => {
    const rows = barRows(cinvu, { metric: 'countries', groupBy: 'region', locale: 'en' });
    // Tied regions in the dataset's order, as the regions' chart, its legend, the map's legend and the table list
    // them (by name, the bars put Africa and Arab first, and only they did).
    expect(keys(rows)).to.deep.equal(['asia-and-oceania', 'africa-and-arab', 'europe-and-america']);
    expect(keys(rows)).to.deep.equal(regionsModel(cinvu, 'countries', 'en').slices.map((slice) => slice.id));
    expect(values(rows)).to.deep.equal([27, 27, 3]);
    expect(rows.map((row) => row.label)).to.deep.equal(['Asia and Oceania', 'Africa and Arab', 'Europe and America']);
    expect(rows.map((row) => row.regionIndex)).to.deep.equal([1, 2, 3]);
  });

  it('keeps the dataset order with sort none and the collation order with sort name', () => {
    const none = barRows(cinvu, { metric: 'countries', groupBy: 'region', locale: 'en', sort: 'none' });
    expect(keys(none)).to.deep.equal(['asia-and-oceania', 'africa-and-arab', 'europe-and-america']);
    const byName = barRows(small, { metric: 'unis', groupBy: 'country', locale: 'en', sort: 'name' });
    expect(byName.map((row) => row.label)).to.deep.equal(['Egypt', 'Iran', 'Malaysia', 'Pakistan', 'Türkiye']);
  });

  it('sorts by value descending with "No data" rows last, shown as "No data"', () => {
    const rows = barRows(small, { metric: 'unis', groupBy: 'country', locale: 'en' });
    expect(keys(rows)).to.deep.equal(['IRN', 'TUR', 'PAK', 'EGY', 'MYS']);
    expect(rows.slice(3).map((row) => row.valueText)).to.deep.equal(['No data', 'No data']);
  });

  it('sums per region and localizes names and digits', () => {
    const rows = barRows(small, { metric: 'unis', groupBy: 'region', locale: 'fa' });
    expect(values(rows)).to.deep.equal([40, 20]);
    expect(rows[0]!.label).to.equal('آلفا');
    expect(rows[0]!.valueText).to.equal('۴۰');
    expect(rows[0]!.count).to.equal(3);
  });

  it('shows ten countries and folds the other 47 into "Other (47)"', () => {
    const rows = barRows(cinvu, { metric: 'countries', groupBy: 'country', locale: 'en' });
    expect(rows).to.have.length(11);
    const other = rows[10]!;
    expect(other.key).to.equal(OTHER_KEY);
    expect(other.label).to.equal('Other (47)');
    expect(other.value).to.equal(47);
    expect(other.folded).to.have.length(47);
  });

  it('honours limit, and shows every row with limit 0', () => {
    expect(barRows(cinvu, { metric: 'countries', groupBy: 'country', locale: 'en', limit: 3 })).to.have.length(4);
    expect(barRows(cinvu, { metric: 'countries', groupBy: 'country', locale: 'en', limit: 0 })).to.have.length(57);
    expect(barRows(cinvu, { metric: 'countries', groupBy: 'region', locale: 'en', limit: 2 }).map((row) => row.label)).to.deep.equal([
      'Asia and Oceania',
      'Africa and Arab',
      'Other (1)',
    ]);
  });

  it('sums the folded values of a per-country metric', () => {
    const rows = barRows(example, { metric: 'universities', groupBy: 'country', locale: 'en', limit: 5 });
    const all = barRows(example, { metric: 'universities', groupBy: 'country', locale: 'en', limit: 0 });
    const restSum = all.slice(5).reduce((sum, row) => sum + (row.value ?? 0), 0);
    expect(rows[5]!.value).to.equal(restSum);
    expect(rows[5]!.count).to.equal(all.length - 5);
  });
});

describe('sortRows and foldRows', () => {
  const row = (key: string, value: number | null): BarRow => ({
    key,
    kind: 'country',
    label: key,
    value,
    valueText: String(value),
    valueLong: String(value),
    count: 1,
    regionIndex: 1,
  });

  it('breaks value ties by name', () => {
    expect(keys(sortRows([row('B', 1), row('A', 1), row('C', 2)], 'value', 'en'))).to.deep.equal(['C', 'A', 'B']);
  });

  it("breaks value ties between regions by the dataset's order, not by name", () => {
    const region = (key: string, value: number | null, regionIndex: number): BarRow => ({
      ...row(key, value),
      kind: 'region',
      regionIndex,
    });
    const rows = [region('A', 1, 3), region('B', 1, 2), region('C', 2, 4), region('D', null, 2), region('E', null, 1)];
    expect(keys(sortRows(rows, 'value', 'en'))).to.deep.equal(['C', 'B', 'A', 'E', 'D']);
  });

  it('makes no Intl.Collator for bars of distinct values: names are compared only to break a tie', () => {
    const Native = Intl.Collator;
    const made: unknown[] = [];
    const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.Collator>) {
      made.push(args[0]);
      return new Native(...args);
    } as unknown as typeof Intl.Collator;
    Intl.Collator = Counting;
    try {
      // A locale no other test sorts in, so that no collator is cached for it yet.
      expect(keys(sortRows([row('B', 1), row('A', 3), row('C', 2)], 'value', 'sv'))).to.deep.equal(['A', 'C', 'B']);
      expect(made).to.deep.equal([]);
      expect(keys(sortRows([row('B', 1), row('A', 1)], 'value', 'sv'))).to.deep.equal(['A', 'B']);
      expect(made).to.deep.equal(['sv']);
    } finally {
      Intl.Collator = Native;
    }
  });

  it('gives "Other" no value when none of the folded rows has one', () => {
    const folded = foldRows([row('A', 3), row('B', null), row('C', null)], 1, 'en');
    expect(folded[1]!.value).to.equal(null);
    expect(folded[1]!.valueText).to.equal('No data');
    expect(folded[1]!.label).to.equal('Other (2)');
  });

  it('adds up "Other" to no more than its least precise figure: 610,000 (to the thousand) + 1,800 is 612,000', () => {
    const folded = foldRows([row('A', 700_000), row('B', 610_000), row('C', 1_800)], 1, 'en');
    expect([folded[1]!.value, folded[1]!.valueLong]).to.deep.equal([612_000, '612,000']);
    // Rounded down when a folded row has no figure: the sum is then at least that.
    expect(foldRows([row('A', 700_000), row('B', 610_000), row('C', 1_800), row('D', null)], 1, 'en')[1]!.value).to.equal(611_000);
  });

  it('leaves rows within the limit alone', () => {
    expect(foldRows([row('A', 1), row('B', 2)], 2, 'en')).to.have.length(2);
  });
});

describe('resolveLimit', () => {
  it('defaults to 10 countries and every region; 0 or nonsense means all', () => {
    expect(resolveLimit(undefined, 'country')).to.equal(10);
    expect(resolveLimit(null, 'region')).to.equal(Infinity);
    expect(resolveLimit(0, 'country')).to.equal(Infinity);
    expect(resolveLimit(Number.NaN, 'country')).to.equal(Infinity);
    expect(resolveLimit(4.7, 'country')).to.equal(4);
  });
});

describe('formatBarValue', () => {
  it('writes small values in full and large ones compactly, in the locale digits', () => {
    expect(formatBarValue(27, 'en')).to.equal('27');
    expect(formatBarValue(9_500, 'en')).to.equal('9,500');
    expect(formatBarValue(610_000, 'en')).to.equal('610K');
    expect(formatBarValue(27, 'fa')).to.equal('۲۷');
  });
});

describe('barsLayout', () => {
  const rows = barRows(cinvu, { metric: 'countries', groupBy: 'region', locale: 'en' });

  it('draws bar lengths in proportion to the values from a common zero', () => {
    const layout = barsLayout(rows, { width: 600, rtl: false, locale: 'en' });
    const [a, b, c] = layout.bars;
    expect(a!.x).to.equal(b!.x);
    expect(a!.x).to.equal(c!.x);
    expect(a!.width).to.equal(b!.width);
    expect(a!.width / c!.width).to.be.closeTo(9, 0.01);
    expect(a!.x + a!.width).to.be.at.most(600);
  });

  it('gives whole numbers whole ticks, and fractions the ticks between', () => {
    const counted = rows.map((row) => ({ ...row, value: 1 }));
    expect(barsLayout(counted, { width: 600, rtl: false, locale: 'en' }).ticks.map((tick) => tick.label)).to.deep.equal(['0', '1']);
    const shares = rows.map((row, index) => ({ ...row, value: [0.5, 0.25, 1][index]! }));
    const ticks = barsLayout(shares, { width: 600, rtl: false, locale: 'en' }).ticks.map((tick) => tick.value);
    expect(ticks.some((value) => !Number.isInteger(value))).to.equal(true);
  });

  it('writes fewer ticks where their labels would meet, the first alone where two would', () => {
    const tens = rows.map((row, index) => ({ ...row, value: [17, 14, 11][index]! }));
    // No two labels' estimated boxes (at nine tenths of the type) closer than 6 px, at every width.
    for (const width of [600, 200, 140, 120, 100, 90, 80]) {
      const { ticks } = barsLayout(tens, { width, rtl: false, locale: 'en' });
      expect(ticks.length, `${width}`).to.be.at.least(1);
      ticks.slice(1).forEach((tick, index) => {
        const before = ticks[index]!;
        expect(tick.x - before.x, `${width}: ${before.label}, ${tick.label}`).to.be.at.least(
          (textWidth(before.label) + textWidth(tick.label)) * 0.45 + 6 - 0.01,
        );
      });
    }
    expect(barsLayout(tens, { width: 600, rtl: false, locale: 'en' }).ticks.map((tick) => tick.label)).to.include.members(['0', '10']);
    expect(barsLayout(tens, { width: 80, rtl: false, locale: 'en' }).ticks.map((tick) => tick.label)).to.deep.equal(['0']);
  });

  it('leaves out the axis, and its room, when asked (a dashboard slide short of height)', () => {
    const axis = barsLayout(rows, { width: 600, rtl: false, locale: 'en' });
    const none = barsLayout(rows, { width: 600, rtl: false, locale: 'en', axis: false });
    expect(axis.ticks.length).to.be.greaterThan(1);
    expect(none.ticks.length).to.equal(0);
    // The tick labels' 22 units, less the 6 above the first bar.
    expect(axis.height - none.height).to.equal(16);
    expect(none.bars.map((bar) => bar.width)).to.deep.equal(axis.bars.map((bar) => bar.width));
  });

  it('puts labels left of the bars in LTR and right of them in RTL, bars growing leftward', () => {
    const ltr = barsLayout(rows, { width: 600, rtl: false, locale: 'en' });
    const rtl = barsLayout(rows, { width: 600, rtl: true, locale: 'fa' });
    expect(ltr.bars[0]!.labelX).to.be.lessThan(ltr.bars[0]!.x);
    expect(rtl.bars[0]!.labelX).to.be.greaterThan(rtl.bars[0]!.x + rtl.bars[0]!.width);
    // Mirror images: the bar's right edge in RTL sits where its left edge is in LTR, mirrored.
    expect(rtl.bars[0]!.x + rtl.bars[0]!.width).to.be.closeTo(600 - ltr.bars[0]!.x, 0.02);
    expect(rtl.bars[0]!.valueX).to.be.lessThan(rtl.bars[0]!.x);
    expect(rtl.zeroX).to.be.greaterThan(rtl.ticks[rtl.ticks.length - 1]!.x);
  });

  it('labels ticks in the locale digits, on a nice domain from zero', () => {
    const ltr = barsLayout(rows, { width: 600, rtl: false, locale: 'en' });
    expect(ltr.ticks[0]!.value).to.equal(0);
    expect(ltr.ticks.map((tick) => tick.label)).to.include('30');
    const fa = barsLayout(barRows(cinvu, { metric: 'countries', groupBy: 'region', locale: 'fa' }), {
      width: 600,
      rtl: true,
      locale: 'fa',
    });
    expect(fa.ticks.map((tick) => tick.label)).to.include('۳۰');
  });

  it('grows in height with the rows', () => {
    const three = barsLayout(rows, { width: 600, rtl: false, locale: 'en' });
    const all = barsLayout(barRows(cinvu, { metric: 'countries', groupBy: 'country', locale: 'en', limit: 0 }), {
      width: 600,
      rtl: false,
      locale: 'en',
    });
    expect(all.height - three.height).to.equal(54 * 28);
    const ys = all.bars.map((bar) => bar.y);
    expect(new Set(ys).size).to.equal(57);
  });

  it('wraps labels wider than their column between words, never cuts them, and makes their rows taller', () => {
    const countries = barRows(cinvu, { metric: 'countries', groupBy: 'country', locale: 'en', limit: 0 });
    const layout = barsLayout(countries, { width: 200, rtl: false, locale: 'en' });
    for (const bar of layout.bars) expect(bar.labelLines.join(' '), bar.row.label).to.equal(bar.row.label);
    const wrapped = layout.bars.filter((bar) => bar.labelLines.length > 1);
    expect(wrapped.length).to.be.above(0);
    // Each line fits the column left of the bars (the label's anchor is its end, 6 px before x0).
    for (const bar of wrapped) for (const line of bar.labelLines) expect(textWidth(line)).to.be.at.most(bar.labelX);
    // Rows keep their order and nothing overlaps: neither bars nor the lines of neighbouring labels (a line's
    // glyphs reach about 10 px above its baseline and 3 px below).
    for (let index = 1; index < layout.bars.length; index += 1) {
      const before = layout.bars[index - 1]!;
      const bar = layout.bars[index]!;
      expect(bar.y).to.be.at.least(before.y + before.height);
      expect(bar.labelY - 10).to.be.above(before.labelY + 15 * (before.labelLines.length - 1) + 3);
    }
    const three = barsLayout(countries.slice(0, 3), { width: 600, rtl: false, locale: 'en' });
    expect(three.bars.every((bar) => bar.labelLines.length === 1)).to.equal(true);
  });

  it('gives "No data" rows no bar', () => {
    const layout = barsLayout(barRows(small, { metric: 'unis', groupBy: 'country', locale: 'en' }), {
      width: 500,
      rtl: false,
      locale: 'en',
    });
    expect(layout.bars.slice(3).map((bar) => bar.width)).to.deep.equal([0, 0]);
  });
});

describe('wrapWords', () => {
  it('keeps text that fits on one line and breaks longer text between words', () => {
    expect(wrapWords('Iran', 100)).to.deep.equal(['Iran']);
    expect(wrapWords('Bosnia and Herzegovina', 80)).to.deep.equal(['Bosnia and', 'Herzegovina']);
    // A word wider than the line stays whole.
    expect(wrapWords('Herzegovina', 20)).to.deep.equal(['Herzegovina']);
  });

  it('measures a text that fits once, and spaces it as a broken one (one space between words)', () => {
    const measured: string[] = [];
    const measure = (text: string) => {
      measured.push(text);
      return textWidth(text);
    };
    expect(wrapWords('Bosnia and Herzegovina', 500, measure)).to.deep.equal(['Bosnia and Herzegovina']);
    expect(measured).to.deep.equal(['Bosnia and Herzegovina']);
    expect(wrapWords(' Bosnia  and\u00a0Herzegovina ', 500)).to.deep.equal(['Bosnia and Herzegovina']);
  });
});

describe('barsLayout measuring', () => {
  const countries = barRows(cinvu, { metric: 'countries', groupBy: 'country', locale: 'en', limit: 0 });
  const counting = () => {
    const measured: string[] = [];
    return { measured, measure: (text: string) => (measured.push(text), textWidth(text)) };
  };

  it('measures each label and value, not their words, when every label fits two fifths of the box', () => {
    const { measured, measure } = counting();
    const wide = barsLayout(countries, { width: 1200, rtl: false, locale: 'en', measure });
    expect(wide.bars.every((bar) => bar.labelLines.length === 1)).to.equal(true);
    const words = new Set(countries.flatMap((row) => row.label.split(' ')).filter((word) => !countries.some((row) => row.label === word)));
    expect(measured.filter((text) => words.has(text))).to.deep.equal([]);
    // The same layout as measuring every word would give.
    expect(barsLayout(countries, { width: 1200, rtl: false, locale: 'en' })).to.deep.equal(wide);
  });

  it('measures the words when labels are wider than two fifths, and wraps them', () => {
    const { measured, measure } = counting();
    const narrow = barsLayout(countries, { width: 200, rtl: false, locale: 'en', measure });
    expect(narrow.bars.some((bar) => bar.labelLines.length > 1)).to.equal(true);
    expect(measured).to.include('Emirates');
  });
});

describe('bars in a box (files)', () => {
  const regions = (locale: string) => barRows(cinvu, { metric: 'countries', groupBy: 'region', locale, limit: 0 });

  it('sets a wrapped Urdu label’s lines half as far apart again as Latin ones (Nastaliq reaches further)', async () => {
    await loadCatalog('ur');
    const en = barsLayout(regions('en'), { width: 160, rtl: false, locale: 'en' });
    const ur = barsLayout(regions('ur'), { width: 160, rtl: true, locale: 'ur' });
    expect(ur.labelLine).to.equal(en.labelLine * 1.5);
    const wrapped = ur.bars.find((bar) => bar.labelLines.length > 1)!;
    expect(wrapped, 'a wrapped Urdu label').to.not.equal(undefined);
    const single = barsLayout(regions('ur'), { width: 2000, rtl: true, locale: 'ur' });
    expect(ur.height - single.height).to.be.at.least(ur.labelLine * (wrapped.labelLines.length - 1));
  });

  it('never draws taller than the box it is given, in any language, however its measured labels wrap', async () => {
    await loadCatalog('ur');
    await loadCatalog('fa');
    for (const locale of ['en', 'fa', 'ur']) {
      const env = { locale, rtl: locale !== 'en', unit: 2, measure: (text: string, size: number) => measureText(text, size, 400, locale) };
      const scene = barsScene(cinvu, { metric: 'countries', groupBy: 'region' }, env);
      for (const [width, height] of [
        [260, 190],
        [330, 210],
        [420, 160],
        [600, 400],
      ] as const) {
        expect(scene.chart(width, height).height, `${locale} ${width}×${height}`).to.be.at.most(height + 0.01);
      }
    }
  });
});

describe('the bars scene’s tooltips', () => {
  it('lists the countries folded into "Other" with the language’s comma (Persian "،", not ",")', async () => {
    await loadCatalog('fa');
    const measure = (text: string, size: number) => measureText(text, size, 400, 'fa');
    const otherTooltip = (locale: string) => {
      const scene = barsScene(example, { metric: 'universities', groupBy: 'country' }, { locale, rtl: locale === 'fa', unit: 16, measure });
      const other = sceneItems(scene.chart(600, Infinity).marks).find(({ item }) => item.id === OTHER_KEY)!;
      return other.item.tooltip!.at(-1)!;
    };
    expect(otherTooltip('fa')).to.include('\u060c ').and.not.include(', ');
    expect(otherTooltip('en')).to.include(', ').and.not.include('\u060c');
  });

  it('follows the names folded into "Other" with how many more there are, in Chinese with no space before “及”', async () => {
    await loadCatalog('zh');
    const measure = (text: string, size: number) => measureText(text, size, 400, 'zh');
    const otherTooltip = (locale: string) => {
      const scene = barsScene(example, { metric: 'universities', groupBy: 'country' }, { locale, rtl: false, unit: 16, measure });
      const other = sceneItems(scene.chart(600, Infinity).marks).find(({ item }) => item.id === OTHER_KEY)!;
      return other.item.tooltip!.at(-1)!;
    };
    expect(otherTooltip('en')).to.match(/^[^,]+(, [^,]+)+ and \d+ more$/);
    expect(otherTooltip('zh')).to.match(/^\p{sc=Han}+([，、]\p{sc=Han}+)+及其他 \d+ 个$/u);
  });
});

describe('bars of the countries metric by country', () => {
  it('says that every bar would be 1, with what the sources say of the list, rather than draw them (and an “Other” of the rest)', async () => {
    await loadCatalog('fa');
    const context = barsContext(cinvu, { metric: 'countries', groupBy: 'country', locale: 'en' });
    expect(context.unavailable).to.equal('Counted country by country, every bar would be 1: there is nothing to compare here.');
    expect(context.notes).to.deep.equal(['The sources give only how many countries there are; which they are is inferred.']);
    expect(barsContext(cinvu, { metric: 'countries', groupBy: 'country', locale: 'fa' }).unavailable).to.contain('۱');
    const measure = (text: string, size: number) => measureText(text, size, 400, 'en');
    const chart = barsScene(cinvu, { metric: 'countries', groupBy: 'country' }, { locale: 'en', rtl: false, unit: 1, measure }).chart(
      600,
      Infinity,
    );
    expect(sceneItems(chart.marks)).to.deep.equal([]);
    expect(chart.label).to.equal(context.unavailable);
    // By region, and by country of a figure per country, the bars are drawn.
    expect(barsContext(cinvu, { metric: 'countries', groupBy: 'region', locale: 'en' }).unavailable).to.equal(undefined);
    expect(barsContext(example, { metric: 'universities', groupBy: 'country', locale: 'en' }).unavailable).to.equal(undefined);
  });
});

describe('bars of regions that add up the members’ figures', () => {
  it('say the figures are sums no source gives, to no more than their figures’ precision, on screen and in files', async () => {
    const notes = (metric: string, dataset = example, groupBy: 'region' | 'country' = 'region', locale = 'en') =>
      barsContext(dataset, { metric, groupBy, locale }).notes;
    // Uzbekistan and Mexico have no figure of virtual students: the sentence says how many members it adds up.
    expect(notes('virtual-students')).to.deep.equal([
      'The sum of the figures of 26 of the 28 members (the other 2 have none): no total is published.',
    ]);
    expect(notes('universities')).to.deep.equal(['The sum of the members’ figures: no total is published.']);
    await loadCatalog('fa');
    expect(notes('universities', example, 'region', 'fa')).to.deep.equal(['جمع رقم‌های اعضا: جمع کلی‌ای منتشر نشده است.']);
    // A member's own figure, and a count of the members, is no sum.
    expect(notes('universities', example, 'country')).to.deep.equal([]);
    expect(notes('countries', cinvu)).to.not.include('The sum of the members’ figures: no total is published.');
    // 610,000 + 185,000 + … + 1,800 (Uzbekistan's missing) is written to the thousand, rounded down: not 1,526,800.
    const asia = barRows(example, { metric: 'virtual-students', groupBy: 'region', locale: 'en' }).find(
      (row) => row.key === 'asia-pacific',
    )!;
    expect(asia.valueLong).to.equal('1,526,000');
    const measure = (text: string, size: number) => measureText(text, size, 400, 'en');
    const scene = barsScene(example, { metric: 'universities', groupBy: 'region' }, { locale: 'en', rtl: false, unit: 16, measure });
    expect(scene.notes).to.deep.equal(notes('universities'));
  });

  it('say in a region’s and an “Other”’s tooltip and name that its figure is a sum, as the note does; a count of members is none', async () => {
    const measure = (text: string, size: number) => measureText(text, size, 400, 'en');
    const item = (dataset: Dataset, metric: string, id: string, locale = 'en') =>
      sceneItems(
        barsScene(dataset, { metric, groupBy: 'region' }, { locale, rtl: locale !== 'en', unit: 16, measure }).chart(600, Infinity).marks,
      )
        .map(({ item }) => item)
        .find((item) => item.id === id)!;
    const asia = item(example, 'virtual-students', 'asia-pacific');
    // Uzbekistan's figure is missing: of how many of the region's members, as the note under the chart says of all.
    // That sentence names the 8 members: no "Member countries: 8" after it.
    const sum = 'The sum of the figures of 7 of the 8 members (the other has none): no total is published.';
    expect(asia.tooltip).to.deep.equal(['Asia & Pacific', '1,526,000', sum]);
    expect(asia.label).to.equal(`Asia & Pacific: 1.5M (1,526,000). ${sum}`);
    // Every member has a figure: the count, then that the figure is their sum.
    expect(item(example, 'universities', 'asia-pacific').tooltip).to.deep.equal([
      'Asia & Pacific',
      '145',
      'Member countries: 8',
      'The sum of the members’ figures: no total is published.',
    ]);
    await loadCatalog('fa');
    const fa = item(example, 'virtual-students', 'asia-pacific', 'fa').tooltip;
    expect(fa.slice(2)).to.deep.equal(['جمع رقم‌های ۷ عضو از ۸ عضو (۱ عضو دیگر رقمی ندارد): جمع کلی‌ای منتشر نشده است.']);
    // "Other (n)" adds up the rows it folds: it says so, of how many members, as a region does.
    const other = (dataset: Dataset, metric: string, groupBy: 'region' | 'country', limit: number) =>
      sceneItems(barsScene(dataset, { metric, groupBy, limit }, { locale: 'en', rtl: false, unit: 16, measure }).chart(600, Infinity).marks)
        .map(({ item }) => item)
        .find((item) => item.id === OTHER_KEY)!;
    const folded = other(example, 'virtual-students', 'country', 10);
    const sumOf18 = 'The sum of the figures of 16 of the 18 members (the other 2 have none): no total is published.';
    expect(folded.tooltip.slice(0, 3)).to.deep.equal(['Other (18)', '527,000', sumOf18]);
    expect(folded.label).to.equal(`Other (18): 527K (527,000). ${sumOf18}`);
    // Under the chart too, after its name (as a file shows it): not where nothing is folded.
    const notesOf = (limit: number) =>
      barsScene(example, { metric: 'virtual-students', groupBy: 'country', limit }, { locale: 'en', rtl: false, unit: 16, measure }).notes;
    expect(notesOf(10)).to.include(`Other (18): ${sumOf18}`);
    expect(notesOf(0).join(' ')).not.to.contain('The sum');
    // Folded regions: the members of both, of whom one has no figure.
    expect(other(example, 'virtual-students', 'region', 2).tooltip.slice(0, 3)).to.deep.equal([
      'Other (2)',
      '725,000',
      'The sum of the figures of 10 of the 11 members (the other has none): no total is published.',
    ]);
    // Under the chart, the regions' one sentence says every bar is a sum, of all 28 members: "Other"'s 11 among them.
    const env = { locale: 'en', rtl: false, unit: 16, measure };
    const regionNotes = barsScene(example, { metric: 'virtual-students', groupBy: 'region', limit: 2 }, env).notes;
    expect(regionNotes).to.deep.equal(['The sum of the figures of 26 of the 28 members (the other 2 have none): no total is published.']);
    expect(other(cinvu, 'countries', 'region', 1).tooltip.join(' ')).not.to.contain('sum');
    const region = cinvu.regions[0]!.id;
    expect(item(cinvu, 'countries', region).tooltip.join(' ')).not.to.contain('sum');
  });
});

describe('a region’s name and the sentence of its sum', () => {
  it('are joined the language’s way, in the bars and the regions chart: “。” with no space in Chinese, “۔” in Urdu', async () => {
    const measure = (text: string, size: number) => measureText(text, size, 400, 'en');
    const env = (locale: string) => ({ locale, rtl: false, unit: 16, measure });
    const asia = (scene: ReturnType<typeof barsScene> | ReturnType<typeof regionsScene>) =>
      sceneItems(scene.chart(600, Infinity).marks)
        .map(({ item }) => item)
        .find((item) => item.id === 'asia-pacific')!;
    const joins: string[] = [];
    for (const locale of ['zh', 'ur', 'ar', 'en']) {
      await loadCatalog(locale);
      const options = { metric: 'virtual-students', groupBy: 'region', type: 'donut' };
      for (const item of [asia(barsScene(example, options, env(locale))), asia(regionsScene(example, options, env(locale)))]) {
        const sum = item.tooltip.find((line) => /(\.|。|۔)$/.test(line))!;
        const name = item.label.slice(0, item.label.length - sum.length);
        joins.push(`${locale} ${JSON.stringify(/[.。۔] ?$/.exec(name)?.[0])} ${item.label.endsWith(sum)}`);
      }
    }
    expect(joins).to.deep.equal([
      'zh "。" true',
      'zh "。" true',
      'ur "۔ " true',
      'ur "۔ " true',
      'ar ". " true',
      'ar ". " true',
      'en ". " true',
      'en ". " true',
    ]);
  });
});

describe('barsTitle', () => {
  it('names the metric and grouping in the locale', () => {
    expect(barsTitle(cinvu, 'countries', 'region', 'en')).to.equal('Member countries by region');
    expect(barsTitle(cinvu, 'virtual-students', 'country', 'fr')).to.equal('Étudiants en ligne par pays');
  });
});

describe('chartSources', () => {
  it('cites every source once per publisher, in dataset order', () => {
    expect(chartSources(small).map((source) => source.id)).to.deep.equal(['s1', 's3']);
    expect(chartSources(cinvu).map((source) => source.id)).to.deep.equal(['cinvu-2021-10-20', 'nlai-2020-11-18', 'oic-members', 'un-m49']);
  });
});
