/**
 * What the sources know, in words: how complete a list is ("2 named in the sources", "at least 45"), how
 * members were put in regions (or that they were not), when a figure applies ("in 2021", "before the spread of
 * coronavirus") and how a computed growth reads ("at least +33% since 2020"). The models use these so that every
 * widget says the same thing. Pure functions; no DOM.
 */
import {
  listIsComplete,
  metricGrowth,
  metricSeries,
  metricTotal,
  sourceById,
  sourceLabel,
  withinParentheses,
  type Growth,
  type GrowthQualifier,
} from './aggregate.js';
import { msg } from './i18n.js';
import {
  colon,
  formatCompact,
  formatList,
  formatNumber,
  formatPercentChange,
  formatQualifiedCompact,
  formatYear,
  isLowerBound,
  localizedName,
  sentences,
} from './locale.js';
import { languageOf } from './localized-name.js';
import { capitalize, countriesPhrase, countryName, periodLabel } from './names.js';
import { COUNTRIES_METRIC, type Dataset, type Extent, type Qualifier, type RegionBasis, type Source, type Total } from './types.js';

/**
 * What a figure netreach adds up from the members' figures says of itself (no source gives it): "The sum of the
 * members' figures: no total is published.", or of how many of them ("…of 26 of the 28 members (the other 2 have
 * none)…") when some have none; nothing when none has a figure. `groups` are the members it adds up, as
 * `valuesByRegion()` counts them: the stat's tile, the bars and waffle of regions and the regions table say it alike.
 */
export function sumNotes(locale: string, groups: readonly { count: number; counted?: number }[]): string[] {
  let counted = 0;
  let total = 0;
  for (const group of groups) {
    counted += group.counted ?? 0;
    total += group.count;
  }
  if (!counted) return [];
  return [counted < total ? msg(locale, 'statSumSome', { counted, total, count: total - counted }) : msg(locale, 'statSum')];
}

// ---------------------------------------------------------------------------------------------------------
// The list of countries and its extent

export interface CountriesKnowledge {
  /** How much of the whole the list is. */
  extent: Extent;
  /** Countries listed in the dataset (named in the sources). */
  listed: number;
  /** How many there are in all, when a source says (the latest `countries` total). */
  total?: number;
  /** What the count shows: the published total, else the number listed. */
  value: number;
  /** `at-least` when the list gives examples or names some without a total; else the total's own qualifier. */
  qualifier?: Qualifier;
  /** Countries a source counts but does not name: on no map, in no table (total − listed, when more). */
  hidden: number;
  /** The figure in words: "57 member countries", "at least 45 countries of visitors". */
  phrase: string;
  /** "2 named in the sources" when only some are named; undefined otherwise. */
  named?: string;
  /** "25 not shown" when a source counts more than it names; undefined otherwise. */
  notShown?: string;
  /**
   * Sentences for wherever the list is shown as a whole (map, table, bars, regions): that it was inferred, that it is
   * partial or examples.
   */
  notes: string[];
}

/** What the dataset knows about its countries: how many there are, how many are named, and how to say so. */
export function countriesKnowledge(dataset: Dataset, locale: string): CountriesKnowledge {
  const extent = dataset.listing?.extent ?? 'complete';
  const listed = dataset.members.length;
  const figure = metricTotal(dataset, COUNTRIES_METRIC)!;
  const total = figure.basis === 'total' ? figure.value : undefined;
  const hidden = total !== undefined && total > listed && extent !== 'complete' ? total - listed : 0;
  const qualifier = figure.qualifier;
  const phrase = qualifiedPhrase(countriesPhrase(dataset, figure.value, locale), qualifier, locale);
  const result: CountriesKnowledge = {
    extent,
    listed,
    value: figure.value,
    hidden,
    phrase,
    notes: [
      ...(dataset.listing?.by === 'inference' ? [msg(locale, 'listInferred')] : []),
      ...listNotes(extent, listed, total, locale),
      ...inferredNote(dataset, locale),
    ],
  };
  if (total !== undefined) result.total = total;
  if (qualifier) result.qualifier = qualifier;
  if (extent === 'partial') result.named = msg(locale, 'namedInSources', { count: listed });
  if (hidden > 0) result.notShown = msg(locale, 'notShown', { count: hidden });
  return result;
}

/**
 * The countries no source names, listed by inference (`member.by`): "China: listed by inference (see the source's
 * note)." Each one's tooltip and accessible name say it too (map-model.ts).
 */
function inferredNote(dataset: Dataset, locale: string): string[] {
  const names = dataset.members.filter((member) => member.by === 'inference').map((member) => countryName(member.country, locale));
  return names.length ? [sentences([formatList(names, locale) + colon(locale) + msg(locale, 'listedByInference')], locale)] : [];
}

/** The universities list's extent and what to say about it ("The sources name only 1 of 173; the other 172…"). */
export function universitiesKnowledge(
  dataset: Dataset,
  locale: string,
): { extent: Extent; listed: number; total?: number; notes: string[] } {
  const extent = dataset.listing?.universities ?? 'complete';
  const listed = dataset.universities?.length ?? 0;
  const metric = dataset.listing?.universitiesMetric;
  const figure = metric ? metricTotal(dataset, metric) : undefined;
  const total = figure?.basis === 'total' ? figure.value : undefined;
  const result: { extent: Extent; listed: number; total?: number; notes: string[] } = {
    extent,
    listed,
    notes: listNotes(extent, listed, total, locale),
  };
  if (total !== undefined) result.total = total;
  return result;
}

function listNotes(extent: Extent, listed: number, total: number | undefined, locale: string): string[] {
  if (extent === 'examples') return [msg(locale, 'examplesNote')];
  if (extent === 'partial') {
    // The plural agrees with those the sources do not name: "the other is not shown", "the other 25 are not shown".
    return [
      total !== undefined && total > listed
        ? msg(locale, 'partialNote', { listed, total, count: total - listed })
        : msg(locale, 'partialSome'),
    ];
  }
  return [];
}

/** "at least 45 countries of visitors", "more than 30 million", a growth's "at most +5%": a phrase with its qualifier. */
export function qualifiedPhrase(text: string, qualifier: Qualifier | GrowthQualifier | undefined, locale: string): string {
  if (qualifier === 'more-than') return msg(locale, 'moreThan', { value: text });
  if (qualifier === 'at-least') return msg(locale, 'atLeast', { value: text });
  if (qualifier === 'at-most') return msg(locale, 'atMost', { value: text });
  if (qualifier === 'about') return msg(locale, 'about', { value: text });
  return text;
}

/** Whether counts of the list (per region, per group) are lower bounds of the truth. */
export function countsAreLowerBounds(dataset: Dataset): boolean {
  return !listIsComplete(dataset);
}

/** A count that is a lower bound, written short: "≥17". */
export function lowerBoundText(text: string): string {
  return `≥${text}`;
}

// ---------------------------------------------------------------------------------------------------------
// Regions

export interface RegionGrouping {
  /** Whether the dataset can be grouped by region at all. */
  available: boolean;
  /** How members were put in regions (undefined: the dataset does not say). */
  by?: RegionBasis;
  /** The legend's or column's title: "Regions", or "Continents" when the regions are continents. */
  title: string;
  /**
   * What to show wherever regions are shown: why grouping is unavailable, or that the assignment was inferred,
   * or that the regions are continents, or drawn up for the dataset; '' when the sources assign the regions
   * themselves.
   */
  note: string;
  /** The dataset's own account of the assignment (its `regionAssignment.note`), for "About this data". */
  detail?: string;
  /** The source the assignment follows. */
  source?: Source;
  /** Counts per region are lower bounds (the list is not the whole). */
  lowerBound: boolean;
  /** The list's note that `note` says too (the list and the regions both inferred): not said twice. */
  saysListNote?: string;
}

export function regionGrouping(dataset: Dataset, locale: string): RegionGrouping {
  const lowerBound = countsAreLowerBounds(dataset);
  if (dataset.regions.length === 0) {
    return { available: false, title: msg(locale, 'regions'), note: msg(locale, 'regionsUnavailable'), lowerBound };
  }
  const assignment = dataset.regionAssignment;
  const by = assignment?.by;
  // Countries the sources only count, put in regions the sources only count: one sentence says both.
  const listInferred = by === 'inference' && dataset.listing?.by === 'inference';
  const note = listInferred
    ? msg(locale, 'countriesInferred')
    : by === 'inference'
      ? msg(locale, 'regionsInferred')
      : by === 'continents'
        ? msg(locale, 'regionsContinents')
        : by === 'dataset'
          ? msg(locale, 'regionsDataset')
          : '';
  const grouping: RegionGrouping = {
    available: true,
    title: msg(locale, by === 'continents' ? 'continents' : 'regions'),
    note,
    lowerBound,
  };
  if (listInferred) grouping.saysListNote = msg(locale, 'listInferred');
  if (by) grouping.by = by;
  if (assignment?.note) grouping.detail = localizedName(assignment.notes, assignment.note, locale);
  const source = sourceById(dataset, assignment?.source);
  if (source) grouping.source = source;
  return grouping;
}

/**
 * The notes of a list shown with its regions: the list's (`listNotes`), then how its countries were put in regions,
 * each once (when both were inferred, one sentence says so).
 */
export function withRegionNote(listNotes: readonly string[], grouping: RegionGrouping): string[] {
  if (!grouping.available || !grouping.note) return [...listNotes];
  return [...listNotes.filter((note) => note !== grouping.saysListNote), grouping.note];
}

// ---------------------------------------------------------------------------------------------------------
// Time

/** When a total applies, standing alone: "2021", "Before the spread of coronavirus". Never a sort year. */
export function whenText(total: Pick<Total, 'year' | 'period'>, locale: string): string {
  if (total.period) return capitalize(periodLabel(total.period, locale), locale);
  return total.year === undefined ? '' : formatYear(total.year, locale);
}

/** When a total applies, inside a sentence: "in 2021", "before the spread of coronavirus". */
export function whenPhrase(total: Pick<Total, 'year' | 'period'>, locale: string): string {
  if (total.period) return periodLabel(total.period, locale);
  return total.year === undefined ? '' : msg(locale, 'inYear', { year: formatYear(total.year, locale) });
}

// ---------------------------------------------------------------------------------------------------------
// Growth

export interface GrowthText {
  growth: Growth;
  /**
   * "at least +33% since 2020", "+175% on the figure before the spread of coronavirus", "unchanged since 2020"
   * (two equal figures, neither qualified: "0%" would read as a measurement of change).
   */
  text: string;
  /** "Computed from two figures: 22 million in 2020 (…) and more than 30 million in 2021 (CINVU [Public Relations])." */
  note: string;
  /** The two sources it is computed from (one when both figures come from the same). */
  sources: Source[];
}

/** A value as a sentence says it: "8 million", "more than 30 million", "at least 45". */
export function spokenFigure(value: number, qualifier: Qualifier | undefined, locale: string, metricId: string): string {
  const number =
    metricId === COUNTRIES_METRIC || Math.abs(value) < 10_000
      ? formatNumber(value, locale)
      : formatCompact(value, locale, 'long', isLowerBound(qualifier));
  return qualifiedPhrase(number, qualifier, locale);
}

/** The growth of `metricId` in words, marked as computed and citing both figures; undefined when there is none. */
export function growthText(dataset: Dataset, metricId: string, locale: string): GrowthText | undefined {
  const growth = metricGrowth(dataset, metricId);
  if (!growth) return undefined;
  const change = formatPercentChange(growth.ratio, locale);
  const qualified = qualifiedPhrase(change, growth.qualifier, locale);
  const { from, to } = growth;
  const unchanged = growth.exactRatio === 0 && !growth.qualifier;
  const text = from.period
    ? unchanged
      ? msg(locale, 'unchangedSincePeriod', { period: periodLabel(from.period, locale) })
      : msg(locale, 'sincePeriod', { change: qualified, period: periodLabel(from.period, locale) })
    : unchanged
      ? msg(locale, 'unchangedSinceYear', { year: whenText(from, locale) })
      : msg(locale, 'sinceYear', { change: qualified, year: whenText(from, locale) });
  const fromSource = sourceById(dataset, from.source);
  const toSource = sourceById(dataset, to.source);
  const sources = [fromSource, toSource].filter((source, index, all): source is Source => !!source && all.indexOf(source) === index);
  const note = msg(locale, 'growthComputed', {
    from: spokenFigure(from.value, from.qualifier, locale, metricId),
    fromWhen: whenPhrase(from, locale),
    fromSource: withinParentheses(fromSource ? sourceLabel(fromSource, locale) : from.source),
    to: spokenFigure(to.value, to.qualifier, locale, metricId),
    toWhen: whenPhrase(to, locale),
    toSource: withinParentheses(toSource ? sourceLabel(toSource, locale) : to.source),
  });
  const rounding =
    growth.rounded &&
    msg(locale, 'growthRounding', {
      figure: spokenFigure(growth.rounded.total.value, growth.rounded.total.qualifier, locale, metricId),
      taken: formatNumber(growth.rounded.taken, locale),
    });
  // Each message ends with its own full stop; Chinese puts no space after one.
  return { growth, text, note: rounding ? note + (languageOf(locale) === 'zh' ? '' : ' ') + rounding : note, sources };
}

/** "The source dates 8 million only as “before the spread of coronavirus”: it gives no year." per period total. */
export function periodNotes(dataset: Dataset, metricId: string, locale: string): string[] {
  return metricSeries(dataset, metricId)
    .filter((total) => total.period)
    .map((total) =>
      msg(locale, 'periodNote', {
        value: spokenFigure(total.value, total.qualifier, locale, metricId),
        period: periodLabel(total.period!, locale),
      }),
    );
}

/**
 * Formats `value` as a KPI tile and a trend's figure show it, with its qualifier ("30M+", "57"); the tile also
 * while counting up. Here, where every page has it, rather than in the stat's model: the trend's and the stat's
 * chunks both use it, and a module they shared would be a chunk of its own, one more request for each.
 */
export function formatStatValue(value: number, qualifier: Qualifier | undefined, locale: string, metricId: string): string {
  // Small counts (57 countries) read better in full than compact.
  return formatQualifiedCompact(value, qualifier, locale, metricId === COUNTRIES_METRIC || Math.abs(value) < 10_000);
}
