import { css } from 'lit';

/**
 * The drawn tile's stylesheet: its figure, words, sparkline and source line. In the stat's lazy chunk (stat.chunk.ts),
 * adopted by the element before it draws (`CodeController`): a tile that is loading shows the base styles' status.
 */
export const statDrawnStyles = css`
  .tile {
    display: grid;
    gap: calc(var(--_space) * 0.35);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    container-type: inline-size;
    /* A container's content gives it no width: in a box as wide as its content (a flex row, a table cell, a float)
       the tile was its padding wide. This is the width it takes there. */
    contain-intrinsic-inline-size: 16rem;
    /* Fills a stretched host (a row of tiles in a dashboard) with its content at the top. */
    flex: 1 1 auto;
    align-content: start;
  }
  [part='label'] {
    /* Room for the widget menu button in the top corner. */
    padding-inline-end: calc(var(--_corner) - 0.25rem);
    font-size: 0.95em;
    color: var(--_muted);
    margin: 0;
  }
  /* As large as the tile allows, and never wider than it: --_fig-em is the figure's width in ems (the element);
     a figure still too wide (another font, --netreach-stat-size) wraps rather than widen the tile. */
  [part='value'] {
    font-size: var(--netreach-stat-size, min(clamp(2rem, 18cqi, 3.5rem), 96cqi / var(--_fig-em, 1)));
    min-inline-size: 0;
    overflow-wrap: break-word;
    font-weight: 700;
    line-height: 1.05;
    font-variant-numeric: tabular-nums;
    margin: 0;
    color: var(--_fg);
  }
  /*
   * Right to left, the figure is a word too ("۳۰ میلیون"), whose letters reach well below the baseline: as much room
   * under it as the file gives (the stat scene). In Nastaliq (Urdu) the kaf of "3 کروڑ" rises 1.8 em above the
   * baseline, which Noto Nastaliq Urdu's ascent of 1.9 em (descent 0.6) places inside a line box 2.3 em tall.
   */
  [dir='rtl'] [part='value'] {
    line-height: 1.3;
  }
  [lang|='ur'] [part='value'] {
    line-height: 2.3;
  }
  /* On a slide: at least 64 px, up to four times the (presenter-sized) text. */
  :host([presenter]) [part='value'] {
    font-size: var(--netreach-stat-size, max(4rem, min(20cqi, 4em)));
  }
  [part='named'],
  [part='figure'] {
    font-size: 0.9em;
    color: var(--_muted);
    margin: 0;
  }
  [part='growth'] {
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_accent);
    margin: 0;
  }
  [part='sparkline'] {
    display: block;
    inline-size: 100%;
    block-size: 2.5rem;
  }
  /* The growth's Nastaliq reaches 0.7 em below its baseline, under its line box (the base styles' 2.3): "نہیں" sat on
     the line, whose highest point is the box's top. */
  [lang|='ur'] [part='sparkline'] {
    margin-block-start: 0.4em;
  }
  /* The first and last points' times under the line's ends (the file's labels); on a slide, 18 px at least. */
  .times {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin: 0;
    font-size: 0.75em;
    color: var(--_muted);
  }
  :host([presenter]) .times {
    font-size: max(18px, 0.75em);
  }
  /* The scene paints the line; stretched to the tile, it keeps its width. */
  [part='sparkline'] path {
    vector-effect: non-scaling-stroke;
  }
`;
