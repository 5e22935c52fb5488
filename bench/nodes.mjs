// `node bench/nodes.mjs`: how many nodes one <netreach-map>'s shadow root holds in the built bundle
// (dist/netreach.js), by type — elements, comments (Lit's part markers), whitespace-only text, other text — as
// the 100-map benchmark draws it (CINVU, 320 px, `legend="none"`) and with the default legend. Every node is
// style-recalculated and laid out on every page that shows a map: a page of 100 maps holds 100 times these.
// A count, not a timing: test/browser/map-nodes.test.ts guards the same count in the source.
// `--bundle=<path under the root>` counts another build (e.g. a copy of dist/ from before a change).
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { ensureChrome } from '../scripts/chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const bundle = process.argv.find((arg) => arg.startsWith('--bundle='))?.slice('--bundle='.length) ?? 'dist/netreach.js';
if (!existsSync(join(root, bundle))) throw new Error(`${bundle} does not exist: run \`npm run build\` first`);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>nodes</title></head><body>
<script type="module" src="/${bundle}"></script></body></html>`;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json' };

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
  if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await puppeteer.launch({ executablePath: ensureChrome(), args: ['--no-sandbox', '--headless=new'] });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const rows = await page.evaluate(async () => {
    await customElements.whenDefined('netreach-map');
    const count = async (attributes) => {
      const el = document.createElement('netreach-map');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.style.width = '320px';
      document.body.append(el);
      while (!el.shadowRoot?.querySelector('svg[part="chart"] [data-item]')) await new Promise((done) => setTimeout(done, 20));
      await el.updateComplete;
      const counts = { element: 0, comment: 0, whitespace: 0, text: 0 };
      const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (node.nodeType === Node.ELEMENT_NODE) counts.element += 1;
        else if (node.nodeType === Node.COMMENT_NODE) counts.comment += 1;
        else if (node.nodeType === Node.TEXT_NODE) counts[node.data.trim() ? 'text' : 'whitespace'] += 1;
      }
      el.remove();
      return {
        map: Object.entries(attributes)
          .map(([name, value]) => `${name}="${value}"`)
          .join(' '),
        ...counts,
      };
    };
    return [await count({ src: '/data/cinvu.json', legend: 'none' }), await count({ src: '/data/cinvu.json' })];
  });
  for (const row of rows) row.total = row.element + row.comment + row.whitespace + row.text;
  console.log(`${bundle}: one <netreach-map>'s shadow root, 320 px wide`);
  console.table(rows);
} finally {
  await browser.close();
  server.close();
}
