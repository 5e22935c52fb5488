// `npm run screenshots`: a full-page screenshot of every demo page, and of the gallery in each of its languages
// (the thirteen of its language menu, and Urdu with Urdu digits), in headless Chromium (puppeteer-core; the
// browser is CHROME_PATH or the one scripts/chrome.mjs finds), written to screenshots/ (gitignored). For looking
// at, not for testing: `npm test` does not run it, and nothing compares the pictures.
//
// `node scripts/screenshots.mjs [--no-build] [page …]`: pages are demo file names without .html (`index`,
// `dashboard`, …) or `index?lang=bn`; the default is every page and every language. It builds dist/ first, as
// `npm start` does (the configurator's snippets load it), unless --no-build.
//
// The pictures show the same fonts on any machine: the pages get @font-face rules for netreach-cli's fonts (the
// ones its PNGs are drawn with: Vazirmatn, Noto Sans, Noto Sans Bengali, Noto Sans SC, and Noto Nastaliq Urdu for
// Urdu), served from node_modules. A machine with no Bengali or Chinese font would otherwise draw boxes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { FONTS } from '../packages/cli/bin/fonts.mjs';
import { ensureChrome } from './chrome.mjs';

const root = join(import.meta.dirname, '..');
const out = join(root, 'screenshots');
const args = process.argv.slice(2);
const WIDTH = 1280;
/** Generous: a guard against a hang, not a speed limit (the machine may be busy). */
const SETTLE_TIMEOUT = 120_000;

/** The pages and languages to shoot: ['dashboard', ''] or ['index', 'bn']. */
async function targets(page) {
  const named = args.filter((arg) => !arg.startsWith('--'));
  if (named.length) return named.map((name) => [name.split('?')[0], new URLSearchParams(name.split('?')[1] ?? '').get('lang') ?? '']);
  const pages = readdirSync(join(root, 'demo'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name.slice(0, -'.html'.length), '']);
  // The gallery's languages are its menu's, read from the page itself.
  await page.goto(new URL('demo/index.html', origin).href);
  const languages = await page.$$eval('#language option', (options) => options.map((option) => option.value));
  // English is the gallery as it opens (index.png).
  return [...pages, ...[...languages.filter((lang) => lang !== 'en'), 'ur-u-nu-arabext'].map((lang) => ['index', lang])];
}

/** @font-face rules for netreach-cli's fonts, and the stack that uses them (Nastaliq first for Urdu). */
function fontCss() {
  const faces = FONTS.flatMap((font) =>
    Object.entries(font.npmFiles).map(
      ([weight, file]) =>
        `@font-face { font-family: '${font.families[0]}'; font-weight: ${weight}; src: url('/node_modules/${font.npm}/${file}'); }`,
    ),
  );
  const stack = "'Noto Sans', Vazirmatn, 'Noto Sans Bengali', 'Noto Sans SC', sans-serif";
  // By the lang attributes themselves (not :lang(), which matches every descendant): what a page styles on its
  // own, such as the gallery's card in Georgia, keeps its font.
  return [...faces, `:root, [lang|='en'] { font-family: ${stack}; }`, `[lang|='ur'] { font-family: 'Noto Nastaliq Urdu', ${stack}; }`].join(
    '\n',
  );
}

/** Waits until every visible widget of the page has settled (ready, empty or error) and its fonts are loaded. */
async function settle(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        // A widget on a slide not shown (the deck) is not drawn until it is: only the visible ones are waited for.
        .filter(
          (element) => element.localName.startsWith('netreach-') && element.localName !== 'netreach-data' && element.checkVisibility(),
        )
        .every((element) => element.getAttribute('state') && element.getAttribute('state') !== 'loading'),
    { timeout: SETTLE_TIMEOUT, polling: 100 },
  );
  await page.evaluate(() => document.fonts.ready);
}

if (!args.includes('--no-build')) execFileSync('node', ['scripts/build.mjs', '--dist'], { cwd: root, stdio: 'inherit' });
mkdirSync(out, { recursive: true });

const server = await createServer({
  configFile: join(root, 'vite.config.ts'),
  root,
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: false, watch: null },
});
await server.listen();
const origin = `http://127.0.0.1:${server.httpServer.address().port}/`;
const browser = await puppeteer.launch({
  executablePath: ensureChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none', '--no-first-run'],
});

try {
  const page = await browser.newPage();
  // Count-ups and entrances are finished at once: a picture never catches one halfway.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const css = fontCss();
  for (const [name, lang] of await targets(page)) {
    const url = new URL(`demo/${name}.html`, origin);
    if (lang) url.searchParams.set('lang', lang);
    await page.setViewport({ width: WIDTH, height: 900 });
    await page.goto(url.href, { waitUntil: 'load' });
    await page.addStyleTag({ content: css });
    // Widgets draw when they are on screen: the viewport grows to the whole page until its height holds still.
    let height = 0;
    for (let round = 0; round < 5; round += 1) {
      await settle(page);
      const next = await page.evaluate(() => document.documentElement.scrollHeight);
      if (next === height) break;
      height = next;
      await page.setViewport({ width: WIDTH, height });
    }
    const file = join(out, `${name}${lang ? `-${lang}` : ''}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`screenshots/${name}${lang ? `-${lang}` : ''}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
