/**
 * `embed.html?widget=map&metric=…&lang=fa&theme=dark&src=<url>` (or `dataset=silk-road`): which element to create and with which
 * attributes, from the query string. The widgets' option specs (`src/widget-options.ts`) say which parameters a
 * widget takes and which values: a value is checked as the element and the command line check it, and refused
 * for the same reason; `src` must be an http(s) or relative URL.
 */
import { optionSpec, parseOption, unavailableReason, widgetName, widgetOptions } from '../widget-options.js';

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
  const name = widgetName(widget) === widget ? widget : undefined;
  const specs = name && widgetOptions(name);
  if (!specs) return { tag: 'netreach-dashboard', attributes: [], ignored: [`widget: "${widget}" is not a netreach widget`] };
  const tag = `netreach-${name}`;
  const ignored: string[] = [];
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

/** What each widget is, in English (titles in other languages name the network alone). */
const WIDGET_NOUNS: Record<string, string> = {
  map: 'map',
  bars: 'bar chart',
  regions: 'regions chart',
  stat: 'key figure',
  trend: 'trend chart',
  table: 'table',
  dashboard: 'dashboard',
};

/**
 * What a frame of `embed.html` shows, for the iframe's title (which a screen reader names the frame by) and the
 * page's own title and heading: the network's name and, in English, what the widget is ("CINVU: map"); without
 * the name, the widget's tag.
 */
export function frameTitle(widget: string, network?: string, lang = 'en'): string {
  if (!network) return `netreach ${widget}`;
  return /^en\b/i.test(lang || 'en') ? `${network}: ${WIDGET_NOUNS[widget] ?? widget}` : network;
}
