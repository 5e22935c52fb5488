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
          declaration.attributes = specs.map((spec) => {
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

export default {
  plugins: [optionSpecsPlugin()],
};
