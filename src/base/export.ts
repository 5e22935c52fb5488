/**
 * Turning what a widget shows into files: a self-contained SVG (computed styles inlined, with a title and the
 * source line), a PNG rasterized from it, and CSV. The SVG carries no script, no external reference and no
 * custom property, so it opens the same in a browser, Inkscape or PowerPoint.
 */

/** Presentation properties copied from the live rendering onto the exported markup. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'direction',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SvgExportOptions {
  title: string;
  source?: string;
  /** Text colour, font and background of the widget, resolved. */
  color: string;
  background: string;
  fontFamily: string;
  direction: 'ltr' | 'rtl';
}

function inlineStyles(original: Element, copy: Element): void {
  const computed = getComputedStyle(original);
  if (computed.display === 'none') {
    copy.remove();
    return;
  }
  // Presentation attributes rather than a style attribute: every SVG renderer reads them, and no
  // Content-Security-Policy objects to them.
  for (const name of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(name);
    if (value) copy.setAttribute(name, value);
  }
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  copy.removeAttribute('part');
  copy.removeAttribute('tabindex');
  copy.removeAttribute('role');
  for (const attribute of [...copy.attributes]) {
    if (attribute.name.startsWith('on') || attribute.name.startsWith('aria-')) copy.removeAttribute(attribute.name);
  }
  const originals = original.children;
  const copies = [...copy.children];
  for (let index = 0; index < originals.length; index += 1) {
    const child = copies[index];
    if (child) inlineStyles(originals[index]!, child);
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

const TITLE_HEIGHT = 32;
const SOURCE_HEIGHT = 24;

/**
 * A standalone SVG document of `graphic` (a rendered SVG in the widget), framed with the title above and the
 * source below: the file of the widgets without a scene (the table, which has no graphic, and the dashboard).
 */
export function exportSvg(graphic: SVGSVGElement | null, options: SvgExportOptions): string {
  const box = graphic?.getBoundingClientRect();
  const width = Math.max(320, Math.round(box?.width ?? 0));
  const graphicHeight = Math.round(box?.height ?? 0);
  const height = TITLE_HEIGHT + graphicHeight + (options.source ? SOURCE_HEIGHT : 0) + 8;
  const rtl = options.direction === 'rtl';
  const x = rtl ? width - 8 : 8;
  const anchor = 'start';
  let inner = '';
  if (graphic) {
    const copy = graphic.cloneNode(true) as SVGSVGElement;
    inlineStyles(graphic, copy);
    copy.setAttribute('x', '0');
    copy.setAttribute('y', String(TITLE_HEIGHT));
    copy.setAttribute('width', String(width));
    copy.setAttribute('height', String(graphicHeight));
    if (!copy.hasAttribute('viewBox') && box) copy.setAttribute('viewBox', `0 0 ${box.width} ${box.height}`);
    copy.removeAttribute('style');
    inner = new XMLSerializer().serializeToString(copy);
  }
  const source = options.source
    ? `<text x="${x}" y="${height - 10}" font-size="12" opacity="0.75" text-anchor="${anchor}">${escapeText(options.source)}</text>`
    : '';
  return (
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" direction="${options.direction}" ` +
    `font-family="${escapeAttribute(options.fontFamily)}" fill="${escapeAttribute(options.color)}">` +
    `<title>${escapeText(options.title)}</title>` +
    `<rect width="100%" height="100%" fill="${escapeAttribute(options.background)}"/>` +
    `<text x="${x}" y="22" font-size="16" font-weight="700" text-anchor="${anchor}">${escapeText(options.title)}</text>` +
    inner +
    source +
    `</svg>`
  );
}

/** Rasterizes an SVG document to PNG at `scale` device pixels per CSS pixel. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const size = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg);
  const width = Number(size?.[1] ?? 600);
  const height = Number(size?.[2] ?? 400);
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Offers `content` as a file download. */
export function download(content: Blob | string, filename: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
