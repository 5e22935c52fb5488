/**
 * Files in the browser: a widget's SVG document (written from its scene by `src/scene/document.ts`, as the command
 * line writes it, in the colours and font a page's `--netreach-*` properties give the widget), a PNG rasterized
 * from it, and downloads.
 */
import type { OptionSpecs } from '../core/options.js';
import type { Dataset } from '../core/types.js';
import { withAlpha } from '../core/paint.js';
import { widgetDocument, type PageTheme } from '../scene/render.js';
import { withPixelDensity } from '../static/png.js';
import { pageMeasure } from './measure.js';
import type { ExportContent, ExportHost, FileKind, FileSize, SceneFile } from './export-controller.js';

/** The `--netreach-*` colours a file draws with, less their prefix. */
const COLOURS =
  'color background muted-color border-color accent map-low map-high map-land map-border map-arc bar-color trend-color region-1 region-2 region-3 region-4 region-5 region-6 region-7 region-8';

/** `value` as `#rrggbb`, or `#rrggbbaa` where translucent; `undefined` for one that is not a colour. */
function hex(context: CanvasRenderingContext2D, value: string): string | undefined {
  if (!CSS.supports('color', value)) return;
  context.fillStyle = value;
  const colour = String(context.fillStyle);
  if (colour.startsWith('#')) return colour;
  let channels = colour.startsWith('rgba(') && colour.match(/[\d.]+/g)!.map(Number);
  if (!channels) {
    // Another space (`oklch(…)`, `color(srgb …)`, as the canvas says them): its sRGB pixel.
    context.clearRect(0, 0, 1, 1);
    context.fillRect(0, 0, 1, 1);
    channels = [...context.getImageData(0, 0, 1, 1).data];
    channels[3]! /= 255;
  }
  const [r, g, b, alpha] = channels;
  return withAlpha(`#${[r!, g!, b!].map((c) => c.toString(16).padStart(2, '0')).join('')}`, alpha!);
}

/**
 * What a page's `--netreach-*` properties make `host` show, read once per file (never per draw): each colour as
 * `#rrggbb`, a translucent one as `#rrggbbaa` (one unset, unreadable or `currentColor` is the theme's), and the
 * font.
 */
export function pageTheme(host: Element): PageTheme {
  const style = getComputedStyle(host);
  const read = (name: string) => style.getPropertyValue(`--netreach-${name}`).trim();
  const context = document.createElement('canvas').getContext('2d');
  const colours: Record<string, string> = {};
  for (const name of COLOURS.split(' ')) {
    const value = read(name);
    const colour = context && value && !/currentcolor/i.test(value) && hex(context, value);
    if (colour) colours[name] = colour;
  }
  // (A custom property's own `inherit` or `initial` never reads back: what it inherits does, or nothing.)
  return { colours, font: read('font') || undefined };
}

/**
 * The theme a file is drawn in: `dark` when the widget shows dark colours — `theme="dark"`, `auto` on a dark
 * system (its document's: an iframe's follows its element's `color-scheme`), or without a theme under light text (OKLCH
 * lightness over 0.7, which gives the widget the dark theme's accents, src/base/theme.ts) —, else `light`.
 */
function theme(host: ExportHost): 'light' | 'dark' {
  const { theme } = host;
  if (theme === 'dark' || (theme === 'auto' && host.ownerDocument.defaultView?.matchMedia('(prefers-color-scheme: dark)').matches))
    return 'dark';
  const context = !theme && document.createElement('canvas').getContext('2d');
  // White where the text is light; none in a browser without relative colours, which leaves the widget light too.
  return context && hex(context, `oklch(from ${getComputedStyle(host).color} clamp(0, (l - 0.7) * 1000, 1) 0 0)`) === '#ffffff'
    ? 'dark'
    : 'light';
}

/** `host`'s SVG document at `width`×`height` (its own size by default, at least 200). */
export function hostDocument(host: ExportHost, file: SceneFile, dataset: Dataset, options: FileSize): string {
  const side = (value: number | undefined, own: number, fallback: number) => Math.max(200, Math.round(value ?? (own || fallback)));
  return widgetDocument(file.scene, dataset, file.options, {
    width: side(options.width, host.clientWidth, 960),
    height: side(options.height, host.clientHeight, 540),
    lang: host.locale,
    theme: options.theme ?? theme(host),
    page: pageTheme(host),
    background: options.background,
    // The font the file names, as the page draws it: its family alone (a file carries no stretch or spacing).
    measure: (font) => pageMeasure(`normal|normal|0px|0px|${font}`, host.ownerDocument),
  });
}

/** Rasterizes an SVG document to PNG at `scale` device pixels per CSS pixel, saying 96 × `scale` pixels per inch. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const size = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg);
  const width = Number(size?.[1] ?? 600);
  const height = Number(size?.[2] ?? 400);
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  // A page whose Content-Security-Policy has no `img-src data:` blocks the image, which then fails to decode.
  await image.decode().catch((error: unknown) => {
    throw new Error('netreach: the SVG could not be drawn into a PNG (a Content-Security-Policy needs img-src data: for it)', {
      cause: error,
    });
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  // Its pixel density said (`withPixelDensity()`), as the command line's PNG says it: a 2× image is placed in slides
  // at the 1× one's size.
  return new Blob([withPixelDensity(new Uint8Array(await blob.arrayBuffer()), scale)], { type: 'image/png' });
}

/**
 * The options (by property name) that make two widgets of one metric draw different pictures: the bars' grouping,
 * the regions' and the trend's type, the table's list and columns, the map's mode and arcs' home, the dashboard's
 * selection.
 */
const DRAWN_OPTIONS = 'groupBy type of metrics mode home selectedRegion selectedCountry'.split(' ');

/**
 * A file's name after what it shows, so that two files of one page (two stats on a slide, a Persian one, two
 * universities' maps) never share it: the network, the widget, its metric, region, highlighted members (`irn`: the
 * dataset's members among them, in alphabetical order, so that a code the map ignores names nothing),
 * step and compared network where set, what else draws another
 * picture of them where not its default (`DRAWN_OPTIONS`: `cinvu-bars-countries-by-country.png`),
 * and the language unless English — `cinvu-stat-virtual-students-fa.png`, `cinvu-map-step-2.svg`. Lower-case letters,
 * digits and hyphens only (anything else one hyphen), at most 120 characters before the extension.
 */
export function fileName(host: ExportHost, dataset: Dataset, options: Readonly<Record<string, unknown>> = {}, kind: string): string {
  const { metric, region, highlight, step, compare } = options;
  const highlighted =
    typeof highlight == 'string' &&
    highlight
      .toUpperCase()
      .split(/[\s,]+/)
      .filter((code) => dataset.members.some((member) => member.country == code))
      .sort()
      .join(' ');
  const specs = (host.constructor as { optionSpecs?: OptionSpecs }).optionSpecs ?? [];
  // What else draws another picture of the same metric, where set and not its default (a default keeps names short).
  const drawn = DRAWN_OPTIONS.map((property) => {
    const value = options[property];
    // The arcs' home draws nothing but the reach.
    if (value !== specs.find((spec) => spec.property == property)?.default && (property != 'home' || options.mode == 'reach'))
      return property == 'groupBy' ? `by-${String(value)}` : value;
  });
  const parts = [
    dataset.network.id,
    host.localName.slice(9),
    metric,
    region,
    highlighted,
    ...drawn,
    typeof step == 'number' && `step-${step}`,
    compare && `vs-${String(compare)}`,
  ];
  if (!/^en\b/i.test(host.locale)) parts.push(host.locale);
  const name = parts
    .filter((part) => typeof part == 'string')
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 120);
  return `${name.replace(/^-|-$/g, '')}.${kind}`;
}

/** Offers `content` as a file download, from a link in `doc` (the widget's: an iframe's, where it is in one). */
export function download(content: Blob | string, filename: string, type: string, doc: Document): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * `host`'s SVG document, or with `png` its PNG image (`scale` pixels per CSS pixel, 2 by default): ExportController's
 * svg() and png(), here rather than up front, as only a file asks for them.
 */
export async function widgetFile(
  host: ExportHost,
  content: ExportContent,
  dataset: Dataset,
  options: FileSize & { scale?: number },
  png?: boolean,
): Promise<string | Blob> {
  const file = await content.sceneFile();
  // (None only while a widget's own code is loading, which a ready widget's is not.)
  if (!file) throw new Error(`netreach: <${host.localName}> cannot write a file before its code is loaded`);
  const svg = hostDocument(host, file, dataset, options);
  return png ? svgToPng(svg, options.scale ?? 2) : svg;
}

/** Saves `host` as a `kind` file named after what it shows (`fileName()`); `csv` writes its CSV. */
export async function downloadFile(
  host: ExportHost,
  content: ExportContent,
  dataset: Dataset,
  kind: FileKind,
  csv: () => string,
): Promise<void> {
  const file = await content.sceneFile();
  const name = fileName(host, dataset, file?.options, kind);
  const doc = host.ownerDocument;
  if (kind == 'csv') download(csv(), name, 'text/csv;charset=utf-8', doc);
  else download(await widgetFile(host, content, dataset, {}, kind == 'png'), name, `image/${kind == 'png' ? kind : 'svg+xml'}`, doc);
}
