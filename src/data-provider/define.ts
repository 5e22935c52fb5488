import { defineElement } from '../base/define.js';
import { NetreachData } from './data-provider.js';

defineElement('netreach-data', NetreachData);

declare global {
  interface HTMLElementTagNameMap {
    'netreach-data': NetreachData;
  }
}

export { NetreachData };
