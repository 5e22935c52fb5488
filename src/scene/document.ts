/**
 * A prepared scene as one standalone SVG document of `width`×`height` pixels (taller only when the scene's chart
 * needs more room than that, see `PreparedScene.chartHeight`: a table holds every row): the network's name, the
 * "Illustrative data" badge, the title, the chart, the legend, the honest notes and the source line. The
 * browser's `toSVG()`/`toPNG()` and the `netreach render` command both write this, so they cannot differ.
 * Pure; no DOM.
 */
import { uniqueSources } from '../core/aggregate.js';
import { sourceLabels } from '../core/about.js';
import { msg } from '../core/i18n.js';
import { resolvePaint } from '../core/paint.js';
import type { Palette } from '../core/palette.js';
import { HATCH_ID, type LegendEntry, type PreparedScene } from '../core/scene.js';
import { colon, lineSpacing, listSeparator } from '../core/locale.js';
import { isolateValue } from '../core/bidi.js';
import { el, escapeXml, fitText, fontFamily, measureText, physicalAnchor, textEl, wrapText, type Measure } from '../static/svg.js';
import { clipped, knockOut, knockoutClip, serializeMarks } from './svg.js';

export interface DocumentOptions {
  readonly width: number;
  readonly height: number;
  readonly locale: string;
  readonly rtl: boolean;
  readonly palette: Palette;
  /** The type scale (see `documentUnit`). */
  readonly unit: number;
  /** The font stack the file names; the language's default when absent. */
  readonly fontFamily?: string;
  /** Text widths in that font (a browser's, measured on the page); the estimates for its language when absent. */
  readonly measure?: Measure;
  /**
   * `transparent`: no background rectangle, for a slide of another colour. Nothing is then painted in the theme's
   * background either: a label's halo, a hollow dot's inside and a dot's outline are holes the slide shows through,
   * the map's borders drawn in the frames' colour (`knockOut()`).
   */
  readonly background?: 'transparent';
}

/** The type scale of a file: 1 on a 960×540 image, 2 on 1920×1080. */
export function documentUnit(width: number, height: number): number {
  return Math.min(width / 960, height / 540);
}

/** The widths `options` lays text out in. */
const textWidths = (options: DocumentOptions): Measure =>
  options.measure ?? ((text, size, weight) => measureText(text, size, weight, options.locale));

/** The pattern the `hatch` paint fills with: the land, with lines in the foreground colour. */
function hatchPattern(palette: Palette, unit: number): string {
  const side = 5 * Math.max(1, unit);
  return el(
    'pattern',
    { id: HATCH_ID, patternUnits: 'userSpaceOnUse', width: side, height: side, patternTransform: 'rotate(45)' },
    el('rect', { width: side, height: side, fill: palette.land }) +
      el('line', { x1: 0, y1: 0, x2: 0, y2: side, stroke: palette.fg, 'stroke-opacity': 0.55, 'stroke-width': 1.4 * Math.max(1, unit) }),
  );
}

function legendRow(
  entries: readonly LegendEntry[],
  title: string | undefined,
  options: DocumentOptions,
  top: number,
  inner: number,
  margin: number,
): { markup: string; height: number } {
  const { unit, rtl, palette, width, locale } = options;
  const measure = textWidths(options);
  const size = 15 * unit;
  const swatch = size * 0.9;
  const gap = size * 1.2;
  const lineHeight = size * 1.6 * lineSpacing(options.locale);
  let x = 0;
  let row = 0;
  const out: string[] = [];
  if (title && entries.length) {
    // The title leads the first row, as on the page: "Regions ■ Asia and Oceania (27) ■ …".
    const text = fitText(title, inner, size, 600, locale, measure);
    out.push(
      textEl(
        rtl ? width - margin : margin,
        top + swatch * 0.85,
        text,
        { size, weight: 600, fill: palette.fg, anchor: rtl ? 'end' : 'start' },
        rtl,
      ),
    );
    x = measure(text, size, 600) + gap;
  }
  for (const entry of entries) {
    const detailWidth = entry.detail ? size * 0.7 + measure(entry.detail, size, 700) : 0;
    const label = fitText(entry.label, inner - swatch - size - detailWidth, size, 400, locale, measure);
    const labelWidth = measure(label, size, 400);
    const itemWidth = swatch + size * 0.4 + labelWidth + detailWidth;
    if (x > 0 && x + itemWidth > inner) {
      x = 0;
      row += 1;
    }
    const y = top + row * lineHeight;
    const left = rtl ? width - margin - x - swatch : margin + x;
    const fill = resolvePaint(entry.paint, palette);
    if (entry.shape === 'line')
      out.push(el('line', { x1: left, x2: left + swatch, y1: y + swatch / 2, y2: y + swatch / 2, stroke: fill, 'stroke-width': 3 * unit }));
    else if (entry.shape === 'circle' || entry.shape === 'ring')
      out.push(
        el('circle', {
          cx: left + swatch / 2,
          cy: y + swatch / 2,
          r: swatch / 2,
          fill: entry.shape === 'ring' ? 'none' : fill,
          stroke: entry.shape === 'ring' ? fill : undefined,
          'stroke-width': entry.shape === 'ring' ? 2 * unit : undefined,
        }),
      );
    else out.push(el('rect', { x: left, y, width: swatch, height: swatch, rx: 2 * unit, fill }));
    const textX = rtl ? left - size * 0.4 : left + swatch + size * 0.4;
    out.push(textEl(textX, y + swatch * 0.85, label, { size, fill: palette.fg, anchor: rtl ? 'end' : 'start' }, rtl));
    if (entry.detail) {
      const detailX = rtl ? textX - labelWidth - size * 0.7 : textX + labelWidth + size * 0.7;
      out.push(
        textEl(detailX, y + swatch * 0.85, entry.detail, { size, weight: 700, fill: palette.fg, anchor: rtl ? 'end' : 'start' }, rtl),
      );
    }
    x += itemWidth + gap;
  }
  return { markup: out.join(''), height: entries.length ? (row + 1) * lineHeight : 0 };
}

/** The width of a legend column: its widest entry or title, at most a third of `inner`. */
function legendColumnWidth(
  entries: readonly LegendEntry[],
  title: string | undefined,
  inner: number,
  unit: number,
  measure: Measure,
): number {
  const size = 15 * unit;
  const widths = entries.map(
    // The room legendRow gives a label: the column less the swatch, a space and the figure.
    (entry) => size * 0.9 + size + measure(entry.label, size, 400) + (entry.detail ? size * 0.7 + measure(entry.detail, size, 700) : 0),
  );
  if (title) widths.push(measure(title, size, 600));
  return Math.min(Math.ceil(Math.max(...widths) + 1), Math.round(inner / 3));
}

/**
 * A font stack as an attribute value: its single quotes kept as they are (`'Noto Nastaliq Urdu', …`), which is how
 * the command line's font lookup reads the stack; only what would end the attribute or start markup is escaped.
 */
function fontAttribute(stack: string): string {
  return stack.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

export function renderDocument(prepared: PreparedScene, options: DocumentOptions): string {
  const { width, height, locale, rtl, palette, unit } = options;
  const measure = textWidths(options);
  const margin = Math.round(36 * unit);
  const inner = width - 2 * margin;
  const start = physicalAnchor('start', rtl);
  const startX = rtl ? width - margin : margin;
  const out: string[] = options.background === 'transparent' ? [] : [el('rect', { width, height, fill: palette.bg })];

  // The file's own text, at the scene's scale for it (smaller on a dashboard); the margins stay the file's.
  const type = unit * (prepared.frameScale ?? 1);
  const badgeSize = 14 * type;
  const badgeText = prepared.illustrative ? msg(locale, 'illustrative') : '';
  const badgeWidth = badgeText ? measure(badgeText, badgeSize, 600) + badgeSize * 1.6 : 0;
  const kickerSize = 18 * type;
  // Nastaliq (Urdu) stacks its letters high and deep: its lines need more room (as the command line's images had).
  const leading = lineSpacing(locale);
  let y = margin + kickerSize * leading;
  out.push(
    textEl(
      startX,
      y,
      fitText(prepared.network, inner - badgeWidth - kickerSize, kickerSize, 600, locale, measure),
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
      textEl(
        badgeX + badgeWidth / 2,
        badgeY + badgeHeight * 0.68,
        badgeText,
        { size: badgeSize, weight: 600, fill: palette.muted, anchor: 'middle' },
        rtl,
      ),
    );
  }
  const titleSize = 34 * type;
  // Nastaliq's bold title rises 1.8 em above its baseline (Noto Nastaliq Urdu, shaped by HarfBuzz): 2.1 em under the
  // line above it, not 1.25 × 1.5, keeps its tallest letters off the network's name.
  const titleStep = titleSize * (leading > 1 ? 2.1 : 1.25);
  for (const line of wrapText(prepared.title, inner, titleSize, 700, 2, locale, measure)) {
    y += titleStep;
    out.push(textEl(startX, y, line, { size: titleSize, weight: 700, fill: palette.fg, anchor: start }, rtl));
  }

  // From the foot up: the source line, the notes, the legend; the chart takes what is left.
  const sourceSize = 15 * type;
  const lineStep = sourceSize * 1.35 * leading;
  let foot = height - margin;
  // Each source once (`uniqueSources()`: two of one publisher are two), each name isolated, with what tells apart two
  // named alike (`sourceLabels()`: "UNESCO (2020); UNESCO (2023)"), as on the page.
  const labels = sourceLabels(uniqueSources(prepared.sources), locale, (text) => isolateValue(text, rtl));
  {
    // After them, the members' figures no source gives ("Virtual students: no source given in the data"), as on the page.
    if (labels.length) labels.push(...(prepared.unsourced ?? []).map((text) => isolateValue(text, rtl)));
    const heading = msg(locale, labels.length > 1 ? 'sources' : 'source');
    // Each label isolated, as on the page: English names in a Persian line follow one another from the right. No
    // source: the line says so, as on the page.
    const isolated = labels.length ? labels : [msg(locale, 'sourceNone')];
    const lines = wrapText(`${heading}${colon(locale)}${isolated.join(listSeparator(locale))}`, inner, sourceSize, 400, 2, locale, measure);
    lines.forEach((line, index) =>
      out.push(
        textEl(startX, foot - (lines.length - 1 - index) * lineStep, line, { size: sourceSize, fill: palette.muted, anchor: start }, rtl),
      ),
    );
    foot -= lines.length * lineStep;
  }
  const noteLines = prepared.notes.flatMap((note) => wrapText(note, inner, sourceSize, 400, 2, locale, measure));
  noteLines.forEach((line, index) =>
    out.push(
      textEl(startX, foot - (noteLines.length - 1 - index) * lineStep, line, { size: sourceSize, fill: palette.fg, anchor: start }, rtl),
    ),
  );
  foot -= noteLines.length * lineStep;

  const top = y + titleSize * 0.8 * leading;
  // A legend at the side is a column at the chart's inline end, as wide as its widest entry (at most a third);
  // its rows are the same legend rows, one entry each.
  const side = prepared.legendPlacement === 'side' && prepared.legend.length > 0;
  const column = side ? legendColumnWidth(prepared.legend, prepared.legendTitle, inner, unit, measure) : 0;
  const legend = legendRow(prepared.legend, prepared.legendTitle, options, 0, side ? column : inner, margin);
  const legendTop = side ? foot : foot - legend.height - (legend.height ? sourceSize * 0.4 : 0);
  const chartHeight = Math.max(10, (legend.height && !side ? legendTop : foot) - sourceSize * 0.8 - top);
  if (legend.height) {
    const shift = side ? (rtl ? -1 : 1) * (inner - column) : 0;
    const legendY = side ? top + Math.max(0, (chartHeight - legend.height) / 2) : legendTop;
    out.push(`<g transform="translate(${Math.round(shift * 100) / 100} ${Math.round(legendY * 100) / 100})">${legend.markup}</g>`);
  }
  const chartWidth = side ? inner - column - Math.round(24 * unit) : inner;
  // A chart that needs more room than the box leaves (a table's every row): the file grows taller, the type scale
  // stays the one of the size asked for.
  const needed = prepared.chartHeight?.(chartWidth) ?? 0;
  if (needed > chartHeight) return renderDocument(prepared, { ...options, height: Math.ceil(height + needed - chartHeight) });
  const chart = prepared.chart(chartWidth, chartHeight);
  const defs: string[] = [];
  let body: string;
  if (options.background === 'transparent') {
    // Nothing in the theme's background where a slide of another colour would show it as a rim: the labels over the
    // rest, each hole cut by a clip path of its own (one path of them all would fill where two holes meet).
    const area = { width, height };
    const cut = knockOut(chart.marks, { palette, rtl }, measure, area);
    const clips = [...cut.clips];
    const ids = cut.holes.map((hole) => {
      const id = `netreach-knockout-${clips.length}`;
      clips.push(knockoutClip(id, hole, area));
      return id;
    });
    defs.push(...clips);
    body = clipped(cut.body, ids) + cut.labels;
  } else body = serializeMarks(chart.marks, { palette, rtl });
  const hatch = `url(#${HATCH_ID})`;
  if (body.includes(hatch) || legend.markup.includes(hatch)) defs.push(hatchPattern(palette, unit));
  if (chart.clip) defs.push(el('clipPath', { id: 'netreach-chart-clip' }, el('rect', { width: chart.width, height: chart.height })));
  // A chart narrower than the box (a waffle, a donut) starts at the start edge: the right one in right-to-left.
  const chartX = Math.round((rtl ? width - margin - Math.min(inner, chart.width) : margin) * 100) / 100;

  const lang = locale.replace(/[^A-Za-z0-9-]/g, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${fontAttribute(options.fontFamily ?? fontFamily(locale))}" xml:lang="${lang}" role="img">` +
    el('title', {}, escapeXml(`${prepared.network}${colon(locale)}${prepared.title}`)) +
    el('desc', {}, escapeXml(chart.label)) +
    (defs.length ? `<defs>${defs.join('')}</defs>` : '') +
    out.join('') +
    `<g transform="translate(${chartX} ${Math.round(top * 100) / 100})">` +
    (chart.clip ? `<g clip-path="url(#netreach-chart-clip)">${body}</g>` : body) +
    '</g>' +
    '</svg>\n'
  );
}
