/**
 * Shared by the hardening suites (test/browser/hardening-*.test.ts): mounting a widget on hostile input, waiting
 * for it to settle, and watching the page for anything thrown into it.
 */
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { frames, nextFrame, waitUntil } from './wait.js';

export { nextFrame };

export interface WidgetCase {
  /** A label for test titles. */
  name: string;
  tag: string;
  attributes?: Record<string, string>;
}

/** Every widget, the table once per kind of row. */
export const EVERY_WIDGET: readonly WidgetCase[] = [
  { name: 'stat', tag: 'netreach-stat' },
  { name: 'map', tag: 'netreach-map' },
  { name: 'bars', tag: 'netreach-bars' },
  { name: 'regions', tag: 'netreach-regions' },
  { name: 'trend', tag: 'netreach-trend' },
  { name: 'table', tag: 'netreach-table' },
  { name: 'table of=universities', tag: 'netreach-table', attributes: { of: 'universities' } },
  { name: 'table of=regions', tag: 'netreach-table', attributes: { of: 'regions' } },
  { name: 'dashboard', tag: 'netreach-dashboard' },
];

/** Records every error and unhandled rejection that reaches the window until `stop()`. */
export function watchPage(): { errors: string[]; stop(): void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandledrejection: ${String((event.reason as Error)?.stack ?? event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export interface Input {
  /** Set as the `.data` property. */
  data?: unknown;
  /** Put inline as `<script type="application/json">` (text the widget parses). */
  json?: string;
  src?: string;
}

export interface Mounted {
  el: NetreachElement;
  /** Codes of the `netreach-error` events the widget fired. */
  errorCodes: string[];
  container: HTMLElement;
}

/** Mounts `widget` with `input` in a 640 px wide container and waits until it is no longer loading. */
export async function mountWidget(widget: WidgetCase, input: Input, options: { width?: number } = {}): Promise<Mounted> {
  const container = document.createElement('div');
  container.style.width = `${options.width ?? 640}px`;
  const el = document.createElement(widget.tag) as NetreachElement;
  for (const [name, value] of Object.entries(widget.attributes ?? {})) el.setAttribute(name, value);
  el.setAttribute('controls', 'none');
  if (input.src) el.setAttribute('src', input.src);
  if (input.json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = input.json;
    el.append(script);
  }
  if (input.data !== undefined) el.data = input.data;
  const errorCodes: string[] = [];
  el.addEventListener('netreach-error', (event) => errorCodes.push(event.detail.code));
  container.append(el);
  document.body.append(container);
  await settle(el);
  return { el, errorCodes, container };
}

/**
 * Waits until the widget (and, for a dashboard, each part) is past `loading`, then two frames: by then the
 * ResizeObserver has given a chart its size and the render it asked for has run.
 */
export async function settle(el: NetreachElement): Promise<void> {
  await waitUntil(() => el.state !== 'loading', `<${el.localName}> still loading`);
  await el.updateComplete;
  const parts = () =>
    [...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((node): node is NetreachElement => node.localName.startsWith('netreach-'));
  await waitUntil(() => parts().every((part) => part.state !== 'loading'), `parts of <${el.localName}> still loading`);
  await Promise.all(parts().map((part) => part.updateComplete));
  await frames(2);
}

/** Widgets that draw a chart to their size. */
const CHARTS = new Set(['netreach-map', 'netreach-bars', 'netreach-regions', 'netreach-trend']);

/**
 * Whether a ready widget has drawn its picture: a chart (or the message that stands for it), and for a dashboard
 * every part's. Ready says the data is there; a chart also needs its size, which the ResizeObserver gives a frame
 * later. Works on widgets in other frames (no instanceof).
 */
export function drawn(el: Element): boolean {
  if (el.getAttribute('state') !== 'ready' || !el.shadowRoot) return false;
  if (CHARTS.has(el.localName)) return Boolean(el.shadowRoot.querySelector('svg[part~="chart"], [part="status"]'));
  return [...el.shadowRoot.querySelectorAll('*')].filter((node) => node.localName.startsWith('netreach-')).every(drawn);
}

/** The shadow roots of `root` and of everything inside it, however deep. */
export function shadowRoots(root: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const child of node.querySelectorAll('*')) {
      if (child.shadowRoot) {
        found.push(child.shadowRoot);
        visit(child.shadowRoot);
      }
    }
  };
  if (root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** Every element in `root`'s shadow trees. */
export function deepElements(root: Element): Element[] {
  return shadowRoots(root).flatMap((shadow) => [...shadow.querySelectorAll('*')]);
}

/** What a reader gets from the widget: the text of its shadow trees and the title and aria-label attributes. */
export function deepText(root: Element): string {
  const parts: string[] = [];
  for (const shadow of shadowRoots(root)) {
    for (const node of shadow.querySelectorAll('*')) {
      if (node.localName === 'style') continue;
      for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      for (const name of ['title', 'aria-label']) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
    }
  }
  return parts.join('\n');
}

/** A dataset being mangled into any shape, on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Mangled = Record<string, any>;

/** A deep copy of a JSON-shaped value. */
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

let example: Record<string, unknown> | undefined;

/** data/example-network.json (served raw by /mock/valid) as a fresh object to mangle. */
export async function exampleDataset(): Promise<Mangled> {
  example ??= (await (await fetch('/mock/valid')).json()) as Record<string, unknown>;
  return clone(example);
}

/**
 * An iframe `width`×`height` px on this page whose document is `html`, written with `document.write`: a page
 * without a doctype is then in quirks mode (an iframe's `srcdoc` never is), and the frame's page reads its own
 * root font. The caller removes the frame.
 */
export function writtenFrame(html: string, width: number, height: number): { frame: HTMLIFrameElement; doc: Document } {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  document.body.append(frame);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(html);
  doc.close();
  return { frame, doc };
}
