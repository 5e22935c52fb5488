/**
 * The importer's small table of country names that `Intl.DisplayNames` does not give: formal (UN and ISO)
 * names, former names, short forms, and everyday local names in the languages of the networks netreach
 * serves. `Intl.DisplayNames` gives one name per country and language ("Türkiye", "Côte d’Ivoire", "Vatican
 * City"); spreadsheets hold the others ("Turkey", "Ivory Coast", "Vatican").
 *
 * Names are compared after folding (case, diacritics, punctuation, "the", Arabic letter variants, ZWNJ: see
 * `text.ts`), so "Cote d'Ivoire" or "ايران" need no entry of their own, and in any word order ("Korea,
 * Republic of" finds "Republic of Korea", reported as a word-order match). A unit test checks that no alias
 * contradicts a name `Intl.DisplayNames` gives in any language the importer indexes.
 *
 * To add a spelling, add it to its group. A name that could mean two countries, or a part of one, never goes
 * here: it goes in {@link AMBIGUOUS_NAMES}, which stops the import and asks.
 */

/** [name, ISO 3166-1 alpha-3 code] */
export type Alias = readonly [name: string, alpha3: string];

export const COUNTRY_ALIASES: readonly Alias[] = [
  // English: formal names (UN member states, ISO 3166-1 short names) where they differ from the everyday name.
  ['Plurinational State of Bolivia', 'BOL'],
  ['Brunei Darussalam', 'BRN'],
  ['Democratic Republic of the Congo', 'COD'],
  ['Republic of the Congo', 'COG'],
  ['Czech Republic', 'CZE'],
  ['Federated States of Micronesia', 'FSM'],
  ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
  ['Islamic Republic of Iran', 'IRN'],
  ['Kyrgyz Republic', 'KGZ'],
  ['Republic of Korea', 'KOR'],
  ["Lao People's Democratic Republic", 'LAO'],
  ['Republic of Moldova', 'MDA'],
  ['Republic of North Macedonia', 'MKD'],
  ['Kingdom of the Netherlands', 'NLD'],
  ["Democratic People's Republic of Korea", 'PRK'],
  ['State of Palestine', 'PSE'],
  ['Russian Federation', 'RUS'],
  ['Kingdom of Saudi Arabia', 'SAU'],
  ['Syrian Arab Republic', 'SYR'],
  ['Republic of Türkiye', 'TUR'],
  ['United Republic of Tanzania', 'TZA'],
  ['United States of America', 'USA'],
  ['Holy See', 'VAT'],
  ['Bolivarian Republic of Venezuela', 'VEN'],
  ['Viet Nam', 'VNM'],
  // English: everyday short forms and abbreviations.
  ['UAE', 'ARE'],
  ['DRC', 'COD'],
  ['DR Congo', 'COD'],
  ['Congo-Kinshasa', 'COD'],
  ['Congo-Brazzaville', 'COG'],
  ['Ivory Coast', 'CIV'],
  ['Cabo Verde', 'CPV'],
  ['UK', 'GBR'],
  ['Great Britain', 'GBR'],
  ['Britain', 'GBR'],
  ['Holland', 'NLD'],
  ['DPRK', 'PRK'],
  ['Palestine', 'PSE'],
  ['KSA', 'SAU'],
  ['Turkey', 'TUR'],
  ['Vatican', 'VAT'],
  // English: former names still found in lists.
  ['Macedonia', 'MKD'],
  ['Burma', 'MMR'],
  ['Persia', 'IRN'],
  ['Ceylon', 'LKA'],
  ['Swaziland', 'SWZ'],
  ['East Timor', 'TLS'],
  ['Zaire', 'COD'],
  ['Kirghizia', 'KGZ'],
  // French ("Palestine", "Vatican" and "Congo-Kinshasa" are above: the same letters).
  ['République démocratique du Congo', 'COD'],
  ['Birmanie', 'MMR'],
  ['Hollande', 'NLD'],
  // Persian: everyday names.
  ['امارات', 'ARE'],
  ['انگلیس', 'GBR'],
  ['انگلستان', 'GBR'],
  ['فلسطین', 'PSE'],
  ['عربستان', 'SAU'],
  ['آمریکا', 'USA'],
  ['ایالات متحده آمریکا', 'USA'],
  ['واتیکان', 'VAT'],
  // Arabic: everyday names ("فلسطين" and "أمريكا" are the Persian entries above, once folded).
  ['الإمارات', 'ARE'],
  ['الإمارات العربية المتحدة', 'ARE'],
  ['بريطانيا', 'GBR'],
  ['دولة فلسطين', 'PSE'],
  ['السعودية', 'SAU'],
  ['المملكة العربية السعودية', 'SAU'],
  ['سورية', 'SYR'],
  ['سلطنة عمان', 'OMN'],
  ['الولايات المتحدة الأمريكية', 'USA'],
  ['الفاتيكان', 'VAT'],
  ['كوت ديفوار', 'CIV'],
  // Turkish: everyday names and abbreviations.
  ['BAE', 'ARE'],
  ['İngiltere', 'GBR'],
  ['ABD', 'USA'],
  ['Fildişi Sahili', 'CIV'],
  ['Filistin', 'PSE'],
  ['Vatikan', 'VAT'],
  // Azerbaijani: everyday names (CLDR's are in src/core/azerbaijani.ts).
  ['Böyük Britaniya', 'GBR'],
  ['İngiltərə', 'GBR'],
  ['ABŞ', 'USA'],
  ['BƏƏ', 'ARE'],
];

/**
 * Names that stop the import because they may mean more than one country, or a part of one. The message lists
 * these candidates so that the user writes the one they mean.
 */
export const AMBIGUOUS_NAMES: Readonly<Record<string, readonly string[]>> = {
  Congo: ['COG', 'COD'],
  Kongo: ['COG', 'COD'],
  الكونغو: ['COG', 'COD'],
  کنگو: ['COG', 'COD'],
  Korea: ['KOR', 'PRK'],
  Corée: ['KOR', 'PRK'],
  Kore: ['KOR', 'PRK'],
  كوريا: ['KOR', 'PRK'],
  کره: ['KOR', 'PRK'],
  'Virgin Islands': ['VGB', 'VIR'],
  America: ['USA'],
  England: ['GBR'],
  Scotland: ['GBR'],
  Wales: ['GBR'],
  'Northern Ireland': ['GBR'],
  Czechoslovakia: ['CZE', 'SVK'],
  Yugoslavia: ['SRB', 'MNE', 'BIH', 'HRV', 'SVN', 'MKD'],
};
