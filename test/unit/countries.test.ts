import { expect } from '@open-wc/testing';
import { allAlpha3, alpha2Of, isAlpha3 } from '../../src/core/countries.js';
import { isoRecords } from '../../scripts/iso-3166-1.mjs';

/** The build-time table's numeric code for an alpha-3 code (world-atlas ids are numeric). */
const numericOf = (alpha3: string) => isoRecords().find(([code]) => code === alpha3)?.[2];
const alpha3FromNumeric = (numeric: string | number) => {
  if (typeof numeric === 'string' && !/^\d{1,3}$/.test(numeric)) return undefined;
  return isoRecords().find(([, , code]) => Number.isInteger(+numeric) && +code === +numeric)?.[0];
};

describe('countries (ISO 3166-1)', () => {
  it('has all 249 officially assigned codes, sorted and unique', () => {
    const codes = allAlpha3();
    expect(codes.length).to.equal(249);
    expect(new Set(codes).size).to.equal(249);
    expect([...codes].sort()).to.deep.equal([...codes]);
    for (const code of codes) expect(code).to.match(/^[A-Z]{3}$/);
  });

  it('decodes every code of the build-time table, with its alpha-2 code, in its order', () => {
    // The codes are generated in a compact form (scripts/generate-data.mjs): each of the 249 read back as written.
    const records = isoRecords();
    expect(allAlpha3()).to.deep.equal(records.map(([alpha3]) => alpha3));
    for (const [alpha3, alpha2] of records) expect(alpha2Of(alpha3), alpha3).to.equal(alpha2);
  });

  it('maps alpha-3 ↔ alpha-2 ↔ numeric', () => {
    const cases: [string, string, string][] = [
      ['PAK', 'PK', '586'],
      ['PSE', 'PS', '275'],
      ['TUR', 'TR', '792'],
      ['AFG', 'AF', '004'],
      ['ALA', 'AX', '248'],
      ['ZWE', 'ZW', '716'],
      ['COM', 'KM', '174'],
      ['IRN', 'IR', '364'],
    ];
    for (const [a3, a2, num] of cases) {
      expect(isAlpha3(a3), a3).to.equal(true);
      expect(alpha2Of(a3)).to.equal(a2);
      expect(numericOf(a3)).to.equal(num);
      expect(alpha3FromNumeric(num)).to.equal(a3);
      expect(alpha3FromNumeric(Number(num))).to.equal(a3);
    }
  });

  it('accepts numeric codes with or without zero padding', () => {
    expect(alpha3FromNumeric('004')).to.equal('AFG');
    expect(alpha3FromNumeric('4')).to.equal('AFG');
    expect(alpha3FromNumeric(4)).to.equal('AFG');
    expect(alpha3FromNumeric('04')).to.equal('AFG');
  });

  it('rejects everything that is not an exact, assigned code', () => {
    for (const bad of ['XYZ', 'pak', 'Pak', '', ' PAK', 'PAK ', 'PK', 'XKX', 'EUR', '__proto__', 'toString']) {
      expect(isAlpha3(bad), bad).to.equal(false);
      expect(alpha2Of(bad), bad).to.equal(undefined);
      expect(numericOf(bad), bad).to.equal(undefined);
    }
    for (const bad of ['', '000', '999', 'abc', '4.0', ' 4', '0004', '-4', '1e2']) {
      expect(alpha3FromNumeric(bad), bad).to.equal(undefined);
    }
    for (const bad of [0, 999, 4.5, -4, NaN, Infinity]) {
      expect(alpha3FromNumeric(bad), String(bad)).to.equal(undefined);
    }
  });

  it('has unique, well-formed alpha-2 and numeric codes', () => {
    const codes = allAlpha3();
    const alpha2 = codes.map((c) => alpha2Of(c));
    const numeric = codes.map((c) => numericOf(c));
    for (const a2 of alpha2) expect(a2).to.match(/^[A-Z]{2}$/);
    for (const num of numeric) expect(num).to.match(/^\d{3}$/);
    expect(new Set(alpha2).size).to.equal(249);
    expect(new Set(numeric).size).to.equal(249);
    for (const code of codes) expect(alpha3FromNumeric(numericOf(code)!)).to.equal(code);
  });

  it('returns a frozen, memoized code list', () => {
    expect(allAlpha3()).to.equal(allAlpha3());
    expect(Object.isFrozen(allAlpha3())).to.equal(true);
  });
});
