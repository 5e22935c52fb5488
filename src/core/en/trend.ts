/**
 * The trend’s English strings, in its chunk: added to English as that chunk loads (`addEnglish()`), so that a
 * page gets the English of the code it runs only. Every other language keeps all its strings in its own chunk.
 */
import { addEnglish, type Message } from '../i18n.js';

export const TREND_ENGLISH = {
  trendRose: '{metric} rose from {from} {fromWhen} to {to} {toWhen}.',
  trendFell: '{metric} fell from {from} {fromWhen} to {to} {toWhen}.',
  trendSteady: '{metric} stayed at {to} ({fromWhen} and {toWhen}).',
  trendSingle: '{metric}: {value} {when}.',
  trendGap: 'No figure for {years}.',
  trendKeys: 'Use the left and right arrow keys to move between years.',
  trendNoTotals: 'No published totals for {metric}.',
} satisfies Record<string, Message>;

addEnglish(TREND_ENGLISH);
