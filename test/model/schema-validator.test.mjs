// The JSON Schema (data/netreach.schema.json) and validateDataset() (src/core/validate.ts, the authority) judge
// the same corpus and must agree wherever the schema can decide. The corpus: the bundled datasets and every
// mutation of them that walking the schema suggests — each property removed, set to values of every JSON type,
// to tricky strings (padded, blank, control characters, near-misses of patterns, formats and enums), to numbers
// at and beyond every bound; objects given an unknown field, list entries doubled.
// Runs against the compiled lib/ (run `node scripts/build.mjs` first): `node --test test/model/`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { datasetIssues, validateDataset } from '../../lib/core/validate.js';
import { isSchemaKeyword, resolve, root, schema, schemaAccepts, typesOf } from './schema.mjs';

const DATASETS = ['cinvu.json', 'silk-road.json', 'al-mustafa.json', 'example-network.json'];
const bundled = DATASETS.map((name) => [name, JSON.parse(readFileSync(join(root, 'data', name), 'utf8'))]);

/**
 * What the validator checks and the schema cannot express: when the schema accepts a dataset, every problem
 * the validator finds must be one of these. `when` narrows a kind to the values it explains.
 */
const BEYOND_SCHEMA = [
  { message: /^unknown (region|metric|source) "/, why: 'a reference must name an id declared elsewhere in the dataset' },
  { message: / is not a metric id$/, why: 'values are keyed by declared metric ids' },
  { message: /^duplicate id "/, why: 'ids are unique within their list' },
  { message: / is listed twice$/, why: 'one entry per member country' },
  { message: / is not an ISO 3166-1 alpha-3 code$/, why: 'the list of assigned codes (the schema checks the shape: three capitals)' },
  { message: /^longer than \d+ characters$/, why: 'a limit against hostile input, in UTF-16 units (the schema counts code points)' },
  {
    message: /^only http\(s\) URLs are allowed$/,
    why: 'URL syntax after the scheme, as browsers parse it (the schema checks the scheme)',
    when: (value) => typeof value === 'string' && /^\s*https?:/i.test(value),
  },
];

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every place in `value` the schema describes, with its schema node: each property the node declares (present
 * or not), each entry of a map (`additionalProperties`) and a new one, the first two entries of each list.
 */
function* places(value, node, path = []) {
  const described = resolve(node);
  if (Array.isArray(value) && described.items) {
    for (const index of [0, 1].filter((i) => i < value.length)) {
      yield { path: [...path, index], node: described.items, required: false, present: true, previous: value[index - 1] };
      yield* places(value[index], described.items, [...path, index]);
    }
    yield { path: [...path, value.length], node: described.items, required: false, present: false };
  } else if (isObject(value)) {
    const properties = described.properties ?? {};
    for (const [name, property] of Object.entries(properties)) {
      const present = Object.hasOwn(value, name);
      yield { path: [...path, name], node: property, required: (described.required ?? []).includes(name), present };
      if (present) yield* places(value[name], property, [...path, name]);
    }
    if (isObject(described.additionalProperties)) {
      const entries = Object.keys(value).filter((key) => !Object.hasOwn(properties, key));
      for (const key of entries.slice(0, 2)) {
        yield { path: [...path, key], node: described.additionalProperties, required: false, present: true };
        yield* places(value[key], described.additionalProperties, [...path, key]);
      }
      // New entries: under a key like the others, and under keys the schema may restrict.
      for (const key of ['xx', 'x', 'not a key', 'zh-Hant-TW', '__proto__', 'countries']) {
        if (!Object.hasOwn(value, key))
          yield { path: [...path, key], node: described.additionalProperties, required: false, present: false };
      }
    }
  }
}

const STRINGS = [
  ...['', ' ', '\t\n', '\u0000', '\u0001\u0002', '\ufeff', 'x', 'X', 'ab', 'abc', 'ABC', 'AB', 'ABCD', 'A1B', 'zz', 'xyz', 'XYZ'],
  ...['fr-CA', 'zh-Hant-TW', 'es-419', 'x-private', 'en_US', 'Persian', 'abcd', 'f', 'fa-', '-fa', 'fa--IR'],
  ...['2021', '2021-02', '2021-02-29', '2021-2', '21-02-03', '2021-02-03T00:00', '20210203', 'today'],
  ...['https://example.org/', 'http://example.org', 'HTTPS://EXAMPLE.ORG/A', 'ftp://example.org/', 'example.org'],
  ...['//example.org', 'javascript:alert(1)', 'mailto:a@example.org', 'http://', 'http://a b', 'https://例え.jp/', 'http://[::1]/'],
  ...['http://[bad/', 'https://example.org/a%20b?q=1#f', ' https://example.org/ ', 'data:text/plain,x', 'more-than', 'about', 'About'],
  ...['__proto__', 'constructor', 'prototype', 'countries', 'a'.repeat(10_001)],
];
const NUMBERS = [0, -0, 1, -1, 0.5, 1.5, 2, 999, 1000, 1899, 1900, 2020, 2100, 2101, 9999, 10_000, 1e21, -1e-9, Number.MAX_VALUE];
const OTHERS = [null, true, false, [], {}, [1], { a: 1 }];

/** Values to put at a place: of every type, near its bounds and near its current value. */
function probes(place, current) {
  const values = [...STRINGS, ...NUMBERS, ...OTHERS];
  // Every value an enumeration allows, not only the one the bundled data holds: a value added to the schema and the
  // types (regionAssignment.by "dataset", which no bundled dataset uses) must be one the validator keeps too.
  const described = resolve(place.node);
  values.push(...('const' in described ? [described.const] : (described.enum ?? [])));
  if (typeof current === 'string') {
    values.push(` ${current}`, `${current} `, current.toLowerCase(), current.toUpperCase(), current.slice(1), `${current}x`);
    values.push(`${current}-`, `${current}\u0000`, `\u0007${current}`, `${current.slice(0, 1)}\u0001${current.slice(1)}`);
  }
  if (typeof current === 'number') values.push(current + 1, current - 1, current + 0.5, -current);
  if (isObject(current)) values.push({ ...current, 'x-unknown': 1 }, { ...current, 'x-unknown': { nested: [1] } });
  if (Array.isArray(current)) values.push([...current, current[0]], [...current, 'x'], [...current, null], current.slice(1));
  if (place.previous !== undefined) values.push(place.previous); // the entry before, again
  return values;
}

const clone = (value) => structuredClone(value);
function setAt(dataset, path, value) {
  const copy = clone(dataset);
  const parent = path.slice(0, -1).reduce((at, key) => at[key], copy);
  const key = path.at(-1);
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(key, 1);
    else delete parent[key];
  } else if (key === '__proto__') {
    Object.defineProperty(parent, key, { value, enumerable: true, configurable: true, writable: true });
  } else parent[key] = value;
  return copy;
}
const getAt = (dataset, path) => path.reduce((at, key) => (at == null ? undefined : Object.hasOwn(at, key) ? at[key] : undefined), dataset);
const show = (value) => (typeof value === 'string' && value.length > 40 ? JSON.stringify(`${value.slice(0, 40)}…`) : JSON.stringify(value));
const where = (path) => path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('');

/** The validator's verdict: its problems, and what it returns when there are none. */
function validator(dataset) {
  const issues = datasetIssues(dataset);
  return { issues, output: issues.length ? undefined : validateDataset(dataset) };
}

/**
 * Checks one dataset against both, and returns the disagreements:
 * - what the validator accepts, it returns schema-valid;
 * - what the validator accepts and the schema rejects, the validator must have read leniently: as the
 *   dataset without the offending value (dropped: an empty optional text, a names key that is no language tag,
 *   the `$schema` hint) or as the dataset it was made from (normalized: spaces or control characters around
 *   a value) — never as something else;
 * - what the schema accepts and the validator rejects, only for the reasons in BEYOND_SCHEMA.
 */
function disagreements(dataset, { path, value, base, without }) {
  const accepted = schemaAccepts(dataset);
  const errors = schemaAccepts.errors;
  const { issues, output } = validator(dataset);
  const found = [];
  if (output && !schemaAccepts(JSON.parse(JSON.stringify(output)))) {
    found.push(`the validator returns what the schema rejects: ${JSON.stringify(schemaAccepts.errors)}`);
  }
  if (output && !accepted) {
    const trimmed = typeof value === 'string' ? setAt(dataset, path, value.trim()) : undefined;
    const readAs = [base, without, trimmed].filter(Boolean).map((other) => validator(other).output);
    if (!readAs.some((other) => other && isDeepStrictEqual(output, other))) {
      found.push(`the validator accepts what the schema rejects (${errors.map((e) => `${e.instancePath} ${e.message}`).join('; ')})`);
    }
  }
  if (accepted && issues.length) {
    const unexplained = issues.filter(
      (issue) => !BEYOND_SCHEMA.some((kind) => kind.message.test(issue.message) && (!kind.when || kind.when(value, path))),
    );
    if (unexplained.length)
      found.push(`the schema accepts what the validator rejects: ${unexplained.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  return found;
}

describe('the JSON Schema and the validator', () => {
  it('both accept the bundled datasets', () => {
    for (const [name, dataset] of bundled) {
      assert.ok(schemaAccepts(dataset), `${name}: ${JSON.stringify(schemaAccepts.errors)}`);
      assert.deepEqual(datasetIssues(dataset), [], name);
    }
  });

  it('the bundled datasets hold every property the schema describes, so that every one is mutated below', () => {
    const declared = new Set();
    const declare = (node, at) => {
      const described = resolve(node);
      if (described.items) declare(described.items, `${at}[]`);
      for (const [name, property] of Object.entries(described.properties ?? {})) {
        declared.add(`${at}.${name}`);
        declare(property, `${at}.${name}`);
      }
    };
    declare(schema, '');
    const present = new Set();
    const mark = (value, node, at) => {
      const described = resolve(node);
      if (Array.isArray(value)) value.forEach((item) => mark(item, described.items, `${at}[]`));
      else if (isObject(value)) {
        for (const [name, property] of Object.entries(described.properties ?? {})) {
          if (!Object.hasOwn(value, name)) continue;
          present.add(`${at}.${name}`);
          mark(value[name], property, `${at}.${name}`);
        }
      }
    };
    for (const [, dataset] of bundled) mark(dataset, schema, '');
    const missing = [...declared].filter((property) => !present.has(property));
    assert.deepEqual(missing, [], 'add an example of these to data/example-network.json (illustrative), so that they are tested');
  });

  it('the validator keeps every property the schema describes (it returns only the fields it knows)', () => {
    const dropped = [];
    const compareAt = (input, output, node, at) => {
      const described = resolve(node);
      if (Array.isArray(input)) input.forEach((item, i) => compareAt(item, output?.[i], described.items, `${at}[${i}]`));
      else if (isObject(input)) {
        for (const [name, property] of Object.entries(described.properties ?? {})) {
          if (isSchemaKeyword(name) || !Object.hasOwn(input, name)) continue;
          if (!Object.hasOwn(output ?? {}, name)) dropped.push(`${at}.${name}`);
          else compareAt(input[name], output[name], property, `${at}.${name}`);
        }
      }
    };
    for (const [name, dataset] of bundled) compareAt(dataset, validateDataset(dataset), schema, name);
    assert.deepEqual(dropped, []);
  });

  for (const [name, base] of bundled) {
    it(`agree on every mutation of ${name}`, () => {
      const problems = new Map();
      let count = 0;
      for (const place of places(base, schema)) {
        const current = place.present ? getAt(base, place.path) : undefined;
        const without = place.present ? setAt(base, place.path, undefined) : base;
        const mutations = place.present ? [undefined, ...probes(place, current)] : probes(place, current);
        for (const value of mutations) {
          const mutant = setAt(base, place.path, value);
          count += 1;
          const found = disagreements(mutant, { path: place.path, value, base, without });
          for (const problem of found) {
            // One line per place and kind of problem, with the values that show it.
            const key = `${where(place.path)}: ${problem}`.replace(/\[\d+\]|\/\d+\//g, (index) => (index[0] === '[' ? '[i]' : '/i/'));
            problems.set(key, [...(problems.get(key) ?? []), value === undefined ? '(removed)' : show(value)]);
          }
        }
      }
      assert.ok(count > 1000, `only ${count} mutations`);
      const listed = [...problems].map(([problem, values]) => `${problem} — for ${values.slice(0, 6).join(', ')}`);
      assert.equal(listed.length, 0, `${listed.length} disagreements in ${count} mutations:\n${listed.join('\n')}`);
    });
  }

  it('explains every kind of problem the schema cannot see with a mutation that shows it', () => {
    // Each entry of BEYOND_SCHEMA must be needed: a mutation the schema accepts and the validator rejects for it.
    const needed = new Set();
    for (const [, base] of bundled) {
      for (const place of places(base, schema)) {
        const current = place.present ? getAt(base, place.path) : undefined;
        for (const value of probes(place, current)) {
          const mutant = setAt(base, place.path, value);
          if (!schemaAccepts(mutant)) continue;
          for (const issue of datasetIssues(mutant)) {
            BEYOND_SCHEMA.forEach((kind, index) => {
              if (kind.message.test(issue.message) && (!kind.when || kind.when(value, place.path))) needed.add(index);
            });
          }
        }
      }
    }
    assert.deepEqual(
      BEYOND_SCHEMA.filter((_, index) => !needed.has(index)).map((kind) => String(kind.message)),
      [],
      'kinds no mutation needs: remove them, or the schema grew to check them',
    );
  });

  it('describes every schema property with a type', () => {
    const untyped = [];
    const visit = (node, at) => {
      const described = resolve(node);
      for (const [name, property] of Object.entries(described.properties ?? {})) {
        if (!isSchemaKeyword(name) && typesOf(resolve(property)).length === 0) untyped.push(`${at}.${name}`);
        visit(property, `${at}.${name}`);
      }
      if (described.items) visit(described.items, `${at}[]`);
    };
    visit(schema, '');
    assert.deepEqual(untyped, []);
  });
});
