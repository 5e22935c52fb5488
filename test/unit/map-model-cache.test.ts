/**
 * The map's model keeps its value-free parts (names, regions, notes, sources, the regions' legend…) under a key that
 * lists by hand what they read of the dataset (`valueFree()` in src/core/map-model.ts). A part that comes to read more,
 * with the key left as it was, would show the old text after a new `.data`. This test changes the bundled datasets in
 * every place it can (every leaf but the members' values, optional fields taken away and added, list entries taken away
 * or put in another order, and the values' presence too), keeps what the validator accepts, and checks that the model
 * of the changed dataset, worked out right after the original's (the cache warm), equals one worked out from nothing.
 */
import '../helpers/all-languages.js';
import { expect } from '@open-wc/testing';
import { mapModel, type MapModel, type MapOptions } from '../../src/core/map-model.js';
import type { Dataset } from '../../src/core/types.js';
import { parseDataset } from '../../src/core/validate.js';
import alMustafa from '../../data/al-mustafa.json';
import cinvu from '../../data/cinvu.json';
import exampleNetwork from '../../data/example-network.json';
import silkRoad from '../../data/silk-road.json';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Path = (string | number)[];

const RAW: Record<string, Json> = { cinvu, 'silk-road': silkRoad, 'al-mustafa': alMustafa, 'example-network': exampleNetwork };

/** A path's shape: indexes as `[]` ("members.[].region"), to find the same field in other entries and datasets. */
const shapeOf = (path: Path) => path.map((step) => (typeof step === 'number' ? '[]' : step)).join('.');

/** Every value each field shape has in the four datasets: another valid value for a field, or one to add. */
const seen = new Map<string, Json[]>();
function collect(node: Json, path: Path): void {
  if (path.length) {
    const shape = shapeOf(path);
    const values = seen.get(shape) ?? [];
    if (values.length < 12 && !values.some((value) => JSON.stringify(value) === JSON.stringify(node))) values.push(node);
    seen.set(shape, values);
  }
  if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) collect(value, [...path, Array.isArray(node) ? Number(key) : key]);
}
for (const raw of Object.values(RAW)) collect(raw, []);

/** Fields no bundled dataset has everywhere, with a value each: added where they are missing. */
const EXTRA: Record<string, Record<string, Json>> = {
  '': { illustrative: true },
  network: { shortName: 'Short', url: 'https://example.org/n' },
  listing: { relation: 'partners', extent: 'examples', by: 'inference', universities: 'examples' },
  'regions.[]': { names: { fr: 'Région' } },
  regionAssignment: { note: 'Added note.', notes: { fa: 'یادداشت' } },
  'metrics.[]': { unit: 'people', labels: { fr: 'Étiquette' } },
  'members.[]': { joined: 1999, asWritten: 'As written', by: 'inference' },
  'totals.[]': { qualifier: 'about' },
  'universities.[]': { city: 'City', url: 'https://example.org/u' },
  'sources.[]': { publisher: 'Publisher', note: 'A note.', date: '2019-01-02', language: 'fr', url: 'https://example.org/s' },
};

/** The schema's enumerations: a field of one of them gets each other member. */
const ENUMS = [
  ['source', 'inference', 'continents', 'dataset'],
  ['complete', 'partial', 'examples'],
  ['members', 'visitors', 'partners'],
  ['more-than', 'at-least', 'about'],
];

/** A leaf's other values: as text with something added, another dataset's, an enumeration's other members. */
function others(value: Json, shape: string): Json[] {
  const alike = (seen.get(shape) ?? []).filter((other) => typeof other === typeof value && other !== value);
  if (typeof value === 'string') return [`${value}-x`, ...alike.slice(0, 2), ...(ENUMS.find((list) => list.includes(value)) ?? [])];
  if (typeof value === 'number') return [value + 1, value - 1, ...alike.slice(0, 1)];
  if (typeof value === 'boolean') return [!value];
  return [];
}

interface Mutation {
  what: string;
  dataset: Dataset;
}

/** Every change of `raw` the validator accepts (as a dataset a page would be given), each made once. */
function mutations(raw: Json): Mutation[] {
  const out: Mutation[] = [];
  const made = new Set<string>([JSON.stringify(raw)]);
  const tryIt = (what: string, edit: (copy: Json) => void) => {
    const copy = structuredClone(raw);
    edit(copy);
    const text = JSON.stringify(copy);
    if (made.has(text)) return false;
    made.add(text);
    try {
      out.push({ what, dataset: parseDataset(text) });
      return true;
    } catch {
      return false; // a change the validator refuses is no dataset a map is given
    }
  };
  const at = (copy: Json, path: Path) => path.reduce((node, step) => node[step], copy);
  const walk = (node: Json, path: Path) => {
    const shape = shapeOf(path);
    if (shape === 'members.[].values') {
      // Values are what the cache is for, but whether a member has one counts (the colouring, unsourced figures).
      tryIt(`${path.join('.')} removed`, (copy) => delete at(copy, path.slice(0, -1)).values);
      for (const key of Object.keys(node)) tryIt(`${path.join('.')}.${key} null`, (copy) => (at(copy, path)[key] = null));
      return;
    }
    if (node === null || typeof node !== 'object') {
      const parent = path.slice(0, -1);
      const last = path[path.length - 1]!;
      // Each other value the validator accepts (an id another entry's: a reference now to it).
      for (const other of others(node, shape))
        tryIt(`${path.join('.')} = ${JSON.stringify(other)}`, (copy) => (at(copy, parent)[last] = other));
      return;
    }
    if (Array.isArray(node)) {
      // In another order (the model cites sources by their place in the list).
      tryIt(`${path.join('.')} rotated`, (copy) => at(copy, path).push(at(copy, path).shift()));
      node.forEach((_, index) => tryIt(`${path.join('.')}[${index}] removed`, (copy) => at(copy, path).splice(index, 1)));
      node.forEach((item, index) => walk(item, [...path, index]));
      return;
    }
    for (const key of Object.keys(node)) tryIt(`${[...path, key].join('.')} removed`, (copy) => delete at(copy, path)[key]);
    const present = new Set(Object.keys(node));
    const donors = new Map<string, Json>(Object.entries(EXTRA[shape] ?? {}));
    for (const [other, values] of seen) {
      const prefix = shape ? `${shape}.` : '';
      const key = other.slice(prefix.length);
      if (other.startsWith(prefix) && !key.includes('.') && !present.has(key)) donors.set(key, values[0]);
    }
    for (const [key, value] of donors) {
      if (!present.has(key)) tryIt(`${[...path, key].join('.')} added`, (copy) => (at(copy, path)[key] = structuredClone(value)));
    }
    // A member without values gets a figure (of the first metric): now it has one.
    if (shape === 'members.[]' && !node.values && raw.metrics?.length) {
      tryIt(`${path.join('.')}.values added`, (copy) => (at(copy, path).values = { [raw.metrics[0].id]: 1234 }));
    }
    for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
  };
  walk(raw, []);
  return out;
}

/** The options a map is shown with: languages (a right-to-left one), a metric or none, a region, reach, comparing. */
function optionSets(dataset: Dataset, other: Dataset): MapOptions[] {
  const valued = dataset.metrics?.find((metric) => dataset.members.some((member) => member.values?.[metric.id] != null));
  // A metric no member has a figure of (a network's total only) where there is one, else another.
  const unvalued =
    dataset.metrics?.find((metric) => !dataset.members.some((member) => member.values?.[metric.id] != null)) ??
    dataset.metrics?.find((metric) => metric !== valued);
  const region = dataset.regions[0]?.id;
  const first = dataset.members[0]?.country;
  return [
    { locale: 'en' },
    { locale: 'fa', metric: valued?.id ?? 'countries' },
    { locale: 'fr', region, metric: unvalued?.id },
    { locale: 'en', metric: valued?.id, region: dataset.regions[1]?.id ?? region },
    { locale: 'fa', mode: 'reach', highlight: first ? [first] : [], region },
    { locale: 'fr', compare: other },
  ];
}

/** The model as its JSON (its overlap's Map and any function aside), as an element would render it. */
const json = (model: MapModel) => JSON.stringify(model);

/**
 * Working out from nothing: the cache keeps the last 8 keys (first in, first out) and has no way to empty it (no
 * export for tests: it would cost the map's chunk bytes), so 9 small models of other keys push everything else out.
 * Whether that worked is checked (`fresh()`): a model worked out again has new `countries`, a cached one the same.
 */
const filler = parseDataset(
  JSON.stringify({ version: 1, network: { id: 'filler', name: 'Filler' }, regions: [], members: [{ country: 'ISL' }], sources: [] }),
);
function fresh(dataset: Dataset, options: MapOptions, cached: MapModel): MapModel {
  for (let index = 0; index < 9; index++) mapModel({ ...filler, network: { id: 'filler', name: `Filler ${index}` } }, { locale: 'en' });
  const model = mapModel(dataset, options);
  expect(model.countries === cached.countries, 'the fillers emptied the cache (it keeps more than 8? fill more)').to.equal(false);
  return model;
}

describe('mapModel: its cache of value-free parts never serves an old picture', () => {
  const names = Object.keys(RAW);
  for (const [index, name] of names.entries()) {
    it(`${name}: every change but a value's gives the model of the changed dataset`, () => {
      const dataset = parseDataset(JSON.stringify(RAW[name]));
      const other = parseDataset(JSON.stringify(RAW[names[(index + 1) % names.length]!]));
      const changes = mutations(RAW[name]);
      const sets = optionSets(dataset, other);
      // All of them would be thousands of models: each change is checked with two of the option sets, in turn.
      const stale: string[] = [];
      changes.forEach((change, number) => {
        for (const options of [sets[number % sets.length]!, sets[(number + 3) % sets.length]!]) {
          mapModel(dataset, options);
          // The same key as the original's unless it changed: a key that misses a part gives the original's parts here.
          const warm = mapModel(change.dataset, options);
          const cold = fresh(change.dataset, options, warm);
          if (json(warm) !== json(cold)) stale.push(`${change.what} (${JSON.stringify({ ...options, compare: !!options.compare })})`);
        }
      });
      expect(changes.length, 'changes made').to.be.greaterThan(100);
      expect(stale.slice(0, 12).join('; '), `${stale.length} stale of ${changes.length * 2}`).to.equal('');
    });
  }
});
