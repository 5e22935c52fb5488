import { css } from 'lit';

/**
 * The drawn trend: its figure, line, points, focus and entrance. Only a drawn trend needs them: they travel in the
 * trend's lazy chunk (trend.chunk.ts), and the element's shadow root adopts them when the chunk is here
 * (`CodeController`), before the trend first draws. Its colour stays in trend.styles.ts.
 */
export const trendDrawnStyles = css`
  /* A height the page gives the trend is shared out here: the chart's box grows or shrinks (from the height it asks
     for, its flex basis: styleTrendBox()) to what the title, notes and sources leave, and the chart is drawn at it. */
  figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    min-inline-size: 0;
    flex: 1 1 auto;
    min-block-size: 0;
  }
  /* A height given too small for the chart and what is under it (28 px type in a 300 px tile left it 1 px): the chart
     keeps its least height (its flex basis then, keptLeast() in fitTrend()) and grows from it with any room (which
     its box's ResizeObserver hears: the chart then lets it go), and the figure scrolls inside the given height, the
     chart first, the notes and sources under it, as the map's content does. */
  figure.least {
    overflow-y: auto;
  }
  .least .chart {
    flex-shrink: 0;
  }
  /* A word longer than the line breaks rather than run under the menu button (a presenter's "دانشجویان" 200 px wide). */
  [part='title'] {
    font-weight: 600;
    margin: 0;
    overflow-wrap: break-word;
  }
  /* The chart starts below the menu button (--_corner, in the corner the title's line shares): its top labels (the last
     point's, "30M+") were under it where the root's font is larger than the widget's 1.35 lines of title. */
  :host(:not([controls='none'])) [part='title'] {
    min-block-size: calc(var(--_corner) - var(--_space) * 0.5);
    padding-inline-end: var(--_corner);
  }
  /* A page's dark-mode switch (a class on <html>) changes the text colour inherited here: the transition it starts
     (step-start: the new colour at once) has the page's background read again (pageBackground()). */
  .chart {
    flex: 1 1 auto;
    min-block-size: 1px;
    transition: color 1ms step-start;
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
  /*
   * The scene paints with the theme's roles (var(--_accent), var(--_bg) … as inline styles): the chart's accent is
   * the trend's colour, and without a theme a dot and a label's halo take the page's background (measured by the
   * element into --_page-bg, as the table's header does).
   */
  [part='chart'] {
    --_accent: var(--_trend-line);
  }
  :host(:not([theme])) [part='chart'] {
    --_bg: var(--netreach-background, var(--_page-bg, Canvas));
  }
  [part='line'] {
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .point {
    outline: none;
    cursor: default;
  }
  /* Interaction states beat the scene's inline paints. */
  .point.highlighted .dot {
    fill: var(--_accent) !important;
  }
  /* The focus ring: the dot grows, drawn in the focus colour. */
  .point:focus-visible .dot {
    r: 7px;
    stroke: var(--_focus) !important;
    stroke-width: 3px !important;
  }
  /* The entrance (NetreachElement.replay): the line draws, the area and points fade in. */
  @media screen and (prefers-reduced-motion: no-preference) {
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
  @media (forced-colors: active) {
    [part='chart'] {
      --_accent: CanvasText;
    }
    [part='area'] {
      visibility: hidden;
    }
    .point:focus-visible .dot {
      stroke: Highlight !important;
    }
  }
`;
