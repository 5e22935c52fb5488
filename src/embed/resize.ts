/**
 * For the page that embeds `embed.html` in an iframe: sizes every netreach iframe to its content. Loaded as
 * `<script src="…/embed-resize.js"></script>`, or pasted inline as the one-liner in the README.
 */
import { HEIGHT_MESSAGE } from './embed-params.js';

addEventListener('message', (event: MessageEvent<{ type?: unknown; height?: unknown }>) => {
  const data = event.data;
  if (!data || data.type !== HEIGHT_MESSAGE || typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.max(0, Math.min(data.height, 20000))}px`;
  }
});
