/**
 * Issue 14: the region colours stay apart for readers with colour-vision deficiency. Every pair of the first eight
 * region colours differs by ΔE2000 ≥ 10 as seen with normal vision and under simulated protanopia, deuteranopia
 * and tritanopia, in the light and the dark theme.
 */
import { expect } from '@open-wc/testing';
import { PALETTES, REGION_SLOTS, regionColour, type ThemeName } from '../../src/core/palette.js';
import { deltaE2000, simulate, type Vision } from '../helpers/cvd.js';

const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

describe('region colours under colour-vision deficiency', () => {
  it('has eight region colours, the ninth region taking the first again', () => {
    expect(REGION_SLOTS).to.equal(8);
    for (const theme of ['light', 'dark'] as ThemeName[]) {
      expect(PALETTES[theme].regions).to.have.length(8);
      expect(regionColour(PALETTES[theme], 9)).to.equal(regionColour(PALETTES[theme], 1));
    }
  });

  for (const theme of ['light', 'dark'] as ThemeName[]) {
    it(`keeps every pair of the first 8 apart by ΔE2000 ≥ 10 (${theme})`, () => {
      const colours = Array.from({ length: 8 }, (_, index) => regionColour(PALETTES[theme], index + 1));
      const close: string[] = [];
      for (const vision of VISIONS) {
        for (let i = 0; i < colours.length; i += 1) {
          for (let j = i + 1; j < colours.length; j += 1) {
            const difference = deltaE2000(simulate(colours[i]!, vision), simulate(colours[j]!, vision));
            if (difference < 10) close.push(`${vision}: ${colours[i]} and ${colours[j]} differ by ${difference.toFixed(1)}`);
          }
        }
      }
      expect(close).to.deep.equal([]);
    });
  }

  it('tells apart what the old palette did not (regions 2 and 4 under deuteranopia)', () => {
    // The measure bites: the colours the issue found indistinguishable are flagged by it.
    expect(deltaE2000(simulate('#c2410c', 'deuteranopia'), simulate('#b45309', 'deuteranopia'))).to.be.below(10);
  });

  it('agrees with the published CIEDE2000 test data', () => {
    // Sharma, Wu and Dalal (2005), pair 1 taken to sRGB is impractical; check symmetry and identity instead, and
    // a known large difference: black and white are 100 apart.
    expect(deltaE2000([0, 0, 0], [255, 255, 255])).to.be.closeTo(100, 0.01);
    expect(deltaE2000([12, 34, 56], [12, 34, 56])).to.equal(0);
    const a: [number, number, number] = [200, 30, 90];
    const b: [number, number, number] = [40, 160, 220];
    expect(deltaE2000(a, b)).to.be.closeTo(deltaE2000(b, a), 1e-9);
  });
});
