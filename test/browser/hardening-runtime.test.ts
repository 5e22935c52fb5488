/**
 * Hardening, widgets changed at runtime by a page's script (a single-page app, a CMS's preview): a `<netreach-data>`
 * replaced by another of the same id, or ids swapped, is followed; a widget moved into an iframe's document and back
 * keeps its styles and throws nothing into the page.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { settle, watchPage } from '../helpers/hardening.js';
import { waitUntil } from '../helpers/wait.js';

function mount(tag: string, attributes: Record<string, string>, parent: Element): NetreachElement {
  const el = document.createElement(tag) as NetreachElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  return el;
}

const networkOf = (el: NetreachElement) => el.currentDataset?.network.id;

describe('hardening: runtime changes', () => {
  it('a <netreach-data> replaced by another of the same id, or two swapping ids: widgets follow the one named now', async () => {
    const page = watchPage();
    const container = document.createElement('div');
    container.style.width = '480px';
    document.body.append(container);
    try {
      const first = mount('netreach-data', { id: 'runtime-net', dataset: 'cinvu' }, container);
      const bars = mount('netreach-bars', { provider: 'runtime-net' }, container);
      const map = mount('netreach-map', { compare: 'runtime-net' }, container);
      await settle(bars);
      await settle(map);
      expect(networkOf(bars)).to.equal('cinvu');
      // A page that renders its provider again: the old element goes, a new one with the same id comes.
      first.remove();
      const second = mount('netreach-data', { id: 'runtime-net', dataset: 'silk-road' }, container);
      await waitUntil(
        () => networkOf(bars) === 'silk-road' && bars.state === 'ready',
        () => `still shows ${networkOf(bars)}`,
      );
      await waitUntil(
        () => (map as unknown as { compared: { dataset?: { network: { id: string } } } }).compared.dataset?.network.id === 'silk-road',
        'the map still compares with the removed provider',
      );
      // Two providers swapping ids: the widget follows the one its `provider` names now.
      const other = mount('netreach-data', { id: 'runtime-other', dataset: 'al-mustafa' }, container);
      other.id = 'runtime-net';
      second.id = 'runtime-other';
      await waitUntil(
        () => networkOf(bars) === 'al-mustafa' && bars.state === 'ready',
        () => `still shows ${networkOf(bars)}`,
      );
      // Gone with none in its place: the error a missing provider is, not the last one's data.
      other.remove();
      await waitUntil(
        () => bars.state === 'error',
        () => `state ${bars.state}, ${networkOf(bars)}`,
      );
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.stop();
      container.remove();
    }
  });
});
