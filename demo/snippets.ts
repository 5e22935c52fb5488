/**
 * The configurator's snippets: the same widget as a script tag, an iframe of embed.html, and an npm import —
 * with the dataset written inline when the configurator holds imported data.
 * Pure (no DOM) so it is unit-tested like the library.
 */
import { frameTitle } from '../src/embed/embed-params.js';

export interface WidgetChoice {
  widget: string;
  /** Attribute name → value; empty values are left out. */
  attributes: Record<string, string>;
}

/** A dataset the page holds rather than loads: imported in the configurator. */
export interface InlineData {
  /** The dataset object, written as JSON inside the element. */
  dataset: unknown;
  /** The file name it is downloaded as, which the iframe (that cannot hold data) loads instead. */
  file: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function usedAttributes(choice: WidgetChoice): [string, string][] {
  return Object.entries(choice.attributes).filter(([, value]) => value.trim() !== '');
}

/**
 * JSON that can stand between `<script type="application/json">` and `</script>` whatever the data says: `<`,
 * `>` and `&` are written as `\u003c`… (the same text to JSON.parse), so no name can close the element or open
 * a comment, and U+2028/U+2029 likewise, for pages that paste it into a JavaScript string.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The element; with `data`, holding it as an inline `<script type="application/json">` child. */
export function elementTag(choice: WidgetChoice, data?: InlineData): string {
  const attributes = usedAttributes(choice)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const content = data ? `\n  <script type="application/json">${scriptSafeJson(data.dataset)}</script>\n` : '';
  return `<netreach-${choice.widget}${attributes}>${content}</netreach-${choice.widget}>`;
}

/** The one line a page needs to size netreach iframes to their content. */
export const IFRAME_RESIZER =
  "<script>addEventListener('message',function(e){if(e.data&&e.data.type==='netreach:height')document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+'px'})})</script>";

/** A path's last segment: `data/example-network.json` → `example-network.json`. */
const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * The files of this repository each snippet loads, which the configurator's headings say to copy next to the page
 * (the snippets name them by their file names): dist/'s, and `copied`, the dataset file the form's `src` names
 * (`data/example-network.json`), which a page elsewhere cannot load from the configurator's server.
 */
export function snippetFiles(copied?: string): { script: string[]; iframe: string[]; npm: string[] } {
  const data = copied ? [copied] : [];
  return {
    script: ['dist/netreach.iife.js', ...data],
    iframe: ['dist/embed.html', 'dist/embed.js', 'dist/embed.css', 'dist/netreach.iife.js', ...data],
    npm: data,
  };
}

/**
 * The three snippets. With `data`, the script and npm snippets hold it inline (and name no `src`); the iframe
 * cannot, and loads `data.file` beside embed.html instead, which it says. `network` is the network's name in the
 * widget's language, for the iframe's title. `baseUrl` is where dist/ is served; empty, the files beside the page.
 * `copied`: the dataset file `src` names, to be copied next to the page (`snippetFiles()`), loaded by its name.
 */
export function snippets(
  given: WidgetChoice,
  baseUrl: string,
  data?: InlineData,
  network?: string,
  copied?: string,
): { script: string; iframe: string; npm: string } {
  const choice = copied ? { ...given, attributes: { ...given.attributes, src: fileName(copied) } } : given;
  // An empty base: the files beside the page (`<script src="netreach.iife.js">`).
  const base = baseUrl && baseUrl.replace(/\/?$/, '/');
  // Data inline, or beside embed.html: no other dataset named.
  const own = data ? { ...choice, attributes: { ...choice.attributes, src: '', dataset: '' } } : choice;
  const framed = data ? { ...choice, attributes: { ...choice.attributes, src: data.file, dataset: '' } } : choice;
  const query = new URLSearchParams([['widget', choice.widget], ...usedAttributes(framed)]).toString();
  const title = escapeAttribute(frameTitle(choice.widget, network, choice.attributes.lang));
  const put = data ? `<!-- ${escapeAttribute(data.file)}: your dataset (Download dataset), put beside embed.html -->\n` : '';
  return {
    script: `<script src="${escapeAttribute(base)}netreach.iife.js"></script>\n${elementTag(own, data)}`,
    iframe: `${put}<iframe src="${escapeAttribute(`${base}embed.html?${query}`)}" title="${title}" style="width:100%;border:0" loading="lazy"></iframe>\n${IFRAME_RESIZER}`,
    npm: `npm install netreach\n\n// in your code\nimport 'netreach/${choice.widget}';\n\n<!-- in your template -->\n${elementTag(own, data)}`,
  };
}
