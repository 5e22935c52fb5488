// Issue 13, "Overlap between networks": `<netreach-map dataset="cinvu" compare="al-mustafa">`. The map's model and
// scene colour countries in three groups (in both, only in this one, only in the other) from src/core/overlap.ts,
// with counts that say "at least" where a list is not the whole, and each list in its own words.
import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import { mapModel } from '../../src/core/map-model.js';
import { countryOverlap, overlapModel } from '../../src/core/overlap.js';
import { sceneItems } from '../../src/core/scene.js';
import type { Dataset } from '../../src/core/types.js';
import { validateDataset } from '../../src/core/validate.js';
import { loadMapGeometry } from '../../src/geo/geometry.js';
import { mapPaint, prepareMap, type MapSceneOptions } from '../../src/map/map.scene.js';
import { fileEnv } from '../../src/scene/render.js';
import { AL_MUSTAFA } from '../../src/generated/al-mustafa.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { SILK_ROAD } from '../../src/generated/silk-road.js';

const cinvu = validateDataset(CINVU);
const alMustafa = validateDataset(AL_MUSTAFA);
const silkRoad = validateDataset(SILK_ROAD);

/** `dataset` with only its first `count` members, its list still the whole (as a network of its own). */
function firstMembers(dataset: Dataset, count: number): Dataset {
  return { ...dataset, members: dataset.members.slice(0, count) };
}

describe('the compared map’s groups and counts', () => {
  it('puts every country of either network in exactly one group, this network’s first', () => {
    const model = mapModel(cinvu, { locale: 'en', compare: alMustafa });
    const overlap = countryOverlap(cinvu, alMustafa);
    const colours = new Map([...model.members, ...model.others].map((member) => [member.country, member.colour]));
    expect(colours.size).to.equal(overlap.both.length + overlap.onlyThis.length + overlap.onlyOther.length);
    for (const code of overlap.both) expect(colours.get(code), code).to.equal('both');
    for (const code of overlap.onlyThis) expect(colours.get(code), code).to.equal('only-this');
    for (const code of overlap.onlyOther) expect(colours.get(code), code).to.equal('only-other');
    // The other's countries are drawn though not members here: no region, the group in their names.
    expect(model.others.map((member) => member.country)).to.deep.equal(overlap.onlyOther);
    expect(model.others.every((member) => member.region === '' && member.groupName === 'Only in Al-Mustafa')).to.equal(true);
    expect(model.members.find((member) => member.country === 'IRN')!.groupName).to.equal('Only in CINVU');
    expect(model.legend.entries.map((entry) => entry.colour)).to.deep.equal(['both', 'only-this', 'only-other']);
  });

  it('zoomed to a region, says its counts are for the whole networks', () => {
    const region = cinvu.regions[0]!;
    const model = mapModel(cinvu, { locale: 'en', compare: alMustafa, region: region.id });
    const whole = mapModel(cinvu, { locale: 'en', compare: alMustafa });
    expect(model.legend.entries.map((entry) => entry.label)).to.deep.equal(whole.legend.entries.map((entry) => entry.label));
    const note = `The counts are for the whole networks, not only ${model.members[0]!.regionName}.`;
    expect(model.notes).to.include(note);
    expect(model.summary).to.contain(note);
    expect(whole.notes.join(' ')).not.to.contain('whole networks');
    expect(mapModel(cinvu, { locale: 'fa', compare: alMustafa, region: region.id }).notes.join(' ')).to.contain('نه فقط');
  });

  it('says "at least" for the counts that can only grow: a list of examples against a whole one, both ways', () => {
    const flags = (a: Dataset, b: Dataset) => overlapModel(a, b, 'en').groups.map((group) => group.atLeast);
    // Al-Mustafa names examples: more of its countries may be in both, or only in it.
    expect(flags(cinvu, alMustafa)).to.deep.equal([true, false, true]);
    expect(flags(alMustafa, cinvu)).to.deep.equal([true, true, false]);
    const reverse = overlapModel(alMustafa, cinvu, 'en');
    expect(reverse.groups.map((group) => group.text)).to.deep.equal(['In both (≥24)', 'Only in Al-Mustafa (≥21)', 'Only in CINVU (≤33)']);
    // Two whole lists: every count is exact, and nothing needs a caveat beyond what each list is.
    const whole = overlapModel(cinvu, firstMembers(cinvu, 10), 'en');
    expect(whole.groups.map((group) => [group.count, group.atLeast])).to.deep.equal([
      [10, false],
      [47, false],
      [0, false],
    ]);
    expect(whole.summary).to.equal(
      'CINVU (cinvu) compared with CINVU (cinvu): in both 10, only in CINVU (cinvu) 47, only in CINVU (cinvu) 0.',
    );
    expect(whole.notes).to.have.length(1);
  });

  it('words each list by what belonging means and how much of the whole it is', () => {
    const model = mapModel(cinvu, { locale: 'en', compare: silkRoad });
    // Silk Road names 2 of its 27 members; CINVU lists its 57 members; Al-Mustafa gives countries of visitors.
    expect(model.notes[0]).to.equal('CINVU: 57 member countries. “One Belt, One Road” University Alliance: 27 member countries.');
    expect(model.notes[1]).to.contain('University Alliance is not complete');
    // 2 named of 27: the countries only in Silk Road can only be more.
    expect(model.overlap!.groups.map((group) => group.atLeast)).to.deep.equal([true, false, true]);
    expect(mapModel(alMustafa, { locale: 'en', compare: cinvu }).notes[0]).to.equal(
      'Al-Mustafa: at least 45 countries of visitors. CINVU: 57 member countries.',
    );
    expect(model.summary.startsWith(model.overlap!.summary)).to.equal(true);
    expect(model.summary).to.contain(model.notes[0]);
  });

  it('cites the other network’s list with this one’s sources', () => {
    const model = mapModel(cinvu, { locale: 'en', compare: alMustafa });
    expect(model.sources.map((source) => source.id)).to.include.members(['oic-members', 'almustafa-relations']);
  });

  it('counts and words the groups in Persian and Arabic, in their digits', () => {
    const fa = mapModel(cinvu, { locale: 'fa', compare: alMustafa });
    expect(fa.legend.entries.map((entry) => entry.label)[0]).to.equal('در هر دو (≥۲۴)');
    expect(fa.summary).to.contain('۳۳');
    const ar = mapModel(cinvu, { locale: 'ar', compare: alMustafa });
    expect(ar.legend.entries.map((entry) => entry.label)[0]).to.equal('في كليهما (≥٢٤)');
    expect(ar.summary).to.contain('٢١');
  });
});

describe('the compared map’s scene', () => {
  let geometry: MapSceneOptions['geometry'];
  before(async () => {
    geometry = await loadMapGeometry();
  });

  it('paints the groups in three of the CVD-safe region slots and draws the other network’s countries as items', () => {
    const prepared = prepareMap(cinvu, { geometry, compare: 'al-mustafa', compared: alMustafa }, fileEnv('en', 960, 540));
    expect(prepared.title).to.equal('CINVU and Al-Mustafa: countries compared');
    expect(prepared.legend.map((entry) => [entry.label, entry.paint])).to.deep.equal([
      ['In both (≥24)', 'region-3'],
      ['Only in CINVU (≤33)', 'region-1'],
      ['Only in Al-Mustafa (≥21)', 'region-2'],
    ]);
    expect(['both', 'only-this', 'only-other'].map(mapPaint)).to.deep.equal(['region-3', 'region-1', 'region-2']);
    const items = sceneItems(prepared.chart(960, 460).marks);
    const china = items.find(({ item }) => item.id === 'CHN')!;
    expect(china.item.label).to.equal('China, Only in Al-Mustafa');
    expect(china.item.tooltip).to.deep.equal(['China', 'Only in Al-Mustafa']);
    expect((china.mark.children[0] as { fill: string }).fill).to.equal('region-2');
    const pakistan = items.find(({ item }) => item.id === 'PAK')!;
    expect(pakistan.item.tooltip).to.deep.equal(['Pakistan', 'In both', 'Asia and Oceania']);
    expect(prepared.notes.join(' ')).to.contain('at least 45 countries of visitors');
    // On a globe facing CINVU's members, the other network's countries out of sight are named too (Australia).
    const globe = prepareMap(cinvu, { geometry, projection: 'orthographic', compared: alMustafa }, fileEnv('en', 960, 540));
    expect(globe.notes).to.include('Not visible on this side of the globe: Australia.');
    // Without the loaded dataset, `compare` alone compares nothing: the map of this network, by region.
    expect(prepareMap(cinvu, { geometry, compare: 'al-mustafa' }, fileEnv('en', 960, 540)).model.colouring).to.equal('region');
  });
});
