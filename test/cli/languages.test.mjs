// `netreach render` in every language: the font stack each SVG names, golden SVGs of Urdu and Bengali images,
// PNGs whose text is drawn in the language's own script (not left out, as with Vazirmatn alone), and the run that
// stops when a font is missing. Runs the real bin against the compiled lib/ (`node scripts/build.mjs` first).
//
// A missing font is simulated as the CLI documents it: NETREACH_FONT_DIRS names the only folders fonts are looked
// for in, so a folder holding Vazirmatn alone (or nothing) is a machine without the other fonts.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FONTS, resolveFonts } from '../../packages/cli/bin/fonts.mjs';
import { outlineText } from '../../packages/cli/bin/outline.mjs';
import { decodePng, differentPixels, inkCount } from './png.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'packages/cli/bin/netreach.mjs');
const dir = mkdtempSync(join(tmpdir(), 'netreach-languages-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const SIZE = ['--width', '960', '--height', '540'];

/** Runs the command with `env` added to the environment; resolves with its exit code and output. */
function run(args, env = {}) {
  const options = { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } };
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], options, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

let counter = 0;
/** Renders into a new file of the folder; returns its path, failing with stderr when the command does. */
async function render(extension, args, env) {
  const out = join(dir, `image-${++counter}.${extension}`);
  const result = await run(['render', ...args, '--out', out], env);
  assert.equal(result.code, 0, result.stderr);
  return out;
}
const svgOf = async (...args) => readFileSync(await render('svg', args), 'utf8');

/** The folder of netreach-cli's Vazirmatn TTFs, and of a font package netreach-cli depends on. */
const requireFromCli = createRequire(join(root, 'packages/cli/package.json'));
const packageDir = (name) => dirname(requireFromCli.resolve(`${name}/package.json`));

/** A folder holding copies of `files` (each [source, name]): what NETREACH_FONT_DIRS points a run at. */
function fontFolder(name, files) {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (const [source, target] of files) copyFileSync(source, join(folder, target));
  return folder;
}
const VAZIRMATN = Object.values(FONTS[0].npmFiles).map((file) => [join(packageDir('vazirmatn'), file), file.split('/').pop()]);

describe('netreach render: the font stack of each language', () => {
  it('names the Noto font of Urdu, Bengali, Chinese and Russian first, and Vazirmatn for the rest', async () => {
    const stacks = {
      ur: "'Noto Nastaliq Urdu', ",
      bn: "'Noto Sans Bengali', ",
      zh: "'Noto Sans SC', 'Noto Sans CJK SC', ",
      ru: "'Noto Sans', ",
      'ur-u-nu-arabext': "'Noto Nastaliq Urdu', ",
    };
    for (const [lang, start] of Object.entries(stacks)) {
      const family = /<svg [^>]*font-family="([^"]*)"/.exec(await svgOf('stat', '--lang', lang))[1];
      assert.ok(family.startsWith(start), `${lang}: ${family}`);
    }
    for (const lang of ['en', 'fa', 'ar', 'fr', 'tr', 'ms', 'id', 'az', 'pt']) {
      assert.match(await svgOf('stat', '--lang', lang), /font-family="Vazirmatn, Tahoma, sans-serif"/, lang);
    }
  });
});

/** Golden SVGs in test/golden/cli-*.svg: numbers to one decimal, one element a line (as test/helpers/golden.ts). */
function normalize(markup) {
  return `${markup
    .replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10))
    .replace(/></g, '>\n<')
    .trim()}\n`;
}

function expectGolden(name, markup) {
  const path = join(root, 'test/golden', `${name}.svg`);
  const content = normalize(markup);
  const update = process.env.UPDATE_GOLDEN === '1';
  if (!existsSync(path) || update) {
    assert.ok(!process.env.CI || update, `missing golden file test/golden/${name}.svg`);
    writeFileSync(path, content);
    return;
  }
  assert.equal(
    content,
    readFileSync(path, 'utf8'),
    `differs from test/golden/${name}.svg (UPDATE_GOLDEN=1 node --test test/cli/ to accept)`,
  );
}

describe('netreach render: golden SVGs in Urdu and Bengali', () => {
  for (const [name, args] of [
    ['cli-regions-ur', ['regions', '--lang', 'ur']],
    ['cli-trend-ur-arabext', ['trend', '--lang', 'ur-u-nu-arabext']],
    ['cli-bars-bn', ['bars', '--lang', 'bn']],
    ['cli-trend-bn', ['trend', '--lang', 'bn']],
  ]) {
    it(`${args.join(' ')} matches test/golden/${name}.svg`, async () => {
      expectGolden(name, await svgOf(...args, ...SIZE));
    });
  }
});

describe('netreach render: PNG text in each script', () => {
  let vazirmatnOnly;
  before(async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const files = VAZIRMATN.map(([source]) => source);
    // What the command drew before it had the Noto fonts: the same SVG with Vazirmatn alone.
    vazirmatnOnly = (svg) =>
      decodePng(new Resvg(svg, { font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Vazirmatn' } }).render().asPng());
  });

  /** The PNG, the same SVG drawn with Vazirmatn alone, and the rows of the title's first line. */
  async function draw(lang) {
    const args = ['regions', '--lang', lang, ...SIZE];
    const png = decodePng(readFileSync(await render('png', args)));
    const svg = readFileSync(await render('svg', args), 'utf8');
    const [, y, size] = /<text x="[\d.]+" y="([\d.]+)" font-size="([\d.]+)" font-weight="700"/.exec(svg).map(Number);
    return { png, baseline: vazirmatnOnly(svg), top: Math.floor(y - size * 1.2), bottom: Math.ceil(y + size * 0.6) };
  }

  for (const [lang, script] of [
    ['bn', 'Bengali'],
    ['zh', 'Chinese'],
    ['ru', 'Cyrillic'],
  ]) {
    it(`draws the ${script} title that Vazirmatn alone leaves out (--lang ${lang})`, async () => {
      const { png, baseline, top, bottom } = await draw(lang);
      const ink = inkCount(png, top, bottom);
      assert.ok(ink > 1500, `${ink} dark pixels in the title`);
      assert.ok(inkCount(baseline, top, bottom) < ink * 0.05, 'Vazirmatn alone draws (almost) none of it');
    });
  }

  it('draws Urdu in Nastaliq, not in Vazirmatn’s Naskh (--lang ur)', async () => {
    const { png, baseline, top, bottom } = await draw('ur');
    const ink = inkCount(png, top, bottom);
    assert.ok(ink > 1500, `${ink} dark pixels in the title`);
    assert.ok(differentPixels(png, baseline, top, bottom) > ink * 0.5, 'the title differs from the Naskh drawing');
  });

  it('draws Bengali’s pre-base vowel signs beside the letters, not over them (shaped by HarfBuzz, not resvg)', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    /** How wide the ink of `text` is, outlined by the command's HarfBuzz step and drawn by resvg, at 40 px. */
    const inkWidth = async (text) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="80"><rect width="400" height="80" fill="#fff"/><text x="10" y="55" font-size="40">${text}</text></svg>`;
      const { fonts } = resolveFonts(svg, Error);
      const outlined = await outlineText(
        svg,
        fonts.find((font) => font.spec.name === 'Noto Sans Bengali'),
        fonts,
      );
      assert.doesNotMatch(outlined, /<text/, 'outlined');
      const { pixels, width } = new Resvg(outlined, { font: { loadSystemFonts: false } }).render();
      const columns = [];
      for (let at = 0; at < pixels.length; at += 4) if (pixels[at] < 128) columns.push((at / 4) % width);
      return Math.max(...columns) - Math.min(...columns);
    };
    // ে (typed after its consonant, drawn before it) takes room of its own: দেশ is wider than দশ, কেবল than কবল.
    // resvg 2.6.2, shaping these itself, drew ে over the next letter: দেশ came out narrower than দশ (47 and 50 px).
    assert.ok((await inkWidth('দেশ')) >= (await inkWidth('দশ')) + 10, 'দেশ');
    assert.ok((await inkWidth('কেবল')) >= (await inkWidth('কবল')) + 10, 'কেবল');
    // And the space between words stays.
    assert.ok((await inkWidth('সদস্য দেশ')) >= (await inkWidth('সদস্যদেশ')) + 5, 'the space');
  });
});

describe('netreach render: a missing font', () => {
  /** A failed run: non-zero exit, one line naming what is missing, no file written. */
  async function expectMissing(pattern, args, env) {
    const before = readdirSync(dir);
    const result = await run(['render', ...args], env);
    assert.notEqual(result.code, 0, 'exit code');
    assert.match(result.stderr, pattern);
    assert.equal(result.stderr.trim().split('\n').length, 1, `one line: ${result.stderr}`);
    assert.deepEqual(
      readdirSync(dir).filter((name) => !before.includes(name)),
      [],
      'no file left behind',
    );
    return result.stderr;
  }

  it('stops with the font named, how to install it, exit 1 and no file', async () => {
    const onlyVazirmatn = { NETREACH_FONT_DIRS: fontFolder('vazirmatn-only', VAZIRMATN) };
    for (const [lang, font, debian] of [
      ['ur', 'Noto Nastaliq Urdu', 'fonts-noto-core'],
      ['bn', 'Noto Sans Bengali', 'fonts-noto-core'],
      ['zh', 'Noto Sans SC', 'fonts-noto-cjk'],
      ['ru', 'Noto Sans', 'fonts-noto-core'],
    ]) {
      const message = await expectMissing(
        new RegExp(`^netreach: cannot draw the PNG: ${font} \\(for [^)]+\\) is not in NETREACH_FONT_DIRS`),
        ['stat', '--lang', lang, '--out', join(dir, `missing-${lang}.png`)],
        onlyVazirmatn,
      );
      assert.ok(message.includes(`apt install ${debian}`), message);
      assert.ok(!message.includes('Vazirmatn (for'), 'Vazirmatn was found');
    }
  });

  it('loads a font only when the image needs it', async () => {
    const onlyVazirmatn = { NETREACH_FONT_DIRS: fontFolder('vazirmatn-only', VAZIRMATN) };
    for (const lang of ['en', 'fa', 'ar', 'az', 'pt', 'id']) {
      await render('png', ['stat', '--lang', lang, ...SIZE], onlyVazirmatn);
    }
    // An SVG needs no font at all.
    await render('svg', ['stat', '--lang', 'zh'], { NETREACH_FONT_DIRS: fontFolder('empty', []) });
    // Text in a script Vazirmatn lacks asks for its font in any language: a network named in Russian.
    const data = JSON.parse(readFileSync(join(root, 'data/example-network.json'), 'utf8'));
    data.network.name = 'Сеть виртуальных университетов';
    const file = join(dir, 'cyrillic.json');
    writeFileSync(file, JSON.stringify(data));
    await expectMissing(/Noto Sans \(for Cyrillic\)/, ['stat', '--data', file, '--out', join(dir, 'cyrillic.png')], onlyVazirmatn);
  });

  it('names every missing font, Vazirmatn too, when NETREACH_FONT_DIRS is an empty folder', async () => {
    const message = await expectMissing(
      /Vazirmatn \(for Latin, Persian and Arabic text\)/,
      ['map', '--lang', 'ur', '--out', join(dir, 'none.png')],
      {
        NETREACH_FONT_DIRS: fontFolder('empty', []),
      },
    );
    assert.match(message, /Noto Nastaliq Urdu/);
  });

  it('leaves an existing image untouched', async () => {
    const out = join(dir, 'kept.png');
    writeFileSync(out, 'before');
    const result = await run(['render', 'stat', '--lang', 'bn', '--out', out], { NETREACH_FONT_DIRS: fontFolder('empty', []) });
    assert.notEqual(result.code, 0);
    assert.equal(readFileSync(out, 'utf8'), 'before');
    rmSync(out);
  });

  it('finds the fonts under the names Debian installs them with', async () => {
    const nastaliq = FONTS.find((font) => font.name === 'Noto Nastaliq Urdu');
    const folder = fontFolder('debian', [
      ...VAZIRMATN,
      [join(packageDir(nastaliq.npm), nastaliq.npmFiles[400]), nastaliq.systemFiles[400]],
      [join(packageDir(nastaliq.npm), nastaliq.npmFiles[700]), nastaliq.systemFiles[700]],
    ]);
    const png = decodePng(readFileSync(await render('png', ['regions', '--lang', 'ur', ...SIZE], { NETREACH_FONT_DIRS: folder })));
    const own = decodePng(readFileSync(await render('png', ['regions', '--lang', 'ur', ...SIZE])));
    // The same design either way; only the missing semibold (the network's name) may differ.
    assert.ok(differentPixels(png, own) < 0.01 * png.width * png.height, 'drawn as with the npm fonts');
  });
});
