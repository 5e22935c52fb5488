/**
 * `embed.html?widget=map&metric=…&lang=fa&theme=dark&src=<url>` (or `dataset=silk-road`): which element to create and with which
 * attributes, from the query string. The widgets' option specs (`src/widget-options.ts`) say which parameters a
 * widget takes and which values: a value is checked as the element and the command line check it, and refused
 * for the same reason; `src` must be an http(s) or relative URL.
 */
import { colon } from '../core/locale.js';
import { AZERBAIJANI_CYRILLIC_TAGS, toCyrillic } from '../core/azerbaijani-cyrillic.js';
import { languageOf } from '../core/localized-name.js';
import { optionSpec, parseOption, unavailableReason, widgetName, widgetOptions, WIDGETS, type WidgetName } from '../widget-options.js';

/** The message `embed.html` posts to its parent with its height. */
export const HEIGHT_MESSAGE = 'netreach:height';

export interface EmbedConfig {
  tag: string;
  attributes: [string, string][];
  /** Query parameters that were ignored, and why: shown in the console for whoever builds the URL. */
  ignored: string[];
}

export function embedConfig(search: string, base = 'https://example.invalid/embed.html'): EmbedConfig {
  const params = new URLSearchParams(search);
  const widget = params.get('widget') ?? 'dashboard';
  const known = widgetName(widget) === widget && widgetOptions(widget) ? widget : undefined;
  // An unknown widget shows the dashboard of the data asked for, not of the default network.
  const name = known ?? 'dashboard';
  const specs = widgetOptions(name)!;
  const tag = `netreach-${name}`;
  const ignored: string[] = known ? [] : [`widget: "${widget}" is not a netreach widget; the dashboard is shown`];
  const attributes: [string, string][] = [];
  for (const [attribute, raw] of params) {
    if (attribute === 'widget') continue;
    const spec = optionSpec(specs, attribute);
    if (!spec) {
      ignored.push(`${attribute}: not an attribute of <${tag}>`);
      continue;
    }
    const unavailable = unavailableReason(spec, 'embed');
    if (unavailable) {
      ignored.push(`${attribute}: ${unavailable}`);
      continue;
    }
    const result = parseOption(spec, raw.slice(0, 2000));
    // A dataset netreach does not bundle is the widget's to refuse: it says so in the frame ("Unknown dataset"),
    // where ignoring it showed another network's figures.
    if (!result.ok && attribute === 'dataset') {
      attributes.push([attribute, raw.slice(0, 2000)]);
      continue;
    }
    if (!result.ok) {
      ignored.push(`${attribute}: ${result.reason}`);
      continue;
    }
    if (spec.type === 'url' && typeof result.value === 'string' && !httpUrl(result.value, base)) {
      ignored.push(`${attribute}: "${result.value}" is not an http(s) or relative URL`);
      continue;
    }
    // A switch is its presence (`presenter=false` leaves it off); no value, no attribute.
    if (result.value === undefined || result.value === false) continue;
    attributes.push([attribute, result.value === true ? '' : String(result.value)]);
  }
  return { tag, attributes, ignored };
}

/** Resolved against the page, still http(s): the spec's check, and the browser's URL parser's. */
function httpUrl(value: string, base: string): boolean {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * What each widget is, in every language netreach ships (in the order of `WIDGETS`), for frame titles: in this page's script and the configurator's alone, not in the widgets' bundles.
 * The words follow each language's UI strings ("bagan" for a chart in Indonesian, "carta" in Malay, the trend's
 * "Dinamika" in Azerbaijani and Russian).
 */
const WIDGET_NOUNS: Record<string, string> = {
  en: 'key figure|map|bar chart|regions chart|trend chart|table|dashboard',
  ar: 'رقم رئيسي|خريطة|مخطط أعمدة|مخطط المناطق|مخطط الاتجاه|جدول|لوحة معلومات',
  az: 'əsas göstərici|xəritə|sütunlu diaqram|regionlar diaqramı|dinamika diaqramı|cədvəl|idarə paneli',
  bn: 'মূল পরিসংখ্যান|মানচিত্র|বার চার্ট|অঞ্চল চার্ট|প্রবণতা চার্ট|সারণি|ড্যাশবোর্ড',
  fa: 'رقم کلیدی|نقشه|نمودار میله‌ای|نمودار مناطق|نمودار روند|جدول|داشبورد',
  fr: 'chiffre clé|carte|graphique à barres|graphique des régions|graphique de tendance|tableau|tableau de bord',
  id: 'angka utama|peta|bagan batang|bagan kawasan|bagan tren|tabel|dasbor',
  ms: 'angka utama|peta|carta bar|carta rantau|carta trend|jadual|papan pemuka',
  pt: 'número-chave|mapa|gráfico de barras|gráfico de regiões|gráfico de tendência|tabela|painel',
  ru: 'ключевой показатель|карта|столбчатая диаграмма|диаграмма регионов|диаграмма динамики|таблица|панель',
  tr: 'temel gösterge|harita|çubuk grafik|bölge grafiği|eğilim grafiği|tablo|pano',
  ur: 'کلیدی عدد|نقشہ|بار چارٹ|خطوں کا چارٹ|رجحان کا چارٹ|جدول|ڈیش بورڈ',
  zh: '关键数字|地图|条形图|地区图|趋势图|表格|仪表板',
};

/** A widget's noun in a language netreach ships (`widgetNoun('map', 'fa-IR')` → "نقشه"), else undefined. */
export function widgetNoun(widget: string, lang = 'en'): string | undefined {
  const nouns = WIDGET_NOUNS[languageOf(lang || 'en')];
  const index = WIDGETS.indexOf(widget as WidgetName);
  const noun = nouns && index >= 0 ? nouns.split('|')[index] : undefined;
  // Azerbaijani in Cyrillic script, as its widgets write it (see toCyrillic).
  return noun && (AZERBAIJANI_CYRILLIC_TAGS as readonly string[]).includes(lang) ? toCyrillic(noun) : noun;
}

/**
 * What a frame of `embed.html` shows, for the iframe's title (which a screen reader names the frame by) and the
 * page's own title and heading: the network's name and what the widget is, in the frame's language, joined by
 * its colon ("CINVU: map", "سیناو: نقشه", "CINVU : carte", "CINVU：地图"); in a language netreach does not ship,
 * the network's name alone; without the name, the widget's tag.
 */
export function frameTitle(widget: string, network?: string, lang = 'en'): string {
  if (!network) return `netreach ${widget}`;
  const noun = widgetNoun(widget, lang);
  return noun ? network + colon(lang || 'en') + noun : network;
}
