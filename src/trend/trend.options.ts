/** The options of `<netreach-trend>`: its attributes, embed.html's parameters and `netreach render trend`'s flags. Pure. */
import { commonOptions, TIME_DIRECTION_OPTION, type OptionSpecs } from '../core/options.js';

export const TREND_OPTIONS: OptionSpecs = [
  {
    property: 'metric',
    attribute: 'metric',
    type: 'string',
    docs: 'The metric id. By default the first metric with at least two totals (else the first with any).',
    example: 'virtual-students',
  },
  {
    property: 'type',
    attribute: 'type',
    type: 'enum',
    values: ['line', 'area'],
    default: 'line',
    docs: '`line` (default) or `area`.',
  },
  {
    property: 'height',
    attribute: 'height',
    type: 'number',
    min: 1,
    docs: "The chart's height in pixels; by default half its width, between 180 and 340. A CSS height on the element wins: the chart takes what its title, notes and sources leave of it.",
    example: '300',
    cli: false,
    unavailable: "the command line's --height is the image's height, and the chart fills it",
  },
  TIME_DIRECTION_OPTION,
  ...commonOptions({
    state:
      'Reflects `loading`, `ready`, `empty` or `error`. `ready` once drawn at its measured size; `loading` while hidden before its first drawing (see the README, "States and errors").',
  }),
];
