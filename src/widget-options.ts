/**
 * Every widget's options by name (`bars`) or tag (`netreach-bars`): what the embed page, the command line, the
 * configurator and the API docs read. Pure and tiny: the specs only, no element. The package exports it as
 * `netreach/options`.
 */
import type { OptionSpecs } from './core/options.js';
import { BARS_OPTIONS } from './bars/bars.options.js';
import { DASHBOARD_OPTIONS } from './dashboard/dashboard.options.js';
import { MAP_OPTIONS } from './map/map.options.js';
import { REGIONS_OPTIONS } from './regions/regions.options.js';
import { STAT_OPTIONS } from './stat/stat.options.js';
import { TABLE_OPTIONS } from './table/table.options.js';
import { TREND_OPTIONS } from './trend/trend.options.js';

export * from './core/options.js';
export * from './core/option-text.js';
export { BARS_OPTIONS, DASHBOARD_OPTIONS, MAP_OPTIONS, REGIONS_OPTIONS, STAT_OPTIONS, TABLE_OPTIONS, TREND_OPTIONS };

/** The widgets and their options, in the order the docs list them. */
export const WIDGET_OPTIONS = {
  stat: STAT_OPTIONS,
  map: MAP_OPTIONS,
  bars: BARS_OPTIONS,
  regions: REGIONS_OPTIONS,
  trend: TREND_OPTIONS,
  table: TABLE_OPTIONS,
  dashboard: DASHBOARD_OPTIONS,
} as const satisfies Record<string, OptionSpecs>;

export type WidgetName = keyof typeof WIDGET_OPTIONS;

export const WIDGETS = Object.keys(WIDGET_OPTIONS) as WidgetName[];

/**
 * The widgets the command line draws as images (`netreach render`): every one — the table as its rows in a grid
 * (the image as tall as they need), the dashboard as its parts in its wide layout.
 */
export const CLI_WIDGETS = ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard'] as const satisfies readonly WidgetName[];

/** The element's tag of a widget: `netreach-bars`. */
export function widgetTag(widget: WidgetName): string {
  return `netreach-${widget}`;
}

/** The widget a name or tag means (`bars`, `netreach-bars`), or undefined. */
export function widgetName(nameOrTag: string): WidgetName | undefined {
  const name = nameOrTag
    .trim()
    .toLowerCase()
    .replace(/^netreach-/, '');
  return Object.prototype.hasOwnProperty.call(WIDGET_OPTIONS, name) ? (name as WidgetName) : undefined;
}

/** The options of a widget by name or tag, or undefined for anything else. */
export function widgetOptions(nameOrTag: string): OptionSpecs | undefined {
  const name = widgetName(nameOrTag);
  return name && WIDGET_OPTIONS[name];
}
