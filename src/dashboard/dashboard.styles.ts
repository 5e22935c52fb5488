import { css } from 'lit';

/**
 * The dashboard's box, in every state. What the drawn dashboard needs besides (its layout, header, tiles, panels and
 * sources) is in dashboard.drawn.styles.ts, in the dashboard's lazy chunk.
 */
export const dashboardStyles = css`
  :host {
    --_gap: calc(var(--_space) * 1.25);
  }
`;
