/**
 * `embed.html?widget=map&metric=…&lang=fa&theme=dark&src=<url>` (or `dataset=silk-road`): which element to create and with which
 * attributes, from the query string. Only known widgets and attributes pass; values are checked the way the
 * elements check them, and `src` must be an http(s) or relative URL.
 */
import { BUNDLED_DATASETS } from '../core/default-dataset.js';
import { resolveLocale } from '../core/locale.js';

/** The message `embed.html` posts to its parent with its height. */
export const HEIGHT_MESSAGE = 'netreach:height';

const COMMON = ['src', 'dataset', 'lang', 'theme', 'controls', 'presenter'] as const;

/** Each embeddable widget and the attributes it takes from the query string. */
export const EMBED_WIDGETS: Record<string, readonly string[]> = {
  stat: ['metric'],
  map: ['metric', 'region', 'highlight', 'projection', 'legend', 'mode', 'home'],
  bars: ['metric', 'group-by', 'limit', 'sort'],
  regions: ['metric', 'type'],
  trend: ['metric', 'type'],
  table: ['of', 'metrics', 'sort'],
  dashboard: ['metric', 'region', 'highlight'],
};

/** The allowed values of the attributes that take one of a few. */
export const ENUMS: Record<string, readonly string[]> = {
  theme: ['light', 'dark', 'auto'],
  controls: ['none', 'menu'],
  projection: ['equal-earth', 'natural-earth', 'mercator', 'orthographic'],
  legend: ['none', 'bottom', 'side'],
  mode: ['default', 'reach'],
  'group-by': ['country', 'region'],
  of: ['members', 'universities', 'regions'],
  dataset: BUNDLED_DATASETS,
};

export interface EmbedConfig {
  tag: string;
  attributes: [string, string][];
  /** Query parameters that were ignored, and why: shown in the console for whoever builds the URL. */
  ignored: string[];
}

function allowedUrl(value: string, base: string): boolean {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function embedConfig(search: string, base = 'https://example.invalid/embed.html'): EmbedConfig {
  const params = new URLSearchParams(search);
  const widget = params.get('widget') ?? 'dashboard';
  const ignored: string[] = [];
  const known = EMBED_WIDGETS[widget];
  if (!Object.prototype.hasOwnProperty.call(EMBED_WIDGETS, widget) || !known) {
    return { tag: 'netreach-dashboard', attributes: [], ignored: [`widget: "${widget}" is not a netreach widget`] };
  }
  const allowed = new Set<string>([...COMMON, ...known]);
  const attributes: [string, string][] = [];
  for (const [name, raw] of params) {
    if (name === 'widget') continue;
    const value = raw.trim().slice(0, 2000);
    if (!allowed.has(name)) {
      ignored.push(`${name}: not an attribute of <netreach-${widget}>`);
      continue;
    }
    const choices = ENUMS[name];
    if (choices && !choices.includes(value)) {
      ignored.push(`${name}: "${value}" is not one of ${choices.join(', ')}`);
      continue;
    }
    if (name === 'src' && !allowedUrl(value, base)) {
      ignored.push('src: only http(s) URLs are allowed');
      continue;
    }
    if (name === 'lang' && resolveLocale(value) === 'en' && !/^en\b/i.test(value)) {
      ignored.push(`lang: "${value}" is not a language tag`);
      continue;
    }
    if (name === 'limit' && !/^\d{1,4}$/.test(value)) {
      ignored.push(`limit: "${value}" is not a whole number`);
      continue;
    }
    attributes.push([name, value]);
  }
  return { tag: `netreach-${widget}`, attributes, ignored };
}
