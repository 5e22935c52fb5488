/**
 * The map’s English strings, in its chunk: added to English as that chunk loads (`addEnglish()`), so that a
 * page gets the English of the code it runs only. Every other language keeps all its strings in its own chunk.
 */
import { addEnglish, type Message } from '../i18n.js';

export const MAP_ENGLISH = {
  mapSummaryRegions: 'Map of {countries} by region: {list}.',
  mapSummaryPlain: 'Map of {countries}.',
  /** A map zoomed to a region that has no member (of the list): "Map of 0 member countries" read badly in Arabic. */
  mapSummaryNone: '{countries} in {region}: none on this map.',
  mapFarSide: 'Not visible on this side of the globe: {list}.',
  mapMetricNotByCountry: '{metric}: the sources give no figure for these countries; the map shows the regions.',
  mapRange: '{metric}: highest {high}, lowest {low}.',
  mapMissing: { one: 'No data for {count} country.', other: 'No data for {count} countries.' },
  mapReach: { one: 'Our network reaches {count} country from {home}.', other: 'Our network reaches {count} countries from {home}.' },
  /** Reach mode with its home the only member on the map (a region of one, a network of one): no arcs to count. */
  mapReachNone: 'No other member country is on this map: no arcs from {home}.',
  /** The members `highlight` rings: a screen reader hears which, as a sighted reader sees them. */
  mapHighlighted: 'Emphasised on the map: {list}.',
  mapShowTable: 'Show as table',
  mapCountry: 'Country',
  mapRegion: 'Region',
  overlapWhole: 'The counts are for the whole networks, not only {region}.',
} satisfies Record<string, Message>;

addEnglish(MAP_ENGLISH);
