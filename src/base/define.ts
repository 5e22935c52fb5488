/**
 * Idempotent registration. Loading the script twice, or two netreach versions on one page, must never throw:
 * the first definition wins and a different one earns a single console warning per page.
 */
import { isServer } from 'lit';
import { VERSION } from '../version.js';

type VersionedConstructor = CustomElementConstructor & { netreachVersion?: string };

/** Shared by every copy of the library on the page: one warning per page, however many copies collide. */
const WARNED = Symbol.for('netreach.define-warned');
const page = globalThis as { [WARNED]?: boolean };

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    (constructor as VersionedConstructor).netreachVersion = VERSION;
    // Lit's server rendering (@lit-labs/ssr: Astro, Next.js) would run the widget, which needs a browser; without
    // Lit's mark it writes the tag and its attributes, and the browser draws the widget.
    if (isServer) (constructor as unknown as Record<string, boolean>)['_$litElement$'] = false;
    registry.define(tag, constructor);
    return;
  }
  if (existing === constructor || page[WARNED]) return;
  page[WARNED] = true;
  const theirs = existing.netreachVersion;
  const owner =
    theirs === undefined
      ? 'another library'
      : theirs === VERSION
        ? 'another copy of netreach (the script was loaded twice)'
        : `netreach ${theirs}`;
  console.warn(`netreach ${VERSION}: <${tag}> and the other netreach elements already defined by ${owner} are kept.`);
}
