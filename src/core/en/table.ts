/**
 * The table’s English strings, in its chunk: added to English as that chunk loads (`addEnglish()`), so that a
 * page gets the English of the code it runs only. Every other language keeps all its strings in its own chunk.
 */
import { addEnglish, type Message } from '../i18n.js';

export const TABLE_ENGLISH = {
  tableTruncated: {
    one: 'The first {shown} of {count} row; the CSV download has them all.',
    other: 'The first {shown} of {count} rows; the CSV download has them all.',
  },
  /** A table in a box too short for even its first row (a dashboard's file in a tall script). */
  tableNoRoom: {
    one: "No room here for the table's {count} row; the CSV download has it.",
    other: "No room here for the table's {count} rows; the CSV download has them all.",
  },
  /** Columns a box too narrow for them leaves out (a dashboard's file). */
  tableColumnsLeftOut: 'No room here for these columns: {list}; the CSV download has them.',
  /** Shares that, rounded as shown, do not add up to their total's (47%, 47% and 5% beside 100%). */
  tableSharesRounded: 'The shares are rounded: together they make {sum}, not {total}.',
  tableCaptionUniversities: '{network}: universities',
  tableCaptionRegions: '{network}: members by region',
  tableCountry: 'Country',
  tableRegion: 'Region',
  tableJoined: 'Joined',
  tableUniversity: 'University',
  tableCity: 'City',
  tableShare: 'Share',
  /** Said (a polite live region) when the reader sorts: the header's `aria-sort` alone is heard only on the header. */
  tableSortedUp: 'Sorted by {column}, ascending',
  tableSortedDown: 'Sorted by {column}, descending',
  tableAsWritten: 'As written in the source',
  tableOmitted: 'Not shown, as the sources give no figure per country: {list}.',
  tableNoFigures: 'The sources give no figure per country: {list}.',
} satisfies Record<string, Message>;

addEnglish(TABLE_ENGLISH);
