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
  {
    property: 'statSize',
    attribute: 'stat-size',
    type: 'number',
    min: 1,
    cssProperty: '--netreach-stat-size',
    docs: "Not an attribute: a page's `--netreach-stat-size` is this option in `toSVG()` and `toPNG()`.",
    cliDocs: "The big number's size in pixels on a 960×540 image (twice on 1920×1080), at most what fits; unset, as large as fits.",
    example: '120',
    embed: false,
    unavailable: 'a page sets --netreach-stat-size',
  },
  // The sparkline's.
  TIME_DIRECTION_OPTION,
  ...commonOptions(),
];
