// English strings that only lazy code uses live in that code (src/core/en/*.ts), which adds them to English as
// it loads (addEnglish). A module that asks for one must import the file that has it, or an English page would show
// the key: checked here for every module of src/, as text (a key written as a quoted literal).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const english = join(root, 'src/core/en');
const LATER = readdirSync(english).filter((file) => file.endsWith('.ts') && file !== 'all.ts');

/** The keys a catalog's object literal declares (two spaces in, a name, a colon). */
const keysOf = (text) => [...text.matchAll(/^ {2}(\w+): /gm)].map((match) => match[1]);

function sources(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (path.endsWith('.ts')) out.push(path);
  }
  return out;
}

const later = new Map(
  LATER.flatMap((file) => keysOf(readFileSync(join(english, file), 'utf8')).map((key) => [key, file.replace(/\.ts$/, '.js')])),
);
const upFront = keysOf(readFileSync(join(root, 'src/core/i18n.ts'), 'utf8').split('const en = {')[1].split('\n}')[0]);

describe('English strings of lazy code', () => {
  it('are each declared once, up front or in one chunk’s file, and all of them in all.ts', () => {
    assert.ok(later.size > 40, `${later.size} later strings`);
    for (const key of later.keys()) assert.ok(!upFront.includes(key), `${key} is up front and later`);
    const all = readFileSync(join(english, 'all.ts'), 'utf8');
    for (const file of LATER) assert.ok(all.includes(`'./${file.replace(/\.ts$/, '.js')}'`), `all.ts does not import ${file}`);
  });

  it('are imported by every module that asks for them', () => {
    const missing = [];
    let asked = 0;
    for (const path of sources(join(root, 'src'))) {
      if (path.startsWith(english) || path.endsWith('core/i18n.ts')) continue;
      const text = readFileSync(path, 'utf8');
      for (const [key, file] of later) {
        if (!new RegExp(`['"\`]${key}['"\`]`).test(text)) continue;
        asked++;
        if (!new RegExp(`import '[./]*(core/)?en/${file.replace('.', '\\.')}'`).test(text))
          missing.push(`${relative(root, path)}: ${key} (${file})`);
      }
    }
    assert.ok(asked > 40, `${asked} uses found`);
    assert.deepEqual(missing, []);
  });
});
