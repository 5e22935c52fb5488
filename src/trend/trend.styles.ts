import { css } from 'lit';

export const trendStyles = css`
  :host {
    --_trend-line: var(--netreach-trend-color, var(--_accent));
    min-inline-size: 0;
  }
  figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
  }
  [part='title'] {
    font-weight: 600;
    margin: 0;
  }
  .chart {
    min-block-size: 1px;
  }
  [part='chart'] {
    /* Never wider than the box (so a shrinking container can shrink it); redrawn at the new width. */
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
    font-size: 12px;
    font-variant-numeric: tabular-nums;
    touch-action: pan-y;
  }
  .grid line.zero {
    stroke: color-mix(in srgb, currentColor 45%, transparent);
  }
  .axis text {
    fill: var(--_muted);
  }
  [part='line'] {
    fill: none;
    stroke: var(--_trend-line);
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  [part='area'] {
    fill: color-mix(in oklab, var(--_trend-line) 18%, transparent);
    stroke: none;
  }
  .point {
    outline: none;
    cursor: default;
  }
  .point .dot {
    fill: var(--_bg);
    stroke: var(--_trend-line);
    stroke-width: 2.5;
  }
  /* Without a theme the background is the page's: Canvas follows its color-scheme. */
  :host(:not([theme])) .point .dot {
    fill: var(--netreach-background, Canvas);
  }
  .point .hit {
    fill: transparent;
  }
  .point .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2.5;
    opacity: 0;
  }
  .point:focus-visible .ring {
    opacity: 1;
  }
  .point.highlighted .dot {
    fill: var(--_trend-line);
  }
  .point .value {
    fill: var(--_fg);
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  :host(:not([theme])) .point .value {
    stroke: var(--netreach-background, Canvas);
  }
  /* The entrance (NetreachElement.replay): the line draws, the area and points fade in. */
  @media (prefers-reduced-motion: no-preference) {
    .enter [part='line'] {
      stroke-dasharray: 1 1;
      animation: netreach-trend-draw 900ms ease-out both;
    }
    .enter [part='area'],
    .enter .point {
      animation: netreach-in 900ms ease-out both;
    }
  }
  @keyframes netreach-trend-draw {
    from {
      stroke-dashoffset: 1;
    }
  }
  :host([presenter]) [part='line'],
  :host([presenter]) .point .dot {
    stroke-width: 4;
  }
  @media (forced-colors: active) {
    [part='line'],
    .point .dot {
      stroke: CanvasText;
    }
    [part='area'] {
      fill: none;
    }
    .point .ring {
      stroke: Highlight;
    }
    .point .value {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
