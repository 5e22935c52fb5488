/**
 * The colour behind `element`: the nearest ancestor's (through shadow roots) that is not transparent, else Canvas.
 * What a widget without a theme paints where it must hide what is under it (the table's sticky header, the trend's
 * dots and label halos): a page says its background only by painting it, and light text on a page that does not
 * say `color-scheme: dark` leaves Canvas white. Read again when the page's text colour changes (its dark-mode class
 * on `<html>`): `box`, the element that takes the colour as `--_page-bg`, has a transition on the text colour it
 * inherits (step-start: the new colour at once), and the transition's start sets it again — not through an update of
 * the element, which a theme's own change of colour would make a second one (test/browser/update-cycles.test.ts).
 * Only the box's own transition: transitionrun bubbles up from its contents' transitions.
 */
export function pageBackground(element: Element, box: HTMLElement): string {
  box.ontransitionrun = (event) => {
    if (event.target === box) box.style.setProperty('--_page-bg', pageBackground(element, box));
  };
  let node: Element | null = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
  while (node) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'Canvas';
}
