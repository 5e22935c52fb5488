/**
 * Reading a fetched dataset's body under a byte cap, enforced while streaming: in the validator's chunk, which
 * fetchDataset() (load.ts) asks for as its request starts and awaits before it reads the body, so that the code is not
 * in what every page loads up front (a page of the bundled datasets never fetches one).
 */
import { NetreachError } from './errors.js';

const NON_JSON_TYPES = /^(text\/html|application\/xhtml|text\/xml|application\/xml|image\/|audio\/|video\/)/i;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/**
 * The body of `response` (a 2xx) as text: a `not-json` NetreachError for no content or a type that is not JSON's
 * (an HTML page served with 200: an SPA's fallback), a `too-large` one past `maxBytes`.
 */
export async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  if (response.status === 204 || NON_JSON_TYPES.test(response.headers.get('content-type') ?? ''))
    throw new NetreachError('not-json', { url });
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new NetreachError('too-large', { url, detail: formatBytes(maxBytes) });
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new NetreachError('too-large', { url, detail: formatBytes(maxBytes) });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** What to do instead of a file: URL, which browsers do not fetch, in the console (fetchDataset()). */
export function fileUrlAdvice(url: string): void {
  console.warn(`netreach: a browser fetches no file: URL (${url}): serve the page, or put the data inline (README, Loading data)`);
}
