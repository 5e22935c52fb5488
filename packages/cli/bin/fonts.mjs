// The fonts `netreach render` rasterizes PNGs with. Vazirmatn (Latin, Persian, Arabic) is always loaded; the others
// only when an image needs them — Noto Nastaliq Urdu when the SVG's font stack names it (Urdu), Noto Sans Bengali,
// Noto Sans SC and Noto Sans when its text holds Bengali, Chinese or Cyrillic characters — because Noto Sans SC
// alone is 10 MB a weight and resvg parses every font it is given.
//
// Where a font is looked for, in order:
// 1. netreach-cli's own npm dependency (vazirmatn, @expo-google-fonts/…: TrueType files resvg reads);
// 2. the system's font folders, by the file names Debian's packages give them (fonts-vazirmatn, fonts-noto-core,
//    fonts-noto-cjk) or the npm packages' names: /usr/share/fonts, /usr/local/share/fonts, ~/.local/share/fonts,
//    ~/.fonts, /Library/Fonts, ~/Library/Fonts, %WINDIR%\Fonts, %LOCALAPPDATA%\Microsoft\Windows\Fonts.
// NETREACH_FONT_DIRS (folders separated by the platform's path delimiter, `:` or `;`) replaces both: only those
// folders are searched. It lets a machine without npm's fonts point at its own, and lets tests simulate a missing
// font with an empty folder.
//
// A font that is needed and cannot be found stops the command before anything is written: one line names the
// font, what it is for and how to install it.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

/**
 * @typedef {object} FontSpec
 * @property {string} name        The font as messages name it.
 * @property {string} purpose     What it writes, for the message when it is missing.
 * @property {string[]} families  The families it answers to in an SVG's font-family (npm's, then the system's).
 * @property {RegExp} [script]    Text that needs it whatever the stack says.
 * @property {string} npm         The npm package netreach-cli depends on for it.
 * @property {Record<number, string>} npmFiles  Its files inside that package by weight: 400 (required), 600, 700.
 * @property {Record<number, string>} systemFiles  Its file names as systems install them, by weight: 400 required.
 * @property {string} systemFamily   The family those system files declare.
 * @property {string} [optional]  Why the npm package is optional (not installed with netreach-cli), if it is.
 * @property {string} [debian]    The Debian (and Ubuntu) package that installs the system files (Debian 12 has
 *                                none for Vazirmatn).
 * @property {boolean} [outline]  Its text is shaped by HarfBuzz and handed to resvg as outlines (outline.mjs).
 */

/** @type {FontSpec[]} */
export const FONTS = [
  {
    name: 'Vazirmatn',
    purpose: 'Latin, Persian and Arabic text',
    families: ['Vazirmatn'],
    npm: 'vazirmatn',
    npmFiles: { 400: 'fonts/ttf/Vazirmatn-Regular.ttf', 600: 'fonts/ttf/Vazirmatn-SemiBold.ttf', 700: 'fonts/ttf/Vazirmatn-Bold.ttf' },
    systemFiles: { 400: 'Vazirmatn-Regular.ttf', 600: 'Vazirmatn-SemiBold.ttf', 700: 'Vazirmatn-Bold.ttf' },
    systemFamily: 'Vazirmatn',
  },
  {
    name: 'Noto Nastaliq Urdu',
    purpose: 'Urdu, written in Nastaliq',
    families: ['Noto Nastaliq Urdu'],
    npm: '@expo-google-fonts/noto-nastaliq-urdu',
    npmFiles: {
      400: '400Regular/NotoNastaliqUrdu_400Regular.ttf',
      600: '600SemiBold/NotoNastaliqUrdu_600SemiBold.ttf',
      700: '700Bold/NotoNastaliqUrdu_700Bold.ttf',
    },
    systemFiles: { 400: 'NotoNastaliqUrdu-Regular.ttf', 600: 'NotoNastaliqUrdu-SemiBold.ttf', 700: 'NotoNastaliqUrdu-Bold.ttf' },
    systemFamily: 'Noto Nastaliq Urdu',
    debian: 'fonts-noto-core',
  },
  {
    name: 'Noto Sans Bengali',
    purpose: 'Bengali script',
    families: ['Noto Sans Bengali'],
    script: /\p{Script=Bengali}/u,
    outline: true,
    npm: '@expo-google-fonts/noto-sans-bengali',
    npmFiles: {
      400: '400Regular/NotoSansBengali_400Regular.ttf',
      600: '600SemiBold/NotoSansBengali_600SemiBold.ttf',
      700: '700Bold/NotoSansBengali_700Bold.ttf',
    },
    systemFiles: { 400: 'NotoSansBengali-Regular.ttf', 600: 'NotoSansBengali-SemiBold.ttf', 700: 'NotoSansBengali-Bold.ttf' },
    systemFamily: 'Noto Sans Bengali',
    debian: 'fonts-noto-core',
  },
  {
    name: 'Noto Sans SC',
    purpose: 'Chinese characters',
    families: ['Noto Sans SC', 'Noto Sans CJK SC'],
    script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u,
    npm: '@expo-google-fonts/noto-sans-sc',
    // 92 MB (the package ships nine weights): an optional peer dependency, installed by those who draw Chinese.
    optional: 'its nine weights weigh 92 MB',
    npmFiles: {
      400: '400Regular/NotoSansSC_400Regular.ttf',
      600: '600SemiBold/NotoSansSC_600SemiBold.ttf',
      700: '700Bold/NotoSansSC_700Bold.ttf',
    },
    // Debian's fonts-noto-cjk: one collection per weight holding the SC, TC, HK, JP and KR faces.
    systemFiles: { 400: 'NotoSansCJK-Regular.ttc', 700: 'NotoSansCJK-Bold.ttc' },
    systemFamily: 'Noto Sans CJK SC',
    debian: 'fonts-noto-cjk',
  },
  {
    name: 'Noto Sans',
    purpose: 'Cyrillic',
    families: ['Noto Sans'],
    script: /\p{Script=Cyrillic}/u,
    npm: '@expo-google-fonts/noto-sans',
    npmFiles: {
      400: '400Regular/NotoSans_400Regular.ttf',
      600: '600SemiBold/NotoSans_600SemiBold.ttf',
      700: '700Bold/NotoSans_700Bold.ttf',
    },
    systemFiles: { 400: 'NotoSans-Regular.ttf', 600: 'NotoSans-SemiBold.ttf', 700: 'NotoSans-Bold.ttf' },
    systemFamily: 'Noto Sans',
    debian: 'fonts-noto-core',
  },
];

/** The families an SVG root's font-family attribute names, in order, unquoted. */
export function stackOf(svg) {
  const value = /<svg\b[^>]*\bfont-family="([^"]*)"/.exec(svg)?.[1] ?? '';
  return value
    .split(',')
    .map((family) => family.trim().replace(/^(['"])(.*)\1$/, '$2'))
    .filter(Boolean);
}

/**
 * `svg` with `family` at the head of its root's font stack. resvg, given a stack whose first family it does not
 * have, drew every weight of the next one regular (Debian's Noto Sans CJK SC, whose bold sits in its own
 * collection): the family the fonts were found under goes first.
 */
export function familyFirst(svg, family) {
  const stack = stackOf(svg);
  if (stack[0] === family) return svg;
  const value = [family, ...stack.filter((each) => each !== family)].map((each) => (/[\s]/.test(each) ? `'${each}'` : each)).join(', ');
  return svg.replace(/(<svg\b[^>]*\bfont-family=")[^"]*"/, `$1${value}"`);
}

/** The text an image draws: every element's character data but the <title> (which is not drawn). */
function drawnText(svg) {
  return svg.replace(/<title>[^<]*<\/title>/g, '').replace(/<[^>]*>/g, ' ');
}

/**
 * The fonts `svg` needs: Vazirmatn, the first font of its stack netreach knows (the language's), and the font of
 * every script its text holds that Vazirmatn does not write.
 */
export function fontsFor(svg) {
  const needed = new Set([FONTS[0]]);
  const stack = stackOf(svg);
  const primary = stack.map((family) => FONTS.find((font) => font.families.includes(family))).find(Boolean);
  if (primary) needed.add(primary);
  const text = drawnText(svg);
  for (const font of FONTS) if (font.script?.test(text)) needed.add(font);
  return { primary: primary ?? FONTS[0], fonts: [...needed] };
}

/** The folders searched besides the npm packages, or only those NETREACH_FONT_DIRS names. */
export function fontSearch(env = process.env) {
  if (env.NETREACH_FONT_DIRS !== undefined) {
    return { npm: false, dirs: env.NETREACH_FONT_DIRS.split(delimiter).filter(Boolean), override: true };
  }
  const home = homedir();
  const dirs = [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(home, '.local/share/fonts'),
    join(home, '.fonts'),
    '/Library/Fonts',
    join(home, 'Library/Fonts'),
  ];
  if (env.WINDIR) dirs.push(join(env.WINDIR, 'Fonts'));
  if (env.LOCALAPPDATA) dirs.push(join(env.LOCALAPPDATA, 'Microsoft/Windows/Fonts'));
  return { npm: true, dirs, override: false };
}

/** Every file under `dirs` (four levels deep, as /usr/share/fonts/truetype/noto/x.ttf is), by file name; first wins. */
function indexFolders(dirs) {
  const files = new Map();
  const walk = (dir, depth) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() || entry.isSymbolicLink()) {
        if (depth < 4 && (entry.isDirectory() || !/\.(ttf|otf|ttc)$/i.test(entry.name))) walk(path, depth + 1);
      }
      if (!entry.isDirectory() && !files.has(entry.name)) files.set(entry.name, path);
    }
  };
  for (const dir of dirs) walk(dir, 0);
  return files;
}

const require = createRequire(import.meta.url);

/** Keeps the weights whose files exist; undefined without the regular (400) one. */
function existing(paths, family) {
  const files = Object.fromEntries(Object.entries(paths).filter(([, path]) => path && existsSync(path)));
  return files[400] ? { files, family } : undefined;
}

/** The font's files in its npm package, or undefined when the package (or its regular face) is not installed. */
function fromNpm(font) {
  let dir;
  try {
    dir = dirname(require.resolve(`${font.npm}/package.json`));
  } catch {
    return undefined;
  }
  return existing(Object.fromEntries(Object.entries(font.npmFiles).map(([weight, file]) => [weight, join(dir, file)])), font.families[0]);
}

/** The font's files in the folders, by the system's names or else the npm package's. */
function fromFolders(font, index) {
  const byName = (files) => Object.fromEntries(Object.entries(files).map(([weight, file]) => [weight, index.get(file.split('/').pop())]));
  return existing(byName(font.systemFiles), font.systemFamily) ?? existing(byName(font.npmFiles), font.families[0]);
}

/** Why a font is missing and how to get it, in one sentence. */
function missingMessage(font, search) {
  const file = font.systemFiles[400];
  const system = font.debian ? ` (Debian, Ubuntu: apt install ${font.debian} puts it in /usr/share/fonts)` : '';
  if (search.override) {
    return `${font.name} (for ${font.purpose}) is not in NETREACH_FONT_DIRS (${search.dirs.join(delimiter) || 'empty'}): put ${file} there${system}, or unset NETREACH_FONT_DIRS to use netreach-cli's own fonts`;
  }
  const npm = font.optional
    ? `npm install ${font.npm} (an optional part of netreach-cli: ${font.optional})`
    : `reinstall netreach-cli (its dependency ${font.npm} has it)`;
  return `${font.name} (for ${font.purpose}) is not installed: ${npm}${font.debian ? `, install the system font (Debian, Ubuntu: apt install ${font.debian})` : ''}, or put ${file} in a folder named by NETREACH_FONT_DIRS`;
}

/**
 * @typedef {object} ResolvedFont
 * @property {FontSpec} spec
 * @property {Record<number, string>} files  Paths by weight (400 always).
 * @property {string} family  The family the files declare.
 */

/**
 * The fonts to rasterize `svg` with: every one it needs, found, and the family resvg falls back to. Throws
 * `new Fail(message)` naming every missing font when one the image needs cannot be found.
 * @returns {{ fonts: ResolvedFont[], fontFiles: string[], defaultFontFamily: string }}
 */
export function resolveFonts(svg, Fail, env = process.env) {
  const { primary, fonts } = fontsFor(svg);
  const search = fontSearch(env);
  let index;
  const found = [];
  const missing = [];
  for (const spec of fonts) {
    const result = (search.npm ? fromNpm(spec) : undefined) ?? fromFolders(spec, (index ??= indexFolders(search.dirs)));
    if (result) found.push({ spec, ...result });
    else missing.push(spec);
  }
  if (missing.length) {
    throw new Fail(`cannot draw the PNG: ${missing.map((spec) => missingMessage(spec, search)).join('; ')}`);
  }
  return {
    fonts: found,
    fontFiles: [...new Set(found.flatMap((font) => Object.values(font.files)))],
    defaultFontFamily: found.find((font) => font.spec === primary).family,
  };
}

/** The file of `font` nearest to `weight`: bold for 700 and up, semibold for 600 (else bold), regular below. */
export function faceFor(font, weight) {
  if (weight >= 700) return font.files[700] ?? font.files[600] ?? font.files[400];
  if (weight >= 600) return font.files[600] ?? font.files[700] ?? font.files[400];
  return font.files[400];
}
