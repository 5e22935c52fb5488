// `netreach render`'s flags, usage and argument checks, made from the widgets' option specs (`netreach/options`,
// the same specs the elements, embed.html and the API docs read): every attribute of a widget that makes sense in
// an image is a flag of the same name taking the same values, refused for the same reason. Pure: no files, no
// rasterizer — `readRenderArgs()` is what the tests run against embed.html's `embedConfig()`.
import { extname } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * A problem with the command line or its input, printed as one line: exit code 2 when the command line alone is
 * wrong, found before any file is read; 1 when the run fails on what it reads or writes (packages/cli/README.md).
 */
export class CliError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * The command's own flags: where the image goes, in which format and how big, which dataset file. Declared once:
 * `usage` and `docs` are the help's lines (renderUsage), `type` and `short` what parseArgs reads (FLAG_OPTIONS).
 */
const OWN_FLAGS = {
  out: {
    type: 'string',
    short: 'o',
    usage: '-o, --out <file>',
    docs: 'Where to write the image: a .svg or .png file, or "-" for standard output. Left out, the image goes to standard output when that is a pipe or a file (netreach render map > map.svg), never to a terminal',
  },
  format: {
    type: 'string',
    usage: '--format <svg|png>',
    docs: "The image's format on standard output (default: svg), or for a file whose name has no .svg or .png; with a .svg or .png file it must agree",
  },
  data: { type: 'string', usage: '--data <file.json>', docs: 'A netreach dataset file (default: the bundled dataset --dataset names)' },
  width: { type: 'string', usage: '--width <px>', docs: 'Image width in pixels (default: 1920)' },
  height: { type: 'string', usage: '--height <px>', docs: 'Image height in pixels (default: 1080)' },
  scale: {
    type: 'string',
    usage: '--scale <n>',
    docs: 'PNG pixel density: the PNG is width×scale by height×scale pixels, 96×scale per inch, so slides place it at width×height (default: 1)',
  },
  background: {
    type: 'string',
    usage: '--background transparent',
    docs: "No background rectangle, for a slide of another colour: nothing in the theme's background either (a label's halo and a hollow dot are cut out of what lies under them, showing the slide)",
  },
  help: { type: 'boolean', short: 'h', usage: '-h, --help', docs: 'Show this help' },
  version: { type: 'boolean', short: 'v', usage: '-v, --version', docs: 'Show the version' },
};

/** OWN_FLAGS as parseArgs takes them (its type and short letter only). */
const FLAG_OPTIONS = Object.fromEntries(
  Object.entries(OWN_FLAGS).map(([name, { type, short }]) => [name, short === undefined ? { type } : { type, short }]),
);

/** Every widget attribute as a flag (those an image cannot use too, so that refusing them can say why). */
function optionFlags(registry) {
  const flags = {};
  for (const widget of registry.CLI_WIDGETS) {
    for (const spec of registry.WIDGET_OPTIONS[widget]) {
      if (!Object.hasOwn(OWN_FLAGS, spec.attribute)) flags[spec.attribute] = { type: spec.type === 'boolean' ? 'boolean' : 'string' };
    }
  }
  return flags;
}

/** How many edits turn `a` into `b`, a letter added, dropped, changed or two swapped ("srot"): for "did you mean". */
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The known flag nearest to `name`, when it is a slip away (two edits, one for short names); else undefined. */
export function nearestFlag(name, flags) {
  let best;
  let bestDistance = name.length <= 4 ? 1 : 2;
  for (const flag of flags) {
    const distance = editDistance(name, flag);
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) [best, bestDistance] = [flag, distance];
  }
  return best;
}

/**
 * The flags "did you mean" may name: the command's own and those of the widget the command line draws, else (no
 * widget named yet) those of every widget — never a flag the image refuses, nor one of another widget.
 */
function suggestible(argv, registry, options) {
  // Leniently, as the strict reading just failed: an unknown flag is then a switch, its value a positional.
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false, options });
  const widget = positionals.slice(positionals.indexOf('render') + 1).find((name) => registry.CLI_WIDGETS.includes(name));
  const usable = (spec) => !registry.unavailableReason(spec, 'cli');
  const specs = widget ? registry.WIDGET_OPTIONS[widget] : registry.CLI_WIDGETS.flatMap((name) => registry.WIDGET_OPTIONS[name]);
  return [...Object.keys(OWN_FLAGS), ...specs.filter(usable).map((spec) => spec.attribute)];
}

/** A flag of the command line (`--out`, `--out=x`, `-o`), or the end of them (`--`): never a flag's value. */
function isFlag(arg, options) {
  if (arg === '--') return true;
  const long = /^--([^=]+)/.exec(arg);
  if (long) return Object.hasOwn(options, long[1]);
  return Object.values(options).some((option) => option.short !== undefined && arg === `-${option.short}`);
}

/**
 * A flag that takes one value given again (`--out a.svg --out b.svg`): refused (exit 2), rather than the last one
 * kept without a word. `tokens`: parseArgs' (`tokens: true`); a flag that is `multiple` may repeat, as may a switch.
 */
export function refuseRepeated(tokens, options, help = 'netreach --help') {
  const seen = new Set();
  for (const { kind, name } of tokens) {
    if (kind !== 'option' || options[name]?.type !== 'string' || options[name].multiple) continue;
    if (seen.has(name)) throw new CliError(`--${name} is given more than once: give it once (see ${help})`, 2);
    seen.add(name);
  }
}

/**
 * `parseArgs` with the command's flags and the widgets' options; a usage error names the option. `dashed`: the
 * values written after a space that start with "-" (`--width -5`, `--sort -name`), which parseArgs refuses as
 * ambiguous: they are read, so that a value no flag takes is refused for what it is (`--width` from 200 to 8192),
 * and one that every check takes is refused by refuseDashed() saying how to write it.
 */
export function parseCommandLine(argv, registry) {
  const options = { ...FLAG_OPTIONS, ...optionFlags(registry) };
  const dashed = [];
  let args = argv;
  for (;;) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, strict: true, options, tokens: true });
    } catch (error) {
      const unknown = /^Unknown option '--?([^']+)'/.exec(String(error.message));
      if (unknown) {
        const near = nearestFlag(unknown[1], suggestible(argv, registry, options));
        throw new CliError(`unknown option --${unknown[1]}${near ? `: did you mean --${near}?` : ''} (see netreach --help)`, 2);
      }
      const missing = /^Option '(?:-\w, )?--([^ ']+) <value>' argument missing/.exec(String(error.message));
      if (missing) throw new CliError(`--${missing[1]} needs a value (see netreach --help)`, 2);
      const ambiguous = /^Option '--?([^']+)' argument is ambiguous/.exec(String(error.message));
      if (!ambiguous) {
        // parseArgs' other messages name the option; keep the first line.
        throw new CliError(`${String(error.message).split('\n')[0]} (see netreach --help)`, 2);
      }
      const flag = Object.keys(options).find((name) => options[name].short === ambiguous[1]) ?? ambiguous[1];
      const at = args.findIndex((arg) => arg === `--${flag}` || arg === `-${options[flag]?.short}`);
      const value = args[at + 1];
      if (at < 0 || value === undefined || isFlag(value, options)) throw new CliError(`--${flag} needs a value (see netreach --help)`, 2);
      dashed.push({ flag, value });
      args = [...args.slice(0, at), `--${flag}=${value}`, ...args.slice(at + 2)];
      continue;
    }
    refuseRepeated(parsed.tokens, options);
    return { ...parsed, dashed };
  }
}

/** A value after a space that starts with "-" and that every check took: how to write it so that it is no flag. */
export function refuseDashed(dashed) {
  const [first] = dashed;
  if (first) {
    throw new CliError(
      `--${first.flag} needs a value; one that starts with "-" is written --${first.flag}=${first.value} (see netreach --help)`,
      2,
    );
  }
}

/**
 * The widget and its options from `netreach render`'s parsed flags, each checked by the widget's option spec:
 * `{ widget, dataset, options }`, `options` by attribute as `renderSvg()` takes them, `dataset` the bundled id
 * `--dataset` names. Throws a CliError (exit 2) naming the flag and the spec's reason.
 */
export function renderOptions(values, positionals, registry) {
  const [widget, ...extra] = positionals;
  const cliWidgets = registry.CLI_WIDGETS.join(', ');
  if (!widget)
    throw new CliError(`missing widget: netreach render <${registry.CLI_WIDGETS.join('|')}> [--out <file>] (see netreach --help)`, 2);
  if (extra.length) throw new CliError(`unexpected argument "${extra[0]}" (see netreach --help)`, 2);
  if (!registry.CLI_WIDGETS.includes(widget)) {
    const page = registry.widgetName(widget) === widget;
    const hint = page ? `: a ${widget} is a page, not a picture (use <netreach-${widget}> or embed.html?widget=${widget})` : '';
    throw new CliError(`unknown widget "${widget}" (expected one of ${cliWidgets})${hint}`, 2);
  }
  const specs = registry.WIDGET_OPTIONS[widget];
  const options = {};
  let dataset;
  for (const [flag, raw] of Object.entries(values)) {
    if (Object.hasOwn(OWN_FLAGS, flag) || raw === undefined) continue;
    const spec = registry.optionSpec(specs, flag);
    if (!spec) throw new CliError(`the ${widget} widget has no option --${flag} (see netreach --help)`, 2);
    const unavailable = registry.unavailableReason(spec, 'cli');
    if (unavailable) throw new CliError(`--${flag}: ${unavailable}`, 2);
    let text = raw === true ? '' : String(raw);
    // A bundled network's id is read as a page reads it (whitespace and case ignored: `dataset="CINVU"`).
    if (flag === 'dataset' && spec.values?.includes(text.trim().toLowerCase())) text = text.trim().toLowerCase();
    const parsed = registry.parseOption(spec, text);
    if (!parsed.ok) throw new CliError(`--${flag}: ${parsed.reason}`, 2);
    if (parsed.value === undefined) continue;
    if (flag === 'dataset') dataset = parsed.value;
    else options[flag] = parsed.value;
  }
  if (dataset !== undefined && values.data !== undefined) {
    throw new CliError('--data and --dataset both name a dataset: give one (see netreach --help)', 2);
  }
  return { widget, dataset, options };
}

/**
 * The image's size from its flags, `{ width, height, scale }` (each undefined when not given), checked against
 * `sides`, the sides renderSvg() takes (`{ min, max }`: netreach/static's MIN_SIDE and MAX_SIDE).
 */
export function imageSize(values, sides) {
  const side = (name) => {
    const text = values[name];
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || value < sides.min || value > sides.max) {
      throw new CliError(`--${name} must be a whole number of pixels from ${sides.min} to ${sides.max} (got "${text}")`, 2);
    }
    return value;
  };
  const size = { width: side('width'), height: side('height'), scale: undefined };
  if (values.scale !== undefined) {
    size.scale = Number(values.scale);
    if (!/^\s*\d+(\.\d+)?\s*$/.test(values.scale) || !(size.scale > 0) || size.scale > 8) {
      throw new CliError(`--scale must be a number above 0 and at most 8 (got "${values.scale}")`, 2);
    }
  }
  return size;
}

/**
 * Where the image goes and in which format, from `--out` and `--format`: `{ out, format }`, `out` the file or
 * undefined for standard output (`--out -`, or no --out when standard output is not a terminal), `format` `.svg` or
 * `.png`. `isTTY`: whether standard output is a terminal (process.stdout.isTTY), where an image is no use to anyone:
 * refused unless asked for with `--out -`, and a PNG's bytes always. Throws a CliError, exit 2.
 */
export function imageTarget(values, { isTTY = false, widget = '<widget>' } = {}) {
  const asked = values.format === undefined ? undefined : `.${values.format.trim().toLowerCase()}`;
  if (asked !== undefined && asked !== '.svg' && asked !== '.png') {
    throw new CliError(`--format must be svg or png (got "${values.format}")`, 2);
  }
  if (values.out === undefined || values.out === '-') {
    const format = asked ?? '.svg';
    const example = `netreach render ${widget}${format === '.png' ? ' --format png' : ''}`;
    if (isTTY && format === '.png') {
      throw new CliError(
        `a PNG is not written to a terminal: name a file (--out ${widget}.png) or redirect it (${example} > ${widget}.png)`,
        2,
      );
    }
    if (isTTY && values.out === undefined) {
      throw new CliError(
        `missing --out: name a file (--out ${widget}.svg or .png), or redirect or pipe the image (${example} > ${widget}.svg); --out - writes the SVG here anyway`,
        2,
      );
    }
    return { out: undefined, format };
  }
  const extension = extname(values.out).toLowerCase();
  const known = extension === '.svg' || extension === '.png';
  if (asked !== undefined && known && asked !== extension) {
    throw new CliError(
      `--format ${values.format} and --out ${values.out} disagree: give one format (or a file name without .svg or .png)`,
      2,
    );
  }
  if (!known && asked === undefined) {
    throw new CliError(`--out must end in .svg or .png, or --format say which (got "${extension || values.out}")`, 2);
  }
  return { out: values.out, format: asked ?? extension };
}

/**
 * Everything `netreach render` takes from its command line, checked before any file is read: the widget and its
 * options (renderOptions), where the image goes and its `format` (imageTarget: `out` undefined for standard output),
 * the image's size (imageSize). `isTTY`: whether standard output is a terminal. Throws a CliError, exit 2.
 */
export function renderRequest({ values, positionals, dashed }, registry, sides, { isTTY = false } = {}) {
  const request = renderOptions(values, positionals, registry);
  const { out, format } = imageTarget(values, { isTTY, widget: request.widget });
  const size = imageSize(values, sides);
  // The element's toSVG({ background }) and renderSvg()'s option: only `transparent` for now.
  const { background } = values;
  if (background !== undefined && background !== 'transparent') {
    throw new CliError(`--background must be transparent (got "${background}")`, 2);
  }
  refuseDashed(dashed);
  return { ...request, out, format, background, ...size };
}

/** `readRenderArgs(['render', 'bars', '--group-by', 'country', …], registry, sides)`: parseCommandLine, then renderRequest. */
export function readRenderArgs(argv, registry, sides) {
  const parsed = parseCommandLine(argv, registry);
  const [command, ...positionals] = parsed.positionals;
  if (command !== 'render') throw new CliError(`unknown command "${command}" (expected: render, import or check; see netreach --help)`, 2);
  return { ...renderRequest({ ...parsed, positionals }, registry, sides), values: parsed.values };
}

const INDENT = 24;
const WIDTH = 104;

/** The help's paragraphs are wrapped at 113 characters, its option lines at `WIDTH`: a paragraph built from a list, too. */
function wrapParagraph(text, width = 113) {
  const lines = [''];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last && last.length + 1 + word.length > width) lines.push(word);
    else lines[lines.length - 1] = last ? `${last} ${word}` : word;
  }
  return lines.join('\n');
}

/** One option line: the flag and its placeholder, then its words wrapped under one another. */
function optionLine(flag, text) {
  const head = `  ${flag}`;
  const words = text.split(/\s+/);
  const lines = [];
  let line = head.length < INDENT - 1 ? head.padEnd(INDENT) : `${head}\n${' '.repeat(INDENT)}`;
  let length = line.length - line.lastIndexOf('\n') - 1;
  let empty = true;
  for (const word of words) {
    if (!empty && length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = ' '.repeat(INDENT);
      length = INDENT;
      empty = true;
    }
    line += (empty ? '' : ' ') + word;
    length += (empty ? 0 : 1) + word.length;
    empty = false;
  }
  lines.push(line);
  return lines.join('\n');
}

const PLACEHOLDERS = { number: 'n', language: 'tag', url: 'url', string: 'text', boolean: '' };

function specLine(registry, spec, languages) {
  const placeholder = spec.type === 'enum' ? spec.values.join('|') : PLACEHOLDERS[spec.type];
  let text = registry.plainDocs(spec, 'cli');
  if (spec.default !== undefined && !/default/i.test(text)) text += ` (default: ${spec.default})`;
  if (spec.type === 'language' && languages) text += ` netreach's own texts: ${languages.join(', ')}; images default to en.`;
  return optionLine(`--${spec.attribute}${placeholder ? ` <${placeholder}>` : ''}`, text);
}

/** The usage of `netreach --help`, from the option specs; `languages`: the UI languages (netreach/core's UI_LANGUAGES). */
export function renderUsage(registry, languages) {
  const widgets = registry.CLI_WIDGETS;
  const usable = (spec) => !registry.unavailableReason(spec, 'cli') && !Object.hasOwn(OWN_FLAGS, spec.attribute);
  // Options every widget has, with the same words on the command line, are listed once.
  const words = (spec) => registry.plainDocs(spec, 'cli');
  const shared = registry.WIDGET_OPTIONS[widgets[0]].filter(
    (spec) =>
      usable(spec) &&
      widgets.every((widget) =>
        registry.WIDGET_OPTIONS[widget].some((other) => other.attribute === spec.attribute && words(other) === words(spec)),
      ),
  );
  const isShared = (spec) => shared.some((entry) => entry.attribute === spec.attribute);
  const refused = new Set();
  for (const widget of widgets) {
    for (const spec of registry.WIDGET_OPTIONS[widget]) {
      // An attribute named like one of the command's own flags (the trend's `height`, its chart's) is never refused:
      // the flag is the image's, and taken.
      if (!usable(spec) && !spec.readOnly && !Object.hasOwn(OWN_FLAGS, spec.attribute)) refused.add(`--${spec.attribute}`);
    }
  }
  // A flag one widget's image takes (the dashboard's --presenter) and the others refuse: said, so that the line does
  // not contradict that widget's section.
  const takenBy = (flag) => {
    const takers = widgets.filter((widget) =>
      registry.WIDGET_OPTIONS[widget].some((spec) => `--${spec.attribute}` === flag && usable(spec)),
    );
    return takers.length ? `${flag} (but ${takers.join(', ')})` : flag;
  };
  const sections = widgets
    .map((widget) => {
      const own = registry.WIDGET_OPTIONS[widget].filter((spec) => usable(spec) && !isShared(spec));
      return own.length ? `${widget}:\n${own.map((spec) => specLine(registry, spec, languages)).join('\n')}` : '';
    })
    .filter(Boolean);
  return `Usage: netreach render <widget> [--out <file.svg|file.png|->] [--format svg|png] [options]
       netreach import <members.csv> [--out network.json] [options]   (see netreach import --help)
       netreach check <network.json>                                  (see netreach check --help)

Draws a netreach widget as a static image for slides (PowerPoint, Keynote, Google Slides).

Widgets: ${widgets.join(', ')}

Options:
${Object.values(OWN_FLAGS)
  .map((flag) => optionLine(flag.usage, flag.docs))
  .join('\n')}

The widgets' attributes, with the values they take in a page and in embed.html (docs/API.md):
${shared.map((spec) => specLine(registry, spec, languages)).join('\n')}

${sections.join('\n\n')}

${wrapParagraph(`Attributes an image has no use for are refused, saying why: ${[...refused].map(takenBy).join(', ')}.`)}

Exit codes: 0 when the file is written or the image to standard output (an option that names nothing it draws is
a warning: a --highlight code or a --selected that is not a member, a --home not on the map or without --mode
reach); 2 when the command line is wrong, found before any file is read; 1 when the run fails on what it reads or
writes (a dataset that lacks the metric, region or member asked for, or is invalid; a missing font).

PNG fonts: Vazirmatn always; Noto Nastaliq Urdu, Noto Sans Bengali, Noto Sans SC and Noto Sans when the image
needs them, from this package's dependencies (Noto Sans SC: an optional one) or the system's font folders.
NETREACH_FONT_DIRS=<dir>[:<dir>…] makes the command look in those folders only.

Examples:
  npx netreach render map --out map.png --scale 2
  npx netreach render map > map.svg
  npx netreach render bars --format png --scale 2 | other-tool
  npx netreach render stat --metric virtual-students --lang fa --theme dark --out stat.svg
  npx netreach render bars --data network.json --group-by country --width 1280 --height 720 --out bars.png
  npx netreach render map --dataset al-mustafa --projection natural-earth --highlight "PAK TUR" --out map.svg
  npx netreach render map --data network.json --compare cinvu --out overlap.svg
  npx netreach render table --compare network.json --out overlap-table.png
`;
}
