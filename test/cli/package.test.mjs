// The npm entry points: every "exports" target exists after the build, and the per-widget modules load in
// Node far enough to declare their types (they register elements only where customElements exists).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

test('every exports target exists after the build', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) {
      if (path.includes('*')) continue;
      assert.ok(existsSync(join(root, path)), `${entry} → ${path} is missing`);
    }
  }
});

test('the manifest lists every element with its tag', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .map((declaration) => declaration.tagName)
    .filter(Boolean);
  for (const tag of [
    'netreach-stat',
    'netreach-map',
    'netreach-bars',
    'netreach-regions',
    'netreach-trend',
    'netreach-table',
    'netreach-dashboard',
    'netreach-data',
  ]) {
    assert.ok(tags.includes(tag), `${tag} is not in custom-elements.json`);
  }
});

test('the pure core loads in Node and validates the bundled dataset', async () => {
  const core = await import(join(root, 'lib/core/index.js'));
  const cinvu = JSON.parse(readFileSync(join(root, 'data/cinvu.json'), 'utf8'));
  assert.equal(core.validateDataset(cinvu).members.length, 57);
});
