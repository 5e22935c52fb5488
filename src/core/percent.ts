/**
 * Percentages: a share (47% / ٪۴۷) and a growth's signed change (+36%). Only lazy code writes them — the regions'
 * and the table's chunks, a figure over time in words (growth.ts) and View data — so each of those chunks has a copy
 * of this module (COPY_INTO_CHUNKS in scripts/build.mjs) and dist/netreach.js, which every page loads, does without
 * it (`netreach/core` exports them). Pure functions; the formatters are locale.ts's, cached there.
 */
import { decimalOf, roundTo, signed, written } from './english.js';
import { englishStyleOf, numberFormat } from './locale.js';

/** `Intl.NumberFormat("en", { style: "percent", maximumFractionDigits, signDisplay })` (`"auto"` or `"exceptZero"`). */
export function englishPercent(ratio: number, maximumFractionDigits: number, signDisplay: 'auto' | 'exceptZero' = 'auto'): string {
  const decimal = decimalOf(ratio);
  const scaled = decimal.digits ? { ...decimal, point: decimal.point + 2 } : decimal;
  const rounded = roundTo(scaled, scaled.point + maximumFractionDigits);
  const text = `${written(rounded)}%`;
  if (signDisplay === 'exceptZero') return rounded.digits ? `${rounded.negative ? '-' : '+'}${text}` : text;
  return signed(rounded, text);
}

/** Whether english.ts writes `ratio` in `locale` (a finite ratio: Intl writes "∞" and "NaN"), as locale.ts asks. */
const inEnglish = (ratio: number, locale: string) => Number.isFinite(ratio) && englishStyleOf(locale) !== undefined;

/** Signed percentage for growth: +36%. */
export function formatPercentChange(ratio: number, locale: string): string {
  if (inEnglish(ratio, locale)) return englishPercent(ratio, 0, 'exceptZero');
  return numberFormat(locale, 'percent change', { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(ratio);
}

/** A share as a percentage: 47% / ٪۴۷. */
export function formatPercent(ratio: number, locale: string, maximumFractionDigits = 0): string {
  if (inEnglish(ratio, locale)) return englishPercent(ratio, maximumFractionDigits);
  return numberFormat(locale, `percent ${maximumFractionDigits}`, { style: 'percent', maximumFractionDigits }).format(ratio);
}
