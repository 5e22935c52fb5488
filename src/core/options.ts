/**
 * Widget options declared once. Each widget lists its options as {@link OptionSpec}s in `src/<widget>/<widget>.options.ts`;
 * the element's reactive properties, the embed page's query parameters, the command line's flags and usage, the
 * configurator's controls and the API docs are all read from those lists, so an option means the same thing
 * everywhere and a value one of them refuses, all of them refuse. Pure; no DOM.
 */

export type OptionType = 'string' | 'number' | 'boolean' | 'enum' | 'url';

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
  /** One sentence for the API docs, the command line's usage and the configurator. */
  readonly docs: string;
  /**
   * Where the option makes sense besides the element: a static image has no `selected` bar to click, an iframe
   * cannot take a `provider` element from its parent. Both default to true.
   */
  readonly embed?: boolean;
  readonly cli?: boolean;
  /** Reflected to the attribute when the property changes (true unless said). */
  readonly reflect?: boolean;
}

export type OptionSpecs = readonly OptionSpec[];

/** A value the specs accept, or why not: the message is the same in every place that reads options. */
export type OptionResult = { ok: true; value: string | number | boolean | undefined } | { ok: false; reason: string };

/** Reads one attribute's text as its spec says: trimmed, checked, numbers and booleans converted. */
export function parseOption(spec: OptionSpec, raw: string | null | undefined): OptionResult {
  if (raw === null || raw === undefined) return { ok: true, value: undefined };
  const text = raw.trim();
  switch (spec.type) {
    case 'boolean':
      if (text === '' || text === 'true' || text === spec.attribute) return { ok: true, value: true };
      if (text === 'false') return { ok: true, value: false };
      return { ok: false, reason: `${spec.attribute} is a switch: present, "true" or "false" (got "${text}")` };
    case 'number': {
      const value = Number(text);
      if (
        text === '' ||
        !Number.isFinite(value) ||
        (spec.integer && !Number.isInteger(value)) ||
        (spec.min !== undefined && value < spec.min)
      ) {
        const kind = spec.integer ? 'a whole number' : 'a number';
        const floor = spec.min === undefined ? '' : `, ${spec.min} or more`;
        return { ok: false, reason: `${spec.attribute} must be ${kind}${floor} (got "${text}")` };
      }
      return { ok: true, value };
    }
    case 'enum':
      if (!spec.values?.includes(text))
        return { ok: false, reason: `${spec.attribute} must be one of ${(spec.values ?? []).join(', ')} (got "${text}")` };
      return { ok: true, value: text };
    case 'url':
      if (!/^(?:https?:\/\/|\.{0,2}\/|[^:]*$)/i.test(text))
        return { ok: false, reason: `${spec.attribute} must be an http(s) or relative URL` };
      return { ok: true, value: text };
    default:
      return { ok: true, value: text };
  }
}

export interface ReadOptions {
  /** The accepted options by property name; absent options take their spec's default. */
  values: Record<string, string | number | boolean | undefined>;
  /** `attribute: reason` for every value refused, and every name no spec declares. */
  problems: string[];
}

/**
 * Reads options from name/value pairs (a query string, command-line flags, attributes). Names are attributes
 * (`group-by`); `ignore` lists names that the caller reads itself (`widget`, `width`, `out`).
 */
export function readOptions(specs: OptionSpecs, pairs: Iterable<readonly [string, string]>, ignore: readonly string[] = []): ReadOptions {
  const values: ReadOptions['values'] = {};
  const problems: string[] = [];
  const byAttribute = new Map(specs.map((spec) => [spec.attribute, spec]));
  for (const [name, raw] of pairs) {
    if (ignore.includes(name)) continue;
    const spec = byAttribute.get(name);
    if (!spec) {
      problems.push(`${name}: not an option of this widget`);
      continue;
    }
    const result = parseOption(spec, raw);
    if (result.ok) values[spec.property] = result.value;
    else problems.push(result.reason);
  }
  for (const spec of specs) {
    if (!(spec.property in values) && spec.default !== undefined) {
      const result = parseOption(spec, spec.default);
      if (result.ok) values[spec.property] = result.value;
    }
  }
  return { values, problems };
}

/** The options every widget takes. */
export const COMMON_OPTIONS: OptionSpecs = [
  { property: 'src', attribute: 'src', type: 'url', docs: 'URL of a netreach dataset (JSON), or of a CSV or TSV file.', cli: false },
  {
    property: 'datasetId',
    attribute: 'dataset',
    type: 'enum',
    values: ['cinvu', 'silk-road', 'al-mustafa'],
    default: 'cinvu',
    docs: 'A bundled network: `cinvu` (default), `silk-road` or `al-mustafa`; `src`, `provider`, inline JSON and `.data` take precedence.',
    reflect: true,
  },
  {
    property: 'provider',
    attribute: 'provider',
    type: 'string',
    docs: 'The id of a `<netreach-data>` element to take the dataset from.',
    embed: false,
    cli: false,
  },
  { property: 'lang', attribute: 'lang', type: 'string', docs: 'The language (BCP 47); inherited from the page when absent.' },
  {
    property: 'theme',
    attribute: 'theme',
    type: 'enum',
    values: ['light', 'dark', 'auto'],
    docs: '`light`, `dark` or `auto` (the system setting); the page’s colours when absent.',
  },
  {
    property: 'controls',
    attribute: 'controls',
    type: 'enum',
    values: ['menu', 'none'],
    default: 'menu',
    docs: '`menu` (default) shows the widget menu; `none` hides every control.',
    cli: false,
  },
  {
    property: 'presenter',
    attribute: 'presenter',
    type: 'boolean',
    docs: 'Sized for a projector: larger type, stronger contrast, more room.',
  },
];

/** The spec of `attribute` among `specs`. */
export function optionSpec(specs: OptionSpecs, attribute: string): OptionSpec | undefined {
  return specs.find((spec) => spec.attribute === attribute);
}
