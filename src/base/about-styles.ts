/**
 * The styles of the "About this data" panel (about-panel.ts). Part of every widget's styles from the start, so
 * that the panel, which is loaded on demand, needs no stylesheet of its own (a strict CSP refuses <style>).
 */
import { css } from 'lit';

export const aboutStyles = css`
  [part~='about'] {
    margin-block-start: 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.85em;
    line-height: 1.45;
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
