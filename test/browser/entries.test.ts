/**
 * The two entries that register every element: src/index.ts (the npm entry, the classic script) and src/bundle.ts
 * (dist/netreach.js), which leaves the validator, the map's, the KPI tile's, the regions', the trend's, the table's and the
 * dashboard's models and "About this data"'s `aboutData` to lazy chunks. Each lists its exports itself (see bundle.ts): they must not drift apart.
 */
import { expect } from '@open-wc/testing';
import * as bundle from '../../src/bundle.js';
import * as all from '../../src/index.js';

const VALIDATOR = ['DatasetError', 'parseDataset', 'validateDataset'];
/** Loaded by the map, the KPI tile, the regions, the trend, the table and the dashboard, with their widget: `netreach/core` has them. */
const MODELS = [
  'classBreaks',
  'dashboardPlan',
  'defaultTrendMetric',
  'donutLayout',
  'mapModel',
  'nearestInDirection',
  'nextSelection',
  'normalizeSelection',
  'regionMembers',
  'regionsModel',
  'sortRows',
  'statModel',
  'tableModel',
  'tableRecords',
  'tileGrowthNote',
  'trendData',
  'trendLayout',
  'waffleLayout',
];
/** Loaded with the menu's on-demand module, when "About this data" opens: `netreach/core` has it. */
const ON_DEMAND = ['aboutData'];
/** Two networks' countries compared: a copy in the map's and the table's chunks, `netreach/core` has them. */
const OVERLAP = ['countryOverlap', 'overlapModel'];
/** A figure over time in words (growth.ts): a copy in the KPI tile's, the trend's, the dashboard's and the on-demand chunks, `netreach/core` has them. */
const GROWTH = [
  'growthText',
  'metricGrowth',
  'periodNotes',
  'spokenFigure',
  'whenPhrase',
  'whenText',
  // Said by growth.ts alone, out of aggregate.ts and locale.ts since s41-3.
  'roundSignificant',
  'isLowerBound',
  'formatQualifiedCompact',
];
/** Percentages (percent.ts): a copy in the regions', the table's, the KPI tile's, the trend's and the on-demand chunks (s41-3), `netreach/core` has them. */
const PERCENT = ['formatPercent', 'formatPercentChange'];

describe('the entries', () => {
  it("dist/netreach.js exports what the npm entry does but the validator, which loadValidator() gives, six widgets' models, aboutData, the overlap's functions, a figure over time in words and percentages", async () => {
    const lazy = [...VALIDATOR, ...MODELS, ...ON_DEMAND, ...OVERLAP, ...GROWTH, ...PERCENT];
    expect(Object.keys(bundle).sort()).to.deep.equal(
      Object.keys(all)
        .filter((name) => !lazy.includes(name))
        .sort(),
    );
    const validator = await bundle.loadValidator();
    for (const name of VALIDATOR) expect(validator[name as keyof typeof validator], name).to.equal(all[name as keyof typeof all]);
  });
});
