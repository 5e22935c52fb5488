/**
 * The map's keyboard reach, over the pure rule the arrows follow (memberTowards(), nearestInDirection()): from every
 * member, the arrows, Home and End reach every other, at a page's width and a phone's; the obvious neighbour wins.
 */
import { expect } from '@open-wc/testing';
import { fileEnv } from '../../src/scene/render.js';
import { validateDataset } from '../../src/core/validate.js';
import { loadMapGeometry } from '../../src/geo/geometry.js';
import { prepareMap, type MapChartItem, type MapSceneOptions } from '../../src/map/map.scene.js';
import { memberTowards } from '../../src/map/map.update.js';
import type { ArrowKey } from '../../src/base/roving-focus.js';
import { CINVU } from '../../src/generated/cinvu.js';

const cinvu = validateDataset(CINVU);
const ARROWS: readonly ArrowKey[] = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];

/** The members a keyboard reaches from `start`: the arrows' moves, and Home and End (the first and the last). */
function reached(items: readonly MapChartItem[], start: string): Set<string> {
  const ends = [items[0]!.item.id, items.at(-1)!.item.id];
  const seen = new Set([start]);
  const queue = [start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of [...ARROWS.map((key) => memberTowards(items, id!, key) ?? id!), ...ends]) {
      if (!seen.has(next)) queue.push(next);
      seen.add(next);
    }
  }
  return seen;
}

describe("the map's arrow keys", () => {
  let geometry: MapSceneOptions['geometry'];
  before(async () => {
    geometry = await loadMapGeometry();
  });

  for (const projection of ['equal-earth', 'orthographic'] as const) {
    for (const width of [960, 320]) {
      it(`reach every one of CINVU's 57 members from each (${projection}, ${width} px wide)`, () => {
        const height = Math.round(width / geometry!.aspect(projection, []));
        const items = prepareMap(cinvu, { geometry, projection }, fileEnv('en', width, height)).chart(width, height).items;
        expect(items.length).to.equal(57);
        const missed = items.flatMap(({ item }) => {
          const seen = reached(items, item.id);
          return seen.size === items.length ? [] : [`${item.id}: ${items.filter((each) => !seen.has(each.item.id)).length} missed`];
        });
        expect(missed).to.deep.equal([]);
      });
    }
  }

  it('go to the obvious neighbour: left from Bangladesh is Pakistan, not the UAE beyond it', () => {
    for (const width of [960, 320]) {
      const height = Math.round(width / geometry!.aspect('equal-earth', []));
      const items = prepareMap(cinvu, { geometry }, fileEnv('en', width, height)).chart(width, height).items;
      expect(memberTowards(items, 'BGD', 'ArrowLeft'), `${width} px`).to.equal('PAK');
    }
  });
});
