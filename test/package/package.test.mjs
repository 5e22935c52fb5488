// The web components' npm package: every "exports" target exists after the build, the per-widget modules load
// in Node far enough to declare their types (they register elements only where customElements exists), and the
// package depends on exactly what its modules import — the command line and its rasterizer live in netreach-cli.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const cli = JSON.parse(readFileSync(join(root, 'packages/cli/package.json'), 'utf8'));

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

test('netreach/options loads in Node: every widget’s options, as the command line reads them', async () => {
  const registry = await import(join(root, 'lib/widget-options.js'));
  assert.deepEqual(registry.WIDGETS, ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard']);
  assert.equal(registry.optionSpec(registry.widgetOptions('netreach-bars'), 'group-by').property, 'groupBy');
  assert.equal(pkg.exports['./options'].default, './lib/widget-options.js');
});

/** The package a bare specifier names: `lit/decorators.js` → `lit`, `@scope/name/x` → `@scope/name`. */
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Where the typings of `name` come from: the package itself if it ships them, else DefinitelyTyped's `@types/…`. */
function typingsOf(name) {
  const path = join(root, 'node_modules', name, 'package.json');
  const manifest = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  return manifest.types || manifest.typings ? name : `@types/${name.replace(/^@(.*)\//, '$1__')}`;
}

test('depends on exactly the packages lib/ imports (and the typings its .d.ts files name), and on nothing of Node', () => {
  const files = readdirSync(join(root, 'lib'), { recursive: true }).filter((name) => name.endsWith('.js') || name.endsWith('.d.ts'));
  const imported = new Set();
  const internal = new Set();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, 'lib', file), 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (fileName.startsWith('#')) internal.add(fileName.replace(/\/.*$/, '/*'));
      else if (fileName.startsWith('.')) continue;
      // A TypeScript user's compiler reads the typings without skipLibCheck too: what they import is installed.
      else if (file.endsWith('.d.ts')) imported.add(typingsOf(packageOf(fileName)));
      else imported.add(packageOf(fileName));
    }
  }
  assert.deepEqual([...imported].sort(), Object.keys(pkg.dependencies).sort());
  // `#lit/…` is the package's own copy of Lit (package.json "imports"), not a dependency.
  assert.deepEqual([...internal].sort(), Object.keys(pkg.imports).sort());
});

test('brings its own copy of Lit, d3-dsv, jsonc-parser and topojson-client in lib/vendor/, which imports no package by name', () => {
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'd3-dsv', 'jsonc-parser', 'topojson-client']) {
    assert.equal(pkg.dependencies[name], undefined, `${name} is installed whole with netreach (lib/vendor/ has what it runs)`);
  }
  const vendor = join(root, 'lib/vendor');
  const files = readdirSync(vendor, { recursive: true }).filter((name) => /\.(js|d\.ts)$/.test(name));
  assert.ok(files.length > 20, `lib/vendor/ holds ${files.length} modules`);
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(vendor, file), 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      assert.ok(fileName.startsWith('.'), `lib/vendor/${file} imports ${fileName} by name`);
      assert.ok(
        existsSync(
          join(vendor, file, '..', fileName.endsWith('.js') && file.endsWith('.d.ts') ? fileName.replace(/\.js$/, '.d.ts') : fileName),
        ) || existsSync(join(vendor, file, '..', fileName)),
        `lib/vendor/${file} imports ${fileName}, which is missing`,
      );
    }
  }
  // Lit's licence travels with its code.
  for (const tree of ['browser', 'node'])
    assert.ok(existsSync(join(vendor, tree, 'lit-html/LICENSE')), `lib/vendor/${tree}/lit-html has no licence`);
  // Trusted Types: the copy names its policy "netreach", as the bundles' copy does (README "Security promise").
  const litHtml = readFileSync(join(vendor, 'browser/lit-html/lit-html.js'), 'utf8');
  assert.ok(litHtml.includes('createPolicy("netreach"') && !litHtml.includes('createPolicy("lit-html"'));
});

test('an element module loads in Node (server-side rendering) through Lit’s Node build', async () => {
  const { NetreachMap } = await import(join(root, 'lib/map/define.js'));
  assert.equal(typeof NetreachMap, 'function');
  assert.equal(typeof NetreachMap.prototype.requestUpdate, 'function', 'NetreachMap is not a Lit element');
  // Lit's Node build extends its own DOM shim: the browser build would have thrown "HTMLElement is not defined".
  assert.equal(globalThis.HTMLElement, undefined);
});

test('declares no command: the netreach command is netreach-cli, which depends on this very version', () => {
  assert.equal(pkg.bin, undefined);
  assert.deepEqual(cli.bin, { netreach: 'bin/netreach.mjs' });
  assert.equal(cli.dependencies[pkg.name], `^${pkg.version}`);
  for (const heavy of [
    '@resvg/resvg-js',
    'harfbuzzjs',
    'vazirmatn',
    '@expo-google-fonts/noto-nastaliq-urdu',
    '@expo-google-fonts/noto-sans-bengali',
    '@expo-google-fonts/noto-sans',
  ]) {
    assert.ok(cli.dependencies[heavy], `netreach-cli lacks ${heavy}`);
    assert.equal(pkg.dependencies[heavy], undefined, `netreach itself depends on ${heavy}`);
  }
  // The Chinese font is 92 MB: an optional peer of the CLI (installed by those who draw Chinese; the repository's
  // development install has it for the tests), never a dependency of either package.
  const cjk = '@expo-google-fonts/noto-sans-sc';
  assert.equal(cli.dependencies[cjk], undefined);
  assert.ok(cli.peerDependencies?.[cjk] && cli.peerDependenciesMeta?.[cjk]?.optional, `${cjk} is not an optional peer of netreach-cli`);
  assert.equal(pkg.dependencies[cjk], undefined);
});

test('custom-elements.json names every part the templates write and every --netreach-* property the styles read', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const parts = new Map(declarations.flatMap((declaration) => (declaration.cssParts ?? []).map((part) => [part.name, part.description])));
  const properties = new Set(declarations.flatMap((declaration) => (declaration.cssProperties ?? []).map((property) => property.name)));
  const sources = readdirSync(join(root, 'src'), { recursive: true }).filter(
    (file) => file.endsWith('.ts') && !/^(generated|embed|import|static|scene)\//.test(file),
  );
  const missing = [];
  for (const file of sources) {
    const text = readFileSync(join(root, 'src', file), 'utf8');
    // `part="panel regions"`: the first name is a part; the others are parts or named in its description.
    for (const [, value] of text.matchAll(/\bpart="([^"$]+)"/g)) {
      const [first, ...more] = value.split(/\s+/);
      if (!parts.has(first)) missing.push(`part ${first} (${file})`);
      else for (const name of more) if (!parts.has(name) && !parts.get(first).includes(value)) missing.push(`part "${value}" (${file})`);
    }
    for (const [, name] of text.matchAll(/var\((--netreach-[a-z0-9-]*[a-z0-9])(?![-a-z0-9])/g))
      if (!properties.has(name)) missing.push(`${name} (${file})`);
  }
  assert.deepEqual([...new Set(missing)], []);
});

test("ships the typings the entries' typings reach, all of them and no others (lib/vendor/ aside)", () => {
  const entries = Object.values(pkg.exports)
    .map((target) => (typeof target === 'object' ? target.types : undefined))
    .filter(Boolean)
    .map((types) => join(root, types));
  assert.ok(entries.length > 10, `${entries.length} entries with typings`);
  const reached = new Set();
  const pending = [...entries];
  while (pending.length) {
    const file = pending.pop();
    if (reached.has(file)) continue;
    assert.ok(existsSync(file), `${file.slice(root.length + 1)} is imported by a typing the package ships, and missing`);
    reached.add(file);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      const local = fileName.startsWith('#lit/')
        ? join(root, 'lib/vendor/browser/lit', fileName.slice(5))
        : fileName.startsWith('.') && join(file, '..', fileName);
      if (local) pending.push(local.replace(/\.js$/, '.d.ts'));
    }
  }
  assert.ok(reached.has(join(root, 'lib/base/netreach-element.d.ts')), "the elements' base class is reached");
  const unreached = readdirSync(join(root, 'lib'), { recursive: true })
    .filter((file) => file.endsWith('.d.ts') && !file.startsWith('vendor'))
    .filter((file) => !reached.has(join(root, 'lib', file)));
  // No import can name them ("exports" lists the entries): each would only add to every install's size.
  assert.deepEqual(unreached, []);
});

/** Every comment in `text` (a module of lib/), and every css`` template's literal text. */
function commentsAndStylesheets(text, fileName) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const comments = new Set();
  const stylesheets = [];
  const visit = (node) => {
    for (const range of [...(ts.getLeadingCommentRanges(text, node.pos) ?? []), ...(ts.getTrailingCommentRanges(text, node.end) ?? [])]) {
      comments.add(text.slice(range.pos, range.end));
    }
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'css') {
      const template = node.template;
      stylesheets.push(
        ...(ts.isNoSubstitutionTemplateLiteral(template)
          ? [template.rawText]
          : [template.head.rawText, ...template.templateSpans.map((span) => span.literal.rawText)]),
      );
    }
    node.getChildren(source).forEach(visit);
  };
  visit(source);
  return { comments: [...comments], stylesheets };
}

test("lib/'s modules carry no comments, and their stylesheets are minified as the bundles' are", () => {
  const files = readdirSync(join(root, 'lib'), { recursive: true }).filter((file) => file.endsWith('.js') && !file.startsWith('vendor'));
  let sheets = 0;
  for (const file of files) {
    const { comments, stylesheets } = commentsAndStylesheets(readFileSync(join(root, 'lib', file), 'utf8'), file);
    // The docs are in the typings (editors show them), the commented source in src/.
    assert.deepEqual(comments, [], `lib/${file}`);
    for (const sheet of stylesheets) {
      sheets += 1;
      assert.ok(
        !sheet.includes('/*') && !sheet.includes('\n'),
        `lib/${file}: a stylesheet with comments or line breaks: ${sheet.slice(0, 120)}`,
      );
    }
  }
  assert.ok(sheets > 20, `${sheets} stylesheets in lib/`);
});
