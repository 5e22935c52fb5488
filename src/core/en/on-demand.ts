/**
 * The English strings of what a widget needs only when asked (its menu, About this data, its files), in the
 * on-demand chunk: added to English as that chunk loads (`addEnglish()`), so that a page gets the English of the
 * code it runs only. Every other language keeps all its strings in its own chunk.
 */
import { addEnglish, type Message } from '../i18n.js';

export const ON_DEMAND_ENGLISH = {
  aboutData: 'About this data',
  aboutFor: 'Used for: {list}',
  aboutLanguage: 'in {language}',
  hideAbout: 'Hide about this data',
  aboutTranslated: 'Translated for this dataset, not taken from a source: {list}.',
  downloadPng: 'Download PNG',
  downloadSvg: 'Download SVG',
  downloadCsv: 'Download CSV',
  pngFailed: 'This page’s security policy blocks the PNG; the SVG download works.',
  viewData: 'View data',
  /** View data's headers: the years of its figures (or periods, where a source gives no year), the figures. */
  dataYear: 'Year',
  dataYearOrPeriod: 'Year or period',
  dataValue: 'Value',
  fullScreen: 'Full screen',
  exitFullScreen: 'Exit full screen',
  close: 'Close',
  /** The title of a dashboard's image file (the network's name is above it). */
  dashboardTitle: 'Overview',
} satisfies Record<string, Message>;

addEnglish(ON_DEMAND_ENGLISH);
