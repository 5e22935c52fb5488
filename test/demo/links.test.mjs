// Every link on every demo page works, as `npm start` serves them: the demo server (Vite, this repository's
// vite.config.ts, on loopback and a free port) is asked for every href and src of every page in demo/, of the
// same-origin pages they lead to, and of the snippets the configurator prints for every widget and dataset — none
// may be missing. Run after `npm run build` (`npm start` builds dist/ the same way): `node --test test/demo/`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse, parseFragment } from 'parse5';
import { createServer } from 'vite';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Demo links that are missing on purpose, and why. Each must stay missing, or the demo shows nothing. */
const MISSING_ON_PURPOSE = new Map([['/demo/missing.json', 'index.html shows the error of a dataset that is not there']]);

let server;
let origin;

before(async () => {
  server = await createServer({
    configFile: join(root, 'vite.config.ts'),
    root,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: false, watch: null },
  });
  await server.listen();
  const { port } = server.httpServer.address();
  origin = `http://127.0.0.1:${port}`;
});
after(() => server?.close());

/** Every href and src attribute in a parse5 tree, in document order. */
function links(node, found = []) {
  for (const { name, value } of node.attrs ?? []) if (name === 'href' || name === 'src') found.push(value);
  for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) links(child, found);
  return found;
}

/**
 * Requests every same-origin URL reachable from `start` through href and src attributes of HTML pages, and
 * through the `src` query parameter of embed.html (the dataset it loads, relative to itself). Returns each URL's
 * status and the page that linked to it.
 */
async function crawl(start, copied = new Map()) {
  const statuses = new Map();
  const queue = start.map(([url, from]) => [new URL(url, origin), from]);
  while (queue.length) {
    const [url, from] = queue.shift();
    url.hash = '';
    if (url.origin !== origin || statuses.has(url.href)) continue;
    // A file copied next to the page (`copied`: where it is there → where it is in this repository).
    const response = await fetch(copied.has(url.pathname) ? new URL(copied.get(url.pathname), origin) : url);
    statuses.set(url.href, { status: response.status, from });
    const body = await response.text();
    if (!response.ok || !response.headers.get('content-type')?.startsWith('text/html')) continue;
    // A copied page's links lead next to it, where it was copied.
    const page = copied.has(url.pathname) ? url : new URL(response.url);
    for (const value of links(parse(body))) queue.push([new URL(value, page), page.pathname]);
    const dataset = page.pathname.endsWith('/embed.html') && page.searchParams.get('src');
    if (dataset) queue.push([new URL(dataset, page), `${page.pathname}?src=`]);
  }
  return statuses;
}

const pathsOf = (statuses) => new Set([...statuses.keys()].map((href) => new URL(href).pathname));

/**
 * The configurator's snippets for every widget and every dataset its form offers, as `demo/configurator.ts` makes
 * them, with the files their headings say to copy next to the page (`snippetFiles()`).
 */
async function configuratorSnippets() {
  const { snippetFiles, snippets } = await server.ssrLoadModule('/demo/snippets.ts');
  const { WIDGETS } = await server.ssrLoadModule('/src/widget-options.ts');
  const form = parse(readFileSync(join(root, 'demo/configurator.html'), 'utf8'));
  const datasets = [];
  (function find(node) {
    if (node.nodeName === 'select' && node.attrs.some(({ name, value }) => name === 'name' && value === 'dataset')) {
      for (const option of node.childNodes.filter((child) => child.nodeName === 'option')) {
        const value = option.attrs.find(({ name }) => name === 'value')?.value ?? '';
        if (value !== 'custom') datasets.push(value);
      }
    }
    for (const child of node.childNodes ?? []) find(child);
  })(form);
  assert.ok(datasets.length >= 2, 'the configurator offers no datasets');
  const page = new URL('/demo/configurator.html', origin);
  // A dataset the form loads from this server (the example's, beside the configurator) is a file to copy too.
  const copiedFile = (src) => (src ? new URL(src, page).pathname.slice(1) : undefined);
  return WIDGETS.flatMap((widget) =>
    datasets.map((src) => ({
      widget,
      ...snippets({ widget, attributes: { src } }, '', undefined, undefined, copiedFile(src)),
      files: snippetFiles(copiedFile(src)),
    })),
  );
}

test('npm start builds dist/ (what the snippets load) before it serves the demo', () => {
  assert.match(pkg.scripts.start, /^node scripts\/build\.mjs --dist && vite\b/);
});

test('every href and src of every demo page, and of the pages they lead to, is there', async () => {
  const pages = readdirSync(join(root, 'demo')).filter((name) => name.endsWith('.html'));
  const statuses = await crawl([['/', 'npm start'], ...pages.map((name) => [`/demo/${name}`, 'demo/'])]);
  const broken = [];
  for (const [href, { status, from }] of statuses) {
    const path = new URL(href).pathname;
    if (MISSING_ON_PURPOSE.has(path)) assert.equal(status, 404, `${path} is meant to be missing: ${MISSING_ON_PURPOSE.get(path)}`);
    else if (status !== 200) broken.push(`${status} ${path} (linked from ${from})`);
  }
  assert.deepEqual(broken, []);
  // A crawl that reached nothing would pass too: make sure it saw the pages, the library and the data.
  const reached = pathsOf(statuses);
  for (const path of ['/demo/configurator.html', '/src/index.ts', '/data/example-network.json', '/demo/missing.json']) {
    assert.ok(reached.has(path), `the crawl never reached ${path}`);
  }
});

test('the gallery, the dashboard, the configurator and the Persian and Arabic pages link to the slide deck', () => {
  for (const name of ['index', 'dashboard', 'configurator', 'fa', 'ar']) {
    const hrefs = links(parse(readFileSync(join(root, 'demo', `${name}.html`), 'utf8')));
    assert.ok(hrefs.includes('./deck.html'), `demo/${name}.html does not link to the deck`);
  }
});

test('every URL in every configurator snippet is there, and every npm import is an export of the package', async () => {
  const all = await configuratorSnippets();
  const page = '/demo/configurator.html';
  const start = [];
  // Every snippet loads its files from next to the page it is pasted into, where its heading says to copy them (a
  // page in a folder of their own: each file there is served from where it is in this repository), and nothing else.
  const folder = '/copied/';
  const pasted = new URL(`${folder}page.html`, origin);
  const copied = new Map();
  for (const { widget, script, iframe, npm, files } of all) {
    for (const file of [...files.script, ...files.iframe, ...files.npm])
      copied.set(folder + file.slice(file.lastIndexOf('/') + 1), `/${file}`);
    for (const value of links(parseFragment(script))) start.push([new URL(value, pasted), page]);
    for (const value of links(parseFragment(iframe))) start.push([new URL(value, pasted), page]);
    for (const [, specifier] of npm.matchAll(/import '([^']+)'/g)) {
      const subpath = `.${specifier.slice(pkg.name.length)}`;
      assert.ok(specifier.startsWith(`${pkg.name}/`) && pkg.exports[subpath], `the ${widget} snippet imports ${specifier}, not an export`);
    }
  }
  const statuses = await crawl(start, copied);
  const reached = pathsOf(statuses);
  // (Vite's dev server adds its client to every page it serves.)
  const elsewhere = [...reached].filter((path) => !copied.has(path) && path !== '/@vite/client');
  assert.deepEqual(elsewhere, [], 'a snippet loads a file its heading does not say to copy next to the page');
  const broken = [...statuses]
    .filter(([, { status }]) => status !== 200)
    .map(([href, { status, from }]) => `${status} ${href} (from ${from})`);
  assert.deepEqual(broken, []);
  for (const file of ['netreach.iife.js', 'embed.html', 'embed.js', 'embed.css', 'example-network.json']) {
    assert.ok(reached.has(folder + file), `the snippets never led to ${file}`);
  }
});
