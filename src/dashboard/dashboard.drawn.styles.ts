import { css } from 'lit';

/**
 * The drawn dashboard. It lays its parts out by its own width (a container query), not the viewport's: one column in
 * a phone-sized box, two from 40rem, and from 60rem the map two thirds wide with the regions and the bars beside it.
 * Only a drawn dashboard needs these: they travel in its lazy chunk (dashboard.chunk.ts), and the element's shadow
 * root adopts them when the chunk is here (`CodeController`), before it draws. Its box stays in dashboard.styles.ts.
 */
export const dashboardDrawnStyles = css`
  .dashboard {
    container: netreach-dashboard / inline-size;
    /* In a box as wide as its content (a flex row, a table cell), the width of two columns: a container's content
       gives it none, and a dashboard 0 px wide never drew. */
    contain-intrinsic-inline-size: 40rem;
    min-inline-size: 0;
  }
  .layout {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) var(--_space);
    /* Room for the dashboard's menu button in the top corner. */
    padding-inline-end: 2.5rem;
  }
  /* Never wider than the header (its longest word at 20 px, 200 px wide, ran under the menu button): a word too long breaks. */
  [part='title'] {
    min-inline-size: 0;
    overflow-wrap: break-word;
    margin: 0;
    font-size: 1.4em;
    font-weight: 700;
    line-height: 1.2;
  }
  /* Nastaliq's two lines of a network's name touched at 1.2 (see the base styles' Urdu line height). */
  [lang|='ur'] [part='title'] {
    line-height: var(--_line-height);
  }
  .selection {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    margin-inline-start: auto;
  }
  [part='selection'] {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  [part='clear'] {
    font: inherit;
    font-size: 0.9em;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0.3em 0.9em;
    min-block-size: var(--_corner);
    cursor: pointer;
  }
  [part='clear']:hover {
    border-color: currentColor;
  }
  [part='kpis'] {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='kpis'] > li {
    display: grid;
    min-inline-size: 0;
  }
  .grid {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'map' 'regions' 'bars' 'trend' 'table';
  }
  .grid.no-trend {
    grid-template-areas: 'map' 'regions' 'bars' 'table';
  }
  [part~='panel'] {
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='panel'] > :not(h3) {
    flex: 1 1 auto;
    /* The panel pads it: not again as a themed widget of its own (the base styles). */
    padding: 0;
  }
  /* The map as tall as its width asks, at the top of its panel: stretched to a taller row (the regions and the bars
     beside it), it drew the world in the middle of the box, with empty bands above and below. */
  .map > netreach-map {
    flex: none;
  }
  /* The table draws its own box. */
  .table {
    padding: 0;
    border: none;
  }
  [part~='panel'] h3 {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    /* Room for the part's own menu button. */
    padding-inline-end: 2rem;
  }
  .map {
    grid-area: map;
  }
  .regions {
    grid-area: regions;
  }
  .bars {
    grid-area: bars;
  }
  /* A network without regions has no bars by region: the regions' panel, which says so, takes both areas in every
     layout (under each other or side by side), from the regions' start lines to the bars' end lines. */
  .no-bars .regions {
    grid-area: regions-start / regions-start / bars-end / bars-end;
  }
  .trend {
    grid-area: trend;
  }
  .table {
    grid-area: table;
  }
  @container netreach-dashboard (min-width: 40rem) {
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      grid-template-areas: 'map map' 'regions bars' 'trend trend' 'table table';
    }
    .grid.no-trend {
      grid-template-areas: 'map map' 'regions bars' 'table table';
    }
  }
  @container netreach-dashboard (min-width: 60rem) {
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
      grid-template-areas: 'map map regions' 'map map bars' 'trend table table';
    }
    .grid.no-trend {
      grid-template-areas: 'map map regions' 'map map bars' 'table table table';
    }
  }
  /* One "Illustrative data" badge (the dashboard's) and one list of sources, not one per part. */
  .grid > * > *::part(badge),
  [part='kpis'] ::part(badge),
  :is(.map, .regions, .bars, .table) > *::part(source) {
    display: none;
  }
  [part='sources'] {
    font-size: 0.85em;
    color: var(--_muted);
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space);
  }
  /* On a slide no text is under 18 px (see the widgets' presenter styles). */
  :host([presenter]) [part='sources'] {
    font-size: max(18px, 0.85em);
  }
  [part='sources'] h3 {
    margin: 0 0 0.35em;
    font-size: 1em;
    font-weight: 600;
    color: var(--_fg);
  }
  [part='sources'] ol {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: 0.25em;
  }
  /* Numbered in the language's digits (listCounterStyle()): a Persian list "۱.", not "1.". */
  [data-counter='persian'] {
    list-style-type: persian;
  }
  [data-counter='arabic-indic'] {
    list-style-type: arabic-indic;
  }
  [data-counter='bengali'] {
    list-style-type: bengali;
  }
  [part='sources'] a {
    color: inherit;
  }
  /* Right to left, a source's publisher and date each a box of its own, as in the widgets' source line
     (src/base/styles.ts): "CINVU (Public Relations)" wrapping at a line's end put "CINVU (Public" at the left of one
     line and "Relations)" at the right of the next. A name wider than a line still wraps, inside its box. The comma
     after a box stays on its last line (renderMeta()'s run; a line broke between them, beginning the next with
     "،"), in the list's end padding when the box is a line wide. The title, which begins its line, wraps as text:
     as a box its baseline was its last line, and the item's number stood beside that. */
  [part='sources'] .run {
    white-space: nowrap;
  }
  [part='sources'] bdi {
    white-space: normal;
  }
  [dir='rtl'] [part='sources'] ol {
    padding-inline-end: 0.5em;
  }
  [dir='rtl'] [part='sources'] bdi {
    display: inline-block;
    max-inline-size: 100%;
    text-align: right;
    text-align-last: start;
  }
`;
