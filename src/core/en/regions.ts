/**
 * The regions' English strings that only their chunk's code asks for (the waffle's unit): added to English as that
 * chunk loads (`addEnglish()`), as the stat's are. Every other language keeps all its strings in its own chunk.
 */
import { addEnglish, type Message } from '../i18n.js';

export const REGIONS_ENGLISH = {
  waffleCountries: 'Each square is one member country',
  waffleVisitors: 'Each square is one country of visitors',
  wafflePartners: 'Each square is one partner country',
  wafflePercent: 'Each square is {unit} of the total',
} satisfies Record<string, Message>;

addEnglish(REGIONS_ENGLISH);
