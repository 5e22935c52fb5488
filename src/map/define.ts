import { defineElement } from '../base/define.js';
import { NetreachMap } from './map.js';

defineElement('netreach-map', NetreachMap);

declare global {
  interface HTMLElementTagNameMap {
    'netreach-map': NetreachMap;
  }
}

export { NetreachMap };
