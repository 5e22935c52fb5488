// The JSON Schema (data/netreach.schema.json) and the TypeScript types (src/core/types.ts) describe the same
// dataset: walking both from the root (`Dataset`), every object has the same property names, the same ones are
// optional, and every property allows the same JSON types, literals, list items and map values. The types are
// read with the TypeScript compiler, so a field added to one and not the other fails here, wherever it is.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { isSchemaKeyword, resolve, root, schema, typesOf } from './schema.mjs';

const TYPES = join(root, 'src/core/types.ts');
const program = ts.createProgram([TYPES], {
  strict: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  noEmit: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();

/** An exported type of types.ts by name. */
function exported(name) {
  const file = program.getSourceFile(TYPES);
  const symbol = checker.getExportsOfModule(checker.getSymbolAtLocation(file)).find((s) => s.name === name);
  assert.ok(symbol, `types.ts exports no ${name}`);
  return checker.getDeclaredTypeOfSymbol(symbol);
}

/** The JSON kind of a TypeScript type that is not a union: 'string', 'number', 'boolean', 'null', 'array', 'object'. */
function kindOf(type) {
  if (type.flags & ts.TypeFlags.StringLike) return 'string';
  if (type.flags & ts.TypeFlags.NumberLike) return 'number';
  if (type.flags & ts.TypeFlags.BooleanLike) return 'boolean';
  if (type.flags & ts.TypeFlags.Null) return 'null';
  if (checker.isArrayType(type)) return 'array';
  if (type.flags & ts.TypeFlags.Object) return 'object';
  return checker.typeToString(type);
}

/** The parts of a union (a type that is none is its only part), `undefined` left out: it is absence, not a value. */
const partsOf = (type) => (type.isUnion() ? type.types : [type]).filter((part) => !(part.flags & ts.TypeFlags.Undefined));

/** Differences between a TypeScript type and a node of the schema `document`, as "where: what" lines. */
function compare(type, node, at, document = schema, found = []) {
  const described = resolve(node, document);
  const parts = partsOf(type);
  const kinds = new Set(parts.map(kindOf));
  const schemaKinds = new Set(typesOf(described).map((kind) => (kind === 'integer' ? 'number' : kind)));
  const show = (set) => [...set].sort().join(' | ');
  if (show(kinds) !== show(schemaKinds)) found.push(`${at}: types.ts allows ${show(kinds)}, the schema ${show(schemaKinds)}`);

  // Literals: `version: 1`, `qualifier?: 'more-than' | 'about'`.
  // (`boolean` is the union true | false: only one of them alone is a literal.)
  const booleans = parts.filter((part) => part.flags & ts.TypeFlags.BooleanLiteral);
  const literals = parts.filter((part) => part.isLiteral()).map((part) => part.value);
  if (booleans.length === 1) literals.push(checker.typeToString(booleans[0]) === 'true');
  const schemaLiterals = 'const' in described ? [described.const] : described.enum;
  if (literals.length || schemaLiterals) {
    const ours = JSON.stringify([...literals].sort());
    const theirs = JSON.stringify([...(schemaLiterals ?? [])].sort());
    if (ours !== theirs) found.push(`${at}: types.ts allows the values ${ours}, the schema ${theirs}`);
  }

  for (const part of parts) {
    if (checker.isArrayType(part)) compare(checker.getTypeArguments(part)[0], described.items ?? {}, `${at}[]`, document, found);
    else if (kindOf(part) === 'object') compareObject(part, described, at, document, found);
  }
  return found;
}

function compareObject(type, described, at, document, found) {
  const index = checker.getIndexInfosOfType(type).find((info) => info.keyType.flags & ts.TypeFlags.String);
  const properties = checker.getPropertiesOfType(type);
  const schemaProperties = Object.fromEntries(Object.entries(described.properties ?? {}).filter(([name]) => !isSchemaKeyword(name)));
  const required = new Set(described.required ?? []);
  if (index) {
    // A map such as Record<string, number | null>: the schema's additionalProperties describes its values.
    if (typeof described.additionalProperties !== 'object')
      found.push(`${at}: a map in types.ts, the schema gives no additionalProperties`);
    else compare(index.type, described.additionalProperties, `${at}[key]`, document, found);
  }
  const names = new Set(properties.map((property) => property.name));
  for (const name of Object.keys(schemaProperties)) {
    if (!names.has(name)) found.push(`${at}.${name}: in the schema, not in types.ts`);
  }
  for (const property of properties) {
    const where = `${at}.${property.name}`;
    if (!Object.hasOwn(schemaProperties, property.name)) {
      found.push(`${where}: in types.ts, not in the schema`);
      continue;
    }
    const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
    if (optional === required.has(property.name)) {
      found.push(`${where}: ${optional ? 'optional' : 'required'} in types.ts, ${optional ? 'required' : 'optional'} in the schema`);
    }
    compare(checker.getTypeOfSymbol(property), schemaProperties[property.name], where, document, found);
  }
}

describe('the JSON Schema and the TypeScript types', () => {
  it('describe the same dataset: property names, optionality, types, literals, lists and maps', () => {
    assert.deepEqual(compare(exported('Dataset'), schema, 'Dataset'), []);
  });

  it('would see a difference: a property missing, optional instead of required, of another type, another literal', () => {
    // The comparison itself, on schemas that differ from the real one in one place each.
    const dataset = exported('Dataset');
    const changed = (change) => {
      const copy = structuredClone(schema);
      change(copy);
      return compare(dataset, copy, 'Dataset', copy);
    };
    assert.deepEqual(
      changed((s) => delete s.$defs.source.properties.note),
      ['Dataset.sources[].note: in types.ts, not in the schema'],
    );
    assert.deepEqual(
      changed((s) => (s.$defs.member.properties.visitors = { type: 'number' })),
      ['Dataset.members[].visitors: in the schema, not in types.ts'],
    );
    assert.deepEqual(
      changed((s) => s.$defs.total.required.push('qualifier')),
      ['Dataset.totals[].qualifier: optional in types.ts, required in the schema'],
    );
    assert.deepEqual(
      changed((s) => (s.$defs.member.properties.values.additionalProperties.type = ['number'])),
      ['Dataset.members[].values[key]: types.ts allows null | number, the schema number'],
    );
    assert.deepEqual(
      changed((s) => s.$defs.total.properties.qualifier.enum.push('exactly')),
      [
        'Dataset.totals[].qualifier: types.ts allows the values ["about","at-least","more-than"], the schema ["about","at-least","exactly","more-than"]',
      ],
    );
    assert.deepEqual(
      changed((s) => (s.properties.version = { const: 2 })),
      ['Dataset.version: types.ts allows the values [1], the schema [2]'],
    );
    assert.deepEqual(
      changed((s) => (s.properties.illustrative = { const: true })),
      ['Dataset.illustrative: types.ts allows the values [], the schema [true]'],
    );
    assert.deepEqual(
      changed((s) => (s.$defs.localizedNames = { type: 'object', properties: { en: { type: 'string' } } })),
      [
        'Dataset.network.names: a map in types.ts, the schema gives no additionalProperties',
        'Dataset.network.names.en: in the schema, not in types.ts',
      ].concat(
        [
          'regions[].names',
          'regionAssignment.notes',
          'metrics[].labels',
          'totals[].period.labels',
          'universities[].names',
          'sources[].publishers',
        ].flatMap((at) => [
          `Dataset.${at}: a map in types.ts, the schema gives no additionalProperties`,
          `Dataset.${at}.en: in the schema, not in types.ts`,
        ]),
      ),
    );
  });
});
