/**
 * The slide-deck demo (`npm start`, then /demo/deck.html): a reveal.js deck telling the network's story with live
 * widgets. Widgets replay their entrance each time their slide is shown; the map steps through the regions with
 * the fragments (connectReveal).
 */
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/white.css';
import '../src/index.js';
import { connectReveal } from '../src/presenter/reveal.js';
import { sourceLabel } from '../src/core/aggregate.js';
import { networkName } from '../src/core/names.js';
import type { Dataset } from '../src/core/types.js';

connectReveal();

const provider = document.querySelector<HTMLElement & { currentDataset?: Dataset }>('netreach-data');
const onData = () => {
  if (provider?.currentDataset) fill(provider.currentDataset);
};
provider?.addEventListener('netreach-data-change', onData);
onData();

/** The title and the sources slide, from the dataset (text only; links only for http(s) URLs). */
function fill(dataset: Dataset): void {
  document.getElementById('network-name')!.textContent = networkName(dataset, 'en');
  const list = document.getElementById('sources')!;
  list.replaceChildren(
    ...dataset.sources.map((source) => {
      const item = document.createElement('li');
      if (source.url && /^https?:/i.test(source.url)) {
        const link = document.createElement('a');
        link.href = source.url;
        link.textContent = sourceLabel(source);
        item.append(link);
      } else {
        item.textContent = sourceLabel(source);
      }
      return item;
    }),
  );
}

void new Reveal({ hash: true, width: 1280, height: 720, transition: 'slide' }).initialize();
