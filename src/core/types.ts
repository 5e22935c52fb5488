/**
 * The netreach dataset format, version 1. `data/netreach.schema.json` is the JSON Schema twin of these
 * types; `validateDataset()` is the authority (it checks what a schema cannot: ids that must resolve).
 * test/model/ holds the three to each other: the same properties and optionality here and in the schema, and
 * the same verdicts from the schema and the validator on mutations of the bundled datasets.
 */

/** Localized variants of a text, keyed by BCP 47 language tag ("fa", "ar", "fr-CA"). */
export type LocalizedNames = Record<string, string>;

export interface NetworkInfo {
  id: string;
  name: string;
  shortName?: string;
  names?: LocalizedNames;
  url?: string;
}

export interface Region {
  id: string;
  name: string;
  names?: LocalizedNames;
}

export interface Metric {
  id: string;
  label: string;
  labels?: LocalizedNames;
  unit?: string;
}

export interface Member {
  /** ISO 3166-1 alpha-3 code, upper case. */
  country: string;
  region: string;
  joined?: number;
  values?: Record<string, number | null>;
}

export type Qualifier = 'more-than' | 'about';

export interface Total {
  metric: string;
  year: number;
  value: number;
  qualifier?: Qualifier;
  source: string;
}

export interface University {
  name: string;
  names?: LocalizedNames;
  country: string;
  city?: string;
  url?: string;
  source?: string;
}

export interface Source {
  id: string;
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  language?: string;
  note?: string;
}

export interface Dataset {
  version: 1;
  network: NetworkInfo;
  illustrative?: boolean;
  regions: Region[];
  metrics?: Metric[];
  members: Member[];
  totals?: Total[];
  universities?: University[];
  sources: Source[];
}

/** The metric every dataset has without declaring it: the number of member countries. */
export const COUNTRIES_METRIC = 'countries';
