#!/usr/bin/env node
// netreach's command line (the netreach-cli package). `netreach import` and `netreach check` (spreadsheet →
// dataset, and validation) live in data-commands.mjs. `netreach render <widget> … --out slide.svg|slide.png` (or to standard output) draws
// a widget as a static image for slide decks, with no browser: the same models and layouts as the elements
// (`netreach/static` of the web components' package), PNG through resvg with Vazirmatn (Latin, Persian, Arabic)
// and, when the image needs them, Noto Nastaliq Urdu, Noto Sans Bengali, Noto Sans SC and Noto Sans (fonts.mjs)
// — the native rasterizer and the fonts are this package's dependencies, not the web components'. Output
// is written to a temporary file beside the target and renamed on success, so a failed run never leaves a
// partial image; to standard output (`--out -`, or no --out when it is not a terminal) only once it is whole.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCommand, importCommand } from './data-commands.mjs';
import { familyFirst, resolveFonts } from './fonts.mjs';
import { outlineText } from './outline.mjs';
import { CliError, parseCommandLine, renderRequest, renderUsage } from './render-args.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_PIXELS = 100_000_000;

/**
 * A module of the web components' package (`netreach/options`, `/static`, `/core`). In a git checkout `netreach` is
 * the repository itself, which has no lib/ until it is built; a published package always has one.
 */
async function library(name) {
  try {
    return await import(`netreach/${name}`);
  } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/lib/')) {
      throw new CliError('lib/ is not built: run `npm run build` first');
    }
    throw error;
  }
}

async function loadDataset(core, file, bundled, option = '--data') {
  if (file === undefined) return bundled === undefined ? core.loadDefaultDataset() : core.loadBundledDataset(bundled);
  let text;
  try {
    text = await readFile(resolve(file), 'utf8');
  } catch (error) {
    const why = { ENOENT: 'no such file', EISDIR: 'a folder, not a dataset file' }[error.code] ?? error.message;
    throw new CliError(`cannot read ${option} ${file}: ${why}`);
  }
  try {
    return core.parseDataset(text);
  } catch (error) {
    if (error instanceof core.DatasetError) throw new CliError(`invalid dataset ${file}: ${error.message}`);
    throw error;
  }
}

/** The dataset file `--compare` names; a name that is neither a bundled id nor a file says what it could be. */
async function loadCompared(core, file) {
  if (!existsSync(resolve(file))) {
    // Exit 1, as for a --data file that is not there: only the files tell.
    throw new CliError(`--compare ${file}: neither a bundled dataset (${core.BUNDLED_DATASETS.join(', ')}) nor a dataset file`);
  }
  return loadDataset(core, file, undefined, '--compare');
}

async function toPng(svg, width, height, scale, withPixelDensity) {
  // Fonts first: a missing one stops the run before resvg's native module is even loaded.
  const { fonts, fontFiles, defaultFontFamily } = resolveFonts(svg, CliError);
  let drawn = familyFirst(svg, defaultFontFamily);
  for (const font of fonts) if (font.spec.outline) drawn = await outlineText(drawn, font, fonts);
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(drawn, {
    fitTo: { mode: 'width', value: width * scale },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily, sansSerifFamily: defaultFontFamily },
  });
  const image = resvg.render();
  // (A table's image may be taller than asked, by whole pixels that `scale` can make a fraction of: within a pixel.)
  if (image.width !== width * scale || Math.abs(image.height - height * scale) >= 1) {
    throw new CliError(`rasterized ${image.width}×${image.height} pixels instead of ${width * scale}×${height * scale}`);
  }
  // 96 × scale pixels per inch, as the browser's toPNG() says: slide software places a --scale 2 PNG at the 1× size.
  return withPixelDensity(image.asPng(), scale);
}

/** Writes `content` to `target` through a temporary file in the same folder, renamed into place on success. */
async function writeAtomically(target, content) {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliError(`cannot write ${target}: ${error.code === 'ENOENT' ? 'no such folder' : error.message}`);
  }
}

/**
 * Writes `content` (text, or a PNG's bytes) to standard output and resolves once it is handed on. A reader that
 * stops early (`netreach render map | head -c 100`) closes the pipe: EPIPE, which ends the run quietly, exit 0, as
 * it would any other command line's, rather than with a stack trace.
 */
function writeStdout(content, stream = process.stdout) {
  return new Promise((done, fail) => {
    const closed = (error) => {
      if (error?.code === 'EPIPE') done();
      else if (error) fail(new CliError(`cannot write to standard output: ${error.message}`));
    };
    stream.on('error', closed);
    stream.write(content, (error) => (error ? closed(error) : done()));
  });
}

/**
 * `netreach: warning: --highlight XYZ ignored: not a member`: an option drawn as if absent, named as its flag, as are
 * the attributes its reason names (`used only with mode="reach"`: `--mode reach`).
 */
function warnIgnored(ignored) {
  for (const entry of ignored) {
    const reason = entry.reason.replace(/([a-z][a-z-]*)="([^"]*)"/g, '--$1 $2');
    process.stderr.write(`netreach: warning: --${entry.attribute} ${entry.value} ignored: ${reason}\n`);
  }
}

/**
 * `netreach: warning: --lang de: …`: a language netreach has no texts in draws them in English (the README's rule),
 * which a presenter who typed `--lang persian` or `--lang de` would otherwise learn only by looking at the image.
 */
function warnUntranslated(core, lang) {
  if (typeof lang !== 'string' || !lang.trim() || core.UI_LANGUAGES.includes(core.languageOf(core.resolveLocale(lang)))) return;
  const languages = core.UI_LANGUAGES.join(', ');
  process.stderr.write(
    `netreach: warning: --lang ${lang}: netreach has no texts in this language: drawn in English (its languages: ${languages})\n`,
  );
}

async function render(parsed, registry) {
  const staticModule = await library('static');
  const sides = { min: staticModule.MIN_SIDE, max: staticModule.MAX_SIDE };
  const request = renderRequest(parsed, registry, sides, { isTTY: process.stdout.isTTY === true });
  const { widget, dataset: bundled, options: widgetOptions, format, width, height, scale = 1, background } = request;
  const { values } = parsed;
  const out = request.out === undefined ? undefined : resolve(request.out);
  const core = await library('core');
  warnUntranslated(core, values.lang);
  const w = width ?? staticModule.DEFAULT_WIDTH;
  const h = height ?? staticModule.DEFAULT_HEIGHT;
  if (format === '.png') {
    if (!Number.isInteger(w * scale) || !Number.isInteger(h * scale)) {
      throw new CliError(`--scale ${values.scale} gives a fraction of a pixel at ${w}×${h}: choose a scale that makes whole pixels`, 2);
    }
    if (w * scale * h * scale > MAX_PIXELS) throw new CliError(`the PNG would be ${w * scale}×${h * scale} pixels: too large`, 2);
  } else if (values.scale !== undefined) {
    // An SVG has no pixel density: said, as the map's ignored options are, rather than dropped without a word.
    process.stderr.write(`netreach: warning: --scale ${values.scale} ignored: an SVG has no pixels (it applies to .png)\n`);
  }

  const dataset = await loadDataset(core, values.data, bundled);
  // A step past the dataset's regions draws what its last step draws, as a warning says (a deck's loop one step too far
  // gets its image; a typo is seen), where a region it does not have is an error: there is no picture of that.
  const regions = dataset.regions.length;
  if (widgetOptions.step > regions) {
    process.stderr.write(
      `netreach: warning: --step ${values.step}: the dataset has ${regions} region${regions === 1 ? '' : 's'}, all coloured from --step ${regions}\n`,
    );
  }
  // `--compare` names a bundled network or, unlike the attribute (a page's <netreach-data> id), a dataset file.
  const compareWith = typeof widgetOptions.compare === 'string' ? widgetOptions.compare.trim() : '';
  // A bundled id in any case, as a page reads it (`compare="CINVU"`); else a file.
  const compared = compareWith && !core.isBundledDataset(compareWith.toLowerCase()) ? await loadCompared(core, compareWith) : undefined;
  const options = { ...widgetOptions, width, height, background };
  let svg;
  try {
    svg = await staticModule.renderSvg(widget, dataset, options, { compared, onIgnored: warnIgnored });
  } catch (error) {
    // A bad option is the command line's (renderRequest() has refused those already); the other errors name what
    // this dataset does not have (a metric, a region, a member): exit 1.
    if (error instanceof staticModule.RenderError) {
      const message = error.option === undefined ? error.message : `--${error.option}: ${error.reason}`;
      throw new CliError(message, error.code === 'bad-option' ? 2 : 1);
    }
    throw error;
  }
  // A table's image is as tall as its rows need (the SVG says how tall): the PNG is too. Too tall is the data's
  // doing, exit 1.
  const drawnHeight = Number(/^<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1] ?? h);
  if (format === '.png' && w * scale * drawnHeight * scale > MAX_PIXELS) {
    throw new CliError(
      `the PNG would be ${w * scale}×${Math.round(drawnHeight * scale)} pixels: too large (try a smaller --scale or --width)`,
    );
  }
  const content = format === '.png' ? await toPng(svg, w, drawnHeight, scale, staticModule.withPixelDensity) : svg;
  if (out === undefined) await writeStdout(content);
  else await writeAtomically(out, content);
}

/** Commands with options of their own (bin/data-commands.mjs), given the helpers they share with render. */
const DATA_COMMANDS = { import: importCommand, check: checkCommand };

async function main(argv) {
  const dataCommand = Object.hasOwn(DATA_COMMANDS, argv[0]) ? DATA_COMMANDS[argv[0]] : undefined;
  if (dataCommand) return dataCommand(argv.slice(1), { CliError, writeAtomically, writeStdout });
  const registry = await library('options');
  const parsed = parseCommandLine(argv, registry);
  const { values, positionals } = parsed;
  const usage = async () => renderUsage(registry, (await library('core')).UI_LANGUAGES);
  if (values.help) {
    process.stdout.write(await usage());
    return;
  }
  if (values.version) {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    process.stdout.write(`${pkg.version}\n`);
    return;
  }
  const [command, ...rest] = positionals;
  if (command === undefined) {
    process.stdout.write(await usage());
    process.exitCode = 2;
    return;
  }
  if (command !== 'render') throw new CliError(`unknown command "${command}" (expected: render, import or check; see netreach --help)`, 2);
  await render({ ...parsed, positionals: rest }, registry);
}

main(process.argv.slice(2)).catch((error) => {
  const detail = process.env.NETREACH_DEBUG ? error?.stack : error?.message;
  const message = error instanceof CliError ? error.message : `unexpected error: ${String(detail ?? error).split('\n')[0]}`;
  process.stderr.write(`netreach: ${message}\n`);
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
});
