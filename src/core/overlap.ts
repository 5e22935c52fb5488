/**
 * How two datasets' countries overlap: in both, only in this one, only in the other, with counts, for a map
 * that compares two networks (`<netreach-map dataset="cinvu" compare="al-mustafa">`) and a table of the same
 * three groups. A list that is not the whole (some named, or examples) makes "only in" uncertain: the model says
 * so. Pure functions; no DOM.
 */
import { listIsComplete } from './aggregate.js';
// Its English, copied with it into the map's and the table's chunks: not in what every page loads up front.
import './en/overlap.js';
import { msg } from './i18n.js';
import { countriesKnowledge, lowerBoundText } from './knowledge.js';
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
  /**
   * Whether the count is a lower bound: "in both" when either list is not the whole (an unnamed country may be in
   * both), "only in" a network whose list is not the whole when the other's is (its unnamed countries are only its).
   */
  atLeast: boolean;
  /**
   * Whether the count is an upper bound: "only in" a network whose list is the whole when the other's is not (some
   * of its countries may be among the other's unnamed ones, and so in both).
   */
  atMost: boolean;
  /** "In both", "Only in CINVU", "Only in Al-Mustafa". */
  label: string;
  /** The legend's entry: "In both (24)", "In both (≥24)", "Only in CINVU (≤33)". */
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
  /** "CINVU compared with Al-Mustafa: in both at least 24, only in CINVU 33, only in Al-Mustafa at least 21." */
  summary: string;
  /**
   * What each list is, in its own words ("CINVU: 57 member countries. Al-Mustafa: at least 45 countries of
   * visitors."), then why "only in" may be wrong: one list (or both) is not the whole.
   */
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
  const complete = listIsComplete(dataset);
  const otherComplete = listIsComplete(other);
  const group = (id: OverlapGroupId, codes: string[], label: string, atLeast: boolean, atMost = false): OverlapGroup => {
    const count = formatNumber(codes.length, locale);
    const bounded = atLeast ? lowerBoundText(count) : atMost ? `≤${count}` : count;
    return { id, codes, count: codes.length, atLeast, atMost, label, text: `${label} (${bounded})` };
  };
  const groups = [
    group('both', overlap.both, msg(locale, 'overlapBoth'), !complete || !otherComplete),
    group(
      'only-this',
      overlap.onlyThis,
      msg(locale, 'overlapOnly', { network: name }),
      !complete && otherComplete,
      complete && !otherComplete,
    ),
    group(
      'only-other',
      overlap.onlyOther,
      msg(locale, 'overlapOnly', { network: otherName }),
      complete && !otherComplete,
      !complete && otherComplete,
    ),
  ];
  const groupOf = new Map<string, OverlapGroupId>();
  for (const entry of groups) for (const code of entry.codes) groupOf.set(code, entry.id);
  // Each list in its own words: what belonging means (members, countries of visitors) and how much of the whole it is.
  const notes = [
    msg(locale, 'overlapLists', {
      a: name,
      aList: countriesKnowledge(dataset, locale).phrase,
      b: otherName,
      bList: countriesKnowledge(other, locale).phrase,
    }),
  ];
  if (!complete) notes.push(msg(locale, 'overlapCaveat', { network: name }));
  if (!otherComplete) notes.push(msg(locale, 'overlapCaveat', { network: otherName }));
  const figure = (entry: OverlapGroup) =>
    entry.atLeast
      ? msg(locale, 'atLeast', { value: entry.count })
      : entry.atMost
        ? msg(locale, 'atMost', { value: entry.count })
        : entry.count;
  return {
    name,
    otherName,
    groups,
    groupOf,
    summary: msg(locale, 'overlapSummary', {
      a: name,
      b: otherName,
      both: figure(groups[0]!),
      onlyA: figure(groups[1]!),
      onlyB: figure(groups[2]!),
    }),
    notes,
  };
}
