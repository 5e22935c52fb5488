/**
 * The slide-deck demo (`npm start`, then /demo/deck.html): a reveal.js deck telling the network's story with live
 * widgets. Widgets replay their entrance each time their slide is shown; the map steps through the regions with
 * the fragments (connectReveal). reveal.js's styles are linked from deck.html.
 */
import Reveal from 'reveal.js';
import '../src/index.js';
import { connectReveal } from '../src/presenter/reveal.js';
import { aboutData } from '../src/core/about-data.js';
import { aboutScope, type AboutSource } from '../src/core/about.js';
import { growthText } from '../src/core/growth.js';
import { capitalize, networkName, regionName } from '../src/core/names.js';
import type { Dataset } from '../src/core/types.js';

connectReveal();

const provider = document.querySelector<HTMLElement & { currentDataset?: Dataset }>('netreach-data');
const onData = () => {
  if (provider?.currentDataset) fill(provider.currentDataset);
};
provider?.addEventListener('netreach-data-change', onData);
onData();

/** The title, the map's step labels and the sources slide, from the dataset (text only; links only for http(s)). */
function fill(dataset: Dataset): void {
  document.getElementById('network-name')!.textContent = networkName(dataset, 'en');
  // The fragments name the regions the map colours in turn, in its order and words (its legend's).
  document.querySelectorAll<HTMLElement>('#step-labels [data-netreach-step]').forEach((label) => {
    const region = dataset.regions[Number(label.dataset.netreachStep) - 1];
    label.textContent = region ? regionName(dataset, region.id, 'en') : '';
  });
  // Every source behind what the deck shows (a dashboard's worth: members, regions, every metric, universities),
  // each once, as "About this data" lists them.
  const { sources } = aboutData(dataset, aboutScope(dataset, 'dashboard'), 'en');
  document.getElementById('sources')!.replaceChildren(...sources.map(sourceItem));
  // A trend beside the KPI tile of its metric leaves the growth and how it was computed to the tile, as a dashboard's
  // trend does: said once on the slide, and the slide keeps room for the chart.
  document.querySelectorAll<HTMLElement & { hiddenNotes: string[] }>('.row netreach-trend').forEach((trend) => {
    const metric = trend.getAttribute('metric') ?? '';
    const paired = trend.parentElement!.querySelector(`netreach-stat[metric="${CSS.escape(metric)}"]`);
    const growth = paired ? growthText(dataset, metric, 'en') : undefined;
    trend.hiddenNotes = growth ? [growth.note, capitalize(growth.text, 'en')] : [];
  });
}

/** "Title — Publisher, 18 November 2020": the title a link when the source has an http(s) URL. */
function sourceItem(source: AboutSource): HTMLLIElement {
  const item = document.createElement('li');
  const title = document.createElement('cite');
  title.textContent = source.title;
  title.dir = 'auto';
  if (source.language) title.lang = source.language;
  if (source.url && /^https?:\/\//i.test(source.url)) {
    const link = document.createElement('a');
    link.href = source.url;
    link.append(title);
    item.append(link);
  } else {
    item.append(title);
  }
  const about = document.createElement('span');
  about.className = 'about';
  about.textContent = ` — ${[source.publisher, source.dateText ?? 'undated'].filter(Boolean).join(', ')}`;
  item.append(about);
  return item;
}

// Printed (?print-pdf), one page per slide: a slide a pixel taller than 720 (a map with its legend beside it) took a
// second, blank page.
void new Reveal({ hash: true, width: 1280, height: 720, transition: 'slide', pdfMaxPagesPerSlide: 1 }).initialize();
