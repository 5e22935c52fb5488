import { expect } from '@open-wc/testing';
import { fontKey, pageMeasure, type FontStyle } from '../../src/base/measure.js';

const style = (overrides: Partial<FontStyle> = {}): FontStyle => ({
  fontFamily: "'Liberation Sans Narrow', sans-serif",
  fontStyle: 'normal',
  fontStretch: '100%',
  letterSpacing: 'normal',
  wordSpacing: '0px',
  ...overrides,
});

/** A document without a 2D canvas (disabled, or a privacy setting): the measurer estimates. */
const noCanvas = { createElement: () => ({ getContext: () => null }) } as unknown as Document;

describe('text measurement, cached by the font the text is drawn in', () => {
  it('keys the cache by family, style, stretch and spacing; equal values, however spelt, give one key', () => {
    const base = fontKey(style());
    expect(fontKey(style({ letterSpacing: '0px', wordSpacing: 'normal' }))).to.equal(base);
    const others = [
      style({ fontFamily: "'DejaVu Sans Mono', monospace" }),
      style({ fontStyle: 'italic' }),
      style({ fontStretch: '125%' }),
      style({ letterSpacing: '2px' }),
      style({ letterSpacing: '10%' }),
      style({ wordSpacing: '4px' }),
    ].map(fontKey);
    expect(new Set([base, ...others]).size).to.equal(others.length + 1);
  });

  it('takes a stretch between two keywords as the wider one (a canvas takes keywords only)', () => {
    const stretch = (value: string) => fontKey(style({ fontStretch: value })).split('|')[1];
    expect(['50%', '100%', '110%', '125%', '130%', '300%', 'condensed'].map(stretch)).to.deep.equal([
      'ultra-condensed',
      'normal',
      'semi-expanded',
      'expanded',
      'extra-expanded',
      'ultra-expanded',
      'condensed',
    ]);
  });

  it('measures each font apart, once per font, and adds letter and word spacing', () => {
    const narrow = fontKey(style());
    expect(pageMeasure(narrow, document)).to.equal(pageMeasure(narrow, document));
    const text = 'Middle East & North Africa';
    const plain = pageMeasure(narrow, document)(text, 12);
    const wide = pageMeasure(fontKey(style({ fontFamily: "'DejaVu Sans Mono', monospace" })), document)(text, 12);
    expect(wide / plain).to.be.greaterThan(1.3);
    const spaced = pageMeasure(fontKey(style({ letterSpacing: '2px', wordSpacing: '3px' })), document)(text, 12);
    expect(spaced - plain).to.be.closeTo([...text].length * 2 + 4 * 3, 0.01);
    const percent = pageMeasure(fontKey(style({ letterSpacing: '10%' })), document)(text, 20);
    expect(percent - pageMeasure(narrow, document)(text, 20)).to.be.closeTo([...text].length * 2, 0.01);
  });

  it('takes a spacing in em, as Chromium computes a percentage, in em of the text measured', () => {
    const text = 'Middle East & North Africa';
    const plain = pageMeasure(fontKey(style()), document)(text, 20);
    const em = pageMeasure(fontKey(style({ letterSpacing: '0.1em' })), document)(text, 20);
    expect(em - plain).to.be.closeTo([...text].length * 2, 0.01);
  });

  it('estimates wide, not narrow, without a canvas: wider than a monospace face measures, expanded wider still', () => {
    const mono = fontKey(style({ fontFamily: "'DejaVu Sans Mono', monospace" }));
    const expanded = fontKey(style({ fontFamily: "'DejaVu Sans Mono', monospace", fontStretch: '125%' }));
    for (const text of ['Bangladesh', 'Middle East & North Africa', 'MMMM wwww', '1,234,567']) {
      expect(pageMeasure(mono, noCanvas)(text, 12), text).to.be.at.least(pageMeasure(mono, document)(text, 12));
      expect(pageMeasure(expanded, noCanvas)(text, 12), text).to.be.greaterThan(pageMeasure(mono, noCanvas)(text, 12));
    }
  });
});
