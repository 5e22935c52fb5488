import { defineElement } from '../base/define.js';
import { NetreachTrend } from './trend.js';

defineElement('netreach-trend', NetreachTrend);

declare global {
  interface HTMLElementTagNameMap {
    'netreach-trend': NetreachTrend;
  }
}

export { NetreachTrend };
