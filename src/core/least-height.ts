/**
 * The least height a map keeps in a height given too small for it and its type (28 px type in a 300 px tile left a
 * map 0 px, drawn illegibly and said `ready`): 120 px, as legible as a world map gets. The trend keeps 96
 * (LEAST_TREND_HEIGHT in trend.update.ts), each with {@link keptLeast}.
 */
export const LEAST_CHART_HEIGHT = 120;

/**
 * Whether a chart keeps its least height `least` now, its box measuring `height`: entered when the box measures more
 * than a pixel under it, left when the box (which grows from it with any room) measures more than a pixel over the
 * height `kept` till now. Either side of the switch measures the same room, so no measurement switches it back (a
 * render each frame). The height kept, or undefined.
 */
export function keptLeast(least: number, height: number, kept: number | undefined): number | undefined {
  // Kept, the box is at least the height kept till now (its width changed: the least height too, from this update on).
  return (kept ? height <= kept + 1 : height < least - 1) ? least : undefined;
}
