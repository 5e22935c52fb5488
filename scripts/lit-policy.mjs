// Trusted Types: pages that enforce them allow named policies only. Lit creates a policy named "lit-html" as soon
// as it loads, which such a page (allowing "netreach") refuses, and which would collide with the host page's own
// Lit. netreach's copies of Lit (the bundles' and lib/vendor/'s) instead create one policy named "netreach",
// lazily — on first render — and a second copy of netreach (whose elements never render) never asks for it.
import { readFileSync, writeFileSync } from 'node:fs';
import MagicString from 'magic-string';

const LIT_POLICY = 's=t.trustedTypes,e=s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';
const NETREACH_POLICY =
  's=t.trustedTypes,e=s?{createHTML(h){return(t.__netreachPolicy??=s.createPolicy("netreach",{createHTML:t=>t})).createHTML(h)}}:void 0';

/** lit-html's production module with the policy renamed; throws when lit-html no longer reads as expected. */
export function withNetreachPolicy(code) {
  const at = code.indexOf(LIT_POLICY);
  if (at < 0) throw new Error('lit-html changed: update the Trusted Types policy rename in scripts/lit-policy.mjs');
  return new MagicString(code).overwrite(at, at + LIT_POLICY.length, NETREACH_POLICY);
}

/** Renames the policy in a copied lit-html.js in place. */
export function renameLitPolicy(file) {
  writeFileSync(file, withNetreachPolicy(readFileSync(file, 'utf8')).toString());
}
