/**
 * Validation of netreach datasets (format v1, see `types.ts`).
 *
 * `validateDataset()` is the authority on what a valid dataset is. It never mutates its input and
 * returns a new, deep-frozen copy that contains only the documented fields (strings trimmed and rid of control characters, -0
 * normalized to 0, unknown fields dropped), so several widgets can safely share one dataset.
 *
 * Hostile input is expected: keys such as `__proto__` are never assigned to any output object, only
 * own properties of the input are read, and over-long strings are rejected.
 *
 * Pure module: no DOM, no Lit.
 */
import { ENGLISH_NAMES } from '../generated/english-names.js';
import { isAlpha3, registerEnglishTable } from './countries.js';
import { NetreachError, toNetreachError } from './errors.js';
import { readCapped } from './read-capped.js';
import {
  COUNTRIES_METRIC,
  type Dataset,
  type Extent,
  type ListBasis,
  type Listing,
  type LocalizedNames,
  type Member,
  type Metric,
  type NetworkInfo,
  type Period,
  type Qualifier,
  type Region,
  type RegionAssignment,
  type RegionBasis,
  type Relation,
  type Source,
  type Total,
  type University,
} from './types.js';

// For fetchDataset() (load.ts), which reads a body (and says why a file: URL fails) only once this chunk is here: not
// in what every page loads.
export { fileUrlAdvice, readCapped } from './read-capped.js';
// A widget's `src` and the exported fetchDataset() and requestDataset() (load-start.ts): the shared requests, their deadline and everything after the response, only once
// this chunk is here, which every such page loads anyway.
export { clearDatasetCache, fetchDataset, requestDataset } from './load.js';

/**
 * A fetched dataset's body read ({@link readCapped}) and parsed: what fetchDataset() (load.ts) asks of this chunk
 * once the response is here, the parse's error made its NetreachError here rather than by code every page loads.
 * Rejects as readCapped() does when the body cannot be read.
 */
export async function readDataset(response: Response, maxBytes: number, url: string): Promise<Dataset> {
  const text = await readCapped(response, maxBytes, url);
  try {
    return parseDataset(text);
  } catch (error) {
    throw toNetreachError(error, url);
  }
}

let everyName = false;

export interface ValidationIssue {
  /** Where the problem is, e.g. `members[4].country`, or `(root)` for the whole document. */
  path: string;
  message: string;
}

export type DatasetErrorCode = 'not-json' | 'invalid' | 'version';

/** At most this many issues are kept in `DatasetError.issues`. */
export const MAX_ISSUES = 50;
/** Strings longer than this (before trimming) are rejected. */
export const MAX_STRING_LENGTH = 10_000;

export class DatasetError extends Error {
  readonly code: DatasetErrorCode;
  /** The problems found, in document order of the checks; capped at {@link MAX_ISSUES}. */
  readonly issues: ValidationIssue[];

  /**
   * @param total How many problems were found in all, when `issues` was capped (defaults to
   *   `issues.length`); used for the "(and N more problems)" suffix of the message.
   */
  constructor(code: DatasetErrorCode, issues: ValidationIssue[], total = issues.length, options?: ErrorOptions) {
    super(formatMessage(issues, total), options);
    this.name = 'DatasetError';
    this.code = code;
    this.issues = issues.slice(0, MAX_ISSUES);
  }
}

function formatMessage(issues: ValidationIssue[], total: number): string {
  const first = issues[0];
  if (!first) return 'invalid dataset';
  const rest = Math.max(total, issues.length) - 1;
  const suffix = rest === 1 ? ' (and 1 more problem)' : rest > 1 ? ` (and ${rest} more problems)` : '';
  return `${first.path}: ${first.message}${suffix}`;
}

/**
 * Parses JSON text and validates it. Throws `DatasetError` with code `'not-json'` when the text is
 * empty or not JSON, else whatever {@link validateDataset} throws.
 */
export function parseDataset(text: string): Dataset {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new DatasetError('not-json', [{ path: ROOT, message: 'empty text (expected JSON)' }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new DatasetError('not-json', [{ path: ROOT, message: `not valid JSON (${detail})` }], 1, { cause: e });
  }
  return validateDataset(data);
}

/**
 * Checks a dataset (e.g. the result of `JSON.parse`, or an object built in JavaScript) and returns a
 * new deep-frozen copy holding only the known fields. Throws `DatasetError` listing all problems
 * found (code `'version'` when `version` is not 1, `'invalid'` otherwise). A part of the input (the network, the
 * regions, sources, metrics, totals…) equal to the one the last call checked is not checked again: the copy then
 * holds the same frozen part as that call's.
 */
export function validateDataset(input: unknown): Dataset {
  const checked = check(input, MAX_ISSUES);
  if ('dataset' in checked) {
    // Valid data may name any country: in dist/netreach.js, which holds no English names, the validator's chunk
    // (loaded before a page's own data is drawn, src/core/validate-loader.ts) brings all 249. Once, when first needed
    // (not as the module runs: the classic script and lib/ run it on every page).
    if (!everyName) registerEnglishTable(ENGLISH_NAMES);
    everyName = true;
    return checked.dataset;
  }
  throw new DatasetError(checked.code, checked.issues, checked.found);
}

/**
 * Every problem of a dataset, in the order {@link validateDataset} finds them, uncapped (for `netreach
 * check`, which lists them all); empty when the dataset is valid.
 */
export function datasetIssues(input: unknown): ValidationIssue[] {
  const checked = check(input, Infinity);
  return 'dataset' in checked ? [] : checked.issues;
}

type Checked = { dataset: Dataset } | { code: DatasetErrorCode; issues: ValidationIssue[]; found: number };

function check(input: unknown, maxIssues: number): Checked {
  fresh = [];
  if (!isObject(input)) {
    return { code: 'invalid', issues: [{ path: ROOT, message: 'expected an object' }], found: 1 };
  }
  if (!hasOwn(input, 'version') || input.version === undefined) {
    return { code: 'version', issues: [{ path: 'version', message: 'missing (expected 1)' }], found: 1 };
  }
  if (input.version !== 1) {
    return { code: 'version', issues: [{ path: 'version', message: `${show(input.version)} is not supported (expected 1)` }], found: 1 };
  }

  const c = new Checker(maxIssues);
  // A part equal to what the last validation checked (a value update: the same network, regions, metrics… and new
  // members) is not checked again: see `part()`. The members always are.
  const network = part(c, input, 'network', '', undefined, () => c.network(input));
  const illustrative = c.boolean(input, 'illustrative', 'illustrative');
  // Regions are optional: a dataset whose sources assign none has none (grouping by region is then unavailable).
  const regions = part(c, input, 'regions', '', c.regionIds, () => c.list(input, 'regions', false, (o, p) => c.region(o, p)));
  // The sources before the metrics, whose `source` names one of them.
  const sources = part(c, input, 'sources', '', c.sourceIds, () => c.list(input, 'sources', true, (o, p) => c.source(o, p)));
  // When a list is not an array, that one problem is reported and references to it are not checked
  // (rather than reporting every reference as unknown).
  c.checkSources = sources !== undefined;
  const sourceIds = known(c.checkSources, c.sourceIds);
  const metrics = part(c, input, 'metrics', sourceIds, c.metricIds, () => c.list(input, 'metrics', false, (o, p) => c.metric(o, p)));
  c.checkRegions = regions !== undefined || own(input, 'regions') === undefined;
  c.hasRegions = (regions?.length ?? 0) > 0;
  c.checkMetrics = metrics !== undefined || own(input, 'metrics') === undefined;
  const metricIds = known(c.checkMetrics, c.metricIds);
  const listing = part(c, input, 'listing', sourceIds + metricIds, undefined, () => c.listing(input));
  const regionAssignment = part(c, input, 'regionAssignment', String(c.hasRegions) + sourceIds, undefined, () => c.regionAssignment(input));
  fresh.push('members');
  const members = c.list(input, 'members', true, (o, p) => c.member(o, p)) ?? [];
  const regionIds = known(c.checkRegions, c.regionIds);
  const totals = part(c, input, 'totals', sourceIds + metricIds + regionIds, undefined, () =>
    c.list(input, 'totals', false, (o, p) => c.total(o, p)),
  );
  const universities = part(c, input, 'universities', sourceIds, undefined, () =>
    c.list(input, 'universities', false, (o, p) => c.university(o, p)),
  );

  if (c.found > 0 || !network || !sources) return { code: 'invalid', issues: c.issues, found: c.found };

  const out: Dataset = { version: 1, network, regions: regions ?? frozenEmpty<Region>(), members, sources };
  if (illustrative !== undefined) out.illustrative = illustrative;
  if (listing) out.listing = listing;
  if (regionAssignment) out.regionAssignment = regionAssignment;
  if (metrics) out.metrics = metrics;
  if (totals) out.totals = totals;
  if (universities) out.universities = universities;
  return { dataset: Object.freeze(out) }; // every record and list was frozen as it was built
}

// --- what the last validation checked --------------------------------------------------------

/** A part as it was checked: what it was, what it was checked against, what it gave and the ids it declared. */
interface Kept {
  input: unknown;
  context: string;
  result: unknown;
  ids: readonly string[];
}

const kept = new Map<string, Kept>();
/** The parts the last validation checked afresh (the others it reused). */
let fresh: string[] = [];

/**
 * `validate()`'s result for `input[key]`, or the last validation's when that part is deep-equal to what it checked
 * then (in place changes included: equality is shown against a copy, not by identity) and was checked against the
 * same ids (`context`). Only a part that raised no problem is kept, so messages are a fresh validation's: the part
 * adds none, and gives back the ids it declares to the checks after it. Equal means the same own properties in the
 * same order with the same values, read once more: a getter or a proxy that answers differently each time it is read,
 * or a property made non-enumerable in place, is not seen (data from JSON or object literals has neither).
 */
function part<T>(c: Checker, input: Obj, key: string, context: string, ids: Set<string> | undefined, validate: () => T): T {
  const value = own(input, key);
  const last = kept.get(key);
  if (last && last.context === context && same(value, last.input)) {
    if (ids) for (const id of last.ids) ids.add(id);
    return last.result as T;
  }
  fresh.push(key);
  const found = c.found;
  const result = validate();
  const copy = c.found === found ? snapshot(value, 0) : TOO_DEEP;
  if (copy === TOO_DEEP) kept.delete(key);
  else kept.set(key, { input: copy, context, result, ids: ids ? [...ids] : [] });
  return result;
}

/** The ids a check reads, as one string: control characters are stripped from ids, so they cannot be in one. */
function known(check: boolean, ids: ReadonlySet<string>): string {
  return `\u0001${check}\u0000${[...ids].join('\u0000')}`;
}

/** An object's own properties in their order (those the checks read are own ones, enumerable or not). */
class Props {
  constructor(
    readonly keys: readonly string[],
    readonly values: readonly unknown[],
  ) {}
}

const TOO_DEEP = new Props([], []);
/** Deeper than any field the checks read (a total's period's labels): a part this deep (a cycle…) is not kept. */
const MAX_DEPTH = 6;

function snapshot(v: unknown, depth: number): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (depth > MAX_DEPTH) return TOO_DEEP;
  const keys = Array.isArray(v) ? undefined : Object.getOwnPropertyNames(v);
  const from = (keys ?? v) as unknown[];
  const values: unknown[] = [];
  for (let i = 0; i < from.length; i++) {
    const x = snapshot(keys ? (v as Obj)[keys[i] as string] : from[i], depth + 1);
    if (x === TOO_DEEP) return TOO_DEEP;
    values.push(x);
  }
  return keys ? new Props(keys, values) : values;
}

/** Whether `v` is now what `copy` was made of (numbers by Object.is: -0 and NaN read differently in messages). */
function same(v: unknown, copy: unknown): boolean {
  if (typeof v !== 'object' || v === null) return Object.is(v, copy);
  if (Array.isArray(v)) {
    if (!Array.isArray(copy) || copy.length !== v.length) return false;
    for (let i = 0; i < v.length; i++) if (!same(v[i], copy[i])) return false;
    return true;
  }
  if (!(copy instanceof Props)) return false;
  const keys = Object.getOwnPropertyNames(v);
  if (keys.length !== copy.keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== copy.keys[i] || !same((v as Obj)[keys[i]!], copy.values[i])) return false;
  return true;
}

/** @internal For tests: the parts the last validation checked afresh, in order. */
export function freshParts(): readonly string[] {
  return fresh;
}

/** @internal For tests: forget what was checked, so that the next validation checks every part. */
export function forgetChecked(): void {
  kept.clear();
}

// ---------------------------------------------------------------------------------------------

const ROOT = '(root)';
/** Keys that must never be assigned to an object (they would reach or shadow a prototype). */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** BCP 47-ish language tag ("fa", "fr-CA", "zh-Hant-TW"). */
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const UNPRINTABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const QUALIFIERS: readonly Qualifier[] = ['more-than', 'at-least', 'about'];
const RELATIONS: readonly Relation[] = ['members', 'visitors', 'partners'];
const EXTENTS: readonly Extent[] = ['complete', 'partial', 'examples'];
const REGION_BASES: readonly RegionBasis[] = ['source', 'inference', 'continents', 'dataset'];
const LIST_BASES: readonly ListBasis[] = ['source', 'inference'];
const JOINED_MIN = 1900;
const JOINED_MAX = 2100;
const YEAR_MIN = 1000;
const YEAR_MAX = 9999;

type Obj = Record<string, unknown>;

function frozenEmpty<T>(): T[] {
  const empty: T[] = [];
  Object.freeze(empty);
  return empty;
}

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasOwn(o: object, key: string): boolean {
  return Object.hasOwn(o, key);
}

/** An own property of `o` (never an inherited one, so a polluted prototype cannot inject data). */
function own(o: Obj, key: string): unknown {
  return hasOwn(o, key) ? o[key] : undefined;
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** A value as shown in messages: strings quoted (and shortened), numbers as written. */
function show(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'boolean') return String(v);
  return kind(v);
}

function quote(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 59)}…` : s);
}

/** Path of a map entry: `values.students`, or `values["odd key"]` for keys that would read badly. */
function keyPath(path: string, key: string): string {
  return /^[A-Za-z0-9_$-]+$/.test(key) ? `${path}.${key}` : `${path}[${quote(key)}]`;
}

class Checker {
  readonly issues: ValidationIssue[] = [];
  /** All problems found, including those beyond the `maxIssues` kept. */
  found = 0;

  constructor(private readonly maxIssues: number) {}

  readonly regionIds = new Set<string>();
  readonly metricIds = new Set<string>();
  readonly sourceIds = new Set<string>();
  /** False when the list itself is missing or not an array: references to it are then not checked. */
  checkRegions = true;
  /** Whether the dataset declares any region: members must then name theirs, else they have none. */
  hasRegions = true;
  checkMetrics = true;
  checkSources = true;
  private readonly memberCountries = new Set<string>();

  add(path: string, message: string): void {
    this.found++;
    if (this.issues.length < this.maxIssues) this.issues.push({ path, message });
  }

  // --- primitives ------------------------------------------------------------------------------

  /** A trimmed string; `undefined` when absent, invalid, or (for optional fields) empty. */
  string(o: Obj, key: string, path: string, required: boolean): string | undefined {
    const v = own(o, key);
    if (v === undefined) {
      if (required) this.add(path, 'required field is missing');
      return undefined;
    }
    return this.stringValue(v, path, required);
  }

  stringValue(v: unknown, path: string, required: boolean): string | undefined {
    if (typeof v !== 'string') {
      this.add(path, `expected a string, got ${kind(v)}`);
      return undefined;
    }
    if (v.length > MAX_STRING_LENGTH) {
      this.add(path, `longer than ${MAX_STRING_LENGTH} characters`);
      return undefined;
    }
    // Control characters (NUL…) and lone surrogates are dropped: no display needs them, and XML (SVG export) forbids them.
    const s = v.replace(UNPRINTABLE, '').trim();
    if (s === '') {
      if (required) this.add(path, 'must not be empty');
      return undefined;
    }
    return s;
  }

  boolean(o: Obj, key: string, path: string): boolean | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') {
      this.add(path, `expected a boolean, got ${kind(v)}`);
      return undefined;
    }
    return v;
  }

  /** A finite number ≥ 0 (with -0 turned into 0). */
  count(v: unknown, path: string, allowNull: boolean): number | null | undefined {
    if (v === null && allowNull) return null;
    if (typeof v !== 'number') {
      this.add(path, `expected a number${allowNull ? ' or null' : ''}, got ${kind(v)}`);
      return undefined;
    }
    if (!Number.isFinite(v)) {
      this.add(path, `${show(v)} is not a finite number`);
      return undefined;
    }
    if (v < 0) {
      this.add(path, `${show(v)} is negative`);
      return undefined;
    }
    return v + 0; // -0 + 0 === +0
  }

  year(o: Obj, key: string, path: string, required: boolean, min: number, max: number): number | undefined {
    const v = own(o, key);
    if (v === undefined) {
      if (required) this.add(path, 'required field is missing');
      return undefined;
    }
    if (typeof v !== 'number') {
      this.add(path, `expected a year (a number), got ${kind(v)}`);
      return undefined;
    }
    if (!Number.isInteger(v) || v < min || v > max) {
      this.add(path, `${show(v)} is not a year between ${min} and ${max}`);
      return undefined;
    }
    return v;
  }

  /** An absolute http: or https: URL. */
  url(o: Obj, key: string, path: string): string | undefined {
    const s = this.string(o, key, path, false);
    if (s === undefined) return undefined;
    let protocol = '';
    try {
      protocol = new URL(s).protocol;
    } catch {
      // not an absolute URL
    }
    if (protocol !== 'http:' && protocol !== 'https:') {
      this.add(path, 'only http(s) URLs are allowed');
      return undefined;
    }
    return s;
  }

  /** An ISO 3166-1 alpha-3 code. */
  country(o: Obj, key: string, path: string): string | undefined {
    const s = this.string(o, key, path, true);
    if (s === undefined) return undefined;
    if (!isAlpha3(s)) {
      this.add(path, `${quote(s)} is not an ISO 3166-1 alpha-3 code`);
      return undefined;
    }
    return s;
  }

  /** An id, unique within `seen` (to which it is added). */
  id(o: Obj, path: string, seen: Set<string>): string | undefined {
    const s = this.string(o, 'id', path, true);
    if (s === undefined) return undefined;
    if (FORBIDDEN_KEYS.has(s)) {
      this.add(path, `${quote(s)} is not allowed as an id`);
      return undefined;
    }
    if (seen.has(s)) {
      this.add(path, `duplicate id ${quote(s)}`);
      return s;
    }
    seen.add(s);
    return s;
  }

  /** A reference to an id of `known`. */
  ref(o: Obj, key: string, path: string, required: boolean, known: ReadonlySet<string>, check: boolean, what: string): string | undefined {
    const s = this.string(o, key, path, required);
    if (s === undefined) return undefined;
    if (check && !known.has(s)) {
      this.add(path, `unknown ${what} ${quote(s)}`);
      return undefined;
    }
    return s;
  }

  /** Localized names: keys that are not language tags are ignored. */
  names(o: Obj, key: string, path: string): LocalizedNames | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (!isObject(v)) {
      this.add(path, `expected an object, got ${kind(v)}`);
      return undefined;
    }
    const out: LocalizedNames = {};
    let any = false;
    for (const tag of Object.keys(v)) {
      // The tag pattern already excludes __proto__ & co.; the explicit check keeps that obvious.
      if (FORBIDDEN_KEYS.has(tag) || !LANGUAGE_TAG.test(tag)) continue;
      const s = this.stringValue(v[tag], keyPath(path, tag), false);
      if (s !== undefined) {
        out[tag] = s;
        any = true;
      }
    }
    return any ? Object.freeze(out) : undefined;
  }

  /** One of `allowed` (a string), or undefined (and a problem when present but not one of them). */
  oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[], required = false): T | undefined {
    const s = this.string(o, key, path, required);
    if (s === undefined) return undefined;
    const found = allowed.find((x) => x === s);
    if (found === undefined) this.add(path, `${quote(s)} is not one of ${allowed.map((x) => quote(x)).join(', ')}`);
    return found;
  }

  /** An optional nested object; undefined (and a problem when present but not an object). */
  object(o: Obj, key: string, path: string): Obj | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (!isObject(v)) {
      this.add(path, `expected an object, got ${kind(v)}`);
      return undefined;
    }
    return v;
  }

  /** `ourTranslations`: language tags; entries that are not tags are ignored, as in `names`. */
  languageTags(o: Obj, key: string, path: string): readonly string[] | undefined {
    const v = own(o, key);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      this.add(path, `expected an array of language tags, got ${kind(v)}`);
      return undefined;
    }
    const tags = v.filter((tag): tag is string => typeof tag === 'string' && LANGUAGE_TAG.test(tag.trim())).map((tag) => tag.trim());
    return tags.length ? Object.freeze([...new Set(tags)]) : undefined;
  }

  /** An array of objects, each checked by `item`. */
  list<T>(o: Obj, key: string, required: boolean, item: (o: Obj, path: string) => T | undefined): T[] | undefined {
    const v = own(o, key);
    if (v === undefined) {
      if (required) this.add(key, 'required field is missing');
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.add(key, `expected an array, got ${kind(v)}`);
      return undefined;
    }
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const path = `${key}[${i}]`;
      const entry: unknown = v[i];
      if (!isObject(entry)) {
        this.add(path, `expected an object, got ${kind(entry)}`);
        continue;
      }
      const checked = item(entry, path);
      if (checked !== undefined) out.push(checked);
    }
    Object.freeze(out);
    return out;
  }

  // --- records ---------------------------------------------------------------------------------

  network(root: Obj): NetworkInfo | undefined {
    const o = own(root, 'network');
    if (o === undefined) {
      this.add('network', 'required field is missing');
      return undefined;
    }
    if (!isObject(o)) {
      this.add('network', `expected an object, got ${kind(o)}`);
      return undefined;
    }
    const id = this.id(o, 'network.id', new Set());
    const name = this.string(o, 'name', 'network.name', true);
    const shortName = this.string(o, 'shortName', 'network.shortName', false);
    const names = this.names(o, 'names', 'network.names');
    const ours = this.languageTags(o, 'ourTranslations', 'network.ourTranslations');
    const url = this.url(o, 'url', 'network.url');
    if (id === undefined || name === undefined) return undefined;
    const out: NetworkInfo = { id, name };
    if (shortName !== undefined) out.shortName = shortName;
    if (names) out.names = names;
    if (ours) out.ourTranslations = ours;
    if (url !== undefined) out.url = url;
    return Object.freeze(out);
  }

  region(o: Obj, p: string): Region | undefined {
    const id = this.id(o, `${p}.id`, this.regionIds);
    const name = this.string(o, 'name', `${p}.name`, true);
    const names = this.names(o, 'names', `${p}.names`);
    const ours = this.languageTags(o, 'ourTranslations', `${p}.ourTranslations`);
    if (id === undefined || name === undefined) return undefined;
    const out: Region = { id, name };
    if (names) out.names = names;
    if (ours) out.ourTranslations = ours;
    return Object.freeze(out);
  }

  metric(o: Obj, p: string): Metric | undefined {
    let id = this.id(o, `${p}.id`, this.metricIds);
    if (id === COUNTRIES_METRIC) {
      this.add(`${p}.id`, `${quote(id)} is reserved (built in)`);
      this.metricIds.delete(id);
      id = undefined;
    }
    const label = this.string(o, 'label', `${p}.label`, true);
    const labels = this.names(o, 'labels', `${p}.labels`);
    const ours = this.languageTags(o, 'ourTranslations', `${p}.ourTranslations`);
    const unit = this.string(o, 'unit', `${p}.unit`, false);
    const source = this.ref(o, 'source', `${p}.source`, false, this.sourceIds, this.checkSources, 'source');
    if (id === undefined || label === undefined) return undefined;
    const out: Metric = { id, label };
    if (labels) out.labels = labels;
    if (ours) out.ourTranslations = ours;
    if (unit !== undefined) out.unit = unit;
    if (source !== undefined) out.source = source;
    return Object.freeze(out);
  }

  source(o: Obj, p: string): Source | undefined {
    const id = this.id(o, `${p}.id`, this.sourceIds);
    const title = this.string(o, 'title', `${p}.title`, true);
    const publisher = this.string(o, 'publisher', `${p}.publisher`, false);
    const publishers = this.names(o, 'publishers', `${p}.publishers`);
    const ours = this.languageTags(o, 'ourTranslations', `${p}.ourTranslations`);
    let date = this.string(o, 'date', `${p}.date`, false);
    if (date !== undefined && !ISO_DATE.test(date)) {
      this.add(`${p}.date`, `${quote(date)} is not an ISO 8601 date (yyyy, yyyy-mm or yyyy-mm-dd)`);
      date = undefined;
    }
    const url = this.url(o, 'url', `${p}.url`);
    let language = this.string(o, 'language', `${p}.language`, false);
    if (language !== undefined && !LANGUAGE_TAG.test(language)) {
      this.add(`${p}.language`, `${quote(language)} is not a language tag`);
      language = undefined;
    }
    const note = this.string(o, 'note', `${p}.note`, false);
    if (id === undefined || title === undefined) return undefined;
    const out: Source = { id, title };
    if (publisher !== undefined) out.publisher = publisher;
    if (publishers) out.publishers = publishers;
    if (ours) out.ourTranslations = ours;
    if (date !== undefined) out.date = date;
    if (url !== undefined) out.url = url;
    if (language !== undefined) out.language = language;
    if (note !== undefined) out.note = note;
    return Object.freeze(out);
  }

  member(o: Obj, p: string): Member | undefined {
    let country = this.country(o, 'country', `${p}.country`);
    if (country !== undefined) {
      if (this.memberCountries.has(country)) {
        this.add(`${p}.country`, `${quote(country)} is listed twice`);
        country = undefined;
      } else {
        this.memberCountries.add(country);
      }
    }
    const region = this.ref(o, 'region', `${p}.region`, this.hasRegions, this.regionIds, this.checkRegions, 'region');
    const joined = this.year(o, 'joined', `${p}.joined`, false, JOINED_MIN, JOINED_MAX);
    const values = this.values(o, `${p}.values`);
    const asWritten = this.string(o, 'asWritten', `${p}.asWritten`, false);
    const by = this.oneOf(o, 'by', `${p}.by`, LIST_BASES);
    if (country === undefined || (region === undefined && this.hasRegions)) return undefined;
    const out: Member = { country };
    if (region !== undefined) out.region = region;
    if (joined !== undefined) out.joined = joined;
    if (values) out.values = values;
    if (asWritten !== undefined) out.asWritten = asWritten;
    if (by !== undefined) out.by = by;
    return Object.freeze(out);
  }

  values(o: Obj, path: string): Record<string, number | null> | undefined {
    const v = own(o, 'values');
    if (v === undefined) return undefined;
    if (!isObject(v)) {
      this.add(path, `expected an object, got ${kind(v)}`);
      return undefined;
    }
    const out: Record<string, number | null> = {};
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) {
        this.add(path, `${quote(key)} is not a metric id`);
        continue;
      }
      if (!this.metricIds.has(key)) {
        if (this.checkMetrics) this.add(path, `unknown metric ${quote(key)}`);
        continue;
      }
      // `key` is a declared metric id, and declared ids are never one of FORBIDDEN_KEYS.
      const x = v[key];
      if (x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0)) {
        out[key] = x === null ? null : x + 0; // fast path; -0 + 0 === +0
        continue;
      }
      const n = this.count(x, keyPath(path, key), true);
      if (n !== undefined) out[key] = n;
    }
    return Object.freeze(out);
  }

  total(o: Obj, p: string): Total | undefined {
    const metricPath = `${p}.metric`;
    let metric = this.string(o, 'metric', metricPath, true);
    if (metric !== undefined && metric !== COUNTRIES_METRIC && this.checkMetrics && !this.metricIds.has(metric)) {
      this.add(metricPath, `unknown metric ${quote(metric)}`);
      metric = undefined;
    }
    // A year, or a period in the source's words: never both, never neither (no figure without a time).
    const hasPeriod = own(o, 'period') !== undefined;
    let year: number | undefined;
    let period: Period | undefined;
    if (hasPeriod) {
      if (own(o, 'year') !== undefined) this.add(`${p}.year`, 'a total has a year or a period, not both');
      period = this.period(o, `${p}.period`);
    } else {
      if (own(o, 'year') === undefined) this.add(`${p}.year`, 'required field is missing (a year, or a period with a label)');
      else year = this.year(o, 'year', `${p}.year`, true, YEAR_MIN, YEAR_MAX);
    }
    let value: number | null | undefined;
    if (own(o, 'value') === undefined) this.add(`${p}.value`, 'required field is missing');
    else value = this.count(own(o, 'value'), `${p}.value`, false);
    const qualifier = this.oneOf(o, 'qualifier', `${p}.qualifier`, QUALIFIERS);
    const source = this.ref(o, 'source', `${p}.source`, true, this.sourceIds, this.checkSources, 'source');
    const region = this.ref(o, 'region', `${p}.region`, false, this.regionIds, this.checkRegions, 'region');
    if (metric === undefined || (year === undefined && period === undefined) || value == null || source === undefined) return undefined;
    const out: Total = { metric, value, source };
    if (year !== undefined) out.year = year;
    if (period !== undefined) out.period = period;
    if (qualifier !== undefined) out.qualifier = qualifier;
    if (region !== undefined) out.region = region;
    return Object.freeze(out);
  }

  period(o: Obj, path: string): Period | undefined {
    const v = this.object(o, 'period', path);
    if (!v) return undefined;
    const label = this.string(v, 'label', `${path}.label`, true);
    const labels = this.names(v, 'labels', `${path}.labels`);
    const ours = this.languageTags(v, 'ourTranslations', `${path}.ourTranslations`);
    const sortYear = this.year(v, 'sortYear', `${path}.sortYear`, true, YEAR_MIN, YEAR_MAX);
    if (label === undefined || sortYear === undefined) return undefined;
    const out: Period = { label, sortYear };
    if (labels) out.labels = labels;
    if (ours) out.ourTranslations = ours;
    return Object.freeze(out);
  }

  listing(root: Obj): Listing | undefined {
    const o = this.object(root, 'listing', 'listing');
    if (!o) return undefined;
    const relation = this.oneOf(o, 'relation', 'listing.relation', RELATIONS);
    const extent = this.oneOf(o, 'extent', 'listing.extent', EXTENTS);
    const by = this.oneOf(o, 'by', 'listing.by', LIST_BASES);
    const source = this.ref(o, 'source', 'listing.source', false, this.sourceIds, this.checkSources, 'source');
    const universities = this.oneOf(o, 'universities', 'listing.universities', EXTENTS);
    let universitiesMetric = this.string(o, 'universitiesMetric', 'listing.universitiesMetric', false);
    if (universitiesMetric !== undefined && this.checkMetrics && !this.metricIds.has(universitiesMetric)) {
      this.add('listing.universitiesMetric', `unknown metric ${quote(universitiesMetric)}`);
      universitiesMetric = undefined;
    }
    const out: Listing = {};
    if (relation !== undefined) out.relation = relation;
    if (extent !== undefined) out.extent = extent;
    if (by !== undefined) out.by = by;
    if (source !== undefined) out.source = source;
    if (universities !== undefined) out.universities = universities;
    if (universitiesMetric !== undefined) out.universitiesMetric = universitiesMetric;
    return Object.freeze(out);
  }

  regionAssignment(root: Obj): RegionAssignment | undefined {
    const path = 'regionAssignment';
    const o = this.object(root, 'regionAssignment', path);
    if (!o) return undefined;
    // Required, and never dropped as empty text is elsewhere: without it the note on how regions were inferred
    // would vanish with the assignment, and the regions would read as given by the sources.
    const by = this.oneOf(o, 'by', `${path}.by`, REGION_BASES, true);
    if (by !== undefined && !this.hasRegions) this.add(path, 'the dataset has no regions to assign');
    const source = this.ref(o, 'source', `${path}.source`, false, this.sourceIds, this.checkSources, 'source');
    const note = this.string(o, 'note', `${path}.note`, false);
    const notes = this.names(o, 'notes', `${path}.notes`);
    if (by === undefined) return undefined;
    const out: RegionAssignment = { by };
    if (source !== undefined) out.source = source;
    if (note !== undefined) out.note = note;
    if (notes) out.notes = notes;
    return Object.freeze(out);
  }

  university(o: Obj, p: string): University | undefined {
    const name = this.string(o, 'name', `${p}.name`, true);
    const names = this.names(o, 'names', `${p}.names`);
    const ours = this.languageTags(o, 'ourTranslations', `${p}.ourTranslations`);
    const country = this.country(o, 'country', `${p}.country`);
    const city = this.string(o, 'city', `${p}.city`, false);
    const url = this.url(o, 'url', `${p}.url`);
    const source = this.ref(o, 'source', `${p}.source`, false, this.sourceIds, this.checkSources, 'source');
    if (name === undefined || country === undefined) return undefined;
    const out: University = { name, country };
    if (names) out.names = names;
    if (ours) out.ourTranslations = ours;
    if (city !== undefined) out.city = city;
    if (url !== undefined) out.url = url;
    if (source !== undefined) out.source = source;
    return Object.freeze(out);
  }
}

/**
 * A page's `.data` validated once per object: its dataset, or its error, again for the same object. `known` is the
 * data controller's, which also holds the datasets the page has already; the check is here, in the validator's chunk,
 * rather than up front, as only data of a page's own runs it.
 */
export function validateObject(data: unknown, known: WeakMap<object, Dataset | NetreachError>): Dataset {
  if (typeof data !== 'object' || data === null) return validateDataset(data);
  let result = known.get(data);
  if (!result) {
    try {
      result = validateDataset(data);
    } catch (error) {
      result = toNetreachError(error, 'data');
    }
    known.set(data, result);
  }
  if (result instanceof NetreachError) throw result;
  return result;
}
