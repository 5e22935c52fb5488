/**
 * What every chart drawn from a scene shows around its chart, as HTML from the prepared scene: the honest notes
 * and the source line (each source once); the regions' legend is in their chunk (regions.legend.ts). The file writes the same things as SVG text
 * (src/scene/document.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatSourceDate, noSourceLine, sourceLabels } from '../core/about.js';
import { uniqueSources } from '../core/aggregate.js';
import { hasRtl, RTL_FIRST, splitIsolates } from '../core/bidi.js';
import { msg } from '../core/i18n.js';
import { colon, listSeparator } from '../core/locale.js';
import type { Source } from '../core/types.js';

/**
 * "Sources: A; B" (publisher, else title), each once (`uniqueSources()`), with links for sources that have an http(s) URL; the full
 * title and the date ("October 20, 2021", "۲۰ اکتبر ۲۰۲۱") on hover. Semicolons, because publishers' names contain commas.
 */
export function renderSources(all: readonly Source[], locale: string, unsourced: readonly string[] = []): TemplateResult | typeof nothing {
  const sources = uniqueSources(all);
  // Figures with no source say so, rather than cite nothing (a dataset whose import found none).
  if (sources.length === 0) return html`<p part="source">${noSourceLine(locale)}</p>`;
  const heading = msg(locale, sources.length + unsourced.length === 1 ? 'source' : 'sources');
  const separator = listSeparator(locale);
  // Two sources named alike say what tells them apart ("UNESCO (2020); UNESCO (2023)"): a screen reader reads no tooltip.
  const labels = sourceLabels(sources, locale);
  const items = sources.map((source, index) =>
    sourceItem(source, labels[index]!, index < sources.length - 1 || unsourced.length ? separator : '', locale),
  );
  // One line of template, so textContent reads "Sources: A; B" as it looks. The sources in a box of their own: right to
  // left they stand beside the heading (base styles). The members' figures no source gives say so after them. `bidi`:
  // a name or figure with right-to-left text, each name then isolated in a left-to-right line too (base styles);
  // without any, isolating them changes nothing on screen, and it made the browser lay the line out as bidi text
  // (most of the source line's layout on a page of 100 maps: docs/PERFORMANCE.md).
  const bidi = [...labels, ...unsourced].some(hasRtl) ? 'sources bidi' : 'sources';
  return html`<p part="source">${heading + colon(locale)}<span class=${bidi}>${items}${
    unsourced.length ? html`<span .textContent=${unsourced.join(separator)}></span>` : nothing
  }</span></p>`;
}

/**
 * A source of the source line, and the language's separator after it unless it is the last (`listSeparator()`:
 * "; ", "؛ ", French " ; ", Chinese "；"). Text set as a property and the separator written in the template, not
 * bound: each binding of text is a comment node in the page (Lit's marker), and a template that ends with a binding
 * one more — on every widget, four sources made 20 of a map's 50 comments. Hence a template per separator.
 */
function sourceItem(source: Source, label: string, separator: string, locale: string): TemplateResult {
  // The date in the reader's words and digits, as the dashboard's list and About this data give it.
  const title = source.title + (source.date ? ` (${formatSourceDate(source.date, locale)})` : '');
  const url = source.url && /^https?:\/\//i.test(source.url) ? source.url : undefined;
  // A name written right to left flows in the line as its words do (base styles), its separator after its last word.
  const rtl = RTL_FIRST.test(label) ? 'rtl' : nothing;
  if (url) {
    switch (separator) {
      case '':
        return html`<a href=${url} class=${rtl} title=${title} target="_blank" rel="noopener noreferrer" .textContent=${label}></a>`;
      case '\u061b ':
        return html`<a href=${url} class=${rtl} title=${title} target="_blank" rel="noopener noreferrer" .textContent=${label}></a>\u061b `;
      case '\u202f; ':
        return html`<a href=${url} class=${rtl} title=${title} target="_blank" rel="noopener noreferrer" .textContent=${label}></a>\u202f; `;
      case '\uff1b':
        return html`<a href=${url} class=${rtl} title=${title} target="_blank" rel="noopener noreferrer" .textContent=${label}></a>\uff1b`;
      default:
        return html`<a href=${url} class=${rtl} title=${title} target="_blank" rel="noopener noreferrer" .textContent=${label}></a>; `;
    }
  }
  switch (separator) {
    case '':
      return html`<span class=${rtl} title=${title} .textContent=${label}></span>`;
    case '\u061b ':
      return html`<span class=${rtl} title=${title} .textContent=${label}></span>\u061b `;
    case '\u202f; ':
      return html`<span class=${rtl} title=${title} .textContent=${label}></span>\u202f; `;
    case '\uff1b':
      return html`<span class=${rtl} title=${title} .textContent=${label}></span>\uff1b`;
    default:
      return html`<span class=${rtl} title=${title} .textContent=${label}></span>; `;
  }
}

/**
 * A note's isolated name and the punctuation after it, kept together (base styles). A name that lays out left to right
 * ends its last line on the side the sentence goes on, the punctuation after its box; one written right to left (a
 * Persian name with a Latin acronym in it, isolated in a Persian note) holds the punctuation in its box, as the source
 * line's names hold their separator, against its last word: after the box it stood alone at the box's far side, the
 * name's last line at the right.
 */
function noteName(name: string, punctuation: string): TemplateResult {
  return RTL_FIRST.test(name)
    ? html`<span class="run"><bdi .textContent=${name + punctuation}></bdi></span>`
    : html`<span class="run"><bdi .textContent=${name}></bdi>${punctuation}</span>`;
}

/**
 * The scene's notes (a partial list, inferred regions…), one paragraph each, their text a property (no marker). A
 * value the sentence sets in an isolate (a source's English name in a Persian note) is a `<bdi>` of its own, with its
 * brackets and the punctuation after it kept on its last line: right to left it is a box (base styles), which a line
 * breaks before rather than inside.
 */
export function renderNotes(notes: readonly string[]): TemplateResult[] {
  return notes.map((note) => {
    const runs = splitIsolates(note);
    if (runs.length === 1) return html`<p part="note" .textContent=${note}></p>`;
    // Every third run is a value (its isolate now the <bdi>, which takes its direction from its first letter), the
    // next its punctuation.
    return html`<p part="note">${runs.map((run, index) =>
      index % 3 === 0 ? run : index % 3 === 1 ? noteName(run.replace(/[\u2068\u2069]/g, ''), runs[index + 1]!) : nothing,
    )}</p>`;
  });
}
