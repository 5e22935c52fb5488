/**
 * Loading datasets over the network: a timeout that covers the whole download, a byte cap enforced while
 * streaming, status and content-type checks, and one request per URL per page shared by every widget. In the
 * validator's chunk (validate.ts re-exports it), not up front: a widget's request is started by load-start.ts, which
 * this module's requestDataset() takes over when the chunk is here (s41-8: 287 bytes gzip less up front).
 */
import { NetreachError } from './errors.js';
import { absoluteUrl, started, type StartedRequest } from './load-start.js';
import type { Dataset } from './types.js';
import { loadValidator } from './validate-loader.js';

export { absoluteUrl, isAbortError } from './load-start.js';

export interface FetchOptions {
  /** Aborts the request (the widget's `src` changed, or it was removed). */
  signal?: AbortSignal;
  /** One deadline for the whole response, first byte to last. */
  timeoutMs?: number;
  /** The largest body accepted, counted while streaming. */
  maxBytes?: number;
  /** For tests: the fetch implementation. */
  fetchImpl?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Fetches, checks and validates one dataset. Rejects with a NetreachError (or an AbortError when aborted). `early`:
 * the request load-start.ts started before this chunk was here, whose response this reads rather than asking again.
 */
export async function fetchDataset(url: string, options: FetchOptions = {}, early?: StartedRequest): Promise<Dataset> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, fetchImpl = fetch } = options;
  // The validator's chunk loads while the dataset is on the network, not after it.
  const validator = loadValidator();
  validator.catch(() => undefined); // a request that fails first never awaits it
  const controller = early?.controller ?? new AbortController();
  let timedOut = false;
  // One deadline from the request's start, the wait for this chunk included.
  const timer = setTimeout(
    () => {
      timedOut = true;
      controller.abort();
    },
    early ? timeoutMs - (Date.now() - early.at) : timeoutMs,
  );
  const forwardAbort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await (early?.response ?? fetchImpl(url, { signal: controller.signal, credentials: 'same-origin', redirect: 'follow' }));
    } catch (error) {
      if (timedOut) throw new NetreachError('timeout', { url });
      if (signal?.aborted) throw error;
      // Browsers fetch no file: URL (a page opened as a file, its src beside it): what to do instead, in the console
      // (the box's sentence stays short, in 13 languages; docs/STATES.md), said by the validator's chunk, asked for
      // with the request (its words are not up front), before the error; not when that chunk cannot load either.
      if (absoluteUrl(url).startsWith('file:')) (await validator.catch(() => undefined))?.fileUrlAdvice(url);
      throw new NetreachError('network', { url });
    }
    if (!response.ok) throw new NetreachError('http', { url, status: response.status });
    try {
      // The body is read and parsed by the validator's chunk (readDataset(): readCapped(), read-capped.ts), which
      // every dataset of a page's own waits for before it is checked: it was asked for with the request, so no page
      // asks for more, or later; netreach.js is 0.2 kB lighter. Rejects with its `chunk` error when that chunk cannot
      // load, and with a NetreachError of the data's when it is not JSON or not valid.
      return await (await validator).readDataset(response, maxBytes, url);
    } catch (error) {
      if (error instanceof NetreachError) throw error;
      if (timedOut) throw new NetreachError('timeout', { url });
      if (signal?.aborted) throw error;
      throw new NetreachError('network', { url });
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

interface SharedRequest {
  promise: Promise<Dataset>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const shared = new Map<string, SharedRequest>();

/**
 * One request per URL per page, however many widgets ask. A caller that aborts stops waiting; the request
 * itself is aborted only when every caller has left before it finished. Failed requests are forgotten, so a
 * later widget (or a retry) asks again.
 */
export function requestDataset(url: string, signal?: AbortSignal, options: Omit<FetchOptions, 'signal'> = {}): Promise<Dataset> {
  const key = absoluteUrl(url);
  let entry = shared.get(key);
  // A caller that has left before this chunk came asks for nothing: a request load-start.ts started for it (another
  // widget may still take it over) is aborted once nobody has.
  if (signal?.aborted && !entry) {
    const early = started.get(key);
    if (early)
      setTimeout(() => {
        if (started.get(key) === early) {
          started.delete(key);
          early.controller.abort();
        }
      });
    return Promise.reject(new DOMException('The request was aborted.', 'AbortError'));
  }
  if (!entry) {
    const controller = new AbortController();
    const created: SharedRequest = { controller, users: 0, settled: false, promise: Promise.resolve() as never };
    const early = started.get(key);
    started.delete(key);
    created.promise = fetchDataset(url, { ...options, signal: controller.signal }, options.fetchImpl ? undefined : early).then(
      (dataset) => {
        created.settled = true;
        return dataset;
      },
      (error: unknown) => {
        created.settled = true;
        if (shared.get(key) === created) shared.delete(key);
        throw error;
      },
    );
    // Nobody may be listening when it fails (every caller left); that must not surface as unhandled.
    created.promise.catch(() => undefined);
    shared.set(key, created);
    entry = created;
  }
  const request = entry;
  request.users += 1;
  return new Promise<Dataset>((resolve, reject) => {
    let left = false;
    const leave = () => {
      if (left) return;
      left = true;
      request.users -= 1;
      if (request.users === 0 && !request.settled) {
        request.controller.abort();
        if (shared.get(key) === request) shared.delete(key);
      }
    };
    const onAbort = () => {
      leave();
      reject(new DOMException('The request was aborted.', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    request.promise.then(
      (dataset) => {
        signal?.removeEventListener('abort', onAbort);
        leave();
        resolve(dataset);
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        leave();
        reject(error);
      },
    );
  });
}

/** Forgets every shared request (tests; a page that wants fresh data). */
export function clearDatasetCache(): void {
  shared.clear();
  started.clear();
}
