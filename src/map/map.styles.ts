import { css } from 'lit';

/**
 * The map's box: its size from the first frame and its loading state. What a drawn map needs besides (its colours'
 * custom properties, the box's parts, which only a drawn map has, its marks, legend, tooltip and table) is in
 * map.drawn.styles.ts, in the map's lazy chunk.
 */
export const mapStyles = css`
  /* The map holds its place from the first frame, so that nothing around it moves when it draws (no layout
     shift), as OWID's Grapher and Highcharts do it: its box is sized before its content. The box is the map's
     width over the map's aspect ratio (a world map's in its projection while nothing is drawn) plus --_below: one
     line of legend, the row of the source line and the table button, and two more lines of small text for a note
     or a source line that wraps. While the data loads the host holds that box; once drawn, the map takes what
     the badge, legend, notes and source line leave of it: a little taller (drawn at the top, the room under it)
     when there is less under it, a little smaller when there is more, until the map would lose a fifth of its
     height and the box grows instead. A zoomed region and a legend at the side (a box of the map's own aspect
     ratio) still change the size when they draw. The box follows the width through spacers whose padding is a
     percentage (of the width, for padding), not through a size container (see .map-box): the map takes the width
     it is given, as a block does. */
  :host {
    --_world-aspect: 1.88;
  }
  :host([projection='natural-earth']) {
    --_world-aspect: 1.99;
  }
  :host([projection='mercator']) {
    --_world-aspect: 1.91;
  }
  :host([projection='orthographic']) {
    --_world-aspect: 1;
  }
  :host,
  .frame {
    /* legend line + table button (its text line, padding and border) + two small lines + the gaps between them */
    --_below: calc(3.2em * var(--_line-height, 1.35) + 0.4rem + 2px + var(--_space));
  }
  :host([legend='none']),
  :host([legend='none']) .frame {
    --_below: calc(2.4em * var(--_line-height, 1.35) + 0.4rem + 2px + var(--_space) * 0.5);
  }
  /* While it loads (before its first render too: a widget still waiting after a moment renders "Loading…",
     NetreachElement's shouldUpdate()) the host holds that box itself, in place of the base styles' status line: a
     spacer the frame lies over, side by side in a row (the spacer as wide as the host, its inline-end margin as
     much less: exact whatever either's height; a negative block margin had to be the spacer's height, the width's,
     and held it past a height given). As the drawn map's .fixed::before, the spacer is sized by the width and
     aspect-ratio, no taller than a height the page gives the map (a slide's); the row is as tall as the taller of
     the two, the frame its content's, as in the column once drawn (the map measures the same box). A row, not one
     grid cell: that cost the 100 maps 5 % (s36-11). */
  :host([state='loading']) {
    flex-direction: row;
  }
  :host([state='loading'])::before {
    flex: none;
    inline-size: 100%;
    margin-inline-end: -100%;
    box-sizing: content-box;
    aspect-ratio: var(--_world-aspect);
    padding-block: 0 var(--_below);
    max-block-size: calc(100% - var(--_below));
  }
  :host([state='loading']) .frame {
    inline-size: 100%;
    min-inline-size: 0;
    margin: 0;
  }
`;
