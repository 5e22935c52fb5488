/** Localized names for what datasets refer to by id: countries, regions, metrics, the network itself. */
import { metricInfo } from './aggregate.js';
import { alpha2Of } from './countries.js';
import { msg, type MessageKey } from './i18n.js';
import { countryNameFromAlpha2, languageOf, localizedName } from './locale.js';
import { COUNTRIES_METRIC, type Dataset, type Period, type Relation } from './types.js';

/** "Pakistan", "پاکستان", "باكستان": Intl.DisplayNames, English when the locale has none, else the code. */
export function countryName(alpha3: string, locale: string): string {
  return countryNameFromAlpha2(alpha2Of(alpha3), locale, alpha3);
}

export function regionName(dataset: Dataset, regionId: string | undefined, locale: string): string {
  if (regionId === undefined) return '';
  const region = dataset.regions.find((entry) => entry.id === regionId);
  return region ? localizedName(region.names, region.name, locale) : regionId;
}

export function metricLabel(dataset: Dataset, metricId: string, locale: string): string {
  const declared = dataset.metrics?.find((metric) => metric.id === metricId);
  if (declared) return localizedName(declared.labels, declared.label, locale);
  if (metricId === COUNTRIES_METRIC) return countriesLabel(dataset, locale);
  return metricInfo(dataset, metricId)?.label ?? metricId;
}

export function networkName(dataset: Dataset, locale: string): string {
  return localizedName(dataset.network.names, dataset.network.name, locale);
}

/** The network's name where space is short (captions, legends): its localized name, else its short name. */
export function networkShortName(dataset: Dataset, locale: string): string {
  const { names, shortName, name } = dataset.network;
  return localizedName(names, shortName ?? name, locale);
}

/** How the dataset's countries relate to it: `members` unless its listing says otherwise. */
export function relationOf(dataset: Dataset): Relation {
  return dataset.listing?.relation ?? 'members';
}

/** The words for each relation, so that no widget says "member countries" of a list of visitors' countries. */
const RELATION_WORDS: Record<Relation, { label: MessageKey; count: MessageKey; caption: MessageKey }> = {
  members: { label: 'countries', count: 'countMembers', caption: 'tableCaptionMembers' },
  visitors: { label: 'countriesVisitors', count: 'countVisitors', caption: 'tableCaptionVisitors' },
  partners: { label: 'countriesPartners', count: 'countPartners', caption: 'tableCaptionPartners' },
};

export function relationWords(dataset: Dataset): (typeof RELATION_WORDS)[Relation] {
  return RELATION_WORDS[relationOf(dataset)];
}

/** "Member countries", "Countries of visitors", "Partner countries": the label of the built-in count. */
export function countriesLabel(dataset: Dataset, locale: string): string {
  return msg(locale, relationWords(dataset).label);
}

/** "57 member countries", "45 countries of visitors": a count of the dataset's countries in words. */
export function countriesPhrase(dataset: Dataset, count: number, locale: string): string {
  return msg(locale, relationWords(dataset).count, { count });
}

/** The period's words in `locale` (else English), as used inside a sentence: "before the spread of coronavirus". */
export function periodLabel(period: Period, locale: string): string {
  return localizedName(period.labels, period.label, locale);
}

/**
 * What follows the name of a member listed by inference (`by: "inference"`) where the table and the bars show it
 * ("China*"): its accessible name and tooltip say "listed by inference (see the source's note)", as the note under the
 * widget does.
 */
export const INFERRED_MARK = '*';

/** `text` with its first letter in upper case where the script has case ("Before the…"; Persian unchanged). */
export function capitalize(text: string, locale: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  let upper = char;
  try {
    upper = char.toLocaleUpperCase(languageOf(locale));
  } catch {
    upper = char.toUpperCase();
  }
  return upper + text.slice(char.length);
}
