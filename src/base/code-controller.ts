/**
 * A widget's own drawing code in a chunk of its own (the trend's scene and model, the table's model and scene): loaded when
 * the first such widget connects, while its data loads, so that a page without one never downloads it. The widget
 * stays `loading` until it is here (`waiting()`), and shows an `unknown` error if it cannot be loaded.
 *
 * A chunk that exports `styles` carries the stylesheet only a drawn widget needs (the map's marks, legend and
 * tooltip): the widget's shadow root adopts it, after the element's own, in the update that first finds the code
 * here — before the widget renders what it styles — so that a page never downloads it before it draws.
 */
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { NetreachError } from '../core/errors.js';
import type { LazyModule } from '../core/lazy.js';

export class CodeController<M> implements ReactiveController {
  /** Set when the chunk could not be loaded; a reconnected widget asks again. */
  error?: NetreachError;
  private loading?: Promise<unknown>;
  /** Whether the host's shadow root has the chunk's stylesheet. */
  private styled = false;

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
    return this.module ? undefined : this.loading;
  }

  hostUpdate(): void {
    const styles = (this.module as { styles?: CSSResult } | undefined)?.styles;
    const root = this.host.renderRoot;
    if (this.styled || !styles || !(root instanceof ShadowRoot)) return;
    this.styled = true;
    // Added to what the root has, not set over it: Lit adopted the element's own styles, and a page may add its own.
    if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
    else adoptStyles(root, [styles]);
  }

  hostConnected(): void {
    this.error = undefined;
    if (this.module || this.loading) return;
    this.loading = this.code.load().then(
      () => {
        this.loading = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = undefined;
        this.error = new NetreachError('unknown', { detail: error instanceof Error ? error.message : String(error) });
        this.host.requestUpdate();
      },
    );
  }
}
