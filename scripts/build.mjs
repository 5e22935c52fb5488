// Builds everything `npm run build` promises: dist/netreach.js (ES module, lazy geometry and default dataset),
// dist/netreach.iife.js (classic script, everything inlined), lib/ (per-widget ES modules + .d.ts for npm)
// and custom-elements.json. `--dist` builds dist/ alone, for `npm start` (the demo's snippets load dist/): the
// type declarations, the manifest and the API page take about three quarters of a full build's time.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import { minifyHTMLLiterals } from 'minify-literals';
import ts from 'typescript';
import { build } from 'vite';
import { withNetreachPolicy } from './lit-policy.mjs';
import { shareDataChunks } from './lib-data.mjs';
import { stripTemplateWhitespace } from './template-whitespace.mjs';
import { vendorLib } from './vendor.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

const distOnly = process.argv.includes('--dist');
run('node', ['scripts/generate.mjs']);
rmSync(join(root, 'dist'), { recursive: true, force: true });
if (!distOnly) rmSync(join(root, 'lib'), { recursive: true, force: true });

/** A self-contained classic script (no sourcemap, everything inlined). */
function scriptConfig(entry, fileName) {
  // embed.html says why it refuses a parameter: its script keeps the specs' `embed`, `cli` and `unavailable`.
  const config = libraryConfig('iife', ['docs', 'cliDocs', 'example']);
  config.plugins.push(eagerOnDemand);
  config.build.lib = { entry: resolve(root, entry), formats: ['iife'], name: 'netreachEmbed', fileName: () => fileName };
  config.build.sourcemap = false;
  return config;
}

/** Minifies the CSS inside Lit's css`` templates (HTML templates are left as written). */
const minifyCssLiterals = {
  name: 'netreach-minify-css-literals',
  async transform(code, id) {
    if (!id.startsWith(resolve(root, 'src')) || !id.endsWith('.ts') || !code.includes('css`')) return null;
    return minifyHTMLLiterals(code, { fileName: id, shouldMinify: () => false });
  },
};

/** The formatting inside Lit's html`` and svg`` templates, out of the bundles (scripts/template-whitespace.mjs says why). */
const stripHtmlWhitespace = {
  name: 'netreach-template-whitespace',
  transform(code, id) {
    if (!id.startsWith(resolve(root, 'src')) || !/\.ts$/.test(id)) return null;
    const edited = stripTemplateWhitespace(code, id);
    return edited ? { code: edited.toString(), map: edited.generateMap({ hires: true }) } : null;
  },
};

/** The bundles' copy of Lit names its Trusted Types policy "netreach" (scripts/lit-policy.mjs says why). */
const renameLitPolicy = {
  name: 'netreach-trusted-types-policy',
  transform(code, id) {
    if (!/lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const edited = withNetreachPolicy(code);
    return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
  },
};

/**
 * Lit's css`` tag explains its two errors at length (0.1 kB gzip of text up front): they are thrown only where a
 * css`` template is handed something other than css`` or a number, or a CSSResult is made by hand, which
 * netreach's own fixed stylesheets never do (every test would throw). In the bundles they say less; lib/ keeps Lit's.
 */
const LIT_CSS_ERRORS = [
  ['"CSSResult is not constructable. Use `unsafeCSS` or `css` instead."', '"CSSResult"'],
  [`"Value passed to 'css' function must be a 'css' function result: "`, '"css: "'],
  [`". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security."`, '""'],
];
const shortLitErrors = {
  name: 'netreach-short-lit-errors',
  transform(code, id) {
    if (!/@lit[\\/]reactive-element[\\/]css-tag\.js$/.test(id)) return null;
    const edited = new MagicString(code);
    for (const [long, short] of LIT_CSS_ERRORS) {
      const at = code.indexOf(long);
      if (at < 0) this.error('@lit/reactive-element changed: update LIT_CSS_ERRORS in scripts/build.mjs');
      edited.overwrite(at, at + long.length, short);
    }
    return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
  },
};

/**
 * The option specs' words stay out of the browser bundles: an element reads an option's attribute, type, values
 * and default, never its docs, example, or where else it is taken and why not — those are for the API docs, the
 * command line, embed.html and the configurator, which read them from lib/, their own bundle and src/. (About 2 kB
 * gzip of text.)
 */
const ELEMENT_UNUSED = ['docs', 'cliDocs', 'example', 'embed', 'cli', 'unavailable'];
const dropSpecWords = (names) => ({
  name: 'netreach-drop-option-docs',
  transform(code, id) {
    if (!/[\\/]src[\\/](?:[^\\/]+[\\/][^\\/]+\.options|core[\\/]options)\.ts$/.test(id)) return null;
    const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
    const edited = new MagicString(code);
    const visit = (node) => {
      // A widget's own words for the common options: `commonOptions({ state: '…' })` → `commonOptions()`.
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'commonOptions' &&
        node.arguments.length
      ) {
        edited.remove(node.arguments.pos, node.arguments.end);
        return;
      }
      if (ts.isObjectLiteralExpression(node)) {
        for (const property of node.properties) {
          if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && names.includes(property.name.text)) {
            // The property and its comma: `docs: '…',`.
            const end = code[property.end] === ',' ? property.end + 1 : property.end;
            edited.remove(property.getStart(source), end);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return edited.hasChanged() ? { code: edited.toString(), map: edited.generateMap({ hires: true }) } : null;
  },
});

/**
 * The classic script cannot load chunks: there, what the module bundle loads lazily is imported statically, not
 * wrapped as a lazily initialized module the way an inlined import() is (0.3 kB gzip of wrappers for the
 * on-demand module alone): the on-demand module (src/base/on-demand.ts: the menu's items, About this data, View
 * data, the file writer), the interaction module (src/base/interaction.ts: the tooltips' placement, the arrow keys),
 * the validator (src/core/validate.ts), the trend's, the stat's and the regions' scenes, the table's model and scene, the dashboard's plan and template, and
 * the map's model and scene (src/map/map.chunk.ts, with the projections and the TopoJSON decoder, which the
 * geometry's loaders import as inlined lazy modules: imported eagerly from there too, the script grew 0.5 kB).
 * Each entry: the importing module (under src/) and what it imports.
 */
const EAGER = [
  ['base/on-demand-loader', './on-demand.js'],
  ['base/interaction-loader', './interaction.js'],
  ['core/validate-loader', './validate.js'],
  ['trend/trend.code', './trend.chunk.js'],
  ['stat/stat.code', './stat.chunk.js'],
  ['regions/regions.code', './regions.chunk.js'],
  ['table/table.code', './table.chunk.js'],
  ['map/map.code', './map.chunk.js'],
  ['dashboard/dashboard.code', './dashboard.chunk.js'],
];
const eagerOnDemand = {
  name: 'netreach-eager-on-demand',
  transform(code, id) {
    const file = id.split('\\').join('/');
    const found = EAGER.find(([module]) => file.endsWith(`/src/${module}.ts`));
    if (!found) return null;
    const [module, target] = found;
    const call = `import(${JSON.stringify(target)})`;
    const quoted = code.includes(call) ? call : call.replaceAll('"', "'");
    if (!code.includes(quoted)) this.error(`${module}.ts changed: update netreach-eager-on-demand in scripts/build.mjs`);
    // With a source map (Rolldown warns that the script's would be wrong without one).
    const edited = new MagicString(code);
    const at = code.indexOf(quoted);
    edited.overwrite(at, at + quoted.length, 'Promise.resolve(eager)');
    edited.prepend(`import * as eager from ${JSON.stringify(target)};\n`);
    return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
  },
};

/**
 * Which source modules each bundle file holds, written to .cache/bundle-modules.json: `npm run size` proves
 * with it that what only some pages need (the spreadsheet importer) is in no widget bundle.
 */
const bundleModules = {};
/**
 * And how many bytes of the minified module bundle (dist/netreach.js and its chunks) each source module makes up,
 * written to .cache/bundle-module-sizes.json: `npm run size -- --modules` lists them, to see what a file holds.
 */
const moduleSizes = {};
const recordModules = {
  name: 'netreach-record-modules',
  generateBundle(options, bundle) {
    for (const [fileName, output] of Object.entries(bundle)) {
      if (output.type !== 'chunk') continue;
      bundleModules[fileName] = output.moduleIds.map((id) => relative(root, id).split('\\').join('/'));
      if (options.format === 'es' && !fileName.startsWith('embed')) {
        moduleSizes[fileName] = Object.fromEntries(
          Object.entries(output.modules).map(([id, module]) => [relative(root, id).split('\\').join('/'), module.renderedLength]),
        );
      }
    }
  },
};

/**
 * What goes into dist/netreach.js, one file (below): every module but those that only one lazy chunk uses. Found
 * by building the module bundle once without netreach.js's group (lazyChunkModules(), not written): the bundler
 * then puts in a chunk an import() loads exactly the modules only that chunk's code uses, after tree-shaking — not,
 * as a walk of the import graph would, the modules of a package's index that the page's own code imports something
 * else from (d3-array's `merge`, `fsum` and `quantile`, which only the map's chunk uses, were up front so: 0.4 kB
 * gzip). What two lazy chunks share, the bundler would make a chunk of its own, one more request on each such
 * widget's first draw: it goes up front, as "the core its lazy code shares", unless it is copied into each
 * (COPY_INTO_CHUNKS).
 */
const lazyOwned = new Set();

/**
 * Modules that each lazy chunk importing them gets its own copy of, rather than netreach.js holding them for every
 * page: small, and only lazy chunks import them. Each import of one resolves to a module of its chunk's (the file's
 * path with the importer's chunk before `.ts`: `src/core/shape.copy.stat.chunk.ts`; chunkOf), which the bundler
 * keeps in that chunk. Only pure functions and constants: a copy of a module with state of its own (a cache, a
 * WeakMap, a registry, a Symbol, a custom element) would be a second, different one. Measured (gzip):
 * - `src/core/shape.ts`, the line and area paths (the trend's chunk, the KPI tile's sparkline in the stat's,
 *   `round` in the regions' donut): netreach.js −159 bytes, all the code +128;
 * - `src/base/page-background.ts` (the trend's and the table's chunks): −137 bytes, +166.
 * - `src/base/source-meta.ts`, a source's details after its title (About this data in the on-demand chunk, the
 *   dashboard's sources in its chunk): −102 bytes, +59 (the classic script +31, its modules in another order).
 * - `src/core/overlap.ts` and its English, `src/core/en/overlap.ts` (the map's and the table's chunks; no longer an
 *   export of netreach.js, `netreach/core` has it): −512 bytes, +534 (the classic script +115). Its English module
 *   adds the same strings again as the second chunk loads: no state of its own.
 * - `src/core/en/later.ts`, "Hide data" and a figure with its share (the map's, the regions' and the on-demand
 *   chunks): −25 bytes, +57 (the classic script +18).
 * - `src/core/growth.ts` and its English, `src/core/en/growth.ts`: a figure over time in words (a growth, when a figure
 *   applies, a period's note; the KPI tile's, the trend's, the dashboard's and the on-demand chunks; no longer exports
 *   of netreach.js, `netreach/core` has them): −802 bytes, +1,795 (each chunk +630 to +690), the classic script +112.
 *   A stat or trend page fetches about 150 bytes less, a dashboard (its chunk, the KPI tile's and the trend's) 1.2 kB more.
 *   With `metricGrowth()` (the growth's computation, out of aggregate.ts) in it too: −383 bytes, +972 (each copy +330
 *   to +360), the classic script −15. Since s40-8 the dashboard's chunk holds none: it takes the KPI tile chunk's
 *   (exported by stat.chunk.ts and trend.chunk.ts; dashboard.code.ts), which a dashboard loads at once with its own:
 *   the code chunks −976 bytes (the dashboard's −1,001, the tile's +15, the trend's +12), up front ±0, classic +93.
 * - `src/core/total-rows.ts`, a metric's totals as CSV rows (`totalRows()`, and `statRows()`: the KPI tile's, its
 *   figure where no totals are published; the tile's and the trend's chunks, which `ready` waits for before a CSV;
 *   `toCSV()` and View data) (s40-10): netreach.js −90 bytes, the tile's chunk +103, the trend's +79 (a stat page +13,
 *   a trend page −11, a dashboard +92; over the map, bars, table, regions, stat, trend and dashboard pages −279), the
 *   classic script +70.
 * - `src/core/percent.ts`, percentages (`formatPercent()`, a share: the regions', the table's and View data's;
 *   `formatPercentChange()`, a growth's: growth.ts's, so the KPI tile's, the trend's and the on-demand chunks; and
 *   `englishPercent()`, out of english.ts), no longer exports of netreach.js (`netreach/core` has them) (s41-3), with
 *   what only growth.ts used moved into it (`formatQualifiedCompact()`, `isLowerBound()`, `roundSignificant()`):
 *   netreach.js −250 bytes (the growth part alone −54), all the code +1,003 (the regions' chunk +194, the table's +205,
 *   the tile's +291, the trend's +290, the on-demand +252; a map or bars page −250, a table page −45, a regions page
 *   −56, a stat page +41, a trend page +40, a dashboard, which loads four of the copies, +730), the classic script +62.
 * Not `src/base/cssom-style.ts` (the regions' and the stat's chunks), a Lit directive whose copies take Lit's
 * directive classes from netreach.js: −77 bytes, +345.
 * The build fails if a copy ends up in netreach.js (a module up front imports it).
 */
const COPY_INTO_CHUNKS = [
  'src/core/shape.ts',
  'src/base/page-background.ts',
  'src/base/source-meta.ts',
  'src/core/overlap.ts',
  'src/core/en/overlap.ts',
  'src/core/en/later.ts',
  'src/core/growth.ts',
  'src/core/en/growth.ts',
  'src/core/total-rows.ts',
  'src/core/percent.ts',
];
/** Each copy's module id to the file it copies. */
const copies = new Map();
/**
 * The lazy chunk of each module, by the bundler's own split (lazyChunkModules), and of each copy made since: a copy is
 * named by its importer's chunk, so a chunk has one copy of a module however many of its modules import it (the map's
 * chunk had three of `en/overlap.ts`: overlap.ts's, the map's view's and its scene's; the code chunks 32 bytes gzip more).
 */
const chunkOf = new Map();
const copyIntoChunks = {
  name: 'netreach-copy-into-chunks',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || !/^\.\.?\//.test(source)) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (!resolved || resolved.external || !COPY_INTO_CHUNKS.includes(relative(root, resolved.id).split('\\').join('/'))) return resolved;
    // The id keeps `.ts` last (Vite's transform picks TypeScript by it): a query on the id made it give up.
    // By the importer's chunk (chunkOf), a copy's for a copy's import: one copy per chunk (overlap.ts's en/overlap.ts).
    const by = relative(join(root, 'src'), importer).split('\\').join('/');
    // Before the split is known (lazyChunkModules' own build), by the importer: a copy each.
    const chunk = chunkOf.get(importer);
    const id = resolved.id.replace(/\.ts$/, `.copy.${chunk ?? by.replace(/\.ts$/, '').replaceAll('/', '.')}.ts`);
    if (chunk) {
      chunkOf.set(id, chunk);
      lazyOwned.add(id);
    }
    copies.set(id, resolved.id);
    return { ...resolved, id };
  },
  load(id) {
    return copies.has(id) ? readFileSync(copies.get(id), 'utf8') : null;
  },
};

/**
 * dist/netreach.js without the 249 English names (src/core/english-table.ts made empty): 1.6 kB gzip up front
 * (issue 12). A bundled dataset's chunk brings its countries' names and the validator's chunk all of them
 * (src/core/countries.ts `registerEnglishNames()`), each loaded before a first draw names a country; a name asked
 * before either is Intl's. The classic script and lib/ keep the table.
 */
const englishTableOut = {
  name: 'netreach-english-table-out',
  enforce: 'pre',
  load(id) {
    return /[\\/]src[\\/]core[\\/]english-table\.ts$/.test(id) ? 'export const ENGLISH_TABLE = undefined;\n' : null;
  },
};

/**
 * The classic script, which inlines the bundled datasets and keeps the English table, without their chunks' copies
 * of their countries' names (`CINVU_ENGLISH`…, scripts/generate-data.mjs): the table already names them.
 */
const datasetNamesOut = {
  name: 'netreach-dataset-names-out',
  enforce: 'pre',
  load(id) {
    if (!/[\\/]src[\\/]generated[\\/](cinvu|silk-road|al-mustafa)\.ts$/.test(id)) return null;
    return readFileSync(id, 'utf8').replace(/^(export const \w+_ENGLISH: string = ).*$/m, "$1'';");
  },
};

/** The modules of the chunks an import() loads when the bundler splits the module bundle on its own (lazyOwned). */
async function lazyChunkModules() {
  const config = libraryConfig('es');
  config.plugins = config.plugins.filter((plugin) => ![recordModules, oneFileEntry, compileHints].includes(plugin));
  Object.assign(config.build, { write: false, minify: false, sourcemap: false });
  config.build.rolldownOptions.output = { chunkFileNames: 'chunks/[name]-[hash].js' };
  const [result] = [await build(config)].flat();
  const chunks = result.output.filter((output) => output.type === 'chunk' && output.isDynamicEntry && !output.isEntry);
  for (const output of chunks) for (const id of output.moduleIds) chunkOf.set(id, output.name);
  return chunks.flatMap((output) => output.moduleIds);
}

/**
 * dist/netreach.js is one file: everything a page needs before its first draw, not the entry plus a shared chunk
 * it imports (a request in a row more: the map drew in 0.92× the time as one file, the bars in 0.94×). The lazy
 * chunks do not import netreach.js for what they use of it: a page that loads `netreach.js?v=2` (a CMS's
 * cache-busting query) would get a second copy of the library from their `import … from "../netreach.js"`, with
 * its own language packs and registry. netreach.js hands them those bindings instead, in a frozen array under a
 * symbol of this build (`Symbol.for("netreach.<hash of the build's modules>")`), set once, as it finishes
 * evaluating — before any chunk can load. Each binding is at the place of its name in netreach.js's export list
 * as the bundler has it, which the chunks read it by (`const{5:e,8:t}=…`): an object keyed by the names cost
 * 0.4 kB gzip more up front and 0.5 kB more in the chunks. Two builds on one page do not share it; the same build
 * loaded twice (two queries) shares the first copy's, as the elements are the first copy's.
 */
let registryKey = '';
const ENTRY_IMPORT = /\bimport\s*(?:\{([^}]*)\}\s*from\s*)?(["'])\.\.\/netreach\.js\2\s*;?/g;
/** What a module exports, with what its `export * from` statements re-export. */
function publicExports(context, id, names = new Set()) {
  const info = context.getModuleInfo(id);
  for (const name of info?.exports ?? []) names.add(name);
  for (const [, specifier] of (info?.code ?? '').matchAll(/\bexport\s*\*\s*from\s*["']([^"']+)["']/g)) {
    const stem = specifier.replace(/^\.\//, '/').replace(/\.js$/, '.');
    const target = info.importedIds.find((each) => each.split('\\').join('/').includes(stem));
    if (!target) context.error(`${relative(root, id)}: cannot follow "export * from '${specifier}'"`);
    publicExports(context, target, names);
  }
  return names;
}

const oneFileEntry = {
  name: 'netreach-one-file-entry',
  buildEnd() {
    const ids = [...this.getModuleIds()].sort();
    const hash = createHash('sha256');
    for (const id of ids) {
      const code = this.getModuleInfo(id)?.code;
      if (typeof code !== 'string') this.error(`${relative(root, id)}: its code is unknown, and with it which build this is`);
      // Paths from the repository's root (a virtual module's id as it is): the same build wherever it is cloned.
      hash.update(`${id.startsWith(root) ? relative(root, id) : id}\0${code}\0`);
    }
    registryKey = `netreach.${hash.digest('hex').slice(0, 16)}`;
  },
  // No chunk but netreach.js and those an import() loads: a chunk that several import would be one more request
  // on a first draw. And no module copied into the lazy chunks (COPY_INTO_CHUNKS) in netreach.js.
  generateBundle(options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk') continue;
      if (!output.isEntry && !output.isDynamicEntry) this.error(`${output.fileName}: a chunk that no import() loads`);
      const copied = output.moduleIds.filter((id) => copies.has(id));
      if (output.isEntry)
        for (const id of copied)
          this.error(`${relative(root, copies.get(id))} is up front (${relative(root, id)}): take it off COPY_INTO_CHUNKS`);
      // The source map names the file a copy is of (in the same folder), not the copy's module id.
      const map = bundle[`${output.fileName}.map`];
      if (!copied.length || map?.type !== 'asset') continue;
      const json = JSON.parse(String(map.source));
      const files = new Map(copied.map((id) => [basename(id), basename(copies.get(id))]));
      json.sources = json.sources.map((source) => source.replace(/[^/]+$/, (name) => files.get(name) ?? name));
      map.source = JSON.stringify(json);
    }
  },
  renderChunk(code, chunk, options, meta) {
    const edited = new MagicString(code);
    // netreach.js's export list, in the order every chunk of this build is handed.
    const order = Object.values(meta.chunks).find((each) => each.isEntry)?.exports;
    if (!order) this.error(`${chunk.fileName}: netreach.js's exports are unknown`);
    const index = new Map(order.map((name, at) => [name, at]));
    const registry = `globalThis[Symbol.for(${JSON.stringify(registryKey)})]`;
    if (chunk.isEntry) {
      // Rolldown turns an import() of a module the entry holds into a promise of it; a URL of the entry itself would
      // lose the page's query, as the chunks' imports would (above).
      if (/["'`]\.\/netreach\.js["'`]/.test(code)) this.error(`${chunk.fileName} loads itself by its URL`);
      const exported = /\bexport\s*\{([^}]*)\}\s*;?\s*$/.exec(code);
      if (!exported) this.error(`${chunk.fileName}: no export list at its end`);
      const pairs = exported[1]
        .split(',')
        .map((each) => each.trim())
        .filter(Boolean)
        .map((each) => {
          const [local, name = local] = each.split(/\s+as\s+/);
          return [local, name];
        });
      const publicNames = publicExports(this, chunk.facadeModuleId);
      if (!publicNames.size) this.error(`${chunk.fileName}: the entry's own exports are unknown`);
      const localOf = new Map(pairs.map(([local, name]) => [name, local]));
      if (pairs.length !== order.length || order.some((name) => !localOf.has(name)))
        this.error(`${chunk.fileName}: its export list is not the one its chunks are handed`);
      // A browser remembers a module that failed to load (offline, a deploy replacing the files) for the rest of the
      // page: importing its URL again fails again without a request, and a widget connected again never drew. Each
      // chunk is imported through _nI, by its file name (_nI writes the "./chunks/" every one shares), which asks
      // again by another URL (?1, ?2…) once that chunk has failed; a chunk that loaded keeps its URL, so that no
      // module is loaded twice.
      if (/\b_nI\b/.test(code)) this.error(`${chunk.fileName} already names _nI`);
      for (const match of code.matchAll(/\bimport\((["'`])\.\/chunks\/([^"'`]+)\1\)/g))
        edited.overwrite(match.index, match.index + match[0].length, `_nI(${match[1]}${match[2]}${match[1]})`);
      edited.prepend('const _nF={},_nI=u=>import("./chunks/"+(_nF[u]?u+"?"+_nF[u]:u)).catch(e=>{_nF[u]=-~_nF[u];throw e});\n');
      const entries = order.map((name) => localOf.get(name)).join(',');
      const kept = pairs
        .filter(([, name]) => publicNames.has(name))
        .map(([local, name]) => (local === name ? local : `${local} as ${name}`));
      edited.overwrite(
        exported.index,
        exported.index + exported[0].length,
        `${registry}??=Object.freeze([${entries}]);\nexport{${kept.join(',')}};\n`,
      );
    } else {
      for (const match of code.matchAll(ENTRY_IMPORT)) {
        const bindings = (match[1] ?? '')
          .split(',')
          .map((each) => each.trim())
          .filter(Boolean)
          .map((each) => {
            const [name, local = name] = each.split(/\s+as\s+/);
            if (!index.has(name)) this.error(`${chunk.fileName} imports ${name}, which netreach.js does not export`);
            return `${index.get(name)}:${local}`;
          });
        edited.overwrite(match.index, match.index + match[0].length, bindings.length ? `const{${bindings.join(',')}}=${registry};` : '');
      }
      if (/["'`]\.\.\/netreach\.js["'`]/.test(edited.toString()))
        this.error(`${chunk.fileName} imports netreach.js in a way the build does not rewrite`);
    }
    return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
  },
};

/**
 * The lazy chunks whose code a widget runs as it draws (the map's, the trend's, the table's and the dashboard's,
 * and the validator of a page's own data) start with V8's explicit compile hint: the browser compiles all their
 * functions while it streams the file in, on a background thread, rather than each on the main thread the first
 * time it is called, in the middle of the draw (the map's first draw: 0.962× the time, 0.939× the main thread's
 * CPU in 25 interleaved rounds; the 20,000-row table 0.948×, 0.976× in 9). Not netreach.js, which holds every
 * widget's code, most of which a page never calls: compiled eagerly, it took as much off the main thread but no
 * time off the draw, for 0.2 MB more JS heap. Browsers without the hint read a comment.
 */
const CALLED_ON_LOAD = new Set(['map.chunk', 'trend.chunk', 'stat.chunk', 'regions.chunk', 'table.chunk', 'dashboard.chunk', 'validate']);
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const compileHints = {
  name: 'netreach-compile-hints',
  // After minification, which drops comments: the first line prepended, the source map's lines shift by one.
  generateBundle(options, bundle) {
    const named = Object.values(bundle).filter((output) => output.type === 'chunk' && CALLED_ON_LOAD.has(output.name));
    for (const name of CALLED_ON_LOAD)
      if (!named.some((output) => output.name === name)) this.error(`no chunk named ${name} for its compile hint`);
    for (const output of named) {
      output.code = COMPILE_HINT + output.code;
      if (output.map) output.map.mappings = `;${output.map.mappings}`;
      const map = bundle[`${output.fileName}.map`];
      if (map?.type === 'asset') {
        const json = JSON.parse(String(map.source));
        json.mappings = `;${json.mappings}`;
        map.source = JSON.stringify(json);
      }
    }
  },
};

function libraryConfig(format, unusedSpecWords = ELEMENT_UNUSED) {
  return {
    plugins: [
      minifyCssLiterals,
      stripHtmlWhitespace,
      renameLitPolicy,
      shortLitErrors,
      dropSpecWords(unusedSpecWords),
      recordModules,
      ...(format === 'es' ? [copyIntoChunks, englishTableOut, oneFileEntry, compileHints] : []),
    ],
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    build: {
      target: 'es2022',
      outDir: resolve(root, 'dist'),
      emptyOutDir: false,
      // Written for the repository (stack traces, debugging the bundles) but not referenced from the bundles:
      // the npm package leaves maps out (package.json "files"), and a reference to a missing map makes
      // browsers' and bundlers' tools warn.
      sourcemap: 'hidden',
      minify: true,
      lib: {
        // The module bundle's entry leaves the validator to a lazy chunk (src/bundle.ts); the classic script, which
        // inlines everything anyway, exports it as the npm entry does.
        entry: resolve(root, format === 'es' ? 'src/bundle.ts' : 'src/index.ts'),
        formats: [format],
        name: 'netreach',
        fileName: () => (format === 'es' ? 'netreach.js' : 'netreach.iife.js'),
      },
      rolldownOptions: {
        ...(format === 'es' ? { preserveEntrySignatures: 'allow-extension' } : {}),
        output:
          format === 'es'
            ? // Vite leaves whitespace in ES library output; this bundle is for browsers, so minify it fully.
              {
                chunkFileNames: 'chunks/[name]-[hash].js',
                minify: true,
                // Without the pure annotations (`/* @__PURE__ */`), which only a bundler's tree-shaking reads: browsers
                // run these files, nothing bundles them again (bundlers read lib/, which this does not touch). 96 bytes gzip up
                // front, 222 in all.
                comments: { annotation: false },
                codeSplitting: { groups: [{ name: 'netreach', test: (id) => !lazyOwned.has(id) }] },
              }
            : // A classic script cannot load chunks: geometry and the default dataset are inlined.
              { codeSplitting: false, minify: true },
      },
    },
  };
}

for (const id of await lazyChunkModules()) lazyOwned.add(id);
await build(libraryConfig('es'));
const classic = libraryConfig('iife');
classic.plugins.push(eagerOnDemand, datasetNamesOut);
await build(classic);
// A page that declares no encoding (no <meta charset>, a server that sends none, a file opened from disk) reads a
// classic script in its own, windows-1252 at worst: "â‹¯" for "⋯", every Persian word garbled. A byte-order mark
// makes the browser read this one as UTF-8 whatever the page says (a module script is always read so).
const classicFile = join(root, 'dist/netreach.iife.js');
writeFileSync(classicFile, `\uFEFF${readFileSync(classicFile, 'utf8')}`);
// embed.html: a page showing one widget from its query string, for CMSs that strip <script>.
for (const [entry, file] of [
  ['src/embed/embed.ts', 'embed.js'],
  ['src/embed/resize.ts', 'embed-resize.js'],
]) {
  await build(scriptConfig(entry, file));
}
for (const file of ['embed.html', 'embed.css']) copyFileSync(join(root, 'src/embed', file), join(root, 'dist', file));
mkdirSync(join(root, '.cache'), { recursive: true });
writeFileSync(join(root, '.cache/bundle-modules.json'), `${JSON.stringify(bundleModules, null, 1)}\n`);
writeFileSync(join(root, '.cache/bundle-module-sizes.json'), `${JSON.stringify(moduleSizes, null, 1)}\n`);
if (distOnly) {
  console.log('built dist/');
  process.exit(0);
}

// Typings with their docs (editors show them), modules without comments (they repeat the typings' docs; the
// commented source is the repository's src/): 0.15 MB less in every install.
run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--emitDeclarationOnly']);
run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json', '--declaration', 'false', '--removeComments']);
// The templates' formatting out of lib/ too, as out of the bundles (scripts/template-whitespace.mjs), and the
// stylesheets minified as the bundles' are (minifyCssLiterals): their comments and indentation were 0.03 MB of
// every install, and lib/ now styles with the very CSS text dist/ does.
for (const file of readdirSync(join(root, 'lib'), { recursive: true })) {
  if (!file.endsWith('.js') || file.startsWith('vendor')) continue;
  const path = join(root, 'lib', file);
  const edited = stripTemplateWhitespace(readFileSync(path, 'utf8'), path);
  let text = edited ? edited.toString() : readFileSync(path, 'utf8');
  if (/\bcss\s*`/.test(text)) text = (await minifyHTMLLiterals(text, { fileName: path, shouldMinify: () => false }))?.code ?? text;
  writeFileSync(path, halveIndentation(text, path));
}
const shared = await shareDataChunks(root, bundleModules);
console.log(`lib/: ${shared.length} data modules re-export dist/'s chunks (scripts/lib-data.mjs)`);
const vendored = await vendorLib(root);
console.log(`lib/vendor/: ${vendored.files} files of Lit, d3-dsv, jsonc-parser and topojson-client (${vendored.entries.join(', ')})`);
// The classic script exports nothing when imported (it only registers the elements): its typings give the tag
// names their element types and no exports.
writeFileSync(
  join(root, 'lib/netreach.iife.d.ts'),
  "// Typings of dist/netreach.iife.js, written by scripts/build.mjs.\nimport './index.js';\nexport {};\n",
);
const unreached = dropUnreachedTypings();
console.log(`lib/: ${unreached.files} typings no entry's typings reach left out (${(unreached.bytes / 1000).toFixed(1)} kB)`);
run(join(root, 'node_modules/.bin/cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/generated/**', '--quiet']);
// The manifest describes the elements: the modules that declare or define one. The pure core's functions are
// documented by its typings; listing them here tripled the file (and every install's size).
const manifestPath = join(root, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
manifest.modules = manifest.modules.filter(
  (module) =>
    (module.declarations ?? []).some((declaration) => declaration.customElement) ||
    (module.exports ?? []).some((entry) => entry.kind === 'custom-element-definition'),
);
// Only the public API, without indentation: tools read the manifest for completion and docs, and private and
// protected members were half of it (0.15 MB less in every install, with the indentation).
for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
  if (declaration.members) {
    declaration.members = declaration.members.filter(
      (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
    );
  }
}
writeFileSync(manifestPath, `${JSON.stringify(manifest)}\n`);
run('node', ['scripts/api-docs.mjs']);
// docs/API.md written, what an element inherits (src, lang, toSVG()…) is described once, on the base class its
// `inheritedFrom` names, rather than again, word for word, on each of the seven elements (0.03 MB less in every
// install). A description an element words its own way stays.
const base = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.name === 'NetreachElement');
const entriesOf = (declaration) => [...(declaration.members ?? []), ...(declaration.attributes ?? []), ...(declaration.events ?? [])];
const baseDescriptions = new Map(entriesOf(base ?? {}).map((entry) => [`${entry.kind ?? 'attribute'} ${entry.name}`, entry.description]));
for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
  for (const entry of entriesOf(declaration)) {
    const inherited = baseDescriptions.get(`${entry.kind ?? 'attribute'} ${entry.name}`);
    if (entry.inheritedFrom?.name === 'NetreachElement' && inherited && inherited === entry.description) delete entry.description;
  }
}
writeFileSync(manifestPath, `${JSON.stringify(manifest)}\n`);
console.log('built dist/netreach.js, dist/netreach.iife.js, lib/ and custom-elements.json');

/**
 * `text` (a module TypeScript wrote, four spaces a level) indented two spaces a level, as the source is: 0.05 MB
 * less in every install (issue 11's 3 MB), the code as readable. Lines that start inside a template literal keep
 * their white space, which is the string's.
 */
/**
 * The typings a TypeScript user's compiler can read are those of the package's entries ("exports"' `types`) and
 * the files they import, as TypeScript resolves them; "exports" keeps every other lib/ module out of reach. The
 * typings of internal modules that no public type names (the scenes, the menu, the marks, the text measures…) are
 * deleted from lib/ (0.06 MB less in every install). lib/vendor/ keeps its typings as published.
 * @returns {{ files: number, bytes: number }}
 */
function dropUnreachedTypings() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entries = Object.values(pkg.exports)
    .map((target) => (typeof target === 'object' ? target.types : undefined))
    .filter(Boolean)
    .map((types) => join(root, types));
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    types: [],
    noEmit: true,
  });
  const reached = new Set(program.getSourceFiles().map((file) => resolve(file.fileName)));
  for (const entry of entries)
    if (!reached.has(resolve(entry))) throw new Error(`${relative(root, entry)}: an entry's typings are missing`);
  let files = 0;
  let bytes = 0;
  for (const file of readdirSync(join(root, 'lib'), { recursive: true })) {
    if (!file.endsWith('.d.ts') || file.startsWith('vendor')) continue;
    const path = join(root, 'lib', file);
    if (reached.has(resolve(path))) {
      writeFileSync(path, halveIndentation(withoutPrivateDocs(readFileSync(path, 'utf8'), path), path));
      continue;
    }
    bytes += readFileSync(path).length;
    files += 1;
    rmSync(path);
  }
  return { files, bytes };
}

/**
 * A typing without the doc comments of its classes' private members: `private readonly files;` has no type, and
 * no code outside the class can name it, so no editor shows its doc.
 */
function withoutPrivateDocs(text, path) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ranges = [];
  const visit = (node) => {
    if (ts.isClassElement(node) && node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword)) {
      for (const comment of ts.getLeadingCommentRanges(text, node.pos) ?? []) ranges.push([comment.pos, comment.end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = text;
  for (const [start, end] of ranges.reverse()) {
    const lineStart = result.lastIndexOf('\n', start - 1) + 1;
    const alone = /^[ \t]*$/.test(result.slice(lineStart, start)) && result[end] === '\n';
    result = alone ? result.slice(0, lineStart) + result.slice(end + 1) : result.slice(0, start) + result.slice(end);
  }
  return result;
}

/**
 * `path`'s indentation halved outside its template literals: tsc indents four spaces a level. In a typing, a
 * doc comment's ` * ` lines keep their one space past the level, so that they still line up under its `/**`.
 */
function halveIndentation(text, path) {
  const typing = path.endsWith('.d.ts');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, typing ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const literals = [];
  const visit = (node) => {
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      literals.push([node.getStart(source), node.end]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const inLiteral = (offset) => literals.some(([start, end]) => offset > start && offset < end);
  let offset = 0;
  return text
    .split('\n')
    .map((line) => {
      const start = offset;
      offset += line.length + 1;
      if (inLiteral(start)) return line;
      const indent = /^ */.exec(line)[0].length;
      const halved = typing ? Math.floor(indent / 4) * 2 + (indent % 4) : Math.floor(indent / 2);
      return indent ? ' '.repeat(halved) + line.slice(indent) : line;
    })
    .join('\n');
}
