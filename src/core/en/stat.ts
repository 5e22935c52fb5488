/**
 * The stat's English strings that only its chunk's code asks for: added to English as that chunk loads
 * (`addEnglish()`), as the trend's are. Every other language keeps all its strings in its own chunk.
 */
import { addEnglish, type Message } from '../i18n.js';

export const STAT_ENGLISH = {
  statSum: 'The sum of the members’ figures: no total is published.',
  statSumSome: {
    one: 'The sum of the figures of {counted} of the {total} members (the other has none): no total is published.',
    other: 'The sum of the figures of {counted} of the {total} members (the other {count} have none): no total is published.',
  },
} satisfies Record<string, Message>;

addEnglish(STAT_ENGLISH);
