/**
 * The netreach dataset format, version 1. `data/netreach.schema.json` is the JSON Schema twin of these
 * types; `validateDataset()` is the authority (it checks what a schema cannot: ids that must resolve).
 * test/model/ holds the three to each other: the same properties and optionality here and in the schema, and
 * the same verdicts from the schema and the validator on mutations of the bundled datasets.
 *
 * Beyond a list of member countries, a dataset says how much its sources know: what belonging means
 * (`listing.relation`), whether the list is the whole (`listing.extent`), how countries were put in regions
 * (`regionAssignment`), when a figure applies when the source gives no year (`Total.period`) and which names are
 * translations made for the dataset rather than a source's words (`ourTranslations`).
 */

/** Localized variants of a text, keyed by BCP 47 language tag ("fa", "ar", "fr-CA"). */
export type LocalizedNames = Record<string, string>;

/**
 * Language tags of the entries of an object's `names` or `labels` (a source's `publishers`) that were translated
 * for the dataset rather than taken from a source; `"en"` stands for the English `name` or `label` (`publisher`)
 * itself. The "About this data" panel says so.
 */
export type OurTranslations = readonly string[];

export interface NetworkInfo {
  id: string;
  name: string;
  shortName?: string;
  names?: LocalizedNames;
  ourTranslations?: OurTranslations;
  url?: string;
}

export interface Region {
  id: string;
  name: string;
  names?: LocalizedNames;
  ourTranslations?: OurTranslations;
}

export interface Metric {
  id: string;
  label: string;
  labels?: LocalizedNames;
  ourTranslations?: OurTranslations;
  unit?: string;
  /** The source that gives the members' figures of the metric (their `values`); a total cites its own. */
  source?: string;
}

export interface Member {
  /** ISO 3166-1 alpha-3 code, upper case. */
  country: string;
  /** The member's region: required when the dataset has regions, absent when it has none. */
  region?: string;
  joined?: number;
  values?: Record<string, number | null>;
  /** The country as the source writes it ("Gherghizestan (Kirghizstan)"), when that differs from its name. */
  asWritten?: string;
  /**
   * How this country is known to be on the list: `source` (default: a source names it) or `inference` (no source
   * names it; the listing source's note says how it was inferred). The widgets name it where the list is shown.
   */
  by?: ListBasis;
}

/**
 * How exact a total is: `more-than` a strict lower bound ("more than 30 million"), `at-least` a lower bound
 * that may be met ("at least 45"), `about` approximate. Absent: as stated.
 */
export type Qualifier = 'more-than' | 'at-least' | 'about';

/**
 * When a figure applies, where the source gives no year: its words ("before the spread of coronavirus") and an
 * approximate year that only puts the figure in order among the others. The sort year is never shown.
 */
export interface Period {
  label: string;
  labels?: LocalizedNames;
  ourTranslations?: OurTranslations;
  sortYear: number;
}

export interface Total {
  metric: string;
  /** The year the figure refers to. A total has a year or a period, never both. */
  year?: number;
  period?: Period;
  value: number;
  qualifier?: Qualifier;
  source: string;
  /** A region id: the figure is that region's (e.g. its published number of countries), not the network's. */
  region?: string;
}

export interface University {
  name: string;
  names?: LocalizedNames;
  ourTranslations?: OurTranslations;
  country: string;
  city?: string;
  url?: string;
  source?: string;
}

export interface Source {
  id: string;
  title: string;
  publisher?: string;
  /** The publisher in other languages, as the source itself gives it (its own language's name); needs `publisher`. */
  publishers?: LocalizedNames;
  /** Which of `publisher` (`"en"`) and `publishers` were translated for the dataset, not given by the source. */
  ourTranslations?: OurTranslations;
  date?: string;
  url?: string;
  language?: string;
  /** What the source backs, and how figures were derived from it: shown in "About this data". */
  note?: string;
}

/** How the countries relate to the network: members, countries its visitors come from, partners. */
export type Relation = 'members' | 'visitors' | 'partners';
/**
 * How much of the whole a list is: `complete`; `partial` (the sources name some; a total says how many there
 * are); `examples` (the source lists them "such as": there may be more, and no one says how many).
 */
export type Extent = 'complete' | 'partial' | 'examples';

/**
 * How the countries listed were known: `source` (a source names them) or `inference` (the sources give only how
 * many there are; which they are was inferred, as the listing source's note says).
 */
export type ListBasis = 'source' | 'inference';

export interface Listing {
  /** Default `members`. */
  relation?: Relation;
  /** Of the `members` list; default `complete`. */
  extent?: Extent;
  /** Default `source`: the widgets say so wherever the list is shown when it is `inference`. */
  by?: ListBasis;
  /** The source that lists the countries (or, with `by: "inference"`, the one they were inferred from). */
  source?: string;
  /** Of the `universities` list; default `complete`. */
  universities?: Extent;
  /** The metric whose total is the number of universities in all (so a list of some can say "1 of 173"). */
  universitiesMetric?: string;
}

/**
 * How members were put in regions: `source` (the sources say which country is in which region), `inference`
 * (the sources give the regions and how many countries each has, not which), `continents` (the sources give no
 * regions; the regions are continents, assigned for the dataset), `dataset` (the sources give no regions; the
 * regions, not continents, were drawn up for the dataset by its author: "Gulf", "Central Asia").
 */
export type RegionBasis = 'source' | 'inference' | 'continents' | 'dataset';

export interface RegionAssignment {
  by: RegionBasis;
  /** The source the assignment follows (a list of countries by continent, say). */
  source?: string;
  /** How the assignment was made, in the dataset's words: shown where regions are shown. */
  note?: string;
  notes?: LocalizedNames;
}

export interface Dataset {
  version: 1;
  network: NetworkInfo;
  illustrative?: boolean;
  listing?: Listing;
  /**
   * Empty when the sources assign no regions: grouping by region is then unavailable. The schema asks for the
   * list; the validator reads a missing one as empty, so it is always present once validated.
   */
  regions: Region[];
  regionAssignment?: RegionAssignment;
  metrics?: Metric[];
  members: Member[];
  totals?: Total[];
  universities?: University[];
  sources: Source[];
}

/** The metric every dataset has without declaring it: the number of member countries. */
export const COUNTRIES_METRIC = 'countries';
