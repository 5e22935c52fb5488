import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import {
  defaultTrendMetric,
  missingYears,
  seriesStep,
  spokenValue,
  timeLineHeight,
  trendData,
  trendLayout,
  withGaps,
} from '../../src/core/trend-model.js';
import { trendScene } from '../../src/trend/trend.scene.js';
import type { Mark } from '../../src/core/scene.js';
import type { Dataset } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';

const cinvu = validateDataset(CINVU);
const example = validateDataset(EXAMPLE_NETWORK);
const subpaths = (d: string) => (d.match(/M/g) ?? []).length;

function dataset(totals: Dataset['totals'], metrics = [{ id: 'm', label: 'Things' }]): Dataset {
  return validateDataset({
    version: 1,
    network: { id: 'n', name: 'Net' },
    regions: [{ id: 'r', name: 'R' }],
    metrics,
    members: [{ country: 'PAK', region: 'r' }],
    totals,
    sources: [{ id: 's', title: 'Report', publisher: 'Publisher', url: 'https://example.org/report' }],
  });
}

describe('defaultTrendMetric', () => {
  it('is virtual-students on CINVU: the first metric with two or more totals', () => {
    expect(defaultTrendMetric(cinvu)).to.equal('virtual-students');
  });
  it('takes the declared order, then a metric with a single total, then countries', () => {
    expect(defaultTrendMetric(example)).to.equal('universities');
    const single = dataset(
      [{ metric: 'b', year: 2020, value: 3, source: 's' }],
      [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
    );
    expect(defaultTrendMetric(single)).to.equal('b');
    expect(defaultTrendMetric(dataset([]))).to.equal('countries');
  });
});

describe('seriesStep, missingYears and withGaps', () => {
  it('find the missing 2019 of a yearly series', () => {
    const years = [2017, 2018, 2020, 2021, 2022];
    expect(seriesStep(years)).to.equal(1);
    expect(missingYears(years)).to.deep.equal([2019]);
    const broken = withGaps(
      years.map((year) => ({ year })),
      1,
    );
    expect(broken.map((point) => point?.year ?? null)).to.deep.equal([2017, 2018, null, 2020, 2021, 2022]);
  });
  it('do not break a series published every other year, only a gap in its cadence', () => {
    expect(seriesStep([2018, 2020, 2022])).to.equal(2);
    expect(missingYears([2018, 2020, 2022])).to.deep.equal([]);
    expect(missingYears([2010, 2015, 2025])).to.deep.equal([2020]);
    expect(withGaps([{ year: 2018 }, { year: 2020 }], 2)).to.not.include(null);
  });
  it('handle one point and none', () => {
    expect(seriesStep([2020])).to.equal(1);
    expect(missingYears([])).to.deep.equal([]);
  });
});

describe('spokenValue', () => {
  it('says compact numbers in words, small ones in full, with the qualifier', () => {
    expect(spokenValue(30_000_000, 'more-than', 'en', 'm')).to.equal('more than 30\u00a0million');
    expect(spokenValue(262, 'about', 'en', 'm')).to.equal('about 262');
    expect(spokenValue(8_000_000, undefined, 'fa', 'm')).to.equal('۸\u00a0میلیون');
  });
});

describe('trendData', () => {
  it('labels the CINVU virtual students 8M → 22M → 30M+ and sums them up', () => {
    const data = trendData(cinvu, 'virtual-students', 'en');
    expect(data.label).to.equal('Virtual students');
    expect(data.points.map((point) => point.short)).to.deep.equal(['8M', '22M', '30M+']);
    // The source dates the 8 million only "before the spread of coronavirus": no year is made up for it.
    expect(data.summary).to.equal(
      'Virtual students rose from 8\u00a0million before the spread of coronavirus to more than 30\u00a0million in 2021.',
    );
    expect(data.points[0]!.description).to.equal(
      'Before the spread of coronavirus: 8\u00a0million — Source: National Library and Archives of Iran (Public Relations)',
    );
    expect(data.points[2]!.description).to.equal('2021: more than 30\u00a0million — Source: CINVU (Public Relations)');
    expect(data.points.map((point) => point.approximate)).to.deep.equal([true, false, false]);
    expect(data.ordinal).to.equal(true);
    expect(data.notes).to.deep.equal(['The source dates 8\u00a0million only as “before the spread of coronavirus”: it gives no year.']);
    expect(data.growth?.text).to.equal('at least +33% since 2020');
    expect(data.sources.map((source) => source.id)).to.deep.equal(['nlai-2020-11-18', 'cinvu-2021-10-20']);
    expect(data.missing).to.deep.equal([]);
  });
  it('speaks Persian with Persian digits', () => {
    const data = trendData(cinvu, 'virtual-students', 'fa');
    expect(data.points.map((point) => point.short)).to.deep.equal(['۸\u00a0میلیون', '۲۲\u00a0میلیون', '۳۰\u00a0میلیون+']);
    expect(data.points[0]!.yearText).to.equal('پیش از شیوع ویروس کرونا');
    expect(data.points[1]!.yearText).to.equal('۲۰۲۰');
    expect(data.summary).to.equal(
      'دانشجویان مجازی: از ۸\u00a0میلیون پیش از شیوع ویروس کرونا به بیش از ۳۰\u00a0میلیون در ۲۰۲۱ افزایش یافت.',
    );
  });
  it('speaks Arabic with the period in Arabic and Arabic-Indic digits', () => {
    const data = trendData(cinvu, 'virtual-students', 'ar');
    expect(data.points.map((point) => point.yearText)).to.deep.equal(['قبل تفشي فيروس كورونا', '٢٠٢٠', '٢٠٢١']);
    expect(data.summary).to.contain('قبل تفشي فيروس كورونا').and.contain('في ٢٠٢١');
    expect(data.summary).to.not.match(/2019|٢٠١٩/);
  });
  it('names the missing year of the example network in its summary', () => {
    const data = trendData(example, 'virtual-students', 'en');
    expect(data.missing).to.deep.equal([2019]);
    expect(data.summary).to.match(/ No figure for 2019\.$/);
  });
  it('says when a metric falls, stays, has one figure or none', () => {
    const fell = dataset([
      { metric: 'm', year: 2020, value: 20, source: 's' },
      { metric: 'm', year: 2021, value: 10, source: 's' },
    ]);
    expect(trendData(fell, 'm', 'en').summary).to.equal('Things fell from 20 in 2020 to 10 in 2021.');
    const steady = dataset([
      { metric: 'm', year: 2020, value: 5, source: 's' },
      { metric: 'm', year: 2022, value: 5, source: 's' },
    ]);
    expect(trendData(steady, 'm', 'en').summary).to.equal('Things stayed at 5 (in 2020 and in 2022).');
    expect(trendData(dataset([{ metric: 'm', year: 2020, value: 5, source: 's' }]), 'm', 'en').summary).to.equal('Things: 5 in 2020.');
    expect(trendData(dataset([]), 'm', 'en').summary).to.equal('No published totals for Things.');
  });
  it('keeps one figure per year: the last one listed', () => {
    const twice = dataset([
      { metric: 'm', year: 2020, value: 5, source: 's' },
      { metric: 'm', year: 2020, value: 7, source: 's' },
    ]);
    expect(trendData(twice, 'm', 'en').points.map((point) => point.value)).to.deep.equal([7]);
  });
});

describe('trendLayout', () => {
  const box = { width: 600, height: 300, locale: 'en' };

  it('gives whole numbers whole ticks on the value axis, and fractions the ticks between', () => {
    const data = trendData(cinvu, 'virtual-students', 'en');
    const counted = { ...data, points: data.points.map((point, index) => ({ ...point, value: index + 1 })) };
    expect(trendLayout(counted, box).yTicks.map((tick) => tick.value)).to.deep.equal([0, 1, 2, 3]);
    const halves = { ...data, points: data.points.map((point, index) => ({ ...point, value: index + 0.5 })) };
    expect(trendLayout(halves, box).yTicks.some((tick) => !Number.isInteger(tick.value))).to.equal(true);
  });

  it('draws the CINVU series as one unbroken line from a zero baseline', () => {
    const layout = trendLayout(trendData(cinvu, 'virtual-students', 'en'), box);
    expect(subpaths(layout.line)).to.equal(1);
    expect(layout.area).to.equal('');
    expect(layout.yTicks[0]!.value).to.equal(0);
    expect(layout.yTicks[0]!.position).to.equal(layout.plot.bottom);
    expect(layout.yTicks.map((tick) => tick.label)).to.include.members(['0', '10M', '20M', '30M']);
    // A period has no place on a time scale: one step per point, each tick the point's own label.
    expect(layout.xTicks.map((tick) => tick.label)).to.deep.equal(['Before the spread of coronavirus', '2020', '2021']);
    const [first, middle, last] = layout.points;
    expect(middle!.x - first!.x).to.be.closeTo(last!.x - middle!.x, 0.02);
    expect(first!.x).to.be.lessThan(last!.x);
    expect(first!.y).to.be.greaterThan(last!.y);
    expect(layout.points.every((point) => point.labelled)).to.equal(true);
  });

  it('breaks the line and the area at the missing 2019, and still ticks 2019', () => {
    const data = trendData(example, 'virtual-students', 'en');
    const layout = trendLayout(data, { ...box, type: 'area' });
    expect(subpaths(layout.line)).to.equal(2);
    expect(subpaths(layout.area)).to.equal(2);
    expect(layout.xTicks.map((tick) => tick.value)).to.include(2019);
  });

  it('runs time right to left and puts the value axis on the right when mirrored', () => {
    const layout = trendLayout(trendData(cinvu, 'virtual-students', 'fa'), { ...box, locale: 'fa', mirror: true });
    const [first, , last] = layout.points;
    expect(first!.x).to.be.greaterThan(last!.x);
    expect(layout.yLabelX).to.be.greaterThan(layout.plot.right);
    expect(layout.xTicks.map((tick) => tick.label)).to.deep.equal(['پیش از شیوع ویروس کرونا', '۲۰۲۰', '۲۰۲۱']);
  });

  it('keeps value labels inside the box and drops the middle ones when they would collide', () => {
    const data = trendData(example, 'virtual-students', 'en');
    const wide = trendLayout(data, box);
    for (const point of wide.points) {
      const half = (point.short.length * 7) / 2;
      expect(point.x - half).to.be.at.least(0);
      expect(point.x + half).to.be.at.most(600);
    }
    const narrow = trendLayout(data, { ...box, width: 120, height: 180 });
    expect(narrow.points.map((point) => point.labelled)).to.deep.equal([true, false, false, false, true]);
  });

  it('writes fewer value ticks where their lines would meet: a line of the language apart, "0" alone in a few pixels', () => {
    for (const locale of ['en', 'ur']) {
      const data = trendData(cinvu, 'virtual-students', locale);
      for (const height of [300, 120, 90, 70, 60]) {
        const { yTicks } = trendLayout(data, { ...box, locale, height });
        expect(yTicks.length, `${locale} ${height}`).to.be.at.least(1);
        expect(yTicks[0]!.label, `${locale} ${height}`).to.equal(trendLayout(data, { ...box, locale }).yTicks[0]!.label);
        yTicks
          .slice(1)
          .forEach((tick, index) =>
            expect(yTicks[index]!.position - tick.position, `${locale} ${height}`).to.be.at.least(timeLineHeight(locale) - 0.01),
          );
      }
      expect(trendLayout(data, { ...box, locale, height: 60 }).yTicks).to.have.length(1);
    }
  });

  it('never gives two value ticks the same label', () => {
    const data = trendData(example, 'virtual-students', 'en');
    for (const height of [180, 300, 500]) {
      const labels = trendLayout(data, { ...box, height }).yTicks.map((tick) => tick.label);
      expect(new Set(labels).size).to.equal(labels.length);
    }
  });

  it('thins year ticks to whole years that fit', () => {
    const totals = Array.from({ length: 31 }, (_, index) => ({ metric: 'm', year: 1990 + index, value: index, source: 's' }));
    const layout = trendLayout(trendData(dataset(totals), 'm', 'en'), { ...box, width: 320 });
    expect(layout.xTicks.length).to.be.lessThan(31);
    expect(layout.xTicks.every((tick) => Number.isInteger(tick.value))).to.equal(true);
  });

  it('puts a value label below a point low between higher neighbours, where the line would cross it above', () => {
    const totals = [
      { metric: 'm', year: 2019, value: 100_000_000, source: 's' },
      { metric: 'm', year: 2020, value: 40_000_000, source: 's' },
      { metric: 'm', year: 2021, value: 100_000_000, source: 's' },
    ];
    const [first, low, last] = trendLayout(trendData(dataset(totals), 'm', 'en'), { ...box, width: 320, height: 300 }).points;
    expect(low!.labelY).to.be.greaterThan(low!.y);
    expect(first!.labelY).to.be.lessThan(first!.y);
    expect(last!.labelY).to.be.lessThan(last!.y);
  });

  it('keeps a wide value label off a steep line where there is no room below its point: raised, shifted along the axis', () => {
    for (const locale of ['fa', 'ar', 'ur'])
      for (const mirror of [false, true]) {
        // Five lines of a wrapped period under the axis, and the widths of a browser's Arabic-script text.
        const options = { width: 200, height: 180, locale, mirror, timeLines: 5, measure: (text: string) => text.length * 5.3 };
        const layout = trendLayout(trendData(cinvu, 'virtual-students', locale), options);
        const line = layout.line
          .slice(1)
          .split('L')
          .map((pair) => pair.split(',').map(Number) as [number, number]);
        for (const point of layout.points.filter((each) => each.labelled)) {
          const half = (point.short.length * 5.3) / 2;
          const [left, right, top, bottom] = [point.labelX - half, point.labelX + half, point.labelY - 10, point.labelY + 4];
          const crossed = line.slice(1).some((b, index) => {
            const a = line[index]!;
            for (let step = 0; step <= 100; step += 1) {
              const [x, y] = [a[0] + ((b[0] - a[0]) * step) / 100, a[1] + ((b[1] - a[1]) * step) / 100];
              if (x > left && x < right && y > top && y < bottom) return true;
            }
            return false;
          });
          const where = `${locale}${mirror ? ' mirrored' : ''} "${point.short}"`;
          expect(`${where} ${crossed ? 'crossed' : 'clear'}`).to.equal(`${where} clear`);
          expect(left >= layout.plot.left && right <= layout.plot.right, `${where} inside the plot`).to.equal(true);
          expect(Math.abs(point.labelX - point.x), `${where} over its point`).to.be.lessThan(half);
        }
      }
  });

  it('spaces a wrapped time label further in Arabic script, further still in Nastaliq', () => {
    expect(timeLineHeight('en')).to.equal(14);
    expect(timeLineHeight('fa')).to.be.greaterThan(timeLineHeight('en'));
    expect(timeLineHeight('ur')).to.be.greaterThan(timeLineHeight('fa'));
  });

  it('writes every other time label (the same ones each time) when a word is wider than the room between points', () => {
    const totals = ['Aaaaaaaaaaaaaaaaaaaaaaaa', 'Bbbbbbbbbbbbbbbbbbbbbbbb', 'Cccccccccccccccccccccccc', 'Dddddddddddddddddddddddd'].map(
      (label, index) => ({ metric: 'm', period: { label, sortYear: 2000 + index }, value: index + 1, source: 's' }),
    );
    const env = { locale: 'en', rtl: false, unit: 1, measure: (text: string, size: number) => text.length * size * 0.6 };
    const axis = (width: number) => {
      const chart = trendScene(dataset(totals), { metric: 'm' }, env).chart(width, 200);
      const group = chart.marks.find(
        (mark): mark is Extract<Mark, { kind: 'group' }> => mark.kind === 'group' && mark.class === 'x-axis axis',
      );
      return group!.children.map((mark) => (mark.kind === 'text' ? mark.text : ''));
    };
    expect(axis(1200)).to.have.length(4);
    const narrow = axis(320);
    expect(narrow.length).to.be.lessThan(4);
    expect(narrow[0]).to.equal('Aaaaaaaaaaaaaaaaaaaaaaaa');
    expect(axis(320)).to.deep.equal(narrow);
  });

  it('centres a single point', () => {
    const layout = trendLayout(trendData(cinvu, 'digital-universities', 'en'), box);
    expect(layout.points).to.have.length(1);
    expect(layout.points[0]!.short).to.equal('40');
    expect(layout.xTicks.map((tick) => tick.label)).to.deep.equal(['2020']);
  });
});
