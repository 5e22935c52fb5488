// The dataset's JSON Schema, compiled and walked: shared by the tests that check it against the validator and
// the TypeScript types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const root = join(import.meta.dirname, '..', '..');
export const schema = JSON.parse(readFileSync(join(root, 'data/netreach.schema.json'), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
/** Whether `value` is valid under the schema (ajv, JSON Schema 2020-12, formats checked). */
export const schemaAccepts = ajv.compile(schema);

/**
 * A schema node with its `$ref` followed in `document` (and the referring node's own keywords, such as a
 * description, kept over the target's). Only local references (`#/…`) occur in the schema.
 */
export function resolve(node, document = schema) {
  if (!node || typeof node !== 'object' || !('$ref' in node)) return node;
  const { $ref, ...rest } = node;
  if (!$ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${$ref}`);
  const target = $ref
    .slice(2)
    .split('/')
    .reduce((at, key) => at[key.replaceAll('~1', '/').replaceAll('~0', '~')], document);
  return { ...resolve(target, document), ...rest };
}

/** The JSON types a (resolved) schema node allows: its `type` as a list, else those of its `const` or `enum`. */
export function typesOf(resolved) {
  if (resolved.type) return [resolved.type].flat();
  const values = 'const' in resolved ? [resolved.const] : (resolved.enum ?? []);
  return [...new Set(values.map((value) => (value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value)))];
}

/** Names in `properties` that are the schema's own business, not data (`$schema`: which schema an editor uses). */
export const isSchemaKeyword = (name) => name.startsWith('$');
