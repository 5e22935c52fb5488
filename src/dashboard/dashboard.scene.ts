/**
 * `<netreach-dashboard>` as a scene, for files: its parts' own scenes composed in the dashboard's wide layout — the
 * KPI tiles in a row, the map (on a slide, as wide as the world needs) beside the regions and the bars, the trend
 * and the member table beside or under them — each part with its heading and legend, drawn by the part's scene
 * function with the options the dashboard gives it (the selected region highlights the map's members and filters
 * the table). The parts' notes (in two columns on a slide) and sources are the file's, each once; the file's own
 * text is a size smaller than a single chart's (`frameScale`). The table keeps to its panel: the rows that fit,
 * and a note saying how many of how many (the CSV has them all). `toSVG()`, `toPNG()` and `netreach render
 * dashboard` write this scene (`dashboardSceneWith()`, given the map's, the trend's, the stat's, the regions' and the table's code); the page
 * shows the parts themselves. Pure; no DOM.
 */
import { BARS_OPTIONS } from '../bars/bars.options.js';
import type { dashboardPlan, normalizeSelection, regionMembers } from '../core/dashboard-model.js';
import type { tileGrowthNote } from '../core/growth.js';
import { msg } from '../core/i18n.js';
import { lineSpacing, listSeparator } from '../core/locale.js';
import { regionGrouping } from '../core/knowledge.js';
import { countriesLabel, metricLabel, networkName } from '../core/names.js';
import { optionDefault, type OptionSpecs } from '../core/options.js';
import type { ChartScene, LegendEntry, Mark, PreparedScene, SceneEnv } from '../core/scene.js';
import type { Dataset, Source } from '../core/types.js';
import { MAP_OPTIONS } from '../map/map.options.js';
import type { MapGeometry, ProjectionName } from '../geo/geometry.js';
import { REGIONS_OPTIONS } from '../regions/regions.options.js';
import { barsScene } from '../bars/bars.scene.js';
import type { SceneFunction } from '../scene/render.js';
import { wrapLines } from '../scene/text.js';
import { breakIdeographs } from '../static/svg.js';
import { STAT_OPTIONS } from '../stat/stat.options.js';
import { TABLE_OPTIONS } from '../table/table.options.js';
import type { tableExcerpt } from '../table/table.scene.js';
import type { tableNotes, tableView } from '../core/table-model.js';
import { TREND_OPTIONS } from '../trend/trend.options.js';
import '../core/en/on-demand.js';

/**
 * The code that lives in chunks of its own (the map's, the trend's, the stat's and the regions' scenes, the table's view and excerpt, the
 * dashboard's plan): given by whoever draws, once loaded (the element from those chunks, the command line from its
 * imports), so that this module does not pull them into the code every page loads, nor share them with a chunk.
 */
export interface DashboardCode {
  readonly dashboardPlan: typeof dashboardPlan;
  readonly normalizeSelection: typeof normalizeSelection;
  readonly regionMembers: typeof regionMembers;
  readonly tileGrowthNote: typeof tileGrowthNote;
  readonly mapScene: SceneFunction;
  readonly trendScene: SceneFunction;
  readonly statScene: SceneFunction;
  readonly regionsScene: SceneFunction;
  readonly tableView: typeof tableView;
  readonly tableNotes: typeof tableNotes;
  readonly tableExcerpt: typeof tableExcerpt;
}

/** A part's options as its element holds them with no attribute set: every spec's default. */
function defaults(specs: OptionSpecs): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const spec of specs) if (!spec.native && !spec.readOnly) values[spec.property] = optionDefault(spec);
  return values;
}

/**
 * The least height and width a slide gives a panel's picture, in the file's units (100 px at 1920 × 1080): about half
 * what English's trend gets (204 px), under the least any language but Urdu got (119, 125).
 */
const MIN_PICTURE = 50;

const round = (value: number) => Math.round(value * 100) / 100;

/** A tile's figure: its text of class `value`, at the top or in the group that lowers it. */
function figureOf(marks: readonly Mark[]): Extract<Mark, { kind: 'text' }> | undefined {
  for (const mark of marks) {
    if (mark.kind === 'text' && mark.class === 'value') return mark;
    if (mark.kind === 'group' && !mark.class) return figureOf(mark.children);
  }
  return undefined;
}

/** A box in the chart's pixels, from its left edge. */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const legendLabel = (entry: LegendEntry) => (entry.detail ? `${entry.label} ${entry.detail}` : entry.label);

/** How wide a legend's entry is: its swatch, the gap after it and its label. */
function legendItemWidth(entry: LegendEntry, env: SceneEnv): number {
  const size = 13 * env.unit;
  return size * 0.85 + size * 0.4 + env.measure(legendLabel(entry), size);
}

/** A legend as marks, its entries in rows from the start edge: what a panel draws under its chart. */
function legendMarks(entries: readonly LegendEntry[], width: number, env: SceneEnv): { marks: Mark[]; height: number } {
  const size = 13 * env.unit;
  const swatch = size * 0.85;
  const gap = size * 1.1;
  const step = size * 1.5 * lineSpacing(env.locale);
  const marks: Mark[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const label = legendLabel(entry);
    const itemWidth = legendItemWidth(entry, env);
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const y = row * step;
    const left = env.rtl ? width - x - swatch : x;
    marks.push(
      entry.shape === 'line'
        ? {
            kind: 'line',
            x1: round(left),
            x2: round(left + swatch),
            y1: round(y + swatch / 2),
            y2: round(y + swatch / 2),
            stroke: entry.paint,
            strokeWidth: 2 * env.unit,
          }
        : entry.shape === 'circle' || entry.shape === 'ring'
          ? {
              kind: 'circle',
              cx: round(left + swatch / 2),
              cy: round(y + swatch / 2),
              r: round(swatch / 2),
              fill: entry.shape === 'ring' ? 'none' : entry.paint,
              ...(entry.shape === 'ring' ? { stroke: entry.paint, strokeWidth: 1.5 * env.unit } : {}),
            }
          : { kind: 'rect', x: round(left), y: round(y), width: round(swatch), height: round(swatch), rx: 2 * env.unit, fill: entry.paint },
      {
        kind: 'text',
        x: round(env.rtl ? left - size * 0.4 : left + swatch + size * 0.4),
        y: round(y + swatch * 0.85),
        text: label,
        size,
        fill: 'fg',
        anchor: env.rtl ? 'end' : 'start',
      },
    );
    x += itemWidth + gap;
  }
  return { marks, height: entries.length ? (row + 1) * step : 0 };
}

/** A panel's heading: its lines (at most two) at the panel's width, and the height they take over the chart. */
function panelHeading(heading: string, width: number, env: SceneEnv): { lines: string[]; height: number } {
  const size = 16 * env.unit;
  const lines = wrapLines(heading, width, size, env.measure, 700, breakIdeographs).slice(0, 2);
  // Under the last line, room for its descenders: Nastaliq's (Urdu) reach further below, as its lines stand apart.
  const leading = lineSpacing(env.locale);
  return { lines, height: lines.length * size * 1.3 * leading + size * 0.4 * leading };
}

/** The height of `count` lines of a panel's note under its chart, and under the last the room its descenders need. */
function panelNoteHeight(count: number, env: SceneEnv): number {
  const size = 13 * env.unit;
  const leading = lineSpacing(env.locale);
  return count ? count * size * 1.3 * leading + size * 0.3 * leading : 0;
}

/** One panel: its heading, its chart in the room left, its legend under the chart (or beside it); marks cut at the panel. */
function panel(
  id: string,
  box: Box,
  heading: string,
  legend: readonly LegendEntry[],
  chart: (width: number, height: number) => ChartScene,
  env: SceneEnv,
  /** A line under the chart, known once it is drawn (how many of the table's rows fit); room is kept for it. */
  footnote?: () => string | undefined,
  /** Told the chart as drawn (on a slide, which keeps its pictures a useful size). */
  drawnTo?: (chart: ChartScene) => void,
  /** The chart without its caption (`PreparedScene.bareChart`), when the caption may go under a legend beside it. */
  bare?: (width: number, height: number) => ChartScene,
): Mark {
  const size = 16 * env.unit;
  const leading = lineSpacing(env.locale);
  const { lines, height: headingHeight } = panelHeading(heading, box.width, env);
  const key = legendMarks(legend, box.width, env);
  const keyGap = key.height ? size * 0.5 : 0;
  const noteSize = 13 * env.unit;
  const noteLine = noteSize * 1.3 * leading;
  const noteHeight = (count: number) => panelNoteHeight(count, env);
  const roomFor = (noteLines: number) => Math.max(10, box.height - headingHeight - key.height - keyGap - noteHeight(noteLines));
  let room = roomFor(footnote ? 1 : 0);
  let drawn = chart(box.width, room);
  const noteLines = () => {
    const note = footnote?.();
    return note ? wrapLines(note, box.width, noteSize, env.measure, 400, breakIdeographs) : [];
  };
  let note = noteLines();
  // A note longer than the panel is wide (a narrow panel, a long language) takes its lines from the chart's room.
  if (note.length > 1) {
    room = roomFor(note.length);
    drawn = chart(box.width, room);
    note = noteLines();
  }
  let noteRoom = noteHeight(footnote ? Math.max(1, note.length) : 0);
  // A chart that does not fit over its legend (a waffle, whose caption needs its room whatever the squares': Urdu's
  // regions on a slide had 14 px under three legend lines, the caption drawn into the first) takes the start side,
  // the legend the end side, one entry a line, when the panel is wide enough for both and its legend fits its height.
  let keyAt = { x: 0, y: headingHeight + room + noteRoom + keyGap };
  // On a slide (`drawnTo`) so does one whose picture is larger there: the legend's lines (Urdu's) took what a waffle
  // needed.
  const side = (chart: ChartScene) => (chart.picture ? Math.min(chart.picture.width, chart.picture.height) : 0);
  if (key.height && (drawn.height > room + 0.5 || (drawnTo && drawn.picture)) && !footnote) {
    const keyWidth = Math.max(...legend.map((entry) => legendItemWidth(entry, env)));
    const besideWidth = box.width - keyWidth - size;
    const besideRoom = box.height - headingHeight;
    const column = legendMarks(legend, keyWidth, env);
    let besideChart = besideWidth > 0 && column.height <= besideRoom ? chart(besideWidth, besideRoom) : undefined;
    // Beside the legend a waffle is narrow, and its caption wrapped to a word or two a line (Urdu's, on a slide, to
    // four): past two lines it goes under the legend's column, at that column's width, when it keeps to two lines
    // there and fits; where it cannot, the legend stays under the chart if the chart fits over it.
    let caption: Mark[] = [];
    const moved = besideChart?.caption;
    if (besideChart && moved && moved.lines > 2) {
      const captionLines = wrapLines(moved.text, keyWidth, moved.size, env.measure);
      const step = moved.size * 1.35 * leading;
      // A legend row's step leaves its descenders room under it (Nastaliq's too): the caption's first line is set
      // as the next row's text would be, its last with the room its descenders need.
      const first = column.height + moved.size * 0.85;
      const captionHeight = first + (captionLines.length - 1) * step + moved.size * 0.4 * leading;
      if (bare && captionLines.length <= 2 && captionHeight <= besideRoom) {
        besideChart = bare(besideWidth, besideRoom);
        caption = captionLines.map((line, index) => ({
          kind: 'text',
          class: 'unit',
          x: env.rtl ? round(keyWidth) : 0,
          y: round(first + index * step),
          text: line,
          size: moved.size,
          fill: 'muted',
          anchor: env.rtl ? 'end' : 'start',
        }));
      } else if (drawn.height <= room + 0.5) besideChart = undefined;
    }
    if (besideChart && besideChart.height <= besideRoom + 0.5 && (drawn.height > room + 0.5 || side(besideChart) > side(drawn))) {
      drawn = besideChart;
      room = besideRoom;
      noteRoom = 0;
      key.marks = [...column.marks, ...caption];
      keyAt = { x: env.rtl ? 0 : box.width - keyWidth, y: headingHeight };
    }
  }
  drawnTo?.(drawn);
  // A chart narrower than its panel (a waffle, a donut) starts at the start edge, as in a file of its own.
  const chartX = env.rtl ? box.width - Math.min(box.width, drawn.width) : 0;
  const children: Mark[] = lines.map((line, index) => ({
    kind: 'text',
    x: env.rtl ? round(box.width) : 0,
    y: round((index + 1) * size * 1.3 * leading - size * 0.3),
    text: line,
    size,
    weight: 700,
    fill: 'fg',
    anchor: env.rtl ? 'end' : 'start',
  }));
  const placed: Mark = { kind: 'group', transform: `translate(${round(chartX)} ${round(headingHeight)})`, children: drawn.marks };
  // A chart whose marks reach past its box (a map's neighbours, a table's rows) is cut at the panel's edges.
  children.push(
    drawn.clip
      ? {
          kind: 'group',
          transform: `translate(0 ${round(headingHeight)})`,
          clip: { id: `netreach-panel-${id}`, width: round(box.width), height: round(room) },
          children: [{ ...placed, transform: `translate(${round(chartX)} 0)` }],
        }
      : placed,
  );
  note.forEach((line, index) =>
    children.push({
      kind: 'text',
      x: env.rtl ? round(box.width) : 0,
      y: round(headingHeight + room + index * noteLine + noteSize * 1.2 * leading),
      text: line,
      size: noteSize,
      fill: 'muted',
      anchor: env.rtl ? 'end' : 'start',
    }),
  );
  if (key.height) children.push({ kind: 'group', transform: `translate(${round(keyAt.x)} ${round(keyAt.y)})`, children: key.marks });
  return { kind: 'group', key: id, transform: `translate(${round(box.x)} ${round(box.y)})`, children };
}

/** The dashboard of `options.selectedRegion` / `options.selectedCountry` (none: the whole network). */
function prepareDashboard(code: DashboardCode, dataset: Dataset, options: Readonly<Record<string, unknown>>, env: SceneEnv): PreparedScene {
  const { dashboardPlan, normalizeSelection, regionMembers, tileGrowthNote, trendScene, tableView, tableNotes, tableExcerpt } = code;
  const { locale } = env;
  const plan = dashboardPlan(dataset);
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const { region, country } = normalizeSelection(dataset, { region: text(options.selectedRegion), country: text(options.selectedCountry) });
  // The parts' type a size below the file's own: seven of them share the box. For a slide (`presenter`) their
  // smallest text (10 units, the tiles' times 16) is 9 × the file's unit: 18 px in a 1920 × 1080 image, the
  // minimum the widgets' presenter styles hold on a page.
  const presenter = options.presenter === true;
  const partEnv: SceneEnv = { ...env, unit: env.unit * (presenter ? 0.9 : 0.6) };
  const highlight = regionMembers(dataset, region).join(' ');
  // The tiles' lines a size below the other parts': their figure is what a tile shows first. On a slide the tiles
  // draw no sparkline (the trend's panel draws the growth), so that their lines at 18 px and more keep to one line
  // each and leave the figure its room.
  const tileEnv: SceneEnv = { ...partEnv, unit: presenter ? (env.unit * 9) / 16 : partEnv.unit * 0.6 };
  const tiles = (at: SceneEnv) =>
    plan.kpis.map((metric) =>
      code.statScene(dataset, { ...defaults(STAT_OPTIONS), metric, ...(presenter ? { sparkline: false } : {}) }, at),
    );
  const kpisFull = tiles(tileEnv);
  // A slide short of height (`compose()`): the tiles' lines at 26 × 0.375 of the file's unit, 19.5 px at
  // 1920 × 1080 rather than 29 (still over the slide's minimum), the figure keeping the room they leave.
  const kpisCompact = presenter ? tiles({ ...tileEnv, unit: env.unit * 0.375 }) : kpisFull;
  const mapOptions: Record<string, unknown> = {
    ...defaults(MAP_OPTIONS),
    highlight: highlight || undefined,
    selected: country,
    legend: 'none',
    geometry: options.geometry,
  };
  const map = code.mapScene(dataset, mapOptions, partEnv);
  // "Countries of visitors", never "Member countries", for a list of the countries a network's visitors come from.
  const mapHeading = countriesLabel(dataset, locale);
  // The whole world (a selected region is highlighted, not zoomed to): its width / height in the map's projection.
  const worldAspect = (options.geometry as MapGeometry | undefined)?.aspect(mapOptions.projection as ProjectionName, []);
  const regions = code.regionsScene(dataset, { ...defaults(REGIONS_OPTIONS), selected: region }, partEnv);
  // Without regions the regions' panel says so, and bars by region would say it again: there are none.
  const barsOptions = { ...defaults(BARS_OPTIONS), metric: plan.barsMetric, selected: region };
  const barsFull = plan.regionsAvailable ? barsScene(dataset, barsOptions, partEnv) : undefined;
  const barsCompact = plan.regionsAvailable && presenter ? barsScene(dataset, { ...barsOptions, axis: false }, partEnv) : barsFull;
  const trend = plan.trendMetric ? trendScene(dataset, { ...defaults(TREND_OPTIONS), metric: plan.trendMetric }, partEnv) : undefined;
  const tableOptions = { ...defaults(TABLE_OPTIONS), region, selected: country };
  const parts = [...kpisFull, map, regions, ...(barsFull ? [barsFull] : []), ...(trend ? [trend] : [])];
  // The table's caption, notes and sources are known before its size; how many of its rows fit, with the chart.
  const table = tableView(dataset, tableOptions, locale);
  // The trend states its growth in a note ("At least +36% since 2020"), which the tile of the same metric already
  // shows, beside its figure: under the panels, the line alone would not say which figure grew.
  const shownByTile = tileGrowthNote(dataset, plan, locale);
  const partNotes = parts.flatMap((part) => (part === trend ? part.notes.filter((note) => note !== shownByTile) : part.notes));
  const notes = [...new Set([...partNotes, ...tableNotes(table, locale)])];
  const sources: Source[] = [...parts.flatMap((part) => part.sources), ...table.model.sources];
  const unsourced = [...new Set([...parts.flatMap((part) => part.unsourced ?? []), ...(table.model.unsourced ?? [])])];

  return {
    network: networkName(dataset, locale),
    title: msg(locale, 'dashboardTitle'),
    legend: [],
    // The parts' notes are drawn in the chart, under the panels, at the parts' type size: at the file's, seven
    // parts' notes would leave the panels no room.
    notes: [],
    sources,
    unsourced,
    illustrative: Boolean(dataset.illustrative),
    // The name, "Overview" and the source line a size closer to the parts': on a slide the panels need the room.
    // A slide in Urdu, whose Nastaliq frame takes 86 px more of 1080 than English's, a size smaller again: its
    // source line at the slide's minimum (15 × 0.6 of the file's unit: 18 px at 1920 × 1080).
    frameScale: presenter && lineSpacing(locale) > 1 ? 0.6 : 0.7,
    chart(width, height): ChartScene {
      // On a slide where that would draw the bars or a tile's figure smaller than the slide's type (Urdu, whose
      // Nastaliq lines stand half as far apart again: its notes and tiles left the panels' row 218 px of 1080, the
      // bars 145 under their heading), the room comes from the bars' axis (each bar writes its value at its end)
      // and the tiles' lines, set smaller. The notes stay whole, at their size (in three columns Urdu's take 13
      // lines, at least five in one, where two take seven, four in one).
      const first = compose(width, height, false);
      if (!presenter || !first.short) return first.scene;
      // Still short: the tiles leave the panels' row the height the bars need at their type, and keep the rest.
      const compact = compose(width, height, true);
      if (!compact.short) return compact.scene;
      // A picture under a slide's least (`MIN_PICTURE`: Urdu's trend and waffle): the row takes what it lacks from
      // the tiles as far as their figures stay half as large again as the slide's type (27 px at 1920 × 1080), in
      // steps; the bars' height whatever the figures.
      // So does a table that would show fewer than its first two rows (Silk Road's in Urdu: none of its two), as
      // far as that: a taller row widens the map, and the table's column narrows (its heading may take a line
      // more), so it is asked again, up to three times.
      // The map keeps its width then: at the taller row's it widened as far as the table's column narrowed (Silk
      // Road's Urdu caption then took two lines, and the table needed more again).
      const mapCap = compact.tableShort > 0 ? compact.mapWidth : undefined;
      let tableRow = compact.upper;
      for (let tries = 0, tried = compact; tried.tableShort > 0 && tries < 3; tries += 1) {
        tableRow = tried.upper + tried.tableShort;
        tried = compose(width, height, true, Math.max(compact.rowNeeds, tableRow), mapCap);
      }
      const lacks = Math.max(compact.pictureShort, tableRow - compact.upper);
      for (const step of [1, 0.75, 0.5, 0.25, 0]) {
        const tried = compose(width, height, true, Math.max(compact.rowNeeds, compact.upper + lacks * step), mapCap);
        if (!step || tried.figure >= 13.5 * env.unit) return tried.scene;
      }
      return compact.scene;
    },
  };

  /**
   * The chart laid out: `compact`, with the bars' axis dropped and the tiles' lines smaller; `row`, the tiles
   * leaving the panels' row that height. `short`: the bars or a tile's figure would draw under the slide's type;
   * `rowNeeds`: the row's height that the bars need at their type.
   */
  function compose(
    width: number,
    height: number,
    compact: boolean,
    row?: number,
    mapCap?: number,
  ): {
    scene: ChartScene;
    short: boolean;
    rowNeeds: number;
    upper: number;
    pictureShort: number;
    tableShort: number;
    figure: number;
    mapWidth: number;
  } {
    const bars = compact ? barsCompact : barsFull;
    const kpis = compact ? kpisCompact : kpisFull;
    const gap = 20 * env.unit;
    const mirror = (box: Box): Box => (env.rtl ? { ...box, x: width - box.x - box.width } : box);
    const marks: Mark[] = [];
    // On a slide the notes at the minimum (9 units of the file's), not a part's 13: they take the panels' room.
    const noteSize = presenter ? 9 * env.unit : 13 * partEnv.unit;
    const noteStep = noteSize * 1.35 * lineSpacing(locale);
    // On a slide (a box much wider than high) the notes take two columns: half as many lines of the height the
    // panels need, each note whole in one column.
    const columns = width >= height * 1.5 && notes.length > 1 ? 2 : 1;
    const columnWidth = (width - (columns - 1) * gap) / columns;
    const wrapped = notes.map((note) => wrapLines(note, columnWidth, noteSize, env.measure, 400, breakIdeographs));
    const total = wrapped.reduce((sum, lines) => sum + lines.length, 0);
    const byColumn: string[][] = [[]];
    for (const lines of wrapped) {
      const current = byColumn[byColumn.length - 1]!;
      if (current.length && current.length + lines.length > Math.ceil(total / columns) && byColumn.length < columns)
        byColumn.push([...lines]);
      else current.push(...lines);
    }
    const notesHeight = Math.max(...byColumn.map((lines) => lines.length)) * noteStep;
    byColumn.forEach((lines, column) => {
      const x = column * (columnWidth + gap);
      lines.forEach((line, index) =>
        marks.push({
          kind: 'text',
          x: round(env.rtl ? width - x : x),
          y: round(height - notesHeight + (index + 1) * noteStep - noteSize * 0.3),
          text: line,
          size: noteSize,
          fill: 'fg',
          anchor: env.rtl ? 'end' : 'start',
        }),
      );
    });
    height -= notesHeight + (notesHeight ? gap : 0);
    // The KPI tiles: one row across.
    // Lines of Nastaliq (Urdu) need half as much room again: so does the tiles' row, or their lines run into the
    // panels under them. Not its largest height: a taller tile only grows its figure, whose Nastaliq rises into
    // the heading above it.
    const tileLeading = lineSpacing(locale);
    // On a slide a third taller: the tiles' lines at 18 px and more left their figure 13 px tall.
    const share = Math.min(height * (presenter ? 0.32 : 0.24) * tileLeading, 190 * partEnv.unit);
    const tileHeight = row === undefined ? share : Math.min(share, height - gap - row);
    const tileWidth = (width - (kpis.length - 1) * gap) / Math.max(1, kpis.length);
    // A figure of digits is set by its ink, 0.92 em over its baseline (`statChart()`), where an Urdu line's box rises
    // 0.75 em × `lineSpacing()`: in a small image a tile's figure ("40", "45+") reached into its heading's line box
    // ("ڈیجیٹل شعبہ رکھنے والی جامعات"). The figure starts that much lower, smaller by the room it gives up.
    // A slide short of height sets the tiles' headings smaller too (20 px at 1920 × 1080, not 29): their figure
    // keeps the room.
    const tileHeadEnv = compact ? { ...partEnv, unit: partEnv.unit * 0.7 } : partEnv;
    const tileChart =
      (chart: PreparedScene['chart']) =>
      (chartWidth: number, chartHeight: number): ChartScene => {
        const figure = figureOf(chart(chartWidth, chartHeight).marks);
        const rise = figure ? figure.size * 0.75 * tileLeading - figure.y : 0;
        if (rise <= 0) return chart(chartWidth, chartHeight);
        const lowered = chart(chartWidth, chartHeight - rise);
        return {
          ...lowered,
          height: chartHeight,
          marks: [{ kind: 'group', transform: `translate(0 ${round(rise)})`, children: lowered.marks }],
        };
      };
    kpis.forEach((tile, index) =>
      marks.push(
        panel(
          `kpi-${index}`,
          mirror({ x: index * (tileWidth + gap), y: 0, width: tileWidth, height: tileHeight }),
          tile.title,
          [],
          tileChart(tile.chart),
          tileHeadEnv,
        ),
      ),
    );
    // Under them, four columns on a slide: the map over two, the regions over the bars, the trend over the
    // table. A box less wide than that (less than twice as wide as high) takes three: the map over two beside
    // the regions and the bars, then the trend and the table (the dashboard's own wide layout on a page).
    const top = tileHeight + gap;
    const rest = height - top;
    const wide = width >= rest * 2;
    const column = (width - (wide ? 3 : 2) * gap) / (wide ? 4 : 3);
    const at = (index: number) => index * (column + gap);
    const span = (count: number) => count * column + (count - 1) * gap;
    const upper = wide ? rest : (rest - gap) * 0.6;
    // The waffle above the bars gets the larger share: its squares, one per member, must stay squares one can
    // count, while the bars (one per region, a handful) need a line each.
    const above = (upper - gap) * 0.6;
    const below = upper - gap - above;
    const lower = rest - upper - gap;
    // On a slide the map is as tall as the row, and needs no more width than the world's aspect ratio gives it at
    // that height (about 1.9 in Equal Earth): what its two columns have beyond that widens the two beside it,
    // rather than leaving empty bands on either side of the world.
    const mapRoom = upper - panelHeading(mapHeading, span(2), partEnv).height;
    const mapWidth = wide && worldAspect ? Math.min(span(2), Math.ceil(mapRoom * worldAspect), mapCap ?? Infinity) : span(2);
    const side = (width - mapWidth - 2 * gap) / 2;
    const third = mapWidth + gap + side + gap;
    const barsHeading = msg(locale, 'byRegion', { metric: metricLabel(dataset, plan.barsMetric, locale) });
    // Under the waffle, the bars get what the column has left. Where that would draw them at less than three
    // quarters of the parts' type (a row too short for two panels: Urdu's taller lines on a slide, a banner), the
    // regions, the bars, the trend and the table stand side by side beside the map, each as tall as the row.
    const barsRoom = below - panelHeading(barsHeading, side, partEnv).height;
    // (On a slide at their whole size: smaller, their text fell under the presenter's minimum.)
    const strip = wide && bars !== undefined && barsRoom < bars.chart(side, Infinity).height * (presenter ? 1 : 0.75);
    // The rows that fit the table's panel under its heading, and the note saying how many they are.
    let excerpt: ReturnType<typeof tableExcerpt> | undefined;
    const tableChart = (chartWidth: number, chartHeight: number) => {
      excerpt = tableExcerpt(dataset, tableOptions, partEnv, chartWidth, chartHeight);
      return excerpt.chart;
    };
    const tablePanel = (box: Box) => panel('table', box, table.model.caption, [], tableChart, partEnv, () => excerpt?.note);
    const stripWidth = (keys: readonly string[]) => (width - mapWidth - keys.length * gap) / keys.length;
    let stripped = ['regions', 'bars', 'trend', 'table'].filter((key) => (key !== 'bars' || bars) && (key !== 'trend' || trend));
    // A strip's table that would show one row of 57 (Urdu on a slide: its heading and its note take two lines
    // each) is left out, its room to the others: an excerpt that short says nothing the map does not.
    if (strip) {
      tablePanel({ x: 0, y: 0, width: stripWidth(stripped), height: upper });
      if (excerpt!.shown < Math.min(2, excerpt!.count)) stripped = stripped.filter((key) => key !== 'table');
    }
    const stripColumn = stripWidth(stripped);
    // The height the bars in the strip need at their type, under their heading (on a slide: elsewhere they may shrink).
    const rowNeeds =
      presenter && bars && strip ? panelHeading(barsHeading, stripColumn, partEnv).height + bars.chart(stripColumn, Infinity).height : 0;
    const barsShort = upper < rowNeeds;
    // The tiles' smallest figure; short, smaller than the smallest text a slide draws.
    const figure = presenter
      ? Math.min(
          ...kpis.map(
            (tile) =>
              figureOf(tileChart(tile.chart)(tileWidth, tileHeight - panelHeading(tile.title, tileWidth, tileHeadEnv).height).marks)
                ?.size ?? Infinity,
          ),
        )
      : Infinity;
    const tileShort = figure < 9 * env.unit - 0.05;
    const boxes: Record<'map' | 'regions' | 'bars' | 'trend', Box> & { table?: Box } = wide
      ? {
          map: { x: 0, y: top, width: mapWidth, height: upper },
          ...(strip
            ? (Object.fromEntries(
                stripped.map((key, index) => [
                  key,
                  { x: mapWidth + gap + index * (stripColumn + gap), y: top, width: stripColumn, height: upper },
                ]),
              ) as Record<'regions' | 'bars' | 'trend', Box> & { table?: Box })
            : {
                regions: { x: mapWidth + gap, y: top, width: side, height: bars ? above : upper },
                bars: { x: mapWidth + gap, y: top + above + gap, width: side, height: below },
                trend: { x: third, y: top, width: side, height: (upper - gap) * 0.45 },
                table: trend
                  ? { x: third, y: top + (upper - gap) * 0.45 + gap, width: side, height: (upper - gap) * 0.55 }
                  : { x: third, y: top, width: side, height: upper },
              }),
        }
      : {
          map: { x: 0, y: top, width: span(2), height: upper },
          regions: { x: at(2), y: top, width: column, height: bars ? above : upper },
          bars: { x: at(2), y: top + above + gap, width: column, height: below },
          trend: { x: 0, y: top + upper + gap, width: column, height: lower },
          table: trend
            ? { x: at(1), y: top + upper + gap, width: span(2), height: lower }
            : { x: 0, y: top + upper + gap, width, height: lower },
        };
    // How far the smallest picture (a trend's plot, a waffle's squares) is under what a slide gives one: Urdu's
    // trend and waffle, under its taller headings, tiles and notes, drew 29 and 28 px tall at 1920 × 1080.
    let pictureShort = 0;
    const picture = (chart: ChartScene) => {
      if (chart.picture)
        pictureShort = Math.max(pictureShort, MIN_PICTURE * env.unit - Math.min(chart.picture.width, chart.picture.height));
    };
    const seen = presenter ? picture : undefined;
    const regionsHeading = regionGrouping(dataset, locale).title;
    marks.push(
      panel('map', mirror(boxes.map), mapHeading, map.legend, map.chart, partEnv),
      panel('regions', mirror(boxes.regions), regionsHeading, regions.legend, regions.chart, partEnv, undefined, seen, regions.bareChart),
    );
    if (bars) marks.push(panel('bars', mirror(boxes.bars), barsHeading, bars.legend, bars.chart, partEnv));
    if (trend) marks.push(panel('trend', mirror(boxes.trend), trend.title, trend.legend, trend.chart, partEnv, undefined, seen));
    if (boxes.table) marks.push(tablePanel(mirror(boxes.table)));
    // How much taller the panels' row must be for the table to show its first two rows (its one): on a slide a
    // table of none, its rows counted in a note, said nothing (Silk Road's in Urdu showed 0 of 2).
    let tableShort = 0;
    if (presenter && wide && boxes.table && excerpt && excerpt.shown < Math.min(2, excerpt.count)) {
      const box = boxes.table;
      const note = excerpt.needsNote;
      // (A table's panel keeps a line for its note whether it has one or not: `panel()`'s footnote.)
      const noteLines = note ? wrapLines(note, box.width, 13 * partEnv.unit, env.measure, 400, breakIdeographs).length : 1;
      const needs = panelHeading(table.model.caption, box.width, partEnv).height + excerpt.needs + panelNoteHeight(noteLines, partEnv);
      // The table's share of the row's height (the row's, or what the trend above it leaves).
      tableShort = Math.max(0, needs - box.height) * (upper / box.height);
    }
    const label = [...kpis.map((tile) => tile.chart(tileWidth, tileHeight).label)].join(listSeparator(locale));
    const scene = {
      width,
      height: height + notesHeight + (notesHeight ? gap : 0),
      marks,
      label: `${networkName(dataset, locale)} — ${label}`,
    };
    return {
      scene,
      short: barsShort || tileShort || pictureShort > 0 || tableShort > 0,
      rowNeeds,
      upper,
      pictureShort,
      tableShort,
      figure,
      mapWidth,
    };
  }
}

/** The dashboard's scene function, given its parts' lazily loaded code. */
export function dashboardSceneWith(code: DashboardCode): SceneFunction {
  return (dataset, options, env) => prepareDashboard(code, dataset, options, env);
}
