/**
 * All 249 English names, in the order of the ISO codes (`Andorra|United Arab Emirates|…`), which `englishCountryName()` reads first: lib/ (the command line, bundlers),
 * the classic script and the tests name every country at once. dist/netreach.js, which every page loads up front,
 * holds an empty copy of this module (scripts/build.mjs, `englishTableOut`): there the names come with the bundled
 * dataset's chunk or the validator's, which every first draw waits for anyway (issue 12).
 */
import { ENGLISH_NAMES } from '../generated/english-names.js';

export const ENGLISH_TABLE: string | undefined = ENGLISH_NAMES;
