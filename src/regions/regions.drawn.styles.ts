import { css } from 'lit';

/**
 * The regions' page-only styles: the scene gives every colour and size (as the file has them); these add the
 * layout beside the legend, hover, focus and the entrance. In the regions' lazy chunk (regions.chunk.ts), adopted by
 * the element before it draws (`CodeController`).
 */
export const regionsDrawnStyles = css`
  /* The legend (renderLegend(), regions.legend.ts): a list, or buttons that select (aria-pressed). First, as it was
     in the chart's styles (src/base/chart-styles.ts), which come before this sheet. */
  [part='legend'] {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    margin: 0;
    padding: 0;
    list-style: none;
    min-inline-size: 0;
  }
  [part='legend-item'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font: inherit;
    color: var(--_fg);
    text-align: start;
    background: transparent;
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.3em 0.6em;
  }
  button[part='legend-item'] {
    cursor: pointer;
  }
  button[part='legend-item']:hover {
    background: var(--_surface);
  }
  button[part='legend-item']:focus {
    outline: none;
  }
  button[part='legend-item']:focus-visible {
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
  .swatch.circle,
  .swatch.ring {
    border-radius: 50%;
  }
  .swatch.ring {
    border: 2px solid;
  }
  .swatch.line {
    block-size: 3px;
  }
  .figure {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    [part='legend-item'] {
      color: CanvasText;
    }
    [part='legend-item'][aria-pressed='true'] {
      border-color: Highlight;
    }
  }
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
  .legend-box {
    min-inline-size: 0;
  }
  /* Beside the chart, the legend keeps clear of the menu button's corner (menuCorner(): --_corner and 8 px), or goes below
     the chart: its first entry reached under the button at a 20 px root font. Not shrunk by it alone on its line. */
  :host(:not([controls='none'])) .legend-box {
    flex: none;
    max-inline-size: 100%;
    margin-inline-end: calc(var(--_corner) + 8px);
  }
  .cell,
  .slice {
    transition: opacity 0.15s ease;
  }
  svg .item {
    cursor: pointer;
    outline: none;
  }
  svg .item:hover :where(.cell),
  svg .item:hover :where(.slice) {
    stroke: var(--_fg);
    stroke-width: 2px;
  }
  /* The entrance (NetreachElement.replay): the squares or slices appear region by region (delays: below). */
  @media screen and (prefers-reduced-motion: no-preference) {
    .enter :where(.cell),
    .enter :where(.slice) {
      animation: netreach-in 0.5s ease-out both;
    }
  }
  /* The regions' delays, as the base styles' region colours' (.enter .r2 and on). */
  .enter .c2 {
    animation-delay: 0.3s;
  }
  .enter .c3 {
    animation-delay: 0.6s;
  }
  .enter .c4 {
    animation-delay: 0.9s;
  }
  .enter .c5 {
    animation-delay: 1.2s;
  }
  .enter .c6 {
    animation-delay: 1.5s;
  }
  .enter .c7 {
    animation-delay: 1.8s;
  }
  .enter .c8 {
    animation-delay: 2.1s;
  }
  @media (prefers-reduced-motion: reduce) {
    .cell,
    .slice {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    svg .item:hover :where(.cell),
    svg .item:hover :where(.slice) {
      stroke: Highlight;
    }
    .total,
    .total-label {
      fill: CanvasText !important;
    }
  }
`;
