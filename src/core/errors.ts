/**
 * One error type for everything a widget can show in its error box. `code` is stable (for the
 * `netreach-error` event and for tests); the message is localized at display time from `code` and `params`.
 */
import { isolateValue } from './bidi.js';
import { msg } from './i18n.js';
import { directionOf } from './locale.js';
import { COUNTRIES_METRIC, type Dataset } from './types.js';

export type ErrorCode =
  | 'http'
  | 'not-json'
  | 'invalid'
  | 'version'
  | 'timeout'
  | 'too-large'
  | 'network'
  | 'unknown-metric'
  | 'provider'
  | 'unknown-dataset'
  | 'geometry'
  | 'chunk'
  | 'unknown';

export interface ErrorParams {
  url?: string;
  status?: number;
  metric?: string;
  /** The metrics the dataset has, named after an unknown one's sentence: "(countries, students)". */
  known?: string;
  detail?: string;
}

/** `unknown-metric` as its message's key's tail, `UnknownMetric`: the type the words are checked against. */
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${Capitalize<A>}${Camel<B>}` : Capitalize<S>;

/**
 * An error code's message key, `not-json` → `errorNotJson`, worked out rather than listed (a table of the thirteen
 * was bytes up front on every page); msg() is typed with the keys, so a code whose key is missing does not compile.
 */
const messageKey = (code: ErrorCode) =>
  `error${code.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}` as `error${Camel<ErrorCode>}`;

export class NetreachError extends Error {
  override readonly name = 'NetreachError';
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(messageFor(code, params, 'en'));
  }

  /** The message in `locale`'s language. */
  localized(locale: string): string {
    return messageFor(this.code, this.params, locale);
  }
}

function messageFor(code: ErrorCode, params: ErrorParams, locale: string): string {
  const known = params.known && ` (${isolateValue(params.known, directionOf(locale) === 'rtl')})`;
  return (
    msg(locale, messageKey(code), {
      url: params.url ?? '',
      // An HTTP status is a protocol code, kept in Latin digits whatever the language.
      status: params.status === undefined ? '' : String(params.status),
      metric: params.metric ?? '',
      detail: params.detail ?? '',
    }) + (known || '')
  );
}

/**
 * `unknown-metric` when `metric` (unset or empty: none asked for) is neither the member count nor one of the
 * dataset's metrics; its message names those after its sentence, ids being no words to translate:
 * `Unknown metric "universities" (countries, virtual-students, digital-universities)`.
 */
export function unknownMetric(dataset: Dataset, metric: string | undefined): NetreachError | undefined {
  const ids = [COUNTRIES_METRIC, ...(dataset.metrics ?? []).map((entry) => entry.id)];
  return !metric || ids.includes(metric) ? undefined : new NetreachError('unknown-metric', { metric, known: ids.join(', ') });
}

const said = new WeakSet<object>();

/**
 * A lazy chunk (a widget's code, a bundled dataset) that could not load: its reader sees a short sentence in the
 * widget's language (`chunk`), and the console the detail (the chunk's URL, the browser's words), once per failure
 * however many widgets waited for it.
 */
export function chunkError(error: unknown): NetreachError {
  if (!said.has(error as object)) {
    said.add(Object(error) as object);
    console.error('netreach: could not load a chunk (keep dist/chunks/ beside netreach.js):', error);
  }
  return new NetreachError('chunk');
}

/** Whatever was thrown, as a NetreachError (validation errors keep their code and their first problem). */
export function toNetreachError(error: unknown, url?: string): NetreachError {
  if (error instanceof NetreachError) return error;
  const record = error as { code?: unknown; message?: unknown } | null;
  const code = typeof record?.code === 'string' ? record.code : '';
  const message = typeof record?.message === 'string' ? record.message : String(error);
  if (code === 'not-json') return new NetreachError('not-json', { url: url ?? 'data' });
  if (code === 'invalid' || code === 'version') return new NetreachError(code, { url, detail: message });
  return new NetreachError('unknown', { url, detail: message });
}
