/**
 * netreach in reveal.js decks: widgets replay their entrance when their slide is shown (and again when it is
 * revisited), and fragments step a map through the regions. No import of reveal.js: reveal dispatches its
 * `ready`, `slidechanged`, `fragmentshown` and `fragmenthidden` events as bubbling DOM events on the deck's
 * element, and this module listens to them.
 *
 * ```html
 * <section>
 *   <netreach-map step="0"></netreach-map>
 *   <span class="fragment" data-netreach-step="1"></span>
 *   <span class="fragment" data-netreach-step="2"></span>
 *   <span class="fragment" data-netreach-step="3"></span>
 * </section>
 * <script type="module">
 *   import { connectReveal } from 'netreach/reveal';
 *   connectReveal();
 *   Reveal.initialize();
 * </script>
 * ```
 *
 * A slide with fragments carrying `data-netreach-step="n"` sets `step` on its `<netreach-map>` elements (or only
 * on the one whose id a fragment names in `data-netreach-target`) to the highest step among its fragments shown:
 * 0 before the first, and the last when the slide is entered backwards (reveal then shows all its fragments).
 *
 * Widgets on slides already replay when they come into view (an IntersectionObserver); with the `fade` or
 * `none` transitions the neighbouring slides overlap the current one, so the slide change replays them too.
 */

/** What this module calls on a widget: `NetreachElement#replay` and `NetreachMap#step`. */
interface Replayable extends Element {
  replay(): void;
}
interface Steppable extends Element {
  step?: number | null;
}

interface RevealEvent extends Event {
  currentSlide?: Element;
  fragment?: Element;
}

const EVENTS = ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden'] as const;

/** The `netreach-*` widgets in `slide` (not inside other widgets' shadow roots). */
function widgetsIn(slide: Element): Element[] {
  return [...slide.querySelectorAll('*')].filter((element) => element.localName.startsWith('netreach-'));
}

/** The slide (`<section>`) an element is on: the innermost one, for vertical stacks. */
function slideOf(element: Element | null | undefined): Element | null {
  return element?.closest('section') ?? null;
}

/**
 * Sets `step` on the maps of `slide` from its `data-netreach-step` fragments that are shown (reveal gives a shown
 * fragment the class `visible`). Slides without such fragments are left alone.
 */
export function syncSteps(slide: Element): void {
  const fragments = [...slide.querySelectorAll<HTMLElement>('[data-netreach-step]')];
  if (fragments.length === 0) return;
  const steps = new Map<Steppable, number>();
  const maps = (fragment: HTMLElement): Steppable[] => {
    const target = fragment.dataset.netreachTarget;
    return [...slide.querySelectorAll<Steppable>(target ? `netreach-map#${CSS.escape(target)}` : 'netreach-map')];
  };
  for (const fragment of fragments) {
    for (const map of maps(fragment)) {
      const shown = fragment.classList.contains('visible') ? Number(fragment.dataset.netreachStep) || 0 : 0;
      steps.set(map, Math.max(steps.get(map) ?? 0, shown));
    }
  }
  for (const [map, step] of steps) if (map.step !== step) map.step = step;
}

/** What this module calls on a reveal.js deck, when it is given one: `Reveal#layout`. */
export interface RevealDeck {
  layout(): void;
}

/**
 * Connects netreach to the reveal.js deck(s) under `root` (the document by default): on `ready` and
 * `slidechanged` the widgets on the current slide replay their entrance and its maps take their step; on
 * `fragmentshown` / `fragmenthidden` the maps of the fragment's slide step; on `pdf-ready` (printing) the maps of
 * every page take their page's step. When a widget on the current slide has
 * drawn (its `state` settles), the deck lays the slide out again: reveal centres a slide on the height its content
 * had when shown, and a widget that drew after that (a deck opened on that slide) would run past the slide's foot.
 * That goes through `deck.layout()` when the deck is given, else a window `resize` event, which reveal answers by
 * laying out. Call it before or after `Reveal.initialize()`. Returns a function that disconnects.
 */
export function connectReveal(root: EventTarget = document, deck?: RevealDeck): () => void {
  const onEvent = (event: Event) => {
    const { currentSlide, fragment } = event as RevealEvent;
    const slide = currentSlide ?? slideOf(fragment);
    if (!slide) return;
    syncSteps(slide);
    if (event.type === 'ready' || event.type === 'slidechanged') {
      for (const widget of widgetsIn(slide)) (widget as Replayable).replay?.();
    }
  };
  // Printed (reveal's ?print-pdf), each fragment's state is a page of its own, a copy of its slide with the
  // fragments shown so far: every map there takes its page's step (they all stayed at the first, grey).
  const onPrint = () => {
    if (root instanceof Document || root instanceof Element) root.querySelectorAll('section').forEach(syncSteps);
  };
  for (const type of EVENTS) root.addEventListener(type, onEvent);
  root.addEventListener('pdf-ready', onPrint);
  // A deck initialized before connecting has already sent `ready`: step its maps now.
  if (root instanceof Document || root instanceof Element) root.querySelectorAll('section').forEach(syncSteps);
  let frame = 0;
  const drawn = new MutationObserver((records) => {
    for (const { target } of records) if ((target as Element).getAttribute('state') !== 'loading') recentre(target as Element);
    if (frame || !records.some(({ target }) => (target as Element).getAttribute('state') !== 'loading' && onShownSlide(target as Element)))
      return;
    // Once per frame, however many widgets settle in it.
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (deck) deck.layout();
      else window.dispatchEvent(new Event('resize'));
    });
  });
  if (root instanceof Node) drawn.observe(root, { attributes: true, attributeFilter: ['state'], subtree: true });
  return () => {
    for (const type of EVENTS) root.removeEventListener(type, onEvent);
    root.removeEventListener('pdf-ready', onPrint);
    drawn.disconnect();
    cancelAnimationFrame(frame);
  };
}

/**
 * Printed (?print-pdf), reveal centres each slide on its page once, by the height the slide had then: a widget that
 * drew after that (a Persian slide waiting for its strings) ran past the page's foot and was cut off. Its slide is
 * centred again, as reveal centres it, on the height it has once the widget has drawn.
 */
function recentre(element: Element): void {
  const slide = slideOf(element);
  const page = slide?.parentElement;
  if (!(slide instanceof HTMLElement) || !page?.classList.contains('pdf-page') || !slide.closest('.reveal.center')) return;
  slide.style.top = `${Math.max((page.offsetHeight - slide.scrollHeight) / 2, 0)}px`;
}

/** Whether `element` is on the slide reveal shows (`present`), and so centred on its content. */
function onShownSlide(element: Element): boolean {
  return Boolean(element.localName.startsWith('netreach-') && slideOf(element)?.classList.contains('present'));
}
