import { css } from 'lit';

/**
 * The bars' page-only styles: what only a page has — hover, focus, the entrance — and the bar colour a page may set;
 * and the rows' paints, by class, as the scene paints them in files (bars.scene.ts): a style on each of 57 rows'
 * bar, label and value kept the browser from sharing their computed styles, and drew in 1.03× the CPU.
 */
export const barsStyles = css`
  :host {
    /* --netreach-bar-color colours the countries' bars (the scene paints them with the accent). */
    --_bar: var(--netreach-bar-color, var(--_accent));
  }
  svg {
    font-variant-numeric: tabular-nums;
  }
  svg:focus {
    outline: none;
  }
  /* The scene's paints (bars.scene.ts: barPaint() and the text marks), at the chart's font size (its <svg>'s). */
  text {
    fill: var(--_fg);
  }
  .bar {
    fill: var(--_accent);
  }
  .r1 .bar {
    fill: var(--_region-1);
  }
  .r2 .bar {
    fill: var(--_region-2);
  }
  .r3 .bar {
    fill: var(--_region-3);
  }
  .r4 .bar {
    fill: var(--_region-4);
  }
  .r5 .bar {
    fill: var(--_region-5);
  }
  .r6 .bar {
    fill: var(--_region-6);
  }
  .r7 .bar {
    fill: var(--_region-7);
  }
  .r8 .bar {
    fill: var(--_region-8);
  }
  .other .bar {
    fill: var(--_muted);
    opacity: 0.55;
  }
  [aria-selected='true'] > .bar {
    stroke: var(--_fg);
    stroke-width: 2px;
  }
  [aria-selected='true'] > .label {
    font-weight: 700;
  }
  .value {
    font-weight: 600;
  }
  /* "No data": in the row's weight, as a label is. */
  .value.none {
    font-weight: inherit;
    font-style: italic;
    fill: var(--_muted);
  }
  /* The grid's lines and text otherwise as chartStyles (chart-styles.ts), which comes before these. */
  .grid .zero {
    stroke: var(--_muted);
  }
  .grid text {
    font-size: 0.9em;
  }
  .row {
    cursor: pointer;
    outline: none;
    /* The whole row is the target, not only the painted bar and texts. */
    pointer-events: bounding-box;
  }
  .row.other {
    cursor: default;
  }
  .row.country {
    --_accent: var(--_bar);
  }
  .row:hover .bar {
    opacity: 0.82;
  }
  .row:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The entrance (NetreachElement.replay): bars grow from their baseline, in the reading direction. */
  @media screen and (prefers-reduced-motion: no-preference) {
    .enter .bar {
      transform-box: fill-box;
      transform-origin: left;
      animation: netreach-grow 0.7s ease-out both;
    }
    [dir='rtl'].enter .bar {
      transform-origin: right;
    }
  }
  @keyframes netreach-grow {
    from {
      transform: scaleX(0);
    }
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText !important;
    }
    .row[aria-selected='true'] .bar {
      fill: Highlight !important;
    }
    .row:focus-visible {
      outline-color: Highlight;
    }
  }
`;
