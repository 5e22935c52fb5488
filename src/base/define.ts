/**
 * Idempotent registration. Loading the script twice, or two netreach versions on one page, must never throw:
 * the first definition wins and a different one earns a single console warning per tag.
 */
import { VERSION } from '../version.js';

type VersionedConstructor = CustomElementConstructor & { netreachVersion?: string };

const warned = new Set<string>();

export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    (constructor as VersionedConstructor).netreachVersion = VERSION;
    registry.define(tag, constructor);
    return;
  }
  if (existing === constructor || warned.has(tag)) return;
  warned.add(tag);
  const theirs = existing.netreachVersion ?? 'another library';
  if (theirs !== VERSION) {
    console.warn(`netreach ${VERSION}: <${tag}> is already defined by ${theirs === 'another library' ? theirs : `netreach ${theirs}`}; keeping that one.`);
  }
}
