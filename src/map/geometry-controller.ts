/**
 * The map's world geometry as a reactive controller: loaded lazily (its chunk and d3-geo's, once per page
 * however many maps), with the error a map shows when it cannot be loaded (`code: "geometry"`), and the answers
 * a map asks of it — projected views and their natural aspect ratios — from caches keyed by projection, size
 * and focus (see `src/geo/geometry.ts`), which every map of a page shares.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { chunkError, NetreachError } from '../core/errors.js';
import type { ProjectionName } from '../core/map-model.js';
import { loadMapGeometry, mapGeometrySync, type MapGeometry } from '../geo/geometry.js';

export class GeometryController implements ReactiveController {
  /** The geometry once loaded: at once for a map created after another loaded it. */
  geometry?: MapGeometry = mapGeometrySync();
  /**
   * Set when the geometry could not be loaded. A reconnected map asks again, as one given new data or an option's
   * value does (`retry()`), by another URL (a browser remembers the failed module for the page: scripts/build.mjs).
   */
  error?: NetreachError;
  #requested = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Every map needs the geometry: fetched on connect, while the data loads. */
  hostConnected(): void {
    // A failed request left `requested` false: asked again.
    this.error = undefined;
    if (!this.geometry) this.#request();
  }

  /** The width / height at which `projection` shows `focus` (the world when empty) without empty bands; unknown until loaded. */
  aspect(projection: ProjectionName, focus: readonly string[]): number | undefined {
    return this.geometry?.aspect(projection, focus);
  }

  #request(): void {
    if (this.#requested) return;
    this.#requested = true;
    loadMapGeometry().then(
      (geometry) => {
        this.geometry = geometry;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.#requested = false;
        // Said in the console once: not again when it is the map's code chunk, which the map's CodeController says.
        chunkError(error);
        this.error = new NetreachError('geometry');
        this.host.requestUpdate();
      },
    );
  }
}
