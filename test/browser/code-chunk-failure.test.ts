/**
 * A widget whose drawing code is a chunk of its own (the KPI tile's, the regions', the trend's, the table's, the
 * map's, the dashboard's) when that chunk cannot be loaded (offline, a deploy that replaced the files): the widget
 * ends in `state="error"` with an `unknown` error that says why, and asks again when it is connected again
 * (CodeController; LazyModule forgets a failed load). A page of its own: no widget here has loaded its chunk before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import type { LazyModule } from '../../src/core/lazy.js';
import { REGIONS_CODE } from '../../src/regions/regions.code.js';
import { STAT_CODE } from '../../src/stat/stat.code.js';
import { waitUntil } from '../helpers/wait.js';

/** Makes `code`'s next loads fail as an unreachable chunk's import does, until the returned function restores it. */
function failing(code: LazyModule<unknown>): () => void {
  const module = code as unknown as { importer: () => Promise<unknown> };
  const importer = module.importer;
  module.importer = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /chunks/x.js'));
  return () => (module.importer = importer);
}

describe('a widget whose code chunk cannot be loaded', () => {
  for (const [tag, code] of [
    ['netreach-stat', STAT_CODE],
    ['netreach-regions', REGIONS_CODE],
  ] as const) {
    it(`<${tag}> shows an error that says so, and draws once connected again with the chunk reachable`, async () => {
      const restore = failing(code);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
      const errors: { code: string; message: string }[] = [];
      wrapper.addEventListener('netreach-error', (event) => errors.push((event as CustomEvent<{ code: string; message: string }>).detail));
      const el = document.createElement(tag) as NetreachElement;
      try {
        wrapper.append(el);
        await waitUntil(() => el.state === 'error', `${tag} never showed the error`);
        expect(errors.map((error) => error.code)).to.deep.equal(['unknown']);
        expect(errors[0]!.message).to.contain('Failed to fetch dynamically imported module');
        expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal(errors[0]!.message);
      } finally {
        restore();
      }
      el.remove();
      wrapper.append(el);
      await waitUntil(() => el.state === 'ready', `${tag} never drew once its chunk was reachable`);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    });
  }
});
