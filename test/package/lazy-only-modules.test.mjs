// What only lazy chunks use stays out of dist/netreach.js, which every page loads (scripts/build.mjs: lazyOwned,
// COPY_INTO_CHUNKS): d3-array's modules that only the map's chunk uses are in that chunk, and the modules copied
// into the lazy chunks that import them are in each of those chunks and not up front. Read from the source maps
// the build writes beside each file (the sources of its code), whatever the build recorded in .cache/.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const nameOf = (file) => file.replace(/-[\w-]{8}\.js$/, '');
/** The source files a file of dist/ holds code of, as paths from node_modules/ or from the repository's src/. */
function sourcesOf(file) {
  const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8'));
  // From the first node_modules/ or src/ of the path: a package's own src/ (d3-array/src/) is not the repository's.
  return map.sources.map((source) => source.replace(/^.*?\b(?=node_modules\/|src\/)/, ''));
}
const chunks = new Map(
  readdirSync(join(dist, 'chunks'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => [nameOf(file), sourcesOf(`chunks/${file}`)]),
);
const upFront = sourcesOf('netreach.js');

/** Each module only lazy chunks use, and the chunks that hold it (each its own copy when more than one). */
const LAZY_ONLY = [
  ['node_modules/d3-array/src/merge.js', ['map.chunk']],
  ['node_modules/d3-array/src/fsum.js', ['map.chunk']],
  ['node_modules/d3-array/src/quantile.js', ['map.chunk']],
  ['src/core/shape.ts', ['trend.chunk', 'stat.chunk', 'regions.chunk']],
  ['src/base/page-background.ts', ['trend.chunk', 'table.chunk']],
  // A fetched dataset's body, read once the validator's chunk is here (fetchDataset() waits for it anyway).
  ['src/core/read-capped.ts', ['validate']],
  // A fetched dataset's load after its request (s41-8): the shared requests, their deadline, the response's checks
  // and errors; up front only the request's start (load-start.ts), which this chunk takes over.
  ['src/core/load.ts', ['validate']],
  // Percentages (s41-3): only the regions', the table's and View data's code write shares, and a growth's change
  // only growth.ts, which the KPI tile's, the trend's and the on-demand chunks copy.
  ['src/core/percent.ts', ['regions.chunk', 'table.chunk', 'stat.chunk', 'trend.chunk', 'on-demand']],
];

test('netreach.js holds none of the modules only lazy chunks use', () => {
  assert.ok(upFront.includes('src/core/i18n.ts'), `netreach.js's sources read: ${upFront.slice(0, 5).join(', ')}`);
  // d3-array is up front all the same, for what the scales use of it.
  assert.ok(upFront.includes('node_modules/d3-array/src/ticks.js'), 'd3-array ticks up front');
  for (const [module] of LAZY_ONLY) assert.ok(!upFront.includes(module), `${module} in netreach.js`);
  assert.deepEqual(
    upFront.filter((source) => /\.copy\./.test(source)),
    [],
    'a copy in netreach.js',
  );
});

test('each lazy chunk that uses one holds it', () => {
  for (const [module, holders] of LAZY_ONLY) {
    for (const name of holders) {
      assert.ok(chunks.has(name), `no chunk ${name}`);
      assert.ok(chunks.get(name).includes(module), `${module} not in ${name}`);
    }
    const others = [...chunks].filter(([name, sources]) => !holders.includes(name) && sources.includes(module));
    assert.deepEqual(
      others.map(([name]) => name),
      [],
      `${module} in other chunks`,
    );
  }
});

test('a chunk holds one copy of a copied module, however many of its modules import it', () => {
  // The map's chunk imports src/core/en/overlap.ts from overlap.ts, the map's view and its scene: one copy
  // (scripts/build.mjs names a copy by its importer's chunk, chunkOf), not three.
  const copied = [
    'src/core/overlap.ts',
    'src/core/en/overlap.ts',
    'src/core/shape.ts',
    'src/base/page-background.ts',
    'src/base/source-meta.ts',
    'src/core/percent.ts',
  ];
  for (const [name, sources] of chunks)
    for (const module of copied)
      assert.ok(sources.filter((source) => source === module).length <= 1, `${module} more than once in ${name}`);
  assert.ok(chunks.get('map.chunk').includes('src/core/en/overlap.ts'), 'en/overlap.ts not in the map chunk');
  assert.ok(chunks.get('table.chunk').includes('src/core/en/overlap.ts'), 'en/overlap.ts not in the table chunk');
});

test('netreach.js writes no country name of its own and leaves a fetched file, once requested, to the validator', () => {
  const code = readFileSync(join(dist, 'netreach.js'), 'utf8');
  // en-001's names are en's with three edits (locale.ts, WORLD), not nine names up front; en's come with the chunks.
  for (const name of ['St Lucia', 'St. Lucia', 'US Virgin Islands', 'St Vincent & the Grenadines'])
    assert.ok(!code.includes(name), `"${name}" in netreach.js`);
  // netreach.js starts a fetched file's request and hands it to the validator's chunk (s41-8: load-start.ts), which
  // reads the body and parses it (readDataset()): netreach.js neither reads nor parses a body itself.
  assert.ok(code.includes('.requestDataset('), 'netreach.js does not hand a fetched file to the validator');
  assert.ok(!code.includes('.readDataset('), 'netreach.js asks for a fetched body to be read itself');
  assert.ok(!code.includes('.readCapped('), 'netreach.js reads a body itself, then parses it');
});

test('what only a growth and a share write is not in netreach.js: percentages, a headline’s qualified figure, rounding (s41-3)', () => {
  const code = readFileSync(join(dist, 'netreach.js'), 'utf8');
  // The cache keys of a growth's and a share's formatters (percent.ts), and formatQualifiedCompact()'s "~" before a
  // figure about so much and roundSignificant()'s directions (growth.ts): code only lazy chunks run.
  for (const text of ['percent change', '`percent ${', '`~${', '`nearest`']) assert.ok(!code.includes(text), `${text} in netreach.js`);
  // The headline's figure is the KPI tile's and the trend's (spokenFigure()); About's growths only round and write the change.
  const IN = {
    'stat.chunk': ['percent change', '`~${', '`nearest`'],
    'trend.chunk': ['percent change', '`~${', '`nearest`'],
    'on-demand': ['percent change', '`nearest`'],
  };
  for (const [name, texts] of Object.entries(IN)) {
    const file = readdirSync(join(dist, 'chunks')).find((each) => each.startsWith(`${name}-`) && each.endsWith('.js'));
    const chunk = readFileSync(join(dist, 'chunks', file), 'utf8');
    for (const text of texts) assert.ok(chunk.includes(text), `${text} not in ${name}`);
  }
});

test('what only an open menu does is not in netreach.js: the item an opening focuses, a full screen widget’s styles (s41-10)', () => {
  const code = readFileSync(join(dist, 'netreach.js'), 'utf8');
  const file = readdirSync(join(dist, 'chunks')).find((each) => each.startsWith('on-demand-') && each.endsWith('.js'));
  const chunk = readFileSync(join(dist, 'chunks', file), 'utf8');
  // The items' query that moves focus to the first or last item (menu-popup.ts, MenuController's focusItem), and the
  // `:host(:fullscreen)` rules (on-demand.styles.ts): the menu's opening loads the chunk and adopts its styles.
  for (const text of ['[part~="menu"] button', ':host(:fullscreen']) {
    assert.ok(!code.includes(text), `${text} in netreach.js`);
    assert.ok(chunk.includes(text), `${text} not in the on-demand chunk`);
  }
});
