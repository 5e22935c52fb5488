import { expect } from '@open-wc/testing';
import { allAlpha3 } from '../../src/core/countries.js';
import { DatasetError, MAX_ISSUES, parseDataset, validateDataset, type ValidationIssue } from '../../src/core/validate.js';
import cinvu from '../../data/cinvu.json';
import exampleNetwork from '../../data/example-network.json';
import silkRoad from '../../data/silk-road.json';
import alMustafa from '../../data/al-mustafa.json';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A fresh, small, valid dataset that tests can break in one place. */
function minimal(): Json {
  return {
    version: 1,
    network: { id: 'net', name: 'Test Network' },
    regions: [
      { id: 'asia', name: 'Asia' },
      { id: 'africa', name: 'Africa' },
    ],
    metrics: [
      { id: 'students', label: 'Students' },
      { id: 'universities', label: 'Universities' },
    ],
    members: [
      { country: 'PAK', region: 'asia', values: { students: 100, universities: 3 } },
      { country: 'IRN', region: 'asia', joined: 2005 },
      { country: 'EGY', region: 'africa', values: { students: null } },
    ],
    totals: [{ metric: 'students', year: 2020, value: 1000, qualifier: 'more-than', source: 'report' }],
    universities: [{ name: 'Virtual University of Pakistan', country: 'PAK', source: 'report' }],
    sources: [{ id: 'report', title: 'Annual report', url: 'https://example.org/report.pdf' }],
  };
}

function errorOf(fn: () => unknown): DatasetError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(DatasetError);
    return e as DatasetError;
  }
  expect.fail('expected a DatasetError');
  throw new Error('unreachable');
}

function issuesOf(input: unknown): ValidationIssue[] {
  const err = errorOf(() => validateDataset(input));
  expect(err.code).to.equal('invalid');
  return err.issues;
}

/** Asserts that validating `input` fails with exactly this one problem. */
function expectOnly(input: unknown, path: string, message: string): void {
  const err = errorOf(() => validateDataset(input));
  expect(err.issues).to.deep.equal([{ path, message }]);
  expect(err.message).to.equal(`${path}: ${message}`);
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Json)[k]);
  }
  return v;
}

function expectDeepFrozen(v: unknown, path = '(root)'): void {
  if (typeof v !== 'object' || v === null) return;
  expect(Object.isFrozen(v), `${path} is frozen`).to.equal(true);
  for (const [k, child] of Object.entries(v)) expectDeepFrozen(child, `${path}.${k}`);
}

/** Every object in `v` is a plain object or array with the standard prototype. */
function expectPlainPrototypes(v: unknown, path = '(root)'): void {
  if (typeof v !== 'object' || v === null) return;
  const proto = Object.getPrototypeOf(v);
  expect(proto === Object.prototype || proto === Array.prototype, `${path} has a plain prototype`).to.equal(true);
  for (const k of Object.keys(v)) {
    expect(['__proto__', 'constructor', 'prototype'], `${path} key`).not.to.include(k);
    expectPlainPrototypes((v as Json)[k], `${path}.${k}`);
  }
}

describe('validateDataset', () => {
  it('accepts a minimal valid dataset and returns an equal copy', () => {
    const input = minimal();
    const out = validateDataset(input);
    expect(out).to.deep.equal(input);
    expect(out).not.to.equal(input);
    expect(out.network).not.to.equal(input.network);
    expect(out.members[0]!.values).not.to.equal(input.members[0].values);
  });

  it('accepts the smallest possible dataset (empty members, regions and sources)', () => {
    const out = validateDataset({ version: 1, network: { id: 'n', name: 'N' }, regions: [], members: [], sources: [] });
    expect(out).to.deep.equal({ version: 1, network: { id: 'n', name: 'N' }, regions: [], members: [], sources: [] });
  });

  it('keeps optional fields', () => {
    const input = minimal();
    input.illustrative = true;
    input.network = { id: 'net', name: 'N', shortName: 'NN', names: { fa: 'ن', 'fr-CA': 'Réseau' }, url: 'http://x.org/' };
    input.regions[0].names = { ar: 'آسيا' };
    input.metrics[0].labels = { fa: 'دانشجو' };
    input.metrics[0].unit = 'students';
    input.totals.push({ metric: 'countries', year: 2021, value: 3, qualifier: 'about', source: 'report' });
    input.universities[0] = { name: 'U', names: { ur: 'یو' }, country: 'PAK', city: 'Lahore', url: 'https://vu.edu.pk', source: 'report' };
    input.sources[0] = { id: 'report', title: 'T', publisher: 'P', date: '2020-05', url: 'https://a.b/c', language: 'fa', note: 'n' };
    expect(validateDataset(input)).to.deep.equal(input);
  });

  it("keeps a source's publisher in other languages, as the network's names are kept, and refuses one that is not an object", () => {
    const input = minimal();
    input.sources[0] = { id: 'report', title: 'T', publisher: 'P', publishers: { fa: ' روابط عمومی ', 'not a tag': 'x', ar: '' } };
    expect(validateDataset(input).sources[0]!.publishers).to.deep.equal({ fa: 'روابط عمومی' });

    const wrong = minimal();
    wrong.sources[0].publishers = 'روابط عمومی';
    expectOnly(wrong, 'sources[0].publishers', 'expected an object, got string');
    const entry = minimal();
    entry.sources[0].publishers = { fa: 1 };
    expectOnly(entry, 'sources[0].publishers.fa', 'expected a string, got number');
  });

  it('trims strings', () => {
    const input = minimal();
    input.network.name = '  Test Network \n';
    input.members[0].country = ' PAK ';
    input.members[0].region = 'asia ';
    const out = validateDataset(input);
    expect(out.network.name).to.equal('Test Network');
    expect(out.members[0]!.country).to.equal('PAK');
    expect(out.members[0]!.region).to.equal('asia');
  });

  it('drops unknown fields silently', () => {
    const input = minimal();
    input.$schema = './netreach.schema.json';
    input.extra = { a: 1 };
    input.network.colour = 'red';
    input.members[0].notes = 'x';
    input.sources[0].pages = 12;
    const out = validateDataset(input) as unknown as Json;
    expect(out).not.to.have.property('$schema');
    expect(out).not.to.have.property('extra');
    expect(out.network).not.to.have.property('colour');
    expect(out.members[0]).not.to.have.property('notes');
    expect(out.sources[0]).not.to.have.property('pages');
    expect(out).to.deep.equal(minimal());
  });

  it('ignores names keys that are not language tags', () => {
    const input = minimal();
    input.network.names = { fa: 'ن', 'not a tag': 'x', x: 'y', 'zh-Hant-TW': '網', '': 'e' };
    expect(validateDataset(input).network.names).to.deep.equal({ fa: 'ن', 'zh-Hant-TW': '網' });
  });

  it('normalizes -0 to 0', () => {
    const input = minimal();
    input.members[0].values.students = -0;
    input.totals[0].value = -0;
    const out = validateDataset(input);
    expect(Object.is(out.members[0]!.values!.students, 0)).to.equal(true);
    expect(Object.is(out.totals![0]!.value, 0)).to.equal(true);
  });

  it('does not mutate the input', () => {
    const input = minimal();
    input.network.name = '  padded  ';
    input.members[0].values.students = -0;
    input.unknown = { nested: [1, 2] };
    const snapshot = structuredClone(input);
    validateDataset(input);
    expect(input).to.deep.equal(snapshot);
    expect(Object.is(input.members[0].values.students, -0)).to.equal(true);
    expect(Object.isFrozen(input)).to.equal(false);
  });

  it('does not mutate an invalid input', () => {
    const input = minimal();
    input.members[0].country = 'XYZ';
    const snapshot = structuredClone(input);
    errorOf(() => validateDataset(input));
    expect(input).to.deep.equal(snapshot);
  });

  it('works on a deep-frozen input', () => {
    const input = deepFreeze(minimal());
    const out = validateDataset(input);
    expect(out).to.deep.equal(minimal());
    expect(out).not.to.equal(input);
  });

  it('returns a deep-frozen dataset', () => {
    const input = minimal();
    input.network.names = { fa: 'ن' };
    const out = validateDataset(input);
    expectDeepFrozen(out);
    expect(() => {
      (out.members[0]!.values as Json).students = 5;
    }).to.throw(TypeError); // modules are strict
  });

  it('rejects a top level that is not an object', () => {
    for (const v of [[], null, 'x', 1, undefined, true]) {
      const err = errorOf(() => validateDataset(v));
      expect(err.code).to.equal('invalid');
      expect(err.issues).to.deep.equal([{ path: '(root)', message: 'expected an object' }]);
      expect(err.message).to.equal('(root): expected an object');
    }
  });

  it('rejects an unsupported version', () => {
    const input = minimal();
    input.version = 99;
    const err = errorOf(() => validateDataset(input));
    expect(err.code).to.equal('version');
    expect(err.message).to.equal('version: 99 is not supported (expected 1)');
    expect(err.issues).to.deep.equal([{ path: 'version', message: '99 is not supported (expected 1)' }]);
  });

  it('rejects a version that is not the number 1', () => {
    const input = minimal();
    input.version = '1';
    const err = errorOf(() => validateDataset(input));
    expect(err.code).to.equal('version');
    expect(err.message).to.equal('version: "1" is not supported (expected 1)');
  });

  it('rejects a missing version with code "version"', () => {
    const input = minimal();
    delete input.version;
    const err = errorOf(() => validateDataset(input));
    expect(err.code).to.equal('version');
    expect(err.issues[0]!.path).to.equal('version');
  });

  it('checks types', () => {
    const input = minimal();
    input.network.name = 42;
    expectOnly(input, 'network.name', 'expected a string, got number');

    const a = minimal();
    a.regions = {};
    expect(issuesOf(a)).to.deep.include({ path: 'regions', message: 'expected an array, got object' });

    const b = minimal();
    b.network = [];
    expectOnly(b, 'network', 'expected an object, got array');

    const c = minimal();
    c.members[1] = 'PAK';
    expectOnly(c, 'members[1]', 'expected an object, got string');

    const d = minimal();
    d.illustrative = 'yes';
    expectOnly(d, 'illustrative', 'expected a boolean, got string');

    const e = minimal();
    e.network.names = 'fa';
    expectOnly(e, 'network.names', 'expected an object, got string');

    const f = minimal();
    f.network.names = { fa: 1 };
    expectOnly(f, 'network.names.fa', 'expected a string, got number');

    const g = minimal();
    g.members[0].values = [1];
    expectOnly(g, 'members[0].values', 'expected an object, got array');

    const h = minimal();
    h.members[0].values.students = '100';
    expectOnly(h, 'members[0].values.students', 'expected a number or null, got string');

    const i = minimal();
    i.totals[0].value = null;
    expectOnly(i, 'totals[0].value', 'expected a number, got null');

    const j = minimal();
    j.sources[0].title = null;
    expectOnly(j, 'sources[0].title', 'expected a string, got null');
  });

  it('requires the required fields', () => {
    const cases: Array<[(d: Json) => void, string]> = [
      [(d) => delete d.network, 'network'],
      [(d) => delete d.network.id, 'network.id'],
      [(d) => delete d.network.name, 'network.name'],
      [(d) => delete d.regions[0].name, 'regions[0].name'],
      [(d) => delete d.members, 'members'],
      [(d) => delete d.sources, 'sources'],
      [(d) => delete d.sources[0].title, 'sources[0].title'],
      [(d) => delete d.metrics[1].label, 'metrics[1].label'],
      [(d) => delete d.members[2].region, 'members[2].region'],
      [(d) => delete d.totals[0].value, 'totals[0].value'],
      [(d) => delete d.totals[0].source, 'totals[0].source'],
      [(d) => delete d.universities[0].name, 'universities[0].name'],
      [(d) => delete d.universities[0].country, 'universities[0].country'],
    ];
    for (const [edit, path] of cases) {
      const input = minimal();
      edit(input);
      expectOnly(input, path, 'required field is missing');
    }
  });

  it('does not report references to a list that is missing or not an array', () => {
    const a = minimal();
    a.regions = 'asia';
    expectOnly(a, 'regions', 'expected an array, got string');

    const b = minimal();
    b.metrics = {};
    expectOnly(b, 'metrics', 'expected an array, got object');

    const c = minimal();
    delete c.sources;
    expectOnly(c, 'sources', 'required field is missing');
  });

  it('reports values as unknown metrics when no metrics are declared', () => {
    const input = minimal();
    delete input.metrics;
    delete input.totals;
    input.members = [{ country: 'PAK', region: 'asia', values: { students: 1 } }];
    expectOnly(input, 'members[0].values', 'unknown metric "students"');
  });

  it('rejects empty required strings', () => {
    const input = minimal();
    input.network.name = '   ';
    expectOnly(input, 'network.name', 'must not be empty');

    const b = minimal();
    b.regions[1].id = '';
    expect(issuesOf(b)).to.deep.include({ path: 'regions[1].id', message: 'must not be empty' });
  });

  it('drops empty optional strings', () => {
    const input = minimal();
    input.network.shortName = ' ';
    input.network.url = '';
    expect(validateDataset(input).network).to.deep.equal({ id: 'net', name: 'Test Network' });
  });

  it('rejects strings longer than 10,000 characters', () => {
    const input = minimal();
    input.network.name = 'x'.repeat(10_001);
    expectOnly(input, 'network.name', 'longer than 10000 characters');
    const ok = minimal();
    ok.network.name = 'x'.repeat(10_000);
    expect(validateDataset(ok).network.name).to.have.length(10_000);
  });

  it('rejects duplicate ids', () => {
    const input = minimal();
    input.regions.push({ id: 'asia', name: 'Asia again' });
    expectOnly(input, 'regions[2].id', 'duplicate id "asia"');

    const b = minimal();
    b.metrics.push({ id: 'students', label: 'Students' });
    expectOnly(b, 'metrics[2].id', 'duplicate id "students"');

    const c = minimal();
    c.sources.push({ id: 'report', title: 'Other' });
    expectOnly(c, 'sources[1].id', 'duplicate id "report"');
  });

  it('rejects the reserved metric id "countries"', () => {
    const input = minimal();
    input.metrics.push({ id: 'countries', label: 'Countries' });
    expectOnly(input, 'metrics[2].id', '"countries" is reserved (built in)');
  });

  it('rejects member countries that are not ISO 3166-1 alpha-3 codes', () => {
    for (const code of ['XYZ', 'pak', 'PK', 'XKX', '586']) {
      const input = minimal();
      input.members.push({ country: 'PAK', region: 'asia' });
      input.members[0].country = 'IDN';
      input.members.push({ country: 'TUR', region: 'asia' });
      input.members[4].country = code;
      expectOnly(input, 'members[4].country', `${JSON.stringify(code)} is not an ISO 3166-1 alpha-3 code`);
    }
  });

  it('rejects duplicate members', () => {
    const input = minimal();
    input.members.push({ country: 'PAK', region: 'africa' });
    expectOnly(input, 'members[3].country', '"PAK" is listed twice');
  });

  it('rejects unknown regions', () => {
    const input = minimal();
    input.regions.shift();
    input.regions[0].id = 'africa';
    input.members = [
      { country: 'EGY', region: 'africa' },
      { country: 'MAR', region: 'africa' },
      { country: 'TUN', region: 'africa' },
      { country: 'IRN', region: 'asia' },
    ];
    expectOnly(input, 'members[3].region', 'unknown region "asia"');
  });

  it('checks joined years', () => {
    for (const joined of [1899, 2101, 2000.5]) {
      const input = minimal();
      input.members[1].joined = joined;
      expectOnly(input, 'members[1].joined', `${joined} is not a year between 1900 and 2100`);
    }
    const input = minimal();
    input.members[1].joined = '2005';
    expectOnly(input, 'members[1].joined', 'expected a year (a number), got string');
    for (const joined of [1900, 2100]) {
      const ok = minimal();
      ok.members[1].joined = joined;
      expect(validateDataset(ok).members[1]!.joined).to.equal(joined);
    }
  });

  it('rejects values for undeclared metrics', () => {
    const input = minimal();
    input.members[0].values.foo = 1;
    expectOnly(input, 'members[0].values', 'unknown metric "foo"');

    const b = minimal();
    b.members[0].values.countries = 1;
    expectOnly(b, 'members[0].values', 'unknown metric "countries"');
  });

  it('rejects non-finite and negative values', () => {
    const input = minimal();
    input.members[2].values = { universities: Infinity };
    expectOnly(input, 'members[2].values.universities', 'Infinity is not a finite number');

    const b = minimal();
    b.members[2].values = { universities: NaN };
    expectOnly(b, 'members[2].values.universities', 'NaN is not a finite number');

    const c = minimal();
    c.members[2].values = { universities: -3 };
    expectOnly(c, 'members[2].values.universities', '-3 is negative');

    const d = minimal();
    d.totals[0].value = -Infinity;
    expectOnly(d, 'totals[0].value', '-Infinity is not a finite number');
  });

  it('rejects 1e400 from JSON (parses to Infinity)', () => {
    const text = JSON.stringify(minimal()).replace('"students":100', '"students":1e400');
    const err = errorOf(() => parseDataset(text));
    expect(err.message).to.equal('members[0].values.students: Infinity is not a finite number');
  });

  it('checks totals', () => {
    const a = minimal();
    a.totals[0].metric = 'foo';
    expectOnly(a, 'totals[0].metric', 'unknown metric "foo"');

    const b = minimal();
    b.totals[0].year = 2020.5;
    expectOnly(b, 'totals[0].year', '2020.5 is not a year between 1000 and 9999');

    const c = minimal();
    c.totals[0].value = -1;
    expectOnly(c, 'totals[0].value', '-1 is negative');

    const d = minimal();
    d.totals[0].qualifier = 'approximately';
    expectOnly(d, 'totals[0].qualifier', '"approximately" is not one of "more-than", "at-least", "about"');

    const e = minimal();
    e.totals[0].source = 'nope';
    expectOnly(e, 'totals[0].source', 'unknown source "nope"');

    const ok = minimal();
    ok.totals[0].metric = 'countries';
    expect(validateDataset(ok).totals![0]!.metric).to.equal('countries');
  });

  it("checks the source a metric names for its members' figures, as a total's", () => {
    const a = minimal();
    a.metrics[0].source = 'nope';
    expectOnly(a, 'metrics[0].source', 'unknown source "nope"');

    const b = minimal();
    b.metrics[1].source = 42;
    expectOnly(b, 'metrics[1].source', 'expected a string, got number');

    const ok = minimal();
    ok.metrics[0].source = ' report ';
    const dataset = validateDataset(ok);
    expect([dataset.metrics![0]!.source, dataset.metrics![1]!.source]).to.deep.equal(['report', undefined]);
  });

  it('checks universities', () => {
    const a = minimal();
    a.universities[0].country = 'XYZ';
    expectOnly(a, 'universities[0].country', '"XYZ" is not an ISO 3166-1 alpha-3 code');

    const b = minimal();
    b.universities[0].source = 'nope';
    expectOnly(b, 'universities[0].source', 'unknown source "nope"');

    const ok = minimal();
    ok.universities.push({ name: 'Open University', country: 'GBR' }); // not a member: allowed
    expect(validateDataset(ok).universities).to.have.length(2);
  });

  it('only keeps http(s) URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://a.b/', '/relative/path', 'example.org', 'http//x']) {
      const a = minimal();
      a.sources[0].url = url;
      expectOnly(a, 'sources[0].url', 'only http(s) URLs are allowed');
      const b = minimal();
      b.network.url = url;
      expectOnly(b, 'network.url', 'only http(s) URLs are allowed');
      const c = minimal();
      c.universities[0].url = url;
      expectOnly(c, 'universities[0].url', 'only http(s) URLs are allowed');
    }
    const ok = minimal();
    ok.network.url = 'HTTP://Example.org/a?b#c';
    expect(validateDataset(ok).network.url).to.equal('HTTP://Example.org/a?b#c');
  });

  it('checks source dates and languages', () => {
    const a = minimal();
    a.sources[0].date = 'May 2020';
    expectOnly(a, 'sources[0].date', '"May 2020" is not an ISO 8601 date (yyyy, yyyy-mm or yyyy-mm-dd)');
    const b = minimal();
    b.sources[0].language = 'Persian';
    expectOnly(b, 'sources[0].language', '"Persian" is not a language tag');
  });

  it('collects all problems', () => {
    const input = minimal();
    input.network.name = 42;
    input.regions.push({ id: 'asia', name: 'Asia' });
    input.members[0].country = 'XYZ';
    input.members[1].region = 'europe';
    input.members[2].values = { students: -3, foo: 1 };
    input.totals[0].source = 'nope';
    const err = errorOf(() => validateDataset(input));
    expect(err.code).to.equal('invalid');
    expect(err.issues).to.deep.equal([
      { path: 'network.name', message: 'expected a string, got number' },
      { path: 'regions[2].id', message: 'duplicate id "asia"' },
      { path: 'members[0].country', message: '"XYZ" is not an ISO 3166-1 alpha-3 code' },
      { path: 'members[1].region', message: 'unknown region "europe"' },
      { path: 'members[2].values.students', message: '-3 is negative' },
      { path: 'members[2].values', message: 'unknown metric "foo"' },
      { path: 'totals[0].source', message: 'unknown source "nope"' },
    ]);
    expect(err.message).to.equal('network.name: expected a string, got number (and 6 more problems)');
  });

  it('says "1 more problem" in the singular', () => {
    const input = minimal();
    input.network.name = 42;
    input.network.id = 42;
    expect(errorOf(() => validateDataset(input)).message).to.equal('network.id: expected a string, got number (and 1 more problem)');
  });

  it('caps the issue list at 50', () => {
    const input = minimal();
    input.members = Array.from({ length: 120 }, () => ({ country: 'XYZ', region: 'asia' }));
    const err = errorOf(() => validateDataset(input));
    expect(MAX_ISSUES).to.equal(50);
    expect(err.issues).to.have.length(50);
    expect(err.issues[49]).to.deep.equal({ path: 'members[49].country', message: '"XYZ" is not an ISO 3166-1 alpha-3 code' });
    expect(err.message).to.equal('members[0].country: "XYZ" is not an ISO 3166-1 alpha-3 code (and 119 more problems)');
  });

  it('shortens very long values quoted in messages', () => {
    const input = minimal();
    input.members[0].region = 'r'.repeat(5000);
    const [issue] = issuesOf(input);
    expect(issue!.message.length).to.be.below(100);
  });

  it('drops control characters and lone surrogates from strings (XML, hence SVG export, forbids them)', () => {
    const input = minimal();
    input.network.name = ' A\u0000B\u0007C\u001F\uD800D\uDFFFE \u{1F30D}\tF\u202E ';
    input.regions[0].name = '\u0000\u0001';
    const dataset = (() => {
      try {
        return validateDataset(input);
      } catch (error) {
        return error as DatasetError;
      }
    })();
    // A name of nothing but control characters is empty, hence missing.
    expect(dataset).to.be.instanceOf(DatasetError);
    expect((dataset as DatasetError).issues.map((issue) => issue.path)).to.deep.equal(['regions[0].name']);
    input.regions[0].name = 'Asia';
    // Tabs, astral characters (a surrogate pair) and bidi controls are text and stay.
    expect(validateDataset(input).network.name).to.equal('ABCDE \u{1F30D}\tF\u202E');
  });

  describe('prototype pollution', () => {
    const polluted = '{"polluted": 1}';
    const positions: Record<string, (json: string) => string> = {
      'top level': (j) => j.replace('{', `{"__proto__": ${polluted},`),
      network: (j) => j.replace('"network":{', `"network":{"__proto__": ${polluted},`),
      'members[0]': (j) => j.replace('"members":[{', `"members":[{"__proto__": ${polluted},`),
      'network.names': (j) => j.replace('"network":{', `"network":{"names":{"__proto__": ${polluted}, "constructor": "x", "fa": "ن"},`),
      'regions[0].names': (j) => j.replace('"regions":[{', `"regions":[{"names":{"__proto__": ${polluted}},`),
      'universities[0]': (j) => j.replace('"universities":[{', `"universities":[{"__proto__": ${polluted},`),
      'sources[0]': (j) => j.replace('"sources":[{', `"sources":[{"__proto__": ${polluted}, "prototype": {"polluted": 1},`),
    };

    afterEach(() => {
      expect(({} as Json).polluted, 'Object.prototype.polluted').to.equal(undefined);
      expect(Object.prototype).not.to.have.property('polluted');
    });

    for (const [where, inject] of Object.entries(positions)) {
      it(`ignores "__proto__" in ${where}`, () => {
        const json = inject(JSON.stringify(minimal()));
        const input: unknown = JSON.parse(json);
        expect(json).to.include('__proto__');
        const out = validateDataset(input);
        expectPlainPrototypes(out);
        expect((out as unknown as Json).polluted).to.equal(undefined);
        expect((out.network as Json).polluted).to.equal(undefined);
        expect((out.members[0] as Json).polluted).to.equal(undefined);
        expect(out.members.length).to.equal(3);
      });
    }

    it('rejects "__proto__", "constructor" and "prototype" in values', () => {
      const json = JSON.stringify(minimal()).replace('"values":{', `"values":{"__proto__": ${polluted}, "constructor": 1, "prototype": 2,`);
      const err = errorOf(() => parseDataset(json));
      expect(err.issues).to.deep.equal([
        { path: 'members[0].values', message: '"__proto__" is not a metric id' },
        { path: 'members[0].values', message: '"constructor" is not a metric id' },
        { path: 'members[0].values', message: '"prototype" is not a metric id' },
      ]);
    });

    it('rejects "__proto__" & co. as ids', () => {
      const input = minimal();
      input.metrics.push({ id: '__proto__', label: 'x' }, { id: 'constructor', label: 'y' });
      input.regions.push({ id: 'prototype', name: 'z' });
      expect(issuesOf(input)).to.deep.equal([
        { path: 'regions[2].id', message: '"prototype" is not allowed as an id' },
        { path: 'metrics[2].id', message: '"__proto__" is not allowed as an id' },
        { path: 'metrics[3].id', message: '"constructor" is not allowed as an id' },
      ]);
    });

    it('reads only own properties (ignores a polluted Object.prototype)', () => {
      const input = minimal();
      delete input.totals;
      Object.defineProperty(Object.prototype, 'totals', { value: [{ bad: true }], configurable: true });
      try {
        const out = validateDataset(input);
        expect(Object.prototype.hasOwnProperty.call(out, 'totals')).to.equal(false);
      } finally {
        delete (Object.prototype as Json).totals;
      }
    });
  });

  it('validates 5,000 members and 20,000 universities quickly (no quadratic scans)', () => {
    const codes = allAlpha3();
    const input = minimal();
    delete input.totals;
    input.metrics = Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, label: `Metric ${i}` }));
    input.regions = Array.from({ length: 50 }, (_, i) => ({ id: `r${i}`, name: `Region ${i}` }));
    input.sources = Array.from({ length: 500 }, (_, i) => ({ id: `s${i}`, title: `Source ${i}`, url: `https://example.org/${i}` }));
    const values = Object.fromEntries(input.metrics.map((m: Json, i: number) => [m.id, i]));
    input.members = codes.map((country, i) => ({ country, region: `r${i % 50}`, joined: 2000, values }));
    input.universities = Array.from({ length: 20_000 }, (_, i) => ({
      name: `University ${i}`,
      country: codes[i % codes.length],
      url: `https://u${i}.example.org/`,
      source: `s${i % 500}`,
    }));
    const out = validateDataset(input);
    expect(out.members).to.have.length(codes.length);
    expect(out.universities).to.have.length(20_000);
    expect(out.sources).to.have.length(500);

    // 5,000 members cannot all be distinct countries (there are 249), so this run fails —
    // which exercises the member checks and the capped issue list at full size.
    input.members = Array.from({ length: 5_000 }, (_, i) => ({ country: codes[i % codes.length], region: `r${i % 50}`, values }));
    const err = errorOf(() => validateDataset(input));
    expect(err.issues).to.have.length(50);
    expect(err.issues[0]).to.deep.equal({ path: `members[${codes.length}].country`, message: `"${codes[0]}" is listed twice` });
    expect(err.message).to.match(new RegExp(` \\(and ${5_000 - codes.length - 1} more problems\\)$`));
  });

  it('accepts the bundled datasets and data/example-network.json', () => {
    for (const data of [cinvu, silkRoad, alMustafa, exampleNetwork]) {
      const out = validateDataset(data);
      expect(out.network.id).to.be.a('string');
      expect(out.members.length).to.be.greaterThan(0);
      expectDeepFrozen(out);
    }
  });
});

describe('parseDataset', () => {
  it('parses and validates JSON text', () => {
    const out = parseDataset(JSON.stringify(minimal()));
    expect(out).to.deep.equal(minimal());
    expectDeepFrozen(out);
  });

  it('accepts a leading byte order mark', () => {
    expect(parseDataset(`\uFEFF${JSON.stringify(minimal())}`)).to.deep.equal(minimal());
  });

  it('throws "not-json" for empty text and syntax errors', () => {
    for (const text of ['', '   \n', '{', '<html>', '{"version": 1,}', 'undefined']) {
      const err = errorOf(() => parseDataset(text));
      expect(err.code, JSON.stringify(text)).to.equal('not-json');
      expect(err.issues).to.have.length(1);
      expect(err.issues[0]!.path).to.equal('(root)');
      expect(err.message).to.match(/^\(root\): (empty text|not valid JSON)/);
    }
  });

  it('rejects a top-level array', () => {
    const err = errorOf(() => parseDataset('[1, 2]'));
    expect(err.code).to.equal('invalid');
    expect(err.message).to.equal('(root): expected an object');
  });

  it('rejects version 99', () => {
    const err = errorOf(() => parseDataset(JSON.stringify({ ...minimal(), version: 99 })));
    expect(err.code).to.equal('version');
    expect(err.message).to.equal('version: 99 is not supported (expected 1)');
  });

  it('is a DatasetError (an Error with a name)', () => {
    const err = errorOf(() => parseDataset('{'));
    expect(err).to.be.instanceOf(Error);
    expect(err.name).to.equal('DatasetError');
  });
});

describe('validateDataset: what the sources do not say', () => {
  it('accepts a dataset without regions, whose members then have none', () => {
    const input = minimal();
    delete input.regions;
    for (const member of input.members) delete member.region;
    const out = validateDataset(input);
    expect(out.regions).to.deep.equal([]);
    expect(Object.isFrozen(out.regions)).to.equal(true);
    expect(out.members.map((member) => member.region)).to.deep.equal([undefined, undefined, undefined]);
  });

  it('reports a region named by a member of a dataset without regions, and a missing one where there are regions', () => {
    const none = minimal();
    none.regions = [];
    none.members = [none.members[0]];
    expectOnly(none, 'members[0].region', 'unknown region "asia"');
    const some = minimal();
    delete some.members[1].region;
    expectOnly(some, 'members[1].region', 'required field is missing');
  });

  it('dates a total by a year or a labelled period, never both, never neither', () => {
    const period = minimal();
    delete period.totals[0].year;
    period.totals[0].period = { label: 'before the pandemic', labels: { fa: 'پیش از همه‌گیری' }, ourTranslations: ['en'], sortYear: 2019 };
    expect(validateDataset(period).totals![0]).to.deep.equal({
      metric: 'students',
      period: { label: 'before the pandemic', labels: { fa: 'پیش از همه‌گیری' }, ourTranslations: ['en'], sortYear: 2019 },
      value: 1000,
      qualifier: 'more-than',
      source: 'report',
    });

    const both = minimal();
    both.totals[0].period = { label: 'before the pandemic', sortYear: 2019 };
    expectOnly(both, 'totals[0].year', 'a total has a year or a period, not both');

    const neither = minimal();
    delete neither.totals[0].year;
    expectOnly(neither, 'totals[0].year', 'required field is missing (a year, or a period with a label)');

    const unlabelled = minimal();
    delete unlabelled.totals[0].year;
    unlabelled.totals[0].period = { sortYear: 2019 };
    expectOnly(unlabelled, 'totals[0].period.label', 'required field is missing');

    const unordered = minimal();
    delete unordered.totals[0].year;
    unordered.totals[0].period = { label: 'once' };
    expectOnly(unordered, 'totals[0].period.sortYear', 'required field is missing');
  });

  it('accepts at-least totals and totals of one region, and checks the region', () => {
    const input = minimal();
    input.totals.push({ metric: 'countries', region: 'asia', year: 2020, value: 2, qualifier: 'at-least', source: 'report' });
    expect(validateDataset(input).totals![1]).to.include({ region: 'asia', qualifier: 'at-least' });
    input.totals[1].region = 'europe';
    expectOnly(input, 'totals[1].region', 'unknown region "europe"');
  });

  it('checks the listing: relation, extent, basis, source and universities metric', () => {
    const input = minimal();
    input.listing = {
      relation: 'visitors',
      extent: 'examples',
      by: 'inference',
      source: 'report',
      universities: 'partial',
      universitiesMetric: 'universities',
    };
    expect(validateDataset(input).listing).to.deep.equal(input.listing);
    const cases: Array<[Json, string, string]> = [
      [{ relation: 'friends' }, 'listing.relation', '"friends" is not one of "members", "visitors", "partners"'],
      [{ extent: 'some' }, 'listing.extent', '"some" is not one of "complete", "partial", "examples"'],
      [{ by: 'guess' }, 'listing.by', '"guess" is not one of "source", "inference"'],
      [{ source: 'nope' }, 'listing.source', 'unknown source "nope"'],
      [{ universitiesMetric: 'nope' }, 'listing.universitiesMetric', 'unknown metric "nope"'],
    ];
    for (const [listing, path, message] of cases) expectOnly({ ...minimal(), listing }, path, message);
    expectOnly({ ...minimal(), listing: [] }, 'listing', 'expected an object, got array');
  });

  it('checks how regions were assigned', () => {
    const input = minimal();
    input.regionAssignment = { by: 'continents', source: 'report', note: 'Continents, assigned by us.', notes: { fa: 'قاره‌ها' } };
    expect(validateDataset(input).regionAssignment).to.deep.equal(input.regionAssignment);
    expectOnly({ ...minimal(), regionAssignment: { note: 'x' } }, 'regionAssignment.by', 'required field is missing');
    // Empty is not absent here: the assignment and its note would be dropped without a word.
    expectOnly({ ...minimal(), regionAssignment: { by: ' ', note: 'x' } }, 'regionAssignment.by', 'must not be empty');
    expectOnly(
      { ...minimal(), regionAssignment: { by: 'guess' } },
      'regionAssignment.by',
      '"guess" is not one of "source", "inference", "continents", "dataset"',
    );
    // Regions of the dataset's author's own choosing, not continents ("Gulf", "Central Asia").
    const own = { ...minimal(), regionAssignment: { by: 'dataset', note: 'We drew up the regions ourselves.' } };
    expect(validateDataset(own).regionAssignment).to.deep.equal(own.regionAssignment);
    expectOnly({ ...minimal(), regionAssignment: { by: 'inference', source: 'nope' } }, 'regionAssignment.source', 'unknown source "nope"');
    const none = { ...minimal(), regions: [], members: [], regionAssignment: { by: 'continents' } };
    expectOnly(none, 'regionAssignment', 'the dataset has no regions to assign');
  });

  it('keeps a member listed by inference (member.by), and rejects any other basis', () => {
    const input = minimal();
    input.members[0].by = 'inference';
    expect(validateDataset(input).members[0]!.by).to.equal('inference');
    const named = minimal();
    named.members[0].by = 'source';
    expect(validateDataset(named).members[0]!.by).to.equal('source');
    expect(validateDataset(minimal()).members[0]!).to.not.have.property('by');
    const guessed = minimal();
    guessed.members[0].by = 'guess';
    expectOnly(guessed, 'members[0].by', '"guess" is not one of "source", "inference"');
    const text = minimal();
    text.members[0].by = true;
    expectOnly(text, 'members[0].by', 'expected a string, got boolean');
  });

  it('keeps a country as the source writes it, and which names are our translations', () => {
    const input = minimal();
    input.members[0].asWritten = 'Pakestan';
    input.network.ourTranslations = ['fa', 'not a tag!', 'fa', 'ar'];
    input.regions[0].ourTranslations = ['en'];
    input.sources[0].publisher = 'Public Relations';
    input.sources[0].ourTranslations = ['en', 'en'];
    const out = validateDataset(input);
    expect(out.members[0]!.asWritten).to.equal('Pakestan');
    expect(out.network.ourTranslations).to.deep.equal(['fa', 'ar']);
    expect(out.regions[0]!.ourTranslations).to.deep.equal(['en']);
    // A source's: which of its publisher's names are ours.
    expect(out.sources[0]!.ourTranslations).to.deep.equal(['en']);
    expectOnly(
      { ...minimal(), network: { id: 'n', name: 'N', ourTranslations: 'fa' } },
      'network.ourTranslations',
      'expected an array of language tags, got string',
    );
  });
});
