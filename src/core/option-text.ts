/**
 * The options' words: why a value is refused (`"neon" is not one of light, dark, auto`) and what values an option
 * takes, for the embed page, the command line, the API docs and an element's console warning. Apart from
 * options.ts, which every page loads up front to read its widgets' options: an element checks a value there and
 * has these words said once the on-demand module, which re-exports {@link refusal}, is here (a moment later, in the
 * console only). `netreach/options` exports both modules. Pure; no DOM.
 */
import { optionDefault, readOption, type OptionSpec, type OptionSpecs, type OptionValue } from './options.js';

/**
 * A value the specs accept, or why not: the reason (`"neon" is not one of light, dark, auto`) is the same in every
 * place that reads options, each of which names the option its own way (`theme: …`, `--theme: …`).
 */
export type OptionResult = { ok: true; value: OptionValue } | { ok: false; reason: string };

/**
 * Reads one attribute's text as its spec says (options.ts's `readOption()`): trimmed, checked, numbers and booleans
 * converted, or refused with the reason. Absent, and empty text for a string, URL or language, is no value (the
 * default applies).
 */
export function parseOption(spec: OptionSpec, raw: string | null | undefined): OptionResult {
  const result = readOption(spec, raw);
  return result.ok ? result : { ok: false, reason: `"${result.text}" ${refusal(spec)}` };
}

/** Why a value of `spec` is refused, after the value: `is not one of light, dark, auto`. */
export function refusal(spec: OptionSpec): string {
  switch (spec.type) {
    case 'boolean':
      return 'is not a switch: present, true or false';
    case 'number':
      return `is not ${numberText(spec)}`;
    case 'enum':
      return `is not one of ${(spec.values ?? []).join(', ')}`;
    case 'url':
      return 'is not an http(s) or relative URL';
    default:
      // A language tag (text is never refused).
      return 'is not a language tag';
  }
}

function numberText(spec: OptionSpec): string {
  const kind = spec.integer ? 'a whole number' : 'a number';
  return spec.min === undefined ? kind : `${kind}, ${spec.min} or more`;
}

export interface ReadOptions {
  /** The accepted options by property name; absent options take their spec's default. */
  values: Record<string, OptionValue>;
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
    else problems.push(`${spec.attribute}: ${result.reason}`);
  }
  for (const spec of specs) {
    if (values[spec.property] === undefined && spec.default !== undefined) values[spec.property] = optionDefault(spec);
  }
  return { values, problems };
}

/** `a, b or c`. */
function listText(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}` : (items[0] ?? '');
}

/** The values an option takes, in words: `light, dark or auto`, `a whole number, 0 or more`, `a URL`. */
export function valuesText(spec: OptionSpec): string {
  switch (spec.type) {
    case 'enum':
      return listText(spec.values ?? []);
    case 'number':
      return numberText(spec);
    case 'boolean':
      return 'a switch (present or absent)';
    case 'url':
      return 'an http(s) or relative URL';
    case 'language':
      return 'a language tag';
    default:
      return spec.example ? `text, such as ${spec.example}` : 'text';
  }
}
