/**
 * A value an option refuses on a page of the built dist/netreach.js: the words that say why (`is not one of menu,
 * none`) are not in what every page loads up front but in the on-demand chunk (src/core/option-text.ts, re-exported
 * by src/base/on-demand.ts), which the element loads to say them. The widget draws as if the value were absent
 * either way; without the chunk (blocked, as a network error would fail it), the console names the value alone.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { builtPage, consoleOf } from '../helpers/built-page.js';
import { waitUntil } from '../helpers/wait.js';

/** `<netreach-bars limit="ten" controls="hidden" sort="size">` on a built page: what its console was told. */
async function refusedOnBuiltPage(blocked: boolean): Promise<{ said: string[]; bars: number }> {
  await executeServerCommand('block-urls', { urls: blocked ? ['*/dist/chunks/on-demand-*'] : [] });
  const { frame, doc, win } = await builtPage();
  try {
    const said = consoleOf(win);
    const el = doc.createElement('netreach-bars') as NetreachElement;
    for (const [name, value] of [
      ['limit', 'ten'],
      ['controls', 'hidden'],
      ['sort', 'size'],
    ])
      el.setAttribute(name!, value!);
    doc.body.append(el);
    await waitUntil(
      () => el.state === 'ready',
      () => `never drew (was ${el.state})`,
    );
    const ours = () => said.filter((line) => line.startsWith('netreach: <netreach-bars> ignored'));
    await waitUntil(
      () => ours().length >= 3,
      () => `said ${said.join(' | ')}`,
    );
    // Drawn as if absent: no limit (every region's bar), the menu button.
    const bars = el.shadowRoot!.querySelectorAll('[role="option"]').length;
    expect(el.shadowRoot!.querySelector('[part~="menu-button"]') !== null, 'menu button').to.equal(true);
    return { said: ours(), bars };
  } finally {
    frame.remove();
    await executeServerCommand('block-urls', { urls: [] });
  }
}

describe('a refused option value on a built page', () => {
  it('is said without its words in what every page loads up front', async () => {
    const bundle = await (await fetch('/dist/netreach.js')).text();
    for (const words of ['is not one of', 'is not a switch', 'a whole number', 'relative URL', 'is not a language tag'])
      expect(bundle.includes(words), words).to.equal(false);
  });

  it('is said with why, in the on-demand chunk’s words, once it is here', async () => {
    const { said, bars } = await refusedOnBuiltPage(false);
    expect(said).to.have.members([
      'netreach: <netreach-bars> ignored limit: "ten" is not a whole number, 0 or more',
      'netreach: <netreach-bars> ignored controls: "hidden" is not one of menu, none',
      'netreach: <netreach-bars> ignored sort: "size" is not one of value, name, none',
    ]);
    expect(bars).to.be.greaterThan(1);
  });

  it('is still said, the value alone, when the on-demand chunk cannot load', async () => {
    const { said } = await refusedOnBuiltPage(true);
    expect(said).to.have.members([
      'netreach: <netreach-bars> ignored limit: "ten"',
      'netreach: <netreach-bars> ignored controls: "hidden"',
      'netreach: <netreach-bars> ignored sort: "size"',
    ]);
  });
});
