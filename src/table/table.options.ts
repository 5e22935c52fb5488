/** The options of `<netreach-table>`: its attributes, embed.html's parameters and `netreach render table`'s flags. Pure. */
import { BUNDLED_DATASETS } from '../core/default-dataset.js';
import { commonOptions, type OptionSpecs } from '../core/options.js';

/** The most rows the table shows (a browser lays out a 20,000-row table for seconds), and its files hold. */
export const TABLE_ROW_LIMIT = 2000;

/** Rows added per frame to a long table (and rendered as one `<tbody>`). */
export const TABLE_ROW_BATCH = 500;

export const TABLE_OPTIONS: OptionSpecs = [
  {
    property: 'of',
    attribute: 'of',
    type: 'enum',
    values: ['members', 'universities', 'regions', 'overlap'],
    default: 'members',
    docs: '`members` (default), `universities`, `regions`, or `overlap` (with `compare`: the countries in both networks, only in this one, only in the other; the default when `compare` is set).',
  },
  {
    property: 'compare',
    attribute: 'compare',
    type: 'string',
    docs: `Another network to compare with: a bundled id (${BUNDLED_DATASETS.map((id) => `\`${id}\``).join(', ')}) or the id of a \`<netreach-data>\` on the page. The table then lists the countries in three groups, with counts in its notes.`,
    cliDocs: `Another network to compare with: a bundled id (${BUNDLED_DATASETS.map((id) => `\`${id}\``).join(', ')}) or a dataset file. The table then lists the countries in three groups, with counts in its notes.`,
    example: 'silk-road',
  },
  {
    property: 'metrics',
    attribute: 'metrics',
    type: 'string',
    docs: 'The metric columns, comma- or space-separated ids; every declared metric by default.',
    example: 'virtual-students',
  },
  {
    property: 'sort',
    attribute: 'sort',
    type: 'string',
    docs: "The sorted column's id, prefixed with `-` for descending (`-virtual-students`). Clicking a header updates it. Default: by name for members and universities, the dataset's order for regions. A column the table does not have is ignored with a console warning.",
    cliDocs:
      "The sorted column's id, prefixed with `-` for descending (`--sort=-virtual-students`: a value that starts with `-` takes `=`). Default: by name for members and universities, the dataset's order for regions. A column the table does not have is refused.",
    // The configurator's placeholder: a column the default dataset's members table has (CINVU's members have no
    // metric figures, so `-virtual-students` named no column there and warned).
    example: '-region',
  },
  {
    property: 'region',
    attribute: 'region',
    type: 'string',
    docs: 'A region id: list only its members (and their universities). Set by `<netreach-dashboard>`. An id the dataset does not have is ignored with a console warning (every row is listed).',
    cliDocs: 'A region id: list only its members (and their universities). An id the dataset does not have is refused.',
    example: 'asia-and-oceania',
  },
  {
    property: 'selected',
    attribute: 'selected',
    type: 'string',
    docs: 'A member country (alpha-3), or a region id in the regions table, whose row is marked (`aria-current`, `part="row selected"`) and scrolled into view in the table’s own scroll box (never the page’s), once each time it is set. Choosing a name in the table sets it. A row the table does not have is ignored with a console warning.',
    cliDocs:
      'A member country (alpha-3, in any case), or a region id in the regions table, whose row is marked. A row the table does not have is ignored with a warning.',
    example: 'PAK',
  },
  ...commonOptions({
    state:
      'Reflects `loading`, `ready`, `empty` or `error`. `ready` once every row (up to 2,000) is rendered (see the README, "States and errors").',
  }),
];
