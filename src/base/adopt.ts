/**
 * Stylesheets that come with lazily loaded code (a widget's drawing code, the menu's panels): what only a drawn
 * widget or an open panel needs is not in what every page loads. The shadow root adopts such a sheet when its code is
 * here, in the update that first renders what it styles.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type CSSResultOrNative } from 'lit';

/** Roots given a `<style>` for a sheet, where the browser cannot adopt sheets (Lit writes its own styles so there). */
const written = new WeakMap<CSSResult, WeakSet<ShadowRoot>>();

/** The last copy of each sheet made for another document (see {@link restyle}). */
const copies = new WeakMap<CSSResult, CSSStyleSheet>();

/** `styles` as a sheet `root`'s document can adopt: its own copy where that is another document (an iframe's). */
function sheetFor(root: ShadowRoot, styles: CSSResult): CSSStyleSheet | undefined {
  const view = root.ownerDocument.defaultView as typeof globalThis | null;
  if (view === globalThis || !view) return view ? styles.styleSheet : undefined;
  let copy = copies.get(styles);
  if (!(copy instanceof view.CSSStyleSheet)) {
    copies.set(styles, (copy = new view.CSSStyleSheet()));
    copy.replaceSync(styles.cssText);
  }
  return copy;
}

/**
 * Gives a reconnected element's shadow root its own sheets (`styles`) again where it moved to another document
 * (`adoptNode()` into an iframe's, and back): the browser empties its adopted sheets then, and the other document
 * cannot adopt this one's. True when it did: the element then renders again, and the sheets of its chunks
 * ({@link adoptOnce}) follow.
 */
export function restyle(root: ShadowRoot | undefined, styles: readonly CSSResultOrNative[]): boolean {
  // The element's own shadow root, or none yet: no `instanceof ShadowRoot`, false for one moved into an iframe's
  // document in a browser that makes its nodes that window's.
  if (!root || !supportsAdoptingStyleSheets) return false;
  const sheets = styles.flatMap((each) => sheetFor(root, each as CSSResult) ?? []);
  if (root.adoptedStyleSheets[0] === sheets[0]) return false;
  root.adoptedStyleSheets = sheets;
  return true;
}

/**
 * Adds `styles` to `root`'s stylesheets, after those it has (the element's own, and any the page added), once: a
 * later call for the same sheet does nothing.
 */
export function adoptOnce(root: ShadowRoot, styles: CSSResult): void {
  const sheet = sheetFor(root, styles);
  if (supportsAdoptingStyleSheets) {
    if (!sheet) return;
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  let roots = written.get(styles);
  if (!roots) written.set(styles, (roots = new WeakSet()));
  if (roots.has(root)) return;
  roots.add(root);
  adoptStyles(root, [styles]);
}
