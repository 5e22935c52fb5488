// `npm run bench`: netreach against a bare hand-written d3 page and, where a peer makes sense, the same chart in
// Observable Plot, in headless Chromium, interleaved, median ratios.
//
// Each scenario is two or three pages under bench/pages/ that draw the same thing and report their figures to
// `window.__bench` (see pages/common.ts): `draw` (ms from navigation start to the drawing painted) and,
// optionally, `update` (a list of ms per value update; its median is used), `resize` (ms from a change of the
// page's width to everything redrawn and painted) or `validate` (a list of ms per validation). The runner adds
// `heap` (JS heap used after a forced GC, in MB) and `drawCpu`: the CPU time of the page's main thread from its
// start to the drawing painted (sampled when the page calls `drawnAt()`). On a loaded machine the clock times
// include however long the page waited for a core; the CPU time does not, so it moves far less between runs —
// though it leaves out work off the main thread (raster, off-thread script compilation, the network).
//
// A page that reports errors instead (`window.__benchErrors`: uncaught errors, rejections, widgets'
// `netreach-error`) or throws fails that run: the round is left out of the scenario's figures and the failure is
// printed, not hidden. Adding a scenario takes one SCENARIOS entry and its pages: bench/pages/<page>.ts (+ an
// .html only if the standard page — see standardPage — does not do).
//
// Each round loads every page of a scenario back to back (rotating which goes first); a ratio is the median of
// the rounds' ratios, so that the machine's drift between rounds cancels out, printed with the 25th–75th
// percentile of those ratios (the spread). The milliseconds printed are the medians of each page's runs.
//
// The peer is @observablehq/plot (a devDependency) bundled whole into one minified ES module, served locally and
// mapped by the page's import map, as a page without a bundler would load it.
//
// A benchmark prints ratios; it is never a timed test. Options: --rounds=N (default 15, at least 7),
// --only=<scenario name prefix[,prefix…]>, --markdown (print the table as Markdown, for the README), --json=<file> (write
// every run's figures there), --bundle=esbuild (measure an esbuild build of src/index.ts, split and minified,
// instead of dist/netreach.js), --against=<dir> (see below).
//
// `--profile` asks where a first draw's time goes rather than how long it takes: each run records the page's
// requests (Resource Timing) and a CPU profile of its main thread up to the drawing; the runner prints, per page,
// each request's median start and end, and the main thread's self time by source module (netreach's bundle is
// mapped back to its sources through its source maps), with garbage collection and the browser's own work apart.
// The profiler slows the page: its milliseconds are not the table's, and no ratio is printed.
//
// `--against=<dir>` compares two builds of netreach instead of netreach with its peers: <dir> is another build's
// dist/ (copy dist/ aside before a change, rebuild after it). Each round loads each scenario's netreach page with
// both builds, in alternating order; the table gives each build's medians and the ratio this build / that one,
// round by round. It is how a change is measured before it lands (a ratio under 1: this build is faster).
import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import os from 'node:os';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { build } from 'esbuild';
import { ensureChrome } from '../scripts/chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'node_modules/.cache/netreach-bench');

/** A scale scenario that draws (`mode`), then re-renders after the page narrows. No peer: Plot has no such page. */
function scale(name, mode, drawLabel) {
  return {
    name: `scale: ${name}`,
    pages: { bare: 'bare-scale', netreach: 'netreach-scale' },
    query: `?mode=${mode}`,
    metrics: [
      { key: 'draw', label: drawLabel },
      { key: 'drawCpu', label: `${drawLabel}, CPU` },
      { key: 'resize', label: 're-render after resize' },
    ],
  };
}

/**
 * The scenarios. `pages`: the basenames of the bare page, the peer's (`plot`, where one makes sense) and ours;
 * `query`: appended to every URL; `metrics`: the figures to print, with issue 12's targets where it sets one —
 * `target` a ratio to the bare page, or with `absolute` milliseconds; `fasterThanPlot` adds "and faster than Plot"
 * (netreach/Plot < 1, round by round).
 */
const SCENARIOS = [
  {
    name: 'map 800×400',
    pages: { bare: 'bare-map', plot: 'plot-map', netreach: 'netreach-map' },
    query: '?mode=single',
    metrics: [
      { key: 'draw', label: 'first draw', target: 1.15, fasterThanPlot: true },
      { key: 'drawCpu', label: 'first draw, CPU', target: 1.15, fasterThanPlot: true },
      // Plot has no update: its figure is a new Plot.plot replacing the old SVG, as a Plot user does.
      { key: 'update', label: 'value update', absolute: true, target: 2 },
      { key: 'heap', label: 'JS heap' },
    ],
  },
  {
    // The README's "paste this": dist/netreach.iife.js as one classic <script>, the geometry inlined. Plot's
    // figure for the same map is the row above.
    name: 'map 800×400 classic',
    pages: { bare: 'bare-map', netreach: 'netreach-map-classic' },
    query: '?mode=single',
    metrics: [
      { key: 'draw', label: 'first draw', target: 1.15 },
      { key: 'drawCpu', label: 'first draw, CPU', target: 1.15 },
    ],
  },
  {
    name: '100 maps 320×160',
    pages: { bare: 'bare-map', plot: 'plot-map', netreach: 'netreach-map' },
    query: '?mode=many',
    metrics: [
      { key: 'draw', label: 'draw all', target: 1.15 },
      { key: 'drawCpu', label: 'draw all, CPU', target: 1.15 },
      { key: 'heap', label: 'JS heap', target: 2 },
    ],
  },
  {
    name: 'bars 57',
    pages: { bare: 'bare-bars', plot: 'plot-bars', netreach: 'netreach-bars' },
    query: '',
    metrics: [
      { key: 'draw', label: 'first draw', target: 1.2, fasterThanPlot: true },
      { key: 'drawCpu', label: 'first draw, CPU', target: 1.2, fasterThanPlot: true },
    ],
  },
  // The scale scenarios (bench/pages/*-scale.ts): what the scale tests guard by counting work, measured in time.
  // 40 each of stat, map, bars, regions and trend, one `src`, in a five-column grid narrowed from 1200 to 1000 px.
  scale('200 widgets', 'widgets', 'draw all'),
  // Every ISO country a member, 20,000 universities: the first 2,000 rows sorted by name, then narrowed.
  scale('table 20,000 universities', 'table', 'first 2,000 rows'),
  {
    // The same dataset as JSON text: JSON.parse alone against parseDataset (JSON.parse and validation).
    name: 'scale: validate 20,000 universities',
    pages: { bare: 'bare-scale', netreach: 'netreach-scale' },
    query: '?mode=validate',
    metrics: [{ key: 'validate', label: 'parse + validate vs parse' }],
  },
];
/** The roles in a scenario's `pages`, in the table's order. */
const ROLES = ['bare', 'plot', 'netreach'];
// With --against, the two roles are two builds of the netreach page.
const rolesOf = (scenario) => (AGAINST ? ['against', 'netreach'] : ROLES.filter((role) => scenario.pages[role]));

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const ROUNDS = Math.max(7, Number(args.rounds ?? 15));
const PROFILE = args.profile === 'true';
/** The other build's dist/ for `--against`, copied beside ours. */
const AGAINST = args.against ? resolve(args.against) : undefined;
// The classic script is dist/netreach.iife.js: there is none to measure in an esbuild build.
// --only takes one prefix or several, comma-separated (`--only=map,100,bars`: the README's table without the scale pages).
const ONLY = args.only
  ? args.only
      .split(',')
      .map((prefix) => prefix.trim())
      .filter(Boolean)
  : [];
const scenarios = SCENARIOS.filter(
  (scenario) =>
    (ONLY.length === 0 || ONLY.some((prefix) => scenario.name.startsWith(prefix))) &&
    !(args.bundle === 'esbuild' && scenario.name.endsWith('classic')),
);

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/**
 * The page of a benchmark script without an .html of its own (bench/pages/<name>.ts): an empty #root and the
 * script, which loads the library itself. A Plot page (plot-*) also gets the import map that points
 * `@observablehq/plot` at PLOT, a modulepreload so Plot loads alongside the script, and the maps' flex layout.
 */
function standardPage(name) {
  const plot = name.startsWith('plot-')
    ? `
    <script type="importmap">{ "imports": { "@observablehq/plot": "${PLOT}" } }</script>
    <link rel="modulepreload" href="${PLOT}" />
    <style>#root { display: flex; flex-wrap: wrap; gap: 4px; }</style>`
    : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>bench: ${name}</title>
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; }
    </style>${plot}
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/node_modules/.cache/netreach-bench/${name}.js"></script>
  </body>
</html>`;
}

/** A static server for the repository on 127.0.0.1 (random port). No caching headers: each context is cold. */
function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    const page = /^\/bench\/pages\/([\w-]+)\.html$/.exec(path)?.[1];
    if (page && !existsSync(file) && existsSync(join(root, 'bench/pages', `${page}.ts`))) {
      response.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' }).end(standardPage(page));
      return;
    }
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    // Pages load the library as a page would: <script type="module" src="%BUNDLE%">, or the classic script.
    // --against: the page's ?bundle= and ?classic= name the build.
    if (extname(file) === '.html') {
      const query = new URL(request.url ?? '/', 'http://x').searchParams;
      const html = readFileSync(file, 'utf8');
      response.end(html.replaceAll('%BUNDLE%', query.get('bundle') ?? BUNDLE).replaceAll('%CLASSIC%', query.get('classic') ?? CLASSIC));
    } else createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The library bundle the netreach pages load (their `?bundle=` parameter). */
// dist/ is copied first, so a rebuild while the benchmark runs cannot pull the bundle from under it.
const BUNDLE =
  args.bundle === 'esbuild' ? '/node_modules/.cache/netreach-bench/lib/index.js' : '/node_modules/.cache/netreach-bench/dist/netreach.js';
/** The classic-script bundle, always the built one (esbuild makes no IIFE here). */
const CLASSIC = '/node_modules/.cache/netreach-bench/dist/netreach.iife.js';
/** The other build's bundles (--against). */
const AGAINST_BUNDLE = '/node_modules/.cache/netreach-bench/against/netreach.js';
const AGAINST_CLASSIC = '/node_modules/.cache/netreach-bench/against/netreach.iife.js';
/** The peer: all of @observablehq/plot (and the d3 it bundles) as one minified ES module. */
const PLOT = '/node_modules/.cache/netreach-bench/observablehq-plot.js';

async function prepare() {
  if (args.bundle === 'esbuild') {
    await build({
      entryPoints: [join(root, 'src/index.ts')],
      outdir: join(out, 'lib'),
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      target: 'es2021',
      logLevel: 'warning',
    });
  } else {
    if (!existsSync(join(root, 'dist/netreach.js'))) {
      console.log('bench: building dist/ (node scripts/build.mjs)…');
      execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
    }
    cpSync(join(root, 'dist'), join(out, 'dist'), { recursive: true });
  }
  if (AGAINST) {
    if (!existsSync(join(AGAINST, 'netreach.js'))) {
      console.error(`bench: --against=${args.against}: no netreach.js there (it takes a build's dist/: cp -r dist /tmp/before)`);
      process.exit(2);
    }
    rmSync(join(out, 'against'), { recursive: true, force: true });
    cpSync(AGAINST, join(out, 'against'), { recursive: true });
  }
  if (!existsSync(join(root, 'src/generated/world-geo.ts')))
    execFileSync('node', ['scripts/generate.mjs'], { cwd: root, stdio: 'inherit' });
  // A page's script is bench/pages/<page>.ts; a page without one (the classic-script map) uses another's.
  const pages = [...new Set(scenarios.flatMap((scenario) => (AGAINST ? [scenario.pages.netreach] : Object.values(scenario.pages))))].filter(
    (page) => existsSync(join(root, 'bench/pages', `${page}.ts`)),
  );
  if (!AGAINST && scenarios.some((scenario) => scenario.pages.plot)) {
    // As a CDN's "+esm" build or a vendored copy would be: the package's whole public API, nothing tree-shaken.
    await build({
      entryPoints: [join(root, 'node_modules/@observablehq/plot/src/index.js')],
      outfile: join(root, PLOT),
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      logLevel: 'warning',
    });
  }
  await build({
    // The Plot pages import it by name; their import map points the name at PLOT.
    external: ['@observablehq/plot'],
    entryPoints: Object.fromEntries(pages.map((page) => [page, join(root, 'bench/pages', `${page}.ts`)])),
    outdir: out,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
}

/** The `p`-quantile of `values`, interpolated between the two nearest (so the median of an even count is a mean). */
const quantile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
};
const median = (values) => quantile(values, 0.5);

/** Loads `url` in a cold context; returns its figures, or `{ failed }` with what went wrong. */
async function measure(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    const metric = async (name) => (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? NaN;
    const samples = {};
    let profile;
    if (PROFILE) {
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: 100 });
      await session.send('Profiler.start');
    }
    await page.exposeFunction('__benchSample', async (name) => {
      samples[name] = (await metric('ThreadTime')) * 1000;
      // The page waits for this call: the profile ends at the drawing.
      if (PROFILE && !profile) profile = (await session.send('Profiler.stop')).profile;
    });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const done = await page
      .waitForFunction(() => window.__bench !== undefined || (window.__benchErrors?.length ?? 0) > 0, { timeout: 90_000, polling: 100 })
      .then(() => true)
      .catch(() => false);
    const [reported, pageErrors, warnings] = await page.evaluate(() => [
      window.__bench,
      window.__benchErrors ?? [],
      window.__benchWarnings ?? [],
    ]);
    errors.push(...pageErrors);
    if (!done || errors.length) return { failed: errors.length ? [...new Set(errors)].join('; ') : 'never reported (90 s)' };
    await session.send('HeapProfiler.collectGarbage');
    const result = { heap: (await metric('JSHeapUsedSize')) / 1024 / 1024, ...samples, warnings };
    for (const [key, value] of Object.entries(reported)) result[key] = Array.isArray(value) ? median(value) : value;
    if (PROFILE) {
      // The requests made before the drawing.
      const requests = await page.evaluate(
        (drawn) =>
          performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime <= drawn)
            .map((entry) => [entry.name, entry.startTime, entry.responseEnd]),
        reported.draw ?? Infinity,
      );
      result.requests = requests.map(([url, start, end]) => [fileName(url), start, end]);
      result.selfTime = profile ? selfTimeByModule(profile) : {};
    }
    return result;
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error) };
  } finally {
    await context.close().catch(() => {});
  }
}

/** The order of a scenario's pages in a round: rotated each round, and reversed every other cycle. */
function orderOf(count, round) {
  const order = Array.from({ length: count }, (_, index) => (index + round) % count);
  return Math.floor(round / count) % 2 ? order.reverse() : order;
}

const figure = (value, unit) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ${unit}` : '—');
/** A ratio with its spread: the median of the rounds' ratios, and their 25th–75th percentile. */
const ratio = (ratios) =>
  ratios.length ? `${median(ratios).toFixed(2)}× (${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)})` : '—';

/** The table's rows: one per scenario and metric, over the rounds in which every page of the scenario ran. */
function tabulate(results) {
  if (AGAINST) return tabulateAgainst(results);
  const rows = [];
  for (const scenario of scenarios) {
    const runs = results.get(scenario);
    const rounds = [...Array(ROUNDS).keys()].filter((round) => rolesOf(scenario).every((role) => !runs[role][round].failed));
    for (const metric of scenario.metrics) {
      const value = (role, round) => runs[role][round][metric.key];
      const ms = (role) => (scenario.pages[role] ? median(rounds.map((round) => value(role, round))) : NaN);
      // Round by round: the pages of a round ran on the machine in the same state. A base that read 0 (a value
      // update of the bare page, under the clock's 0.1 ms resolution) gives no ratio: the round is left out of it.
      const ratios = (role, base) =>
        scenario.pages[role] && scenario.pages[base]
          ? rounds.filter((round) => value(base, round) > 0).map((round) => value(role, round) / value(base, round))
          : [];
      const ours = ratios('netreach', 'bare');
      const oursToPlot = ratios('netreach', 'plot');
      const unit = metric.key === 'heap' ? 'MB' : 'ms';
      if (!rounds.some((round) => Number.isFinite(value('netreach', round)))) continue;
      const result = metric.absolute ? ms('netreach') : median(ours);
      let target = '—';
      let met = '';
      if (metric.target !== undefined && rounds.length) {
        target = metric.absolute ? `≤ ${metric.target} ms` : `≤ ${metric.target}×`;
        met = result <= metric.target ? 'yes' : 'NO';
        if (metric.fasterThanPlot && oursToPlot.length) {
          target += ', < Plot';
          if (median(oursToPlot) >= 1) met = 'NO';
        }
      }
      rows.push({
        scenario: scenario.name,
        measure: metric.label,
        'bare d3': figure(ms('bare'), unit),
        Plot: figure(ms('plot'), unit),
        netreach: figure(ms('netreach'), unit),
        'netreach / bare': ratio(ours),
        'Plot / bare': ratio(ratios('plot', 'bare')),
        'netreach / Plot': ratio(oursToPlot),
        target,
        met: rounds.length < ROUNDS ? `${met} (${rounds.length}/${ROUNDS} rounds)` : met,
      });
    }
  }
  return rows;
}

/** --against: each build's medians and this build / that build, round by round. */
function tabulateAgainst(results) {
  const rows = [];
  for (const scenario of scenarios) {
    const runs = results.get(scenario);
    const rounds = [...Array(ROUNDS).keys()].filter((round) => !runs.against[round].failed && !runs.netreach[round].failed);
    for (const metric of scenario.metrics) {
      const value = (role, round) => runs[role][round][metric.key];
      if (!rounds.some((round) => Number.isFinite(value('netreach', round)))) continue;
      const unit = metric.key === 'heap' ? 'MB' : 'ms';
      rows.push({
        scenario: scenario.name,
        measure: metric.label,
        [`that build (${args.against})`]: figure(median(rounds.map((round) => value('against', round))), unit),
        'this build': figure(median(rounds.map((round) => value('netreach', round))), unit),
        'this / that': ratio(
          rounds.filter((round) => value('against', round) > 0).map((round) => value('netreach', round) / value('against', round)),
        ),
        rounds: `${rounds.length}/${ROUNDS}`,
      });
    }
  }
  return rows;
}

function markdown(rows) {
  const columns = Object.keys(rows[0]);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...rows.map((row) => line(columns.map((column) => row[column])))].join('\n');
}

async function main() {
  await prepare();
  let puppeteer;
  try {
    puppeteer = await import('puppeteer-core');
  } catch {
    console.error('bench: puppeteer-core is missing (it comes with @web/test-runner-chrome; run npm install).');
    process.exit(1);
  }
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/bench/pages/`;
  const browser = await puppeteer.launch({
    executablePath: ensureChrome(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--enable-precise-memory-info',
    ],
  });
  const results = new Map(scenarios.map((scenario) => [scenario, Object.fromEntries(rolesOf(scenario).map((role) => [role, []]))]));
  const failures = [];
  const started = Date.now();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      process.stdout.write(`\rbench: round ${round + 1}/${ROUNDS}`);
      for (const scenario of scenarios) {
        // Interleaved, rotating which page goes first, so drift hits all alike.
        const roles = rolesOf(scenario);
        for (const index of orderOf(roles.length, round)) {
          const role = roles[index];
          const page = role === 'against' ? scenario.pages.netreach : scenario.pages[role];
          const [bundle, classic] = role === 'against' ? [AGAINST_BUNDLE, AGAINST_CLASSIC] : [BUNDLE, CLASSIC];
          const query = `${scenario.query}${scenario.query ? '&' : '?'}bundle=${encodeURIComponent(bundle)}&classic=${encodeURIComponent(classic)}`;
          const run = await measure(browser, `${base}${page}.html${query}`);
          if (run.failed)
            failures.push(
              `round ${round + 1}, ${scenario.name}, ${role === 'against' ? `${page} (${args.against})` : page}: ${run.failed}`,
            );
          results.get(scenario)[role][round] = run;
        }
      }
    }
  } finally {
    process.stdout.write('\n');
    await browser.close();
    server.close();
  }

  if (PROFILE) {
    printProfiles(results);
    return;
  }
  const rows = tabulate(results);
  console.log(
    `\n${ROUNDS} interleaved rounds in ${Math.round((Date.now() - started) / 1000)} s, headless Chromium (cold context per run), bundle ${BUNDLE}, ` +
      `${AGAINST ? `against ${AGAINST}` : `@observablehq/plot ${plotVersion()}`}; ` +
      `ms are medians, ratios the median of the rounds' ratios (25th–75th percentile); load average before/after: ${LOAD} / ${loadAverage()}:`,
  );
  if (!rows.length) console.log('no figures: every run failed (below)');
  else if (args.markdown) console.log(markdown(rows));
  else console.table(rows);
  if (args.json) {
    const raw = scenarios.map((scenario) => ({
      scenario: scenario.name,
      query: scenario.query,
      pages: scenario.pages,
      runs: results.get(scenario),
    }));
    writeFileSync(args.json, JSON.stringify(raw, null, 1));
    console.log(`\nevery run's figures: ${args.json}`);
  }
  const warned = new Map();
  for (const scenario of scenarios)
    for (const role of rolesOf(scenario))
      for (const run of results.get(scenario)[role])
        for (const warning of new Set(run.warnings ?? [])) {
          const key = `${scenario.name}, ${role === 'against' ? `${scenario.pages.netreach} (${args.against})` : scenario.pages[role]}: ${warning}`;
          warned.set(key, (warned.get(key) ?? 0) + 1);
        }
  if (warned.size) {
    console.log('\nerror events that are no failure (the run counts), and in how many runs:');
    for (const [key, count] of warned) console.log(`  ${key} (${count}/${ROUNDS})`);
  }
  if (failures.length) {
    console.log(`\n${failures.length} failed run(s), left out of their scenario's figures:`);
    for (const failure of failures) console.log(`  ${failure}`);
  }
}

/** A URL's file name, without its query or a build's hash: "map.chunk.js". */
const fileName = (url) =>
  url
    .replace(/[?#].*/, '')
    .replace(/.*\//, '')
    .replace(/-[\w-]{8}\.js$/, '.js');

const sourceMaps = new Map();
/** `url:line:column` of the built bundle mapped to its source module (`src/map/map.ts`), or undefined. */
function sourceModule(url, line, column) {
  const path = /^https?:\/\/[^/]+(\/node_modules\/\.cache\/netreach-bench\/[^?]+\.js)/.exec(url)?.[1];
  if (!path) return undefined;
  if (!sourceMaps.has(path)) {
    const file = join(root, `${path}.map`);
    sourceMaps.set(path, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : undefined);
  }
  const map = sourceMaps.get(path);
  const source = map && originalPositionFor(map, { line: line + 1, column }).source;
  return source?.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, 'node_modules/');
}

/** Self time (ms) of a CPU profile by source module; the browser's own work and the collector apart. */
function selfTimeByModule(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byModule = {};
  profile.samples.forEach((id, index) => {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    // Idle, and the runner's own calls into the page.
    if (functionName === '(idle)' || /^(pptr:|extensions::)/.test(url)) return;
    // A module's top-level code, which a source map puts in whichever module the file begins with.
    const topLevel = !functionName && lineNumber === 0 && columnNumber === 0 && url;
    const name = topLevel
      ? `${fileName(url)}: its top-level code`
      : functionName === '(garbage collector)'
        ? '(garbage collection)'
        : functionName === '(program)'
          ? '(the browser: style, layout, paint, parsing, compiling)'
          : (sourceModule(url, lineNumber, columnNumber) ?? (url ? fileName(url) : '(native functions)'));
    byModule[name] = (byModule[name] ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000;
  });
  return byModule;
}

/** --profile: per page, its requests' median start and end, and its main thread's self time by module. */
function printProfiles(results) {
  for (const scenario of scenarios) {
    for (const role of rolesOf(scenario)) {
      const runs = results.get(scenario)[role].filter((run) => !run.failed);
      if (!runs.length) continue;
      const page = role === 'against' ? `${scenario.pages.netreach} (${args.against})` : scenario.pages[role];
      console.log(
        `\n${scenario.name}, ${page}: drawn at ${figure(median(runs.map((run) => run.draw)), 'ms')} under the profiler (${runs.length} runs)`,
      );
      const requests = new Map();
      for (const run of runs) {
        const seen = new Map();
        for (const [name, start, end] of run.requests) {
          // A file asked for twice in a run (the page's data, then its update's) is two rows.
          const count = (seen.get(name) ?? 0) + 1;
          seen.set(name, count);
          const key = count > 1 ? `${name} (${count})` : name;
          requests.set(key, [...(requests.get(key) ?? []), [start, end]]);
        }
      }
      for (const [name, times] of [...requests].sort((a, b) => median(a[1].map((t) => t[0])) - median(b[1].map((t) => t[0]))))
        console.log(
          `  request ${name.padEnd(34)} ${figure(median(times.map((t) => t[0])), 'ms').padStart(9)} → ${figure(median(times.map((t) => t[1])), 'ms')}`,
        );
      const modules = new Map();
      for (const run of runs)
        for (const [name, ms] of Object.entries(run.selfTime)) modules.set(name, (modules.get(name) ?? 0) + ms / runs.length);
      const total = [...modules.values()].reduce((sum, ms) => sum + ms, 0);
      console.log(`  main thread up to the drawing: ${figure(total, 'ms')}, by module (self time, mean):`);
      for (const [name, ms] of [...modules].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top ?? 25)))
        console.log(`  ${figure(ms, 'ms').padStart(9)}  ${name}`);
    }
  }
}

const plotVersion = () => JSON.parse(readFileSync(join(root, 'node_modules/@observablehq/plot/package.json'), 'utf8')).version;
const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ');
const LOAD = loadAverage();

await main();
