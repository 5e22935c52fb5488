import { defineElement } from '../base/define.js';
import { NetreachTable } from './table.js';

defineElement('netreach-table', NetreachTable);

declare global {
  interface HTMLElementTagNameMap {
    'netreach-table': NetreachTable;
  }
}

export { NetreachTable };
