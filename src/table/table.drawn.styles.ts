import { css } from 'lit';

/**
 * The drawn table: its grid, sticky header, scroll shadows and buttons. Only a drawn table needs them: they travel in
 * the table's lazy chunk (table.chunk.ts), and the element's shadow root adopts them when the chunk is here
 * (`CodeController`), before the table first draws. The box stays in table.styles.ts.
 */
export const tableDrawnStyles = css`
  /* The sticky header needs an opaque background: the theme's, else the page's own (measured by the element into
     --_page-bg: a grey page gets a grey header), else Canvas. A page's dark-mode switch (a class on <html>) changes
     the text colour inherited here: the transition it starts (step-start: the new colour at once) has it
     read the page's background again (pageBackground()). */
  [part='scroll'] {
    --_header-bg: var(--netreach-table-header-background, var(--netreach-background, var(--_page-bg, Canvas)));
    transition: color 1ms step-start;
  }
  :host([theme]) [part='scroll'] {
    --_header-bg: var(--netreach-table-header-background, var(--_bg));
  }
  /* A table wider or taller than its box says so: shadows at the edges that have more rows or columns behind them
     (they cover themselves at the scroll's ends: background-attachment local over scroll). Covers in the header's
     opaque colour, so only a box that scrolls has them: one that does not has a transparent --_page-bg, and a
     shadow nothing covers. The top shadow sits under the sticky header (--_head), not behind it. In the text's colour: a black
     shadow did not show on the dark theme. */
  [data-scrolls-x] {
    --_cue-x:
      linear-gradient(to right, var(--_header-bg) 40%, transparent) left / 2.5em 100% no-repeat local,
      linear-gradient(to left, var(--_header-bg) 40%, transparent) right / 2.5em 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, color-mix(in srgb, currentColor 22%, transparent), transparent) left / 0.9em 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, color-mix(in srgb, currentColor 22%, transparent), transparent) right / 0.9em 100% no-repeat scroll;
  }
  [data-scrolls-y] {
    --_cue-y:
      linear-gradient(var(--_header-bg) calc(var(--_head) + 1em), transparent) top / 100% calc(var(--_head) + 2.5em)
        no-repeat local,
      linear-gradient(to top, var(--_header-bg) 40%, transparent) bottom / 100% 2.5em no-repeat local,
      radial-gradient(farthest-side at 50% 0, color-mix(in srgb, currentColor 22%, transparent), transparent) 0 var(--_head) / 100% 0.9em no-repeat
        scroll,
      radial-gradient(farthest-side at 50% 100%, color-mix(in srgb, currentColor 22%, transparent), transparent) bottom / 100% 0.9em no-repeat scroll;
  }
  [data-scrolls-x],
  [data-scrolls-y] {
    background: var(--_cue-x, none), var(--_cue-y, none), var(--_header-bg);
  }
  [part='scroll'] {
    max-block-size: var(--_max-height);
    /* A row's name focused by Up (RovingFocusController) scrolls into view below the sticky header, not under it:
       --_head is the header's height, measured (fitScrollBox()). */
    scroll-padding-block-start: var(--_head);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overscroll-behavior: contain;
  }
  [part='scroll']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  .note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  /* Its end clear of the menu button in the corner (2rem) that its first line shares. */
  caption {
    caption-side: top;
    text-align: start;
    font-weight: 600;
    padding: calc(var(--_space) * 0.6) var(--_space);
    padding-inline-end: calc(2rem + var(--_space) * 0.5);
  }
  /* A table wider than its box: the caption, as wide as the table, would be cut at the box's edge. It wraps to the
     box's width (--_box-inline, set by the element) and stays in view as the table scrolls sideways. */
  [data-scrolls-x] caption {
    box-sizing: border-box;
    max-inline-size: var(--_box-inline);
    position: sticky;
    inset-inline-start: 0;
  }
  th,
  td {
    padding: 0.4em var(--_space);
    text-align: start;
    vertical-align: baseline;
    border-block-end: 1px solid var(--_border);
  }
  tbody th {
    font-weight: 500;
  }
  /* Names wrap, but not to a word a line: a narrow box scrolls sideways instead. */
  tbody th:not(.num),
  tbody td:not(.num) {
    min-inline-size: 8em;
  }
  /* A narrow box (COMPACT_WIDTH, table.view.ts): a phone's three columns fit. */
  .compact tbody th,
  .compact tbody td,
  .compact tfoot th,
  .compact tfoot td,
  .compact [part='sort-button'] {
    padding-inline: calc(var(--_space) * 0.5);
  }
  /* 6.5 em: "Europe and" still fits a line (at 6 em, "Europe and America" took three). */
  .compact tbody th:not(.num),
  .compact tbody td:not(.num) {
    min-inline-size: 6.5em;
  }
  /* A header is as wide as its longest word and its sort arrow: the regions' three columns fit a 290 px box. */
  .compact [part='sort-button'] {
    gap: 0.2em;
    padding-inline: calc(var(--_space) * 0.375);
  }
  .compact .arrow {
    inline-size: 0.6em;
    block-size: 0.6em;
  }
  /* Cells named by tag, not "> *": see the selectors' note in src/base/styles.ts. */
  tbody:last-of-type tr:last-child > th,
  tbody:last-of-type tr:last-child > td {
    border-block-end: none;
  }
  tr[aria-current] > th,
  tr[aria-current] > td {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }
  tr[aria-current] > th {
    font-weight: 700;
    text-decoration: underline 2px var(--_accent);
    text-underline-offset: 0.2em;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_header-bg);
    padding: 0;
    font-weight: 600;
    vertical-align: bottom;
    border-block-end: 1px solid color-mix(in srgb, currentColor 35%, transparent);
  }
  tfoot th,
  tfoot td {
    font-weight: 600;
    border-block-start: 1px solid color-mix(in srgb, currentColor 35%, transparent);
    border-block-end: none;
  }
  .num {
    text-align: end;
  }
  :is(tbody, tfoot) .num {
    white-space: nowrap;
  }
  .no-data {
    color: var(--_muted);
    font-style: italic;
  }
  [part='sort-button'] {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: 0.35em;
    inline-size: 100%;
    padding: 0.5em var(--_space);
    cursor: pointer;
    font: inherit;
    color: inherit;
  }
  .num [part='sort-button'] {
    justify-content: flex-end;
  }
  [part='sort-button']:hover {
    background: var(--_surface);
  }
  /* A target 24 px tall at least (WCAG 2.5.8), into the cell's padding: the margins take back what the padding adds
     (a button lays out as an inline block), so rows are no taller. */
  [part='row-button'] {
    all: unset;
    padding-block: calc(12px - 0.5em);
    margin-block: min(0px, 0.5em - 12px);
    cursor: pointer;
    text-align: start;
    text-decoration: underline dotted color-mix(in srgb, currentColor 45%, transparent);
    text-underline-offset: 0.2em;
  }
  [part='row-button']:hover {
    text-decoration-style: solid;
  }
  [part='row-button'][aria-pressed='true'] {
    font-weight: 600;
  }
  [part='row-button']:focus-visible,
  [part='sort-button']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .arrow {
    flex: none;
    inline-size: 0.7em;
    block-size: 0.7em;
    fill: currentColor;
    opacity: 0.3;
  }
  [aria-sort] .arrow {
    opacity: 1;
  }
  [aria-sort='descending'] .arrow {
    transform: rotate(180deg);
  }
  a {
    color: inherit;
  }
  [part='source'] {
    margin-block-start: calc(var(--_space) * 0.25);
  }
  @media (forced-colors: active) {
    /* The covers in the forced background, not a theme's light one under the forced (light) text. */
    :host([theme]) [part='scroll'],
    [part='scroll'] {
      --_header-bg: Canvas;
    }
    thead th {
      background: Canvas;
    }
    .arrow {
      fill: CanvasText;
    }
  }
`;
