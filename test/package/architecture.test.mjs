// Issue 12: "docs/ARCHITECTURE.md describes the tree as it is". Every path under src/ the page names exists, every
// folder of src/ is described, and every module of src/ is named, by its name or by a pattern the page gives for
// a widget's folder (`<widget>.scene.ts`, `define.ts`…) or for the core's models (`*-model.ts`).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');
const page = readFileSync(join(root, 'docs/ARCHITECTURE.md'), 'utf8');
/** What the page writes in backticks. */
const named = new Set([...page.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]));
/** The widgets' folders, which the page describes once as `src/<widget>/`. */
const WIDGETS = ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard'];
/** The modules of a widget's folder the page names by pattern. */
const WIDGET_FILES = ['', '.styles', '.drawn.styles', '.view', '.chunk', '.code', '.options', '.scene', '.named'];

function sources(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'generated') continue; // written by `npm run generate`, gitignored: described as a folder
    if (statSync(path).isDirectory()) sources(path, out);
    else out.push(relative(root, path));
  }
  return out;
}
const files = sources(join(root, 'src'));

describe('docs/ARCHITECTURE.md', () => {
  it('names only paths under src/ that exist', () => {
    const paths = [...named].filter((text) => /^src\/[\w./-]+$/.test(text));
    assert.ok(paths.length > 20, `${paths.length} paths`);
    assert.deepEqual(
      paths.filter((path) => !existsSync(join(root, path))),
      [],
    );
  });

  it('describes every folder of src/', () => {
    const folders = [...new Set(files.map((file) => dirname(file)))].filter((folder) => folder !== 'src');
    const described = (folder) =>
      named.has(`${folder}/`) ||
      WIDGETS.includes(basename(folder)) ||
      // src/core/i18n/ and src/core/en/: described in the core's row by their own name
      named.has(`${basename(folder)}/`) ||
      named.has(`${basename(folder)}/*.ts`);
    assert.deepEqual(
      folders.filter((folder) => !described(folder)),
      [],
    );
  });

  it('names every module of src/', () => {
    const isNamed = (file) => {
      const name = basename(file);
      const folder = basename(dirname(file));
      if (named.has(name) || named.has(file)) return true;
      if (['i18n', 'en'].includes(folder)) return true; // one module per language, one per lazy code's English
      if (/-model\.ts$/.test(name) && folder === 'core') return named.has('*-model.ts');
      if (WIDGETS.includes(folder) || folder === 'data-provider') {
        if (name === 'define.ts') return named.has('define.ts');
        if (folder === 'data-provider') return named.has('<netreach-data>');
        return WIDGET_FILES.some((suffix) => name === `${folder}${suffix}.ts` && named.has(`<widget>${suffix}.ts`));
      }
      return false;
    };
    assert.deepEqual(
      files.filter((file) => !isNamed(file)),
      [],
    );
  });
});
