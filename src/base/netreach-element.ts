/**
 * The base of every widget: data loading, locale, the `state` attribute, the error box, the loading and empty
 * states and the "Illustrative data" badge. Widgets implement `renderReady()` and, where they check something
 * about the data of their own (an unknown metric), `widgetError()`.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NetreachError } from '../core/errors.js';
import { msg } from '../core/i18n.js';
import type { Dataset } from '../core/types.js';
import { LocaleController } from './controllers.js';
import { DataController } from './data-controller.js';
import { baseStyles } from './styles.js';

export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';
export type Theme = 'light' | 'dark' | 'auto';

export interface NetreachErrorDetail {
  code: string;
  message: string;
}

declare global {
  interface HTMLElementEventMap {
    'netreach-error': CustomEvent<NetreachErrorDetail>;
  }
}

export abstract class NetreachElement extends LitElement {
  static override styles = [baseStyles];

  protected readonly source = new DataController(this);
  protected readonly localization = new LocaleController(this);

  /** URL of a netreach dataset (JSON). Fetched once per page however many widgets use it. */
  @property({ reflect: true }) src?: string;

  /** The `id` of a `<netreach-data>` element whose dataset this widget shows. */
  @property({ reflect: true }) provider?: string;

  /** A dataset object (never mutated). Takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** `light`, `dark`, or `auto` (follows `prefers-color-scheme`). Unset: the page's own colours. */
  @property({ reflect: true }) theme?: Theme;

  /** `loading`, `ready`, `empty` or `error`; reflected as an attribute for styling and tests. Read-only. */
  @property({ reflect: true }) state: WidgetState = 'loading';

  /** The error shown, if any. */
  protected error?: NetreachError;
  private announcedError?: NetreachError;

  /** The resolved BCP 47 locale of the widget (from `lang` on it or an ancestor, else the document). */
  get locale(): string {
    return this.localization.locale;
  }

  /** The dataset being shown, once loaded. */
  get currentDataset(): Dataset | undefined {
    return this.source.dataset;
  }

  /** Something about the loaded data this widget cannot show (an unknown metric, say). */
  protected widgetError(_dataset: Dataset): NetreachError | undefined {
    return undefined;
  }

  /** Whether the dataset counts as empty for this widget. */
  protected isEmpty(dataset: Dataset): boolean {
    return dataset.members.length === 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Controllers' hostUpdate runs after willUpdate; resolving here lets this update use fresh inputs.
    this.localization.resolve();
    this.source.sync();
    const dataset = this.source.dataset;
    this.error = this.source.error ?? (dataset ? this.widgetError(dataset) : undefined);
    this.state = this.error ? 'error' : !dataset ? 'loading' : this.isEmpty(dataset) ? 'empty' : 'ready';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.error && this.error !== this.announcedError) {
      this.announcedError = this.error;
      this.dispatchEvent(
        new CustomEvent<NetreachErrorDetail>('netreach-error', {
          bubbles: true,
          composed: true,
          detail: { code: this.error.code, message: this.error.localized(this.locale) },
        }),
      );
    } else if (!this.error) {
      this.announcedError = undefined;
    }
  }

  /** The widget's content once the dataset is ready and not empty. */
  protected abstract renderReady(dataset: Dataset): TemplateResult | typeof nothing;

  protected renderBadge(dataset: Dataset): TemplateResult | typeof nothing {
    if (!dataset.illustrative) return nothing;
    return html`<span part="badge" title=${msg(this.locale, 'illustrativeNote')}>${msg(this.locale, 'illustrative')}</span>`;
  }

  protected renderState(): TemplateResult | typeof nothing {
    const locale = this.locale;
    const dataset = this.source.dataset;
    switch (this.state) {
      case 'error':
        return html`<div part="error" role="alert">${this.error?.localized(locale)}</div>`;
      case 'loading':
        return html`<div class="status" part="status" role="status">${msg(locale, 'loading')}</div>`;
      case 'empty':
        return html`${dataset ? this.renderBadge(dataset) : nothing}
          <div class="status" part="status" role="status">${msg(locale, 'empty')}</div>`;
      default:
        return dataset ? this.renderReady(dataset) : nothing;
    }
  }

  protected override render(): TemplateResult {
    return html`<div class="frame" part="frame" lang=${this.locale} dir=${this.localization.dir}>${this.renderState()}</div>`;
  }
}
