import { css } from 'lit';

export const barsStyles = css`
  svg {
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  svg:focus {
    outline: none;
  }
  .grid line.zero {
    stroke: var(--_muted);
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
  /* --_fg, like --_muted, is CanvasText in forced colours (base styles). */
  .label,
  .value {
    fill: var(--_fg);
  }
  .value {
    font-weight: 600;
  }
  .value.none {
    fill: var(--_muted);
    font-weight: 400;
    font-style: italic;
  }
  /* The entrance (NetreachElement.replay): bars grow from their baseline, in the reading direction. */
  @media (prefers-reduced-motion: no-preference) {
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
    .row:focus-visible .hit {
      stroke: Highlight;
    }
  }
`;
