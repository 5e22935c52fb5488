/**
 * A widget's own drawing code in a chunk of its own (the trend's scene and model, the table's model and scene): loaded when
 * the first such widget connects, while its data loads, so that a page without one never downloads it. The widget
 * stays `loading` until it is here (`waiting()`), and shows a `chunk` error if it cannot be loaded
 * (its URL and the browser's words said in the console once: `chunkError()`).
 *
 * A chunk that exports `styles` carries the stylesheet only a drawn widget needs (the map's marks, legend and
 * tooltip): the widget's shadow root adopts it, after the element's own, in the update that first finds the code
 * here — before the widget renders what it styles — so that a page never downloads it before it draws.
 */
import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptOnce } from './adopt.js';
import { chunkError, type NetreachError } from '../core/errors.js';
import type { LazyModule } from '../core/lazy.js';

export class CodeController<M> implements ReactiveController {
  /**
   * Set when the chunk could not be loaded; a reconnected widget asks again, as one given new data or an option's
   * value does (NetreachElement's willUpdate).
   */
  error?: NetreachError;
  #loading?: Promise<unknown>;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly code: LazyModule<M>,
  ) {
    host.addController(this);
  }

  /** The code, once loaded: at once for a widget created after another loaded it. */
  get module(): M | undefined {
    return this.code.get();
  }

  /** The load under way, if any: what the widget's `updateComplete` waits for. */
  get pending(): Promise<unknown> | undefined {
    return this.module ? undefined : this.#loading;
  }

  hostUpdate(): void {
    const styles = (this.module as { styles?: CSSResult } | undefined)?.styles;
    if (styles) adoptOnce(this.host.renderRoot as ShadowRoot, styles);
  }

  hostConnected(): void {
    this.error = undefined;
    if (this.module || this.#loading) return;
    this.#loading = this.code.load().then(
      () => {
        this.#loading = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.#loading = undefined;
        this.error = chunkError(error);
        this.host.requestUpdate();
      },
    );
  }
}
