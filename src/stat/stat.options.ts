/** The options of `<netreach-stat>`: its attributes, embed.html's parameters and `netreach render stat`'s flags. Pure. */
import { commonOptions, TIME_DIRECTION_OPTION, type OptionSpecs } from '../core/options.js';
import { COUNTRIES_METRIC } from '../core/types.js';

export const STAT_OPTIONS: OptionSpecs = [
  {
    property: 'metric',
    attribute: 'metric',
    type: 'string',
    default: COUNTRIES_METRIC,
    docs: 'The metric id; `countries` (the built-in member count) by default.',
    example: 'virtual-students',
  },
  // The sparkline's.
  TIME_DIRECTION_OPTION,
  ...commonOptions(),
];
