/**
 * The configurator's snippets: the same widget as a script tag, an iframe of embed.html, and an npm import.
 * Pure (no DOM) so it is unit-tested like the library.
 */
export interface WidgetChoice {
  widget: string;
  /** Attribute name → value; empty values are left out. */
  attributes: Record<string, string>;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function usedAttributes(choice: WidgetChoice): [string, string][] {
  return Object.entries(choice.attributes).filter(([, value]) => value.trim() !== '');
}

export function elementTag(choice: WidgetChoice): string {
  const attributes = usedAttributes(choice)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<netreach-${choice.widget}${attributes}></netreach-${choice.widget}>`;
}

/** The one line a page needs to size netreach iframes to their content. */
export const IFRAME_RESIZER =
  "<script>addEventListener('message',function(e){if(e.data&&e.data.type==='netreach:height')document.querySelectorAll('iframe').forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+'px'})})</script>";

export function snippets(choice: WidgetChoice, baseUrl: string): { script: string; iframe: string; npm: string } {
  const base = baseUrl.replace(/\/?$/, '/');
  const query = new URLSearchParams([['widget', choice.widget], ...usedAttributes(choice)]).toString();
  const title = `netreach ${choice.widget}`;
  return {
    script: `<script src="${escapeAttribute(base)}netreach.iife.js"></script>\n${elementTag(choice)}`,
    iframe: `<iframe src="${escapeAttribute(`${base}embed.html?${query}`)}" title="${title}" style="width:100%;border:0" loading="lazy"></iframe>\n${IFRAME_RESIZER}`,
    npm: `npm install netreach\n\n// in your code\nimport 'netreach/${choice.widget}';\n\n<!-- in your template -->\n${elementTag(choice)}`,
  };
}
