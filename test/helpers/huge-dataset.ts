/**
 * The largest dataset the format allows, made up (flagged illustrative): every ISO 3166-1 country a member, six
 * regions, 30 yearly totals and, by default, 20,000 universities. Used by the scale tests
 * (test/browser/hardening-scale.test.ts) and by the benchmark's scale scenarios (bench/pages/*-scale.ts).
 */
import { allAlpha3 } from '../../src/core/countries.js';

export function hugeDataset(universities = 20_000) {
  const codes = allAlpha3();
  const regions = Array.from({ length: 6 }, (_, index) => ({ id: `r${index + 1}`, name: `Region ${index + 1}` }));
  return {
    version: 1,
    network: { id: 'huge', name: 'Every country network' },
    illustrative: true,
    regions,
    metrics: [
      { id: 'universities', label: 'Universities' },
      { id: 'students', label: 'Students' },
    ],
    members: codes.map((country, index) => ({
      country,
      region: regions[index % regions.length]!.id,
      joined: 1990 + (index % 35),
      values: { universities: 1 + (index % 90), students: index % 17 === 0 ? null : index * 1234 },
    })),
    totals: Array.from({ length: 30 }, (_, index) => ({
      metric: 'students',
      year: 1995 + index,
      value: 1000 * (index + 1) ** 2,
      source: 's',
    })),
    universities: Array.from({ length: universities }, (_, index) => ({
      name: `University number ${index + 1}`,
      country: codes[index % codes.length]!,
      city: `City ${index % 500}`,
      source: 's',
    })),
    sources: [{ id: 's', title: 'Synthetic' }],
  };
}
