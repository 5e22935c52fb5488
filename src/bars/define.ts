import { defineElement } from '../base/define.js';
import { NetreachBars } from './bars.js';

defineElement('netreach-bars', NetreachBars);

declare global {
  interface HTMLElementTagNameMap {
    'netreach-bars': NetreachBars;
  }
}

export { NetreachBars };
