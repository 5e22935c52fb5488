/**
 * Which column is which, from its header, in English, French, Persian, Arabic, Turkish and netreach's other UI
 * languages (Malay, Urdu, Indonesian, Bengali, Russian, Azerbaijani, Chinese, Portuguese), Spanish and German. Headers are
 * compared folded (`text.ts`: case, diacritics, Arabic letter variants, ZWNJ, punctuation), so "Country",
 * "COUNTRY:" and "country " are one header, as are "کشور" and "كشور". A header that is none of these is a
 * metric. Pure, no DOM.
 */
import { foldKey } from './text.js';

/** The columns with a meaning of their own; every other column is a metric. */
export type ColumnRole = 'country' | 'countryName' | 'region' | 'joined' | 'by' | 'university' | 'city' | 'url';

/**
 * Header spellings per role. `countryName` is the second country column of netreach's own CSV export
 * ("country" holds the code, "name" the country's name): used as the country column only when there is no
 * other. "University" in the singular names a university; the plural ("Universities", "دانشگاه‌ها",
 * "الجامعات") is a count, a metric.
 */
// prettier-ignore
export const HEADER_NAMES: Readonly<Record<ColumnRole, readonly string[]>> = {
  country: [
    // English
    'country', 'countries', 'country name', 'country code', 'iso', 'iso3', 'iso 3', 'iso code', 'alpha-3', 'nation',
    'member', 'member country', 'member state',
    // French
    'pays', 'pays membre', 'code pays', 'nom du pays',
    // Persian
    'کشور', 'کشورها', 'نام کشور', 'کشور عضو', 'کد کشور',
    // Arabic
    'الدولة', 'دولة', 'الدول', 'البلد', 'بلد', 'الدولة العضو', 'اسم الدولة', 'رمز الدولة',
    // Turkish
    'ülke', 'ülkeler', 'ülke adı', 'üye ülke', 'ülke kodu',
    // Malay and Indonesian; Urdu; Bengali; Russian; Azerbaijani; Chinese; Portuguese and Spanish; German
    'negara', 'nama negara', 'negara anggota', 'kod negara', 'kode negara',
    'ملک', 'ممالک', 'ملک کا نام', 'رکن ملک',
    'দেশ', 'দেশের নাম', 'সদস্য দেশ',
    'страна', 'страны', 'название страны', 'код страны', 'страна-член',
    'ölkə', 'ölkələr', 'ölkənin adı', 'üzv ölkə',
    '国家', '国家/地区', '国家名称', '成员国',
    'país', 'países', 'nome do país', 'país membro', 'nombre del país', 'país miembro',
    'land', 'länder', 'staat', 'mitgliedsland',
  ],
  countryName: ['name'],
  region: [
    'region', 'regions', 'continent',
    'région',
    'منطقه', 'قاره', 'ناحیه',
    'المنطقة', 'منطقة', 'الإقليم', 'القارة',
    'bölge', 'kıta',
    'rantau', 'wilayah', 'kawasan', 'benua', 'خطہ', 'علاقہ', 'براعظم', 'অঞ্চল', 'মহাদেশ', 'регион', 'континент',
    'bölgə', 'qitə', '地区', '区域', '大洲', 'região', 'continente', 'kontinent',
  ],
  joined: [
    'joined', 'joined in', 'year joined', 'member since', 'since', 'accession', 'year of accession', 'membership year',
    'adhésion', "année d'adhésion", 'membre depuis', "date d'adhésion",
    'سال عضویت', 'تاریخ عضویت', 'عضویت', 'سال پیوستن', 'پیوستن',
    'سنة الانضمام', 'تاريخ الانضمام', 'الانضمام', 'سنة العضوية',
    'katılım yılı', 'katılım', 'üyelik yılı', 'üyelik tarihi', 'katılım tarihi',
    'tahun menyertai', 'ahli sejak', 'tahun bergabung', 'anggota sejak', 'سال شمولیت', 'যোগদানের বছর', 'год вступления',
    'член с', 'qoşulma ili', 'üzvlük ili', '加入年份', 'ano de adesão', 'membro desde', 'año de adhesión', 'miembro desde',
    'beitritt', 'beitrittsjahr', 'mitglied seit',
  ],
  // How the member is known to be on the list: "source" (a source names it, the default) or "inference" (the dataset's
  // `by`). A sheet in one of these languages writes its cells in it too: BY_WORDS.
  by: [
    'by', 'listed by', 'basis',
    'listé par', 'base', 'fondement',
    'مبنا', 'مبنای فهرست', 'فهرست شده بر اساس',
    'الأساس', 'أساس الإدراج', 'مدرجة بناء على',
    'dayanak', 'listeleme dayanağı', 'listelenme',
    'asas', 'asas penyenaraian', 'disenaraikan melalui', 'dasar', 'dasar pencantuman', 'dicantumkan berdasarkan',
    'بنیاد', 'اندراج کی بنیاد', 'ভিত্তি', 'তালিকাভুক্তির ভিত্তি', 'основание', 'основание включения', 'в списке по',
    'əsas', 'siyahıya salınma əsası', '依据', '列入依据', 'listado por', 'fundamento', 'grundlage', 'gelistet nach',
  ],
  university: [
    'university', 'institution', 'member university', 'university name', 'institution name',
    'université', 'établissement',
    'دانشگاه', 'نام دانشگاه', 'موسسه', 'مؤسسه',
    'الجامعة', 'جامعة', 'اسم الجامعة', 'المؤسسة',
    'üniversite', 'üniversite adı', 'kurum',
    // Malay, Indonesian, Chinese and Bengali write a count's header alike ("Universiti"): the name's only.
    'nama universiti', 'nama universitas', 'جامعہ', 'یونیورسٹی', 'বিশ্ববিদ্যালয়ের নাম', 'университет',
    'название университета', 'universitet', 'universitetin adı', '大学名称', 'universidade', 'universidad',
    'universität', 'hochschule',
  ],
  // prettier-ignore
  city: [
    'city', 'town', 'ville', 'شهر', 'المدينة', 'مدينة', 'şehir', 'kent', 'bandar', 'kota', 'شہر', 'শহর', 'город',
    'şəhər', '城市', 'cidade', 'ciudad', 'stadt',
  ],
  url: [
    'url', 'website', 'web site', 'site', 'homepage', 'link',
    'site web', 'site internet',
    'وبسایت', 'وب‌سایت', 'سایت', 'تارنما',
    'الموقع', 'الموقع الإلكتروني', 'موقع',
    'web sitesi', 'internet sitesi',
    'laman web', 'situs web', 'ویب سائٹ', 'ওয়েবসাইট', 'сайт', 'веб-сайт', 'vebsayt', '网站', 'sitio web', 'webseite',
  ],
};

/**
 * The words of a `by` column's cells, in the languages its headers are (the UI's words where netreach has them:
 * "استنباط", "déduction", "çıkarım"): a sheet written in Persian says "استنباط", not "inference". The dataset keeps
 * its own two words; the cells' English ("source", "inference", "inferred") is read in any sheet.
 */
// prettier-ignore
export const BY_WORDS: Readonly<Record<'source' | 'inference', readonly string[]>> = {
  source: [
    'source', 'منبع', 'مصدر', 'المصدر', 'kaynak', 'sumber', 'ماخذ', 'উৎস', 'সূত্র', 'источник', 'mənbə', '来源', 'fonte',
    'fuente', 'quelle',
  ],
  inference: [
    'inference', 'inferred', 'déduction', 'déduit', 'استنباط', 'استنتاج', 'بالاستنتاج', 'çıkarım', 'inferens',
    'inferensi', 'অনুমান', 'вывод', 'косвенный вывод', 'dolayı yolla', '推断', 'inferência', 'inferido', 'inferencia',
    'inferenz', 'abgeleitet', 'erschlossen',
  ],
};

let byWord: Map<string, 'source' | 'inference'> | undefined;

/** What a `by` cell says, or undefined for a word that is none of {@link BY_WORDS}. */
export function byWordOf(cell: string): 'source' | 'inference' | undefined {
  if (!byWord) {
    byWord = new Map();
    for (const [by, words] of Object.entries(BY_WORDS) as ['source' | 'inference', readonly string[]][]) {
      for (const word of words) byWord.set(foldKey(word), by);
    }
  }
  return byWord.get(foldKey(cell));
}

let byKey: Map<string, ColumnRole> | undefined;

/** The role a header names, or undefined for a metric. */
export function headerRole(header: string): ColumnRole | undefined {
  if (!byKey) {
    byKey = new Map();
    for (const [role, names] of Object.entries(HEADER_NAMES) as [ColumnRole, readonly string[]][]) {
      for (const name of names) byKey.set(foldKey(name), role);
    }
  }
  return byKey.get(foldKey(header));
}

/** "A", "B", … "Z", "AA": the spreadsheet letter of a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
