/**
 * The English of two networks' countries compared (overlap.ts, and the caption and column of the table of them that
 * the map and the table show), in the map's and the table's chunks, which each have a copy of it (COPY_INTO_CHUNKS in
 * scripts/build.mjs, one copy a chunk): added to English as the first of them loads (`addEnglish()`, which adds the
 * same strings again harmlessly). Every other language keeps its strings in its chunk.
 */
import { addEnglish, type Message } from '../i18n.js';

export const OVERLAP_ENGLISH = {
  overlapBoth: 'In both',
  overlapOnly: 'Only in {network}',
  overlapSummary: '{a} compared with {b}: in both {both}, only in {a} {onlyA}, only in {b} {onlyB}.',
  overlapCaveat: 'The list of {network} is not complete, so a country shown as only in the other may be in both.',
  overlapLists: '{a}: {aList}. {b}: {bList}.',
  /** The caption of the table of both networks' countries, and its column of where each is listed (map, table). */
  tableCaptionOverlap: '{a} and {b}: countries compared',
  tableOverlap: 'Listed in',
} satisfies Record<string, Message>;

addEnglish(OVERLAP_ENGLISH);
