// `npm test`: type-check, lint, build + size budgets, Node's tests (the command line, the npm package as a website
// installs it, the demo's links), then unit and browser tests in headless Chromium.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureChrome } from './chrome.mjs';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const step = (title, command, args) => {
  console.log(`\n── ${title}`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
};

try {
  const chrome = ensureChrome();
  console.log(`Chromium: ${chrome}`);
  step('generate', 'node', ['scripts/generate.mjs']);
  step('type-check', bin('tsc'), ['-p', '.']);
  step('lint', bin('eslint'), ['.']);
  step('format', bin('prettier'), ['--check', '--log-level=warn', '.']);
  step('build', 'node', ['scripts/build.mjs']);
  step('size', 'node', ['scripts/size.mjs']);
  step('command line, npm package, demo links and the data model (Node)', 'node', [
    '--test',
    'test/cli/',
    'test/package/',
    'test/demo/',
    'test/model/',
  ]);
  step('unit and browser tests (Chromium)', bin('web-test-runner'), process.argv.slice(2));
} catch (error) {
  if (error.status === undefined) console.error(error.message);
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
