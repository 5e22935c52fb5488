import { css } from 'lit';

/**
 * The styles of what the on-demand module draws (on-demand.ts): the menu's items, "About this data" and "View data".
 * They come with that module, and a widget's shadow root adopts them when it is here (MenuController), in the update
 * that first renders one of them: what only an open menu or panel needs is not in what every page loads. Adopted, not
 * written as a `<style>`, which a strict CSP refuses.
 */
export const onDemandStyles = css`
  /* Here, not with the button (menu.ts): its menu, whose opening adopts these, or fullscreenchange (menu.ts) loads them. */
  :host(:fullscreen) {
    background: var(--_bg, Canvas);
    padding: 2rem;
    overflow: auto;
  }
  :host(:fullscreen:not([theme])) {
    background: Canvas;
    color: CanvasText;
  }
  [part~='menu'],
  [part~='menu-message'] {
    position: absolute;
    inset-inline-end: 0;
    margin: 0.25rem 0 0;
    padding: 0.25rem;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 6px 24px rgb(0 0 0 / 18%);
  }
  [part~='menu'] {
    min-inline-size: 12rem;
    display: grid;
  }
  [part~='menu-message'] {
    inline-size: max-content;
    max-inline-size: min(18rem, 80vw);
    padding: 0.5rem 0.75rem;
    font-size: 0.85em;
  }
  :host(:not([theme])) [part~='menu'],
  :host(:not([theme])) [part~='menu-message'] {
    background: Canvas;
    color: CanvasText;
  }
  [part~='menu'] button {
    font: inherit;
    font-size: 0.9em;
    color: inherit;
    text-align: start;
    background: none;
    border: 0;
    border-radius: calc(var(--_radius) * 0.5);
    padding: 0.45rem 0.65rem;
    cursor: pointer;
  }
  [part~='menu'] button:hover,
  [part~='menu'] button:focus-visible {
    background: var(--_surface);
  }
  .data-view {
    max-block-size: 20rem;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.85em;
  }
  .data-view table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .data-view th,
  .data-view td {
    padding: 0.3rem 0.6rem;
    text-align: start;
    border-block-end: 1px solid var(--_border);
  }
  .data-view caption {
    padding: 0.4rem 0.6rem;
    text-align: start;
    font-weight: 600;
  }
  .data-view thead th {
    position: sticky;
    inset-block-start: 0;
    background: var(--_bg);
  }
  .data-view tbody th {
    font-weight: normal;
  }
  /* A figure in words ("more than 30 million") on one line: the box scrolls sideways where it must. */
  .data-view .num {
    text-align: end;
    white-space: nowrap;
  }
  [part~='about'] {
    margin-block-start: 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.85em;
    /* Urdu's taller lines (base styles) where they are taller. */
    line-height: max(1.45, var(--_line-height, 1.35));
  }
  [part~='about'] h2 {
    font-size: 1em;
    margin: 0 0 0.5rem;
  }
  [part~='about'] ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.1rem;
  }
  [part~='about'] li + li {
    margin-block-start: 0.4rem;
  }
  [part~='about'] .about-meta,
  [part~='about'] .about-backs {
    color: var(--_muted);
  }
  [part~='about'] p {
    margin: 0.15rem 0;
  }
  /* Right to left, a source's publisher, date and language each a box of its own, as in the source line: a name
     written left to right does not end one line and begin the next at its other end. Its comma stays on its last
     line (renderMeta()'s run), in the list's end padding when the box is a line wide. The title, which begins its
     line, wraps as text: as a box its baseline was its last line, and the bullet stood beside that. */
  [part~='about'] .run {
    white-space: nowrap;
  }
  [part~='about'] bdi {
    white-space: normal;
  }
  [dir='rtl'] .about-sources {
    padding-inline-end: 0.5em;
  }
  [dir='rtl'] [part~='about'] bdi {
    display: inline-block;
    max-inline-size: 100%;
    text-align: right;
    text-align-last: start;
  }
  [part~='about'] a {
    color: inherit;
  }
  [part~='about'] button {
    font: inherit;
    color: inherit;
    background: none;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    padding: 0.25rem 0.6rem;
    cursor: pointer;
  }
`;
