import { defineElement } from '../base/define.js';
import { NetreachRegions } from './regions.js';

defineElement('netreach-regions', NetreachRegions);

declare global {
  interface HTMLElementTagNameMap {
    'netreach-regions': NetreachRegions;
  }
}

export { NetreachRegions };
