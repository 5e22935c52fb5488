// `npm run bench`: netreach against bare hand-written d3 pages, in headless Chromium, interleaved, median ratios.
//
// Each scenario is a pair of pages under bench/pages/ that do the same work and report their figures to
// `window.__bench` (see pages/common.ts): `draw` (ms from navigation start to the drawing painted) and,
// optionally, `update` (a list of ms per value update; its median is used), `resize` (ms from a change of the
// page's width to everything redrawn and painted) or `validate` (a list of ms per validation). The runner adds `heap` (JS heap
// used after a forced GC, in MB). Adding a scenario (the 57-bar chart, say) takes one SCENARIOS entry and its
// two pages: bench/pages/bare-bars.ts and bench/pages/netreach-bars.ts (+ an .html only if the standard page —
// see standardPage — does not do).
//
// Each round loads both pages of a scenario back to back (alternating which goes first); a ratio is the median
// of the rounds' ratios, so that the machine's drift between rounds cancels out. The milliseconds printed are
// the medians of each page's runs.
//
// A benchmark prints ratios; it is never a timed test. Options: --rounds=N (default 15), --only=<scenario name>,
// --bundle=esbuild (measure an esbuild build of src/index.ts, split and minified, instead of dist/netreach.js).
import { execFileSync } from 'node:child_process';
import { cpSync, createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { build } from 'esbuild';
import { ensureChrome } from '../scripts/chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'node_modules/.cache/netreach-bench');

/** A scale scenario that draws (`mode`), then re-renders after the page narrows. */
function scale(name, mode, drawLabel) {
  return {
    name: `scale: ${name}`,
    pages: ['bare-scale', 'netreach-scale'],
    query: `?mode=${mode}`,
    metrics: [
      { key: 'draw', label: drawLabel },
      { key: 'resize', label: 're-render after resize' },
    ],
  };
}

/**
 * The scenarios. `pages`: the page basenames, baseline first; `query`: appended to both URLs; `metrics`: which
 * figures to print (ratios netreach / bare unless `absolute`), with their targets where there is one.
 */
const SCENARIOS = [
  {
    name: 'map 800×400',
    pages: ['bare-map', 'netreach-map'],
    query: '?mode=single',
    metrics: [
      { key: 'draw', label: 'first draw', target: 1.3 },
      { key: 'update', label: 'value update (ms)', absolute: true, target: 5 },
      { key: 'heap', label: 'JS heap', target: 3 },
    ],
  },
  {
    // The README's "paste this": dist/netreach.iife.js as one classic <script>, the geometry inlined.
    name: 'map 800×400 classic',
    pages: ['bare-map', 'netreach-map-classic'],
    query: '?mode=single',
    metrics: [{ key: 'draw', label: 'first draw', target: 1.3 }],
  },
  {
    name: '100 maps 320×160',
    pages: ['bare-map', 'netreach-map'],
    query: '?mode=many',
    metrics: [
      { key: 'draw', label: 'draw all', target: 1.3 },
      { key: 'heap', label: 'JS heap', target: 3 },
    ],
  },
  { name: 'bars 57', pages: ['bare-bars', 'netreach-bars'], query: '', metrics: [{ key: 'draw', label: 'first draw', target: 1.3 }] },
  // The scale scenarios (bench/pages/*-scale.ts): what the scale tests guard by counting work, measured in time.
  // 40 each of stat, map, bars, regions and trend, one `src`, in a five-column grid narrowed from 1200 to 1000 px.
  scale('200 widgets', 'widgets', 'draw all'),
  // Every ISO country a member, 20,000 universities: the first 2,000 rows sorted by name, then narrowed.
  scale('table 20,000 universities', 'table', 'first 2,000 rows'),
  {
    // The same dataset as JSON text: JSON.parse alone against parseDataset (JSON.parse and validation).
    name: 'scale: validate 20,000 universities',
    pages: ['bare-scale', 'netreach-scale'],
    query: '?mode=validate',
    metrics: [{ key: 'validate', label: 'parse + validate vs parse' }],
  },
];

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const ROUNDS = Math.max(7, Number(args.rounds ?? 15));
// The classic script is dist/netreach.iife.js: there is none to measure in an esbuild build.
const scenarios = SCENARIOS.filter(
  (scenario) => (!args.only || scenario.name.startsWith(args.only)) && !(args.bundle === 'esbuild' && scenario.name.endsWith('classic')),
);

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

/**
 * The page of a benchmark script without an .html of its own (bench/pages/<name>.ts): an empty #root and the
 * script, which loads the library itself.
 */
function standardPage(name) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>bench: ${name}</title>
    <style>
      body { margin: 0; font-family: system-ui, sans-serif; }
    </style>
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
    if (extname(file) === '.html') response.end(readFileSync(file, 'utf8').replaceAll('%BUNDLE%', BUNDLE).replaceAll('%CLASSIC%', CLASSIC));
    else createReadStream(file).pipe(response);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The library bundle the netreach pages load (their `?bundle=` parameter). */
// dist/ is copied first, so a rebuild while the benchmark runs cannot pull the bundle from under it.
const BUNDLE =
  args.bundle === 'esbuild' ? '/node_modules/.cache/netreach-bench/lib/index.js' : '/node_modules/.cache/netreach-bench/dist/netreach.js';
/** The classic-script bundle, always the built one (esbuild makes no IIFE here). */
const CLASSIC = '/node_modules/.cache/netreach-bench/dist/netreach.iife.js';

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
  if (!existsSync(join(root, 'src/generated/world-geo.ts')))
    execFileSync('node', ['scripts/generate.mjs'], { cwd: root, stdio: 'inherit' });
  // A page's script is bench/pages/<page>.ts; a page without one (the classic-script map) uses another's.
  const pages = [...new Set(scenarios.flatMap((scenario) => scenario.pages))].filter((page) =>
    existsSync(join(root, 'bench/pages', `${page}.ts`)),
  );
  await build({
    entryPoints: Object.fromEntries(pages.map((page) => [page, join(root, 'bench/pages', `${page}.ts`)])),
    outdir: out,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function measure(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  await page
    .waitForFunction(() => window.__bench !== undefined, { timeout: 60_000, polling: 50 })
    .catch(() => {
      throw new Error(`${url} never reported${errors.length ? `: ${errors.join('; ')}` : ''}`);
    });
  const figures = await page.evaluate(() => window.__bench);
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  await session.send('Performance.enable');
  const { metrics } = await session.send('Performance.getMetrics');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? NaN;
  await context.close();
  const result = { heap: heap / 1024 / 1024 };
  for (const [key, value] of Object.entries(figures)) result[key] = Array.isArray(value) ? median(value) : value;
  return result;
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
  const results = new Map(scenarios.map((scenario) => [scenario, scenario.pages.map(() => [])]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      process.stdout.write(`\rbench: round ${round + 1}/${ROUNDS}`);
      for (const scenario of scenarios) {
        // Interleaved, and alternating which page goes first, so drift hits both alike.
        const order = scenario.pages.map((_, index) => index);
        if (round % 2) order.reverse();
        for (const index of order) {
          const query = `${scenario.query}${scenario.query ? '&' : '?'}bundle=${encodeURIComponent(BUNDLE)}`;
          results.get(scenario)[index].push(await measure(browser, `${base}${scenario.pages[index]}.html${query}`));
        }
      }
    }
  } finally {
    process.stdout.write('\n');
    await browser.close();
    server.close();
  }

  const rows = [];
  for (const scenario of scenarios) {
    const [bare, ours] = results.get(scenario);
    for (const metric of scenario.metrics) {
      const a = median(bare.map((run) => run[metric.key]));
      const b = median(ours.map((run) => run[metric.key]));
      const unit = metric.key === 'heap' ? 'MB' : 'ms';
      // Round by round: both pages of a round ran on the machine in the same state.
      const value = metric.absolute ? b : median(ours.map((run, round) => run[metric.key] / bare[round][metric.key]));
      rows.push({
        scenario: scenario.name,
        measure: metric.label,
        bare: `${a.toFixed(a < 10 ? 2 : 1)} ${unit}`,
        netreach: `${b.toFixed(b < 10 ? 2 : 1)} ${unit}`,
        result: metric.absolute ? `${value.toFixed(2)} ms` : `${value.toFixed(2)}×`,
        target: metric.target === undefined ? '—' : metric.absolute ? `≤ ${metric.target} ms` : `≤ ${metric.target}×`,
        ok: metric.target === undefined ? '' : value <= metric.target ? 'yes' : 'NO',
      });
    }
  }
  console.log(
    `\n${ROUNDS} interleaved rounds, headless Chromium (cold context per run), bundle ${BUNDLE}; ms are medians, ratios the median of the rounds' ratios:`,
  );
  console.table(rows);
}

await main();
