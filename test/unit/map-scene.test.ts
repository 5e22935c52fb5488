import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import { fileEnv } from '../../src/scene/render.js';
import { renderDocument } from '../../src/scene/document.js';
import { PALETTES } from '../../src/core/palette.js';
import { sceneItems, type GroupMark, type Mark } from '../../src/core/scene.js';
import { validateDataset } from '../../src/core/validate.js';
import { loadMapGeometry } from '../../src/geo/geometry.js';
import { mapPaint, prepareMap, type MapSceneOptions } from '../../src/map/map.scene.js';
import { AL_MUSTAFA } from '../../src/generated/al-mustafa.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { SILK_ROAD } from '../../src/generated/silk-road.js';

const cinvu = validateDataset(CINVU);
const example = validateDataset(EXAMPLE_NETWORK);
const silkRoad = validateDataset(SILK_ROAD);
const alMustafa = validateDataset(AL_MUSTAFA);
const env = (locale = 'en') => fileEnv(locale, 960, 540);
const group = (marks: readonly Mark[], key: string) => (marks.find((mark) => mark.key === key) as GroupMark).children;

describe('the map scene', () => {
  let geometry: MapSceneOptions['geometry'];
  before(async () => {
    geometry = await loadMapGeometry();
  });

  it('draws land, borders and every member as an item in its region paint, with the regions in the legend', () => {
    const prepared = prepareMap(cinvu, { geometry }, env());
    expect(prepared.title).to.equal('Member countries');
    expect(prepared.legendTitle).to.equal('Regions');
    expect(prepared.legend.map((entry) => [entry.label, entry.paint])).to.deep.equal([
      ['Asia and Oceania (27)', 'region-1'],
      ['Africa and Arab (27)', 'region-2'],
      ['Europe and America (3)', 'region-3'],
    ]);
    const chart = prepared.chart(800, 380);
    expect(group(chart.marks, 'base').map((mark) => mark.class)).to.deep.equal(['land', 'borders']);
    const items = sceneItems(chart.marks);
    expect(items.map(({ item }) => item.id).sort()).to.deep.equal(cinvu.members.map((member) => member.country).sort());
    const pakistan = items.find(({ item }) => item.id === 'PAK')!;
    expect(pakistan.item.label).to.equal('Pakistan, Asia and Oceania');
    expect(pakistan.item.tooltip).to.deep.equal(['Pakistan', 'Asia and Oceania']);
    expect((pakistan.mark.children[0] as { fill: string }).fill).to.equal('region-1');
    // The chart's items are the model's members in order, with where the keyboard and tooltip point.
    expect(chart.items.map((each) => each.member.country)).to.deep.equal(cinvu.members.map((member) => member.country));
    expect(chart.items.every((each) => each.x >= 0 && each.x <= 800 && each.y >= 0 && each.y <= 380)).to.equal(true);
    // How the regions were assigned is said.
    expect(prepared.notes.join(' ')).to.contain('inferred');
  });

  it('colours a metric in classes, "No data" hatched, and shares one chart between maps of one view', () => {
    const options = { geometry, metric: 'virtual-students' };
    const prepared = prepareMap(example, options, env());
    expect(prepared.title).to.equal('Virtual students');
    expect(prepared.legendTitle).to.equal(undefined);
    expect(prepared.legend.at(-1)).to.deep.equal({ label: 'No data', paint: 'hatch', shape: 'square' });
    const chart = prepared.chart(600, 280);
    const mexico = sceneItems(chart.marks).find(({ item }) => item.id === 'MEX')!;
    expect(mexico.mark.class).to.contain('nodata');
    expect((mexico.mark.children[0] as { fill: string }).fill).to.equal('hatch');
    expect(prepareMap(example, { ...options }, env())).to.equal(prepared);
    expect(prepareMap(example, { ...options }, env()).chart(600, 280)).to.equal(chart);
    expect(prepared.chart(600, 281)).to.not.equal(chart);
  });

  it('says what a partial list and a list of visitors are, and how continents were assigned', () => {
    const silk = prepareMap(silkRoad, { geometry }, env());
    expect(silk.notes).to.deep.equal([
      'The sources name only 2 of 27; the other 25 are not shown.',
      'China: listed by inference (see the source’s note).',
    ]);
    // The title says what the one colour is, its entry how many: not "Member countries (≥2)" beside a tile of 27.
    expect(silk.legendTitle).to.equal('Member countries');
    expect(silk.legend.map((entry) => entry.label)).to.deep.equal(['2 named in the sources']);
    const visitors = prepareMap(alMustafa, { geometry }, env());
    expect(visitors.title).to.equal('Countries of visitors');
    expect(visitors.legendTitle).to.equal('Continents');
    expect(visitors.notes.join(' ')).to.contain('examples').and.contain('continents');
    expect(visitors.chart(800, 400).label).to.contain('countries of visitors');
  });

  it('marks the highlighted, the selected and the regions not yet stepped to', () => {
    const prepared = prepareMap(cinvu, { geometry, highlight: 'pak tur', selected: 'PAK', step: 1 }, env());
    const chart = prepared.chart(800, 380);
    const overlays = group(chart.marks, 'overlays').map((mark) => mark.class);
    expect(overlays.filter((name) => name === 'emphasis')).to.have.length(2);
    expect(overlays).to.include('selected-ring');
    const items = sceneItems(chart.marks);
    expect(items.find(({ item }) => item.id === 'PAK')!.item.selected).to.equal(true);
    const egypt = items.find(({ item }) => item.id === 'EGY')!.mark;
    expect(egypt.class).to.contain('dimmed').and.contain('off');
    expect((egypt.children[0] as { fill: string }).fill).to.equal('land');
    expect(egypt.opacity).to.equal(0.45);
  });

  it('fades no member of a metric’s map for a highlight: a faded class would read as another; the ring marks it', () => {
    const metric = prepareMap(example, { geometry, metric: 'universities', highlight: 'PAK' }, env()).chart(800, 380);
    expect(group(metric.marks, 'overlays').filter((mark) => mark.class === 'emphasis')).to.have.length(1);
    const marks = sceneItems(metric.marks).map(({ mark }) => mark);
    expect(marks.length).to.be.above(20);
    for (const mark of marks) {
      expect(mark.class, mark.class).to.not.contain('dimmed');
      expect(mark.opacity).to.equal(undefined);
    }
    // A map coloured by region still fades the others, as the highlight's default look.
    const byRegion = sceneItems(prepareMap(example, { geometry, highlight: 'PAK' }, env()).chart(800, 380).marks);
    expect(byRegion.filter(({ mark }) => mark.class?.includes('dimmed'))).to.have.length(byRegion.length - 1);
  });

  it('draws reach arcs and a home dot, and clips a zoomed map', () => {
    const reaching = prepareMap(cinvu, { geometry, mode: 'reach', home: 'PAK' }, env());
    // What the arcs show, said first among the notes (the page's and the file's), not only in the summary.
    expect(reaching.notes[0]).to.equal('Our network reaches 56 countries from Pakistan.');
    expect(prepareMap(cinvu, { geometry }, env()).notes).to.not.include('Our network reaches 56 countries from Pakistan.');
    const reach = reaching.chart(800, 380);
    const overlays = group(reach.marks, 'overlays');
    expect(overlays.filter((mark) => mark.class === 'arc')).to.have.length(56);
    expect(overlays.filter((mark) => mark.class === 'home-dot')).to.have.length(1);
    // A world map is clipped too: small islands beyond the land masses it is fitted to (Fiji) fall outside.
    expect(reach.clip).to.equal(true);
    expect(prepareMap(cinvu, { geometry, projection: 'orthographic' }, env()).chart(500, 500).clip).to.equal(false);
    const zoomed = prepareMap(cinvu, { geometry, region: 'europe-and-america' }, env());
    expect(zoomed.title).to.equal('Member countries — Europe and America');
    expect(zoomed.chart(800, 380).clip).to.equal(true);
    // Its home alone in the region shown: no arcs, and a sentence for none ("reaches 0 countries" said it of the
    // whole network), in each language.
    const lone = {
      ...cinvu,
      members: cinvu.members.filter((member) => member.region !== 'europe-and-america' || member.country === 'ALB'),
    };
    const alone = prepareMap(lone, { geometry, mode: 'reach', home: 'ALB', region: 'europe-and-america' }, env());
    expect(alone.notes[0]).to.equal('No other member country is on this map: no arcs from Albania.');
    expect(group(alone.chart(800, 380).marks, 'overlays').filter((mark) => mark.class === 'arc')).to.have.length(0);
    const arabic = prepareMap(lone, { geometry, mode: 'reach', home: 'ALB', region: 'europe-and-america' }, env('ar'));
    expect(arabic.notes[0]).to.match(/^لا توجد دولة عضو أخرى على هذه الخريطة: لا أقواس من .+\.$/);
  });

  it('leaves the legend out of the file when the legend is off', () => {
    const prepared = prepareMap(cinvu, { geometry, legend: 'none' }, env());
    expect(prepared.legend).to.deep.equal([]);
    expect(prepared.legendTitle).to.equal(undefined);
    expect(prepareMap(cinvu, { geometry, legend: 'side' }, env()).legend).to.have.length(3);
  });

  it('puts in the legend only the regions a step colours', () => {
    const labels = (step?: number) => prepareMap(cinvu, { geometry, step }, env()).legend.map((entry) => entry.label);
    const all = labels();
    expect(all).to.have.length(3);
    expect(labels(0)).to.deep.equal([]);
    expect(prepareMap(cinvu, { geometry, step: 0 }, env()).legendTitle).to.equal(undefined);
    expect(labels(1)).to.deep.equal(all.slice(0, 1));
    expect(labels(2)).to.deep.equal(all.slice(0, 2));
    expect(labels(3)).to.deep.equal(all);
    // Zoomed on the third region, its entry is the legend's first: it comes with the third step.
    expect(prepareMap(cinvu, { geometry, region: 'europe-and-america', step: 2 }, env()).legend).to.deep.equal([]);
    expect(prepareMap(cinvu, { geometry, region: 'europe-and-america', step: 3 }, env()).legend).to.have.length(1);
    // A metric's classes: none before the first step colours a member.
    expect(prepareMap(example, { geometry, metric: 'virtual-students', step: 0 }, env()).legend).to.deep.equal([]);
    expect(prepareMap(example, { geometry, metric: 'virtual-students', step: 1 }, env()).legend.length).to.be.above(1);
  });

  it('has an empty chart without the geometry, and speaks the locale', () => {
    const prepared = prepareMap(cinvu, {}, env('fa'));
    expect(prepared.title).to.equal('کشورهای عضو');
    expect(prepared.chart(800, 380).marks).to.deep.equal([]);
  });

  it('paints each colour class as the stylesheet of the page does', () => {
    expect(['r1', 'r8', 'q0', 'q1', 'q2', 'q3', 'q4', 'nodata'].map(mapPaint)).to.deep.equal([
      'region-1',
      'region-8',
      'seq-0',
      'seq-0.25',
      'seq-0.5',
      'seq-0.75',
      'seq-1',
      'hatch',
    ]);
  });

  it('writes a document with the legend, the notes, each source once and the hatch it paints with', () => {
    const prepared = prepareMap(example, { geometry, metric: 'virtual-students' }, env());
    const svg = renderDocument(prepared, { width: 960, height: 540, locale: 'en', rtl: false, palette: PALETTES.light, unit: 1 });
    expect(svg).to.contain('<pattern id="netreach-hatch"').and.contain('fill="url(#netreach-hatch)"');
    expect(svg).to.contain('>No data<');
    const regions = renderDocument(prepareMap(cinvu, { geometry }, env()), {
      width: 960,
      height: 540,
      locale: 'en',
      rtl: false,
      palette: PALETTES.light,
      unit: 1,
    });
    expect(regions).to.not.contain('netreach-hatch');
    expect(regions.match(/CINVU \(Public Relations\)/g)).to.have.length(1);
    expect(regions).to.contain('>Regions<').and.contain('>Asia and Oceania (27)<');
  });
});
