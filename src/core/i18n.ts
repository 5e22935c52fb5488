/**
 * The UI's own strings in every language netreach ships. Data (country, region, metric names) is localized
 * elsewhere: countries by Intl.DisplayNames, the rest by the dataset's `names`/`labels` maps.
 */
import { languageOf } from './locale.js';

const en = {
  loading: 'Loading…',
  noData: 'No data',
  source: 'Source',
  sources: 'Sources',
  illustrative: 'Illustrative data',
  illustrativeNote: 'These figures are made up for demonstration.',
  empty: 'This dataset has no member countries.',
  countries: 'Member countries',
  trend: 'Trend',
  sinceYear: '{change} since {year}',
  moreThan: 'more than {value}',
  about: 'about {value}',
  errorHttp: 'Could not load {url}: HTTP {status}',
  errorNotJson: '{url} is not JSON',
  errorInvalid: 'The data is not valid: {detail}',
  errorVersion: 'Unsupported dataset: {detail}',
  errorUnknownMetric: 'Unknown metric "{metric}"',
  errorTimeout: 'Loading {url} took too long',
  errorTooLarge: '{url} is larger than {detail}',
  errorNetwork: 'Could not reach {url}',
  errorProvider: 'No <netreach-data id="{detail}"> on this page',
  errorUnknown: 'Something went wrong: {detail}',
};

export type MessageKey = keyof typeof en;
type Catalog = Record<MessageKey, string>;

const fa: Catalog = {
  loading: 'در حال بارگذاری…',
  noData: 'بدون داده',
  source: 'منبع',
  sources: 'منابع',
  illustrative: 'داده‌های نمایشی',
  illustrativeNote: 'این ارقام برای نمایش ساخته شده‌اند.',
  empty: 'این مجموعه داده هیچ کشور عضوی ندارد.',
  countries: 'کشورهای عضو',
  trend: 'روند',
  sinceYear: '{change} نسبت به {year}',
  moreThan: 'بیش از {value}',
  about: 'حدود {value}',
  errorHttp: 'بارگذاری {url} ممکن نشد: HTTP {status}',
  errorNotJson: '{url} در قالب JSON نیست',
  errorInvalid: 'داده‌ها معتبر نیستند: {detail}',
  errorVersion: 'مجموعه داده پشتیبانی نمی‌شود: {detail}',
  errorUnknownMetric: 'شاخص ناشناخته «{metric}»',
  errorTimeout: 'بارگذاری {url} بیش از حد طول کشید',
  errorTooLarge: '{url} بزرگ‌تر از {detail} است',
  errorNetwork: 'دسترسی به {url} ممکن نشد',
  errorProvider: 'عنصر <netreach-data id="{detail}"> در این صفحه نیست',
  errorUnknown: 'خطایی رخ داد: {detail}',
};

const ar: Catalog = {
  loading: 'جارٍ التحميل…',
  noData: 'لا توجد بيانات',
  source: 'المصدر',
  sources: 'المصادر',
  illustrative: 'بيانات توضيحية',
  illustrativeNote: 'هذه الأرقام مختلقة لأغراض العرض.',
  empty: 'لا تحتوي مجموعة البيانات هذه على أي دولة عضو.',
  countries: 'الدول الأعضاء',
  trend: 'الاتجاه',
  sinceYear: '{change} منذ {year}',
  moreThan: 'أكثر من {value}',
  about: 'نحو {value}',
  errorHttp: 'تعذّر تحميل {url}: HTTP {status}',
  errorNotJson: '{url} ليس بتنسيق JSON',
  errorInvalid: 'البيانات غير صالحة: {detail}',
  errorVersion: 'مجموعة بيانات غير مدعومة: {detail}',
  errorUnknownMetric: 'مقياس غير معروف «{metric}»',
  errorTimeout: 'استغرق تحميل {url} وقتًا طويلًا',
  errorTooLarge: '{url} أكبر من {detail}',
  errorNetwork: 'تعذّر الوصول إلى {url}',
  errorProvider: 'لا يوجد <netreach-data id="{detail}"> في هذه الصفحة',
  errorUnknown: 'حدث خطأ: {detail}',
};

const fr: Catalog = {
  loading: 'Chargement…',
  noData: 'Aucune donnée',
  source: 'Source',
  sources: 'Sources',
  illustrative: 'Données fictives',
  illustrativeNote: 'Ces chiffres sont inventés pour la démonstration.',
  empty: 'Ce jeu de données ne contient aucun pays membre.',
  countries: 'Pays membres',
  trend: 'Tendance',
  sinceYear: '{change} depuis {year}',
  moreThan: 'plus de {value}',
  about: 'environ {value}',
  errorHttp: 'Impossible de charger {url} : HTTP {status}',
  errorNotJson: '{url} n’est pas du JSON',
  errorInvalid: 'Les données ne sont pas valides : {detail}',
  errorVersion: 'Jeu de données non pris en charge : {detail}',
  errorUnknownMetric: 'Indicateur inconnu « {metric} »',
  errorTimeout: 'Le chargement de {url} a pris trop de temps',
  errorTooLarge: '{url} dépasse {detail}',
  errorNetwork: 'Impossible d’atteindre {url}',
  errorProvider: 'Aucun <netreach-data id="{detail}"> sur cette page',
  errorUnknown: 'Une erreur est survenue : {detail}',
};

const tr: Catalog = {
  loading: 'Yükleniyor…',
  noData: 'Veri yok',
  source: 'Kaynak',
  sources: 'Kaynaklar',
  illustrative: 'Temsilî veriler',
  illustrativeNote: 'Bu rakamlar gösterim amacıyla uydurulmuştur.',
  empty: 'Bu veri kümesinde üye ülke yok.',
  countries: 'Üye ülkeler',
  trend: 'Eğilim',
  sinceYear: '{year} yılından bu yana {change}',
  moreThan: '{value} üzeri',
  about: 'yaklaşık {value}',
  errorHttp: '{url} yüklenemedi: HTTP {status}',
  errorNotJson: '{url} JSON değil',
  errorInvalid: 'Veriler geçersiz: {detail}',
  errorVersion: 'Desteklenmeyen veri kümesi: {detail}',
  errorUnknownMetric: 'Bilinmeyen ölçüt "{metric}"',
  errorTimeout: '{url} yüklenmesi çok uzun sürdü',
  errorTooLarge: '{url}, {detail} sınırını aşıyor',
  errorNetwork: '{url} adresine ulaşılamadı',
  errorProvider: 'Bu sayfada <netreach-data id="{detail}"> yok',
  errorUnknown: 'Bir hata oluştu: {detail}',
};

const ms: Catalog = {
  loading: 'Memuatkan…',
  noData: 'Tiada data',
  source: 'Sumber',
  sources: 'Sumber',
  illustrative: 'Data ilustrasi',
  illustrativeNote: 'Angka ini direka untuk demonstrasi.',
  empty: 'Set data ini tiada negara anggota.',
  countries: 'Negara anggota',
  trend: 'Trend',
  sinceYear: '{change} sejak {year}',
  moreThan: 'lebih daripada {value}',
  about: 'kira-kira {value}',
  errorHttp: 'Tidak dapat memuatkan {url}: HTTP {status}',
  errorNotJson: '{url} bukan JSON',
  errorInvalid: 'Data tidak sah: {detail}',
  errorVersion: 'Set data tidak disokong: {detail}',
  errorUnknownMetric: 'Metrik tidak dikenali "{metric}"',
  errorTimeout: 'Memuatkan {url} mengambil masa terlalu lama',
  errorTooLarge: '{url} melebihi {detail}',
  errorNetwork: 'Tidak dapat mencapai {url}',
  errorProvider: 'Tiada <netreach-data id="{detail}"> di halaman ini',
  errorUnknown: 'Berlaku ralat: {detail}',
};

const CATALOGS: Record<string, Catalog> = { en, fa, ar, fr, tr, ms };

/** The languages whose UI strings netreach ships. */
export const UI_LANGUAGES = Object.keys(CATALOGS);

/** A UI string for `locale` (falling back to English) with `{name}` placeholders filled in as plain text. */
export function msg(locale: string, key: MessageKey, params: Record<string, string | number> = {}): string {
  const catalog = CATALOGS[languageOf(locale)] ?? en;
  const template = catalog[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
