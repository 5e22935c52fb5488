import { expect } from '@open-wc/testing';
import { toNetreachError } from '../../src/core/errors.js';
import { DatasetError, parseDataset } from '../../src/core/validate.js';
import { checkDataset, lineAndColumn, parsePath } from '../../src/import/check.js';

const VALID = {
  version: 1,
  network: { id: 'n', name: 'Network' },
  regions: [{ id: 'asia', name: 'Asia' }],
  metrics: [{ id: 'students', label: 'Students' }],
  members: [{ country: 'IRN', region: 'asia', values: { students: 5 } }],
  sources: [],
};

/** The dataset as an editor shows it: two-space indentation, one key per line. */
const pretty = (data: unknown) => JSON.stringify(data, null, 2);

describe('checkDataset', () => {
  it('finds nothing wrong with a valid dataset', () => {
    expect(checkDataset(pretty(VALID))).to.deep.equal([]);
    expect(checkDataset(`\ufeff${pretty(VALID)}`)).to.deep.equal([]);
  });

  it('names every problem with its JSON path, line and column', () => {
    const data = structuredClone(VALID) as Record<string, unknown>;
    data.members = [
      { country: 'IRN', region: 'asia', values: { students: 5 } },
      { country: 'XYZ', region: 'europe', values: { students: -1 } },
      { country: 'IRN', region: 'asia' },
    ];
    const text = pretty(data);
    const lines = text.split('\n');
    const at = (needle: string, nth = 0) => {
      let line = -1;
      for (let seen = -1; seen < nth; seen++) line = lines.findIndex((entry, index) => index > line && entry.includes(needle));
      return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
    };
    expect(checkDataset(text)).to.deep.equal([
      { path: 'members[1].country', message: '"XYZ" is not an ISO 3166-1 alpha-3 code', code: 'invalid', ...at('"XYZ"') },
      { path: 'members[1].region', message: 'unknown region "europe"', code: 'invalid', ...at('"europe"') },
      { path: 'members[1].values.students', message: '-1 is negative', code: 'invalid', ...at('-1') },
      { path: 'members[2].country', message: '"IRN" is listed twice', code: 'invalid', ...at('"IRN"', 1) },
    ]);
  });

  it('gives the same messages as the widgets’ error state, and all of them, past the first fifty', () => {
    const data = structuredClone(VALID) as Record<string, unknown>;
    data.members = Array.from({ length: 60 }, () => ({ country: 'XYZ', region: 'asia' }));
    const text = pretty(data);
    const problems = checkDataset(text);
    expect(problems).to.have.length(60);
    let widgetMessage = '';
    try {
      parseDataset(text);
    } catch (error) {
      expect(error).to.be.instanceOf(DatasetError);
      widgetMessage = toNetreachError(error).message;
    }
    expect(widgetMessage).to.equal(`The data is not valid: ${problems[0]!.path}: ${problems[0]!.message} (and 59 more problems)`);
  });

  it('says of Kosovo’s codes and names what the importer says: no ISO code, no shape on the map', () => {
    const data = structuredClone(VALID) as Record<string, unknown>;
    data.members = [
      { country: 'XKX', region: 'asia' },
      { country: 'XK', region: 'asia' },
      { country: 'Kosovo', region: 'asia' },
      { country: 'XYZ', region: 'asia' },
    ];
    const kosovo = (code: string) =>
      `"${code}" is Kosovo, which has no ISO 3166-1 code (XK is only user-assigned): datasets take ISO countries only, and the map has no shape for it; leave it out`;
    expect(checkDataset(pretty(data)).map((problem) => problem.message)).to.deep.equal([
      kosovo('XKX'),
      kosovo('XK'),
      kosovo('Kosovo'),
      '"XYZ" is not an ISO 3166-1 alpha-3 code',
    ]);
  });

  it('points a missing field at the object that lacks it', () => {
    const text = '{\n  "version": 1,\n  "network": { "id": "n" },\n  "regions": [],\n  "members": [],\n  "sources": []\n}';
    expect(checkDataset(text)).to.deep.equal([
      { path: 'network.name', message: 'required field is missing', code: 'invalid', line: 3, column: 14 },
    ]);
    expect(checkDataset('{\n  "version": 2\n}')).to.deep.equal([
      { path: 'version', message: '2 is not supported (expected 1)', code: 'version', line: 2, column: 14 },
    ]);
  });

  it('locates a JSON syntax error', () => {
    const [problem, ...rest] = checkDataset('{\n  "version": 1,\n  "network": { "id": "n", }\n}');
    expect(rest).to.deep.equal([]);
    expect(problem).to.include({ path: '(root)', code: 'not-json', line: 3, column: 27 });
    expect(problem!.message).to.match(/^not valid JSON \(/);
    expect(checkDataset('')).to.deep.equal([
      { path: '(root)', message: 'empty text (expected JSON)', code: 'not-json', line: 1, column: 1 },
    ]);
  });

  it('reads the paths validation writes', () => {
    expect(parsePath('(root)')).to.deep.equal([]);
    expect(parsePath('members[4].values.virtual-students')).to.deep.equal(['members', 4, 'values', 'virtual-students']);
    expect(parsePath('members[0].values["odd key"]')).to.deep.equal(['members', 0, 'values', 'odd key']);
    expect(parsePath('network.names.fa')).to.deep.equal(['network', 'names', 'fa']);
    expect(lineAndColumn('ab\ncd\nef', 4)).to.deep.equal({ line: 2, column: 2 });
    expect(lineAndColumn('ab', 0)).to.deep.equal({ line: 1, column: 1 });
  });
});
