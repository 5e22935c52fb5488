import { css } from 'lit';

export const regionsStyles = css`
  .body {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .chart {
    inline-size: auto;
    flex: 0 0 auto;
  }
  .cell,
  .slice {
    transition: opacity 0.15s ease;
  }
  .slice {
    cursor: pointer;
  }
  .c1 {
    fill: var(--_region-1);
    background: var(--_region-1);
  }
  .c2 {
    fill: var(--_region-2);
    background: var(--_region-2);
  }
  .c3 {
    fill: var(--_region-3);
    background: var(--_region-3);
  }
  .c4 {
    fill: var(--_region-4);
    background: var(--_region-4);
  }
  .c5 {
    fill: var(--_region-5);
    background: var(--_region-5);
  }
  .c6 {
    fill: var(--_region-6);
    background: var(--_region-6);
  }
  .dim {
    opacity: 0.25;
  }
  .tipped {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  .total {
    fill: var(--_fg);
    font-size: 28px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .total-label {
    fill: var(--_muted);
    font-size: 12px;
  }
  [part='legend'] {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  [part='legend-item'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font: inherit;
    color: inherit;
    text-align: start;
    background: transparent;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.3em 0.6em;
    cursor: pointer;
  }
  [part='legend-item']:hover {
    background: var(--_surface);
  }
  [part='legend-item']:focus {
    outline: none;
  }
  [part='legend-item']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  [part='legend-item'][aria-pressed='true'] {
    border-color: currentColor;
    font-weight: 600;
  }
  .swatch {
    flex: none;
    inline-size: 0.9em;
    block-size: 0.9em;
    border-radius: 2px;
    forced-color-adjust: none;
  }
  .figure {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .unit {
    font-size: 0.8em;
    color: var(--_muted);
    margin: 0;
  }
  /* The entrance (NetreachElement.replay): the squares or slices appear region by region (delays: base styles). */
  @media (prefers-reduced-motion: no-preference) {
    .enter :where(.cell, .slice) {
      animation: netreach-in 0.5s ease-out both;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .cell,
    .slice {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .tipped {
      stroke: Highlight;
    }
    .total,
    .total-label {
      fill: CanvasText;
    }
    [part='legend-item'][aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
