// Test-only server behaviour for @web/test-runner: misbehaving endpoints under /mock/ for the loaders, and a
// `golden` command that compares rendered SVG with committed files in test/golden/.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const VALID = readFileSync(join(root, 'data/example-network.json'), 'utf8');
/** A real dataset (no "Illustrative data" badge) for `/mock/held?dataset=cinvu`. */
const CINVU = readFileSync(join(root, 'data/cinvu.json'), 'utf8');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Counts requests per mock path so tests can check that one URL is fetched once per page. */
const hits = new Map();

/**
 * Responses held until the test releases them (`/mock/held?key=k` answers once `/mock/release?key=k` is asked):
 * tests decide the order responses arrive in, without racing a clock.
 */
const gates = new Map();
function gate(key) {
  let entry = gates.get(key);
  if (!entry) {
    let open;
    entry = { opened: new Promise((resolve) => (open = resolve)), open: () => open() };
    gates.set(key, entry);
  }
  return entry;
}

/** Paths of the dev server's own files held like `/mock/held` (`/mock/hold-path?path=p&key=k`): a chunk held back. */
const heldPaths = new Map();

/** A second origin for CORS failures: started with the dev server, answers every path with valid JSON, no CORS. */
let corsServer;
let corsPort = 0;

async function mock(context) {
  const url = new URL(context.url, 'http://localhost');
  const name = url.pathname.slice('/mock/'.length);
  const q = (key, fallback) => Number(url.searchParams.get(key) ?? fallback);
  hits.set(url.pathname + url.search, (hits.get(url.pathname + url.search) ?? 0) + 1);
  const json = (body) => {
    context.status = 200;
    context.type = 'application/json';
    context.body = body;
  };
  switch (name) {
    case 'hits':
      return json(JSON.stringify(Object.fromEntries(hits)));
    case 'valid':
    case 'valid-2':
      return json(VALID);
    case 'delayed': {
      await sleep(q('ms', 200));
      const dataset = JSON.parse(VALID);
      dataset.network.name = url.searchParams.get('name') ?? dataset.network.name;
      return json(JSON.stringify(dataset));
    }
    case 'held': {
      await gate(url.searchParams.get('key')).opened;
      const dataset = JSON.parse(url.searchParams.get('dataset') === 'cinvu' ? CINVU : VALID);
      dataset.network.name = url.searchParams.get('name') ?? dataset.network.name;
      return json(JSON.stringify(dataset));
    }
    case 'release':
      gate(url.searchParams.get('key')).open();
      return json('{}');
    case 'hold-path':
      heldPaths.set(url.searchParams.get('path'), url.searchParams.get('key'));
      return json('{}');
    case 'status':
      context.status = q('code', 500);
      context.type = 'text/html';
      context.body = `<!doctype html><h1>Error ${q('code', 500)}</h1>`;
      return;
    case 'html':
      context.status = 200;
      context.type = 'text/html';
      context.body = '<!doctype html><title>App</title><div id="app"></div>';
      return;
    case 'not-json':
      context.status = 200;
      context.type = 'application/json';
      context.body = '{"version": 1, "network": ';
      return;
    case 'empty':
      context.status = 200;
      context.type = 'application/json';
      context.body = '';
      return;
    case 'no-content':
      context.status = 204;
      context.body = null;
      return;
    case 'invalid':
      return json(JSON.stringify({ ...JSON.parse(VALID), version: 99 }));
    case 'big':
      return json(`{"version":1,"padding":"${'x'.repeat(q('bytes', 2_000_000))}"}`);
    case 'slow-first-byte':
      await sleep(q('ms', 3000));
      return json(VALID);
    case 'drip': {
      // A body sent a few bytes at a time: the deadline must cover the whole download, not the first byte.
      const { PassThrough } = await import('node:stream');
      const stream = new PassThrough();
      context.status = 200;
      context.type = 'application/json';
      context.body = stream;
      const every = q('every', 200);
      let index = 0;
      const timer = setInterval(() => {
        if (index >= VALID.length || stream.destroyed) {
          clearInterval(timer);
          stream.end();
          return;
        }
        stream.write(VALID.slice(index, index + 8));
        index += 8;
      }, every);
      return;
    }
    case 'abort': {
      // Headers and part of the body, then the connection is cut: the browser sees a network error mid-body.
      context.respond = false;
      const { res } = context;
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(VALID.length), 'cache-control': 'no-store' });
      res.write(VALID.slice(0, 200));
      setTimeout(() => res.socket?.destroy(), q('ms', 50));
      return;
    }
    case 'legacy-page':
      // A page that declares no encoding, served as windows-1252 (as an old server or a file opened from disk is
      // read), loading the classic script from a server that names no charset either.
      context.status = 200;
      context.set('Content-Type', 'text/html; charset=windows-1252');
      context.body = Buffer.from(
        '<!doctype html><html lang="fa"><body><netreach-stat></netreach-stat><script src="/mock/classic-script"></script></body></html>',
        'latin1',
      );
      return;
    case 'classic-script':
      context.status = 200;
      context.set('Content-Type', 'text/javascript');
      context.body = readFileSync(join(root, 'dist/netreach.iife.js'));
      return;
    case 'cors-port':
      // The port of a second origin (127.0.0.1, no CORS headers) serving a valid dataset: a CORS failure.
      return json(JSON.stringify({ port: corsPort }));
    case 'redirect-loop':
      context.status = 302;
      context.set('Location', `/mock/redirect-loop?n=${q('n', 0) + 1}`);
      return;
    default:
      context.status = 404;
      context.body = 'unknown mock';
  }
}

/** Koa middleware answering /mock/… before the dev server's own handlers. */
export const STRICT_CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types netreach";

export async function mockMiddleware(context, next) {
  if (
    [
      '/test/fixtures/csp.html',
      '/test/fixtures/csp-module.html',
      '/test/fixtures/csp-module-map.html',
      '/test/fixtures/csp-module-query.html',
    ].includes(context.path)
  ) {
    await next();
    context.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  const held = heldPaths.get(context.path);
  if (held) {
    hits.set(context.path, (hits.get(context.path) ?? 0) + 1);
    await gate(held).opened;
    heldPaths.delete(context.path);
  }
  if (!context.path.startsWith('/mock/')) return next();
  context.set('Cache-Control', 'no-store');
  await mock(context);
}

const cdpSessions = new WeakMap();
/** A page's DevTools session: emulation and blocking last only as long as the session that set them, so one per page. */
async function cdpSession(page) {
  let client = cdpSessions.get(page);
  if (!client) {
    client = await page.createCDPSession();
    cdpSessions.set(page, client);
  }
  return client;
}

/**
 * What each test page said it was doing, by session id: the test it started last, and whether the page crashed. A
 * page that hangs or crashes sends no results; test/helpers/failure-summary.mjs names that test from here.
 */
export const pageActivity = new Map();

export function netreachTestPlugin() {
  return {
    name: 'netreach-test',
    async serverStart() {
      const { createServer } = await import('node:http');
      corsServer = createServer((request, response) => {
        response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        response.end(VALID);
      });
      await new Promise((resolve) => corsServer.listen(0, '127.0.0.1', resolve));
      corsPort = corsServer.address().port;
    },
    async serverStop() {
      await new Promise((resolve) => (corsServer ? corsServer.close(resolve) : resolve()));
    },
    transform(context) {
      // Every test file first tells the server which test starts (test/helpers/announce.ts).
      if (!/^\/test\/.*\.test\.ts$/.test(context.path) || typeof context.body !== 'string') return undefined;
      return { body: `import '/test/helpers/announce.ts';\n${context.body}` };
    },
    async executeCommand({ command, payload, session }) {
      if (command === 'test-started') {
        let activity = pageActivity.get(session.id);
        if (!activity) {
          activity = { test: '', crashed: false };
          pageActivity.set(session.id, activity);
          const page = session.browser.getPage?.(session.id);
          page?.once('error', () => (activity.crashed = true));
          // Each test file's page behaves as the focused window: a page opened after another test file's did not
          // always get the window's focus, and then focus() neither fired focus events nor matched :focus-visible
          // (theming-api.test.ts after table.test.ts found no focus ring and no tooltip to restyle).
          if (page) await (await cdpSession(page)).send('Emulation.setFocusEmulationEnabled', { enabled: true });
        }
        activity.test = payload.title;
        return true;
      }
      if (command === 'media-features' || command === 'block-urls' || command === 'cache-disabled') {
        const page = session.browser.getPage?.(session.id);
        if (!page) throw new Error(`${command} needs the Chrome launcher`);
        const client = await cdpSession(page);
        if (command === 'cache-disabled') {
          // Every request reaches the server, which may hold it (`/mock/hold-path`): a file another test file's page
          // loaded is otherwise answered from the browser's cache and never requested.
          await client.send('Network.enable');
          await client.send('Network.setCacheDisabled', { cacheDisabled: payload.disabled });
          return true;
        }
        if (command === 'block-urls') {
          // Requests matching these patterns fail as a network error would; the cache cannot answer them.
          await client.send('Network.enable');
          await client.send('Network.setCacheDisabled', { cacheDisabled: payload.urls.length > 0 });
          await client.send('Network.setBlockedURLs', { urls: payload.urls });
          return true;
        }
        // Chromium media features the stock emulateMedia command does not pass on (forced-colors): Puppeteer's
        // emulateMediaFeatures refuses forced-colors; the DevTools protocol takes it.
        await client.send('Emulation.setEmulatedMedia', { features: payload.features });
        return true;
      }
      if (command !== 'golden') return undefined;
      const path = join(root, 'test/golden', `${payload.name}.svg`);
      const update = process.env.UPDATE_GOLDEN === '1';
      if (!existsSync(path) || update) {
        if (process.env.CI && !update) return { ok: false, message: `missing golden file test/golden/${payload.name}.svg` };
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, payload.content);
        return { ok: true, written: true };
      }
      const expected = readFileSync(path, 'utf8');
      return expected === payload.content
        ? { ok: true }
        : { ok: false, message: `differs from test/golden/${payload.name}.svg (UPDATE_GOLDEN=1 npm run test:browser to accept)`, expected };
    },
  };
}
