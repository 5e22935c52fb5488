import { css } from 'lit';

/**
 * The trend's colour, in every state. What a drawn trend needs besides (its figure, line, points and entrance) is in
 * trend.drawn.styles.ts, in the trend's lazy chunk.
 */
export const trendStyles = css`
  :host {
    --_trend-line: var(--netreach-trend-color, var(--_accent));
  }
`;
