/**
 * Azerbaijani's Latin letters in Cyrillic script: a module of its own, with no data, so that the embed page's script
 * (its frame titles) writes `az-Cyrl` as the widgets do without carrying the language's tables (azerbaijani.ts).
 */

/** The tags whose Azerbaijani is written in Cyrillic letters (canonical, as resolveLocale gives them). */
export const AZERBAIJANI_CYRILLIC_TAGS = ['az-Cyrl', 'az-Cyrl-AZ'] as const;

/** Each Latin letter of Azerbaijani as the Cyrillic alphabet writes it (w, not Azerbaijani, as в). */
const TO_CYRILLIC: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcçdeəfgğhxıijkqlmnoöprsştuüvyzw'].map((letter, at) => [letter, [...'абҹчдеәфҝғһхыижкглмноөпрсштуүвјзв'][at]!]),
);

/**
 * Latin-script Azerbaijani letter by letter in Cyrillic script, as the alphabets map one to one ("Azərbaycan" →
 * "Азәрбајҹан"; CLDR's Cyrillic names are these for 239 of the 249 countries, and it has none for five). A message's
 * placeholders (`{count}`), markup and abbreviations in Latin capitals (CSV, PNG, HTTP) stay as they are.
 */
export function toCyrillic(text: string): string {
  return text.replace(/\{\w+\}|<[^>]*>|(?<!\p{L})[A-Z]{2,}(?!\p{L})|\p{L}/gu, (token) => {
    if (token.length > 1) return token;
    const lower = token === 'I' ? 'ı' : token === 'İ' ? 'i' : token.toLowerCase();
    const letter = TO_CYRILLIC[lower];
    if (!letter) return token;
    return lower === token ? letter : letter.toUpperCase();
  });
}
