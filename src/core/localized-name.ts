/**
 * A locale's language and the name a dataset gives something in it: a module of their own, with no data, so that
 * a script needing only these (embed.html's) does not carry the locale tables of `locale.ts`.
 */
export function languageOf(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

/** Picks the best entry of a `names` map for `locale`: exact tag, then the language, else `fallback`. */
export function localizedName(names: Record<string, string> | undefined, fallback: string, locale: string): string {
  if (!names) return fallback;
  const exact = names[locale];
  if (exact && Object.prototype.hasOwnProperty.call(names, locale)) return exact;
  const language = languageOf(locale);
  if (Object.prototype.hasOwnProperty.call(names, language)) return names[language] ?? fallback;
  return fallback;
}
