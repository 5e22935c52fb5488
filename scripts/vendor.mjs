// Puts into lib/ the few files of Lit, d3-dsv, jsonc-parser and topojson-client that lib/ runs, so that `npm
// install netreach` does not install those packages whole: Lit alone is 3 MB installed (development and production
// builds, Node builds, source maps, typings), of which lib/ runs about 0.1 MB; d3-dsv brings commander, iconv-lite
// and rw for its command line (0.5 MB), topojson-client commander for its own (0.15 MB with itself, for the 6 kB of
// `feature` the map uses). See README "Builds and sizes".
//
// Lit, d3-dsv and topojson-client are followed from the modules lib/ imports through every file they import, and each file is copied
// as published (licence headers kept) with the package names in its imports turned into relative paths:
//   lib/vendor/browser/<package>/…  the production build browsers and bundlers load, with its typings beside it;
//   lib/vendor/node/<package>/…     Lit's Node build (a DOM shim instead of the DOM), so that server code
//                                   (Next.js, Astro) can import an element module.
// jsonc-parser's ES modules (90 kB with comments, and naming their neighbours without extension, which only bundlers
// accept) are bundled instead: the functions lib/ imports, minified, with the package's typings and licence.
// lib/'s modules import Lit as `#lit/…` (package.json "imports" picks the build by the "node" condition) and the
// others by relative path; lib/'s typings point at the browser tree's.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { build } from 'vite';
import ts from 'typescript';
import { renameLitPolicy } from './lit-policy.mjs';

/** The packages lib/ must not name, and whether a build per condition is needed. */
export const VENDORED = [
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
  '@lit-labs/ssr-dom-shim',
  'd3-dsv',
  'jsonc-parser',
  'topojson-client',
];
const LIT = 'lit';
/** Bundled rather than copied: the module lib/ imports from it and its typings. */
const BUNDLED = { 'jsonc-parser': { typings: 'lib/esm/main.d.ts', licence: 'LICENSE.md' } };

/** The package a bare specifier names: `lit/decorators.js` → `lit`, `@scope/name/x` → `@scope/name`. */
export const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** Every import/export specifier in a module or a typing: `from '…'`, `import '…'`, `import('…')`. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(?\s*)(["'])([^"'\n]+)\2/g;

function exportTarget(target, conditions) {
  if (typeof target === 'string') return target;
  if (!target || typeof target !== 'object') return undefined;
  for (const [key, value] of Object.entries(target)) {
    if (conditions.includes(key)) {
      const found = exportTarget(value, conditions);
      if (found) return found;
    }
  }
  return undefined;
}

/** Node's resolution of a bare specifier under `conditions` (exact and `*` subpaths of "exports", else "module"). */
function resolvePackage(root, specifier, conditions) {
  const name = packageOf(specifier);
  const folder = join(root, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const subpath = `.${specifier.slice(name.length)}`;
  let target;
  if (manifest.exports) {
    // A string or an object of conditions (no "./…" keys) is the package's "." alone.
    const sugar = typeof manifest.exports === 'string' || !Object.keys(manifest.exports).some((key) => key.startsWith('.'));
    const exports = sugar ? { '.': manifest.exports } : manifest.exports;
    if (exports[subpath] !== undefined) target = exportTarget(exports[subpath], conditions);
    else {
      for (const [key, value] of Object.entries(exports)) {
        const star = key.indexOf('*');
        if (star < 0 || !subpath.startsWith(key.slice(0, star)) || !subpath.endsWith(key.slice(star + 1))) continue;
        const match = subpath.slice(star, subpath.length - (key.length - star - 1));
        target = exportTarget(value, conditions)?.replace('*', match);
        break;
      }
    }
  } else target = subpath === '.' ? (manifest.module ?? manifest.main) : subpath;
  if (!target) throw new Error(`vendor: cannot resolve ${specifier} under ${conditions.join(', ')}`);
  return { name, folder, file: join(folder, target) };
}

/**
 * Copies the files `entries` reach (bare specifiers of the vendored packages) into `destination`, keeping each
 * package's layout, and returns where each entry landed.
 */
function copyTree(root, destination, entries, conditions) {
  const placed = new Map();
  const queue = [];
  const place = (name, folder, file) => {
    const target = join(destination, name, relative(folder, file));
    if (!placed.has(file)) {
      placed.set(file, target);
      queue.push({ name, folder, file });
    }
    return target;
  };
  const entryTargets = Object.fromEntries(
    entries.map((specifier) => {
      const { name, folder, file } = resolvePackage(root, specifier, conditions);
      return [specifier, place(name, folder, file)];
    }),
  );
  while (queue.length) {
    const { name, folder, file } = queue.shift();
    const target = placed.get(file);
    const typing = file.replace(/\.js$/, '.d.ts');
    for (const source of conditions.includes('node') ? [file] : [file, typing]) {
      if (source !== file && !existsSync(typing)) continue;
      const into = source === file ? target : target.replace(/\.js$/, '.d.ts');
      const text = readFileSync(source, 'utf8')
        .replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n')
        .replace(SPECIFIER, (whole, lead, quote, specifier) => {
          let landed;
          if (specifier.startsWith('.')) {
            let dependency = resolve(dirname(source), specifier);
            // jsonc-parser's ES modules name their neighbours without extension (bundlers only): given one here.
            if (!/\.js$/.test(dependency) && existsSync(`${dependency}.js`)) dependency = `${dependency}.js`;
            // A typing's `./x.js` names ./x.d.ts: the module beside it is what is copied (its typing with it).
            const module = source === typing ? dependency.replace(/\.d\.ts$/, '.js') : dependency;
            if (!existsSync(module)) {
              if (source === typing && existsSync(module.replace(/\.js$/, '.d.ts'))) {
                const only = module.replace(/\.js$/, '.d.ts');
                const copy = join(destination, name, relative(folder, only));
                mkdirSync(dirname(copy), { recursive: true });
                copyFileSync(only, copy);
                return whole;
              }
              throw new Error(`vendor: ${relative(root, source)} imports ${specifier}, which does not exist`);
            }
            landed = place(name, folder, module);
          } else if (VENDORED.includes(packageOf(specifier))) {
            const dependency = resolvePackage(root, specifier, conditions);
            landed = place(dependency.name, dependency.folder, dependency.file);
          } else if (source === typing && existsSync(join(root, 'node_modules/@types', specifier.replace(/\.js$/, '.d.ts')))) {
            // A typing's type-only import of a DefinitelyTyped package (lit-html's `trusted-types/lib/index.js`):
            // the one declaration file, which imports nothing.
            const declarations = join(root, 'node_modules/@types', specifier.replace(/\.js$/, '.d.ts'));
            if (new RegExp(SPECIFIER.source).test(readFileSync(declarations, 'utf8').replace(/\/\/.*$/gm, ''))) {
              throw new Error(`vendor: ${declarations} imports other files: vendor them too`);
            }
            const copy = join(destination, '@types', specifier.replace(/\.js$/, '.d.ts'));
            mkdirSync(dirname(copy), { recursive: true });
            copyFileSync(declarations, copy);
            landed = copy.replace(/\.d\.ts$/, '.js');
          } else throw new Error(`vendor: ${relative(root, source)} imports ${specifier}, which is not vendored`);
          let path = relative(dirname(into), landed).split(sep).join('/');
          if (!path.startsWith('.')) path = `./${path}`;
          return `${lead}${quote}${path}${quote}`;
        });
      mkdirSync(dirname(into), { recursive: true });
      writeFileSync(into, text);
    }
  }
  for (const name of new Set(
    [...placed.keys()].map((file) => packageOf(relative(join(root, 'node_modules'), file).split(sep).join('/'))),
  )) {
    const licence = readdirSync(join(root, 'node_modules', name)).find((entry) => /^licen[cs]e/i.test(entry));
    if (licence) copyFileSync(join(root, 'node_modules', name, licence), join(destination, name, licence));
  }
  return entryTargets;
}

const listFiles = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

/**
 * Vendors what lib/ imports and rewrites lib/'s imports: Lit as `#lit/…` in modules, the rest as relative paths;
 * every typing points at the browser tree.
 */
export async function vendorLib(root) {
  const lib = join(root, 'lib');
  const vendor = join(lib, 'vendor');
  const ownFiles = listFiles(lib).filter((file) => /\.(js|d\.ts)$/.test(file) && !file.startsWith(vendor + sep));
  const used = new Set();
  const bundledNames = Object.fromEntries(Object.keys(BUNDLED).map((name) => [name, new Set()]));
  for (const file of ownFiles) {
    const text = readFileSync(file, 'utf8');
    for (const [, , , specifier] of text.matchAll(SPECIFIER)) {
      if (VENDORED.includes(packageOf(specifier))) used.add(specifier);
    }
    if (!file.endsWith('.d.ts')) {
      for (const [, names, specifier] of text.matchAll(/\bimport\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
        for (const name of names.split(',').map((part) => part.trim().split(/\s+as\s+/)[0])) {
          if (name && bundledNames[specifier]) bundledNames[specifier].add(name);
        }
      }
    }
  }
  const entries = [...used].filter((specifier) => !BUNDLED[specifier]).sort();
  const browser = copyTree(root, join(vendor, 'browser'), entries, ['browser', 'import', 'default']);
  for (const [name, { typings, licence }] of Object.entries(BUNDLED)) {
    if (!used.has(name)) continue;
    const folder = join(vendor, 'browser', name);
    const entry = join(root, '.cache', `vendor-${name}.js`);
    mkdirSync(dirname(entry), { recursive: true });
    writeFileSync(entry, `export { ${[...bundledNames[name]].sort().join(', ')} } from '${name}';\n`);
    const { version, license } = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      build: {
        outDir: folder,
        emptyOutDir: false,
        sourcemap: false,
        minify: true,
        lib: { entry, formats: ['es'], fileName: () => 'index.js' },
        rolldownOptions: { output: { minify: true } },
      },
    });
    const bundle = join(folder, 'index.js');
    writeFileSync(bundle, `/*! ${name} ${version}, ${license} licence: ./${licence} */\n${readFileSync(bundle, 'utf8')}`);
    copyFileSync(join(root, 'node_modules', name, typings), join(folder, 'index.d.ts'));
    copyFileSync(join(root, 'node_modules', name, licence), join(folder, licence));
    browser[name] = bundle;
  }
  const litEntries = entries.filter((specifier) => packageOf(specifier) === LIT);
  const node = copyTree(root, join(vendor, 'node'), litEntries, ['node', 'import', 'default']);
  renameLitPolicy(join(vendor, 'browser', 'lit-html', 'lit-html.js'));
  for (const file of ownFiles) {
    const typing = file.endsWith('.d.ts');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(SPECIFIER, (whole, lead, quote, specifier) => {
      if (!VENDORED.includes(packageOf(specifier))) return whole;
      if (packageOf(specifier) === LIT && !typing) {
        // `#lit/index.js` names lit/index.js in either tree: the path inside the package, as copied.
        const inside = relative(join(vendor, 'browser', LIT), browser[specifier])
          .split(sep)
          .join('/');
        if (
          relative(join(vendor, 'node', LIT), node[specifier])
            .split(sep)
            .join('/') !== inside
        ) {
          throw new Error(`vendor: ${specifier} lands at different paths in the browser and Node trees`);
        }
        return `${lead}${quote}#lit/${inside}${quote}`;
      }
      let path = relative(dirname(file), browser[specifier]).split(sep).join('/');
      if (!path.startsWith('.')) path = `./${path}`;
      return `${lead}${quote}${path}${quote}`;
    });
    if (edited !== text) writeFileSync(file, edited);
  }
  for (const file of listFiles(vendor)) if (/\.(d\.ts|js)$/.test(file)) stripDocComments(file);
  return { entries, files: listFiles(vendor).length };
}

/**
 * A vendored file without its comments, its licence header kept: the typings are there for the compiler, and Lit's
 * docs are Lit's (0.075 MB less in every install, issue 11's 3 MB); the modules Lit's Node build runs (its DOM shim,
 * published as the compiler wrote it) keep their code and lose their comments (0.02 MB). Printed by TypeScript, not
 * cut by a pattern, so that nothing but comments goes; triple-slash directives would be kept (the vendored typings
 * have none). A minified file, which the printer would lay out on more lines, is kept as published.
 */
function stripDocComments(file) {
  const text = readFileSync(file, 'utf8');
  const directives = text.match(/^\/\/\/ <reference [^\n]*$/gm) ?? [];
  const licences = (text.match(/\/\*[\s\S]*?\*\//g) ?? []).filter((comment) => /@license|^\/\*!/.test(comment));
  const kind = file.endsWith('.d.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
  const printed = [...licences, ...directives, ts.createPrinter({ removeComments: true }).printFile(source)].join('\n');
  if (kind === ts.ScriptKind.TS || printed.length < text.length) writeFileSync(file, printed);
}
