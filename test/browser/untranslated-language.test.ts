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

  // The dataset's own names in that language (`names.de`, `labels.de`) are not drawn: they would sit in English
  // sentences and accessible names that cannot say part of themselves is German (docs/LANGUAGES.md). A language
  // netreach writes draws its own (`names.fr`).
  it('draws the dataset’s English names, not the ones it gives in that language; its own languages’ names it draws', async () => {
    const data = {
      version: 1,
      network: { id: 'n', name: 'Northern Network', names: { de: 'Nordnetz', fr: 'Réseau du Nord' } },
      regions: [{ id: 'a', name: 'Eastlands', names: { de: 'Ostland', fr: 'Terres de l’Est' } }],
      metrics: [{ id: 'unis', label: 'Campuses', labels: { de: 'Hochschulstandorte', fr: 'Campus universitaires' } }],
      members: [
        { country: 'PAK', region: 'a', values: { unis: 10 } },
        { country: 'IRN', region: 'a', values: { unis: 30 } },
      ],
      sources: [{ id: 's', title: 'Report', publisher: 'Publisher', url: 'https://example.org/report' }],
    };
    const drawn = async (lang: string) => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 600px" lang=${lang}>
        <netreach-table .data=${data}></netreach-table><netreach-bars .data=${data} metric="unis"></netreach-bars>
      </div>`);
      const widgets = [...wrapper.children] as (NetreachElement & { toSVG(): Promise<string> })[];
      await waitUntil(
        () => widgets.every((el) => el.state === 'ready'),
        () => `the ${lang} widgets never drew`,
      );
      const labels = (el: Element) => [...el.shadowRoot!.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
      return (await Promise.all(widgets.map(async (el) => [el.shadowRoot!.textContent!, ...labels(el), await el.toSVG()].join('\n')))).join(
        '\n',
      );
    };
    const german = await drawn('de');
    expect(german).to.include('Northern Network').and.to.include('Eastlands').and.to.include('Campuses');
    expect(german).not.to.match(/Nordnetz|Ostland|Hochschulstandorte/);
    const french = await drawn('fr');
    expect(french).to.include('Réseau du Nord').and.to.include('Terres de l’Est').and.to.include('Campus universitaires');
  });
});
