/**
 * "View data" in words (src/core/data-view.ts): the rows a widget's CSV holds — machine keys and ids, plain numbers,
 * English periods — as a table a reader understands in the widget's language. The rows here are the ones the
 * widgets write (csv.ts; the bars' and the regions' `exportRows()` as they build them).
 */
import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import { metricSeries } from '../../src/core/aggregate.js';
import { barRows } from '../../src/core/bars-model.js';
import { csvShare, memberRows, type CsvCell } from '../../src/core/csv.js';
import { totalRows } from '../../src/core/total-rows.js';
import { dataView } from '../../src/core/data-view.js';
import { regionsModel } from '../../src/core/regions-model.js';
import { validateDataset } from '../../src/core/validate.js';
import { AL_MUSTAFA } from '../../src/generated/al-mustafa.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import type { Dataset } from '../../src/core/types.js';

const cinvu = validateDataset(CINVU);
const alMustafa = validateDataset(AL_MUSTAFA);
const example = validateDataset(EXAMPLE_NETWORK);

/** The bars' CSV rows (src/bars/bars.ts): a qualifier column where a count is a lower bound. */
function barsCsv(dataset: Dataset, metric: string, groupBy: 'region' | 'country', locale: string): CsvCell[][] {
  const rows = barRows(dataset, { metric, groupBy, sort: 'value', limit: 0, locale });
  const bounded = rows.some((row) => row.lowerBound);
  return [
    [groupBy, 'name', metric, ...(bounded ? ['qualifier'] : [])],
    ...rows.map((row) => [row.key, row.label, row.value, ...(bounded ? [row.lowerBound ? 'at-least' : null] : [])]),
  ];
}

/** The regions' CSV rows (src/regions/regions.ts): a qualifier rather than a share where a count is a lower bound. */
function regionsCsv(dataset: Dataset, metric: string, locale: string): CsvCell[][] {
  const model = regionsModel(dataset, metric, locale);
  const extra = model.metric === 'countries' ? [] : [model.metric];
  return [
    ['region', 'name', 'countries', ...extra, model.lowerBound ? 'qualifier' : 'share'],
    ...model.slices.map((slice) => [
      slice.id,
      slice.label,
      slice.count,
      ...(extra.length ? [slice.value] : []),
      model.lowerBound ? 'at-least' : csvShare(slice.share),
    ]),
  ];
}

const totals = (dataset: Dataset, metric: string) => totalRows(dataset, metricSeries(dataset, metric));
const headers = (view: ReturnType<typeof dataView>) => view.columns.map((column) => column.label);
/** Text with no digit 0–9 in it: the locale's own digits only. */
const LATIN_DIGIT = /[0-9]/;

describe('dataView', () => {
  it("shows a stat's and a trend's totals in words: a caption, the year or period, the figure as said, the source's label", () => {
    const view = dataView(cinvu, totals(cinvu, 'virtual-students'), 'en');
    expect(view.caption).to.equal('Virtual students');
    expect(headers(view)).to.deep.equal(['Year or period', 'Value', 'Source']);
    expect(view.columns.map((column) => column.numeric)).to.deep.equal([false, true, false]);
    expect(view.rows).to.deep.equal([
      ['Before the spread of coronavirus', '8\u00a0million', 'National Library and Archives of Iran (Public Relations)'],
      ['2020', '22\u00a0million', 'National Library and Archives of Iran (Public Relations)'],
      ['2021', 'more than 30\u00a0million', 'CINVU (Public Relations)'],
    ]);
    // Years only: the column says so.
    const countries = dataView(cinvu, totals(cinvu, 'countries'), 'en');
    expect(countries.caption).to.equal('Member countries');
    expect(headers(countries)[0]).to.equal('Year');
    expect(countries.rows.map((row) => row.slice(0, 2))).to.deep.equal([
      ['2020', '57'],
      ['2021', '57'],
    ]);
  });

  it('says them in the page’s language, the period in the dataset’s words, in native digits', () => {
    const view = dataView(cinvu, totals(cinvu, 'virtual-students'), 'fa');
    expect(view.caption).to.equal('دانشجویان مجازی');
    expect(headers(view)).to.deep.equal(['سال یا دوره', 'مقدار', 'منبع']);
    expect(view.rows.map((row) => row.slice(0, 2))).to.deep.equal([
      ['پیش از شیوع ویروس کرونا', '۸\u00a0میلیون'],
      ['۲۰۲۰', '۲۲\u00a0میلیون'],
      ['۲۰۲۱', 'بیش از ۳۰\u00a0میلیون'],
    ]);
    for (const locale of ['fa', 'ar', 'bn']) {
      const cells = dataView(cinvu, totals(cinvu, 'virtual-students'), locale).rows.flatMap((row) => row.slice(0, 2));
      expect(
        cells.filter((cell) => LATIN_DIGIT.test(cell)),
        locale,
      ).to.deep.equal([]);
    }
  });

  it('keeps the qualifier of a headline that is no published total ("at least 45" of a list of examples)', () => {
    // The stat's CSV where the metric has no totals (src/stat/stat.ts): its figure alone.
    const view = dataView(
      alMustafa,
      [
        ['metric', 'value'],
        ['countries', alMustafa.members.length],
      ],
      'en',
    );
    expect(view.caption).to.equal('Countries of visitors');
    expect(headers(view)).to.deep.equal(['Value']);
    expect(view.rows).to.deep.equal([[`at least ${alMustafa.members.length}`]]);
  });

  it("shows the bars' rows by region and by country by name, under the chart's title", () => {
    const byRegion = dataView(cinvu, barsCsv(cinvu, 'countries', 'region', 'en'), 'en');
    expect(byRegion.caption).to.equal('Member countries by region');
    expect(headers(byRegion)).to.deep.equal(['Regions', 'Member countries']);
    // In the chart's order: by value, ties in the dataset's order of regions.
    expect(byRegion.rows).to.deep.equal([
      ['Asia and Oceania', '27'],
      ['Africa and Arab', '27'],
      ['Europe and America', '3'],
    ]);
    const byCountry = dataView(example, barsCsv(example, 'virtual-students', 'country', 'en'), 'en');
    expect(byCountry.caption).to.equal('Virtual students by country');
    expect(headers(byCountry)).to.deep.equal(['Member countries', 'Virtual students']);
    expect(byCountry.rows[0]).to.deep.equal(['Indonesia', '610,000']);
    const persian = dataView(example, barsCsv(example, 'virtual-students', 'country', 'fa'), 'fa');
    expect(persian.rows[0]).to.deep.equal(['اندونزی', '۶۱۰٬۰۰۰']);
  });

  it("shows the regions' counts with their shares as the regions write them, and a metric's share beside it", () => {
    const view = dataView(cinvu, regionsCsv(cinvu, 'countries', 'en'), 'en');
    expect(view.caption).to.equal('Member countries by region');
    expect(headers(view)).to.deep.equal(['Regions', 'Member countries']);
    expect(view.rows).to.deep.equal([
      ['Asia and Oceania', '27 (47%)'],
      ['Africa and Arab', '27 (47%)'],
      ['Europe and America', '3 (5%)'],
    ]);
    const students = dataView(example, regionsCsv(example, 'virtual-students', 'fa'), 'fa');
    expect(headers(students)).to.deep.equal(['مناطق', 'کشورهای عضو', 'دانشجویان مجازی']);
    expect(students.rows.flat().filter((cell) => LATIN_DIGIT.test(cell))).to.deep.equal([]);
    expect(students.rows[0]![2]).to.match(/^[۰-۹٬]+ \([۰-۹]+٪\)$/);
  });

  it('says a figure of a list that is not the whole as at least that, under "Continents" where the regions are continents', () => {
    const view = dataView(alMustafa, regionsCsv(alMustafa, 'countries', 'en'), 'en');
    expect(headers(view)).to.deep.equal(['Continents', 'Countries of visitors']);
    expect(view.rows.every(([, count]) => /^at least \d+$/.test(count!))).to.equal(true);
    expect(view.rows.map(([name]) => name)).to.include('Asia');
    // The bars' rows by region too: the CSV's qualifier column is said in words, not shown as a column of its own.
    const bars = dataView(alMustafa, barsCsv(alMustafa, 'countries', 'region', 'en'), 'en');
    expect(headers(bars)).to.deep.equal(['Continents', 'Countries of visitors']);
    expect(bars.rows.every(([, count]) => /^at least \d+$/.test(count!))).to.equal(true);
  });

  it('shows the members by name, "No data" where a member has no figure, under the members table’s caption', () => {
    const view = dataView(cinvu, memberRows(cinvu, 'en'), 'en');
    expect(view.caption).to.equal('CINVU: member countries');
    expect(headers(view)).to.deep.equal(['Member countries', 'Regions', 'Virtual students', 'Universities with digital divisions']);
    expect(view.rows[0]).to.deep.equal(['Afghanistan', 'Asia and Oceania', 'No data', 'No data']);
    expect(dataView(cinvu, memberRows(cinvu, 'ar'), 'ar').rows[0]!.slice(2)).to.deep.equal(['لا توجد بيانات', 'لا توجد بيانات']);
  });

  it('shows no caption and no rows where a widget has nothing to show', () => {
    const view = dataView(cinvu, totalRows(cinvu, []), 'en');
    expect(view.rows).to.deep.equal([]);
    expect(headers(view)).to.deep.equal(['Year', 'Value', 'Source']);
  });
});
