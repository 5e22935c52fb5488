// Node versions: what package.json promises is what the installed packages accept, so `npm ci` prints no
// EBADENGINE warning on any Node version the repository says it supports.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import semver from 'semver';
import { dependencyClosure } from './lockfile.mjs';

const root = join(import.meta.dirname, '..', '..');
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const pkg = read('package.json');
const cli = read('packages/cli/package.json');
const lock = read('package-lock.json');

/** Lockfile entries whose engines.node does not accept every version of `range`. */
function narrower(entries, range) {
  return entries
    .filter(([, entry]) => typeof entry.engines?.node === 'string' && !semver.subset(range, entry.engines.node))
    .map(([location, entry]) => `${location}@${entry.version}: node ${entry.engines.node}`);
}

test('every package npm ci installs here runs on every Node version devEngines allows', () => {
  const range = pkg.devEngines.runtime.version;
  assert.ok(semver.satisfies(process.version, range), `this Node (${process.version}) is outside devEngines (${range})`);
  // npm skips an optional package its Node cannot run, silently (rollup's optional lzma binding wants Node 22).
  const installed = Object.entries(lock.packages).filter(([location, entry]) => location && !entry.optional);
  assert.deepEqual(narrower(installed, range), []);
});

test("netreach-cli's dependencies run on every Node version its engines allow", () => {
  const needed = dependencyClosure(lock, 'packages/cli', Object.keys(cli.dependencies));
  assert.deepEqual(
    narrower(
      [...needed].filter(([, entry]) => !entry.optional),
      cli.engines.node,
    ),
    [],
  );
});

test('the web components declare no Node version: browsers need none', () => {
  assert.equal(pkg.engines, undefined);
});
