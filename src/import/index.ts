/**
 * `netreach/import`: from a spreadsheet to a dataset, and checking a dataset's JSON text. Pure and DOM-free —
 * the command line (`netreach import`, `netreach check`) and the configurator use the same functions. Not
 * part of any widget bundle: load it when someone brings data (`await import('netreach/import')`).
 */
export {
  importTable,
  describePlace,
  describeMatch,
  type ImportOptions,
  type ImportResult,
  type ImportReport,
  type ImportProblem,
  type ImportNote,
  type CountryReport,
  type ColumnReport,
  type NamedColumn,
  type ProblemCode,
  type SheetName,
  type SheetPlace,
} from './import-table.js';
export { checkDataset, type CheckProblem } from './check.js';
export { matchCountry, EXACT_MATCHES, type CountryMatch, type CountryCandidate, type MatchHow } from './match-country.js';
export { parseNumberCell, type DecimalMark, type NumberCell } from './numbers.js';
export { readSheet, detectDelimiter, decodeSheet, type Delimiter, type Sheet } from './sheet.js';
export { importSummary, matchesToCheck } from './report.js';
export { COMMAND_LINE_HINT, ROLE_WORDS, type HintedOption, type OptionHint } from './hints.js';
export { HEADER_NAMES, type ColumnRole } from './headers.js';
export { COUNTRY_ALIASES, AMBIGUOUS_NAMES } from './aliases.js';
export { memberRows, toCsv } from '../core/csv.js';
