/**
 * The script of `embed.html`: creates the one widget the query string asks for, filling the frame, and tells
 * the parent page its height so a one-line snippet can size the iframe. The elements come from
 * netreach.iife.js, loaded before it by embed.html.
 */
import { embedConfig, HEIGHT_MESSAGE } from './embed-params.js';

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

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
