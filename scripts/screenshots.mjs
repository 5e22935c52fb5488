// `npm run screenshots`: pictures of what people see, for a person to review — not a test: `npm test` does not run
// it, and nothing compares the pictures. In headless Chromium (puppeteer-core; the browser is CHROME_PATH or the one
// scripts/chrome.mjs finds), into screenshots/ (gitignored):
//
// - screenshots/pages/: every demo page, full length, 1280 px wide and on a 390 × 844 phone, and the gallery in each
//   language of its menu (and Urdu with Urdu digits): `index-fa-390.png`;
// - screenshots/widgets/: every widget (and the variants in WIDGETS below) alone, as embed.html shows it, in the
//   light and dark themes, in Persian and in Arabic, 1280 and 390 px wide: `map-metric-dark-390.png`;
// - screenshots/deck/: every slide of the demo deck at 1280 × 720, and a slide with fragments once more with all of
//   them shown: `slide-03.png`, `slide-03-all.png`.
//
// `node scripts/screenshots.mjs [--no-build] [target …]`: a target is a demo page without .html (`index`,
// `dashboard`, `index?lang=bn`), `deck`, `widgets` or one widget's variants (`widget:map`); the default is all of
// them. It builds dist/ first, as `npm start` does (the configurator's snippets load it), unless --no-build.
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
/** A desktop window, and a phone (an iPhone 12 to 15's CSS size). */
const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844, isMobile: true, hasTouch: true },
];
/** The deck's slide size (demo/deck.ts). */
const SLIDE = { width: 1280, height: 720 };
/** Generous: a guard against a hang, not a speed limit (the machine may be busy). */
const SETTLE_TIMEOUT = 120_000;
const EXAMPLE = 'src=../data/example-network.json';

/** Each widget's pictures: a name and embed.html's query (the widget's attributes). */
const WIDGETS = {
  stat: [
    ['stat', 'widget=stat'],
    ['stat-students', 'widget=stat&metric=virtual-students'],
  ],
  map: [
    ['map', 'widget=map'],
    ['map-metric', `widget=map&${EXAMPLE}&metric=virtual-students&highlight=PAK`],
    ['map-reach', 'widget=map&mode=reach&home=PAK'],
    ['map-globe', 'widget=map&projection=orthographic'],
  ],
  bars: [
    ['bars', 'widget=bars'],
    ['bars-countries', `widget=bars&${EXAMPLE}&group-by=country&metric=virtual-students`],
  ],
  regions: [
    ['regions', 'widget=regions'],
    ['regions-donut', `widget=regions&${EXAMPLE}&type=donut`],
  ],
  trend: [
    ['trend', 'widget=trend&metric=virtual-students'],
    ['trend-area', `widget=trend&${EXAMPLE}&metric=virtual-students&type=area`],
  ],
  table: [
    ['table', 'widget=table'],
    ['table-universities', 'widget=table&of=universities'],
  ],
  dashboard: [['dashboard', 'widget=dashboard']],
};
/** The looks every widget is shown in: its attributes, and the page behind it. */
const LOOKS = [
  ['light', 'theme=light', '#ffffff'],
  ['dark', 'theme=dark', '#0d1117'],
  ['fa', 'lang=fa', '#ffffff'],
  ['ar', 'lang=ar', '#ffffff'],
];

/** What to shoot: [kind, name, detail] with kind `page` (detail: the language), `deck` or `widget` (detail: its variants). */
async function targets(page) {
  const named = args.filter((arg) => !arg.startsWith('--'));
  const all = async () => {
    const pages = readdirSync(join(root, 'demo'))
      .filter((name) => name.endsWith('.html'))
      .map((name) => ['page', name.slice(0, -'.html'.length), '']);
    // The gallery's languages are its menu's, read from the page itself; English is the gallery as it opens.
    await page.goto(new URL('demo/index.html', origin).href);
    const languages = await page.$$eval('#language option', (options) => options.map((option) => option.value));
    const gallery = [...languages.filter((lang) => lang !== 'en'), 'ur-u-nu-arabext'].map((lang) => ['page', 'index', lang]);
    return [...pages, ...gallery, ['deck'], ...Object.keys(WIDGETS).map((name) => ['widget', name])];
  };
  if (!named.length) return all();
  return named.flatMap((name) => {
    if (name === 'deck') return [['deck']];
    if (name === 'widgets') return Object.keys(WIDGETS).map((widget) => ['widget', widget]);
    if (name.startsWith('widget:')) {
      const widget = name.slice('widget:'.length);
      if (!WIDGETS[widget]) throw new Error(`no widget "${widget}": one of ${Object.keys(WIDGETS).join(', ')}`);
      return [['widget', widget]];
    }
    return [['page', name.split('?')[0], new URLSearchParams(name.split('?')[1] ?? '').get('lang') ?? '']];
  });
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

/**
 * Waits until every visible widget of the page has settled (ready, empty or error), its fonts are loaded and
 * nothing moves (a slide's transition).
 */
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
  // reveal's arrows may bounce on to invite a click: they are not the slide.
  const still = () =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.target?.closest('.reveal .controls'));
  await page.waitForFunction(still, {
    timeout: SETTLE_TIMEOUT,
    polling: 100,
  });
}

/**
 * Opens `url` in `viewport` and grows the viewport to the whole page (widgets draw when they are on screen), so
 * that a picture of the viewport is one of the page. (Chromium's full-page capture draws a right-to-left page
 * shifted sideways; the viewport's own picture does not.)
 */
async function open(page, url, viewport, background) {
  await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load' });
  await page.addStyleTag({ content: css });
  if (background) await page.addStyleTag({ content: `html, body { background: ${background}; }` });
  let height = viewport.height;
  for (let round = 0; round < 5; round += 1) {
    await settle(page);
    const next = Math.max(viewport.height, await page.evaluate(() => document.documentElement.scrollHeight));
    if (next === height) break;
    height = next;
    await page.setViewport({ ...viewport, height });
  }
}

/** A picture of `target` (the page's viewport, or an element) into screenshots/`file`. */
async function shoot(target, file) {
  mkdirSync(join(out, file, '..'), { recursive: true });
  await target.screenshot({ path: join(out, file) });
  console.log(`screenshots/${file}`);
}

async function shootPage(page, name, lang) {
  const url = new URL(`demo/${name}.html`, origin);
  if (lang) url.searchParams.set('lang', lang);
  for (const viewport of WIDTHS) {
    await open(page, url.href, viewport);
    await shoot(page, `pages/${name}${lang ? `-${lang}` : ''}-${viewport.width}.png`);
  }
}

async function shootWidget(page, widget) {
  for (const [name, query] of WIDGETS[widget]) {
    for (const [look, attributes, background] of LOOKS) {
      for (const viewport of WIDTHS) {
        await open(page, new URL(`demo/embed.html?${query}&${attributes}`, origin).href, viewport, background);
        // The widget's own box (with embed.html's padding), not the rest of the window under a short one.
        const widget = await page.$('body > [state]');
        await shoot(widget, `widgets/${name}-${look}-${viewport.width}.png`);
      }
    }
  }
}

/** Every slide at 1280 × 720; a slide with fragments again with all of them shown (reveal's `#/slide/0/fragment`). */
async function shootDeck(page) {
  await page.setViewport(SLIDE);
  await page.goto(new URL('demo/deck.html', origin).href, { waitUntil: 'load' });
  await page.addStyleTag({ content: css });
  await page.waitForFunction(() => document.querySelector('.reveal.ready'), { timeout: SETTLE_TIMEOUT });
  const slides = await page.$$eval('.reveal .slides > section', (sections) =>
    sections.map((section) => section.querySelectorAll('.fragment').length),
  );
  for (const [index, fragments] of slides.entries()) {
    const views = [['', `#/${index}`]];
    if (fragments) views.push(['-all', `#/${index}/0/${fragments - 1}`]);
    for (const [suffix, hash] of views) {
      await page.evaluate((next) => (location.hash = next), hash);
      await page.waitForFunction(
        (at) => document.querySelectorAll('.reveal .slides > section')[at]?.classList.contains('present'),
        {
          timeout: SETTLE_TIMEOUT,
        },
        index,
      );
      await settle(page);
      await shoot(page, `deck/slide-${String(index + 1).padStart(2, '0')}${suffix}.png`);
    }
  }
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
const css = fontCss();
const browser = await puppeteer.launch({
  executablePath: ensureChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none', '--no-first-run'],
});

try {
  const page = await browser.newPage();
  // Count-ups and entrances are finished at once: a picture never catches one halfway.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  for (const [kind, name, detail] of await targets(page)) {
    if (kind === 'page') await shootPage(page, name, detail);
    else if (kind === 'deck') await shootDeck(page);
    else await shootWidget(page, name);
  }
} finally {
  await browser.close();
  await server.close();
}
