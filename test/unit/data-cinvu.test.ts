import { expect } from '@open-wc/testing';
import { CINVU } from '../../src/generated/cinvu.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { metricTotal, valuesByRegion } from '../../src/core/aggregate.js';
import { isAlpha3 } from '../../src/core/countries.js';
import { validateDataset } from '../../src/core/validate.js';

describe('data/cinvu.json', () => {
  const cinvu = validateDataset(CINVU);

  it('has the 57 OIC member states, 27 Asia & Pacific, 27 Africa & Arab, 3 Europe & Americas', () => {
    expect(cinvu.members).to.have.length(57);
    const counts = Object.fromEntries(valuesByRegion(cinvu, 'countries').map((group) => [group.id, group.count]));
    expect(counts).to.deep.equal({ 'asia-pacific': 27, 'africa-arab': 27, 'europe-americas': 3 });
  });

  it('uses only known ISO alpha-3 codes, each once', () => {
    const codes = cinvu.members.map((member) => member.country);
    expect(codes.every(isAlpha3)).to.equal(true);
    expect(new Set(codes).size).to.equal(57);
    for (const code of ['PAK', 'IRN', 'TUR', 'IDN', 'NGA', 'ALB', 'GUY', 'SUR', 'PSE', 'BHR', 'MDV', 'COM']) {
      expect(codes, code).to.include(code);
    }
  });

  it('resolves every source id it cites', () => {
    const ids = new Set(cinvu.sources.map((source) => source.id));
    for (const total of cinvu.totals ?? []) expect(ids.has(total.source), total.source).to.equal(true);
    for (const university of cinvu.universities ?? []) {
      if (university.source) expect(ids.has(university.source), university.source).to.equal(true);
    }
  });

  it('has the virtual-student totals 8M (2019), 22M (2020), more than 30M (2021) and 40 digital universities', () => {
    const students = (cinvu.totals ?? []).filter((total) => total.metric === 'virtual-students');
    expect(students.map(({ year, value, qualifier }) => ({ year, value, qualifier }))).to.deep.equal([
      { year: 2019, value: 8_000_000, qualifier: undefined },
      { year: 2020, value: 22_000_000, qualifier: undefined },
      { year: 2021, value: 30_000_000, qualifier: 'more-than' },
    ]);
    expect(metricTotal(cinvu, 'digital-universities')).to.include({ value: 40, year: 2020 });
  });

  it('invents no per-country figures', () => {
    expect(cinvu.members.some((member) => member.values && Object.keys(member.values).length > 0)).to.equal(false);
    expect(cinvu.illustrative).to.not.equal(true);
  });

  it('names its regions in English, Persian and Arabic', () => {
    for (const region of cinvu.regions) {
      expect(region.names?.fa, region.id).to.be.a('string');
      expect(region.names?.ar, region.id).to.be.a('string');
    }
    expect(cinvu.regions.find((region) => region.id === 'asia-pacific')?.names?.fa).to.equal('آسیا و اقیانوسیه');
  });
});

describe('data/example-network.json', () => {
  it('is flagged illustrative and has per-country values', () => {
    const example = validateDataset(EXAMPLE_NETWORK);
    expect(example.illustrative).to.equal(true);
    expect(example.members.filter((member) => typeof member.values?.universities === 'number').length).to.be.greaterThan(10);
  });
});
