/**
 * Everything `<netreach-stat>` shows, as plain data: the headline figure, its long spoken form, growth, the
 * sparkline's points and the source line. Kept out of the element so it is tested without a DOM (and reused
 * by static rendering).
 */
import { metricInfo, metricSeries, metricTotal, sourceById, sourceLabel, totalOrder } from './aggregate.js';
import { msg } from './i18n.js';
import { formatStatValue, growthText, periodNotes, spokenFigure, whenText } from './growth.js';
import { countriesKnowledge, sumNotes, universitiesKnowledge } from './knowledge.js';
import { colon } from './locale.js';
import { metricLabel } from './names.js';
import { COUNTRIES_METRIC, type Dataset, type Qualifier, type Source } from './types.js';

export interface StatSeriesPoint {
  /** Where the total falls in time, for placing it only: a period's approximate sort year is never to be shown. */
  year: number;
  value: number;
  /** "2021: 30M+", "Before the spread of coronavirus: 8M". */
  label: string;
  /** "2021", "Before the spread of coronavirus": what to write for the point's time. */
  when: string;
  /** The source gives a period, not a year: place the point in order, not on a time scale. */
  approximate: boolean;
}

export interface StatModel {
  label: string;
  /** The total, or null when the metric has no figure at all ("No data"). */
  value: number | null;
  qualifier?: Qualifier;
  /** The figure's year when the source gives one (absent for a period: see `when`). */
  year?: number;
  /** The figure's time as text: "2021", "Before the spread of coronavirus"; absent for counts and sums. */
  when?: string;
  /** "30M+", "45+" */
  short: string;
  /** "more than 30 million", "at least 45": what a screen reader says. */
  long: string;
  /** "+36% since 2020", "at least +36% since 2020": computed, see `growthNote`. */
  growth?: string;
  /** The growth is computed by netreach from two published figures (never published itself). */
  growthComputed?: boolean;
  /** "Computed from two figures: …": the growth's provenance, citing both. */
  growthNote?: string;
  /** The sources of the two figures the growth is computed from. */
  growthSources?: Source[];
  /** Totals in time order, for the sparkline. */
  series: StatSeriesPoint[];
  source?: Source;
  sourceText?: string;
  /** The figure's source and those of the sparkline's other totals (it draws and reads out each): the source line. */
  shownSources?: Source[];
  /** Every source behind what the tile shows: the figure's, the growth's, the list's. */
  sources: Source[];
  /** "2 named in the sources" (only some countries, or universities, named), under the figure. */
  named?: string;
  /** What the figure does not say on its own: the list gives examples, a period is the source's only dating. */
  notes: string[];
}

export function statModel(dataset: Dataset, metricId: string, locale: string): StatModel | undefined {
  const metric = metricInfo(dataset, metricId);
  if (!metric) return undefined;
  const label = metricLabel(dataset, metricId, locale);
  const total = metricTotal(dataset, metricId);
  const totals = metricSeries(dataset, metricId);
  const approximate = totals.some((entry) => entry.period);
  const series = totals.map((entry) => {
    const when = whenText(entry, locale);
    return {
      year: totalOrder(entry),
      value: entry.value,
      label: `${when}${colon(locale)}${formatStatValue(entry.value, entry.qualifier, locale, metricId)}`,
      when,
      approximate,
    };
  });
  const listSource = metricId === COUNTRIES_METRIC ? sourceById(dataset, dataset.listing?.source) : undefined;
  if (!total) {
    const none = msg(locale, 'noData');
    return { label, value: null, short: none, long: none, series, sources: [], notes: [] };
  }
  const growth = growthText(dataset, metricId, locale);
  // A sum of the members' figures cites the source the metric names for them, never another in its stead.
  const source =
    sourceById(dataset, total.source) ?? listSource ?? (total.basis === 'sum' ? sourceById(dataset, metric.source) : undefined);
  const unique = (list: (Source | undefined)[]) =>
    list.filter((entry, index, all): entry is Source => !!entry && all.indexOf(entry) === index);
  const sources = unique([source, ...(growth?.sources ?? []), listSource]);
  // The sparkline draws every total (and reads each out): each one's source is cited, not the headline's alone.
  const plotted = totals.length >= 2 ? totals.map((entry) => sourceById(dataset, entry.source)) : [];
  const model: StatModel = {
    label,
    value: total.value,
    qualifier: total.qualifier,
    year: total.year,
    short: formatStatValue(total.value, total.qualifier, locale, metricId),
    long: spokenFigure(total.value, total.qualifier, locale, metricId),
    series,
    source,
    sourceText: source ? `${msg(locale, 'source')}${colon(locale)}${sourceLabel(source, locale)}` : undefined,
    shownSources: source ? unique([source, ...plotted]) : undefined,
    sources,
    // A headline dated only by a period says so; earlier periods show their label on the sparkline.
    notes: total.period ? periodNotes(dataset, metricId, locale).slice(-1) : [],
  };
  // Derived, not published: the tile says so, and how many members' figures it adds up. The plural agrees with the
  // members that have none (`count`): "(the other has none)", "(the other 2 have none)".
  if (total.basis === 'sum') model.notes.push(...sumNotes(locale, [{ counted: total.counted!, count: dataset.members.length }]));
  if (total.year !== undefined || total.period) model.when = whenText(total, locale);
  if (growth) {
    model.growth = growth.text;
    model.growthComputed = true;
    model.growthNote = growth.note;
    model.growthSources = growth.sources;
  }
  if (metricId === COUNTRIES_METRIC) {
    const known = countriesKnowledge(dataset, locale);
    if (known.named) model.named = known.named;
    if (known.extent === 'examples') model.notes.push(...known.notes);
  } else if (metricId === dataset.listing?.universitiesMetric) {
    // The universities' count, as the countries' says it: how many of them the sources name ("1 named in the sources").
    const known = universitiesKnowledge(dataset, locale);
    if (known.extent !== 'complete') model.named = msg(locale, 'namedInSources', { count: known.listed });
  }
  return model;
}

/**
 * The sources a chart of member-level figures cites. The dataset format sources totals, universities and the
 * dataset as a whole, not each member's values, so a chart built from the member list cites every source of
 * the dataset, in its order, one entry per publisher. Here, in the KPI tile's chunk: only a tile of the member
 * count cites so (stat.scene.ts), and netreach.js, which every page loads, need not hold it.
 */
export function chartSources(dataset: Dataset): Source[] {
  const seen = new Set<string>();
  const result: Source[] = [];
  for (const source of dataset.sources) {
    const label = source.publisher ?? source.title;
    if (seen.has(label)) continue;
    seen.add(label);
    result.push(source);
  }
  return result;
}
