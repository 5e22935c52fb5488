/**
 * Static images of the widgets, for slides: `renderSvg()` draws a widget as one standalone SVG document (title,
 * chart, legend, source line, the "Illustrative data" badge) with the elements' own models and layouts, in any
 * language the widgets speak, light or dark. No DOM: it runs in Node (the `netreach render` command rasterizes
 * it to PNG) and in browsers.
 *
 * The SVG uses presentation attributes only (no stylesheet, no custom properties, no classes), names the font
 * stack `Vazirmatn, Tahoma, sans-serif`, and is exactly `width`×`height` user units and pixels.
 */
import { sourceLabel } from '../core/aggregate.js';
import { loadCatalog, msg } from '../core/i18n.js';
import { directionOf, resolveLocale } from '../core/locale.js';
import { networkName } from '../core/names.js';
import { PALETTES, type ThemeName } from '../core/palette.js';
import { COUNTRIES_METRIC, type Dataset } from '../core/types.js';
import { barsWidget, regionsWidget, statWidget, trendWidget } from './charts.js';
import type { Box, StaticContext, StaticWidget } from './context.js';
import { loadMapGeometry } from '../geo/geometry.js';
import { mapScene } from '../map/map.scene.js';
import { renderWidgetFile } from '../scene/render.js';
import { el, escapeXml, FONT_FAMILY, fitText, measureText, physicalAnchor, textEl, wrapText } from './svg.js';

export type { Box, StaticContext, StaticWidget } from './context.js';
export { escapeXml, measureText, FONT_FAMILY } from './svg.js';

/** The widgets `renderSvg()` draws. */
export const STATIC_WIDGETS = ['stat', 'map', 'bars', 'regions', 'trend'] as const;
export type StaticWidgetName = (typeof STATIC_WIDGETS)[number];

export const DEFAULT_WIDTH = 1920;
export const DEFAULT_HEIGHT = 1080;
/** Smallest and largest image side `renderSvg()` accepts, in pixels. */
export const MIN_SIDE = 200;
export const MAX_SIDE = 8192;

export interface RenderOptions {
  /** A metric id: `countries` or one of the dataset's; each widget's default when absent. */
  metric?: string;
  /** BCP 47 language tag; `en` when absent. */
  lang?: string;
  theme?: ThemeName;
  /** The image's size in pixels; 1920×1080 when absent. */
  width?: number;
  height?: number;
  /**
   * Widget options as the elements' attributes spell them: `type` (regions: `waffle`/`donut`; trend:
   * `line`/`area`), `group-by`, `sort`, `limit` (bars), `projection`, `region`, `mode`, `home` (map).
   */
  [option: string]: string | number | undefined;
}

export type RenderErrorCode = 'unknown-widget' | 'unknown-metric' | 'bad-option';

/** Why `renderSvg()` could not draw: `code` is stable, the message names the problem in English. */
export class RenderError extends Error {
  override readonly name = 'RenderError';
  constructor(
    readonly code: RenderErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The widgets not yet drawn from a scene (the map is: see `renderSvg`). */
const WIDGETS: Record<Exclude<StaticWidgetName, 'map'>, (context: StaticContext) => StaticWidget> = {
  stat: statWidget,
  bars: barsWidget,
  regions: regionsWidget,
  trend: trendWidget,
};

const THEMES: readonly ThemeName[] = ['light', 'dark'];

/** Which options each widget reads, and the values a closed option may take. */
const WIDGET_OPTIONS: Record<StaticWidgetName, Record<string, readonly string[] | null>> = {
  stat: {},
  map: { projection: ['equal-earth', 'natural-earth', 'mercator', 'orthographic'], region: null, mode: ['default', 'reach'], home: null },
  bars: { 'group-by': ['region', 'country'], sort: ['value', 'name', 'none'], limit: null },
  regions: { type: ['waffle', 'donut'] },
  trend: { type: ['line', 'area'] },
};

function checkSide(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < MIN_SIDE || value > MAX_SIDE) {
    throw new RenderError('bad-option', `${name} must be a whole number of pixels from ${MIN_SIDE} to ${MAX_SIDE} (got ${String(value)})`);
  }
  return value;
}

function checkOptions(widget: StaticWidgetName, dataset: Dataset, options: RenderOptions): Record<string, string | number | undefined> {
  const known = WIDGET_OPTIONS[widget];
  const result: Record<string, string | number | undefined> = {};
  for (const [name, value] of Object.entries(options)) {
    if (['metric', 'lang', 'theme', 'width', 'height'].includes(name) || value === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(known, name)) {
      throw new RenderError('bad-option', `the ${widget} widget has no option "${name}"`);
    }
    const allowed = known[name];
    if (allowed && !allowed.includes(String(value))) {
      throw new RenderError('bad-option', `${name} must be one of ${allowed.join(', ')} (got "${String(value)}")`);
    }
    if (name === 'limit' && !(Number.isInteger(Number(value)) && Number(value) >= 1)) {
      throw new RenderError('bad-option', `limit must be a whole number of rows, 1 or more (got "${String(value)}")`);
    }
    if (name === 'region' && !dataset.regions.some((region) => region.id === value)) {
      throw new RenderError(
        'bad-option',
        `unknown region "${String(value)}" (the dataset has ${dataset.regions.map((region) => region.id).join(', ')})`,
      );
    }
    if (name === 'home' && !dataset.members.some((member) => member.country === value)) {
      throw new RenderError(
        'bad-option',
        `home "${String(value)}" is not a member country (an alpha-3 code such as ${dataset.members[0]?.country ?? 'PAK'})`,
      );
    }
    result[name] = value;
  }
  return result;
}

/**
 * Draws `widget` for `dataset` as a standalone SVG document of exactly `width`×`height` pixels.
 * Throws {@link RenderError} for an unknown widget, metric, region or option value, or a bad size.
 */
export async function renderSvg(widget: string, dataset: Dataset, options: RenderOptions = {}): Promise<string> {
  if (!(STATIC_WIDGETS as readonly string[]).includes(widget)) {
    throw new RenderError('unknown-widget', `unknown widget "${widget}" (expected one of ${STATIC_WIDGETS.join(', ')})`);
  }
  const name = widget as StaticWidgetName;
  const metric = options.metric === undefined || options.metric === '' ? undefined : String(options.metric);
  if (metric !== undefined && metric !== COUNTRIES_METRIC && !dataset.metrics?.some((entry) => entry.id === metric)) {
    const ids = [COUNTRIES_METRIC, ...(dataset.metrics ?? []).map((entry) => entry.id)];
    throw new RenderError('unknown-metric', `unknown metric "${metric}" (the dataset has ${ids.join(', ')})`);
  }
  const theme = options.theme ?? 'light';
  if (!THEMES.includes(theme)) throw new RenderError('bad-option', `theme must be light or dark (got "${String(theme)}")`);
  const width = checkSide('width', options.width, DEFAULT_WIDTH);
  const height = checkSide('height', options.height, DEFAULT_HEIGHT);
  const widgetOptions = checkOptions(name, dataset, options);
  if (name === 'map') {
    // The element's own scene, given the geometry it loads: `toSVG()` of a map with these options is this file.
    const geometry = await loadMapGeometry();
    return renderWidgetFile(mapScene, dataset, { ...widgetOptions, metric, geometry }, { width, height, lang: options.lang, theme });
  }

  const locale = resolveLocale(options.lang);
  await loadCatalog(locale);
  const rtl = directionOf(locale) === 'rtl';
  const palette = PALETTES[theme];
  const unit = Math.min(width / 960, height / 540);
  const context: StaticContext = { dataset, metric, locale, rtl, palette, width, height, unit, options: widgetOptions };
  const prepared = WIDGETS[name](context);

  // The frame: margins, the network's name above the title, the badge, the source line at the foot.
  const margin = Math.round(36 * unit);
  const inner = width - 2 * margin;
  const start = physicalAnchor('start', rtl);
  const startX = rtl ? width - margin : margin;
  const out: string[] = [];
  const defs: string[] = [];
  out.push(el('rect', { width, height, fill: palette.bg }));

  const badgeSize = 14 * unit;
  const badgeText = dataset.illustrative ? msg(locale, 'illustrative') : '';
  const badgeWidth = badgeText ? measureText(badgeText, badgeSize, 600) + badgeSize * 1.6 : 0;

  const kickerSize = 18 * unit;
  let y = margin + kickerSize;
  out.push(
    textEl(
      startX,
      y,
      fitText(networkName(dataset, locale), inner - badgeWidth - kickerSize, kickerSize, 600),
      { size: kickerSize, weight: 600, fill: palette.accent, anchor: start },
      rtl,
    ),
  );
  if (badgeText) {
    const badgeHeight = badgeSize * 1.7;
    const badgeX = rtl ? margin : width - margin - badgeWidth;
    const badgeY = y - kickerSize * 0.8;
    out.push(
      el('rect', {
        x: badgeX,
        y: badgeY,
        width: badgeWidth,
        height: badgeHeight,
        rx: badgeHeight / 2,
        fill: 'none',
        stroke: palette.muted,
        'stroke-width': Math.max(1, unit),
        'stroke-dasharray': `${3 * unit} ${2 * unit}`,
      }),
    );
    out.push(
      textEl(
        badgeX + badgeWidth / 2,
        badgeY + badgeHeight * 0.68,
        badgeText,
        { size: badgeSize, weight: 600, fill: palette.muted, anchor: 'middle' },
        rtl,
      ),
    );
  }

  const titleSize = 34 * unit;
  const titleLines = wrapText(prepared.title, inner, titleSize, 700, 2);
  for (const line of titleLines) {
    y += titleSize * 1.25;
    out.push(textEl(startX, y, line, { size: titleSize, weight: 700, fill: palette.fg, anchor: start }, rtl));
  }

  // The source line: up to two lines at the foot, the last one ending at the bottom margin.
  const sourceSize = 15 * unit;
  let footerTop = height - margin;
  if (prepared.sources.length) {
    const heading = msg(locale, prepared.sources.length === 1 ? 'source' : 'sources');
    const lines = wrapText(`${heading}: ${prepared.sources.map(sourceLabel).join('; ')}`, inner, sourceSize, 400, 2);
    footerTop -= (lines.length - 1) * sourceSize * 1.35 + sourceSize;
    lines.forEach((line, index) => {
      const baseline = height - margin - (lines.length - 1 - index) * sourceSize * 1.35;
      out.push(textEl(startX, baseline, line, { size: sourceSize, fill: palette.muted, anchor: start }, rtl));
    });
  }

  const top = y + titleSize * 0.8;
  const box: Box = { x: margin, y: top, width: inner, height: Math.max(10, footerTop - sourceSize * 1.2 - top) };
  const chart = await prepared.draw(box, defs);

  const lang = locale.replace(/[^A-Za-z0-9-]/g, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${FONT_FAMILY}" xml:lang="${lang}" role="img">` +
    el('title', {}, escapeXml(`${networkName(dataset, locale)}: ${prepared.title}`)) +
    (defs.length ? `<defs>${defs.join('')}</defs>` : '') +
    out.join('') +
    chart +
    '</svg>\n'
  );
}
