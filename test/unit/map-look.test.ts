// What people see on the map (issue 14): the world fills its box's width, no two symbols overlap on a phone,
// the lowest classes stand apart from the land, a selection is not a focus ring, and a globe names the members
// on its far side.
import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import { fileEnv } from '../../src/scene/render.js';
import { PALETTES, shadeColour, type ThemeName } from '../../src/core/palette.js';
import type { GroupMark, Mark, SceneEnv } from '../../src/core/scene.js';
import { validateDataset } from '../../src/core/validate.js';
import { PROJECTIONS } from '../../src/core/map-model.js';
import { loadMapGeometry, type MapGeometry } from '../../src/geo/geometry.js';
import { prepareMap, type MapChart } from '../../src/map/map.scene.js';
import { mapStyles } from '../../src/map/map.styles.js';
import { mapDrawnStyles } from '../../src/map/map.drawn.styles.js';
import { AL_MUSTAFA } from '../../src/generated/al-mustafa.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { SILK_ROAD } from '../../src/generated/silk-road.js';
import { deltaE2000, simulate } from '../helpers/cvd.js';

const datasets = { cinvu: CINVU, 'silk-road': SILK_ROAD, 'al-mustafa': AL_MUSTAFA, example: EXAMPLE_NETWORK };
const group = (marks: readonly Mark[], key: string) => (marks.find((mark) => mark.key === key) as GroupMark).children;
/** The page's environment on a phone: CSS pixels, no file type scale. */
const pageEnv = (width: number): SceneEnv => ({ ...fileEnv('en', width, width), unit: 1 });

/** Pairs of symbols whose discs, rings included, overlap. */
function overlappingSymbols(chart: MapChart, ring: number): string[] {
  const dots = chart.items.filter((each) => each.symbol);
  const pairs: string[] = [];
  for (let i = 0; i < dots.length; i++)
    for (let j = i + 1; j < dots.length; j++) {
      const [a, b] = [dots[i]!, dots[j]!];
      if (Math.hypot(a.x - b.x, a.y - b.y) < 2 * chart.radius + ring) pairs.push(`${a.member.country}–${b.member.country}`);
    }
  return pairs;
}

describe("the map's look", () => {
  let geometry: MapGeometry;
  before(async () => {
    geometry = await loadMapGeometry();
  });

  it("reserves the world's own aspect ratio in every projection (--_world-aspect is geometry.aspect)", () => {
    const css = mapStyles.cssText;
    const declared = (projection: string): number => {
      const selector = projection === 'equal-earth' ? ':host {' : `:host([projection='${projection}']) {`;
      const rule = new RegExp(`${selector.replace(/[()[\]]/g, '\\$&')}\\s*--_world-aspect:\\s*([\\d.]+);`).exec(css);
      expect(rule, projection).not.to.equal(null);
      return Number(rule![1]);
    };
    for (const projection of PROJECTIONS) expect(declared(projection), projection).to.equal(geometry.aspect(projection, []));
  });

  it('assumes no white: land, borders and the tooltip derive from the text colour and the page (or theme)', () => {
    for (const styles of [mapStyles, mapDrawnStyles]) expect(styles.cssText).not.to.match(/#fff\b|#ffffff\b|\bwhite\b/i);
  });

  it('spans the width of a box of its aspect ratio with land: no empty band beside Alaska or New Zealand', () => {
    for (const projection of ['equal-earth', 'natural-earth'] as const) {
      const width = 1100;
      const height = Math.round(width / geometry.aspect(projection, []));
      const chart = prepareMap(validateDataset(CINVU), { geometry, projection }, pageEnv(width)).chart(width, height);
      // Every 10 px column of the box between its paddings (16 px, and a column for where the land's edge has no
      // vertex) has land in it: no empty band beside Alaska
      // (Fiji's sliver east of the antimeridian and Hawaii's islands widened the map by a sixth), and land from
      // top to bottom (Greenland's tip, Cape Horn).
      const numbers = chart.projected!.land.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
      const vertices: [number, number][] = [];
      for (let index = 0; index + 1 < numbers.length; index += 2) vertices.push([numbers[index]!, numbers[index + 1]!]);
      const inside = vertices.filter(([x, y]) => x >= 0 && x <= width && y >= 0 && y <= height);
      const columns = new Set(inside.map(([x]) => Math.floor(x / 10)));
      const empty: number[] = [];
      for (let column = 3; column < Math.floor((width - 16) / 10) - 1; column++) if (!columns.has(column)) empty.push(column * 10);
      expect(empty, `${projection}: columns without land`).to.deep.equal([]);
      expect(Math.min(...inside.map(([, y]) => y)), projection).to.be.below(20);
      expect(Math.max(...inside.map(([, y]) => y)), projection).to.be.above(height - 20);
    }
  });

  it('keeps a member on a small island beyond the land masses on the map', () => {
    const example = validateDataset(EXAMPLE_NETWORK);
    const dataset = { ...example, members: [...example.members, { ...example.members[0]!, country: 'FJI' }] };
    const chart = prepareMap(dataset, { geometry }, pageEnv(800)).chart(800, 425);
    const fiji = chart.items.find((each) => each.member.country === 'FJI')!;
    expect(fiji.x).to.be.within(0, 800);
  });

  it('draws no two symbols over each other on a 390 px phone, for every bundled dataset and projection', () => {
    for (const [name, data] of Object.entries(datasets)) {
      const dataset = validateDataset(data);
      for (const projection of PROJECTIONS) {
        const width = 390;
        const height = Math.round(width / geometry.aspect(projection, []));
        const chart = prepareMap(dataset, { geometry, projection }, pageEnv(width)).chart(width, height);
        const symbols = chart.items.filter((each) => each.symbol);
        expect(overlappingSymbols(chart, 1), `${name} ${projection}`).to.deep.equal([]);
        // Moved apart, each stays in the box, near its country.
        for (const each of symbols) {
          expect(each.x, each.member.country).to.be.within(0, width);
          expect(each.y, each.member.country).to.be.within(0, height);
        }
      }
    }
  });

  it('keeps the lowest classes of a metric apart from the land, and the classes from each other, in both themes', () => {
    const differences: Record<string, number[]> = {};
    for (const theme of ['light', 'dark'] as ThemeName[]) {
      const palette = PALETTES[theme];
      const difference = (a: string, b: string) => deltaE2000(simulate(a, 'normal'), simulate(b, 'normal'));
      const classes = [0, 1, 2, 3, 4].map((index) => shadeColour(palette, index));
      differences[theme] = classes.map((colour) => difference(colour, palette.land));
      // ΔE2000 ≥ 18 from the land (it was 11): clearly not a non-member's grey.
      expect(differences[theme]![0], `${theme}: lowest class against land`).to.be.at.least(18);
      expect(differences[theme]![1], `${theme}: second class against land`).to.be.at.least(18);
      for (let index = 1; index < classes.length; index++)
        expect(difference(classes[index]!, classes[index - 1]!), `${theme}: q${index - 1}–q${index}`).to.be.at.least(8);
    }
  });

  it('draws a selected member with an outline on a halo, unlike the focus ring', () => {
    const chart = prepareMap(validateDataset(CINVU), { geometry, selected: 'PAK' }, pageEnv(800)).chart(800, 425);
    const overlays = group(chart.marks, 'overlays');
    expect(overlays.map((mark) => mark.class).slice(-2)).to.deep.equal(['selected-halo', 'selected-ring']);
    const [halo, ring] = overlays.slice(-2) as { stroke: string; strokeWidth: number }[];
    // The halo is the map's borders' colour (`line`: the background unless --netreach-map-border says), as on the page.
    expect([halo!.stroke, ring!.stroke]).to.deep.equal(['line', 'fg']);
    expect(halo!.strokeWidth).to.be.above(ring!.strokeWidth);
  });

  it('names the members a globe cannot show, so that every member is drawn or named', () => {
    for (const [name, data] of Object.entries(datasets)) {
      const dataset = validateDataset(data);
      const prepared = prepareMap(dataset, { geometry, projection: 'orthographic' }, pageEnv(600));
      const drawn = new Set(prepared.chart(600, 600).items.map((each) => each.member.country));
      const hidden = prepared.model.codes.filter((code) => !drawn.has(code));
      const note = prepared.notes.find((text) => text.startsWith('Not visible on this side of the globe'));
      expect(geometry.farSide(prepared.model.codes, []), name).to.deep.equal(hidden);
      if (hidden.length) expect(note, name).to.be.a('string');
      else expect(note, name).to.equal(undefined);
    }
    // Al-Mustafa's visitors span the world: facing their centre, Australia is on the far side.
    const prepared = prepareMap(validateDataset(AL_MUSTAFA), { geometry, projection: 'orthographic' }, pageEnv(600));
    expect(prepared.notes).to.include('Not visible on this side of the globe: Australia.');
    const fa = prepareMap(validateDataset(AL_MUSTAFA), { geometry, projection: 'orthographic' }, { ...pageEnv(600), locale: 'fa' });
    expect(fa.notes.at(-1)).to.contain('استرالیا');
  });
});
