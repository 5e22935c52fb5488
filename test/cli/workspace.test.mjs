// The repository's own install: after `npm ci`, `npx netreach` is netreach-cli's command (an npm workspace in
// packages/cli), drawing with this repository's built lib/.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'netreach-npx-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('npx netreach runs packages/cli/bin/netreach.mjs and renders', async () => {
  assert.equal(realpathSync(join(root, 'node_modules/.bin/netreach')), join(root, 'packages/cli/bin/netreach.mjs'));
  const out = join(dir, 'stat.svg');
  await promisify(execFile)('npx', ['--no', 'netreach', 'render', 'stat', '--out', out], { cwd: root });
  assert.match(readFileSync(out, 'utf8'), /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
});
