/**
 * Where a widget's dataset comes from, in order: the `.data` property, an inline
 * `<script type="application/json">` child, `src`, a `<netreach-data>` provider (by `provider="id"` or by
 * sitting inside one), else the bundled dataset its `dataset` attribute names (`cinvu`, `silk-road`,
 * `al-mustafa`; CINVU when it names none). Changing any of them aborts what was in flight, so a stale response
 * is never shown. A second controller with `{ compare: true }` loads the dataset a widget compares with.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_DATASET, isBundledDataset, loadBundledDataset } from '../core/default-dataset.js';
import { NetreachError, toNetreachError } from '../core/errors.js';
import { isAbortError, requestDataset } from '../core/load-start.js';
import type { Dataset } from '../core/types.js';
import { loadValidator, validator } from '../core/validate-loader.js';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface DataState {
  status: LoadStatus;
  dataset?: Dataset;
  error?: NetreachError;
}

/** What `<netreach-data>` offers the widgets that use it. */
export interface DatasetProvider extends Element {
  subscribe(listener: (state: DataState) => void): () => void;
}

export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  provider?: string | null;
  data?: unknown;
  /**
   * The id of a bundled dataset (the `dataset` attribute). Not named `dataset`: that property of every
   * HTMLElement is its `data-*` attributes, which pages and frameworks rely on.
   */
  datasetId?: string | null;
  /** The dataset to compare with (the `compare` attribute): a `<netreach-data>` id, else a bundled id. */
  compare?: string | null;
}

export interface DataControllerOptions {
  /** Whether a `<netreach-data>` provider may serve the host (not for providers themselves: they do not chain). */
  allowProvider: boolean;
  /**
   * Load what the host's `compare` names instead of its own dataset: the `<netreach-data>` of that id on the page,
   * else the bundled dataset of that id. Without `compare` the controller is ready with no dataset.
   */
  compare?: boolean;
}

const PROVIDER_TAG = 'netreach-data';
/**
 * Fired on its document (an iframe's, where it is in one) by a provider when it connects, so widgets parsed before it
 * can find it, and when it leaves or its id changes, so widgets that named it find which provider they name now.
 */
export const PROVIDER_CONNECTED_EVENT = 'netreach-provider-connected';

const validatedObjects = new WeakMap<object, Dataset | NetreachError>();

type Validator = NonNullable<ReturnType<typeof validator>>;

function isProvider(element: Element | null | undefined): element is DatasetProvider {
  return Boolean(element && typeof (element as Partial<DatasetProvider>).subscribe === 'function');
}

/** The closest ancestor `<netreach-data>`, crossing shadow roots (a dashboard's parts sit inside one). */
function enclosingProvider(host: Element): Element | null {
  let node: Node | null = host.parentNode;
  while (node) {
    // No `instanceof`: in an iframe's document, its nodes may be that window's.
    if ((node as Element).localName === PROVIDER_TAG) return node as Element;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return null;
}

export class DataController implements ReactiveController, DataState {
  status: LoadStatus = 'loading';
  dataset?: Dataset;
  error?: NetreachError;

  /** A description of the current input; a change means "load again". */
  #inputKey = '';
  #inputData: unknown;
  #abort?: AbortController;
  #cleanup?: () => void;
  #listeners = new Set<(state: DataState) => void>();
  /** While `.data` or inline JSON waits for the validator's chunk: what the host's `updateComplete` waits for. */
  validating?: Promise<void>;
  /** Waiting for the page to be parsed before choosing the bundled dataset (see `load()`). */
  #parsing = false;

  constructor(
    private readonly host: DataHost,
    private readonly options: DataControllerOptions = { allowProvider: true },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#stop();
    this.#inputKey = '';
    this.#inputData = undefined;
  }

  /** For providers: hear every state change, starting with the current one. */
  subscribe(listener: (state: DataState) => void): () => void {
    this.#listeners.add(listener);
    listener(this);
    return () => this.#listeners.delete(listener);
  }

  /** Starts a load when the host's inputs changed since the last one. Cheap when they did not. */
  sync(): void {
    if (!this.host.isConnected) return;
    const inline = this.#inlineJson();
    const key = this.#describeInput(inline);
    if (key === this.#inputKey && this.#ownData() === this.#inputData) return;
    this.#inputKey = key;
    this.#inputData = this.#ownData();
    this.#stop();
    this.#load(inline);
  }

  /** The `.data` object this controller follows: the host's own, none when it loads what `compare` names. */
  #ownData(): unknown {
    return this.options.compare ? undefined : this.host.data;
  }

  /** The `<netreach-data>` id this controller follows: `provider`, or `compare` when it loads what that names. */
  #providerId(): string | undefined {
    return (this.options.compare ? this.host.compare?.trim() : this.host.provider) || undefined;
  }

  #inlineJson(): HTMLScriptElement | null {
    if (this.options.compare) return null;
    // By name, not `instanceof`: a script parsed in an iframe's document is that window's HTMLScriptElement.
    for (const child of this.host.children) {
      if (child.localName === 'script' && (child as HTMLScriptElement).type.trim().toLowerCase() === 'application/json')
        return child as HTMLScriptElement;
    }
    return null;
  }

  #describeInput(inline: HTMLScriptElement | null): string {
    if (this.options.compare) return `compare:${this.#providerId() ?? ''}`;
    if (this.host.data !== undefined && this.host.data !== null) return 'data';
    if (inline) return `inline:${inline.textContent ?? ''}`;
    if (this.host.src) return `src:${this.host.src}`;
    if (this.options.allowProvider && this.host.provider) return `provider:${this.host.provider}`;
    if (this.options.allowProvider && enclosingProvider(this.host)) return 'provider:(enclosing)';
    return `dataset:${this.#bundledId()}`;
  }

  /** The bundled dataset asked for: the `dataset` attribute, else the default. */
  #bundledId(): string {
    return this.host.datasetId?.trim() || DEFAULT_DATASET;
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#cleanup?.();
    this.#cleanup = undefined;
  }

  #set(state: DataState): void {
    // A dataset shown here is validated: handed on as `.data` (a dashboard's parts), it is used as it is.
    if (state.dataset) validatedObjects.set(state.dataset, state.dataset);
    this.status = state.status;
    this.dataset = state.dataset;
    this.error = state.error;
    this.host.requestUpdate();
    for (const listener of this.#listeners) listener(this);
  }

  #load(inline: HTMLScriptElement | null): void {
    if (this.options.compare) return this.#loadCompared();
    const data = this.host.data;
    if ((data !== undefined && data !== null) || inline) {
      const text = inline?.textContent ?? '';
      if (inline) {
        // Inline JSON edited in place (a CMS's preview): read again when its text changes, until the next load.
        const watch = new MutationObserver(() => this.host.requestUpdate());
        watch.observe(inline, { characterData: true, childList: true, subtree: true });
        this.#cleanup = () => watch.disconnect();
      }
      const check = (validator: Validator): void => {
        try {
          if (data !== undefined && data !== null)
            return this.#set({ status: 'ready', dataset: validator.validateObject(data, validatedObjects) });
          this.#set({ status: 'ready', dataset: validator.parseDataset(text) });
        } catch (error) {
          this.#set({ status: 'error', error: toNetreachError(error, 'inline data') });
        }
      };
      // A dataset this page validated already (a dashboard hands its parts its own) needs no validator.
      const known = typeof data === 'object' && data !== null ? validatedObjects.get(data) : undefined;
      if (known instanceof NetreachError) return this.#set({ status: 'error', error: known });
      if (known) return this.#set({ status: 'ready', dataset: known });
      const loaded = validator();
      if (loaded) return check(loaded);
      // The first data of its own on the page: the same checks once the validator's chunk is here. A widget that
      // shows a dataset keeps it meanwhile (new values do not return it to `loading`); after an error it loads.
      const abort = new AbortController();
      this.#abort = abort;
      if (this.status === 'error') this.#set({ status: 'loading' });
      const validating = loadValidator().then(
        (validator) => {
          if (!abort.signal.aborted) check(validator);
        },
        (error: unknown) => {
          if (!abort.signal.aborted) this.#set({ status: 'error', error: toNetreachError(error, 'inline data') });
        },
      );
      this.validating = validating;
      void validating.then(() => {
        if (this.validating === validating) this.validating = undefined;
      });
      return;
    }
    if (this.host.src) return this.#follow((signal) => requestDataset(this.host.src!, signal));
    if (this.options.allowProvider && (this.host.provider || enclosingProvider(this.host))) return this.#useProvider();
    // Upgraded as the parser reached it (a classic script above it): its inline JSON may not be parsed yet. The
    // bundled dataset once the page is, rather than drawn and then replaced by the page's own (or never replaced:
    // nothing else would have looked again).
    // The host's own document (an iframe's, where it is in one) is the one being parsed.
    const doc = this.host.ownerDocument;
    if (doc.readyState === 'loading') {
      this.#inputKey = '';
      if (!this.#parsing) {
        this.#parsing = true;
        doc.addEventListener('DOMContentLoaded', () => ((this.#parsing = false), this.sync()), { once: true });
      }
      return;
    }
    const id = this.#bundledId();
    this.#follow(() => loadBundledDataset(id));
  }

  /** What `compare` names: a provider on the page of that id, else the bundled dataset, else a provider to come. */
  #loadCompared(): void {
    const ref = this.#providerId();
    if (!ref) return this.#set({ status: 'ready' });
    if (isBundledDataset(ref.toLowerCase()) && !isProvider(this.#findProvider())) {
      this.#follow(() => loadBundledDataset(ref));
      return;
    }
    this.#useProvider();
  }

  /** Shows the outcome of `start` unless the input changed (or the host left) before it settled. */
  #follow(start: (signal: AbortSignal) => Promise<Dataset>): void {
    const abort = new AbortController();
    this.#abort = abort;
    if (this.status !== 'loading' || this.dataset) this.#set({ status: 'loading' });
    start(abort.signal).then(
      (dataset) => {
        if (!abort.signal.aborted) this.#set({ status: 'ready', dataset });
      },
      (error: unknown) => {
        if (abort.signal.aborted || isAbortError(error)) return;
        this.#set({ status: 'error', error: toNetreachError(error, this.host.src ?? undefined) });
      },
    );
  }

  #findProvider(): Element | null {
    const id = this.#providerId();
    if (!id) return this.options.compare ? null : enclosingProvider(this.host);
    const root = this.host.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(id) ?? this.host.ownerDocument.getElementById(id);
  }

  #useProvider(): void {
    // Notices are heard on the host's document, the one its providers announce on: the one it is in now (a move
    // disconnects, so cleans these up, before the host is connected again in its new document).
    const doc = this.host.ownerDocument;
    const attach = (): boolean => {
      const found = this.#findProvider();
      if (!isProvider(found)) return false;
      this.#cleanup?.();
      const unsubscribe = found.subscribe((state) => this.#set({ ...state }));
      // Providers announce themselves leaving and changing their id too: one that another replaced (a page that
      // renders its <netreach-data> again) or that left is not followed, stale, any longer: load again.
      const recheck = () => {
        if (this.#findProvider() === found) return;
        this.#inputKey = '';
        this.sync();
      };
      doc.addEventListener(PROVIDER_CONNECTED_EVENT, recheck);
      this.#cleanup = () => (unsubscribe(), doc.removeEventListener(PROVIDER_CONNECTED_EVENT, recheck));
      return true;
    };
    if (attach()) return;
    // The provider may not be parsed or defined yet: wait for it, and say what is missing meanwhile.
    // Once the page is parsed and the element defined, a provider not there is an error (which one that connects
    // later still ends); before, the widget is loading.
    const settle = () =>
      doc.readyState === 'loading' || !customElements.get(PROVIDER_TAG)
        ? this.#set({ status: 'loading' })
        : this.#set({ status: 'error', error: new NetreachError('provider', { detail: this.#providerId() ?? '' }) });
    const retry = () => {
      if (attach()) detach();
      else settle();
    };
    const detach = () => {
      doc.removeEventListener(PROVIDER_CONNECTED_EVENT, retry);
      doc.removeEventListener('DOMContentLoaded', retry);
    };
    doc.addEventListener(PROVIDER_CONNECTED_EVENT, retry);
    doc.addEventListener('DOMContentLoaded', retry);
    void globalThis.customElements?.whenDefined(PROVIDER_TAG).then(() => {
      if (this.#cleanup === detach) retry();
    });
    this.#cleanup = detach;
    settle();
  }
}
