/**
 * What the sources know, in words: how complete a list is ("2 named in the sources", "at least 45"), how
 * members were put in regions (or that they were not), when a figure applies ("in 2021", "before the spread of
 * coronavirus") and how a computed growth reads ("at least +33% since 2020"). The models use these so that every
 * widget says the same thing. Pure functions; no DOM.
 */
import { listIsComplete, metricTotal, sourceById, type GrowthQualifier } from './aggregate.js';
import { msg } from './i18n.js';
import { colon, formatList, localizedName, sentences } from './locale.js';
import { countriesPhrase, countryName } from './names.js';
import { COUNTRIES_METRIC, type Dataset, type Extent, type Qualifier, type RegionBasis, type Source } from './types.js';

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
