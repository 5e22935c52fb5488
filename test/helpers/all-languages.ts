/** Imported by tests that format in several languages: loads every shipped UI catalog first. */
import { loadCatalog, UI_LANGUAGES } from '../../src/core/i18n.js';

await Promise.all(UI_LANGUAGES.map((language) => loadCatalog(language)));
