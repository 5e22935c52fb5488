// The Custom Elements Manifest analyzer's configuration (`cem analyze`, run by scripts/build.mjs after lib/ is built).
// The widgets declare their reactive properties from their option specs (`static properties = specProperties(BARS_OPTIONS)`),
// which the analyzer cannot evaluate: this plugin writes each widget's attributes from the same specs — name,
// property, allowed values as the type, default, docs, and where embed.html or the command line do not take it —
// so custom-elements.json and docs/API.md say what the elements, embed.html and the CLI accept.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Loaded here: the analyzer does not wait for asynchronous plugin phases. (Absent before lib/ is built.)
const registryFile = join(import.meta.dirname, 'lib/widget-options.js');
const registry = existsSync(registryFile) ? await import(pathToFileURL(registryFile).href) : undefined;

/** The manifest's type of an option: its values as a union for an enumeration. */
function typeText(spec) {
  if (spec.type === 'enum') return spec.values.map((value) => `'${value}'`).join(' | ');
  return spec.type === 'number' || spec.type === 'boolean' ? spec.type : 'string';
}

/** The docs, and where the attribute is not taken (the same reason embed.html and the command line give). */
function description(spec) {
  if (spec.readOnly) return spec.docs;
  const embed = registry.unavailableReason(spec, 'embed');
  const cli = registry.unavailableReason(spec, 'cli');
  const why = spec.unavailable ? `: ${spec.unavailable}` : '';
  const note = embed && cli ? `Not a parameter of embed.html nor an option of netreach render${why}` : (embed ?? cli);
  return note ? `${spec.docs} ${note[0].toUpperCase()}${note.slice(1)}.` : spec.docs;
}

function optionSpecsPlugin() {
  return {
    name: 'netreach-option-specs',
    packageLinkPhase({ customElementsManifest }) {
      if (!registry) throw new Error('netreach-option-specs: build lib/ first (tsc -p tsconfig.build.json)');
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // The widgets' base class too: the options every widget has (the analyzer named `datasetId`'s attribute after the field).
          const specs =
            declaration.customElement && declaration.tagName
              ? registry.widgetOptions(declaration.tagName)
              : declaration.name === 'NetreachElement'
                ? registry.COMMON_OPTIONS
                : undefined;
          if (!specs) continue;
          const analyzed = new Map((declaration.attributes ?? []).map((attribute) => [attribute.fieldName ?? attribute.name, attribute]));
          // An option a page sets by a CSS property (`cssProperty`) is no attribute: the element's @cssproperty says it.
          declaration.attributes = specs
            .filter((spec) => !spec.cssProperty)
            .map((spec) => {
              // Where the base class declares the property, its field says so (the analyzer finds no attribute in a spec).
              const field = declaration.members?.find((member) => member.kind === 'field' && member.name === spec.property);
              const inheritedFrom = (analyzed.get(spec.native ? spec.attribute : spec.property) ?? (spec.native ? undefined : field))
                ?.inheritedFrom;
              return {
                name: spec.attribute,
                type: { text: typeText(spec) },
                ...(spec.default === undefined ? {} : { default: spec.default }),
                description: description(spec),
                ...(spec.native ? {} : { fieldName: spec.property }),
                ...(inheritedFrom ? { inheritedFrom } : {}),
              };
            });
          for (const member of declaration.members ?? []) {
            const spec = member.kind === 'field' && specs.find((entry) => !entry.native && entry.property === member.name);
            if (!spec) continue;
            member.attribute = spec.attribute;
            if (spec.reflect ?? true) member.reflects = true;
          }
        }
      }
    },
  };
}

/**
 * Where a module of src/ is in the published package: `src/map/map.ts` (or `/src/map/map.js`) → `lib/map/map.js`;
 * a relative path (`./export-controller.js`) from the module `from`.
 */
const published = (path, from) => (path.startsWith('.') ? join(from, '..', path) : path).replace(/^\/?src\/(.*)\.[jt]s$/, 'lib/$1.js');

/**
 * The manifest as tools read it from the installed package, which has lib/ and no src/: every module's path and
 * every reference to one named after its lib/ file; each `define.ts`'s `defineElement('tag', Class)` as the
 * module's `custom-element-definition` export (the analyzer knows only `customElements.define`), so tools know
 * which module to import for a tag; only events with a name (not the internal `PROVIDER_CONNECTED_EVENT`,
 * which the analyzer reads as a name); no module variable that is a method's.
 */
function packagePathsPlugin() {
  return {
    name: 'netreach-package-paths',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const from = node
        .getSourceFile()
        .statements.find(
          (statement) =>
            ts.isImportDeclaration(statement) &&
            statement.importClause?.namedBindings?.elements?.some((binding) => binding.name.text === element.text),
        );
      if (!from) return;
      const module = join(moduleDoc.path, '..', from.moduleSpecifier.text).replace(/\.js$/, '.ts');
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module } });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const relink = (value) => {
          if (Array.isArray(value)) value.forEach(relink);
          else if (value && typeof value === 'object')
            for (const [key, inner] of Object.entries(value)) {
              if (key === 'module' && typeof inner === 'string') value[key] = published(inner, module.path);
              else relink(inner);
            }
        };
        // The analyzer takes some of a method's local variables (`const dataset = …`) for the module's: only exported ones stay.
        module.declarations = module.declarations?.filter(
          (declaration) => declaration.kind === 'class' || module.exports?.some((entry) => entry.declaration.name === declaration.name),
        );
        relink(module.declarations);
        relink(module.exports);
        module.path = published(module.path);
        // `export { NetreachMap }` in define.ts: the class is declared where its definition says.
        for (const entry of module.exports ?? []) {
          const definition = module.exports.find(
            (other) => other.kind === 'custom-element-definition' && other.declaration.name === entry.declaration.name,
          );
          if (entry.kind === 'js' && definition) entry.declaration = { ...definition.declaration };
        }
        for (const declaration of module.declarations ?? [])
          if (declaration.events) declaration.events = declaration.events.filter((event) => /^[a-z]+(-[a-z]+)+$/.test(event.name ?? ''));
      }
    },
  };
}

export default {
  plugins: [optionSpecsPlugin(), packagePathsPlugin()],
};
