import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import { colourSlot, donutLayout, largestRemainder, regionsModel, waffleLayout } from '../../src/core/regions-model.js';
import { validateDataset } from '../../src/core/validate.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { AL_MUSTAFA } from '../../src/generated/al-mustafa.js';
import { loadCatalog } from '../../src/core/i18n.js';
import { sceneItems, type Mark } from '../../src/core/scene.js';
import { regionsScene } from '../../src/regions/regions.scene.js';
import { measureText } from '../../src/static/svg.js';

const cinvu = validateDataset(CINVU);
const example = validateDataset(EXAMPLE_NETWORK);

describe('regionsModel', () => {
  it('counts 27, 27 and 3 members with their shares on the CINVU data', () => {
    const model = regionsModel(cinvu, 'countries', 'en');
    expect(model.slices.map((slice) => slice.value)).to.deep.equal([27, 27, 3]);
    expect(model.slices.map((slice) => slice.text)).to.deep.equal([
      'Asia and Oceania — 27 (47%)',
      'Africa and Arab — 27 (47%)',
      'Europe and America — 3 (5%)',
    ]);
    expect(model.total).to.equal(57);
    expect(model.totalText).to.equal('57');
    expect(model.description).to.equal('Member countries: Asia and Oceania 27 (47%), Africa and Arab 27 (47%), Europe and America 3 (5%)');
    expect(model.slices.map((slice) => slice.colour)).to.deep.equal([1, 2, 3]);
  });

  it('localizes names, digits and percent signs', () => {
    const model = regionsModel(cinvu, 'countries', 'fa');
    expect(model.slices[0]!.label).to.equal('آسیا و اقیانوسیه');
    expect(model.slices[0]!.valueText).to.equal('۲۷');
    expect(model.slices[0]!.shareText).to.match(/۴۷/);
    // The screen reader's sentence has the language's comma too ("،"), not a Latin one between Persian words.
    expect(model.description).to.equal('کشورهای عضو: آسیا و اقیانوسیه ۲۷ (۴۷٪)، آفریقا و عربی ۲۷ (۴۷٪)، اروپا و آمریکا ۳ (۵٪)');
  });

  it('sums a metric per region; regions without values have no share', () => {
    const model = regionsModel(example, 'virtual-students', 'en');
    const sum = example.members.reduce((total, member) => total + (member.values?.['virtual-students'] ?? 0), 0);
    // Each region's sum to the thousand its figures are written to (3,607,550 added up exactly).
    expect(model.total).to.equal(3_606_000);
    expect(model.total).to.be.closeTo(sum, 2000);
    const shares = model.slices.map((slice) => slice.share ?? 0);
    expect(shares.reduce((a, b) => a + b, 0)).to.be.closeTo(1, 1e-9);
    const cinvuStudents = regionsModel(cinvu, 'virtual-students', 'en');
    expect(cinvuStudents.total).to.equal(null);
    expect(cinvuStudents.slices.every((slice) => slice.valueText === 'No data' && slice.share === null)).to.equal(true);
  });

  it('draws nothing, and says why, for a metric of which the sources give no regional figure (CINVU: the network’s totals only)', () => {
    const model = regionsModel(cinvu, 'virtual-students', 'en');
    expect(model.available).to.equal(false);
    expect(model.unavailable).to.equal('Virtual students: the sources give no figures to draw here.');
    expect(model.description).to.equal(model.unavailable);
    // As the bars: no notes on how the regions were assigned under a chart that is not drawn.
    expect(model.notes).to.deep.equal([]);
    expect(regionsModel(cinvu, 'countries', 'en').notes).to.have.length(1);
    expect(regionsModel(cinvu, 'virtual-students', 'fa').unavailable).to.match(/^دانشجویان مجازی: منابع رقمی برای رسم/);
    // Member counts and a metric with figures by country are drawn.
    expect(regionsModel(cinvu, 'countries', 'en').available).to.equal(true);
    expect(regionsModel(example, 'virtual-students', 'en').available).to.equal(true);
  });
});

describe('the regions of a metric the members’ figures add up', () => {
  it('say the figures are sums no source gives; member counts, and the counts a source gives, say nothing of it', () => {
    expect(regionsModel(example, 'universities', 'en').notes).to.deep.equal(['The sum of the members’ figures: no total is published.']);
    expect(regionsModel(example, 'virtual-students', 'en').notes).to.deep.equal([
      'The sum of the figures of 26 of the 28 members (the other 2 have none): no total is published.',
    ]);
    expect(regionsModel(example, 'countries', 'en').notes).to.deep.equal([]);
    expect(regionsModel(cinvu, 'countries', 'en').notes.join(' ')).to.not.include('sum');
    const measure = (text: string, size: number) => measureText(text, size, 400, 'en');
    const scene = regionsScene(example, { metric: 'universities' }, { locale: 'en', rtl: false, unit: 1, measure });
    expect(scene.notes).to.deep.equal(['The sum of the members’ figures: no total is published.']);
  });

  it('say in a region’s tooltip and name, waffle or donut, that its figure is a sum of its members’; a count says nothing of it', () => {
    const measure = (text: string, size: number) => measureText(text, size, 400, 'en');
    const items = (dataset: typeof example, metric: string, type: string) =>
      sceneItems(regionsScene(dataset, { metric, type }, { locale: 'en', rtl: false, unit: 1, measure }).chart(600, Infinity).marks).map(
        ({ item }) => item,
      );
    const asia = (dataset: typeof example, metric: string, type: string) =>
      items(dataset, metric, type).find((item) => item.id === 'asia-pacific')!;
    const sum = 'The sum of the figures of 7 of the 8 members (the other has none): no total is published.';
    for (const type of ['waffle', 'donut']) {
      expect([type, ...asia(example, 'virtual-students', type).tooltip.slice(2)]).to.deep.equal([type, sum]);
      expect(asia(example, 'virtual-students', type).label, type).to.match(
        new RegExp(`^Asia & Pacific: .+\\. ${sum.replace(/[()]/g, '\\$&')}$`),
      );
      // (The waffle of members draws a square per country: no item of a region.)
      const counts = items(example, 'countries', type).map((item) => [...item.tooltip, item.label].join(' '));
      expect(counts.length, type).to.be.greaterThan(0);
      expect(counts.join(' '), type).not.to.contain('sum');
    }
  });
});

describe('colourSlot', () => {
  it('cycles through the eight region colours', () => {
    expect([0, 1, 5, 6, 7, 8, 9].map(colourSlot)).to.deep.equal([1, 2, 6, 7, 8, 1, 2]);
  });
});

describe('largestRemainder', () => {
  it('splits the cells exactly, in proportion', () => {
    expect(largestRemainder([27, 27, 3], 100)).to.deep.equal([48, 47, 5]);
    expect(largestRemainder([1, 1, 1], 100)).to.deep.equal([34, 33, 33]);
    expect(largestRemainder([5, null, 0, 5], 10)).to.deep.equal([5, 0, 0, 5]);
    expect(largestRemainder([null, null], 100)).to.deep.equal([0, 0]);
  });
});

describe('waffleLayout', () => {
  const model = regionsModel(cinvu, 'countries', 'en');

  it('has one cell per member country: 57 cells, 27/27/3 by region colour', () => {
    const layout = waffleLayout(cinvu, model, { width: 600, rtl: false, locale: 'en' });
    expect(layout.cells).to.have.length(57);
    expect(layout.perCountry).to.equal(true);
    const byColour = [1, 2, 3].map((colour) => layout.cells.filter((cell) => cell.colour === colour).length);
    expect(byColour).to.deep.equal([27, 27, 3]);
    expect(layout.cells[0]!.title).to.equal('Afghanistan');
    expect(layout.cells[0]!.detail).to.equal('Asia and Oceania');
    expect(layout.unit).to.equal('Each square is one member country');
  });

  it('lays ten columns of square cells that fit the width', () => {
    const layout = waffleLayout(cinvu, model, { width: 200, rtl: false, locale: 'en' });
    const size = layout.cells[0]!.size;
    expect(layout.width).to.be.at.most(200);
    expect(layout.cells[10]!.x).to.equal(layout.cells[0]!.x);
    expect(layout.cells[10]!.y).to.equal(size + 3);
    expect(layout.height).to.equal(6 * size + 5 * 3);
  });

  it('with `fit`, lays fewer columns of its smallest cells where ten do not fit the width', () => {
    // Ten columns of 6 px cells are 87 wide: without `fit` they overflow 60 (a presenter's dashboard part's room
    // beside the menu corner, which the page then scaled down to 8 px squares).
    expect(waffleLayout(cinvu, model, { width: 60, rtl: false, locale: 'en' }).width).to.equal(87);
    const layout = waffleLayout(cinvu, model, { width: 60, rtl: false, locale: 'en', fit: true });
    expect(layout.width).to.be.at.most(60);
    expect(layout.cells[0]!.size).to.equal(6);
    // Seven columns, nine rows.
    expect(layout.cells[7]!.x).to.equal(layout.cells[0]!.x);
    expect(layout.height).to.equal(9 * 6 + 8 * 3);
    // Wide enough, the same ten columns as without it.
    expect(waffleLayout(cinvu, model, { width: 200, rtl: false, locale: 'en', fit: true })).to.deep.equal(
      waffleLayout(cinvu, model, { width: 200, rtl: false, locale: 'en' }),
    );
  });

  it('fills from the right in RTL', () => {
    const ltr = waffleLayout(cinvu, model, { width: 600, rtl: false, locale: 'en' });
    const rtl = waffleLayout(cinvu, model, { width: 600, rtl: true, locale: 'fa' });
    expect(ltr.cells[0]!.x).to.equal(0);
    expect(rtl.cells[0]!.x).to.equal(rtl.width - rtl.cells[0]!.size);
    expect(rtl.cells[1]!.x).to.be.lessThan(rtl.cells[0]!.x);
  });

  it('has 100 one-percent cells for another metric', () => {
    const students = regionsModel(example, 'virtual-students', 'en');
    const layout = waffleLayout(example, students, { width: 300, rtl: false, locale: 'en' });
    expect(layout.cells).to.have.length(100);
    expect(layout.perCountry).to.equal(false);
    expect(layout.unit).to.equal('Each square is 1% of the total');
  });
});

describe('donutLayout', () => {
  const model = regionsModel(cinvu, 'countries', 'en');

  it('draws one arc per region with a value, clockwise from twelve o’clock', () => {
    const layout = donutLayout(model, { width: 600, rtl: false });
    expect(layout.size).to.equal(280);
    expect(layout.arcs.map((arc) => arc.slice.id)).to.deep.equal(['asia-and-oceania', 'africa-and-arab', 'europe-and-america']);
    expect(layout.arcs.every((arc) => arc.d.startsWith('M'))).to.equal(true);
    // The first slice (47%) ends just before six o'clock: its middle is on the right.
    expect(layout.arcs[0]!.tipX).to.be.greaterThan(0);
    expect(layout.inner).to.be.lessThan(layout.radius);
  });

  it('runs anticlockwise in RTL and shrinks to narrow boxes', () => {
    const layout = donutLayout(model, { width: 150, rtl: true });
    expect(layout.size).to.equal(150);
    expect(layout.arcs[0]!.tipX).to.be.lessThan(0);
  });

  it('leaves out regions without a value', () => {
    const none = donutLayout(regionsModel(cinvu, 'virtual-students', 'en'), { width: 300, rtl: false });
    expect(none.arcs).to.have.length(0);
  });
});

describe('the regions scene', () => {
  it('wraps the waffle’s unit to the chart’s width: Indonesian’s ran out of a phone’s widget', async () => {
    await loadCatalog('id');
    const measure = (text: string, size: number) => measureText(text, size, 400, 'id');
    const chart = regionsScene(validateDataset(AL_MUSTAFA), {}, { locale: 'id', rtl: false, unit: 1, measure }).chart(240, Infinity);
    const units = chart.marks.filter((mark): mark is Extract<Mark, { kind: 'text' }> => mark.kind === 'text' && mark.class === 'unit');
    expect(units.map((mark) => mark.text).join(' ')).to.equal('Setiap kotak mewakili satu negara asal pengunjung');
    expect(units.length).to.be.above(1);
    for (const mark of units) expect(measure(mark.text, mark.size), mark.text).to.be.at.most(240);
    // Each line below the one before it, and the chart tall enough for the last.
    expect(units[1]!.y).to.be.above(units[0]!.y + units[0]!.size);
    expect(chart.height).to.be.at.least(units.at(-1)!.y);
  });
});
