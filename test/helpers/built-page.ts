/**
 * A page of its own that loads the built dist/netreach.js (an iframe): what a reader's browser runs, chunks and all,
 * for the tests that block those chunks' URLs (the server's `block-urls` command). `consoleOf()` keeps what its
 * widgets say in the console.
 */
import { expect } from '@open-wc/testing';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { waitUntil } from './wait.js';

/** An iframe whose page (`lang`, English unless said) loads dist/netreach.js, once its widgets are defined. */
export async function builtPage(lang = 'en'): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Window }> {
  const bundle = await fetch('/dist/netreach.js', { method: 'HEAD' });
  expect(bundle.ok, 'dist/netreach.js is missing: run npm run build').to.equal(true);
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><script type="module" src="/dist/netreach.js"></script><body></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await waitUntil(() => win.customElements.get('netreach-table') !== undefined, 'dist/netreach.js never defined its widgets');
  return { frame, doc: frame.contentDocument!, win };
}

/** What the page's scripts say through `console.warn` and `console.error` from now on, one string a call. */
export function consoleOf(win: Window): string[] {
  const said: string[] = [];
  const console = (win as Window & typeof globalThis).console;
  console.warn = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  return said;
}

/** A `<tag>` added to `doc`'s body (`set` first), once it has drawn. */
export async function drawnWidget(doc: Document, tag: string, set: (el: NetreachElement) => void = () => {}): Promise<NetreachElement> {
  const el = doc.createElement(tag) as NetreachElement;
  // Its attributes and properties before it connects, as a page's HTML or script gives them.
  set(el);
  // When it drew: what a first draw asked for is what was asked for by then (scripts()).
  const view = doc.defaultView!;
  el.addEventListener('netreach-ready', (event) => event.composedPath()[0] === el && readyAt.set(view, view.performance.now()));
  doc.body.append(el);
  await waitUntil(
    () => el.state === 'ready',
    () => `never drew (was ${el.state})`,
  );
  return el;
}

/** When the last widget drawnWidget() added to a window drew (its `performance.now()`). */
const readyAt = new WeakMap<Window, number>();

/**
 * The scripts a page asked for, by file name without its hash ("netreach.js", "cinvu", "map.chunk", "fa"): until its
 * last widget drawnWidget() added drew, where there is one. Not what it asks for after its first draw: the
 * interaction chunk (src/base/interaction-loader.ts), asked for once the page is idle (built-interaction.test.ts).
 */
export function scripts(win: Window): string[] {
  const until = readyAt.get(win) ?? Infinity;
  return win.performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime <= until)
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/'))
    .map((path) => path.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''))
    .sort();
}

/** Every `Intl` constructor: an English page's first draw makes none of them (english-no-intl.test.ts). */
export const INTL_CONSTRUCTORS = [
  'NumberFormat',
  'DisplayNames',
  'ListFormat',
  'Collator',
  'DateTimeFormat',
  'RelativeTimeFormat',
  'Segmenter',
  'PluralRules',
] as const;
