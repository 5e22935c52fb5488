#!/usr/bin/env node
// netreach's command line (the netreach-cli package). `netreach import` and `netreach check` (spreadsheet →
// dataset, and validation) live in data-commands.mjs. `netreach render <widget> … --out slide.svg|slide.png` draws
// a widget as a static image for slide decks, with no browser: the same models and layouts as the elements
// (`netreach/static` of the web components' package), PNG through resvg with Vazirmatn (Latin, Persian, Arabic)
// and, when the image needs them, Noto Nastaliq Urdu, Noto Sans Bengali, Noto Sans SC and Noto Sans (fonts.mjs)
// — the native rasterizer and the fonts are this package's dependencies, not the web components'. Output
// is written to a temporary file beside the target and renamed on success, so a failed run never leaves a
// partial image.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkCommand, importCommand } from './data-commands.mjs';
import { familyFirst, resolveFonts } from './fonts.mjs';
import { outlineText } from './outline.mjs';

const USAGE = `Usage: netreach render <widget> --out <file.svg|file.png> [options]
       netreach import <members.csv> [--out network.json] [options]   (see netreach import --help)
       netreach check <network.json>                                  (see netreach check --help)

Draws a netreach widget as a static image for slides (PowerPoint, Keynote, Google Slides).

Widgets: stat, map, bars, regions, trend

Options:
  --out <file>          Where to write the image: .svg or .png (required)
  --data <file.json>    A netreach dataset (default: the bundled CINVU dataset)
  --metric <id>         A metric of the dataset, or "countries" (default: the widget's)
  --lang <tag>          Language: en, fa, ar, fr, tr, ms, ur, id, bn, ru, az, zh, pt; -u-nu- picks
                        the digits, e.g. ur-u-nu-arabext (default: en)
  --theme <name>        light or dark (default: light)
  --width <px>          Image width in pixels (default: 1920)
  --height <px>         Image height in pixels (default: 1080)
  --scale <n>           PNG pixel density: the PNG is width×scale by height×scale pixels (default: 1)
  --type <name>         regions: waffle or donut; trend: line or area
  --group-by <name>     bars: region or country
  --sort <name>         bars: value, name or none
  --limit <n>           bars: rows before the rest is folded into "Other"
  --projection <name>   map: equal-earth, natural-earth, mercator or orthographic
  --region <id>         map: zoom to one region of the dataset
  --mode <name>         map: default or reach (arcs from --home)
  --home <code>         map: the reach mode's origin (ISO alpha-3)
  -h, --help            Show this help
  -v, --version         Show the version

PNG fonts: Vazirmatn always; Noto Nastaliq Urdu, Noto Sans Bengali, Noto Sans SC and Noto Sans when the image
needs them, from this package's dependencies or the system's font folders. NETREACH_FONT_DIRS=<dir>[:<dir>…]
makes the command look in those folders only.

Examples:
  npx netreach render map --out map.png --scale 2
  npx netreach render stat --metric virtual-students --lang fa --theme dark --out stat.svg
  npx netreach render bars --data network.json --group-by country --width 1280 --height 720 --out bars.png
`;

/** A problem with the command line or its input: printed as one line, exit code 2 (usage) or 1. */
class CliError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_PIXELS = 100_000_000;

function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        data: { type: 'string' },
        metric: { type: 'string' },
        lang: { type: 'string' },
        theme: { type: 'string' },
        width: { type: 'string' },
        height: { type: 'string' },
        scale: { type: 'string' },
        type: { type: 'string' },
        'group-by': { type: 'string' },
        sort: { type: 'string' },
        limit: { type: 'string' },
        projection: { type: 'string' },
        region: { type: 'string' },
        mode: { type: 'string' },
        home: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs' messages name the option ("Unknown option '--colour'"); keep the first line.
    throw new CliError(`${String(error.message).split('\n')[0]} (see netreach --help)`, 2);
  }
  return parsed;
}

/** A whole number from an option, or a usage error naming the option. */
function integerOption(name, text) {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) throw new CliError(`--${name} must be a whole number of pixels (got "${text}")`, 2);
  return Number(text);
}

async function loadDataset(core, file) {
  if (file === undefined) return core.loadDefaultDataset();
  let text;
  try {
    text = await readFile(resolve(file), 'utf8');
  } catch (error) {
    throw new CliError(`cannot read --data ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
  try {
    return core.parseDataset(text);
  } catch (error) {
    if (error instanceof core.DatasetError) throw new CliError(`invalid dataset ${file}: ${error.message}`);
    throw error;
  }
}

async function toPng(svg, width, height, scale) {
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
  if (image.width !== width * scale || image.height !== height * scale) {
    throw new CliError(`rasterized ${image.width}×${image.height} pixels instead of ${width * scale}×${height * scale}`);
  }
  return image.asPng();
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

async function render(values, positionals) {
  const [widget, ...extra] = positionals;
  if (!widget) throw new CliError('missing widget: netreach render <stat|map|bars|regions|trend> --out <file> (see netreach --help)', 2);
  if (extra.length) throw new CliError(`unexpected argument "${extra[0]}" (see netreach --help)`, 2);
  if (!values.out) throw new CliError('missing --out <file.svg|file.png>', 2);
  const out = resolve(values.out);
  const format = extname(out).toLowerCase();
  if (format !== '.svg' && format !== '.png') {
    throw new CliError(`--out must end in .svg or .png (got "${extname(out) || values.out}")`, 2);
  }
  const width = integerOption('width', values.width);
  const height = integerOption('height', values.height);
  let scale = 1;
  if (values.scale !== undefined) {
    scale = Number(values.scale);
    if (!/^\s*\d+(\.\d+)?\s*$/.test(values.scale) || !(scale > 0) || scale > 8) {
      throw new CliError(`--scale must be a number above 0 and at most 8 (got "${values.scale}")`, 2);
    }
  }
  if (values.theme !== undefined && values.theme !== 'light' && values.theme !== 'dark') {
    throw new CliError(`--theme must be light or dark (got "${values.theme}")`, 2);
  }

  let staticModule, core;
  try {
    staticModule = await import('netreach/static');
    core = await import('netreach/core');
  } catch (error) {
    // In a git checkout `netreach` is the repository itself, which has no lib/ until it is built; a published
    // package always has one.
    if (error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('/lib/')) {
      throw new CliError('lib/ is not built: run `npm run build` first');
    }
    throw error;
  }
  if (!staticModule.STATIC_WIDGETS.includes(widget)) {
    throw new CliError(`unknown widget "${widget}" (expected one of ${staticModule.STATIC_WIDGETS.join(', ')})`, 2);
  }
  const w = width ?? staticModule.DEFAULT_WIDTH;
  const h = height ?? staticModule.DEFAULT_HEIGHT;
  if (format === '.png') {
    if (!Number.isInteger(w * scale) || !Number.isInteger(h * scale)) {
      throw new CliError(`--scale ${values.scale} gives a fraction of a pixel at ${w}×${h}: choose a scale that makes whole pixels`, 2);
    }
    if (w * scale * h * scale > MAX_PIXELS) throw new CliError(`the PNG would be ${w * scale}×${h * scale} pixels: too large`, 2);
  }

  const dataset = await loadDataset(core, values.data);
  const options = {
    metric: values.metric,
    lang: values.lang,
    theme: values.theme,
    width,
    height,
    type: values.type,
    'group-by': values['group-by'],
    sort: values.sort,
    limit: values.limit,
    projection: values.projection,
    region: values.region,
    mode: values.mode,
    home: values.home,
  };
  let svg;
  try {
    svg = await staticModule.renderSvg(widget, dataset, options);
  } catch (error) {
    if (error instanceof staticModule.RenderError) throw new CliError(error.message, error.code === 'bad-option' ? 2 : 1);
    throw error;
  }
  const content = format === '.png' ? await toPng(svg, w, h, scale) : svg;
  await writeAtomically(out, content);
  return out;
}

/** Commands with options of their own (bin/data-commands.mjs), given the helpers they share with render. */
const DATA_COMMANDS = { import: importCommand, check: checkCommand };

async function main(argv) {
  const dataCommand = Object.hasOwn(DATA_COMMANDS, argv[0]) ? DATA_COMMANDS[argv[0]] : undefined;
  if (dataCommand) return dataCommand(argv.slice(1), { CliError, writeAtomically });
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (values.version) {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    process.stdout.write(`${pkg.version}\n`);
    return;
  }
  const [command, ...rest] = positionals;
  if (command === undefined) {
    process.stdout.write(USAGE);
    process.exitCode = 2;
    return;
  }
  if (command !== 'render') throw new CliError(`unknown command "${command}" (expected: render, import or check; see netreach --help)`, 2);
  await render(values, rest);
}

main(process.argv.slice(2)).catch((error) => {
  const detail = process.env.NETREACH_DEBUG ? error?.stack : error?.message;
  const message = error instanceof CliError ? error.message : `unexpected error: ${String(detail ?? error).split('\n')[0]}`;
  process.stderr.write(`netreach: ${message}\n`);
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
});
