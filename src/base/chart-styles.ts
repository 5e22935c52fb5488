import { css } from 'lit';

/**
 * What the charts (bars, regions, trend) style alike: the ruler their ResizeController watches, the box their
 * tooltip is placed in, the tooltip, gridlines and axis labels, and source links.
 */
export const chartStyles = css`
  /* What the ResizeController watches: the host's content width, at a height that never changes. */
  .ruler {
    block-size: 0;
    inline-size: 100%;
    overflow: hidden;
    visibility: hidden;
  }
  /* A sample text in the widget's font, as wide as the font draws it (ResizeController's probe): wide letters, narrow
     ones, digits and a space, each of which a font, its stretch or its spacing widens differently. */
  .probe {
    inline-size: max-content;
  }
  .probe::before {
    content: 'Mw il 08';
  }
  .chart {
    position: relative;
    inline-size: 100%;
  }
  [part='chart'] {
    display: block;
    user-select: none;
    -webkit-user-select: none;
  }
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
  .grid line {
    stroke: var(--_border);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  /* In forced colours --_muted is CanvasText (base styles). */
  .grid text {
    fill: var(--_muted);
  }
  [part='note'] {
    color: var(--_fg);
    font-size: 0.8em;
    margin: 0;
  }
  @media (forced-colors: active) {
    [part='note'] {
      color: CanvasText;
    }
    [part='tooltip'] {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
  }
`;
