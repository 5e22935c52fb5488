/**
 * English strings that more than one lazy chunk says, none up front: copied into each chunk whose code imports this
 * (COPY_INTO_CHUNKS in scripts/build.mjs, one copy a chunk), which adds them to English as it loads (`addEnglish()`;
 * again, harmlessly, as a second chunk loads). Every other language keeps its strings in its chunk.
 */
import { addEnglish, type Message } from '../i18n.js';

export const LATER_ENGLISH = {
  /** The menu's item (the on-demand chunk) and the map's table toggle (its chunk) while the table shows. */
  hideData: 'Hide data',
  /** A figure with its share: View data (the on-demand chunk), the regions' (their chunk). */
  valueShare: '{value} ({share})',
} satisfies Record<string, Message>;

addEnglish(LATER_ENGLISH);
