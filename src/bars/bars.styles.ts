import { css } from 'lit';

/**
 * The bars' page-only styles: the scene gives every colour and size (as the file has them); these add what only a
 * page has — hover, focus, the entrance — and the bar colour a page may set.
 */
export const barsStyles = css`
  :host {
    /* --netreach-bar-color colours the countries' bars (the scene paints them with the accent). */
    --_bar: var(--netreach-bar-color, var(--_accent));
  }
  svg {
    font-variant-numeric: tabular-nums;
  }
  svg:focus {
    outline: none;
  }
  .grid line {
    shape-rendering: crispEdges;
  }
  .row {
    cursor: pointer;
    outline: none;
    /* The whole row is the target, not only the painted bar and texts. */
    pointer-events: bounding-box;
  }
  .row.other {
    cursor: default;
  }
  .row.country {
    --_accent: var(--_bar);
  }
  .row:hover .bar {
    opacity: 0.82;
  }
  .row:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* The entrance (NetreachElement.replay): bars grow from their baseline, in the reading direction. */
  @media screen and (prefers-reduced-motion: no-preference) {
    .enter .bar {
      transform-box: fill-box;
      transform-origin: left;
      animation: netreach-grow 0.7s ease-out both;
    }
    [dir='rtl'].enter .bar {
      transform-origin: right;
    }
  }
  @keyframes netreach-grow {
    from {
      transform: scaleX(0);
    }
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText !important;
    }
    .row[aria-selected='true'] .bar {
      fill: Highlight !important;
    }
    .row:focus-visible {
      outline-color: Highlight;
    }
  }
`;
