import { LitElement, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Dataset } from '../core/types.js';
import {
  DataController,
  PROVIDER_CONNECTED_EVENT,
  type DataState,
  type DatasetProvider,
  type LoadStatus,
} from '../base/data-controller.js';

/** What `netreach-data-change` carries: whether the dataset is loading, ready or failed. */
export interface NetreachDataChangeDetail {
  state: LoadStatus;
}

declare global {
  interface HTMLElementEventMap {
    'netreach-data-change': CustomEvent<NetreachDataChangeDetail>;
  }
}

/**
 * Loads one dataset for many widgets: those inside it, and those anywhere with `provider="<its id>"`. However
 * many widgets use it, the URL is fetched once. Renders nothing of its own; its children render as usual.
 *
 * @element netreach-data
 *
 * @attr src - URL of a netreach dataset. Without it: an inline `<script type="application/json">` child, the
 *   `.data` property, else the bundled dataset named by `dataset`.
 * @attr dataset - A bundled dataset: `cinvu` (the default), `silk-road` or `al-mustafa`. Used when there is no
 *   `src`, inline JSON or `.data`; an unknown id is an error with code `unknown-dataset`.
 * @attr id - What widgets name with `provider`: they follow the element that has it now (one replaced, renamed or
 *   removed too).
 *
 * @fires {CustomEvent<NetreachDataChangeDetail>} netreach-data-change - `{state}` whenever the dataset or its error changes.
 */
export class NetreachData extends LitElement implements DatasetProvider {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
    datasetId: { attribute: 'dataset', reflect: true },
  };

  #source = new DataController(this, { allowProvider: false });

  /** URL of a netreach dataset (JSON). */
  src?: string;

  /** A dataset object (never mutated). Takes precedence over `src`. */
  data?: unknown;

  /** The bundled dataset to load when nothing else is given (the `dataset` attribute): `cinvu` by default. */
  datasetId?: string;

  /** @internal `dataset="…"` from React 19 or Vue: see NetreachElement's. */
  override get dataset(): DOMStringMap {
    return super.dataset;
  }
  /** @internal */
  override set dataset(value: DOMStringMap | string | undefined) {
    this.datasetId = typeof value === 'string' ? value : undefined;
  }

  /** Providers do not chain; the property exists for the data controller's sake. */
  readonly provider = null;

  /** The loaded dataset, if any. */
  get currentDataset(): Dataset | undefined {
    return this.#source.dataset;
  }

  protected override createRenderRoot(): HTMLElement {
    // No shadow root: children stay in the light DOM, laid out by the page.
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.style.display ||= 'contents';
    this.#announce();
  }

  /**
   * Tells the widgets that name providers by id to look again (see PROVIDER_CONNECTED_EVENT), on its own document (an
   * iframe's, where it is in one): the one it was in when connected, since a move disconnects it in its new one.
   */
  #announce(doc = (this.#doc = this.ownerDocument)): void {
    doc.dispatchEvent(new CustomEvent(PROVIDER_CONNECTED_EVENT));
  }

  #doc?: Document;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#announce(this.#doc);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'id'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'id' && this.isConnected) this.#announce();
  }

  /** Hear every change of state, starting with the current one. Returns the unsubscriber. */
  subscribe(listener: (state: DataState) => void): () => void {
    return this.#source.subscribe(listener);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#source.sync();
  }

  protected override updated(): void {
    this.dispatchEvent(
      new CustomEvent<NetreachDataChangeDetail>('netreach-data-change', { detail: { state: this.#source.status }, bubbles: false }),
    );
  }

  /** Resolves once rendered and, for `.data` or inline JSON, checked (the validator may still be loading). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled: boolean;
    do {
      settled = await super.getUpdateComplete();
      await this.#source.validating;
    } while (this.isUpdatePending);
    return settled;
  }

  protected override render(): typeof nothing {
    return nothing;
  }
}
