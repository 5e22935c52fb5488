/** Imported by tests that format in several languages: loads every shipped UI catalog first, English whole. */
import { catalogOf, loadCatalog, UI_LANGUAGES } from '../../src/core/i18n.js';
// The English of the lazy chunks, which their code adds as it loads: the tests read every string.
import '../../src/core/en/all.js';

await Promise.all(UI_LANGUAGES.map((language) => loadCatalog(language)));
// loadCatalog() never rejects (a page keeps English when a chunk fails): say so here, or tests would quietly check English.
const missing = UI_LANGUAGES.filter((language) => !catalogOf(language));
if (missing.length) throw new Error(`UI strings did not load: ${missing.join(', ')}`);

/** The 13 UI languages, English first. */
export const LANGUAGES: readonly string[] = UI_LANGUAGES;
