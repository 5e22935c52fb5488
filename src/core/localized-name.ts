/**
 * A locale's language and the name a dataset gives something in it: a module of their own, with no data, so that
 * a script needing only these (embed.html's) does not carry the locale tables of `locale.ts`.
 */
export function languageOf(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

/**
 * How a language's chunk writes the language's names in another script (`az-Cyrl`: Azerbaijani given in Latin letters,
 * in Cyrillic), by tag; see `addScriptWriter`.
 */
const scriptWriters = new Map<string, (text: string) => string>();

/**
 * Registers how `tag` (language-Script, and with each region it is written for: tags are canonical, as resolveLocale
 * gives them) writes what is given in its language's usual script: a chunk's, as it loads.
 */
export function addScriptWriter(tag: string, write: (text: string) => string): void {
  scriptWriters.set(tag, write);
}

/**
 * Picks the best entry of a `names` map for `locale`: exact tag, then the language (in the locale's script where it
 * names one the language's chunk writes: a dataset's Azerbaijani on an `az-Cyrl` page), else `fallback`.
 */
export function localizedName(names: Record<string, string> | undefined, fallback: string, locale: string): string {
  if (!names) return fallback;
  const exact = names[locale];
  if (exact && Object.prototype.hasOwnProperty.call(names, locale)) return exact;
  const language = languageOf(locale);
  if (!Object.prototype.hasOwnProperty.call(names, language) || names[language] === undefined) return fallback;
  const write = scriptWriters.get(locale);
  return write ? write(names[language]) : names[language];
}
