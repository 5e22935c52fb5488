import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type Reveal from 'reveal.js';
import '../../src/index.js';
import { connectReveal } from '../../src/presenter/reveal.js';
import type { NetreachMap } from '../../src/map/map.js';
import type { NetreachBars } from '../../src/bars/bars.js';
import { waitUntil } from '../helpers/wait.js';
import { embeddedDeck } from '../helpers/deck.js';

/**
 * A deck that takes the keyboard, as a presenter's does (reveal.js listens on the document): a key a widget uses —
 * the arrows, Home and End moving focus among its items, Enter or Space choosing one, Escape clearing the choice — is
 * the widget's alone, and does not move the deck too (a fragment stepped, the slide left, the overview opened); a
 * key with focus outside the widgets is the deck's.
 */
describe('keys in a reveal.js deck that takes the keyboard', () => {
  let host: HTMLDivElement;
  let deck: InstanceType<typeof Reveal>;
  let disconnect: () => void;
  const widget = <T extends HTMLElement>(name: string) => host.querySelector<T>(name)!;
  /** The id of the item that has focus in `el`, '' for none. */
  const focusedItem = (el: Element) => el.shadowRoot!.activeElement?.getAttribute('data-item') ?? '';
  const where = () => JSON.stringify(deck.getIndices()) + (deck.isOverview() ? ' overview' : '');

  before(async () => {
    host = document.createElement('div');
    host.style.cssText = 'width: 640px; height: 360px; position: relative';
    render(
      html`<div class="reveal"><div class="slides">
      <section>
        <netreach-map step="0" style="width: 1000px"></netreach-map>
        <span class="fragment" data-netreach-step="1">1</span>
        <span class="fragment" data-netreach-step="2">2</span>
      </section>
      <section><netreach-bars style="width: 1000px"></netreach-bars></section>
      <section><p>Last</p></section>
    </div></div>`,
      host,
    );
    document.body.append(host);
    disconnect = connectReveal();
    deck = await embeddedDeck(host.querySelector<HTMLElement>('.reveal')!);
  });

  after(() => {
    disconnect();
    deck.destroy();
    host.remove();
  });

  it('moves focus among the map’s members with the arrows, and leaves the deck’s fragments as they were', async () => {
    deck.slide(0, 0, -1);
    const map = widget<NetreachMap>('netreach-map');
    await waitUntil(() => map.state === 'ready' && map.shadowRoot!.querySelector('[data-item][tabindex="0"]'), 'no map');
    map.shadowRoot!.querySelector<HTMLElement>('[data-item][tabindex="0"]')!.focus();
    const before = where();
    const first = focusedItem(map);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'End', 'Home']) await sendKeys({ press: key });
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedItem(map)).to.not.equal(first);
    expect(where()).to.equal(before);
  });

  it('chooses a bar with Space and clears it with Escape, and the deck neither moves on nor opens its overview', async () => {
    deck.slide(1);
    const bars = widget<NetreachBars>('netreach-bars');
    await waitUntil(() => bars.state === 'ready' && bars.shadowRoot!.querySelector('[data-item][tabindex="0"]'), 'no bars');
    bars.shadowRoot!.querySelector<HTMLElement>('[data-item][tabindex="0"]')!.focus();
    const first = focusedItem(bars);
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedItem(bars)).to.not.equal(first);
    expect(where()).to.equal('{"h":1,"v":0}');
    await sendKeys({ press: 'Space' });
    await bars.updateComplete;
    expect(String(bars.selected)).to.equal(focusedItem(bars));
    expect(where()).to.equal('{"h":1,"v":0}');
    await sendKeys({ press: 'Escape' });
    await bars.updateComplete;
    expect(String(bars.selected)).to.equal('undefined');
    expect(where()).to.equal('{"h":1,"v":0}');
  });

  it('opens the widget menu and moves through it with the arrows, the deck staying on its slide', async () => {
    deck.slide(1);
    const bars = widget<NetreachBars>('netreach-bars');
    await waitUntil(() => bars.state === 'ready', 'no bars');
    bars.shadowRoot!.querySelector<HTMLElement>('[part~="menu-button"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => bars.shadowRoot!.activeElement?.closest('[part~="menu"]'), 'the menu did not open');
    const first = bars.shadowRoot!.activeElement!.textContent;
    await sendKeys({ press: 'ArrowDown' });
    expect(bars.shadowRoot!.activeElement!.textContent).to.not.equal(first);
    await sendKeys({ press: 'ArrowUp' });
    expect(bars.shadowRoot!.activeElement!.textContent).to.equal(first);
    expect(where()).to.equal('{"h":1,"v":0}');
    await sendKeys({ press: 'Escape' });
    expect(where()).to.equal('{"h":1,"v":0}');
  });

  it('leaves the arrows to the deck when focus is outside the widgets', async () => {
    deck.slide(1);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'ArrowRight' });
    expect(where()).to.equal('{"h":2,"v":0}');
  });
});
