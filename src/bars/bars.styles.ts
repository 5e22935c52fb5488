import { css } from 'lit';

/** Shared by the charts' tooltips and source lines (bars and regions). */
export const chartChromeStyles = css`
  /* What the ResizeController watches: the host's content width, at a height that never changes. */
  .ruler {
    block-size: 0;
    inline-size: 100%;
    overflow: hidden;
    visibility: hidden;
  }
  .chart {
    position: relative;
    inline-size: 100%;
  }
  [part='tooltip'] {
    position: absolute;
    /* Physical: the widget computes left/top in the SVG's (unmirrored) coordinates. */
    left: 0;
    top: 0;
    z-index: 1;
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
  [part='tooltip'] strong {
    display: block;
    font-weight: 600;
  }
  [part='tooltip'] .detail {
    opacity: 0.85;
  }
  [part='source'] a {
    color: inherit;
  }
  @media (forced-colors: active) {
    [part='tooltip'] {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;

export const barsStyles = css`
  svg {
    display: block;
    font-size: 12px;
    font-variant-numeric: tabular-nums;
    user-select: none;
    -webkit-user-select: none;
  }
  svg:focus {
    outline: none;
  }
  .grid line {
    stroke: var(--_border);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .grid line.zero {
    stroke: var(--_muted);
  }
  .grid text {
    fill: var(--_muted);
  }
  .row {
    cursor: pointer;
    outline: none;
  }
  .row.other {
    cursor: default;
  }
  .hit {
    fill: transparent;
  }
  .row:hover .hit,
  .row.tipped .hit {
    fill: var(--_surface);
  }
  .row:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .bar {
    fill: var(--netreach-bar-color, var(--_accent));
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
  .other .bar {
    fill: color-mix(in srgb, var(--_muted) 55%, transparent);
  }
  .row[aria-selected='true'] .bar {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  .row[aria-selected='true'] .label {
    font-weight: 700;
  }
  .label {
    fill: var(--_fg);
  }
  .value {
    fill: var(--_fg);
    font-weight: 600;
  }
  .value.none {
    fill: var(--_muted);
    font-weight: 400;
    font-style: italic;
  }
  @media (forced-colors: active) {
    .bar,
    .r1 .bar,
    .r2 .bar,
    .r3 .bar,
    .r4 .bar,
    .r5 .bar,
    .r6 .bar,
    .other .bar {
      fill: CanvasText;
    }
    .row[aria-selected='true'] .bar {
      fill: Highlight;
    }
    .label,
    .value,
    .grid text {
      fill: CanvasText;
    }
    .row:focus-visible .hit {
      stroke: Highlight;
    }
  }
`;
