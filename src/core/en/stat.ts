/**
 * The stat's English strings that only its chunk's code asks for: added to English as that chunk loads
 * (`addEnglish()`), as the trend's are. Every other language keeps all its strings in its own chunk.
 */
import { addEnglish, type Message } from '../i18n.js';

export const STAT_ENGLISH = {
  statSum: 'The sum of the members’ figures: no total is published.',
  statSumSome: 'The sum of the figures of {count} of the {total} members (the others have none): no total is published.',
} satisfies Record<string, Message>;

addEnglish(STAT_ENGLISH);
