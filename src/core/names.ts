/** Localized names for what datasets refer to by id: countries, regions, metrics, the network itself. */
import { metricInfo } from './aggregate.js';
import { alpha2Of } from './countries.js';
import { msg } from './i18n.js';
import { countryNameFromAlpha2, localizedName } from './locale.js';
import { COUNTRIES_METRIC, type Dataset } from './types.js';

/** "Pakistan", "پاکستان", "باكستان": Intl.DisplayNames, English when the locale has none, else the code. */
export function countryName(alpha3: string, locale: string): string {
  return countryNameFromAlpha2(alpha2Of(alpha3), locale, alpha3);
}

export function regionName(dataset: Dataset, regionId: string, locale: string): string {
  const region = dataset.regions.find((entry) => entry.id === regionId);
  return region ? localizedName(region.names, region.name, locale) : regionId;
}

export function metricLabel(dataset: Dataset, metricId: string, locale: string): string {
  const declared = dataset.metrics?.find((metric) => metric.id === metricId);
  if (declared) return localizedName(declared.labels, declared.label, locale);
  if (metricId === COUNTRIES_METRIC) return msg(locale, 'countries');
  return metricInfo(dataset, metricId)?.label ?? metricId;
}

export function networkName(dataset: Dataset, locale: string): string {
  return localizedName(dataset.network.names, dataset.network.name, locale);
}
