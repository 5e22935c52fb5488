/**
 * Responses the mock server holds until the test releases them (`/mock/held`, test/helpers/server-plugin.mjs):
 * a test decides in which order responses arrive, and that a request is in flight, without racing a clock.
 */
import { waitUntil } from './wait.js';

const run = crypto.randomUUID();

/** A URL answered (the example dataset, named `network <name>`) only once `release(url)` is called. */
export const heldUrl = (name: string) => `/mock/held?key=${run}-${encodeURIComponent(name)}&name=network%20${encodeURIComponent(name)}`;

/** Lets the server answer `url` (now, or as soon as it is requested). */
export const release = async (url: string): Promise<void> => {
  await fetch(url.replace('/mock/held?', '/mock/release?'));
};

/** Waits until the mock server has received a request for `url`. */
export async function requested(url: string): Promise<void> {
  await waitUntil(async () => {
    const hits = (await (await fetch('/mock/hits')).json()) as Record<string, number>;
    return hits[url];
  }, `${url} was never requested`);
}

/** Holds the dev server's answers for its own file at `path` (a chunk of dist/) until `release()` of the URL returned. */
export async function holdPath(path: string, name: string): Promise<string> {
  const url = heldUrl(name);
  await fetch(`/mock/hold-path?path=${encodeURIComponent(path)}&key=${new URL(url, location.href).searchParams.get('key')!}`);
  return url;
}
