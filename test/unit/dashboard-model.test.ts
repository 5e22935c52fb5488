import { expect } from '@open-wc/testing';
import { dashboardPlan, listCounterStyle, nextSelection, normalizeSelection, regionMembers } from '../../src/core/dashboard-model.js';
import { tileGrowthNote } from '../../src/core/growth.js';
import { placeNotes } from '../../src/core/dashboard-notes.js';
import { validateDataset } from '../../src/core/validate.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';

const cinvu = validateDataset(CINVU);
const example = validateDataset(EXAMPLE_NETWORK);

describe('dashboardPlan', () => {
  it('plans three KPI tiles, the virtual-students trend and member counts by region on CINVU', () => {
    expect(dashboardPlan(cinvu)).to.deep.equal({
      kpis: ['countries', 'virtual-students', 'digital-universities'],
      trendMetric: 'virtual-students',
      barsMetric: 'countries',
      regionsAvailable: true,
    });
  });

  it('bars a metric with member values, so they say something the regions do not', () => {
    const plan = dashboardPlan(example);
    expect(plan.kpis[0]).to.equal('countries');
    expect(plan.barsMetric).to.not.equal('countries');
    expect(example.members.some((member) => typeof member.values?.[plan.barsMetric] === 'number')).to.equal(true);
  });

  it('leaves out metrics with no figure and the trend when no metric has two totals', () => {
    const dataset = validateDataset({
      ...(CINVU as object),
      metrics: [...(cinvu.metrics ?? []), { id: 'labs', label: 'Labs' }],
      totals: [{ metric: 'virtual-students', year: 2021, value: 30_000_000, source: 'cinvu-2021-10-20' }],
    });
    const plan = dashboardPlan(dataset);
    expect(plan.kpis).to.deep.equal(['countries', 'virtual-students']);
    expect(plan.trendMetric).to.equal(undefined);
  });
});

describe('regionMembers', () => {
  it('lists a region’s member codes in the dataset’s order, nothing for no region', () => {
    expect(regionMembers(cinvu, 'europe-and-america')).to.deep.equal(['ALB', 'GUY', 'SUR']);
    expect(regionMembers(cinvu, 'asia-and-oceania')).to.have.length(27);
    expect(regionMembers(cinvu, undefined)).to.deep.equal([]);
  });
});

describe('normalizeSelection', () => {
  it('fills in a country’s region and upper-cases its code', () => {
    expect(normalizeSelection(cinvu, { country: 'pak' })).to.deep.equal({ region: 'asia-and-oceania', country: 'PAK' });
  });

  it('drops unknown regions and countries that are not members', () => {
    expect(normalizeSelection(cinvu, { region: 'antarctica' })).to.deep.equal({});
    expect(normalizeSelection(cinvu, { country: 'FRA', region: 'africa-and-arab' })).to.deep.equal({ region: 'africa-and-arab' });
  });

  it('lets the country decide, unless the page just set another region', () => {
    expect(normalizeSelection(cinvu, { country: 'PAK', region: 'africa-and-arab' })).to.deep.equal({
      region: 'asia-and-oceania',
      country: 'PAK',
    });
    expect(normalizeSelection(cinvu, { country: 'PAK', region: 'africa-and-arab' }, 'region')).to.deep.equal({ region: 'africa-and-arab' });
    expect(normalizeSelection(cinvu, { country: 'PAK', region: 'asia-and-oceania' }, 'region')).to.deep.equal({
      region: 'asia-and-oceania',
      country: 'PAK',
    });
  });
});

describe('nextSelection', () => {
  it('selects a region alone, and a country with its region', () => {
    expect(nextSelection(cinvu, {}, { region: 'africa-and-arab' })).to.deep.equal({ region: 'africa-and-arab' });
    expect(nextSelection(cinvu, { region: 'africa-and-arab' }, { country: 'TUR' })).to.deep.equal({
      region: 'asia-and-oceania',
      country: 'TUR',
    });
  });

  it('clears when the same thing is chosen again, like a toggle button', () => {
    expect(nextSelection(cinvu, { region: 'africa-and-arab' }, { region: 'africa-and-arab' })).to.deep.equal({});
    expect(nextSelection(cinvu, { region: 'asia-and-oceania', country: 'TUR' }, { country: 'TUR' })).to.deep.equal({});
  });

  it('goes from a country to its whole region when the region is chosen', () => {
    expect(nextSelection(cinvu, { region: 'asia-and-oceania', country: 'TUR' }, { region: 'asia-and-oceania' })).to.deep.equal({
      region: 'asia-and-oceania',
    });
  });

  it('clears on a part saying null (Escape cleared it, a marked row chosen again)', () => {
    const current = { region: 'asia-and-oceania', country: 'TUR' };
    expect(nextSelection(cinvu, current, { country: null })).to.deep.equal({});
    expect(nextSelection(cinvu, current, { region: null })).to.deep.equal({});
  });

  it('ignores what the dataset does not know, and events without a choice', () => {
    const current = { region: 'africa-and-arab' };
    expect(nextSelection(cinvu, current, { region: 'atlantis' })).to.equal(current);
    expect(nextSelection(cinvu, current, { country: 'FRA' })).to.equal(current);
    expect(nextSelection(cinvu, current, {})).to.equal(current);
    expect(nextSelection(cinvu, current, null)).to.equal(current);
  });
});

describe('tileGrowthNote', () => {
  it('gives the trend’s growth line when the tile of the same metric shows that growth, in the reader’s language', () => {
    const plan = dashboardPlan(cinvu);
    expect(tileGrowthNote(cinvu, plan, 'en')).to.equal('At least +33% since 2020');
    expect(tileGrowthNote(cinvu, plan, 'fa')).to.match(/۳۳/);
  });

  it('gives none when no tile shows the trend’s metric, or there is no trend', () => {
    const plan = dashboardPlan(cinvu);
    expect(tileGrowthNote(cinvu, { ...plan, kpis: ['countries'] }, 'en')).to.equal(undefined);
    expect(tileGrowthNote(cinvu, { ...plan, trendMetric: undefined }, 'en')).to.equal(undefined);
  });
});

describe('placeNotes', () => {
  it('leaves each note to the first part that calls for it: every later part leaves it out', () => {
    const hidden = placeNotes([
      { notes: ['tile'] },
      { notes: ['regions inferred', 'computed'] },
      { notes: ['regions inferred'] },
      { notes: ['computed', 'map only'] },
    ]);
    expect(hidden).to.deep.equal([[], ['tile'], ['tile', 'regions inferred', 'computed'], ['tile', 'regions inferred', 'computed']]);
  });

  it('tells a part that has not drawn yet (no notes) what the parts before it say, so it never shows them', () => {
    expect(placeNotes([{ notes: ['regions inferred'] }, { notes: [] }, { notes: ['own'] }])).to.deep.equal([
      [],
      ['regions inferred'],
      ['regions inferred'],
    ]);
  });

  it('adds a part’s dropped note to what it leaves out, once', () => {
    expect(placeNotes([{ notes: ['a'] }, { notes: ['growth', 'period'], dropped: 'growth' }])).to.deep.equal([[], ['a', 'growth']]);
    expect(placeNotes([{ notes: ['growth'] }, { notes: ['growth'], dropped: 'growth' }])).to.deep.equal([[], ['growth']]);
    expect(placeNotes([])).to.deep.equal([]);
  });
});

describe('listCounterStyle', () => {
  it("numbers a list in the digits the language's figures are written in", () => {
    expect(listCounterStyle('fa')).to.equal('persian');
    expect(listCounterStyle('ar')).to.equal('arabic-indic');
    expect(listCounterStyle('bn')).to.equal('bengali');
    expect(listCounterStyle('ur-u-nu-arabext')).to.equal('persian');
  });

  it('keeps Latin numbers where the figures are Latin', () => {
    for (const locale of ['en', 'fr', 'ur', 'fa-u-nu-latn', 'ar-MA', 'zh']) expect(listCounterStyle(locale), locale).to.equal('decimal');
  });
});
