import { css } from 'lit';
import { mapScaleByText } from './map.scale.js';

/**
 * The drawn map: its marks, legend, tooltip and table. Its marks are painted by class, each as the scene paints the
 * mark in a file (`mapPaint()`): `.r1` is `region-1`, `.q2` is `seq-0.5`, `.nodata` is `hatch` (the pattern
 * `HATCH_ID` names, written out here: an interpolated value would keep the build from minifying these styles),
 * `.off` is `land`. Only a drawn map needs them: they travel in the map's lazy chunk (map.chunk.ts), and the
 * element's shadow root adopts them when the chunk is here (`CodeController`), before the map first draws; the
 * colours' custom properties too, which only these rules read. The box's reserved size stays in map.styles.ts,
 * which the loading state needs.
 */
export const mapDrawnStyles = css`
  /* Land is the text colour at 11 % over the widget's background: over a theme's solid background, or without a
     theme (a transparent background) the text colour at 11 % opacity over the page's, light on a light page and
     dark on a dark one. Borders and the rings round symbols are the background: a theme's, else the page's
     colour scheme's (Canvas), else black under light text. No colour is assumed of a page that does not say. */
  :host {
    --_seq-low: var(--netreach-map-low, #9ed8c8);
    --_seq-high: var(--netreach-map-high, #0b4f4a);
    --_land: var(--netreach-map-land, color-mix(in srgb, currentColor 11%, var(--_bg)));
    --_line: var(--netreach-map-border, var(--_gap));
    --_arc: var(--netreach-map-arc, var(--_accent));
    --_bg-solid: Canvas;
    --_gap: Canvas;
  }
  /* A page with light text on a dark background that does not say "color-scheme: dark" still has a light Canvas:
     Canvas-coloured borders would cross its dark land. Light text (OKLCH lightness over 0.7) makes them black. */
  @supports (color: oklch(from currentColor l c h)) {
    :host {
      --_gap: oklch(from currentColor clamp(0, (0.7 - l) * 1000, 1) 0 0);
    }
  }
  /* The same light text, without a theme, takes the dark theme's scale (low values dark, high ones light), as
     the accents do (src/base/theme.ts). */
  @supports (color: rgb(from oklch(from currentColor l c h) r g b)) {
    :host {
      ${mapScaleByText}
    }
  }
  :host([theme]) {
    --_bg-solid: var(--_bg);
    --_gap: var(--_bg);
  }
  /* Dark on screens only: a dark map prints light. */
  @media screen {
    :host([theme='dark']) {
      --_seq-low: var(--netreach-map-low, #1f5a55);
      --_seq-high: var(--netreach-map-high, #7ee0cf);
    }
  }
  @media screen and (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_seq-low: var(--netreach-map-low, #1f5a55);
      --_seq-high: var(--netreach-map-high, #7ee0cf);
    }
  }
  /* The parts of the map's box (map.styles.ts says how its size is kept from the first frame): only a drawn map has
     them (map.view.ts, renderMap()). */
  /* A height the page gives the map (a slide's) is one the map, its legend, notes and sources fit in: .fixed and
     .body shrink to it (min-block-size: 0), and the map's box (flex: 1 1 auto, min-block-size: 0) takes what is
     left. Without one the box is as tall as its content (the spacers below): nothing changes. .body is a flex column,
     not a grid of one minmax(0, 1fr) row: the same fit, and 100 maps spent ~5 ms less laying out (1.01× the build
     before the fit rather than 1.05×, 9-round A/Bs). */
  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    flex: 1 1 auto;
    min-block-size: 0;
  }
  .body.side {
    flex-direction: row;
    align-items: flex-start;
  }
  .map-box {
    position: relative;
    inline-size: 100%;
    flex: 1 1 auto;
    min-block-size: 0;
  }
  /* The map gives up at most a fifth of its height to what is drawn under it (see .fixed): the box's content is
     this spacer, as tall as the map at 80 % of its size (its width over the aspect ratio), and the map's box is
     its content's where no height is given (.body). On a phone (a box under 600 px wide) the notes and sources wrap to
     many lines: the map keeps its whole size there and the box grows. The switch at 600 px is arithmetic on the
     width ((600px - 100%) × 10000 is huge below it, negative above), not a container query: a size container's
     whole subtree is styled again inside each of its layouts (a page of 100 maps spent 60 ms laying out with the
     frame a container, 31 ms without). */
  /* Its width and aspect ratio, not padding: in a height given, it is no taller than the box (max-block-size), and
     nothing invisible runs past the widget (a page scrolled 250 px of nothing under a map given 520 px). */
  .map-box::before {
    content: '';
    display: block;
    inline-size: max(80%, min(100%, (600px - 100%) * 10000));
    aspect-ratio: var(--_aspect, var(--_world-aspect));
    max-block-size: 100%;
  }
  /* Beside its legend, of its own aspect ratio: in a height given, as tall as the row at most (and as wide as that). */
  .side .map-box {
    min-inline-size: 0;
    flex: 1 1 auto;
    aspect-ratio: var(--_aspect, var(--_world-aspect));
    max-block-size: 100%;
  }
  .side .map-box::before {
    content: none;
  }
  .fixed.none {
    --_below: calc(2.4em * var(--_line-height, 1.35) + 0.4rem + 2px + var(--_space) * 0.5);
  }
  /* The map's content (.stack) and a spacer of the box's height share one grid cell: the cell is the taller of
     the two, and the content stretches to it. */
  .fixed {
    display: grid;
    grid-template: minmax(0, 1fr) / minmax(0, 1fr);
    flex: 1 1 auto;
    min-block-size: 0;
  }
  .fixed::before {
    content: '';
    grid-area: 1 / 1;
    box-sizing: content-box;
    aspect-ratio: var(--_aspect, var(--_world-aspect));
    padding-block-end: var(--_below);
    max-block-size: calc(100% - var(--_below));
  }
  .fixed.side::before {
    content: none;
  }
  /* The table open in a height given (a slide's): the map, its legend and sources keep 60 % of it and the table
     scrolls in the rest, where its 20rem took the map down to a sliver (116 px of 442 at 1280 × 520). Without a
     height the percentage is none: the box grows by the table, as it did. */
  .fixed.open {
    min-block-size: 60%;
  }
  /* A height given too small for the map and what is under it (large type in a small tile: 28 px in 300 px left the
     map 0 px, never drawn): the map keeps its least height (--_least, leastHeight() in map.update.ts) and grows from
     it with any room (which its box's ResizeObserver hears: the map then lets it go), and the map's content scrolls
     inside the given height, the map first, its legend, notes and sources under it, as the open table scrolls. */
  .least .stack {
    overflow-y: auto;
  }
  .least .body {
    flex: 1 0 auto;
  }
  .least .map-box {
    flex: 1 0 var(--_least);
  }
  /* A legend at the side goes under the map then: beside it, the map (of its own aspect ratio) grew wider with the
     row's room and taller than it keeps, let it go, and had 0 px again, every frame. */
  .least .body.side {
    flex-direction: column;
    align-items: stretch;
  }
  .least .side .map-box {
    aspect-ratio: auto;
    max-block-size: none;
  }
  .stack {
    grid-area: 1 / 1;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
  }
  svg[part='chart'] {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    overflow: hidden;
    display: block;
    touch-action: manipulation;
    -webkit-tap-highlight-color: transparent;
  }
  /* Off screen, the browser neither styles, lays out nor paints the members (a page of many maps): the chart's size
     is its box's, never its content's, and it clips already, so nothing moves or is cut when it shows. The class
     comes in a frame callback (map.ts, updated()). */
  svg[part='chart'].skippable {
    content-visibility: auto;
  }
  .sphere {
    fill: color-mix(in srgb, currentColor 3%, transparent);
  }
  .sphere-edge {
    fill: none;
    stroke: var(--_border);
  }
  .land {
    fill: var(--_land);
  }
  .borders {
    fill: none;
    stroke: var(--_line);
    stroke-width: 0.6;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .member {
    stroke: var(--_line);
    stroke-width: 0.6;
    stroke-linejoin: round;
    cursor: pointer;
    outline: none;
  }
  /* A symbol is its 24 px hit area (the item: focus, hover, selection), then its dot, the next sibling, which lets
     the pointer through to the hit area (see member-layer.ts). */
  .member.symbol {
    fill: transparent;
    stroke: none;
  }
  .dot {
    stroke: var(--_line);
    stroke-width: 1;
    pointer-events: none;
  }
  .r1 { fill: var(--_region-1); }
  .r2 { fill: var(--_region-2); }
  .r3 { fill: var(--_region-3); }
  .r4 { fill: var(--_region-4); }
  .r5 { fill: var(--_region-5); }
  .r6 { fill: var(--_region-6); }
  .r7 { fill: var(--_region-7); }
  .r8 { fill: var(--_region-8); }
  .q0 { fill: var(--_seq-low); }
  .q1 { fill: color-mix(in oklab, var(--_seq-high) 25%, var(--_seq-low)); }
  .q2 { fill: color-mix(in oklab, var(--_seq-high) 50%, var(--_seq-low)); }
  .q3 { fill: color-mix(in oklab, var(--_seq-high) 75%, var(--_seq-low)); }
  .q4 { fill: var(--_seq-high); }
  .nodata { fill: url(#netreach-hatch); }
  /* Comparing two networks: the overlap groups in the region slots mapPaint() gives them. */
  .both { fill: var(--_region-3); }
  .only-this { fill: var(--_region-1); }
  .only-other { fill: var(--_region-2); }
  .hatch-bg { fill: var(--_land); }
  .hatch-line {
    stroke: var(--_fg);
    stroke-opacity: 0.55;
    stroke-width: 1.4;
  }
  .dimmed,
  .dimmed + .dot {
    fill-opacity: 0.45;
  }
  /* Past the map's step: not yet revealed, drawn as land. */
  .off,
  .off + .dot {
    fill: var(--_land);
  }
  :host([presenter]) .member,
  :host([presenter]) .borders {
    stroke-width: 1;
  }
  .emphasis {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 1.6;
    stroke-linejoin: round;
    pointer-events: none;
  }
  /* Selected: a dark outline on a halo of the background, which reads on any fill. Focused: the same two tones the
     other way round, dashed (map.ts says why). */
  .selected-ring {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 2.5;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .selected-halo {
    fill: none;
    stroke: var(--_line);
    stroke-width: 6;
    stroke-linejoin: round;
    pointer-events: none;
  }
  /* A symbol's two rings are 2 px each, solid (member-layer.ts); a shape's band 6 px, dashed, its line 2 px. */
  .focus-ring {
    fill: none;
    stroke: var(--netreach-focus-color, var(--_fg));
    stroke-width: 2;
    stroke-linejoin: round;
    pointer-events: none;
  }
  path.focus-ring {
    stroke-width: 6;
    stroke-dasharray: 8 5;
  }
  .focus-ring + .focus-ring {
    stroke: var(--_gap);
    stroke-width: 2;
  }
  .arc {
    fill: none;
    stroke: var(--_arc);
    stroke-width: 1.2;
    stroke-opacity: 0.75;
    stroke-linecap: round;
    pointer-events: none;
  }
  .home-dot {
    fill: var(--_arc);
    stroke: var(--_line);
    stroke-width: 1.5;
    pointer-events: none;
  }
  @media screen and (prefers-reduced-motion: no-preference) {
    .member,
    .dot {
      transition: fill 0.4s;
    }
    /* The entrance: members fade in region by region, a group per region (the delays are below;
       :where keeps this rule from overriding them). */
    .enter :where(.wave) {
      animation: netreach-in 0.6s ease-out both;
    }
    .arc {
      stroke-dasharray: 1;
      stroke-dashoffset: 1;
      animation: draw 900ms ease-out forwards;
    }
  }
  /* The waves' delays, as the base styles' region colours' (.enter .r2 and on): a group per region in turn. */
  .enter .w2 {
    animation-delay: 0.3s;
  }
  .enter .w3 {
    animation-delay: 0.6s;
  }
  .enter .w4 {
    animation-delay: 0.9s;
  }
  .enter .w5 {
    animation-delay: 1.2s;
  }
  .enter .w6 {
    animation-delay: 1.5s;
  }
  .enter .w7 {
    animation-delay: 1.8s;
  }
  .enter .w8 {
    animation-delay: 2.1s;
  }
  @keyframes draw {
    to {
      stroke-dashoffset: 0;
    }
  }
  /* Placed by the tooltip controller (left, top), inside the widget, at its own width wherever it is (the size the
     controller measures is the size it places). */
  [part='tooltip'] {
    position: absolute;
    top: 0;
    left: 0;
    inline-size: max-content;
    max-inline-size: min(18rem, 100%);
    padding: 0.4rem 0.6rem;
    border-radius: calc(var(--_radius) * 0.75);
    /* Without a theme, the page's colour scheme's: a light tooltip with the page's light text would not read. */
    background: var(--_bg-solid);
    color: CanvasText;
    border: 1px solid var(--_border);
    box-shadow: 0 2px 10px rgb(0 0 0 / 0.18);
    font-size: 0.85em;
    z-index: 1;
    overflow-wrap: anywhere;
  }
  /* A mouse may rest on the tooltip (WCAG 1.4.13: the controller keeps it while the pointer is over it) and cross
     the gap between it and its member (the bands above and below it); a finger's taps go through it to the members
     under it. */
  [part='tooltip']::before {
    content: '';
    position: absolute;
    inset: -7px 0;
  }
  @media (pointer: coarse) {
    [part='tooltip'] {
      pointer-events: none;
    }
  }
  :host([theme]) [part='tooltip'] {
    background: var(--_bg);
    color: var(--_fg);
  }
  [part='tooltip'] strong {
    display: block;
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    font-size: 0.8em;
  }
  .side [part='legend'] {
    flex-direction: column;
    align-items: flex-start;
    flex: 0 0 auto;
    max-inline-size: 40%;
  }
  [part='legend'] .title {
    font-weight: 600;
  }
  /* The legend's entries a step has not revealed, and its title before the first. */
  .later {
    visibility: hidden;
  }
  /* A legend at the side starts in the corner the menu button takes (with no badge above it): its title's row is as
     tall as the button, so that the entries, which reach that edge in Persian, start under it, and the title wraps
     before the button. */
  .stack > .side:first-child [part='legend'] .title {
    min-block-size: var(--_corner);
    padding-inline-end: var(--_corner);
  }
  [part='legend'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .side [part='legend'] ul {
    flex-direction: column;
  }
  [part='legend'] li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  [part='legend'] svg {
    inline-size: 1.1em;
    block-size: 0.8em;
    flex: none;
  }
  [part='legend'] rect {
    stroke: var(--_border);
  }
  [part='note'] {
    margin: 0;
    font-size: 0.8em;
  }
  /*
   * The table button stays at the end of the source line's first line and the sources wrap beside it, while they
   * keep 16rem: on a phone the button goes under them rather than squeeze them into a narrow column.
   */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: start;
  }
  .controls > :first-child {
    flex: 1 1 16rem;
    min-inline-size: 0;
  }
  [part='table-toggle'] {
    margin-inline-start: auto;
  }
  [part='table-toggle'] {
    font: inherit;
    font-size: 0.8em;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.2rem 0.6rem;
    /* 24 px at least (WCAG 2.2's target size) where the root font is small: its rem padding. */
    min-block-size: 24px;
    cursor: pointer;
  }
  [part='table-toggle'][aria-expanded='true'] {
    background: var(--_surface);
  }
  [part='table-toggle']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .table-wrap {
    max-block-size: 20rem;
    overflow: auto;
  }
  [part='table'] {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.85em;
  }
  [part='table'] caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  [part='table'] th,
  [part='table'] td {
    text-align: start;
    padding: 0.2rem 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  [part='table'] td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* SVG fills are not forced: the classes keep their colours, as the regions' do (one Highlight made them one),
     outlined in CanvasText, as are the coasts (Canvas land on Canvas hid them). */
  @media (forced-colors: active) {
    .land,
    .hatch-bg {
      fill: Canvas;
    }
    .land,
    .borders,
    .member,
    .dot,
    .sphere-edge,
    [part='legend'] rect {
      stroke: CanvasText;
    }
    .land,
    .borders,
    .member {
      stroke-width: 1;
    }
    .hatch-line,
    .emphasis,
    .selected-ring {
      stroke: CanvasText;
    }
    .selected-halo {
      stroke: Canvas;
    }
    .focus-ring,
    .arc {
      stroke: Highlight;
    }
    .focus-ring + .focus-ring {
      stroke: Canvas;
    }
    [part='tooltip'] {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .off,
    .off + .dot {
      fill: Canvas;
    }
  }
`;
