/**
 * What a widget draws, said once, for every renderer: the element renders a scene with Lit
 * (`src/base/marks.ts`), the serializer writes the same scene as a standalone SVG document
 * (`src/scene/document.ts`) for `toSVG()`, `toPNG()`, print and the command line. Coordinates are physical pixels
 * (x from the left edge: right-to-left layouts are mirrored by the scene functions, not by the renderers).
 * Colours are {@link Paint} roles, resolved by each renderer: custom properties on the page, the theme's
 * palette in a file. Pure; no DOM.
 */
import type { Source } from './types.js';

/**
 * A colour by its role: `fg`, `bg`, `muted`, `border`, `accent`, `land`, `focus`, `region-1` … `region-8`, `bar`
 * and `trend` (a widget's own colour, the accent unless a page gives it), `line` and `arc` (the map's borders
 * and arcs, the background and the accent unless a page gives them; files only: the map's stylesheet paints them),
 * `seq-<t>` (the sequential ramp at t from 0 to 1, e.g. `seq-0.25`), `hatch` (no data: the land, hatched —
 * never a colour of the ramp, so that a missing value cannot read as a small one), `none`, or a literal
 * `#rrggbb`.
 */
export type Paint = string;

interface MarkBase {
  /** Stable identity across renders (Lit keys repeated marks by it). */
  readonly key?: string;
  /** A class the element's stylesheet may style (hover, entrance); the serializer ignores it. */
  readonly class?: string;
  /** A CSS part name the page exposes (`line`, `point`): public styling hooks; the serializer ignores it. */
  readonly part?: string;
  /** Hidden from assistive technology (axes, gridlines): the chart's label and its items say it in words. */
  readonly decorative?: boolean;
  readonly opacity?: number;
}

export interface Stroke {
  readonly fill?: Paint;
  readonly stroke?: Paint;
  readonly strokeWidth?: number;
  /** `stroke-dasharray`, e.g. `4 3`. */
  readonly dash?: string;
}

export interface RectMark extends MarkBase, Stroke {
  readonly kind: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rx?: number;
}

export interface PathMark extends MarkBase, Stroke {
  readonly kind: 'path';
  readonly d: string;
  /** The page's `pathLength` (a line drawn in by a dash animation); files are still and leave it out. */
  readonly pathLength?: number;
}

export interface CircleMark extends MarkBase, Stroke {
  readonly kind: 'circle';
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

export interface LineMark extends MarkBase, Stroke {
  readonly kind: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface TextMark extends MarkBase {
  readonly kind: 'text';
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly weight?: number;
  readonly italic?: boolean;
  /** Physical: `start` is the left edge whatever the language. */
  readonly anchor?: Anchor;
  readonly fill?: Paint;
  /** A halo in this colour behind the glyphs, for labels over lines and shapes. */
  readonly halo?: Paint;
}

/**
 * A group. With `item`, the group is one thing a reader can focus, hover and select (a bar, a country, a
 * slice): the element gives it its accessible name and tooltip; the serializer writes `<title>`.
 */
export interface GroupMark extends MarkBase {
  readonly kind: 'group';
  readonly children: readonly Mark[];
  readonly item?: SceneItem;
  /** A translation, e.g. `translate(10 20)`. */
  readonly transform?: string;
  /**
   * Children cut at this box, from the group's origin (a dashboard's panel: a map reaches past its own box). Its
   * id names the clip path, unique in the file. Written by the serializer only: no page renders such a group.
   */
  readonly clip?: { readonly id: string; readonly width: number; readonly height: number };
}

export type Mark = RectMark | PathMark | CircleMark | LineMark | TextMark | GroupMark;

export interface SceneItem {
  /** What selecting it names: a country's alpha-3 code or a region id. */
  readonly id: string;
  /** The accessible name: "Pakistan: 1,234 virtual students". */
  readonly label: string;
  /** The tooltip's lines (the first is its heading). */
  readonly tooltip: readonly string[];
  readonly selected?: boolean;
  /** Where a tooltip points, in the chart's pixels. */
  readonly anchor: { readonly x: number; readonly y: number };
}

/** The chart itself at one size. */
export interface ChartScene {
  readonly width: number;
  readonly height: number;
  readonly marks: readonly Mark[];
  /** The chart's accessible name (a one-sentence summary a screen reader hears first). */
  readonly label: string;
  /** Whether marks reach past the box and must be cut at its edges (a zoomed map's neighbours). */
  readonly clip?: boolean;
  /**
   * The size of what it draws besides its text (a trend's plot, a waffle's squares): a dashboard on a slide gives a
   * panel whose picture its text squeezes to a few pixels more room.
   */
  readonly picture?: { readonly width: number; readonly height: number };
  /**
   * The sentence under the picture that says what a mark stands for (a waffle's "Each square is one member country"),
   * its size and how many lines it took at this width: a dashboard's panel that sets the legend beside a narrow
   * picture moves it under the legend rather than let it wrap word by word (`PreparedScene.bareChart`).
   */
  readonly caption?: { readonly text: string; readonly size: number; readonly lines: number };
  /**
   * Set when the page's stylesheet can paint every mark by its class (the bars' rows, bars.styles.ts): the body
   * text's size, which the page sets once on the chart rather than a style on each mark (`byClass` in marks.ts).
   */
  readonly paintedByClass?: { readonly fontSize: number };
}

export interface LegendEntry {
  readonly label: string;
  /** Its figure, set apart after the label: "27 (47%)". */
  readonly detail?: string;
  readonly paint: Paint;
  readonly shape: 'square' | 'circle' | 'line' | 'ring';
  /** The region or class it stands for, when choosing it selects something. */
  readonly id?: string;
}

/** Everything a widget shows but its chart, known before the chart is laid out. */
export interface PreparedScene {
  /** The network's name, shown above the title in a file. */
  readonly network: string;
  /** "Member countries by region". */
  readonly title: string;
  /** What the legend's entries are ("Regions", "Continents", a metric); none when the title says it. */
  readonly legendTitle?: string;
  readonly legend: readonly LegendEntry[];
  /** Where a file puts the legend: under the chart (default) or in a column at its inline end. */
  readonly legendPlacement?: 'bottom' | 'side';
  /** Honest qualifiers shown under the chart: partial lists, derived figures, how regions were assigned. */
  readonly notes: readonly string[];
  /** What the source line cites, each once. */
  readonly sources: readonly Source[];
  /** After them, the members' figures shown that no source gives: "Virtual students: no source given in the data". */
  readonly unsourced?: readonly string[];
  readonly illustrative: boolean;
  /**
   * The size of a file's own text — the network's name, the title, the source line and notes — relative to a
   * single chart's (1, the default): the dashboard's seven parts need the room its large title would take.
   */
  readonly frameScale?: number;
  /**
   * The height the chart needs at this width, when it cannot be drawn smaller (a table's rows): a file whose box
   * is lower grows taller to hold it. Charts that fit any box have none.
   */
  chartHeight?(width: number): number;
  /** The chart in a box of this size. */
  chart(width: number, height: number): ChartScene;
  /** The chart without its `caption`, its picture taking the caption's room: for a layout that sets the caption elsewhere. */
  bareChart?(width: number, height: number): ChartScene;
}

/** What every scene function is given besides the dataset and its options. */
export interface SceneEnv {
  readonly locale: string;
  readonly rtl: boolean;
  /** Text widths in pixels: canvas measurements on the page, estimates in files and in Node. */
  readonly measure: (text: string, size: number, weight?: number) => number;
  /** The type scale: 1 on the page, larger on a projector and in big images. */
  readonly unit: number;
  /**
   * The width, in px, of the top inline-end corner a page keeps for the widget's menu button: a scene keeps its
   * text out of it. None in files.
   */
  readonly corner?: number;
}

/** The marks of a scene that are items, in reading order (the order keyboard navigation follows). */
export function sceneItems(marks: readonly Mark[]): { item: SceneItem; mark: GroupMark }[] {
  const found: { item: SceneItem; mark: GroupMark }[] = [];
  const visit = (list: readonly Mark[]) => {
    for (const mark of list) {
      if (mark.kind !== 'group') continue;
      if (mark.item) found.push({ item: mark.item, mark });
      visit(mark.children);
    }
  };
  visit(marks);
  return found;
}

/**
 * The roles a page's custom properties paint, `var(--_<role>)`; a widget's own colour (`bar`, `trend`) is the
 * accent its stylesheet sets for the chart (`--_accent: var(--_bar)`; `--_trend-line` for the trend's).
 */
const ROLES = /^(?:fg|bg|muted|border|accent|land|focus|region-\d+|(bar|trend))$/;

/** The id of the pattern `hatch` paints with, in a file and in a widget's shadow root (which must define it). */
export const HATCH_ID = 'netreach-hatch';

/** A paint as a CSS value on the page: the theme's private custom properties, which the page can theme. */
export function cssPaint(paint: Paint | undefined): string | undefined {
  if (paint === undefined) return undefined;
  if (paint === 'none' || paint.startsWith('#')) return paint;
  if (paint === 'hatch') return `url(#${HATCH_ID})`;
  const role = ROLES.exec(paint);
  if (role) return `var(--_${role[1] ? 'accent' : paint})`;
  const seq = /^seq-([\d.]+)$/.exec(paint);
  if (seq) {
    const weight = Math.round(Math.min(1, Math.max(0, Number(seq[1]))) * 100);
    return `color-mix(in oklab, var(--_seq-high) ${weight}%, var(--_seq-low))`;
  }
  return undefined;
}
