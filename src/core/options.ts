/**
 * Widget options declared once. Each widget lists its options as {@link OptionSpec}s in `src/<widget>/<widget>.options.ts`
 * (registered by tag in `src/widget-options.ts`); the element's reactive properties, the embed page's query
 * parameters, the command line's flags and usage, the configurator's controls and the API docs are all read from
 * those lists, so an option means the same thing everywhere and a value one of them refuses, all of them refuse,
 * for the same reason. Pure; no DOM.
 */
import { BUNDLED_DATASETS, DEFAULT_DATASET } from './default-dataset.js';

/** `language`: a BCP 47 tag (`fa`, `ur-u-nu-arabext`). */
export type OptionType = 'string' | 'number' | 'boolean' | 'enum' | 'url' | 'language';

export interface OptionSpec {
  /** The JavaScript property: `groupBy`. */
  readonly property: string;
  /** The attribute, query parameter and command-line flag: `group-by`. */
  readonly attribute: string;
  readonly type: OptionType;
  /** The values an `enum` option takes. */
  readonly values?: readonly string[];
  /** The value when the attribute is absent, as the attribute would spell it (undefined: none). */
  readonly default?: string;
  /** Smallest allowed value of a `number` option (whole numbers only when `integer`). */
  readonly min?: number;
  readonly integer?: boolean;
  /** The API docs' sentence (the element's JSDoc), also the command line's usage and the configurator's hint. */
  readonly docs: string;
  /**
   * The command line's sentence, where `docs` speaks of the page — a `<netreach-data>` id, a click, the page's
   * language or colours, a console warning — and the flag does something else: `netreach render --help` shows it
   * instead of `docs` (`plainDocs(spec, 'cli')`). Written beside `docs`, so that an option's words stay in one place.
   */
  readonly cliDocs?: string;
  /** A valid value to show (the configurator's placeholder, the usage), and the one the tests try. */
  readonly example?: string;
  /**
   * Where the option makes sense besides the element: a static image has no `selected` bar to click, an iframe
   * cannot take a `provider` element from its parent. Both default to true.
   */
  readonly embed?: boolean;
  readonly cli?: boolean;
  /** Why `embed` or `cli` is false (or why a `readOnly` attribute is no option): said when they refuse it. */
  readonly unavailable?: string;
  /** An attribute the widget writes for the page to read (`state`): never an option, embed.html and the CLI refuse it. */
  readonly readOnly?: boolean;
  /** An attribute every HTML element has (`lang`): the element declares no reactive property for it. */
  readonly native?: boolean;
  /**
   * The CSS custom property a page sets it by (`--netreach-stat-size`), where a page styles rather than configures:
   * the element declares no attribute or property for it, and reads the custom property for its files (`toSVG()`,
   * `toPNG()`), which then draw it as the command line's flag of the same name does.
   */
  readonly cssProperty?: string;
  /** Reflected to the attribute when the property changes (true unless said). */
  readonly reflect?: boolean;
}

export type OptionSpecs = readonly OptionSpec[];

export type OptionValue = string | number | boolean | undefined;

/**
 * An option's value as an element says it (NetreachElement's `namesNothing()`): the attribute, the value, whether the
 * data names it, and why not. Made by the widgets' chunks (the map's, the table's, the dashboard's) from their model.
 */
export type NamedOption = [attribute: string, value: string | false | null | undefined, named: unknown, reason: string];

/**
 * A value the specs accept, or the text refused (trimmed): why it is refused is {@link refusal} in
 * option-text.ts (`parseOption()` there says it), words only the embed page, the command line and a console
 * warning need, not every page up front.
 */
export type OptionRead = { ok: true; value: OptionValue } | { ok: false; text: string };

function isLanguageTag(text: string): boolean {
  try {
    return Intl.getCanonicalLocales(text).length === 1;
  } catch {
    return false;
  }
}

/**
 * Reads one attribute's text as its spec says: trimmed, checked, numbers and booleans converted. Absent, and
 * empty text for a string, URL or language, is no value (the default applies).
 */
export function readOption(spec: OptionSpec, raw: string | null | undefined): OptionRead {
  if (raw === null || raw === undefined) return { ok: true, value: undefined };
  const text = raw.trim();
  let ok = true;
  let value: OptionValue = text === '' ? undefined : text;
  switch (spec.type) {
    case 'boolean':
      value = text === '' || text === 'true' || text === spec.attribute;
      ok = value || text === 'false';
      break;
    case 'number':
      value = Number(text);
      ok =
        text !== '' &&
        Number.isFinite(value) &&
        !(spec.integer && !Number.isInteger(value)) &&
        !(spec.min !== undefined && value < spec.min);
      break;
    case 'enum':
      ok = Boolean(spec.values?.includes(text));
      break;
    case 'url':
      ok = !text || /^(?:https?:\/\/|\.{0,2}\/|[^:]*$)/i.test(text);
      break;
    case 'language':
      ok = !text || isLanguageTag(text);
  }
  return ok ? { ok: true, value } : { ok: false, text };
}

/** The spec's default, parsed (undefined when it has none). */
export function optionDefault(spec: OptionSpec): OptionValue {
  const result = readOption(spec, spec.default);
  return result.ok ? result.value : undefined;
}

/**
 * The value of an option as an element holds it (a property set by the page or from the attribute): read as its
 * spec says, and its default when absent or refused — an unknown `sort` sorts by value, as if absent. `refused`
 * hears the text refused (the element's console warning, which says why once it has the words: {@link refusal}).
 */
export function optionValue(spec: OptionSpec, held: unknown, refused?: (text: string) => void): OptionValue {
  if (held !== null && held !== undefined) {
    const result = readOption(spec, String(held));
    if (result.ok) {
      if (result.value !== undefined) return result.value;
    } else refused?.(result.text);
  }
  return optionDefault(spec);
}

/** Where options are read besides the element: the embed page's query string, the command line's flags. */
export type OptionPlace = 'embed' | 'cli';

/**
 * Why `spec` is no option in `place` (`not a parameter of embed.html: …`), or undefined when it is one. The
 * embed page and the command line say this for an attribute the element has but they do not take.
 */
export function unavailableReason(spec: OptionSpec, place: OptionPlace): string | undefined {
  const why = spec.unavailable ? `: ${spec.unavailable}` : '';
  if (spec.readOnly) return `read-only${why}`;
  if (place === 'embed' && spec.embed === false) return `not a parameter of embed.html${why}`;
  if (place === 'cli' && spec.cli === false) return `not an option of netreach render${why}`;
  return undefined;
}

/** The docs as plain text (for a terminal, a tooltip): no Markdown code marks; the command line's own words in `cli`. */
export function plainDocs(spec: OptionSpec, place?: OptionPlace): string {
  return (place === 'cli' && spec.cliDocs !== undefined ? spec.cliDocs : spec.docs).replace(/`/g, '');
}

/**
 * `cinvu` (the default), `silk-road` or `al-mustafa`: called from the docs only, which the browser bundles drop.
 * (Not option-text.ts's listText(): this module does not import the options' words, which every page would load.)
 */
function bundledList(): string {
  const names = BUNDLED_DATASETS.map((id) => (id === DEFAULT_DATASET ? `\`${id}\` (the default)` : `\`${id}\``));
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/** The options every widget takes. */
export const COMMON_OPTIONS: OptionSpecs = [
  {
    property: 'src',
    attribute: 'src',
    type: 'url',
    docs: 'URL of a netreach dataset (JSON). Fetched once per page however many widgets use it.',
    example: 'network.json',
    cli: false,
    unavailable: 'the command line reads a file, --data <file.json>',
  },
  {
    property: 'datasetId',
    attribute: 'dataset',
    type: 'enum',
    values: BUNDLED_DATASETS,
    default: DEFAULT_DATASET,
    docs: `A bundled network: ${bundledList()}. Used when there is no \`src\`, \`provider\`, inline JSON or \`.data\`.`,
    cliDocs: `A bundled network: ${bundledList()}. Used when there is no \`--data\`.`,
  },
  {
    property: 'provider',
    attribute: 'provider',
    type: 'string',
    docs: 'The id of a `<netreach-data>` element to take the dataset from.',
    example: 'network',
    embed: false,
    cli: false,
    unavailable: 'it names a <netreach-data> element on the same page',
  },
  {
    property: 'lang',
    attribute: 'lang',
    type: 'language',
    docs: 'The language (a BCP 47 tag: `fa`, `ar`, `ur-u-nu-arabext` for Urdu with Arabic-Indic digits); inherited from the page when absent.',
    // The command line appends the languages netreach speaks and its default, English.
    cliDocs: 'The language (a BCP 47 tag: `fa`, `ar`, `ur-u-nu-arabext` for Urdu with Arabic-Indic digits).',
    example: 'fa',
    native: true,
  },
  {
    property: 'theme',
    attribute: 'theme',
    type: 'enum',
    values: ['light', 'dark', 'auto'],
    docs: '`light`, `dark`, or `auto` (follows `prefers-color-scheme`). Unset: the page’s own colours; the command line’s images are light unless `dark`.',
    cliDocs: '`light` (the default) or `dark`; `auto` draws light too, as an image follows no system setting.',
  },
  {
    property: 'controls',
    attribute: 'controls',
    type: 'enum',
    values: ['menu', 'none'],
    default: 'menu',
    docs: '`none` hides the widget menu (downloads, view data, full screen).',
    cli: false,
    unavailable: 'an image has no menu',
  },
  {
    property: 'presenter',
    attribute: 'presenter',
    type: 'boolean',
    docs: 'Sized for a projector: larger type, stronger contrast, more room, thicker lines.',
    cli: false,
    unavailable: 'an image’s type is sized by its --width and --height',
  },
  {
    property: 'state',
    attribute: 'state',
    type: 'enum',
    values: ['loading', 'ready', 'empty', 'error'],
    default: 'loading',
    docs: 'Reflects `loading`, `ready`, `empty` or `error`. `ready` once drawn (see the README, "States and errors").',
    readOnly: true,
    embed: false,
    cli: false,
    unavailable: 'the widget sets it to say what it shows',
  },
];

/**
 * `time-direction`: which way time runs in a chart of a series over time (the trend, the stat tile's sparkline).
 * Left to right in every language by default (the README's "Time direction" gives the evidence and its sources);
 * `rtl` mirrors the axis, points and labels.
 */
export const TIME_DIRECTION_OPTION: OptionSpec = {
  property: 'timeDirection',
  attribute: 'time-direction',
  type: 'enum',
  values: ['ltr', 'rtl'],
  default: 'ltr',
  docs: 'Which way time runs: `ltr` (default, in every language) or `rtl` (the earliest figure at the right, the value axis too). Labels keep the language\'s script and digits. See the README, "Time direction".',
  example: 'rtl',
};

/** Time runs right to left: `time-direction="rtl"` (options by property name, as scenes receive them). */
export function timeMirrored(options: Readonly<Record<string, unknown>>): boolean {
  return options.timeDirection === 'rtl';
}

/**
 * The common options with this widget's words for some of them (attribute → docs): the dashboard's `theme` is
 * "passed on to every part".
 */
export function commonOptions(docs: Readonly<Record<string, string>> = {}): OptionSpecs {
  return COMMON_OPTIONS.map((spec) =>
    Object.prototype.hasOwnProperty.call(docs, spec.attribute) ? { ...spec, docs: docs[spec.attribute]! } : spec,
  );
}

/** The spec of `attribute` among `specs`. */
export function optionSpec(specs: OptionSpecs, attribute: string): OptionSpec | undefined {
  return specs.find((spec) => spec.attribute === attribute);
}

const byProperty = new WeakMap<OptionSpecs, Map<string, OptionSpec>>();

/** The spec of the JavaScript property `property` among `specs` (indexed once per list: widgets read every option on each update). */
export function propertySpec(specs: OptionSpecs, property: string): OptionSpec | undefined {
  let index = byProperty.get(specs);
  if (!index) {
    index = new Map();
    // The first spec of a property wins, as a search from the start would find it.
    for (const spec of specs) if (!index.has(spec.property)) index.set(spec.property, spec);
    byProperty.set(specs, index);
  }
  return index.get(property);
}
