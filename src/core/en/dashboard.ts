/**
 * The dashboard’s English strings, in its chunk: added to English as that chunk loads (`addEnglish()`), so that a
 * page gets the English of the code it runs only. Every other language keeps all its strings in its own chunk.
 */
import { addEnglish, type Message } from '../i18n.js';

export const DASHBOARD_ENGLISH = {
  clearSelection: 'Clear selection',
  keyFigures: 'Key figures',
} satisfies Record<string, Message>;

addEnglish(DASHBOARD_ENGLISH);
