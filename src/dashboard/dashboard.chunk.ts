/**
 * The dashboard's own code, one chunk loaded when the first dashboard connects (`DASHBOARD_CODE`): its plan and
 * selection rules, its template and the drawn dashboard's stylesheet, which the element adopts when the chunk is here
 * (`CodeController`).
 */
export { dashboardPlan, nextSelection, normalizeSelection, regionMembers } from '../core/dashboard-model.js';
export { renderDashboard } from './dashboard.view.js';
export { namedSelection } from './dashboard.named.js';
export { dashboardDrawnStyles as styles } from './dashboard.drawn.styles.js';
export { dashboardFile } from './dashboard.file.js';
export { updateDashboard } from './dashboard.update.js';
