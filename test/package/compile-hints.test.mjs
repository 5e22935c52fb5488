// V8's explicit compile hint (scripts/build.mjs, CALLED_ON_LOAD): the lazy chunks whose code a widget runs as it
// draws start with it, so that the browser compiles them while it streams them in, off the main thread; netreach.js
// and the chunks a page may never run (the menu's, the languages', the data) do not; and the source maps still
// point at the code's sources after the line the hint adds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SourceMapConsumer } from 'source-map-js';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const HINT = '//# allFunctionsCalledOnLoad\n';
const chunks = readdirSync(join(dist, 'chunks')).filter((name) => name.endsWith('.js'));
const DRAWN = ['map.chunk', 'trend.chunk', 'stat.chunk', 'regions.chunk', 'table.chunk', 'dashboard.chunk', 'validate'];
const nameOf = (file) => file.replace(/-[\w-]{8}\.js$/, '');

test('the chunks a widget runs as it draws start with the compile hint; nothing else has it', () => {
  for (const name of DRAWN)
    assert.ok(
      chunks.some((file) => nameOf(file) === name),
      `no chunk ${name}`,
    );
  for (const file of chunks) {
    const code = readFileSync(join(dist, 'chunks', file), 'utf8');
    assert.equal(code.startsWith(HINT), DRAWN.includes(nameOf(file)), file);
    assert.equal(code.indexOf('allFunctionsCalledOnLoad', HINT.length) === -1, true, `${file}: one hint, at the top`);
  }
  for (const file of ['netreach.js', 'netreach.iife.js']) {
    assert.ok(!readFileSync(join(dist, file), 'utf8').includes('allFunctionsCalledOnLoad'), file);
  }
});

test('their source maps count the hint’s line', () => {
  const file = chunks.find((each) => nameOf(each) === 'map.chunk');
  const lines = readFileSync(join(dist, 'chunks', file), 'utf8').split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(dist, 'chunks', `${file}.map`), 'utf8')));
  // The formula projection's call of Object.setPrototypeOf, on the code's first line after the hint.
  const column = lines[1].indexOf('setPrototypeOf');
  assert.ok(column > 0, 'setPrototypeOf in the map chunk');
  const position = map.originalPositionFor({ line: 2, column });
  assert.match(position.source ?? '', /src\/geo\/projection\.ts$/);
  const source = readFileSync(join(import.meta.dirname, '..', '..', 'src/geo/projection.ts'), 'utf8').split('\n');
  assert.match(source[position.line - 1] ?? '', /setPrototypeOf/);
});
