/**
 * What a widget's items do once the picture is drawn, in a chunk of its own that interaction-loader.ts loads after
 * the first draw (in an idle moment, or at once when an item is hovered, focused or given an arrow key): the tooltip's
 * lines and their placement beside the item (tooltip.ts), and the item an arrow key, Home or End moves focus to
 * (roving-focus.ts). The controllers keep up front what a first draw needs: their listeners, their state, the tab
 * stop. In the classic script it is inlined like everything else.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { SceneItem } from '../core/scene.js';
import type { ArrowKey, RovingFocusOptions } from './roving-focus.js';
import type { TooltipHost, TooltipOptions } from './tooltip.js';

/**
 * The charts' tooltip (the bars', the regions', the trend's; the map styles its own, in its chunk): adopted by the
 * tooltip's shadow root when it first shows one (TooltipController), after the widget's own styles.
 */
export const tooltipStyles = css`
  [part='tooltip'] {
    position: absolute;
    /* Physical: the widget computes left/top in the SVG's (unmirrored) coordinates. */
    left: 0;
    top: 0;
    z-index: 1;
    /* Its own width, wherever it is placed: the size the controller measures is the size it places. */
    inline-size: max-content;
    max-inline-size: min(18rem, 100%);
    padding: 0.35em 0.6em;
    border-radius: calc(var(--_radius) * 0.75);
    /* Inverted against the colour scheme (which the theme sets): dark on light pages, light on dark ones. */
    background: var(--netreach-tooltip-background, color-mix(in srgb, CanvasText 88%, transparent));
    color: var(--netreach-tooltip-color, Canvas);
    font-size: 0.8em;
    line-height: 1.3;
    pointer-events: none;
    white-space: normal;
    overflow-wrap: anywhere;
    box-shadow: 0 2px 8px rgb(0 0 0 / 18%);
  }
  /* Nastaliq's lines as tall as the widget's other Urdu text (base styles): at 1.3 they cut through each other. */
  .frame[lang|='ur'] [part='tooltip'] {
    line-height: var(--_line-height);
  }
  [part='tooltip'] strong {
    display: block;
    font-weight: 600;
  }
  [part='tooltip'] .detail {
    opacity: 0.85;
  }
  @media (forced-colors: active) {
    [part='tooltip'] {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;

/** Space between the tooltip and what it points at, in px. */
const GAP = 6;

/** The tooltip of `item`, if it has lines: its first line is the heading. `part="tooltip"`, `role="tooltip"`. */
export function renderTooltip(item: SceneItem | undefined): TemplateResult | typeof nothing {
  if (!item || item.tooltip.length === 0) return nothing;
  const [heading, ...lines] = item.tooltip;
  return html`<div part="tooltip" role="tooltip">
      <strong>${heading}</strong>${lines.map((line) => html`<div class="detail">${line}</div>`)}
    </div>`;
}

/**
 * Places the tooltip of the item `id` beside it, not over it (WCAG 2.4.11): above the item's box and anchor, else
 * below them, inside `options.within()` and the viewport, else inside the widget; centred on the anchor, never past
 * the edges of `options.within()`, and moved sideways, or below, rather than cover another item's value label.
 */
export function placeTooltip(host: TooltipHost, options: TooltipOptions, id: string): void {
  const root = host.renderRoot;
  const selector = options.selector ?? 'svg [data-item]';
  const tip = root.querySelector<HTMLElement>('[part="tooltip"]');
  const box = options.box();
  const item = options.item(id);
  const element = [...root.querySelectorAll(selector)].find((each) => each.getAttribute('data-item') === id);
  if (!item || !tip || !box || !element) return;
  const within = (options.within?.() ?? host).getBoundingClientRect();
  const bounds = element.getBoundingClientRect();
  const svg = (element as Partial<SVGElement>).ownerSVGElement;
  // The anchor, in the page's pixels: from the chart's through the SVG's viewBox; else the item's top middle.
  let x = bounds.left + bounds.width / 2;
  let y = bounds.top;
  if (svg) {
    const rect = svg.getBoundingClientRect();
    const view = svg.viewBox.baseVal;
    x = rect.left + (item.anchor.x - (view?.x ?? 0)) * (view && view.width ? rect.width / view.width : 1);
    y = rect.top + (item.anchor.y - (view?.y ?? 0)) * (view && view.height ? rect.height / view.height : 1);
  }
  // A page's `zoom` scales client rectangles, not offset sizes and the tip's own pixels: both in the page's here.
  const origin = box.getBoundingClientRect();
  const zoom = origin.width / box.offsetWidth || 1;
  const width = tip.offsetWidth * zoom;
  const height = tip.offsetHeight * zoom;
  const wide = width >= within.width;
  const clamp = (left: number) =>
    wide ? (options.rtl() ? within.right - width : within.left) : Math.max(within.left, Math.min(within.right - width, left));
  const centred = clamp(x - width / 2);
  // Clear of the item's box, so that the focused item stays in sight, and of its anchor (the trend's is above
  // its point's value label): above, else below, where that fits in `within` and the viewport; else in the
  // whole widget (on a phone's map there is no room above Indonesia or below it, but there is over the map's
  // heading); else over the item, at the top of `within`. (The viewport of the widget's window: an iframe's.)
  const above = Math.min(y, bounds.top) - GAP - height;
  const below = Math.max(y, bounds.bottom) + GAP;
  const fit = (outer: DOMRect) => [
    ...(above >= Math.max(outer.top, 0) ? [above] : []),
    ...(below + height <= Math.min(outer.bottom, host.ownerDocument.defaultView!.innerHeight) ? [below] : []),
  ];
  const tops = [...fit(within), ...fit(host.getBoundingClientRect())];
  // Nor over the other items' figures (the bars' and the trend's value labels) where it can help it: the first place
  // that leaves them in sight, moved sideways as little as it takes (the first bar's tooltip, with no room above
  // it, hid the second bar's value below it); else the first place.
  const values = [...root.querySelectorAll(`${selector} .value`)]
    .filter((value) => !element.contains(value))
    .map((value) => value.getBoundingClientRect());
  const lefts = [centred, ...values.flatMap((value) => [clamp(value.right + GAP), clamp(value.left - GAP - width)])].sort(
    (a, b) => Math.abs(a - centred) - Math.abs(b - centred),
  );
  let [top, left] = [tops[0] ?? within.top, centred];
  place: for (const y of tops)
    for (const x of lefts)
      if (values.every((value) => value.bottom <= y || value.top >= y + height || value.right <= x || value.left >= x + width)) {
        [top, left] = [y, x];
        break place;
      }
  // In the box's coordinates, through the CSSOM (a strict CSP refuses style attributes); physical, as the
  // chart's coordinates are.
  tip.style.left = `${Math.round((left - origin.left) / zoom)}px`;
  tip.style.top = `${Math.round((top - origin.top) / zoom)}px`;
}

/**
 * Where `key` (an arrow, Home or End) moves focus from the item `id` among `ids` (in reading order): Left and Right
 * swapped right to left; past the ends, round again where the items wrap, else nowhere further.
 */
export function nextItem(ids: readonly string[], id: string, key: string, options: RovingFocusOptions): string | undefined {
  if (key === 'Home') return ids[0];
  if (key === 'End') return ids[ids.length - 1];
  if (options.arrow) return options.arrow(id, key as ArrowKey);
  const rtl = options.rtl?.();
  const step = { ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[key as ArrowKey];
  const next = ids.indexOf(id) + step;
  return ids[options.wrap ? (next + ids.length) % ids.length : Math.max(0, Math.min(ids.length - 1, next))];
}
