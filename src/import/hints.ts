/**
 * How the importer's messages tell someone which option to set. The command line (the default) says
 * `--decimal comma`; the configurator, which has fields rather than flags, passes its own wording, so that a
 * message never points a person in a browser at a flag they cannot type. Pure.
 */
import type { ColumnRole } from './headers.js';

/**
 * The options a message may point at: a column's role, a column to leave out, the network's name (and its name in
 * another language, `name-in`), the decimal mark, a sources sheet, a totals sheet, what the list of members is
 * (`listing`, `listing-by`), how its countries were put in regions (`regions-by`, and its note: `regions-note`,
 * `regions-note-in`) and a metric's id (`metric-id`).
 */
export type HintedOption =
  | Exclude<ColumnRole, 'countryName'>
  | 'ignore'
  | 'name'
  | 'name-in'
  | 'decimal'
  | 'sources'
  | 'totals'
  | 'listing'
  | 'listing-by'
  | 'listing-source'
  | 'regions-by'
  | 'regions-source'
  | 'regions-note'
  | 'regions-note-in'
  | 'metric-id';

/**
 * What follows "with" in a message ("import with --decimal comma"). `value` is what the option would be set
 * to, written as the command line takes it (`comma`, `"Notes"`, `"<header>"`), when the message knows it.
 */
export type OptionHint = (option: HintedOption, value?: string) => string;

/** `--decimal comma`, `--ignore "Notes"`, `--name`. */
export const COMMAND_LINE_HINT: OptionHint = (option, value) => `--${option}${value === undefined ? '' : ` ${value}`}`;

/**
 * A column's role in the words a person reads, in messages and the configurator's Columns list ("both look like the
 * university's website column"): the command line's flag names (`url`, `joined`) are the hint's, not the message's.
 */
export const ROLE_WORDS: Readonly<Record<Exclude<ColumnRole, 'countryName'> | 'ignore', string>> = {
  country: 'country',
  region: 'region',
  joined: 'year joined',
  by: 'listed by (source or inference)',
  university: 'university',
  city: "university's city",
  url: "university's website",
  ignore: 'leave out',
};
