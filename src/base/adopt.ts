/**
 * Stylesheets that come with lazily loaded code (a widget's drawing code, the menu's panels): what only a drawn
 * widget or an open panel needs is not in what every page loads. The shadow root adopts such a sheet when its code is
 * here, in the update that first renders what it styles.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult } from 'lit';

/** Roots given a `<style>` for a sheet, where the browser cannot adopt sheets (Lit writes its own styles so there). */
const written = new WeakMap<CSSResult, WeakSet<ShadowRoot>>();

/**
 * Adds `styles` to `root`'s stylesheets, after those it has (the element's own, and any the page added), once: a
 * later call for the same sheet does nothing.
 */
export function adoptOnce(root: Node, styles: CSSResult): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (supportsAdoptingStyleSheets && sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  let roots = written.get(styles);
  if (!roots) written.set(styles, (roots = new WeakSet()));
  if (roots.has(root)) return;
  roots.add(root);
  adoptStyles(root, [styles]);
}
