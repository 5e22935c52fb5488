import { css } from 'lit';

/**
 * The table's box, in every state. What a drawn table needs besides (the grid, its header, buttons and shadows) is in
 * table.drawn.styles.ts, in the table's lazy chunk.
 */
export const tableStyles = css`
  :host {
    --_max-height: var(--netreach-table-max-height, 24rem);
  }
  /* What the ResizeController watches: the host's content width, at a height that never changes. */
  .ruler {
    block-size: 0;
    inline-size: 100%;
    overflow: hidden;
    visibility: hidden;
  }
`;
