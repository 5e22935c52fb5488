import { css } from 'lit';

/**
 * What the charts (bars, regions, trend) style alike: the ruler their ResizeController watches, the box their
 * tooltip is placed in (the tooltip's own rules come with its code: `tooltipStyles`, interaction.ts), gridlines and
 * axis labels, and source links.
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
  /* The bars' and the regions' chart, notes and sources (not the menu, whose popup would be clipped): in a height given
     too small for them and their type (28 px in a 400 × 300 tile) the chart keeps its own height and the notes and
     sources scroll under it inside the height, where they ran past the widget onto the page. The padding at its sides,
     given back as a margin, keeps the focus rings there from being clipped. */
  .scroll {
    overflow-y: auto;
    flex: 1 1 auto;
    min-block-size: 0;
    padding-inline: 4px;
    margin-inline: -4px;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
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
  }
`;
