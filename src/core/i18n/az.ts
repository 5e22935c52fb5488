/**
 * The UI strings in Azerbaijani (Latin script). Loaded on demand by loadCatalog(); inlined in the
 * classic-script bundle. Nouns stay singular after a count (57 üzv ölkə). Case suffixes follow vowel harmony,
 * which a placeholder cannot know, so sentences put no suffix on a filled-in value or name.
 */
import type { Catalog } from '../i18n.js';
import { AZERBAIJANI, AZERBAIJANI_CYRILLIC } from '../azerbaijani.js';
import { AZERBAIJANI_CYRILLIC_TAGS, toCyrillic } from '../azerbaijani-cyrillic.js';
import type { LocaleData } from '../locale.js';

const catalog: Catalog = {
  loading: 'Yüklənir…',
  noData: 'Məlumat yoxdur',
  tableTruncated: 'Cəmi {count} sətirdən ilk {shown} sətir göstərilir; CSV faylında hamısı var.',
  tableColumnsLeftOut: 'Bu sütunlar üçün burada yer yoxdur: {list}; CSV faylında var.',
  tableSharesRounded: 'Paylar yuvarlaqlaşdırılıb: cəmi {total} deyil, {sum} edir.',
  tableNoRoom: 'Burada cədvəlin {count} sətri üçün yer yoxdur; CSV faylında hamısı var.',
  source: 'Mənbə',
  sources: 'Mənbələr',
  illustrative: 'Nümunəvi məlumatlar',
  illustrativeNote: 'Bu rəqəmlər nümayiş üçün uydurulub.',
  empty: 'Bu məlumat toplusunda üzv ölkə yoxdur.',
  countries: 'Üzv ölkələr',
  trend: 'Dinamika',
  sinceYear: '{year} ilindən bəri {change}',
  unchangedSinceYear: '{year} ilindən bəri dəyişməyib',
  unchangedSincePeriod: '{period} rəqəminə nisbətən dəyişməyib',
  moreThan: '{value} və daha çox',
  about: 'təxminən {value}',
  other: 'Digər ({count})',
  byRegion: 'Regionlar üzrə {metric}',
  byCountry: 'Ölkələr üzrə {metric}',
  regions: 'Regionlar',
  total: 'Cəmi',
  valueShare: '{value} ({share})',
  waffleCountries: 'Hər kvadrat bir üzv ölkədir',
  wafflePercent: 'Hər kvadrat cəmin {unit} qədərini göstərir',
  andMore: 'və daha {count}',
  mapFarSide: 'Qlobusun bu tərəfində görünmür: {list}.',
  mapMetricNotByCountry: '{metric}: mənbələr bu ölkələr üçün rəqəm vermir; xəritə regionları göstərir.',
  barsCountOfOne: 'Ölkə-ölkə sayıldıqda hər sütun {one} olardı: burada müqayisə ediləcək bir şey yoxdur.',
  noFiguresToDraw: '{metric}: mənbələr burada çəkiləcək rəqəm vermir.',
  mapRange: '{metric}: ən yüksək {high}, ən aşağı {low}.',
  mapMissing: '{count} ölkə üzrə məlumat yoxdur.',
  mapReach: 'Şəbəkəmiz {home} ölkəsindən {count} ölkəyə çatır.',
  mapShowTable: 'Cədvəl kimi göstər',
  mapCountry: 'Ölkə',
  mapRegion: 'Region',
  trendGap: '{years} üzrə rəqəm yoxdur.',
  trendKeys: 'İllər arasında keçmək üçün sol və sağ ox düymələrindən istifadə edin.',
  trendNoTotals: '{metric} üzrə dərc olunmuş yekun rəqəm yoxdur.',
  tableCaptionMembers: '{network}: üzv ölkələr',
  tableCaptionUniversities: '{network}: universitetlər',
  tableCaptionRegions: '{network}: regionlar üzrə üzvlər',
  tableCountry: 'Ölkə',
  tableRegion: 'Region',
  tableJoined: 'Üzvlük ili',
  tableUniversity: 'Universitet',
  tableCity: 'Şəhər',
  tableShare: 'Pay',
  errorHttp: '{url} yüklənə bilmədi: HTTP {status}',
  errorNotJson: '{url} JSON deyil',
  errorInvalid: 'Məlumatlar yanlışdır: {detail}',
  errorVersion: 'Dəstəklənməyən məlumat toplusu: {detail}',
  errorUnknownMetric: 'Naməlum göstərici: "{metric}"',
  errorTimeout: '{url} ünvanının yüklənməsi çox uzun çəkdi',
  errorTooLarge: '{url} ünvanının həcmi {detail} həddini aşır',
  errorNetwork: '{url} ünvanına qoşulmaq mümkün olmadı',
  errorProvider: 'Bu səhifədə <netreach-data id="{detail}"> yoxdur',
  errorGeometry: 'Dünya xəritəsi yüklənə bilmədi',
  errorUnknown: 'Xəta baş verdi: {detail}',
  menu: 'Diaqram menyusu',
  downloadPng: 'PNG endir',
  downloadSvg: 'SVG endir',
  downloadCsv: 'CSV endir',
  pngFailed: 'Bu səhifənin təhlükəsizlik siyasəti PNG-ni bloklayır; SVG endirmə işləyir.',
  viewData: 'Məlumatlara bax',
  hideData: 'Məlumatları gizlət',
  fullScreen: 'Tam ekran',
  exitFullScreen: 'Tam ekrandan çıx',
  close: 'Bağla',
  selected: 'Seçilib: {name}',
  clearSelection: 'Seçimi sıfırla',
  keyFigures: 'Əsas göstəricilər',
  dashboardTitle: 'Ümumi baxış',
  countriesVisitors: 'Qonaqların ölkələri',
  countriesPartners: 'Tərəfdaş ölkələr',
  countMembers: '{count} üzv ölkə',
  countVisitors: 'qonaqların gəldiyi {count} ölkə',
  countPartners: '{count} tərəfdaş ölkə',
  universities: 'Universitetlər',
  atLeast: 'ən azı {value}',
  atMost: 'ən çoxu {value}',
  namedInSources: 'mənbələrdə adı çəkilən: {count}',
  notShown: 'göstərilməyən: {count}',
  partialNote: 'Mənbələrdə {total} arasından yalnız {count} adı çəkilir; qalanları göstərilmir.',
  partialSome: 'Mənbələr yalnız bəzilərinin adını çəkir.',
  examplesNote: 'Mənbə bunları nümunə kimi sadalayır (“kimi”): daha çox ola bilər.',
  sincePeriod: '{period} rəqəminə nisbətən {change}',
  inYear: '{year} ilində',
  computed: 'Hesablanmış',
  growthComputed: 'İki rəqəmdən hesablanıb: {fromWhen} {from} ({fromSource}) və {toWhen} {to} ({toSource}).',
  growthRounding: '{figure} yuvarlaqlaşdırılmış ola bilər ({taken} qədər).',
  periodNote: 'Mənbə {value} üçün yalnız “{period}” deyir: il göstərmir.',
  continents: 'Qitələr',
  regionsUnavailable: 'Mənbələr region təyin etmir, ona görə də regionlar üzrə qruplaşdırma yoxdur.',
  regionsInferred:
    'Mənbələr yalnız hər regionda neçə ölkə olduğunu bildirir; hansı ölkənin hansı regionda olduğu ehtimal əsasında müəyyən edilib.',
  listInferred: 'Mənbələr yalnız neçə ölkə olduğunu bildirir; hansı ölkələr olduğu ehtimal əsasında müəyyən edilib.',
  countriesInferred: 'Mənbələr yalnız hər regionda neçə ölkə olduğunu bildirir; hansı ölkələr olduğu ehtimal əsasında müəyyən edilib.',
  regionsContinents: 'Regionlar bu məlumat toplusu üçün təyin edilmiş qitələrdir: mənbələr region vermir.',
  waffleVisitors: 'Hər kvadrat qonaqların gəldiyi bir ölkədir',
  wafflePartners: 'Hər kvadrat bir tərəfdaş ölkədir',
  mapSummaryRegions: 'Regionlar üzrə xəritə — {countries}: {list}.',
  mapSummaryPlain: 'Xəritə — {countries}.',
  trendRose: '{metric}: {fromWhen} {from} səviyyəsindən {toWhen} {to} səviyyəsinə yüksəldi.',
  trendFell: '{metric}: {fromWhen} {from} səviyyəsindən {toWhen} {to} səviyyəsinə düşdü.',
  trendSteady: '{metric}: {to} səviyyəsində qaldı ({fromWhen} və {toWhen}).',
  trendSingle: '{metric}: {when} {value}.',
  tableCaptionVisitors: '{network}: qonaqların ölkələri',
  tableCaptionPartners: '{network}: tərəfdaş ölkələr',
  tableCaptionOverlap: '{a} və {b}: ölkələrin müqayisəsi',
  tableAsWritten: 'Mənbədəki yazılışı',
  tableOmitted: 'Mənbələr hər ölkə üzrə rəqəm vermədiyi üçün göstərilmir: {list}.',
  tableNoFigures: 'Mənbələr hər ölkə üzrə rəqəm vermir: {list}.',
  tableOverlap: 'Hansı siyahıda',
  overlapBoth: 'Hər ikisində',
  overlapOnly: 'Yalnız {network}',
  overlapSummary: '{a} ilə {b} müqayisəsi: hər ikisində {both}, yalnız {a} {onlyA}, yalnız {b} {onlyB}.',
  overlapCaveat: '{network} siyahısı tam deyil, ona görə də yalnız digərində göstərilən ölkə hər ikisində ola bilər.',
  overlapWhole: 'Saylar yalnız {region} üçün deyil, bütün şəbəkələr üçündür.',
  overlapLists: '{a}: {aList}. {b}: {bList}.',
  aboutData: 'Bu məlumatlar haqqında',
  aboutFor: 'İstifadə olunduğu yer: {list}',
  aboutLanguage: '{language} dilində',
  hideAbout: 'Bu məlumatlar haqqında bölməsini gizlət',
  aboutTranslated: 'Bu məlumat toplusu üçün tərcümə edilib, mənbədən götürülməyib: {list}.',
  errorUnknownDataset: 'Naməlum məlumat toplusu "{detail}"',
};

/** Names, order, "and" and numbers, which Chromium has no Azerbaijani data for (see LocaleData in locale.ts), in either script. */
export const localeData: LocaleData = {
  az: AZERBAIJANI,
  'az-Latn': AZERBAIJANI,
  ...Object.fromEntries(AZERBAIJANI_CYRILLIC_TAGS.map((tag) => [tag, AZERBAIJANI_CYRILLIC])),
};

let cyrillic: Catalog | undefined;
/**
 * The catalogs of the tags in Cyrillic script (msg() reads a whole tag's catalog before its language's): the same
 * strings letter by letter (see toCyrillic), written when first read, so that a Latin page does not pay for them.
 */
export const scripts = Object.defineProperties(
  {},
  Object.fromEntries(
    AZERBAIJANI_CYRILLIC_TAGS.map((tag) => [
      tag,
      {
        enumerable: true,
        get: () =>
          (cyrillic ??= Object.fromEntries(
            Object.entries(catalog).map(([key, message]) => [
              key,
              typeof message === 'string'
                ? toCyrillic(message)
                : Object.fromEntries(Object.entries(message).map(([form, text]) => [form, toCyrillic(text)])),
            ]),
          ) as Catalog),
      },
    ]),
  ),
) as Readonly<Record<string, Catalog>>;

export default catalog;
