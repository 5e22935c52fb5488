/** The options of `<netreach-regions>`: its attributes, embed.html's parameters and `netreach render regions`'s flags. Pure. */
import { commonOptions, type OptionSpecs } from '../core/options.js';
import { COUNTRIES_METRIC } from '../core/types.js';

export const REGIONS_OPTIONS: OptionSpecs = [
  {
    property: 'type',
    attribute: 'type',
    type: 'enum',
    values: ['waffle', 'donut'],
    default: 'waffle',
    docs: '`waffle` (default) or `donut`.',
  },
  {
    property: 'metric',
    attribute: 'metric',
    type: 'string',
    default: COUNTRIES_METRIC,
    docs: 'A metric to show per region instead of member countries (`countries`, the default).',
    example: 'virtual-students',
  },
  {
    property: 'selected',
    attribute: 'selected',
    type: 'string',
    docs: 'The highlighted region id; set by the legend and by clicking a slice, cleared by Escape, or set by the page. An id the dataset does not have is ignored with a console warning.',
    cliDocs:
      'The highlighted region id: the other regions dimmed. An id the dataset does not have is ignored with a warning (none is dimmed).',
    example: 'asia-and-oceania',
  },
  ...commonOptions({
    state:
      'Reflects `loading`, `ready`, `empty` or `error`. `ready` once drawn at its measured size; `loading` while hidden before its first drawing (see the README, "States and errors").',
  }),
];
