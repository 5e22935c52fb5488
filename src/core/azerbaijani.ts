/**
 * Azerbaijani (Latin script) as Node's Intl gives it and Chromium cannot (it has no Azerbaijani names, collation, list
 * patterns or numbers): the 249 ISO 3166-1 countries' names, CLDR 48 as ICU 78.2 (Node 20.20) gives them through
 * Intl.DisplayNames("az") — Hong Kong, Macao and Palestine in the short style, as every language's are (SHORT_NAMES
 * in locale.ts) — CLDR's alphabetical order, its "and" and its numbers. Only the language's chunk (i18n/az.ts) imports it, so a page in
 * Azerbaijani names and sorts countries in it, as `netreach render --lang az` does; test/cli/country-names.test.mjs
 * checks both against Node's Intl.
 */
import { toCyrillic } from './azerbaijani-cyrillic.js';
import type { LocaleSupplement } from './locale.js';

export { toCyrillic };

export const AZERBAIJANI_NAMES: Readonly<Record<string, string>> = {
  AD: 'Andorra',
  AE: 'Birləşmiş Ərəb Əmirlikləri',
  AF: 'Əfqanıstan',
  AG: 'Antiqua və Barbuda',
  AI: 'Angilya',
  AL: 'Albaniya',
  AM: 'Ermənistan',
  AO: 'Anqola',
  AQ: 'Antarktika',
  AR: 'Argentina',
  AS: 'Amerika Samoası',
  AT: 'Avstriya',
  AU: 'Avstraliya',
  AW: 'Aruba',
  AX: 'Aland adaları',
  AZ: 'Azərbaycan',
  BA: 'Bosniya və Herseqovina',
  BB: 'Barbados',
  BD: 'Banqladeş',
  BE: 'Belçika',
  BF: 'Burkina Faso',
  BG: 'Bolqarıstan',
  BH: 'Bəhreyn',
  BI: 'Burundi',
  BJ: 'Benin',
  BL: 'Sent-Bartelemi',
  BM: 'Bermud adaları',
  BN: 'Bruney',
  BO: 'Boliviya',
  BQ: 'Karib Niderlandı',
  BR: 'Braziliya',
  BS: 'Baham adaları',
  BT: 'Butan',
  BV: 'Buve adası',
  BW: 'Botsvana',
  BY: 'Belarus',
  BZ: 'Beliz',
  CA: 'Kanada',
  CC: 'Kokos (Kilinq) adaları',
  CD: 'Konqo - Kinşasa',
  CF: 'Mərkəzi Afrika Respublikası',
  CG: 'Konqo - Brazzavil',
  CH: 'İsveçrə',
  CI: 'Kotd’ivuar',
  CK: 'Kuk adaları',
  CL: 'Çili',
  CM: 'Kamerun',
  CN: 'Çin',
  CO: 'Kolumbiya',
  CR: 'Kosta Rika',
  CU: 'Kuba',
  CV: 'Kabo-Verde',
  CW: 'Kurasao',
  CX: 'Milad adası',
  CY: 'Kipr',
  CZ: 'Çexiya',
  DE: 'Almaniya',
  DJ: 'Cibuti',
  DK: 'Danimarka',
  DM: 'Dominika',
  DO: 'Dominikan Respublikası',
  DZ: 'Əlcəzair',
  EC: 'Ekvador',
  EE: 'Estoniya',
  EG: 'Misir',
  EH: 'Qərbi Saxara',
  ER: 'Eritreya',
  ES: 'İspaniya',
  ET: 'Efiopiya',
  FI: 'Finlandiya',
  FJ: 'Fici',
  FK: 'Folklend adaları',
  FM: 'Mikroneziya',
  FO: 'Farer adaları',
  FR: 'Fransa',
  GA: 'Qabon',
  GB: 'Birləşmiş Krallıq',
  GD: 'Qrenada',
  GE: 'Gürcüstan',
  GF: 'Fransa Qvianası',
  GG: 'Gernsi',
  GH: 'Qana',
  GI: 'Cəbəllütariq',
  GL: 'Qrenlandiya',
  GM: 'Qambiya',
  GN: 'Qvineya',
  GP: 'Qvadelupa',
  GQ: 'Ekvatorial Qvineya',
  GR: 'Yunanıstan',
  GS: 'Cənubi Corciya və Cənubi Sendviç adaları',
  GT: 'Qvatemala',
  GU: 'Quam',
  GW: 'Qvineya-Bisau',
  GY: 'Qayana',
  HK: 'Honq Konq',
  HM: 'Herd və Makdonald adaları',
  HN: 'Honduras',
  HR: 'Xorvatiya',
  HT: 'Haiti',
  HU: 'Macarıstan',
  ID: 'İndoneziya',
  IE: 'İrlandiya',
  IL: 'İsrail',
  IM: 'Men adası',
  IN: 'Hindistan',
  IO: 'Britaniyanın Hind Okeanı Ərazisi',
  IQ: 'İraq',
  IR: 'İran',
  IS: 'İslandiya',
  IT: 'İtaliya',
  JE: 'Cersi',
  JM: 'Yamayka',
  JO: 'İordaniya',
  JP: 'Yaponiya',
  KE: 'Keniya',
  KG: 'Qırğızıstan',
  KH: 'Kamboca',
  KI: 'Kiribati',
  KM: 'Komor adaları',
  KN: 'Sent-Kits və Nevis',
  KP: 'Şimali Koreya',
  KR: 'Cənubi Koreya',
  KW: 'Küveyt',
  KY: 'Kayman adaları',
  KZ: 'Qazaxıstan',
  LA: 'Laos',
  LB: 'Livan',
  LC: 'Sent-Lusiya',
  LI: 'Lixtenşteyn',
  LK: 'Şri-Lanka',
  LR: 'Liberiya',
  LS: 'Lesoto',
  LT: 'Litva',
  LU: 'Lüksemburq',
  LV: 'Latviya',
  LY: 'Liviya',
  MA: 'Mərakeş',
  MC: 'Monako',
  MD: 'Moldova',
  ME: 'Monteneqro',
  MF: 'Sent Martin',
  MG: 'Madaqaskar',
  MH: 'Marşal adaları',
  MK: 'Şimali Makedoniya',
  ML: 'Mali',
  MM: 'Myanma',
  MN: 'Monqolustan',
  MO: 'Makao',
  MP: 'Şimali Marian adaları',
  MQ: 'Martinik',
  MR: 'Mavritaniya',
  MS: 'Monserat',
  MT: 'Malta',
  MU: 'Mavriki',
  MV: 'Maldiv adaları',
  MW: 'Malavi',
  MX: 'Meksika',
  MY: 'Malayziya',
  MZ: 'Mozambik',
  NA: 'Namibiya',
  NC: 'Yeni Kaledoniya',
  NE: 'Niger',
  NF: 'Norfolk adası',
  NG: 'Nigeriya',
  NI: 'Nikaraqua',
  NL: 'Niderland',
  NO: 'Norveç',
  NP: 'Nepal',
  NR: 'Nauru',
  NU: 'Niue',
  NZ: 'Yeni Zelandiya',
  OM: 'Oman',
  PA: 'Panama',
  PE: 'Peru',
  PF: 'Fransa Polineziyası',
  PG: 'Papua-Yeni Qvineya',
  PH: 'Filippin',
  PK: 'Pakistan',
  PL: 'Polşa',
  PM: 'Müqəddəs Pyer və Mikelon',
  PN: 'Pitkern adaları',
  PR: 'Puerto Riko',
  PS: 'Fələstin',
  PT: 'Portuqaliya',
  PW: 'Palau',
  PY: 'Paraqvay',
  QA: 'Qətər',
  RE: 'Reyunyon',
  RO: 'Rumıniya',
  RS: 'Serbiya',
  RU: 'Rusiya',
  RW: 'Ruanda',
  SA: 'Səudiyyə Ərəbistanı',
  SB: 'Solomon adaları',
  SC: 'Seyşel adaları',
  SD: 'Sudan',
  SE: 'İsveç',
  SG: 'Sinqapur',
  SH: 'Müqəddəs Yelena',
  SI: 'Sloveniya',
  SJ: 'Svalbard və Yan-Mayen',
  SK: 'Slovakiya',
  SL: 'Syerra-Leone',
  SM: 'San-Marino',
  SN: 'Seneqal',
  SO: 'Somali',
  SR: 'Surinam',
  SS: 'Cənubi Sudan',
  ST: 'San-Tome və Prinsipi',
  SV: 'Salvador',
  SX: 'Sint-Marten',
  SY: 'Suriya',
  SZ: 'Esvatini',
  TC: 'Törks və Kaykos adaları',
  TD: 'Çad',
  TF: 'Fransanın Cənub Əraziləri',
  TG: 'Toqo',
  TH: 'Tailand',
  TJ: 'Tacikistan',
  TK: 'Tokelau',
  TL: 'Şərqi Timor',
  TM: 'Türkmənistan',
  TN: 'Tunis',
  TO: 'Tonqa',
  TR: 'Türkiyə',
  TT: 'Trinidad və Tobaqo',
  TV: 'Tuvalu',
  TW: 'Tayvan',
  TZ: 'Tanzaniya',
  UA: 'Ukrayna',
  UG: 'Uqanda',
  UM: 'ABŞ-a bağlı kiçik adacıqlar',
  US: 'Amerika Birləşmiş Ştatları',
  UY: 'Uruqvay',
  UZ: 'Özbəkistan',
  VA: 'Vatikan',
  VC: 'Sent-Vinsent və Qrenadinlər',
  VE: 'Venesuela',
  VG: 'Britaniyanın Virgin adaları',
  VI: 'ABŞ Virgin adaları',
  VN: 'Vyetnam',
  VU: 'Vanuatu',
  WF: 'Uollis və Futuna',
  WS: 'Samoa',
  YE: 'Yəmən',
  YT: 'Mayot',
  ZA: 'Cənub Afrika',
  ZM: 'Zambiya',
  ZW: 'Zimbabve',
};

/** CLDR's Azerbaijani letters in their order: x after h, q after k, w (not Azerbaijani) after z. */
const ALPHABET = 'abcçdeəfgğhxıijkqlmnoöprsştuüvyzw';
/**
 * The Cyrillic alphabet of Azerbaijani (1958–1991, still read in Dagestan and older print), in its order: ә after е, ы
 * after и, ҝ after к, һ after х; the letters of Russian loans where Russian puts them.
 */
const CYRILLIC_ALPHABET = 'абвгғдеёәжзийыјкҝлмноөпрстуүфхһцчҹшщъьэюя';
let accentOrder: Intl.Collator | undefined;

/**
 * A text's primary sort key: each letter by its place in `alphabet` (other accents dropped), spaces before punctuation.
 * `numeric`: a run of digits as its number (its length, then its digits without leading zeros), so 9 comes before 10.
 */
function sortKey(text: string, numeric: boolean, alphabet: string): string {
  let key = '';
  for (const [token] of text.toLocaleLowerCase('az').matchAll(/\d+|./gsu)) {
    if (numeric && /^\d/.test(token)) {
      // After spaces and punctuation, before letters, as digits are: shorter numbers first, then digit by digit.
      const number = token.replace(/^0+(?=\d)/, '');
      key += String.fromCharCode(0x03 + Math.min(number.length, 0xfc)) + number;
      continue;
    }
    for (const char of token) {
      let place = alphabet.indexOf(char);
      if (place < 0) place = alphabet.indexOf(char.normalize('NFD')[0]!);
      key += place >= 0 ? String.fromCharCode(0x100 + place) : /\s/.test(char) ? '\u0001' : /\d/.test(char) ? char : '\u0002';
    }
  }
  return key;
}

/**
 * Intl.Collator("az")'s order of texts (`alphabet` ALPHABET; CYRILLIC_ALPHABET orders Cyrillic Azerbaijani as its
 * alphabet does): by their letters' places, then by accents (root collation's), then lower case first where only
 * case differs (ı before I, which is its capital).
 */
function alphabetical(alphabet: string): (a: string, b: string, numeric?: boolean) => number {
  const keys = [new Map<string, string>(), new Map<string, string>()];
  const keyOf = (text: string, numeric: boolean) => {
    const known = keys[numeric ? 1 : 0]!;
    let key = known.get(text);
    if (key === undefined) known.set(text, (key = sortKey(text, numeric, alphabet)));
    return key;
  };
  return (a, b, numeric = false) => compareByKeys(a, b, numeric, keyOf);
}

function compareByKeys(a: string, b: string, numeric: boolean, keyOf: (text: string, numeric: boolean) => string): number {
  const [x, y] = [keyOf(a, numeric), keyOf(b, numeric)];
  if (x !== y) return x < y ? -1 : 1;
  // The same numbers written with leading zeros or without ("9", "09"): as ICU, the one without first.
  const unpadded = (text: string) => text.replace(/(^|\D)0+(?=\d)/g, '$1');
  if (numeric && a !== b && unpadded(a) === unpadded(b)) return a.length - b.length;
  const [lowerA, lowerB] = [a.toLocaleLowerCase('az'), b.toLocaleLowerCase('az')];
  const accents = (accentOrder ??= new Intl.Collator('en', { sensitivity: 'accent' })).compare(lowerA, lowerB);
  if (accents || lowerA.length !== a.length || lowerB.length !== b.length) return accents;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] === lowerA[i] ? -1 : 1;
  return 0;
}

/** English's compact units ("30M", "1.2 thousand") in Azerbaijani ("30 mln", "1,2 min"; the short ones after a no-break space). */
const UNITS: Readonly<Record<string, string>> = {
  M: '\u00a0mln',
  B: '\u00a0mlrd',
  T: '\u00a0trln',
  ' thousand': ' min',
  ' million': ' milyon',
  ' billion': ' milyard',
  ' trillion': ' trilyon',
};

/** Intl.NumberFormat("az")'s number from Intl.NumberFormat("en")'s: the separators swapped, the units in Azerbaijani. */
const numbers = (english: string) =>
  english
    .replace(/[.,]/g, (mark) => (mark === '.' ? ',' : '.'))
    .replace(/(?<=\d)(M|B|T| thousand| million| billion| trillion)/, (unit) => UNITS[unit]!);

/**
 * Intl.DisplayNames("az", { type: "language" })'s names of the languages a network's sources are likely written in:
 * the UI languages and the OIC members' others.
 */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  ar: 'ərəb',
  az: 'azərbaycan',
  bn: 'benqal',
  de: 'alman',
  en: 'ingilis',
  es: 'ispan',
  fa: 'fars',
  fr: 'fransız',
  ha: 'hausa',
  he: 'ivrit',
  hi: 'hind',
  id: 'indoneziya',
  it: 'italyan',
  ja: 'yapon',
  kk: 'qazax',
  ko: 'koreya',
  ku: 'kürd',
  ky: 'qırğız',
  ms: 'malay',
  ps: 'puştu',
  pt: 'portuqal',
  ru: 'rus',
  so: 'somali',
  sq: 'alban',
  sw: 'suahili',
  tg: 'tacik',
  tk: 'türkmən',
  tr: 'türk',
  ur: 'urdu',
  uz: 'özbək',
  zh: 'çin',
};

/** CLDR's month names (Intl.DateTimeFormat("az") and "az-Cyrl"), which Chromium has none of: it wrote "2020 M11 18". */
const MONTHS = 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr'.split(' ');
const CYRILLIC_MONTHS = 'јанвар феврал март апрел май ијун ијул август сентјабр октјабр нојабр декабр'.split(' ');

/** A date as Intl.DateTimeFormat("az") writes it: "18 noyabr 2020", without its day "noyabr 2020". */
const dateIn =
  (months: readonly string[]) =>
  (utc: Date, withDay: boolean): string =>
    `${withDay ? `${utc.getUTCDate()} ` : ''}${months[utc.getUTCMonth()]} ${utc.getUTCFullYear()}`;

/** What i18n/az.ts adds to Intl for Latin-script Azerbaijani. */
export const AZERBAIJANI: LocaleSupplement = {
  countryNames: AZERBAIJANI_NAMES,
  languageNames: LANGUAGE_NAMES,
  date: dateIn(MONTHS),
  compare: alphabetical(ALPHABET),
  // CLDR's "{0}, {1}" and "{0} və {1}".
  list: (items) => items.slice(0, -2).concat(items.slice(-2).join(' və ')).join(', '),
  numbers,
};

const inCyrillic = (names: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(names).map(([key, name]) => [key, toCyrillic(name)]));

let cyrillicNames: Readonly<Record<string, string>> | undefined;
let cyrillicLanguages: Readonly<Record<string, string>> | undefined;
/**
 * What i18n/az.ts adds for Cyrillic-script Azerbaijani (`az-Cyrl`), which Chromium has no data for either (it names
 * countries by their codes): the Latin names, "and" and units in Cyrillic letters, the Cyrillic alphabet's order.
 */
export const AZERBAIJANI_CYRILLIC: LocaleSupplement = {
  // Written when first read, so that a page in Latin-script Azerbaijani does not pay for them.
  get countryNames() {
    return (cyrillicNames ??= inCyrillic(AZERBAIJANI_NAMES));
  },
  get languageNames() {
    return (cyrillicLanguages ??= inCyrillic(LANGUAGE_NAMES));
  },
  // CLDR's Cyrillic months (май, август: the Russian spelling, not the letters' мај, август), in the Latin order: its
  // Cyrillic data has no month-and-year pattern of its own (Node writes "2020 нојабр", root's order).
  date: dateIn(CYRILLIC_MONTHS),
  compare: alphabetical(CYRILLIC_ALPHABET),
  list: (items) => items.slice(0, -2).concat(items.slice(-2).join(' вә ')).join(', '),
  // The units' words ("30 млн", "1,2 мин"); the abbreviation K stays as Intl writes it.
  numbers: (english) => numbers(english).replace(/\p{Ll}+/gu, toCyrillic),
  write: toCyrillic,
};
