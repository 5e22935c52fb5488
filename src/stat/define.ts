import { defineElement } from '../base/define.js';
import { NetreachStat } from './stat.js';

defineElement('netreach-stat', NetreachStat);

declare global {
  interface HTMLElementTagNameMap {
    'netreach-stat': NetreachStat;
  }
}

export { NetreachStat };
