/**
 * A member university's page, as the README's "For member universities" tells it to write one: its language on
 * `<html lang>` (here a wrapper's), its own country highlighted on the map and chosen in the table. Checked from
 * the thirty-seventh session's review as six members' webmasters (Türkiye, Senegal, Malaysia, Pakistan in Urdu,
 * Indonesia, Azerbaijan).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachTable } from '../../src/table/table.js';
import { waitUntil } from '../helpers/wait.js';

const MEMBERS: [lang: string, code: string][] = [
  ['tr', 'TUR'],
  ['fr', 'SEN'],
  ['ms', 'MYS'],
  ['ur', 'PAK'],
  ['id', 'IDN'],
  ['az', 'AZE'],
];

/** The own country's accessible name on the map, as its language writes "Emphasised on the map: …". */
const EMPHASISED: Record<string, string> = {
  tr: 'Haritada vurgulanan: Türkiye, Asya ve Okyanusya.',
  fr: 'Mis en évidence sur la carte\u00a0: Sénégal, Afrique et monde arabe.',
  ms: 'Ditonjolkan pada peta: Malaysia, Asia dan Oceania.',
  ur: 'نقشے پر نمایاں: پاکستان، ایشیا اور اوشیانا۔',
  id: 'Disorot di peta: Indonesia, Asia dan Oseania.',
  az: 'Xəritədə vurğulanan: Azərbaycan, Asiya və Okeaniya.',
};

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('a member university’s page', () => {
  for (const [lang, code] of MEMBERS) {
    it(`${lang}: the table's row of its own country (${code}) is in view in the table's scroll box, the page not scrolled`, async () => {
      // Below a screenful of the page's own text, as on a real page: the table must not scroll the page to itself.
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang} style="width: 720px"><p style="height: 120vh">…</p><netreach-table selected=${code}></netreach-table></div>`,
      );
      const el = wrapper.querySelector<NetreachTable>('netreach-table')!;
      await waitUntil(() => el.state === 'ready', `state never became ready (was ${el.state})`);
      await frames();
      await el.updateComplete;
      const box = el.shadowRoot!.querySelector<HTMLElement>('[part="scroll"]')!;
      const row = el.shadowRoot!.querySelector<HTMLElement>(`tr[data-key="${code}"]`)!;
      expect(row.getAttribute('aria-current')).to.equal('true');
      // A scroll box: the 57 members do not fit its 24rem, so some rows are out of view.
      expect(box.scrollHeight).to.be.greaterThan(box.clientHeight);
      const head = box.querySelector('thead')!.getBoundingClientRect();
      const boxRect = box.getBoundingClientRect();
      const rowRect = row.getBoundingClientRect();
      // Under the sticky header, inside the box's bottom edge.
      expect(Math.round(rowRect.top)).to.be.at.least(Math.floor(head.bottom));
      expect(Math.round(rowRect.bottom)).to.be.at.most(Math.ceil(boxRect.top + box.clientTop + box.clientHeight));
      expect(document.scrollingElement!.scrollTop).to.equal(0);
    });
  }

  for (const [lang, code] of MEMBERS) {
    it(`${lang}: the map's own country (${code}), ringed, says it is emphasised in its accessible name; the others do not`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang} style="width: 720px"><netreach-map highlight=${code}></netreach-map></div>`,
      );
      const el = wrapper.querySelector('netreach-map')!;
      await waitUntil(() => el.getAttribute('state') === 'ready', `state never became ready (was ${el.getAttribute('state')})`);
      const members = [...el.shadowRoot!.querySelectorAll('[role="option"][data-item]')];
      const own = members.find((member) => member.getAttribute('data-item') === code)!;
      // Sighted readers see a ring round it; a screen reader arrowing to it hears why.
      expect(own.getAttribute('aria-label')).to.equal(EMPHASISED[lang]);
      const prefix = EMPHASISED[lang]!.slice(0, EMPHASISED[lang]!.indexOf(':'));
      expect(members.filter((member) => member.getAttribute('aria-label')!.includes(prefix)).length).to.equal(1);
      // And in the file, the member's title.
      const file = await (el as unknown as { toSVG(): Promise<string> }).toSVG();
      expect(file).to.include(`<title>${EMPHASISED[lang]}</title>`);
    });
  }

  it('a row the reader chooses by clicking (already in view) does not move', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="tr" style="width: 720px"><netreach-table></netreach-table></div>`);
    const el = wrapper.querySelector<NetreachTable>('netreach-table')!;
    await waitUntil(() => el.state === 'ready', `state never became ready (was ${el.state})`);
    await frames();
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="scroll"]')!;
    box.scrollTop = 100;
    await frames();
    // The row whose top is lowest but still wholly in view.
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')];
    const bottom = box.getBoundingClientRect().top + box.clientHeight;
    const inView = rows.filter((row) => row.getBoundingClientRect().bottom <= bottom).at(-1)!;
    inView.querySelector<HTMLButtonElement>('[part="row-button"]')!.click();
    await el.updateComplete;
    await frames();
    expect(inView.getAttribute('aria-current')).to.equal('true');
    expect(box.scrollTop).to.equal(100);
  });
});
