/**
 * Inline styles that a strict Content Security Policy allows: set through the CSS object model, never written as
 * a `style` attribute. (Lit's `styleMap` writes the attribute on its first render, which `style-src` without
 * `'unsafe-inline'` refuses; it uses the CSSOM only for later changes.)
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Property names as CSS spells them (`stroke-width`, `font-size`) to their values. */
export type Styles = Readonly<Record<string, string>>;

class CssomStyle extends Directive {
  #previous: Styles = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssomStyle() goes on an element: <rect ${cssomStyle(styles)}>');
  }

  render(_styles: Styles): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [styles]: [Styles]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name in this.#previous) if (!(name in styles)) style.removeProperty(name);
    // Only what changed: a re-render of an unchanged mark writes nothing.
    for (const name in styles) if (styles[name] !== this.#previous[name]) style.setProperty(name, styles[name]!);
    this.#previous = styles;
    return noChange;
  }
}

/** `<rect ${cssomStyle({ fill: 'var(--_region-1)' })}>`: the styles through the CSSOM. */
export const cssomStyle = directive(CssomStyle);
