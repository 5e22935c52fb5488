/**
 * Reactive properties declared from the widgets' option specs: `static override properties = specProperties(BARS_OPTIONS)`
 * declares each option of the spec, its attribute's name, reflection and type from the spec, so that the element's
 * attributes cannot drift from what embed.html, the command line and the docs read, and no option goes undeclared.
 * (One object per class rather than a decorator per property: the decorators' calls were 0.4 kB gzip up front.)
 */
import type { PropertyDeclaration, PropertyDeclarations } from 'lit';
import { COMMON_OPTIONS, type OptionSpecs } from '../core/options.js';

const COMMON = new Set(COMMON_OPTIONS.map((spec) => spec.property));

/**
 * The properties of `specs`, but for those every widget has (NetreachElement declares them: `common` asks for them)
 * the native ones (`lang`, which every HTML element has) and those a page sets by a CSS property (`cssProperty`).
 */
export function specProperties(specs: OptionSpecs, common?: boolean): PropertyDeclarations {
  const properties: Record<string, PropertyDeclaration> = {};
  for (const spec of specs) {
    if (spec.native || spec.cssProperty || (!common && COMMON.has(spec.property))) continue;
    properties[spec.property] = {
      attribute: spec.attribute,
      reflect: spec.reflect ?? true,
      type: spec.type === 'number' ? Number : spec.type === 'boolean' ? Boolean : String,
    };
  }
  return properties;
}
