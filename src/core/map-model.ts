/**
 * Everything `<netreach-map>` shows apart from geometry, as plain data: which members are on the map, their
 * colour class, accessible names and tooltip lines, the legend, the text summary and the reach arcs' ends.
 * Plus the pure geometry-free decisions the element makes: symbol or shape, and which member an arrow key
 * moves to. No DOM, no d3-geo.
 */
import { REGION_SLOTS } from './theme-colours.js';
import { quantileSorted } from 'd3-array';
import { aboutScope, scopeSources, unsourcedFigures } from './about.js';
import { memberValue, metricInfo, sourceById, sourceLabel } from './aggregate.js';
import { msg } from './i18n.js';
import {
  countriesKnowledge,
  lowerBoundText,
  qualifiedPhrase,
  regionGrouping,
  withRegionNote,
  type CountriesKnowledge,
  type RegionGrouping,
} from './knowledge.js';
import { colon, formatCompact, formatList, formatNumber, languageOf, listSeparator } from './locale.js';
import { capitalize, countriesLabel, countriesPhrase, countryName, metricLabel, regionName } from './names.js';
import { overlapModel, type OverlapModel } from './overlap.js';
import { COUNTRIES_METRIC, type Dataset, type Metric, type Source } from './types.js';
import { PROJECTIONS } from '../map/map.options.js';
import './en/map.js';

/** Sequential classes a metric is split into (the stylesheet has `q0`…`q4`). */
export const SHADES = 5;
/** Below this projected area (px²) a member's shape is too small to see, point at or tap: it gets a symbol. */
export const MIN_SHAPE_AREA = 30;

export type MapMode = 'default' | 'reach';

// The projections' names are the map's `projection` option's values (declared once, with the option).
export { PROJECTIONS };
export type ProjectionName = (typeof PROJECTIONS)[number];

/** A known projection name, else the default (`equal-earth`). */
export function projectionName(value: string | null | undefined): ProjectionName {
  return (PROJECTIONS as readonly string[]).includes(value ?? '') ? (value as ProjectionName) : 'equal-earth';
}
export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

export interface MapOptions {
  locale: string;
  /** A metric id; unset, `countries` or a metric without member values colours by region. */
  metric?: string;
  /** A region id: only its members are on the map. */
  region?: string;
  /** Alpha-3 codes to emphasise. */
  highlight?: readonly string[];
  mode?: MapMode;
  /** Reach mode's origin (alpha-3); defaults to the first highlighted member, else the first member. */
  home?: string;
  /** Another dataset to compare with: countries are coloured by group (in both, only this, only the other). */
  compare?: Dataset;
}

export interface MapMember {
  country: string;
  /** The member's region id; '' when the dataset has no regions (or the country is only in a compared dataset). */
  region: string;
  /** 1-based colour slot of the region (`--_region-N`, wrapping after 8). */
  regionSlot: number;
  name: string;
  regionName: string;
  /** Comparing: the member's group ("In both", "Only in CINVU"); '' otherwise. */
  groupName: string;
  value: number | null;
  /** The value in full, in the locale's digits ("420,000"), or "No data"; '' when colouring by region. */
  valueText: string;
  /**
   * The fill as a class of the map's stylesheet: `r1`…`r8` (region), `q0`…`q4` (a metric's classes, light to
   * dark), `nodata` (hatched), or when comparing `both`, `only-this`, `only-other`.
   */
  colour: string;
  /**
   * The accessible name: "Pakistan, Asia and Oceania, Virtual students: 420,000"; a country no source names says so
   * after its place ("China, listed by inference (see the source's note)").
   */
  label: string;
  /** A country no source names (`member.by: "inference"`), a tooltip line: "Listed by inference (see the source's note)". */
  inferred?: string;
  highlighted: boolean;
  home: boolean;
}

export interface LegendEntry {
  /** The swatch's colour class (see `MapMember.colour`). */
  colour: string;
  label: string;
}

export interface MapLegend {
  title: string;
  entries: LegendEntry[];
  /** "25 not shown": countries a source counts but does not name, which no swatch stands for. */
  note?: string;
}

export interface MapModel {
  /**
   * `metric` when members are coloured by a metric's values, `overlap` when compared with another dataset,
   * `region` otherwise (all in one colour, `r1`, when the dataset has no regions).
   */
  colouring: 'metric' | 'region' | 'overlap';
  /** The metric shown (undefined when colouring by region). */
  metric?: Metric;
  metricLabel?: string;
  /** The members on the map, in the dataset's order (only the region's with `region`). */
  members: MapMember[];
  /** Codes of every member of the dataset on this map (the region's when zoomed). */
  codes: string[];
  /** The thresholds between classes, ascending (metric colouring). */
  breaks: number[];
  legend: MapLegend;
  /** "Map of 57 member countries by region: Asia and Oceania 27, …", with what the list does not say. */
  summary: string;
  source?: Source;
  sourceText?: string;
  /** Every source behind the map (the list, the regions, the metric): for its source line and exports. */
  sources: Source[];
  /** The members' figures coloured that no source gives (`unsourcedFigures()`). */
  unsourced: string[];
  /** Reach mode: the origin and every other member on the map. */
  reach?: { home: string; targets: string[] };
  /** What the list is: how many there are, how many are named, the words for them. */
  countries: CountriesKnowledge;
  /** Whether and how the countries are grouped by region, and what to say about it. */
  grouping: RegionGrouping;
  /**
   * Sentences to show with the map: the list is partial or examples; the regions, where no source assigns them, were
   * inferred, are continents or were drawn up for the dataset (`regionAssignment.by`, `regionGrouping()`).
   */
  notes: string[];
  /** Comparing: the countries only in the other dataset, drawn too (colour `only-other`). Empty otherwise. */
  others: MapMember[];
  /** Comparing: the three groups with their counts, the legend's entries and the caveats. */
  overlap?: OverlapModel;
  /**
   * The options that name nothing in the data (`region="nowhere"`, `highlight="FRA"` on a network without France,
   * a reach's `home` that is not on the map, a `home` outside reach mode), each with what the map did instead: for
   * the page's author, in English.
   */
  ignored: IgnoredOption[];
}

/**
 * An option value the map drew as if absent, and why (`not a member`; `not on the map; arcs from TUR`): in parts,
 * as the page's console names it as an attribute (`highlight="FRA"`) and the command line as a flag
 * (`--highlight FRA`).
 */
export interface IgnoredOption {
  readonly attribute: 'region' | 'highlight' | 'home' | 'selected';
  readonly value: string;
  readonly reason: string;
}

/** `highlight="FRA": not a member`: an ignored option as the page's author wrote it, an attribute. */
export function ignoredText(entry: IgnoredOption): string {
  return `${entry.attribute}="${entry.value}": ${entry.reason}`;
}

/** Rounds to two significant digits (14,000, not 13,742), and to whole numbers for counts (5, not 4.8). */
function roundBreak(value: number, integers: boolean): number {
  const rounded = value === 0 ? 0 : Number(value.toPrecision(2));
  return integers ? Math.round(rounded) : rounded;
}

/**
 * Thresholds splitting `values` into up to `classes` classes with about as many members each (quantiles,
 * rounded to two significant digits): member values are skewed, and equal-width classes would paint most
 * members the same. Each class is non-empty; no thresholds when all values are equal.
 */
export function classBreaks(values: readonly number[], classes = SHADES): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const integers = sorted.every(Number.isInteger);
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const threshold = roundBreak(quantileSorted(sorted, i / classes)!, integers);
    const previous = breaks[breaks.length - 1] ?? sorted[0]!;
    // Strictly increasing, and each class must hold a value: a value ≥ previous and < threshold.
    if (threshold > previous && sorted.some((value) => value >= previous && value < threshold)) breaks.push(threshold);
  }
  // The last class must hold a value too.
  while (breaks.length && sorted[sorted.length - 1]! < breaks[breaks.length - 1]!) breaks.pop();
  return breaks;
}

/** The class of `value` (0 = lowest): the number of thresholds at or below it. */
export function classOf(value: number, breaks: readonly number[]): number {
  let index = 0;
  while (index < breaks.length && value >= breaks[index]!) index++;
  return index;
}

/** The stylesheet class of class `index` of `count`: spread over `q0`…`q4` so the extremes stay light and dark. */
export function shadeClass(index: number, count: number): string {
  if (count <= 1) return `q${SHADES - 1}`;
  return `q${Math.round((index * (SHADES - 1)) / (count - 1))}`;
}

/** Whether a member needs a symbol: it has no shape on this map or one smaller than `minArea` px². */
export function needsMapSymbol(shapeArea: number | undefined, minArea = MIN_SHAPE_AREA): boolean {
  return shapeArea === undefined || !(shapeArea >= minArea);
}

/**
 * The index of the nearest point in `direction` from `points[from]`, in screen space (y down). Arrows are
 * physical directions on a map, so they are not mirrored in right-to-left languages. Points within a 45°
 * cone are preferred; among them the nearest, its distance weighed by how far off the axis it lies (× 1 + 2 tan²:
 * a member a little off it is near enough, one at 40° is not). Counting the off-axis distance double, a member
 * further on the axis won over a nearer one a little off it: left from Bangladesh went to the UAE, past Pakistan.
 * Returns `from` when nothing lies that way.
 */
export function nearestInDirection(points: readonly (readonly [number, number])[], from: number, direction: ArrowDirection): number {
  const origin = points[from];
  if (!origin) return from;
  let best = from;
  let bestScore = Infinity;
  let bestInCone = false;
  points.forEach(([x, y], index) => {
    if (index === from) return;
    const dx = x - origin[0];
    const dy = y - origin[1];
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (along <= 0) return;
    const inCone = across <= along;
    const score = Math.hypot(dx, dy) * (1 + 2 * (across / along) ** 2);
    if ((inCone && !bestInCone) || (inCone === bestInCone && score < bestScore)) {
      best = index;
      bestScore = score;
      bestInCone = inCone;
    }
  });
  return best;
}

/** The source behind the members' figures of a metric: the one it names for them (a total's does not back them). */
function metricSource(dataset: Dataset, metricId: string): Source | undefined {
  return sourceById(dataset, metricInfo(dataset, metricId)?.source);
}

/** A value as the tooltip and table show it: in full, with the metric's unit in English (units are not localized). */
export function formatMapValue(value: number | null, metric: Metric | undefined, locale: string): string {
  if (value === null) return msg(locale, 'noData');
  const full = formatNumber(value, locale, Math.abs(value) < 10 ? 1 : 0);
  return metric?.unit && languageOf(locale) === 'en' ? `${full} ${metric.unit}` : full;
}

/**
 * A highlighted member's accessible name (and file title) says it is emphasised, in the summary's own words
 * ("Emphasised on the map: Türkiye, Asia and Oceania."): sighted readers see its ring, a screen reader arrowing
 * to it heard only its name and region, as every other member's.
 */
const emphasised = (label: string, highlighted: boolean, locale: string): string =>
  highlighted ? msg(locale, 'mapHighlighted', { list: label }) : label;

/**
 * The parts of a map's model that no member's value changes: the members' names, regions and colour slots, what the
 * list is, the grouping, the notes, the sources and the regions' legend. Of the values only whether any is there
 * counts: the map colours by region without any (`colouring`), and cites as unsourced only figures given.
 */
interface ValueFree {
  names: { name: string; region: string; slot: number; inferred: string }[];
  countries: CountriesKnowledge;
  grouping: RegionGrouping;
  /** The notes but for comparing's (its own, with the other network). */
  notes: string[];
  /** Indexes in `dataset.sources`: the model cites the current dataset's own objects. */
  sources: number[];
  unsourced: string[];
  /** Coloured by region: the regions' legend. */
  regionLegend?: MapLegend;
}

/**
 * Value-free parts by what they are made from: a value update (a page's new `.data` with the same countries, new
 * figures: a new object each time, validated again) names, groups and cites as before without working it out again.
 * The key is what they are made from, as JSON (a fetched dataset is all new objects, and so is each validated copy):
 * the locale, the region and metric shown, whether they have values, and the dataset's parts they read. The most
 * recent few, as a page shows few.
 */
const valueFreeParts = new Map<string, ValueFree>();

function valueFree(
  dataset: Dataset,
  locale: string,
  zoomed: string | undefined,
  shown: Dataset['members'],
  metric: Metric | undefined,
  label: string | undefined,
  colouring: string,
  regionIndex: ReadonlyMap<string, number>,
): ValueFree {
  // The figures no source gives are those of a metric any member has a figure of.
  const valued = metric ? dataset.members.some((member) => member.values?.[metric.id] != null) : false;
  const key = JSON.stringify([
    locale,
    zoomed,
    metric?.id,
    colouring,
    valued,
    // What these parts read, and no more: the whole dataset but its members' values, a validated (frozen) copy, took
    // the browser longer to write than the parts to work out. Of the members their countries, regions and `by`; of
    // the sources their ids (the model cites the dataset's own); no universities, which a map does not cite. A part
    // that comes to read more of the dataset must have it here.
    dataset.members.map((member) => `${member.country} ${member.region} ${member.by}`).join(),
    dataset.network,
    dataset.listing,
    dataset.regions,
    dataset.regionAssignment,
    dataset.metrics,
    dataset.totals,
    dataset.sources.map((source) => source.id),
  ]);
  let parts = valueFreeParts.get(key);
  if (!parts) {
    const countries = countriesKnowledge(dataset, locale);
    const grouping = regionGrouping(dataset, locale);
    const inferred = msg(locale, 'listedByInference');
    // The summary lists the regions whatever the colouring: their provenance belongs to the map's.
    const scope = aboutScope(dataset, 'map', { metric: metric?.id });
    scope.regions = grouping.available;
    parts = {
      names: shown.map((member) => ({
        name: countryName(member.country, locale),
        region: regionName(dataset, member.region, locale),
        slot: ((regionIndex.get(member.region ?? '') ?? 0) % REGION_SLOTS) + 1,
        inferred: member.by === 'inference' ? inferred : '',
      })),
      countries,
      grouping,
      notes: [
        ...withRegionNote(zoomed ? [] : countries.notes, grouping),
        // A metric asked for that no country shown has a figure of (a network's total only): the map says why it
        // shows the regions instead, rather than leave the reader to think the colours are the metric's.
        ...(metric && colouring === 'region' ? [msg(locale, 'mapMetricNotByCountry', { metric: label! })] : []),
      ],
      sources: scopeSources(dataset, scope).map((source) => dataset.sources.indexOf(source)),
      unsourced: unsourcedFigures(dataset, scope, locale),
      regionLegend: colouring === 'region' ? regionLegend(dataset, shown, grouping, countries, locale) : undefined,
    };
    valueFreeParts.set(key, parts);
    if (valueFreeParts.size > 8) valueFreeParts.delete(valueFreeParts.keys().next().value!);
  }
  return parts;
}

/** What the map shows for `dataset` (see `MapModel`). */
export function mapModel(dataset: Dataset, options: MapOptions): MapModel {
  const { locale } = options;
  const regionIndex = new Map(dataset.regions.map((region, index) => [region.id, index]));
  const zoomed = options.region && regionIndex.has(options.region) ? options.region : undefined;
  const shown = dataset.members.filter((member) => !zoomed || member.region === zoomed);
  const metricId = options.metric && options.metric !== COUNTRIES_METRIC ? options.metric : undefined;
  const metric = metricId ? dataset.metrics?.find((entry) => entry.id === metricId) : undefined;
  const values = shown.map((member) => (metric ? memberValue(member, metric.id) : null));
  const known = values.filter((value): value is number => value !== null);
  const overlap = options.compare ? overlapModel(dataset, options.compare, locale) : undefined;
  const colouring = overlap ? 'overlap' : metric && known.length ? 'metric' : 'region';
  const breaks = colouring === 'metric' ? classBreaks(known) : [];
  const label = metric ? metricLabel(dataset, metric.id, locale) : undefined;
  const highlight = new Set(options.highlight ?? []);
  const codes = shown.map((member) => member.country);
  const home =
    options.mode === 'reach'
      ? [options.home, ...highlight, codes[0]].find((code) => code !== undefined && codes.includes(code))
      : undefined;
  const fixed = valueFree(dataset, locale, zoomed, shown, metric, label, colouring, regionIndex);
  const { countries } = fixed;
  // The grouping's source is the current dataset's (the parts may have been made from an earlier copy of it).
  const grouping = fixed.grouping.source
    ? { ...fixed.grouping, source: dataset.sources.find((source) => source.id === fixed.grouping.source!.id) }
    : fixed.grouping;
  // A member's name is a short list (country, region, value): in Persian, Arabic and Urdu with their comma, "،".
  const comma = listSeparator(locale, true);
  const separator = colon(locale);

  const members = shown.map((member, index): MapMember => {
    const value = values[index] ?? null;
    const { name, region, slot, inferred } = fixed.names[index]!;
    const colour =
      colouring === 'overlap'
        ? overlap!.groupOf.get(member.country)!
        : colouring === 'region'
          ? `r${slot}`
          : value === null
            ? 'nodata'
            : shadeClass(classOf(value, breaks), breaks.length + 1);
    const valueText = colouring === 'metric' ? formatMapValue(value, metric, locale) : '';
    const groupName = overlap ? overlapLabel(overlap, member.country) : '';
    const where = groupName || region;
    const place = [name, where, inferred].filter(Boolean).join(comma);
    return {
      country: member.country,
      region: member.region ?? '',
      regionSlot: slot,
      name,
      regionName: region,
      groupName,
      value,
      valueText,
      colour,
      label: emphasised(valueText ? `${place}${comma}${label}${separator}${valueText}` : place, highlight.has(member.country), locale),
      ...(inferred ? { inferred: capitalize(inferred, locale) } : {}),
      highlighted: highlight.has(member.country),
      home: member.country === home,
    };
  });
  const others = (overlap?.groups.find((group) => group.id === 'only-other')?.codes ?? []).map((code): MapMember => {
    const name = countryName(code, locale);
    const groupName = overlapLabel(overlap!, code);
    return {
      country: code,
      region: '',
      regionSlot: 0,
      name,
      regionName: '',
      groupName,
      value: null,
      valueText: '',
      colour: 'only-other',
      label: emphasised(`${name}${comma}${groupName}`, highlight.has(code), locale),
      highlighted: highlight.has(code),
      home: false,
    };
  });

  const legend: MapLegend = overlap
    ? { title: `${overlap.name} · ${overlap.otherName}`, entries: overlap.groups.map((group) => ({ colour: group.id, label: group.text })) }
    : colouring === 'metric'
      ? metricLegend(label!, breaks, known.length < values.length, locale)
      : { ...fixed.regionLegend! };
  if (!zoomed && !overlap && countries.notShown) legend.note = countries.notShown;
  const source = metric ? metricSource(dataset, metric.id) : undefined;
  const reach = home ? { home, targets: codes.filter((code) => code !== home) } : undefined;
  const ignored: IgnoredOption[] = [
    ...(options.region && !zoomed ? [{ attribute: 'region', value: options.region, reason: 'no such region' } as const] : []),
    ...[...highlight]
      .filter((code) => !dataset.members.some((member) => member.country === code))
      .map((code) => ({ attribute: 'highlight', value: code, reason: 'not a member' }) as const),
    // Outside reach mode no arcs are drawn: a `home` is then no origin of any.
    ...((home || options.mode !== 'reach') && options.home && options.home !== home
      ? [
          {
            attribute: 'home',
            value: options.home,
            reason: home ? `not on the map; arcs from ${home}` : 'used only with mode="reach"',
          } as const,
        ]
      : []),
  ];
  const notes = overlap
    ? [
        ...overlap.notes,
        // The groups come from the two whole lists: a region of this network says nothing of the other's countries.
        ...(zoomed ? [msg(locale, 'overlapWhole', { region: regionName(dataset, zoomed, locale) })] : []),
      ]
    : fixed.notes;

  return {
    colouring,
    metric: colouring === 'metric' ? metric : undefined,
    metricLabel: colouring === 'metric' ? label : undefined,
    members,
    codes,
    breaks,
    legend,
    summary: [summaryText(dataset, members, label, reach, zoomed, countries, grouping, overlap, locale), ...notes].join(' '),
    source,
    sourceText: source ? `${msg(locale, 'source')}${colon(locale)}${sourceLabel(source, locale)}` : undefined,
    // Comparing, the other network's list is behind the map too: its source is cited with this one's.
    sources: [...fixed.sources.map((index) => dataset.sources[index]!), ...(options.compare ? listSources(options.compare) : [])],
    unsourced: fixed.unsourced,
    reach,
    countries,
    grouping,
    notes,
    others,
    overlap,
    ignored,
  };
}

/** The source of a dataset's list of countries. */
function listSources(dataset: Dataset): Source[] {
  return dataset.sources.filter((source) => source.id === dataset.listing?.source);
}

function overlapLabel(overlap: OverlapModel, code: string): string {
  const id = overlap.groupOf.get(code);
  return overlap.groups.find((group) => group.id === id)?.label ?? '';
}

function metricLegend(title: string, breaks: readonly number[], missing: boolean, locale: string): MapLegend {
  const count = breaks.length + 1;
  const text = (value: number) => formatCompact(value, locale);
  const entries: LegendEntry[] = [];
  for (let index = 0; index < count; index++) {
    const low = breaks[index - 1];
    const high = breaks[index];
    const label =
      low === undefined && high === undefined
        ? '' // one class: every value is the same
        : low === undefined
          ? `< ${text(high!)}`
          : high === undefined
            ? `≥ ${text(low)}`
            : `${text(low)}–${text(high)}`;
    entries.push({ colour: shadeClass(index, count), label });
  }
  if (missing) entries.push({ colour: 'nodata', label: msg(locale, 'noData') });
  return { title, entries };
}

function regionLegend(
  dataset: Dataset,
  shown: Dataset['members'],
  grouping: RegionGrouping,
  countries: CountriesKnowledge,
  locale: string,
): MapLegend {
  const count = (n: number) => (grouping.lowerBound ? lowerBoundText(formatNumber(n, locale)) : formatNumber(n, locale));
  if (!grouping.available) {
    // No regions: one colour for every country, the legend's title says what they are and its entry how many.
    // All that a partial list names: "2 named in the sources", not "≥2" beside a stat that says 27.
    const all = countries.named && shown.length === countries.listed;
    return {
      title: countriesLabel(dataset, locale),
      entries: [{ colour: 'r1', label: all ? countries.named! : count(shown.length) }],
    };
  }
  const entries = dataset.regions.flatMap((region, index) => {
    const members = shown.filter((member) => member.region === region.id).length;
    if (!members) return [];
    return [{ colour: `r${(index % REGION_SLOTS) + 1}`, label: `${regionName(dataset, region.id, locale)} (${count(members)})` }];
  });
  return { title: grouping.title, entries };
}

/**
 * What reach mode's arcs show: how many members they reach from home, or that no other member is on the map (its
 * home alone in the region shown, or in the network), which "reaches 0 countries" said of the whole network.
 */
export function reachText(reach: NonNullable<MapModel['reach']>, locale: string): string {
  const home = countryName(reach.home, locale);
  const count = reach.targets.length;
  return count ? msg(locale, 'mapReach', { count, home }) : msg(locale, 'mapReachNone', { home });
}

function summaryText(
  dataset: Dataset,
  members: readonly MapMember[],
  metric: string | undefined,
  reach: MapModel['reach'],
  zoomed: string | undefined,
  countries: CountriesKnowledge,
  grouping: RegionGrouping,
  overlap: OverlapModel | undefined,
  locale: string,
): string {
  if (overlap) return overlap.summary;
  const parts: string[] = [];
  if (reach) parts.push(reachText(reach, locale));
  // The whole list says what the sources count (27, of which 2 are named); a region says what is on the map.
  const phrase = zoomed
    ? qualifiedPhrase(countriesPhrase(dataset, members.length, locale), grouping.lowerBound ? 'at-least' : undefined, locale)
    : countries.phrase;
  // A region shown that has no member says so in a sentence of its own ("Member countries in Europe and America: none
  // on this map."): "Map of 0 member countries." read as "map of no member countries" in Arabic, and "… by region: ." listed nothing.
  if (zoomed && !members.length) {
    parts.push(msg(locale, 'mapSummaryNone', { countries: countriesLabel(dataset, locale), region: regionName(dataset, zoomed, locale) }));
  } else if (grouping.available && members.length) {
    const counts = new Map<string, number>();
    for (const member of members) counts.set(member.region, (counts.get(member.region) ?? 0) + 1);
    const list = dataset.regions
      .filter((region) => counts.has(region.id))
      .map((region) => {
        // A list of examples counts each region at least, as the legend does: "Africa ≥14", never a bare 14.
        const count = formatNumber(counts.get(region.id)!, locale);
        return `${regionName(dataset, region.id, locale)} ${grouping.lowerBound ? lowerBoundText(count) : count}`;
      });
    parts.push(msg(locale, 'mapSummaryRegions', { countries: phrase, list: formatList(list, locale, 'unit') }));
  } else {
    parts.push(msg(locale, 'mapSummaryPlain', { countries: phrase }));
  }
  const highlighted = members.filter((member) => member.highlighted).map((member) => member.name);
  if (highlighted.length) parts.push(msg(locale, 'mapHighlighted', { list: formatList(highlighted, locale) }));
  if (metric) {
    const withValues = members.filter((member) => member.value !== null);
    if (withValues.length) {
      const high = withValues.reduce((a, b) => (b.value! > a.value! ? b : a));
      const low = withValues.reduce((a, b) => (b.value! < a.value! ? b : a));
      parts.push(msg(locale, 'mapRange', { metric, high: `${high.name} (${high.valueText})`, low: `${low.name} (${low.valueText})` }));
    }
    const missing = members.length - withValues.length;
    if (missing) parts.push(msg(locale, 'mapMissing', { count: missing }));
  }
  return parts.join(' ');
}
