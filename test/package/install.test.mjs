// What `npm install netreach` puts into a website: the web components' package as npm would publish it
// (`npm pack` of the built repository), installed with --omit=dev into an empty folder. It must hold no native
// binary and no fonts (those belong to netreach-cli) and stay under 3 MB with its dependencies; a bundler must
// build from it; publint and arethetypeswrong check the same tarball. Run after `npm run build`: `node --test test/package/`.
//
// No network: the folder gets a lockfile written from the repository's own (the exact versions and integrity
// hashes `npm ci` installed here), and `npm ci --offline` takes every tarball from npm's cache, where `npm ci`
// left it, by its integrity hash.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../../scripts/chrome.mjs';
import { dependencyClosure } from './lockfile.mjs';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'netreach-install-'));
const site = join(work, 'site');
after(() => rmSync(work, { recursive: true, force: true }));

const run = promisify(execFile);
const npm = (args, cwd) => run('npm', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

const MB = 1_000_000;
/**
 * The whole install, netreach and its dependencies (d3-array and d3-geo, with internmap, and the typings its own
 * typings name: @types/d3-geo, @types/geojson, @types/topojson-specification), as issue 11 asks:
 * under 3 MB, counted as the sum of the files' sizes (npm's "unpacked size"; `du` adds 4 kB per folder and rounds
 * each file up to the disk's blocks). Lit, d3-dsv, jsonc-parser and topojson-client are not installed: lib/vendor/
 * holds the 0.3 MB of them that lib/ runs (scripts/vendor.mjs), where Lit whole is 3 MB.
 */
const INSTALL_BUDGET = 3 * MB;
const FONT_FILE = /\.(ttf|otf|woff2?|eot|ttc)$/i;
/** Executable and shared-library headers: ELF, Mach-O (both byte orders, 32/64-bit, universal), PE (MZ), wasm. */
const BINARY_MAGIC = ['7f454c46', 'feedface', 'feedfacf', 'cefaedfe', 'cffaedfe', 'cafebabe', '4d5a', '0061736d'];

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : entry.isFile() ? [path] : [];
  });
}

function magicOf(path) {
  const buffer = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, 4, 0)).toString('hex');
  } finally {
    closeSync(fd);
  }
}

let tarball;
let installed;
let files;

before(async () => {
  const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], root);
  const [packed] = JSON.parse(stdout);
  tarball = { ...packed, path: join(work, packed.filename) };

  installed = dependencyClosure(lock, '', Object.keys(pkg.dependencies));
  const packages = {
    '': { name: 'site', dependencies: { [pkg.name]: `file:../${packed.filename}` } },
    [`node_modules/${pkg.name}`]: {
      version: pkg.version,
      resolved: `file:../${packed.filename}`,
      integrity: packed.integrity,
      dependencies: pkg.dependencies,
    },
  };
  for (const [location, entry] of installed) {
    assert.ok(!lock.packages[location].link, `${location} is a folder of this repository, not a published package`);
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...rest } = entry;
    packages[location] = rest;
  }
  mkdirSync(site);
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'site', private: true, dependencies: packages[''].dependencies }));
  writeFileSync(join(site, 'package-lock.json'), JSON.stringify({ name: 'site', lockfileVersion: 3, requires: true, packages }));
  try {
    await npm(['ci', '--prefix', site, '--offline', '--omit=dev', '--no-audit', '--no-fund', '--loglevel=error'], site);
  } catch (error) {
    const missing = /ENOTCACHED/.test(error.stderr)
      ? "\nnpm's cache lacks a tarball this repository's `npm ci` downloads: run `npm ci` again (it fills the cache), then this test."
      : '';
    throw new Error(`npm ci --offline failed in ${site}:\n${error.stderr}${missing}`);
  }
  files = walk(join(site, 'node_modules'));
});

/** The chunks Vite builds, in memory, from an entry `name` with `source` in the folder netreach is installed in. */
async function viteChunks(name, source, options = {}) {
  const entry = join(site, name);
  writeFileSync(entry, source);
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    root: site,
    logLevel: 'silent',
    build: { write: false, ...options, rolldownOptions: { input: entry } },
  });
  return [output]
    .flat()
    .flatMap((result) => result.output)
    .filter((chunk) => chunk.type === 'chunk');
}

describe('npm install netreach (the web components, --omit=dev)', () => {
  it('installs exactly netreach and its dependencies: none with install scripts or for one platform only', () => {
    const top = readdirSync(join(site, 'node_modules')).filter((name) => !name.startsWith('.'));
    assert.ok(top.includes(pkg.name), `${pkg.name} is not installed`);
    for (const [location, entry] of installed) {
      assert.ok(!entry.hasInstallScript, `${location} runs an install script`);
      assert.ok(!entry.os && !entry.cpu && !entry.libc, `${location} is built for one platform (native code)`);
    }
  });

  it('holds no native binary', () => {
    const binaries = files.filter((path) => path.endsWith('.node') || BINARY_MAGIC.some((magic) => magicOf(path).startsWith(magic)));
    assert.deepEqual(
      binaries.map((path) => relative(site, path)),
      [],
    );
  });

  it('holds no font files', () => {
    assert.deepEqual(
      files.filter((path) => FONT_FILE.test(path)).map((path) => relative(site, path)),
      [],
    );
  });

  it('ships no module of lib/ that no entry imports (each is bytes in every install)', () => {
    const lib = join(site, 'node_modules', pkg.name);
    /** What a specifier names: a relative path, or the package's own `#…` imports under each of their conditions. */
    const targets = (specifier, from) => {
      if (specifier.startsWith('.')) return [join(from, '..', specifier)];
      const [pattern, mapped] = Object.entries(pkg.imports ?? {}).find(([key]) => specifier.startsWith(key.replace('*', ''))) ?? [];
      if (!pattern) return [];
      const rest = specifier.slice(pattern.indexOf('*'));
      return Object.values(typeof mapped === 'string' ? { default: mapped } : mapped).map((target) => join(lib, target.replace('*', rest)));
    };
    const entries = Object.values(pkg.exports)
      .map((target) => (typeof target === 'object' ? target.default : target))
      .filter((target) => target.endsWith('.js'));
    const reached = new Set();
    const todo = entries.map((target) => join(lib, target));
    while (todo.length) {
      const file = todo.pop();
      if (reached.has(file) || !existsSync(file)) continue;
      reached.add(file);
      const text = readFileSync(file, 'utf8');
      for (const [, specifier] of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g))
        todo.push(...targets(specifier, file));
    }
    // lib/vendor/ copies what lib/'s modules and typings name, as published (scripts/vendor.mjs): not checked here.
    const unreached = walk(join(lib, 'lib'))
      .filter((file) => file.endsWith('.js') && !reached.has(file) && !relative(lib, file).startsWith(join('lib', 'vendor')))
      .map((file) => relative(lib, file));
    assert.deepEqual(unreached, []);
  });

  it(`stays under ${INSTALL_BUDGET / MB} MB in all`, () => {
    const sizeOf = (paths) => paths.reduce((sum, path) => sum + lstatSync(path).size, 0);
    const total = sizeOf(files);
    const own = sizeOf(files.filter((path) => path.startsWith(join(site, 'node_modules', pkg.name, '/'))));
    const mb = (bytes) => `${(bytes / MB).toFixed(2)} MB`;
    console.log(`install: ${mb(total)} in ${files.length} files; netreach itself ${mb(own)} (a ${mb(tarball.size)} tarball)`);
    assert.ok(total < INSTALL_BUDGET, `the install is ${mb(total)}, over ${mb(INSTALL_BUDGET)}`);
  });

  it("holds the world's geometry and a language pack once for modules: lib/ re-exports dist/'s chunk", async () => {
    const own = files.filter((path) => path.startsWith(join(site, 'node_modules', pkg.name, '/')) && path.endsWith('.js'));
    const holding = (text) =>
      own
        .filter((path) => readFileSync(path, 'utf8').includes(text))
        .map((path) => relative(join(site, 'node_modules', pkg.name), path).replace(/-[\w-]{8}\.js$/, '.js'))
        .sort();
    // The classic script inlines everything; the module build keeps each in one lazy chunk that lib/ imports.
    assert.deepEqual(holding('"type":"Topology"'), ['dist/chunks/world-geo.js', 'dist/netreach.iife.js']);
    assert.deepEqual(holding('در حال بارگذاری'), ['dist/chunks/fa.js', 'dist/netreach.iife.js']);
    const { WORLD_TOPOLOGY } = await import(pathToFileURL(join(site, 'node_modules', pkg.name, 'lib/generated/world-geo.js')).href);
    assert.equal(WORLD_TOPOLOGY.type, 'Topology');
  });

  it('installs no copy of Lit, d3-dsv, jsonc-parser or topojson-client (lib/vendor/ has what lib/ runs)', () => {
    const top = readdirSync(join(site, 'node_modules'));
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit', 'd3-dsv', 'jsonc-parser', 'iconv-lite', 'topojson-client', 'commander']) {
      assert.ok(!top.includes(name), `${name} is installed`);
    }
  });

  it('bundles with Vite from the installed package: `#lit/…` resolves, one Lit, its policy named "netreach"', async () => {
    const chunks = await viteChunks('main.js', "import 'netreach/map';\nimport 'netreach/bars';\n", { minify: false });
    const code = chunks.map((chunk) => chunk.code).join('\n');
    assert.match(code, /defineElement\(["']netreach-map["']/);
    assert.equal(code.match(/createPolicy\("netreach"/g)?.length, 1, 'not exactly one copy of lit-html');
    assert.ok(!code.includes('createPolicy("lit-html"'), 'a Lit that names its policy "lit-html" is bundled');
  });
});

describe('a bundler tree-shakes the installed package ("sideEffects")', () => {
  it('a page importing only netreach/stat bundles none of the map: no d3-geo, geometry, map element or map chunk', async () => {
    const chunks = await viteChunks('stat-only.js', "import 'netreach/stat';\n");
    const modules = chunks.flatMap((chunk) => Object.keys(chunk.modules));
    assert.ok(
      modules.some((id) => id.includes('/lib/stat/stat.chunk.js')),
      "the tile's own chunk is not in the build",
    );
    // The map's option specs (netreach/options, which files and menus read) are not its code.
    const mapCode = modules.filter((id) => /\/d3-geo\/|\/lib\/(geo\/|generated\/world|map\/(?!map\.options\.js))/.test(id));
    assert.deepEqual(mapCode, []);
  });
});

describe('a page built by Vite from the installed package, in Chromium', () => {
  it("draws: the map's code, the geometry, the language and the dataset load as Vite's chunks", async () => {
    const page = join(site, 'page');
    mkdirSync(page);
    writeFileSync(join(page, 'main.js'), "import 'netreach/map';\nimport 'netreach/stat';\n");
    writeFileSync(
      join(page, 'index.html'),
      '<!doctype html><html lang="fa"><meta charset="utf-8"><title>netreach</title><body style="width:640px">' +
        '<netreach-map dataset="silk-road"></netreach-map><netreach-stat lang="fr"></netreach-stat>' +
        '<script type="module" src="./main.js"></script></body></html>',
    );
    const { build } = await import('vite');
    await build({ configFile: false, root: page, base: './', logLevel: 'silent', build: { outDir: 'out' } });
    const out = join(page, 'out');
    const requested = [];
    const server = createServer((request, response) => {
      const path = join(out, new URL(request.url, 'http://localhost').pathname);
      requested.push(relative(out, path));
      try {
        const body = readFileSync(path);
        response.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await puppeteer.launch({ executablePath: findChrome(), args: ['--no-sandbox'] });
    try {
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(`http://127.0.0.1:${server.address().port}/index.html`);
      await tab.waitForFunction(
        () =>
          ['netreach-map', 'netreach-stat'].every((tag) => ['ready', 'error'].includes(document.querySelector(tag)?.getAttribute('state'))),
        { timeout: 0 },
      );
      const drawn = await tab.evaluate(() => ({
        map: [
          document.querySelector('netreach-map').getAttribute('state'),
          document.querySelector('netreach-map').shadowRoot.querySelectorAll('path').length,
        ],
        stat: [document.querySelector('netreach-stat').getAttribute('state'), document.querySelector('netreach-stat').locale],
        network: document.querySelector('netreach-map').currentDataset?.network.id,
      }));
      assert.deepEqual(errors, []);
      assert.equal(drawn.map[0], 'ready');
      assert.ok(drawn.map[1] > 1, `the map drew ${drawn.map[1]} paths`);
      assert.deepEqual(drawn.stat, ['ready', 'fr']);
      assert.equal(drawn.network, 'silk-road');
      for (const chunk of ['world-geo', 'map.chunk', 'silk-road', 'fa', 'cinvu', 'fr', 'stat.chunk'])
        assert.ok(
          requested.some((file) => file.startsWith(`assets/${chunk}-`)),
          `no chunk ${chunk} was loaded (${requested.join(', ')})`,
        );
    } finally {
      await browser.close();
      server.close();
    }
  });
});

/** Every module entry of the package (the classic script, JSON and the `data/*` files aside). */
const MODULE_ENTRIES = Object.keys(pkg.exports)
  .filter((key) => !/\.(json|iife\.js)$|\*/.test(key))
  .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

describe('npm install netreach, imported on a server (Next.js, Astro: Node, no DOM)', () => {
  /** Runs `code` as an ES module in the site's folder, as a server imports the package; returns its output. */
  const serverSide = async (code) =>
    (await run(process.execPath, ['--input-type=module', '-e', code], { cwd: site, encoding: 'utf8' })).stdout;

  it('imports every entry in Node without throwing, the browser bundles too (their "node" condition is lib/)', async () => {
    // The classic script is no module for a page, but a server's build may still import what "exports" lists.
    const entries = [...MODULE_ENTRIES, `${pkg.name}/netreach.iife.js`];
    assert.ok(entries.length >= 16, `${entries.length} entries`);
    const failed = await serverSide(
      `for (const entry of ${JSON.stringify(entries)}) await import(entry).catch((error) => console.log(entry + ': ' + error.message));`,
    );
    assert.equal(failed, '');
  });

  it("leaves its elements to the browser under Lit's server rendering (a customElements registry, as @lit-labs/ssr installs)", async () => {
    // @lit-labs/ssr renders with LitElementRenderer the classes marked `_$litElement$`, and otherwise writes the tag and
    // its attributes only; netreach's widgets need a browser (measuring, the page's language), so they go unmarked.
    const marked = await serverSide(
      [
        'const defined = new Map();',
        'globalThis.customElements = { get: (tag) => defined.get(tag), define: (tag, element) => defined.set(tag, element) };',
        `await import('${pkg.name}');`,
        'console.log(JSON.stringify([...defined].map(([tag, element]) => [tag, Boolean(element._$litElement$)])));',
      ].join('\n'),
    );
    const tags = JSON.parse(marked);
    assert.equal(tags.length, 8);
    assert.deepEqual(
      tags.filter(([, litElement]) => litElement),
      [],
    );
  });
});

/** The installed package's custom-elements.json, and its elements. */
const installedManifest = () => JSON.parse(readFileSync(join(site, 'node_modules', pkg.name, 'custom-elements.json'), 'utf8'));
const manifestElements = (manifest) =>
  manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);

/** Type-checks `page` (in the installed site), strict and without skipLibCheck; returns the problems. */
async function typeProblems(page, resolution) {
  const { default: ts } = await import('typescript');
  const program = ts.createProgram([page], {
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    target: ts.ScriptTarget.ES2022,
    module: resolution === 'node16' ? ts.ModuleKind.Node16 : ts.ModuleKind.ESNext,
    moduleResolution: resolution === 'node16' ? ts.ModuleResolutionKind.Node16 : ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
  });
  const problems = ts
    .getPreEmitDiagnostics(program)
    .map(
      (diagnostic) =>
        `${relative(site, diagnostic.file?.fileName ?? site)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
    );
  return [...new Set(problems)];
}

describe('npm install netreach, used from TypeScript', () => {
  for (const resolution of ['bundler', 'node16']) {
    it(`type-checks a page importing every entry, strict and without skipLibCheck (moduleResolution ${resolution})`, async () => {
      // `.mts`: under node16 an ES module (the site's package.json has no "type"), as under a bundler.
      const page = join(site, `page-${resolution}.mts`);
      writeFileSync(
        page,
        [
          ...MODULE_ENTRIES.map((entry, index) => `import * as entry${index} from '${entry}';`),
          "const map: HTMLElementTagNameMap['netreach-map'] = document.createElement('netreach-map');",
          "map.projection = 'orthographic';",
          // docs/FRAMEWORKS.md: "a typo is a type error" (the map's projection was a string, any string).
          '// @ts-expect-error',
          "map.projection = 'orthographics';",
          `export const entries = [${MODULE_ENTRIES.map((_, index) => `entry${index}`).join(', ')}];`,
          '',
        ].join('\n'),
      );
      assert.deepEqual(await typeProblems(page, resolution), []);
    });
  }

  it('types every element and every event custom-elements.json lists as the manifest says (HTMLElementTagNameMap, HTMLElementEventMap)', async () => {
    const elements = manifestElements(installedManifest());
    const events = elements.flatMap((element) => (element.events ?? []).map((event) => ({ ...event, tag: element.tagName })));
    assert.equal(elements.length, 8);
    assert.ok(events.length >= 13, `${events.length} events in the manifest`);
    const typeNames = new Set(events.flatMap((event) => event.type?.text.match(/\bNetreach\w+/g) ?? []));
    const page = join(site, 'events.ts');
    writeFileSync(
      page,
      [
        `import type { ${[...typeNames].join(', ')} } from '${pkg.name}';`,
        ...elements.map(
          (element, index) =>
            `export const element${index}: HTMLElementTagNameMap['${element.tagName}'] = document.createElement('${element.tagName}');`,
        ),
        // The manifest's type and the map's are one type, and the element's addEventListener() gives it.
        ...events.map((event, index) =>
          [
            `export const event${index}: ${event.type?.text ?? 'never'} = null as unknown as HTMLElementEventMap['${event.name}'];`,
            `export const back${index}: HTMLElementEventMap['${event.name}'] = event${index};`,
            `document.createElement('${event.tag}').addEventListener('${event.name}', (event) => { const typed: ${event.type?.text} = event; return typed; });`,
          ].join('\n'),
        ),
        '',
      ].join('\n'),
    );
    assert.deepEqual(await typeProblems(page, 'bundler'), []);
  });
});

describe('custom-elements.json, as tools read it from the installed package', () => {
  it('names files of the package: each module, each reference to one, each declaration exported or a class', () => {
    const installed = join(site, 'node_modules', pkg.name);
    const manifest = installedManifest();
    const references = [];
    const collect = (value) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'module' && typeof inner === 'string') references.push(inner);
          else collect(inner);
        }
    };
    collect(manifest.modules);
    for (const path of [...manifest.modules.map((module) => module.path), ...references]) {
      assert.ok(!path.startsWith('/') && !path.startsWith('.'), `"${path}" is not a path from the package's root`);
      assert.ok(existsSync(join(installed, path)), `custom-elements.json names ${path}, which the package lacks`);
    }
    for (const module of manifest.modules)
      for (const declaration of module.declarations ?? [])
        assert.ok(
          declaration.kind === 'class' || module.exports?.some((entry) => entry.declaration.name === declaration.name),
          `${module.path} declares ${declaration.kind} ${declaration.name}, which it does not export`,
        );
  });

  it('says which module defines each tag, an entry of the package ("exports"), as the typings do', () => {
    const manifest = installedManifest();
    const definitions = new Map(
      manifest.modules.flatMap((module) =>
        (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => [entry.name, module.path]),
      ),
    );
    const entries = new Map(Object.entries(pkg.exports).map(([entry, target]) => [target.default?.replace(/^\.\//, ''), entry]));
    for (const { tagName } of manifestElements(manifest)) {
      const module = definitions.get(tagName);
      assert.ok(module, `no module of custom-elements.json defines <${tagName}>`);
      assert.ok(entries.has(module), `${module}, which defines <${tagName}>, is not an entry of the package`);
      const typings = readFileSync(join(site, 'node_modules', pkg.name, module.replace(/\.js$/, '.d.ts')), 'utf8');
      assert.match(typings, new RegExp(`'${tagName}': `), `${module}'s typings do not put <${tagName}> in HTMLElementTagNameMap`);
    }
  });

  it('lists only events with a kebab-case name (no internal constant read as one)', () => {
    for (const element of manifestElements(installedManifest()))
      for (const event of element.events ?? []) assert.match(event.name, /^[a-z]+(-[a-z]+)+$/, `${element.tagName} fires "${event.name}"`);
  });
});

describe('the published package', () => {
  it('passes publint (exports, files, types, module format)', async () => {
    const { messages, pkg: linted } = await publint({
      pack: { tarball: readFileSync(tarball.path).buffer },
      level: 'suggestion',
      strict: true,
    });
    // One suggestion is answered elsewhere: publint reads a "node" condition in "exports" (the browser bundles' entries
    // have one, so that a server's import of them does not throw) as a sign of a package for Node, and asks for
    // "engines.node"; the web components declare none on purpose (test/package/engines.test.mjs says why).
    assert.ok(pkg.exports['./netreach.js'].node && pkg.engines === undefined);
    assert.deepEqual(
      messages.filter((message) => message.code !== 'USE_ENGINES_NODE').map((message) => formatMessage(message, linted, { color: false })),
      [],
    );
  });

  it('passes arethetypeswrong as an ES-module-only package (types resolve for every export)', async () => {
    const attw = join(root, 'node_modules/.bin/attw');
    try {
      await run(attw, [tarball.path, '--profile', 'esm-only', '--format', 'ascii'], { encoding: 'utf8' });
    } catch (error) {
      assert.fail(`attw found problems:\n${error.stdout}${error.stderr}`);
    }
  });
});
