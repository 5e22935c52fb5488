/**
 * A module loaded on first use, once per page (the validator, a widget's drawing code): a dynamic import resolves
 * against the bundle's own URL (dist/chunks/), and the classic script imports it statically (scripts/build.mjs).
 * A failed load is forgotten, so the next use tries again.
 *
 * Pure module: no DOM, no Lit.
 */
export class LazyModule<M> {
  private loaded?: M;
  private loading?: Promise<M>;

  constructor(private readonly importer: () => Promise<M>) {}

  /** The module, once loaded: callers that have it use it at once. */
  get(): M | undefined {
    return this.loaded;
  }

  load(): Promise<M> {
    this.loading ??= this.importer().then(
      (module) => (this.loaded = module),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}
