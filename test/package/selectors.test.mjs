// The widgets' stylesheets end no selector in :is() or :where() of several selectors, or in a child's `*`. The browser files a rule under
// the id, class, attribute or tag its selector ends with and tries it only on elements that have it; a selector
// ending in :is(.a, .b) is tried on every element of the shadow root, at every style recalculation (a page of 100
// maps holds 11,800 elements; a table of 2,000 rows, tens of thousands of cells). A selector list says the same.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = join(import.meta.dirname, '..', '..');

/** Every file under src/ with a css`` template (the widgets' stylesheets). */
function stylesheetFiles(dir = join(root, 'src')) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheetFiles(path);
    return entry.name.endsWith('.ts') && readFileSync(path, 'utf8').includes('css`') ? [path] : [];
  });
}

/** The css`` templates of `source`, expressions (`${…}`) left out. */
const templates = (source) => [...source.matchAll(/css`((?:\\[^]|[^`\\])*)`/g)].map(([, text]) => text.replace(/\$\{[^}]*\}/g, ''));

/**
 * Selectors whose last compound is :is() or :where() with a comma among its arguments, or a child's `*`
 * (`tr > *`): filed under no class, id, attribute or tag.
 */
function unfiledSelectors(text) {
  const withoutComments = text.replace(/\/\*[^]*?\*\//g, '');
  const several = /[^{};,]*:(?:is|where)\([^()]*,[^()]*\)(?::not\([^()]*\)|[^\s,{>+~()])*\s*(?=[{,])/g;
  const anyChild = /[^{};,]*>\s*\*\s*(?=[{,])/g;
  return [...withoutComments.matchAll(several), ...withoutComments.matchAll(anyChild)].map(([match]) => match.trim());
}

describe('stylesheets', () => {
  it('finds the stylesheets and what it looks for', () => {
    const files = stylesheetFiles();
    assert.ok(files.length >= 10, `stylesheets found: ${files.length}`);
    assert.deepEqual(unfiledSelectors('.enter :is(.r2, .c2) { x: y }'), ['.enter :is(.r2, .c2)']);
    assert.deepEqual(unfiledSelectors('a,\n.enter :where(.cell, .slice),\nb { x: y }'), ['.enter :where(.cell, .slice)']);
    assert.deepEqual(unfiledSelectors('tbody :is(th, td):not(.num) { x: y }'), ['tbody :is(th, td):not(.num)']);
    assert.deepEqual(unfiledSelectors('tr[aria-current] > * { x: y } .grid > * > *::part(badge) { x: y }'), ['tr[aria-current] > *']);
    assert.deepEqual(unfiledSelectors(':is(tbody, tfoot) .num { x: y } .enter :where(.wave) { x: y }'), []);
  });

  it('end no selector in :is() or :where() of several selectors, or in a child’s *', () => {
    const found = stylesheetFiles().flatMap((path) =>
      templates(readFileSync(path, 'utf8')).flatMap((text) =>
        unfiledSelectors(text).map((selector) => `${relative(root, path)}: ${selector}`),
      ),
    );
    assert.deepEqual(found, []);
  });
});
