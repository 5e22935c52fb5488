import { expect } from '@open-wc/testing';
import { donutSlice, pieAngles } from '../../src/core/donut.js';
import { areaPath, linePath } from '../../src/core/shape.js';

// The expected paths are what d3-shape 3.2 (line, area, pie, arc) drew for the same input, which these
// functions replace: the charts must look exactly as before.
const points = [[0, 10], [5, 20], null, [10, 5], null, [20, 7], [30, 9]] as const;

describe('linePath', () => {
  it('draws one subpath per run between gaps, a lone point closed', () => {
    expect(linePath(points)).to.equal('M0,10L5,20M10,5ZM20,7L30,9');
  });

  it('draws nothing for no points', () => {
    expect(linePath([])).to.equal('');
    expect(linePath([null, null])).to.equal('');
  });
});

describe('areaPath', () => {
  it('closes each run down to the baseline', () => {
    expect(areaPath(points, 40)).to.equal('M0,10L5,20L5,40L0,40ZM10,5L10,40ZM20,7L30,9L30,40L20,40Z');
  });
});

describe('pieAngles', () => {
  it('shares the turn by value after the pads, clockwise or mirrored', () => {
    expect(pieAngles([3, 1], 0.012)).to.deep.equal([
      { start: 0, end: 4.7063889803846894, pad: 0.012 },
      { start: 4.7063889803846894, end: 6.283185307179585, pad: 0.012 },
    ]);
    expect(pieAngles([3, 1], 0.012, true)).to.deep.equal([
      { start: 0, end: -4.7063889803846894, pad: 0.012 },
      { start: -4.7063889803846894, end: -6.283185307179585, pad: 0.012 },
    ]);
    expect(pieAngles([5], 0)).to.deep.equal([{ start: 0, end: 2 * Math.PI, pad: 0 }]);
  });
});

describe('donutSlice', () => {
  const slices = (values: number[], rtl = false) => {
    const pad = values.length > 1 ? 0.012 : 0;
    return pieAngles(values, pad, rtl).map(({ start, end }) => donutSlice(start, end, pad, 62, 99, 2));
  };

  it('draws padded slices with rounded corners', () => {
    expect(slices([3, 1])).to.deep.equal([
      'M0.7,-96.96A2,2,0,0,1,2.76,-98.96A99,99,0,1,1,-98.94,3.35A2,2,0,0,1,-96.96,1.28L-63.94,1.08A2,2,0,0,1,-61.93,2.99A62,62,0,1,0,2.62,-61.94A2,2,0,0,1,0.7,-63.94Z',
      'M-96.96,-0.12A2,2,0,0,1,-98.98,-2.16A99,99,0,0,1,-2.76,-98.96A2,2,0,0,1,-0.7,-96.96L-0.7,-63.94A2,2,0,0,1,-2.62,-61.94A62,62,0,0,0,-61.96,-2.24A2,2,0,0,1,-63.95,-0.32Z',
    ]);
  });

  it('mirrors for right-to-left layouts', () => {
    expect(slices([3, 1], true)).to.deep.equal([
      'M-0.7,-96.96A2,2,0,0,0,-2.76,-98.96A99,99,0,1,0,98.94,3.35A2,2,0,0,0,96.96,1.28L63.94,1.08A2,2,0,0,0,61.93,2.99A62,62,0,1,1,-2.62,-61.94A2,2,0,0,0,-0.7,-63.94Z',
      'M96.96,-0.12A2,2,0,0,0,98.98,-2.16A99,99,0,0,0,2.76,-98.96A2,2,0,0,0,0.7,-96.96L0.7,-63.94A2,2,0,0,0,2.62,-61.94A62,62,0,0,1,61.96,-2.24A2,2,0,0,0,63.95,-0.32Z',
    ]);
  });

  it('draws a single slice as a whole ring', () => {
    expect(slices([5])).to.deep.equal(['M0,-99A99,99,0,1,1,0,99A99,99,0,1,1,0,-99M0,-62A62,62,0,1,0,0,62A62,62,0,1,0,0,-62Z']);
  });

  it('shrinks the corners of a sliver and lets the padding close its inner side', () => {
    const [, sliver] = slices([100, 0.05]);
    expect(sliver).to.equal('M-0.8,-98.95A0.05,0.05,0,1,1,-0.7,-98.95L-0.47,-62Z');
  });
});
