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

/**
 * Connects netreach to the reveal.js deck(s) under `root` (the document by default): on `ready` and
 * `slidechanged` the widgets on the current slide replay their entrance and its maps take their step; on
 * `fragmentshown` / `fragmenthidden` the maps of the fragment's slide step. Call it before or after
 * `Reveal.initialize()`. Returns a function that disconnects.
 */
export function connectReveal(root: EventTarget = document): () => void {
  const onEvent = (event: Event) => {
    const { currentSlide, fragment } = event as RevealEvent;
    const slide = currentSlide ?? slideOf(fragment);
    if (!slide) return;
    syncSteps(slide);
    if (event.type === 'ready' || event.type === 'slidechanged') {
      for (const widget of widgetsIn(slide)) (widget as Replayable).replay?.();
    }
  };
  for (const type of EVENTS) root.addEventListener(type, onEvent);
  // A deck initialized before connecting has already sent `ready`: step its maps now.
  if (root instanceof Document || root instanceof Element) root.querySelectorAll('section').forEach(syncSteps);
  return () => {
    for (const type of EVENTS) root.removeEventListener(type, onEvent);
  };
}
