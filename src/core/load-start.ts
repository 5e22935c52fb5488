/**
 * What a page with `src` runs up front: its request started at once, everything after it (the shared requests of
 * load.ts, their deadline, the response's checks, reading and parsing, the errors' wording) in the validator's chunk,
 * which such a page loads anyway to validate what it fetched and which is asked for with the request. A request
 * started here before that chunk is here is taken over by load.ts's `requestDataset()` (`started`): no second one.
 */
import type { FetchOptions } from './load.js';
import type { Dataset } from './types.js';
import { loadValidator, validator } from './validate-loader.js';

/** A request started before the validator's chunk was here: its response, its abort and when it started. */
export interface StartedRequest {
  response: Promise<Response>;
  controller: AbortController;
  at: number;
}

/** By URL (absoluteUrl()): one per URL however many widgets ask before the chunk is here. */
export const started = new Map<string, StartedRequest>();

/**
 * `url` resolved as fetch() resolves it (in a page: against its base URL), so "data.json" and "./data.json"
 * share one request. A Request does that without reading the page, which the pure core may not.
 */
export function absoluteUrl(url: string): string {
  try {
    return new Request(url).url;
  } catch {
    return url; // no base to resolve against (Node), or a URL fetch() would refuse anyway
  }
}

export function isAbortError(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/** A request started now for load.ts, which reads it once the validator's chunk is here; `signal` aborts it. */
function begin(url: string, signal?: AbortSignal, fetchImpl = fetch): StartedRequest {
  const controller = new AbortController();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', () => controller.abort(), { once: true });
  const response = fetchImpl(url, { signal: controller.signal, credentials: 'same-origin', redirect: 'follow' });
  response.catch(() => undefined); // load.ts says what failed, or nobody waits any longer
  return { response, controller, at: Date.now() };
}

/**
 * load.ts's `fetchDataset()` (what dist/netreach.js and `netreach/core` export): the request started at once, read
 * by the validator's chunk, asked for beside it. The same promise, options and errors.
 */
export function fetchDataset(url: string, options: FetchOptions = {}): Promise<Dataset> {
  const loaded = validator();
  if (loaded) return loaded.fetchDataset(url, options);
  const early = begin(url, options.signal, options.fetchImpl);
  return loadValidator().then(
    (loaded) => loaded.fetchDataset(url, options, early),
    (error: unknown) => {
      early.controller.abort();
      throw error;
    },
  );
}

/**
 * load.ts's `requestDataset()` (what dist/netreach.js and `netreach/core` export, and a widget's `src` loads by): one
 * request per URL, started at once even before the validator's chunk is here, which takes it over (`started`).
 */
export function requestDataset(url: string, signal?: AbortSignal, options: Omit<FetchOptions, 'signal'> = {}): Promise<Dataset> {
  const loaded = validator();
  if (loaded || options.fetchImpl)
    return loaded ? loaded.requestDataset(url, signal, options) : loadValidator().then((v) => v.requestDataset(url, signal, options));
  const key = absoluteUrl(url);
  let early = started.get(key);
  if (!early) started.set(key, (early = begin(url)));
  const request = early;
  return loadValidator().then(
    (loaded) => loaded.requestDataset(url, signal, options),
    (error: unknown) => {
      // Without its chunk the response cannot be read: a retry asks again.
      if (started.get(key) === request) {
        started.delete(key);
        request.controller.abort();
      }
      throw error;
    },
  );
}

/** Forgets every shared request (tests; a page that wants fresh data). */
export function clearDatasetCache(): void {
  started.clear();
  validator()?.clearDatasetCache();
}
