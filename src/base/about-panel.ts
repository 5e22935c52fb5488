/**
 * The "About this data" panel (`part="about"`): for what the widget shows, each source with its publisher,
 * date, language, link and note (the notes are where derivations live), then netreach's own notes — how
 * regions were assigned, partial lists, periods, computed growth, our translations. Opened from the widget
 * menu; a labelled region after the widget, closed by its button or Escape. Loaded on demand (see on-demand.ts);
 * its styles (on-demand.styles.ts) come with it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { aboutData } from '../core/about-data.js';
import { msg } from '../core/i18n.js';
import { colon, formatList } from '../core/locale.js';
import type { Dataset } from '../core/types.js';
import { renderMeta } from './source-meta.js';
import type { MenuController } from './menu.js';
import '../core/en/on-demand.js';

/**
 * Closes About (its Close button, Escape in it) or View data (Escape in it: on-demand.ts), focus back on the menu
 * button before the panel goes. Here, with the panels, rather than in MenuController up front.
 */
export function closePanel(menu: MenuController, panel: 'aboutOpen' | 'dataViewOpen'): void {
  menu[panel] = false;
  menu.host.requestUpdate();
  menu.focusButton();
}

/** Escape inside a panel (About, View data) closes that panel and does nothing else: a dashboard around it keeps its selection. */
export const escapeCloses = (close: () => void) => (event: KeyboardEvent) => {
  if (event.key !== 'Escape') return;
  event.stopPropagation();
  close();
};

/** Only web links are links: a dataset's URL is data, and `javascript:` is not a source. */
const webUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/**
 * A source's title and note, and a dataset's own notes, are in their own language whatever the widget's (English
 * notes in a Persian panel): each block takes its direction from its text (`dir="auto"`), or its punctuation and
 * order would be laid out the panel's way.
 */
export function renderAbout(menu: MenuController, dataset: Dataset): TemplateResult {
  const locale = menu.host.locale;
  const about = aboutData(dataset, menu.content.aboutScope(dataset), locale);
  const close = () => closePanel(menu, 'aboutOpen');
  return html`<section class="about" part="about" role="region" aria-labelledby="about-title" tabindex="-1" @keydown=${escapeCloses(close)}>
    <h2 id="about-title">${about.title}${colon(locale)}${about.network}</h2>
    ${about.illustrative ? html`<p><strong>${about.illustrative}</strong></p>` : nothing}
    <ul class="about-sources">
      ${about.sources.map((source) => {
        const meta = [
          source.publisher,
          source.dateText,
          source.languageName && msg(locale, 'aboutLanguage', { language: source.languageName }),
        ];
        const url = webUrl(source.url);
        return html`<li>
          <cite dir="auto" lang=${source.language ?? nothing}>${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${source.title}</a>` : source.title}</cite
          ><span class="about-meta">${renderMeta(meta, locale)}</span>
          ${source.note ? html`<p dir="auto" lang=${source.noteLang ?? nothing}>${source.note}</p>` : nothing}
          <p class="about-backs">${msg(locale, 'aboutFor', { list: formatList(source.backs, locale, 'unit') })}</p>
        </li>`;
      })}
    </ul>
    ${about.notes.length || about.translated ? html`<ul class="about-notes">${[...about.notes, ...(about.translated ? [about.translated] : [])].map((note) => html`<li dir="auto" lang=${about.english?.includes(note) ? 'en' : nothing}>${note}</li>`)}</ul>` : nothing}
    <button type="button" @click=${close}>${msg(locale, 'close')}</button>
  </section>`;
}
