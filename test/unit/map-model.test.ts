import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import {
  classBreaks,
  classOf,
  formatMapValue,
  ignoredText,
  mapModel,
  nearestInDirection,
  needsMapSymbol,
  projectionName,
  shadeClass,
} from '../../src/core/map-model.js';
import { msg } from '../../src/core/i18n.js';
import type { Dataset } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';

const cinvu: Dataset = validateDataset(CINVU);
const example: Dataset = validateDataset(EXAMPLE_NETWORK);

describe('classBreaks / classOf / shadeClass', () => {
  it('splits skewed values into five classes of about equal counts, with rounded thresholds', () => {
    const values = [0, 350, 1800, 9400, 12500, 15500, 18000, 22000, 26000, 31000, 43000, 47000, 54000, 61000, 88000];
    const breaks = classBreaks(values);
    expect(breaks.length).to.equal(4);
    for (const value of breaks) expect(Number(value.toPrecision(2))).to.equal(value);
    expect([...breaks].sort((a, b) => a - b)).to.deep.equal(breaks);
    const counts = [0, 0, 0, 0, 0];
    for (const value of values) counts[classOf(value, breaks)]! += 1;
    for (const count of counts) expect(count).to.be.within(2, 4);
  });

  it('has no thresholds when every value is the same, and whole-number ones for counts', () => {
    expect(classBreaks([5, 5, 5])).to.deep.equal([]);
    expect(classBreaks([7])).to.deep.equal([]);
    for (const value of classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 14, 18, 22, 27, 30, 35, 41, 48])) {
      expect(Number.isInteger(value), String(value)).to.equal(true);
    }
  });

  it('never leaves a class empty', () => {
    const values = [1, 1, 1, 1, 1, 1, 1, 1, 2, 1000];
    const breaks = classBreaks(values);
    const used = new Set(values.map((value) => classOf(value, breaks)));
    expect(used.size).to.equal(breaks.length + 1);
  });

  it('spreads fewer classes over the light-to-dark shades', () => {
    expect([0, 1, 2, 3, 4].map((i) => shadeClass(i, 5))).to.deep.equal(['q0', 'q1', 'q2', 'q3', 'q4']);
    expect([0, 1, 2].map((i) => shadeClass(i, 3))).to.deep.equal(['q0', 'q2', 'q4']);
    expect(shadeClass(0, 1)).to.equal('q4');
  });
});

describe('needsMapSymbol', () => {
  it('asks for a symbol without a shape or below 30 px²', () => {
    expect(needsMapSymbol(undefined)).to.equal(true);
    expect(needsMapSymbol(12)).to.equal(true);
    expect(needsMapSymbol(29.9)).to.equal(true);
    expect(needsMapSymbol(30)).to.equal(false);
    expect(needsMapSymbol(NaN)).to.equal(true);
  });
});

describe('projectionName', () => {
  it('accepts the four projections and defaults to equal-earth', () => {
    for (const name of ['equal-earth', 'natural-earth', 'mercator', 'orthographic']) expect(projectionName(name)).to.equal(name);
    expect(projectionName('robinson')).to.equal('equal-earth');
    expect(projectionName(undefined)).to.equal('equal-earth');
  });
});

describe('nearestInDirection', () => {
  //   0 (0,0)    1 (10,1)    2 (20,0)
  //   3 (0,10)               4 (19,12)
  const points = [
    [0, 0],
    [10, 1],
    [20, 0],
    [0, 10],
    [19, 12],
  ] as const;

  it('moves to the nearest point in each physical direction (y grows downwards)', () => {
    expect(nearestInDirection(points, 0, 'right')).to.equal(1);
    expect(nearestInDirection(points, 1, 'right')).to.equal(2);
    expect(nearestInDirection(points, 2, 'left')).to.equal(1);
    expect(nearestInDirection(points, 0, 'down')).to.equal(3);
    expect(nearestInDirection(points, 3, 'up')).to.equal(0);
    expect(nearestInDirection(points, 2, 'down')).to.equal(4);
    expect(nearestInDirection(points, 3, 'right')).to.equal(4);
  });

  it('stays put when nothing lies that way', () => {
    expect(nearestInDirection(points, 0, 'left')).to.equal(0);
    expect(nearestInDirection(points, 0, 'up')).to.equal(0);
    expect(nearestInDirection([], 0, 'up')).to.equal(0);
  });

  it('prefers a near point a little off the axis to one twice as far on it, not one at 40°', () => {
    // Left from Bangladesh: Pakistan (20° up, 71 px) rather than the UAE (on the axis, 107 px).
    expect(
      nearestInDirection(
        [
          [0, 0],
          [-67, -24],
          [-107, 0],
        ],
        0,
        'left',
      ),
    ).to.equal(1);
    expect(
      nearestInDirection(
        [
          [0, 0],
          [10, -9],
          [19, 2],
        ],
        0,
        'right',
      ),
    ).to.equal(2);
  });

  it('prefers a point within 45° over a closer one off to the side', () => {
    const pts = [
      [0, 0],
      [5, 4.9], // inside the cone but far along the diagonal
      [3, 8], // closer, outside the cone
    ] as const;
    expect(nearestInDirection(pts, 0, 'right')).to.equal(1);
  });
});

describe('mapModel', () => {
  it('colours CINVU by region with a legend of names and counts and a summary', () => {
    const model = mapModel(cinvu, { locale: 'en' });
    expect(model.colouring).to.equal('region');
    expect(model.members.length).to.equal(57);
    expect(model.legend.title).to.equal('Regions');
    expect(model.legend.entries.map((entry) => entry.label)).to.deep.equal([
      'Asia and Oceania (27)',
      'Africa and Arab (27)',
      'Europe and America (3)',
    ]);
    expect(model.legend.entries.map((entry) => entry.colour)).to.deep.equal(['r1', 'r2', 'r3']);
    expect(model.summary).to.equal(
      'Map of 57 member countries by region: Asia and Oceania 27, Africa and Arab 27, Europe and America 3. ' +
        'The sources give only how many countries each region has; which countries they are is inferred.',
    );
    const pak = model.members.find((member) => member.country === 'PAK')!;
    expect(pak.label).to.equal('Pakistan, Asia and Oceania');
    expect(pak.colour).to.equal('r1');
  });

  it('falls back to regions for a metric without member values (CINVU publishes only totals), and says so', () => {
    const model = mapModel(cinvu, { locale: 'en', metric: 'virtual-students' });
    expect(model.colouring).to.equal('region');
    expect(model.metricLabel).to.equal(undefined);
    const said = 'Virtual students: the sources give no figure for these countries; the map shows the regions.';
    expect(model.notes).to.include(said);
    expect(model.summary).to.include(said);
    // In the reader's language, with the metric's name in it.
    const persian = mapModel(cinvu, { locale: 'fa', metric: 'virtual-students' });
    expect(persian.notes.filter((note) => note.includes('نقشه مناطق را نشان می‌دهد'))).to.have.length(1);
    // Colouring by region because no metric was asked for says nothing of the kind.
    expect(mapModel(cinvu, { locale: 'en' }).notes.some((note) => note.includes('no figure'))).to.equal(false);
  });

  it('colours by a metric: zero is the lightest class, no data is hatched, and both are in the legend', () => {
    const model = mapModel(example, { locale: 'en', metric: 'virtual-students' });
    expect(model.colouring).to.equal('metric');
    const by = (code: string) => model.members.find((member) => member.country === code)!;
    expect(by('BHR').value).to.equal(0);
    expect(by('BHR').colour).to.equal('q0');
    expect(by('UZB').colour).to.equal('nodata');
    expect(by('MEX').colour).to.equal('nodata');
    expect(by('IDN').colour).to.equal('q4');
    expect(by('PAK').label).to.equal('Pakistan, Asia & Pacific, Virtual students: 420,000 students');
    expect(by('UZB').valueText).to.equal('No data');
    const labels = model.legend.entries.map((entry) => entry.label);
    expect(labels[0]).to.match(/^< /);
    expect(labels[labels.length - 2]).to.match(/^≥ /);
    expect(labels[labels.length - 1]).to.equal('No data');
    expect(model.legend.entries[labels.length - 1]!.colour).to.equal('nodata');
    expect(model.summary).to.contain('Virtual students: highest Indonesia (610,000 students), lowest Bahrain (0 students).');
    expect(model.summary).to.contain('No data for 2 countries.');
    expect(model.sourceText).to.equal('Source: netreach');
  });

  it('keeps only the region’s members when zoomed, and ignores an unknown region', () => {
    const model = mapModel(cinvu, { locale: 'en', region: 'europe-and-america' });
    expect(model.codes).to.deep.equal(['ALB', 'GUY', 'SUR']);
    expect(model.legend.entries.map((entry) => entry.label)).to.deep.equal(['Europe and America (3)']);
    expect(model.legend.entries[0]!.colour).to.equal('r3');
    expect(mapModel(cinvu, { locale: 'en', region: 'atlantis' }).members.length).to.equal(57);
  });

  it('reaches from home to every other member: 56 from Pakistan in CINVU', () => {
    const model = mapModel(cinvu, { locale: 'en', mode: 'reach', home: 'PAK' });
    expect(model.reach?.home).to.equal('PAK');
    expect(model.reach?.targets.length).to.equal(56);
    expect(model.reach?.targets).not.to.include('PAK');
    expect(model.summary).to.match(/^Our network reaches 56 countries from Pakistan\. /);
    expect(mapModel(cinvu, { locale: 'en', mode: 'reach', highlight: ['TUR'] }).reach?.home).to.equal('TUR');
    expect(mapModel(cinvu, { locale: 'en', highlight: ['TUR'] }).reach).to.equal(undefined);
  });

  it('lists the options that name nothing in the data, with what the map did instead', () => {
    expect(mapModel(cinvu, { locale: 'en', mode: 'reach', home: 'PAK' }).ignored).to.deep.equal([]);
    const model = mapModel(cinvu, { locale: 'en', mode: 'reach', home: 'ZZZ', region: 'atlantis', highlight: ['FRA', 'TUR'] });
    expect(model.reach?.home).to.equal('TUR');
    expect(model.ignored).to.deep.equal([
      { attribute: 'region', value: 'atlantis', reason: 'no such region' },
      { attribute: 'highlight', value: 'FRA', reason: 'not a member' },
      { attribute: 'home', value: 'ZZZ', reason: 'not on the map; arcs from TUR' },
    ]);
    // The page's console names each as the attribute the author wrote.
    expect(model.ignored.map(ignoredText)).to.deep.equal([
      'region="atlantis": no such region',
      'highlight="FRA": not a member',
      'home="ZZZ": not on the map; arcs from TUR',
    ]);
    // A member outside the region zoomed to is not on this map: the arcs start from the region's first member.
    const zoomed = mapModel(cinvu, { locale: 'en', mode: 'reach', home: 'PAK', region: 'africa-and-arab' });
    expect(zoomed.ignored).to.have.length(1);
    expect(ignoredText(zoomed.ignored[0]!)).to.match(/^home="PAK": not on the map; arcs from [A-Z]{3}$/);
  });

  it('lists a home outside reach mode, member or not: no arcs start from it (the command line warns of it too)', () => {
    for (const home of ['PAK', 'ZZZ']) {
      const model = mapModel(cinvu, { locale: 'en', home });
      expect(model.reach).to.equal(undefined);
      expect(model.ignored.map(ignoredText)).to.deep.equal([`home="${home}": used only with mode="reach"`]);
    }
    // Reach mode with its home the only member on the map: a sentence for none, not "reaches 0 countries".
    const lone: Dataset = {
      ...cinvu,
      members: cinvu.members.filter((member) => member.region !== 'europe-and-america' || member.country === 'ALB'),
    };
    const alone = mapModel(lone, { locale: 'en', mode: 'reach', home: 'ALB', region: 'europe-and-america' });
    expect(alone.reach).to.deep.equal({ home: 'ALB', targets: [] });
    expect(alone.summary).to.match(/^No other member country is on this map: no arcs from Albania\. Map of 1 member country/);
    // A region that has no member: no list of regions, which was empty ("Map of 0 member countries by region: .").
    const none = { ...cinvu, members: cinvu.members.filter((member) => member.region !== 'europe-and-america') };
    // A sentence of its own, which reads in every language: Arabic said "خريطة لا دول أعضاء" ("map of no member countries").
    expect(mapModel(none, { locale: 'en', region: 'europe-and-america' }).summary).to.match(
      /^Member countries in Europe and America: none on this map\.( |$)/,
    );
    // Arabic said "لا توجد" ("does not exist", no subject): now "none of them appears on this map".
    expect(mapModel(none, { locale: 'ar', region: 'europe-and-america' }).summary).to.match(
      /^الدول الأعضاء في أوروبا وأمريكا: لا يظهر أيٌّ منها على هذه الخريطة\.( |$)/,
    );
    for (const locale of ['fa', 'fr', 'tr', 'ms', 'ur', 'id', 'bn', 'ru', 'az', 'zh', 'pt']) {
      const summary = mapModel(none, { locale, region: 'europe-and-america' }).summary;
      expect(summary, locale).to.contain(msg(locale, 'countries'));
      expect(summary, locale).to.not.match(/[0۰٠০]/u);
    }
    // In reach mode on a map with no member (a region that has none), no arcs and no word of home.
    const empty: Dataset = { ...validateDataset(EXAMPLE_NETWORK), members: [] };
    expect(mapModel(empty, { locale: 'en', mode: 'reach', home: 'PAK' }).ignored).to.deep.equal([]);
  });

  it('marks highlighted members', () => {
    const model = mapModel(cinvu, { locale: 'en', highlight: ['PAK', 'TUR'] });
    expect(model.members.filter((member) => member.highlighted).map((member) => member.country)).to.deep.equal(['PAK', 'TUR']);
    // Said to a screen reader as the rings show it.
    expect(model.summary).to.contain('Emphasised on the map: Pakistan and Türkiye.');
    expect(mapModel(cinvu, { locale: 'en' }).summary).to.not.contain('Emphasised');
  });

  it('speaks Persian and Arabic: localized names and native digits', () => {
    const fa = mapModel(cinvu, { locale: 'fa' });
    expect(fa.members.find((member) => member.country === 'PAK')!.name).to.equal('پاکستان');
    expect(fa.legend.entries[0]!.label).to.equal('آسیا و اقیانوسیه (۲۷)');
    expect(fa.summary).to.contain('۵۷');
    const ar = mapModel(example, { locale: 'ar', metric: 'virtual-students' });
    const pak = ar.members.find((member) => member.country === 'PAK')!;
    expect(pak.name).to.equal('باكستان');
    expect(pak.valueText).to.equal('٤٢٠٬٠٠٠');
    // A member's accessible name lists its parts with the language's comma, not a Latin one.
    expect(fa.members.find((member) => member.country === 'PAK')!.label).to.equal('پاکستان\u060c آسیا و اقیانوسیه');
    expect(pak.label.split('\u060c ')).to.have.length(3);
    expect(pak.label).to.not.include(',');
    expect(ar.legend.title).to.equal('طلاب التعليم الافتراضي');
    expect(ar.legend.entries.map((entry) => entry.label).join(' '))
      .to.match(/[٠-٩]/)
      .and.not.match(/[0-9]/);
  });

  it('formats values with the unit in English only', () => {
    const metric = { id: 'x', label: 'X', unit: 'students' };
    expect(formatMapValue(1234, metric, 'en')).to.equal('1,234 students');
    expect(formatMapValue(1234, metric, 'fr')).to.equal('1\u202f234');
    expect(formatMapValue(null, metric, 'en')).to.equal('No data');
  });
});
