import { defineElement } from '../base/define.js';
import { NetreachDashboard } from './dashboard.js';

defineElement('netreach-dashboard', NetreachDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'netreach-dashboard': NetreachDashboard;
  }
}

export { NetreachDashboard };
