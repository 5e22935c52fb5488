/**
 * The height a map keeps in a height given too small for it and its text (leastHeight()): 120 px, or the width's whole
 * height where that is less, entered more than a pixel under it and left more than a pixel over it.
 */
import { expect } from '@open-wc/testing';
import { LEAST_MAP_HEIGHT, leastHeight } from '../../src/map/map.update.js';

describe('leastHeight()', () => {
  it('is 120 px, or what the width gives the map where that is less (the box spacer: 80 % of it from 600 px wide)', () => {
    expect(LEAST_MAP_HEIGHT).to.equal(120);
    expect(leastHeight(400, 0, 1.88, undefined)).to.equal(120);
    expect(leastHeight(200, 0, 1.88, undefined)).to.be.closeTo(200 / 1.88, 1e-9);
    // A zoomed region far wider than tall: 80 % of 600 px over 5 is 96 px.
    expect(leastHeight(600, 10, 5, undefined)).to.be.closeTo(96, 1e-9);
  });

  it('is none where the map has that height (no height given, or one with room), or before a size and an aspect ratio', () => {
    expect(leastHeight(400, 213, 1.88, undefined)).to.equal(undefined);
    expect(leastHeight(400, 119.5, 1.88, undefined)).to.equal(undefined);
    expect(leastHeight(0, 0, 1.88, undefined)).to.equal(undefined);
    expect(leastHeight(400, 0, undefined, undefined)).to.equal(undefined);
  });

  it('keeps it while the box measures within a pixel over it, and lets it go beyond (no switching back and forth)', () => {
    expect(leastHeight(400, 120, 1.88, 120)).to.equal(120);
    expect(leastHeight(400, 121, 1.88, 120)).to.equal(120);
    expect(leastHeight(400, 121.5, 1.88, 120)).to.equal(undefined);
    // Narrowed while kept (the box still the 120 px kept): kept, at the width's height from now on; widened again, 120.
    expect(leastHeight(150, 120, 1.88, 120)).to.be.closeTo(150 / 1.88, 1e-9);
    expect(leastHeight(400, 150 / 1.88, 1.88, 150 / 1.88)).to.equal(120);
  });
});
