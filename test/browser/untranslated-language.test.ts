/**
 * A page in a language netreach has no words in (`lang="de"`) gets English throughout: the words, and what is
 * formed around them — lists' "and", plurals, numbers — and the `lang` the widget and its file say they are in.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { waitUntil } from '../helpers/wait.js';

async function table(lang: string): Promise<NetreachElement & { toSVG(): Promise<string> }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px"><netreach-table lang=${lang}></netreach-table></div>`);
  const el = wrapper.firstElementChild as NetreachElement & { toSVG(): Promise<string> };
  await waitUntil(
    () => el.state === 'ready',
    () => `the ${lang} table never drew (was ${el.state})`,
  );
  return el;
}

const frameLang = (el: NetreachElement) => el.shadowRoot!.querySelector('.frame')!.getAttribute('lang');

describe('a language netreach has no words in', () => {
  it('joins, counts and labels English text in English, on the page and in the file', async () => {
    const el = await table('de');
    expect(frameLang(el)).to.equal('en');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.include('Virtual students and Universities with digital divisions');
    expect(text).not.to.include(' und ');
    const svg = await el.toSVG();
    expect(svg).to.include('xml:lang="en"');
    expect(svg).to.include('Virtual students and Universities');
    expect(svg).not.to.include(' und ');
  });

  it('keeps its own languages’ tags (Chinese, Urdu, Bengali, British English)', async () => {
    for (const lang of ['zh', 'ur', 'bn', 'en-GB']) {
      const el = await table(lang);
      expect(frameLang(el), lang).to.equal(lang);
      expect(await el.toSVG(), lang).to.include(`xml:lang="${lang}"`);
    }
  });
});
