// A server's build (Astro, Eleventy, Next.js, SvelteKit) imports the package in Node, where there is no DOM: every
// entry of "exports", the browser bundles included, must import there without throwing or writing to stderr, and
// without putting a document or a window on the server. Each import runs in a child process of its own, as a
// server's would (an element registered by one import would hide another's failure), from the built package
// (lib/, dist/), named as an app names it: Node resolves a package's own name from inside it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Every module entry, the classic script included (JSON files and `data/*` are not modules). */
const ENTRIES = Object.keys(pkg.exports)
  .filter((key) => !/\.json$|\*/.test(key))
  .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

/** The globals Lit's Node build sets up (its DOM shim's registry, its version lists): no document, no window. */
const LIT_GLOBALS = [
  'customElements',
  'litServerRoot',
  'litPropertyMetadata',
  'reactiveElementVersions',
  'litHtmlVersions',
  'litElementVersions',
];

/** Runs `code` as an ES module in a child Node, in the package's folder; its exit code and output. */
function node(code) {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

test('every entry of "exports" imports in Node without throwing, writing to stderr or adding a DOM', () => {
  assert.ok(ENTRIES.includes(`${pkg.name}/netreach.js`) && ENTRIES.includes(`${pkg.name}/netreach.iife.js`));
  assert.ok(ENTRIES.length >= 16, `${ENTRIES.length} entries`);
  for (const entry of ENTRIES) {
    const { status, stdout, stderr } = node(
      [
        'const before = new Set(Object.getOwnPropertyNames(globalThis));',
        `await import(${JSON.stringify(entry)});`,
        'console.log(JSON.stringify(Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name))));',
      ].join('\n'),
    );
    // What was thrown, not the minified bundle's line Node prints above it.
    const thrown = stderr.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? stderr.slice(-300);
    assert.equal(stderr, '', `${entry} wrote to stderr: ${thrown}`);
    assert.equal(status, 0, `${entry} exited with ${status}`);
    const added = JSON.parse(stdout);
    assert.deepEqual(
      added.filter((name) => !LIT_GLOBALS.includes(name)),
      [],
      `${entry} added globals of its own`,
    );
  }
});

test('in Node the bundles are lib/index.js (Lit’s Node build); browsers and bundlers for them keep dist/', () => {
  for (const [entry, file] of [
    ['./netreach.js', './dist/netreach.js'],
    ['./netreach.iife.js', './dist/netreach.iife.js'],
  ]) {
    // Conditions are tried in order: "node" after "default" would never be reached.
    assert.deepEqual(Object.keys(pkg.exports[entry]), ['types', 'node', 'default'], entry);
    assert.equal(pkg.exports[entry].node, './lib/index.js', entry);
    assert.equal(pkg.exports[entry].default, file, entry);
  }
});

test('on a server, netreach/netreach.js validates a dataset and netreach/static draws it as SVG', () => {
  const { status, stdout, stderr } = node(
    [
      "import { readFileSync } from 'node:fs';",
      `const bundle = await import('${pkg.name}/netreach.js');`,
      `const { renderSvg } = await import('${pkg.name}/static');`,
      "const cinvu = JSON.parse(readFileSync('data/cinvu.json', 'utf8'));",
      'const { validateDataset } = await bundle.loadValidator();',
      "const svg = await renderSvg('map', cinvu, { width: 960, height: 540 });",
      'console.log(JSON.stringify({ members: validateDataset(cinvu).members.length, expected: cinvu.members.length, svg }));',
    ].join('\n'),
  );
  assert.equal(stderr, '');
  assert.equal(status, 0);
  const { members, expected, svg } = JSON.parse(stdout);
  assert.ok(expected > 0);
  assert.equal(members, expected);
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="960" height="540"/);
  assert.match(svg, /<\/svg>\s*$/);
  assert.ok((svg.match(/<path/g) ?? []).length > 1, 'the map has no shapes');
});

test("the classic script, imported in Node, registers the elements in Lit's registry, left to the browser to draw", () => {
  const { status, stdout, stderr } = node(
    [
      `await import('${pkg.name}/netreach.iife.js');`,
      "const tags = ['netreach-map', 'netreach-bars', 'netreach-stat', 'netreach-regions', 'netreach-trend', 'netreach-table', 'netreach-dashboard', 'netreach-data'];",
      // Unmarked (`_$litElement$` false), @lit-labs/ssr writes the tag and its attributes and renders nothing inside.
      'console.log(JSON.stringify(tags.map((tag) => [tag, typeof customElements.get(tag), customElements.get(tag)?._$litElement$])));',
    ].join('\n'),
  );
  assert.equal(stderr, '');
  assert.equal(status, 0);
  for (const [tag, type, litElement] of JSON.parse(stdout)) {
    assert.equal(type, 'function', `${tag} is not registered`);
    assert.equal(litElement, false, `${tag} would be rendered by @lit-labs/ssr`);
  }
});
