/** The options of `<netreach-bars>`: its attributes, embed.html's parameters and `netreach render bars`'s flags. Pure. */
import { commonOptions, type OptionSpecs } from '../core/options.js';
import { COUNTRIES_METRIC } from '../core/types.js';

export const BARS_OPTIONS: OptionSpecs = [
  {
    property: 'metric',
    attribute: 'metric',
    type: 'string',
    default: COUNTRIES_METRIC,
    docs: 'The metric id; `countries` (member count) by default.',
    example: 'virtual-students',
  },
  {
    property: 'groupBy',
    attribute: 'group-by',
    type: 'enum',
    values: ['region', 'country'],
    default: 'region',
    docs: '`region` (default) or `country`.',
  },
  {
    property: 'limit',
    attribute: 'limit',
    type: 'number',
    integer: true,
    min: 0,
    docs: 'Rows shown before the rest is folded into "Other (n)"; default 10 for countries, all regions. `0`: all.',
    example: '8',
  },
  {
    property: 'sort',
    attribute: 'sort',
    type: 'enum',
    values: ['value', 'name', 'none'],
    default: 'value',
    docs: '`value` (default: largest first, "No data" last), `name`, or `none` (the dataset\'s order).',
  },
  {
    property: 'selected',
    attribute: 'selected',
    type: 'string',
    docs: 'The selected country (alpha-3) or region id; set by clicks and Enter, cleared by Escape, or set by the page. One the bars do not have is ignored with a console warning.',
    cliDocs:
      'The selected country (alpha-3, in any case) or region id, outlined. One the bars do not have is ignored with a warning (none is selected).',
    example: 'asia-and-oceania',
  },
  ...commonOptions({
    state:
      'Reflects `loading`, `ready`, `empty` or `error`. `ready` once drawn at its measured size; `loading` while hidden before its first drawing (see the README, "States and errors").',
  }),
];
