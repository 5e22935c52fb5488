/**
 * The script of `embed.html`: creates the one widget the query string asks for, filling the frame, and tells
 * the parent page its height so a one-line snippet can size the iframe. The elements come from
 * netreach.iife.js, loaded before it by embed.html.
 */
import type { Dataset } from '../core/types.js';
import { AZERBAIJANI_CYRILLIC_TAGS, toCyrillic } from '../core/azerbaijani-cyrillic.js';
import { addScriptWriter, localizedName } from '../core/localized-name.js';
import { embedConfig, frameTitle, HEIGHT_MESSAGE } from './embed-params.js';

/** What the elements of netreach.iife.js expose that this page reads. */
type Widget = HTMLElement & { readonly currentDataset?: Dataset; readonly locale?: string };

function start(): void {
  const config = embedConfig(location.search, location.href);
  for (const reason of config.ignored) console.warn(`netreach embed: ignored ${reason}`);
  const widget = document.createElement(config.tag);
  for (const [name, value] of config.attributes) widget.setAttribute(name, value);
  // In the page's one landmark: a screen reader's list of the frame's landmarks names the widget's main content.
  const main = document.querySelector('main') ?? document.body.appendChild(document.createElement('main'));
  main.append(widget);
  const lang = config.attributes.find(([name]) => name === 'lang')?.[1];
  if (lang) document.documentElement.lang = lang;
  nameAfter(widget as Widget, main);

  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    // The height is not a secret, and the embedding page's origin is unknown: any origin may read it.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

/**
 * Once the widget has its data, the page's title and a heading for screen readers say what it shows ("CINVU: map"),
 * as the iframe's title does on the embedding page: the frame's own list of headings, and a tab or window that
 * opens the frame alone, are otherwise nameless.
 */
function nameAfter(widget: Widget, main: HTMLElement): void {
  const heading = document.createElement('h1');
  heading.className = 'visually-hidden';
  const name = () => {
    const dataset = widget.currentDataset;
    if (!dataset) return;
    const locale = widget.locale ?? 'en';
    const { names, shortName, name } = dataset.network;
    const title = frameTitle(widget.localName.replace(/^netreach-/, ''), localizedName(names, shortName ?? name, locale), locale);
    document.title = heading.textContent = title;
    if (!heading.isConnected) main.prepend(heading);
  };
  new MutationObserver(name).observe(widget, { attributes: true, attributeFilter: ['state'] });
  name();
}

// This script's copy of the dataset's names writes a frame's Azerbaijani in Cyrillic script as the widget does (the
// widget's copy learns it from the language's chunk, which this script does not load).
for (const tag of AZERBAIJANI_CYRILLIC_TAGS) addScriptWriter(tag, toCyrillic);

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
