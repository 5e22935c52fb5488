/**
 * An import's report in words, as the command line prints it and the configurator shows it: what was read, and
 * which countries a person should look at. Pure.
 */
import type { Dataset } from '../core/types.js';
import type { CountryReport, ImportReport } from './import-table.js';
import { EXACT_MATCHES } from './match-country.js';

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

const count = (n: number, word: string, plural = `${word}s`) => `${n} ${n === 1 ? word : plural}`;

/** "read 45 rows of members.csv (comma-separated): 45 members, 1 region, 0 metrics". */
export function importSummary(report: ImportReport, dataset: Dataset, source: string): string {
  const universities = dataset.universities?.length ?? 0;
  return (
    `read ${count(report.rows, 'row')} of ${source} (${DELIMITER_NAMES[report.delimiter]}-separated): ` +
    `${count(dataset.members.length, 'member')}, ${count(dataset.regions.length, 'region')}, ` +
    `${count(dataset.metrics?.length ?? 0, 'metric')}${universities ? `, ${count(universities, 'university', 'universities')}` : ''}`
  );
}

/**
 * The matched countries to look at: `fuzzy`, those not written exactly as a known name (a spelling, a word
 * order, a part in brackets), and `aliases`, those found in the importer's table of other names.
 */
export function matchesToCheck(report: ImportReport): { fuzzy: CountryReport[]; aliases: CountryReport[] } {
  return {
    fuzzy: report.countries.filter((entry) => !EXACT_MATCHES.has(entry.how)),
    aliases: report.countries.filter((entry) => entry.how === 'alias'),
  };
}
