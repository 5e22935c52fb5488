/**
 * Reactive properties declared from the widgets' option specs: `@property(fromSpec(BARS_OPTIONS, 'groupBy'))`
 * takes the attribute's name, reflection and type from the spec, so the element's attributes cannot drift from
 * what embed.html, the command line and the docs read.
 */
import type { PropertyDeclaration } from 'lit';
import { propertySpec, type OptionSpecs } from '../core/options.js';

export function fromSpec(specs: OptionSpecs, property: string): PropertyDeclaration {
  const spec = propertySpec(specs, property);
  // Thrown when the class is defined: a property without a spec is a mistake to see at once, in every test.
  if (!spec || spec.native) throw new Error(`netreach: no option spec declares the property "${property}"`);
  return {
    attribute: spec.attribute,
    reflect: spec.reflect ?? true,
    type: spec.type === 'number' ? Number : spec.type === 'boolean' ? Boolean : String,
  };
}
