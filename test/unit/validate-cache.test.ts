/**
 * The validator reuses what it checked of a part (the network, regions, sources, metrics, listing, region assignment,
 * totals, universities) when the part is deep-equal to what it checked last time, against the same ids (`part()` in
 * src/core/validate.ts): a value update then checks the members alone. A part changed in place (the same object, new
 * contents) must be checked again, and so must everything that reads an id a changed part declares. This test changes
 * the bundled datasets in every place it can, valid changes and invalid ones, in place and in a copy, and checks that
 * validating the changed data right after the original (or after the change before it) gives exactly what validating
 * it from nothing gives: the dataset, or the error, its message and every issue (capped, and `datasetIssues()`'s all).
 */
import { expect } from '@open-wc/testing';
import { datasetIssues, forgetChecked, freshParts, validateDataset, DatasetError } from '../../src/core/validate.js';
import alMustafa from '../../data/al-mustafa.json';
import cinvu from '../../data/cinvu.json';
import exampleNetwork from '../../data/example-network.json';
import silkRoad from '../../data/silk-road.json';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
type Path = (string | number)[];

const RAW: Record<string, Json> = { cinvu, 'silk-road': silkRoad, 'al-mustafa': alMustafa, 'example-network': exampleNetwork };

/** What validating `input` gives, as text: the dataset (-0 shown as such), or the error and all its issues. */
function outcome(input: unknown): string {
  const issues = JSON.stringify(datasetIssues(input));
  try {
    const dataset = validateDataset(input);
    return `valid ${JSON.stringify(dataset, (_, v: unknown) => (Object.is(v, -0) ? '-0' : v))} ${issues}`;
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return `${error.code} ${error.message} ${JSON.stringify(error.issues)} ${issues}`;
  }
}

/** A leaf's other values: valid ones and the invalid ones each kind of check refuses. */
function others(value: Json): Json[] {
  const invalid = [null, true, {}, [], '', ' \u0000 '];
  if (typeof value === 'string') return [`${value}-x`, ` ${value} `, 'countries', '__proto__', 'FRA', 42, ...invalid];
  if (typeof value === 'number') return [value + 1, -1, -0, Number.NaN, 0.5, 1800, `${value}`, ...invalid];
  if (typeof value === 'boolean') return [!value, 'true', null];
  return [];
}

interface Change {
  what: string;
  edit: (data: Json) => void;
}

/** Every one-place change of `raw`: each leaf given other values, keys removed and added, list entries moved. */
function changes(raw: Json): Change[] {
  const out: Change[] = [];
  const at = (data: Json, path: Path) => path.reduce((node, step) => node[step], data);
  const walk = (node: Json, path: Path) => {
    const name = path.join('.');
    // Of the members (checked every time anyway) only the first, for the ids they read.
    if (path[0] === 'members' && typeof path[1] === 'number' && path[1] > 0) return;
    if (node === null || typeof node !== 'object') {
      const parent = path.slice(0, -1);
      const last = path[path.length - 1]!;
      for (const other of others(node))
        out.push({ what: `${name} = ${JSON.stringify(other)}`, edit: (data) => (at(data, parent)[last] = structuredClone(other)) });
      return;
    }
    if (Array.isArray(node)) {
      out.push({ what: `${name} rotated`, edit: (data) => at(data, path).push(at(data, path).shift()) });
      out.push({ what: `${name}[0] twice`, edit: (data) => at(data, path).push(structuredClone(at(data, path)[0])) });
      out.push({ what: `${name}[0] null`, edit: (data) => (at(data, path)[0] = null) });
      node.forEach((_, index) => out.push({ what: `${name}[${index}] removed`, edit: (data) => at(data, path).splice(index, 1) }));
      node.forEach((item, index) => walk(item, [...path, index]));
      return;
    }
    for (const key of Object.keys(node)) out.push({ what: `${name}.${key} removed`, edit: (data) => delete at(data, path)[key] });
    out.push({ what: `${name}.extra added`, edit: (data) => (at(data, path).extra = 'x') });
    out.push({ what: `${name}.url added`, edit: (data) => (at(data, path).url = 'ftp://example.org') });
    out.push({
      what: `${name} not an object`,
      edit: (data) => (path.length ? (at(data, path.slice(0, -1))[path[path.length - 1]!] = 7) : undefined),
    });
    for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
  };
  walk(raw, []);
  return out;
}

describe('validateDataset: what it reuses of the last validation', () => {
  for (const [name, raw] of Object.entries(RAW)) {
    it(`${name}: every change, in place or not, validates as it does from nothing`, () => {
      const all = changes(raw);
      const wrong: string[] = [];
      let previous: Json = structuredClone(raw);
      for (const change of all) {
        forgetChecked();
        const cold = (() => {
          const data = structuredClone(raw);
          change.edit(data);
          return { data, outcome: outcome(data) };
        })();
        // In place: the original validated, then changed (the same objects, new contents), then given again as a
        // value update gives it (a new top-level object, the parts as they are).
        const inPlace = structuredClone(raw);
        outcome(inPlace);
        change.edit(inPlace);
        const warmInPlace = outcome({ ...inPlace });
        if (warmInPlace !== cold.outcome) wrong.push(`${change.what} (in place)`);
        // In a copy, right after the change before it (whose parts, valid or not, are what was checked last).
        outcome(previous);
        const copy = structuredClone(raw);
        change.edit(copy);
        if (outcome(copy) !== cold.outcome) wrong.push(`${change.what} (after the change before)`);
        previous = cold.data;
      }
      expect(all.length, 'changes made').to.be.greaterThan(500);
      expect(wrong.slice(0, 12).join('; '), `${wrong.length} wrong of ${all.length * 2}`).to.equal('');
    });
  }

  it('a value update (the same parts, new members) checks the members alone', () => {
    const data = structuredClone(exampleNetwork) as Json;
    forgetChecked();
    validateDataset(data);
    expect(freshParts()).to.deep.equal([
      'network',
      'regions',
      'sources',
      'metrics',
      'listing',
      'regionAssignment',
      'members',
      'totals',
      'universities',
    ]);
    const metric: string = data.metrics[0].id;
    const update = {
      ...data,
      members: data.members.map((member: Json, index: number) => ({ ...member, values: { [metric]: index * 7 } })),
    };
    const dataset = validateDataset(update);
    expect(freshParts()).to.deep.equal(['members']);
    expect(dataset.members[3]!.values).to.deep.equal({ [metric]: 21 });
    // A part changed in place is checked again, and whatever reads the ids it declares (the members, the totals).
    data.regions[0].id = `${data.regions[0].id}-x`;
    expect(() => validateDataset({ ...update })).to.throw(DatasetError, /unknown region/);
    expect(freshParts()).to.deep.equal(['regions', 'members', 'totals']);
  });
});
