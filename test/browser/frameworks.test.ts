// Attributes as React 19 and Vue 3 write them: on a custom element, both set a property of that name where the
// element has one (`name in element`), and the attribute otherwise. `dataset="silk-road"` met HTMLElement's read-only
// `dataset` (the `data-*` map): React threw "Cannot set property dataset … which has only a getter" and drew nothing.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { WIDGETS, widgetOptions, widgetTag } from '../../src/widget-options.js';
import type { NetreachStat } from '../../src/stat/stat.js';
import type { NetreachData } from '../../src/data-provider/data-provider.js';
import { waitUntil } from '../helpers/wait.js';

/** What React 19 and Vue do with `name="value"` on a custom element. */
function setAsFrameworks(element: Element, name: string, value: string): void {
  if (name in element) (element as unknown as Record<string, unknown>)[name] = value;
  else element.setAttribute(name, value);
}

/** A value each option takes: an enumeration's last value, else its example or a plain one. */
const sample = (spec: { type: string; values?: readonly string[]; example?: string }) =>
  spec.values?.at(-1) ?? spec.example ?? (spec.type === 'number' ? '3' : spec.type === 'boolean' ? '' : 'x');

describe('attributes set as React 19 and Vue set them', () => {
  it('every widget option a framework sets as a property lands on the element as its attribute would', () => {
    const missed: string[] = [];
    for (const widget of WIDGETS) {
      const element = document.createElement(widgetTag(widget));
      for (const spec of widgetOptions(widget)!) {
        if (spec.readOnly || !(spec.attribute in element) || spec.type === 'boolean') continue;
        const value = sample(spec);
        try {
          setAsFrameworks(element, spec.attribute, value);
        } catch (error) {
          missed.push(`${widget} ${spec.attribute}: ${(error as Error).message}`);
          continue;
        }
        const property = spec.native ? spec.attribute : spec.property;
        const read = (element as unknown as Record<string, unknown>)[property];
        if (String(read) !== value) missed.push(`${widget} ${spec.attribute}="${value}" read back as ${String(read)}`);
      }
    }
    expect(missed).to.deep.equal([]);
  });

  it('dataset="silk-road" set as a property draws Silk Road; the data-* map still reads', async () => {
    const root = await fixture(html`<div></div>`);
    const stat = document.createElement('netreach-stat') as NetreachStat;
    const provider = document.createElement('netreach-data') as NetreachData;
    setAsFrameworks(stat, 'dataset', 'silk-road');
    setAsFrameworks(provider, 'dataset', 'al-mustafa');
    const inner = document.createElement('netreach-stat') as NetreachStat;
    provider.append(inner);
    root.append(stat, provider);
    await waitUntil(() => stat.state === 'ready' && inner.state === 'ready', 'not drawn');
    expect(stat.getAttribute('dataset')).to.equal('silk-road');
    expect(stat.currentDataset?.network.id).to.equal('silk-road');
    expect(inner.currentDataset?.network.id).to.equal('al-mustafa');
    stat.setAttribute('data-tracking', 'kpi');
    expect(stat.dataset.tracking).to.equal('kpi');
    expect(provider.dataset).to.be.instanceOf(DOMStringMap);
  });
});
