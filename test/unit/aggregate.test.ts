import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import {
  figureUnit,
  metricInfo,
  metricSeries,
  metricTotal,
  uniqueSources,
  valuesByCountry,
  valuesByRegion,
  sourcePublisher,
} from '../../src/core/aggregate.js';
import { metricGrowth } from '../../src/core/growth.js';
import { sourceLabels } from '../../src/core/about.js';
import { sparklinePath, sparklineY } from '../../src/core/sparkline.js';
import { statModel } from '../../src/core/stat-model.js';
import type { Dataset } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';

const dataset: Dataset = validateDataset({
  version: 1,
  network: { id: 'n', name: 'Net' },
  regions: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  metrics: [
    { id: 'students', label: 'Students', labels: { fa: 'دانشجویان' } },
    { id: 'unis', label: 'Universities' },
  ],
  members: [
    { country: 'PAK', region: 'a', values: { unis: 10, students: null } },
    { country: 'IRN', region: 'a', values: { unis: 5 } },
    { country: 'EGY', region: 'b', values: { unis: 0 } },
  ],
  totals: [
    { metric: 'students', year: 2021, value: 30_000_000, qualifier: 'more-than', source: 's' },
    { metric: 'students', year: 2019, value: 8_000_000, source: 's' },
    { metric: 'students', year: 2020, value: 22_000_000, source: 's' },
  ],
  sources: [{ id: 's', title: 'Report', publisher: 'Publisher' }],
});

describe('metricInfo', () => {
  it('knows the built-in countries metric and declared ones, not others', () => {
    expect(metricInfo(dataset, 'countries')?.id).to.equal('countries');
    expect(metricInfo(dataset, 'unis')?.label).to.equal('Universities');
    expect(metricInfo(dataset, 'nope')).to.equal(undefined);
  });
});

describe('metricSeries', () => {
  it('orders totals by year', () => {
    expect(metricSeries(dataset, 'students').map((total) => total.year)).to.deep.equal([2019, 2020, 2021]);
  });
});

describe('metricTotal', () => {
  it('takes the latest published total with its qualifier and source', () => {
    expect(metricTotal(dataset, 'students')).to.deep.equal({
      value: 30_000_000,
      year: 2021,
      qualifier: 'more-than',
      source: 's',
      basis: 'total',
    });
  });
  it('sums member values when no total is published, and counts members for countries', () => {
    expect(metricTotal(dataset, 'unis')).to.deep.equal({ value: 15, basis: 'sum', counted: 3 });
    // Members without a figure have one the data does not give: the others' sum is a lower bound.
    expect(metricTotal({ ...dataset, members: [...dataset.members, { country: 'TUR', region: 'b' }] }, 'unis')).to.deep.equal({
      value: 15,
      qualifier: 'at-least',
      basis: 'sum',
      counted: 3,
    });
    expect(metricTotal(dataset, 'countries')).to.deep.equal({ value: 3, basis: 'count' });
  });
  it('sums the figures of a list that is not the whole as a lower bound, every listed member counted or not', () => {
    for (const extent of ['partial', 'examples'] as const) {
      expect(metricTotal({ ...dataset, listing: { extent, source: 's' } }, 'unis'), extent).to.deep.equal({
        value: 15,
        qualifier: 'at-least',
        basis: 'sum',
        counted: 3,
      });
    }
  });
});

describe('metricGrowth', () => {
  it('compares the latest total with the previous one', () => {
    const growth = metricGrowth(dataset, 'students')!;
    expect(growth.fromYear).to.equal(2020);
    expect(growth.exactRatio).to.be.closeTo(8 / 22, 1e-9);
    // 22 million → more than 30 million: two significant digits, rounded down, as the growth is at least that; and
    // 22 million may stand for up to 22,500,000, so it is at least 30 / 22.5 − 1 = +33%, not the +36% of 30 / 22.
    expect(growth).to.include({ ratio: 0.33, digits: 2, qualifier: 'at-least', computed: true });
    expect(growth.rounded).to.deep.include({ taken: 22_500_000 });
    expect(growth.rounded!.total.value).to.equal(22_000_000);
    expect(metricGrowth(dataset, 'unis')).to.equal(undefined);
  });
  it('allows for a rounded figure only where a bound is computed, and never for a whole count', () => {
    const growthOf = (totals: Dataset['totals']) =>
      metricGrowth(
        validateDataset({
          version: 1,
          network: { id: 'n', name: 'N' },
          metrics: [{ id: 'm', label: 'M' }],
          members: [],
          totals,
          sources: [{ id: 's', title: 'T', publisher: 'P' }],
        }),
        'm',
      )!;
    // Two plain figures: the nearest at the less precise one's digits, no bound to widen.
    const plain = growthOf([
      { metric: 'm', year: 2019, value: 8_000_000, source: 's' },
      { metric: 'm', year: 2020, value: 22_000_000, source: 's' },
    ]);
    expect(plain).to.include({ ratio: 2, digits: 1 });
    expect(plain.rounded).to.equal(undefined);
    // The earlier a lower bound: at most, with the later taken at the top of its rounding (22.5 / 8 − 1 = 181% → 200%).
    const atMost = growthOf([
      { metric: 'm', year: 2019, value: 8_000_000, qualifier: 'more-than', source: 's' },
      { metric: 'm', year: 2020, value: 22_000_000, source: 's' },
    ]);
    expect(atMost).to.include({ qualifier: 'at-most', ratio: 2 });
    expect(atMost.rounded).to.deep.include({ taken: 22_500_000 });
    // 40 → more than 57: whole counts, nothing rounded (57 / 40 − 1 = 42.5% → at least +42%).
    const counts = growthOf([
      { metric: 'm', year: 2019, value: 40, source: 's' },
      { metric: 'm', year: 2020, value: 57, qualifier: 'more-than', source: 's' },
    ]);
    expect(counts).to.include({ qualifier: 'at-least', ratio: 0.42 });
    expect(counts.rounded).to.equal(undefined);
  });
});

describe('valuesByRegion and valuesByCountry', () => {
  it('sums per region and keeps "no data" apart from zero', () => {
    expect(valuesByRegion(dataset, 'unis')).to.deep.equal([
      { id: 'a', value: 15, count: 2, counted: 2 },
      { id: 'b', value: 0, count: 1, counted: 1 },
    ]);
    expect(valuesByRegion(dataset, 'students')).to.deep.equal([
      { id: 'a', value: null, count: 2, counted: 0 },
      { id: 'b', value: null, count: 1, counted: 0 },
    ]);
    expect(valuesByCountry(dataset, 'students').map((row) => row.value)).to.deep.equal([null, null, null]);
  });
});

describe('a region’s sum', () => {
  it('is no more precise than its least precise figure: 610,000 (to the thousand) + 1,800 is 612,000, not 611,800', () => {
    const rounded = validateDataset({
      ...dataset,
      members: [
        { country: 'PAK', region: 'a', values: { students: 610_000, unis: 48 } },
        { country: 'IRN', region: 'a', values: { students: 1_800, unis: 1 } },
        { country: 'EGY', region: 'b', values: { students: 350 } },
      ],
    });
    expect(valuesByRegion(rounded, 'students').map((group) => group.value)).to.deep.equal([612_000, 350]);
    // Whole counts are exact, so is their sum.
    expect(valuesByRegion(rounded, 'unis').map((group) => group.value)).to.deep.equal([49, null]);
    expect([610_000, 1_800, 12_500, 48, 20].map(figureUnit)).to.deep.equal([1000, 100, 100, 1, 1]);
  });
});

describe('statModel', () => {
  it('gives the headline, long form, growth and source in English', () => {
    const model = statModel(dataset, 'students', 'en')!;
    expect(model.short).to.equal('30M+');
    expect(model.long).to.equal('more than 30\u00a0million');
    expect(model.growth).to.equal('at least +33% since 2020');
    expect(model.growthComputed).to.equal(true);
    expect(model.sourceText).to.equal('Source: Publisher');
    expect(model.series).to.have.length(3);
  });
  it('localizes to Persian with native digits', () => {
    const model = statModel(dataset, 'students', 'fa')!;
    expect(model.label).to.equal('دانشجویان');
    expect(model.short).to.equal('۳۰\u00a0میلیون+');
    expect(model.long).to.equal('بیش از ۳۰\u00a0میلیون');
    expect(model.growth).to.contain('۲۰۲۰');
  });
  it('says "No data" for a metric without any figure, and nothing for an unknown one', () => {
    const empty = validateDataset({ ...dataset, members: [], totals: [] });
    expect(statModel(empty, 'unis', 'en')?.short).to.equal('No data');
    expect(statModel(dataset, 'nope', 'en')).to.equal(undefined);
  });
  it('writes member counts in full', () => {
    expect(statModel(dataset, 'countries', 'en')?.short).to.equal('3');
  });
});

describe('sparklinePath', () => {
  it('draws one subpath for consecutive years and breaks at missing years', () => {
    const points = [
      { year: 2017, value: 1 },
      { year: 2018, value: 2 },
      { year: 2020, value: 3 },
    ];
    expect(sparklinePath(points.slice(0, 2), 100, 10).match(/M/g)).to.have.length(1);
    expect(sparklinePath(points, 100, 10).match(/M/g)).to.have.length(2);
  });
  it('runs right to left when mirrored', () => {
    const path = sparklinePath(
      [
        { year: 1, value: 0 },
        { year: 2, value: 1 },
      ],
      100,
      10,
      true,
    );
    expect(path.startsWith('M100,10')).to.equal(true);
  });
  it('needs two points', () => {
    expect(sparklinePath([{ year: 1, value: 1 }], 100, 10)).to.equal('');
  });
  // 57 → 57 (the default tile's member countries) was drawn along the box's top, M0,0L120,0, where it read as an
  // underline of the growth above it.
  it('draws a series that does not change at mid-height, not along the top', () => {
    const flat = [
      { year: 2020, value: 57 },
      { year: 2021, value: 57 },
    ];
    expect(sparklinePath(flat, 120, 32)).to.equal('M0,16L120,16');
    expect(sparklinePath([...flat, { year: 2022, value: 57 }], 120, 32, true)).to.equal('M120,16L60,16L0,16');
    expect(sparklineY(flat, 32)(57)).to.equal(16);
    // All zero stays on the baseline; a series that changes keeps zero at the bottom and its largest value at the top.
    expect(
      sparklinePath(
        [
          { year: 1, value: 0 },
          { year: 2, value: 0 },
        ],
        100,
        10,
      ),
    ).to.equal('M0,10L100,10');
    expect(
      sparklinePath(
        [
          { year: 1, value: 56 },
          { year: 2, value: 57 },
        ],
        100,
        10,
      ),
    ).to.equal(`M0,${Math.round((10 - (56 / 57) * 10) * 100) / 100}L100,0`);
    const rising = [
      { year: 1, value: 8 },
      { year: 2, value: 30 },
    ];
    expect([sparklineY(rising, 10)(0), sparklineY(rising, 10)(30)]).to.deep.equal([10, 0]);
  });
});

describe('uniqueSources', () => {
  it('keeps two sources of one label that differ in URL, date or title, in order; drops a source listed twice', () => {
    const sources = [
      { id: 'a', title: 'Report', publisher: 'UNESCO', date: '2020', url: 'https://example.org/a' },
      { id: 'b', title: 'Report', publisher: 'UNESCO', date: '2020', url: 'https://example.org/b' },
      { id: 'c', title: 'Report', publisher: 'UNESCO', date: '2023', url: 'https://example.org/a' },
      { id: 'd', title: 'Other report', publisher: 'UNESCO', date: '2020', url: 'https://example.org/a' },
      { id: 'a2', title: 'Report', publisher: 'UNESCO', date: '2020', url: 'https://example.org/a' },
      { id: 'e', title: 'UNESCO' },
      { id: 'e2', title: 'UNESCO' },
    ];
    expect(uniqueSources(sources).map((source) => source.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('sourceLabels', () => {
  it('tells apart sources of one label by year, else by title; says nothing more of a label said once', () => {
    const years = [
      { id: 'a', title: 'Report', publisher: 'UNESCO', date: '2020-05' },
      { id: 'b', title: 'Report', publisher: 'UNESCO', date: '2023' },
      { id: 'c', title: 'Other', publisher: 'World Bank', date: '2023' },
    ];
    expect(sourceLabels(years, 'en')).to.deep.equal(['UNESCO (2020)', 'UNESCO (2023)', 'World Bank']);
    expect(sourceLabels(years, 'fa')).to.deep.equal(['UNESCO (۲۰۲۰)', 'UNESCO (۲۰۲۳)', 'World Bank']);
    // A file's isolates: around each name, not around the year.
    expect(sourceLabels(years.slice(0, 2), 'fa', (text) => `<${text}>`)).to.deep.equal(['<UNESCO> (۲۰۲۰)', '<UNESCO> (۲۰۲۳)']);
    // One year, or a source without one: their titles.
    const titles = [
      { id: 'a', title: 'Report (draft)', publisher: 'UNESCO', date: '2020' },
      { id: 'b', title: 'Report', publisher: 'UNESCO' },
    ];
    expect(sourceLabels(titles, 'en')).to.deep.equal(['UNESCO (Report [draft])', 'UNESCO (Report)']);
    // Only their URLs differ (the title is the label): nothing to say but the links.
    const urls = [
      { id: 'a', title: 'Report', url: 'https://example.org/a' },
      { id: 'b', title: 'Report', url: 'https://example.org/b' },
    ];
    expect(sourceLabels(urls, 'en')).to.deep.equal(['Report', 'Report']);
  });

  it("names a publisher in the reader's language where the source gives it, else as `publisher` writes it", () => {
    const sources = [
      { id: 'a', title: 'گزارش', publisher: 'National Library (Public Relations)', publishers: { fa: 'روابط عمومی کتابخانه ملی' } },
      { id: 'b', title: 'Report', publisher: 'UNESCO' },
      { id: 'c', title: 'Untitled' },
    ];
    expect(sourceLabels(sources, 'fa')).to.deep.equal(['روابط عمومی کتابخانه ملی', 'UNESCO', 'Untitled']);
    expect(sourceLabels(sources, 'fa-IR')).to.deep.equal(['روابط عمومی کتابخانه ملی', 'UNESCO', 'Untitled']);
    expect(sourceLabels(sources, 'en')).to.deep.equal(['National Library (Public Relations)', 'UNESCO', 'Untitled']);
    expect(sourceLabels(sources, 'ar')).to.deep.equal(['National Library (Public Relations)', 'UNESCO', 'Untitled']);
    expect(sources.map((source) => sourcePublisher(source, 'fa') ?? null)).to.deep.equal(['روابط عمومی کتابخانه ملی', 'UNESCO', null]);
    // Without `publisher`, names in other languages stand for nothing (as a note's translations without the note).
    expect(sourceLabels([{ id: 'd', title: 'Report', publishers: { fa: 'ناشر' } }], 'fa')).to.deep.equal(['Report']);
  });
});
