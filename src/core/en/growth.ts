/**
 * The English of a figure over time in words (growth.ts: a growth, when a figure applies, a period's note), in the
 * KPI tile's, the trend's and the on-demand chunks (the dashboard's takes the tile's), which each have a copy of it (COPY_INTO_CHUNKS
 * in scripts/build.mjs, one copy a chunk): added to English as the first of them loads (`addEnglish()`, which adds
 * the same strings again harmlessly). Every other language keeps its strings in its chunk.
 */
import { addEnglish, type Message } from '../i18n.js';

export const GROWTH_ENGLISH = {
  sinceYear: '{change} since {year}',
  unchangedSinceYear: 'unchanged since {year}',
  unchangedSincePeriod: 'unchanged from the figure {period}',
  sincePeriod: '{change} on the figure {period}',
  inYear: 'in {year}',
  growthComputed: 'Computed from two figures: {from} {fromWhen} ({fromSource}) and {to} {toWhen} ({toSource}).',
  growthRounding: '{figure} may be rounded (up to {taken}).',
  periodNote: 'The source dates {value} only as “{period}”: it gives no year.',
} satisfies Record<string, Message>;

addEnglish(GROWTH_ENGLISH);
