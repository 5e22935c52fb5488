/**
 * How two datasets' countries overlap: in both, only in this one, only in the other, with counts, for a map
 * that compares two networks (`<netreach-map dataset="cinvu" compare="al-mustafa">`) and a table of the same
 * three groups. A list that is not the whole (some named, or examples) makes "only in" uncertain: the model says
 * so. Pure functions; no DOM.
 */
import { listIsComplete } from './aggregate.js';
import { msg } from './i18n.js';
import { formatNumber } from './locale.js';
import { networkShortName } from './names.js';
import type { Dataset } from './types.js';

export type OverlapGroupId = 'both' | 'only-this' | 'only-other';

export interface CountryOverlap {
  /** Alpha-3 codes in both datasets, in this dataset's order. */
  both: string[];
  /** In this dataset only, in its order. */
  onlyThis: string[];
  /** In the other dataset only, in the other's order. */
  onlyOther: string[];
}

/** The three groups of `dataset`'s and `other`'s countries. */
export function countryOverlap(dataset: Dataset, other: Dataset): CountryOverlap {
  const theirs = new Set(other.members.map((member) => member.country));
  const ours = new Set(dataset.members.map((member) => member.country));
  return {
    both: dataset.members.map((member) => member.country).filter((code) => theirs.has(code)),
    onlyThis: dataset.members.map((member) => member.country).filter((code) => !theirs.has(code)),
    onlyOther: other.members.map((member) => member.country).filter((code) => !ours.has(code)),
  };
}

export interface OverlapGroup {
  id: OverlapGroupId;
  codes: string[];
  count: number;
  /** "In both", "Only in CINVU", "Only in Al-Mustafa". */
  label: string;
  /** The legend's entry: "In both (24)". */
  text: string;
}

export interface OverlapModel {
  /** The two datasets' short names, as the texts use them. */
  name: string;
  otherName: string;
  /** In the order a legend lists them: both, only this, only the other. */
  groups: OverlapGroup[];
  /** alpha-3 → its group, for colouring. */
  groupOf: Map<string, OverlapGroupId>;
  /** "CINVU compared with Al-Mustafa: in both 24, only in CINVU 33, only in Al-Mustafa 21." */
  summary: string;
  /** Why "only in" may be wrong: one list (or both) is not the whole. */
  notes: string[];
}

export function overlapModel(dataset: Dataset, other: Dataset, locale: string): OverlapModel {
  const overlap = countryOverlap(dataset, other);
  let name = networkShortName(dataset, locale);
  let otherName = networkShortName(other, locale);
  // Two releases of one network (or two networks of one name) must still be told apart.
  if (name === otherName) {
    name = `${name} (${dataset.network.id})`;
    otherName = `${otherName} (${other.network.id})`;
  }
  const group = (id: OverlapGroupId, codes: string[], label: string): OverlapGroup => ({
    id,
    codes,
    count: codes.length,
    label,
    text: `${label} (${formatNumber(codes.length, locale)})`,
  });
  const groups = [
    group('both', overlap.both, msg(locale, 'overlapBoth')),
    group('only-this', overlap.onlyThis, msg(locale, 'overlapOnly', { network: name })),
    group('only-other', overlap.onlyOther, msg(locale, 'overlapOnly', { network: otherName })),
  ];
  const groupOf = new Map<string, OverlapGroupId>();
  for (const entry of groups) for (const code of entry.codes) groupOf.set(code, entry.id);
  const notes: string[] = [];
  if (!listIsComplete(dataset)) notes.push(msg(locale, 'overlapCaveat', { network: name }));
  if (!listIsComplete(other)) notes.push(msg(locale, 'overlapCaveat', { network: otherName }));
  return {
    name,
    otherName,
    groups,
    groupOf,
    summary: msg(locale, 'overlapSummary', {
      a: name,
      b: otherName,
      both: overlap.both.length,
      onlyA: overlap.onlyThis.length,
      onlyB: overlap.onlyOther.length,
    }),
    notes,
  };
}
