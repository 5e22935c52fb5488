import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { expectSumSaid, expectUnknownMetricError } from '../helpers/assertions.js';
import type { NetreachTable } from '../../src/table/table.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { waitUntil } from '../helpers/wait.js';
import { textUnderMenuButton } from '../helpers/corner.js';
import { countryOverlap } from '../../src/core/overlap.js';
import { loadBundledDataset } from '../../src/core/default-dataset.js';
import { expectSameFile } from '../helpers/scene-file.js';
import type { Dataset } from '../../src/core/types.js';

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const text = (el: Element, name: string) => part(el, name)?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
const bodyRows = (el: Element) => [...shadow(el).querySelectorAll('tbody tr')];
/** The text of column `index` in every body row. */
const columnText = (el: Element, index: number) => bodyRows(el).map((row) => row.children[index]?.textContent?.trim());
const headers = (el: Element) => [...shadow(el).querySelectorAll('thead th')];
const header = (el: Element, label: string) => headers(el).find((th) => th.textContent?.trim() === label)!;

async function table(template: unknown, state = 'ready'): Promise<NetreachTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 720px">${template}</div>`);
  const el = wrapper.querySelector('netreach-table')!;
  await waitUntil(() => el.state === state, `state never became ${state} (was ${el.state})`);
  // Let the ResizeObserver report the size, and the table measure whether it overflows.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  return el;
}

async function click(el: NetreachTable, label: string): Promise<void> {
  header(el, label).querySelector('button')!.click();
  await el.updateComplete;
}

describe('<netreach-table>', () => {
  it('says that the regions’ sums and their total add up the members’ figures, on screen and in its file', async () => {
    const el = await table(html`<netreach-table .data=${EXAMPLE_NETWORK} of="regions" metrics="universities"></netreach-table>`);
    await expectSumSaid(el, 'The sum of the members’ figures: no total is published.');
  });

  it('lists the 57 CINVU members with their region and the metrics asked for, sorted by name', async () => {
    const el = await table(html`<netreach-table metrics="virtual-students, digital-universities"></netreach-table>`);
    expect(shadow(el).querySelector('table caption')?.textContent?.trim()).to.equal('CINVU: member countries');
    expect(headers(el).map((th) => th.textContent?.trim())).to.deep.equal([
      'Country',
      'Region',
      'Virtual students',
      'Universities with digital divisions',
    ]);
    expect(headers(el).every((th) => th.querySelector('button[type="button"]'))).to.equal(true);
    expect(bodyRows(el)).to.have.length(57);
    expect(columnText(el, 0).slice(0, 3)).to.deep.equal(['Afghanistan', 'Albania', 'Algeria']);
    expect(header(el, 'Country').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(el, 'Region').hasAttribute('aria-sort')).to.equal(false);
    // Row headers name each row; metric cells without figures say so, muted.
    const pakistan = shadow(el).querySelector('tr[data-key="PAK"]')!;
    expect(pakistan.firstElementChild!.localName).to.equal('th');
    expect(pakistan.firstElementChild!.getAttribute('scope')).to.equal('row');
    const noData = pakistan.children[2]!;
    expect(noData.textContent?.trim()).to.equal('No data');
    expect(noData.classList.contains('no-data')).to.equal(true);
    expect(getComputedStyle(noData).color).to.not.equal(getComputedStyle(pakistan.firstElementChild!).color);
    expect(text(el, 'source')).to.match(/^Sources: CINVU \(Public Relations\); National Library/);
    expect(part(el, 'source')!.querySelector('a[href="https://www.oic-oci.org/states/?lan=en"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it("wraps its caption before the menu button's corner", async () => {
    for (const [width, attributes] of [
      [320, { dataset: 'silk-road', of: 'universities', lang: 'en' }],
      [420, { of: 'regions', lang: 'fa' }],
      [320, { dataset: 'al-mustafa', of: 'regions', lang: 'fa' }],
    ] as const) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><netreach-table></netreach-table></div>`);
      const el = wrapper.querySelector('netreach-table')!;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      await waitUntil(() => el.state === 'ready' && el.currentDataset?.network.id === (attributes.dataset ?? 'cinvu'), 'never ready');
      await el.updateComplete;
      const label = `${width} px ${JSON.stringify(attributes)}`;
      expect(text(el, 'caption').length, label).to.be.above(30);
      expect(textUnderMenuButton(shadow(el)), label).to.deep.equal([]);
    }
  });

  it('sorts by a column on click, toggling the direction, and updates aria-sort', async () => {
    const el = await table(html`<netreach-table></netreach-table>`);
    await click(el, 'Country');
    expect(header(el, 'Country').getAttribute('aria-sort')).to.equal('descending');
    expect(columnText(el, 0)[0]).to.equal('Yemen');
    expect(el.getAttribute('sort')).to.equal('-country');
    await click(el, 'Region');
    expect(header(el, 'Region').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(el, 'Country').hasAttribute('aria-sort')).to.equal(false);
    expect(columnText(el, 1)[0]).to.equal('Africa and Arab');
    expect(columnText(el, 1)[56]).to.equal('Europe and America');
    await click(el, 'Region');
    expect(header(el, 'Region').getAttribute('aria-sort')).to.equal('descending');
    expect(columnText(el, 1)[0]).to.equal('Europe and America');
  });

  it('says a sort the reader makes in a polite live region, in its language, not only in aria-sort', async () => {
    const el = await table(html`<netreach-table sort="region"></netreach-table>`);
    const status = () => shadow(el).querySelector('[role="status"]');
    // There before anything is said (a live region added with its text is not heard); the order it was given, unsaid.
    expect(status()?.textContent).to.equal('');
    expect(status()!.getBoundingClientRect().height).to.be.at.most(1);
    await click(el, 'Country');
    expect(status()!.textContent).to.equal('Sorted by Country, ascending');
    await click(el, 'Country');
    expect(status()!.textContent).to.equal('Sorted by Country, descending');
    const persian = await table(html`<netreach-table lang="fa"></netreach-table>`);
    await click(persian, 'منطقه');
    expect(shadow(persian).querySelector('[role="status"]')!.textContent).to.equal('مرتب‌شده بر پایهٔ منطقه، صعودی');
  });

  it('sorts numbers high to low first, with "No data" last both ways', async () => {
    const el = await table(html`<netreach-table .data=${EXAMPLE_NETWORK}></netreach-table>`);
    expect(text(el, 'badge')).to.equal('Illustrative data');
    await click(el, 'Virtual students');
    expect(header(el, 'Virtual students').getAttribute('aria-sort')).to.equal('descending');
    expect(columnText(el, 0).slice(0, 2)).to.deep.equal(['Indonesia', 'Egypt']);
    expect(columnText(el, 4).slice(0, 2)).to.deep.equal(['610,000', '520,000']);
    expect(columnText(el, 4).slice(-2)).to.deep.equal(['No data', 'No data']);
    await click(el, 'Virtual students');
    expect(columnText(el, 4).slice(0, 2)).to.deep.equal(['0', '350']);
    expect(columnText(el, 4).slice(-2)).to.deep.equal(['No data', 'No data']);
    expect(el.rows[0]).to.deep.include({ country: 'Bahrain', 'virtual-students': 0 });
  });

  it('takes its order from the sort attribute', async () => {
    const el = await table(html`<netreach-table sort="-universities" .data=${EXAMPLE_NETWORK}></netreach-table>`);
    expect(header(el, 'Universities').getAttribute('aria-sort')).to.equal('descending');
    expect(columnText(el, 3).slice(0, 3)).to.deep.equal(['48', '41', '35']);
  });

  it('sorts from the keyboard: Tab reaches the header buttons, Enter sorts', async () => {
    const el = await table(html`<netreach-table of="regions"></netreach-table>`);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Region');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Member countries');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header(el, 'Member countries').getAttribute('aria-sort')).to.equal('descending');
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal('Member countries');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(header(el, 'Member countries').getAttribute('aria-sort')).to.equal('ascending');
    expect(columnText(el, 1)).to.deep.equal(['3', '27', '27']);
  });

  it('sums the network by region: 27, 27 and 3 of 57', async () => {
    const el = await table(html`<netreach-table of="regions"></netreach-table>`);
    expect(shadow(el).querySelector('caption')?.textContent?.trim()).to.equal('CINVU: members by region');
    expect(columnText(el, 0)).to.deep.equal(['Asia and Oceania', 'Africa and Arab', 'Europe and America']);
    expect(columnText(el, 1)).to.deep.equal(['27', '27', '3']);
    expect(columnText(el, 2)).to.deep.equal(['47%', '47%', '5%']);
    expect(headers(el).some((th) => th.hasAttribute('aria-sort'))).to.equal(false);
    const footer = [...shadow(el).querySelectorAll('tfoot tr > *')].map((cell) => cell.textContent?.trim());
    expect(footer.slice(0, 3)).to.deep.equal(['Total', '57', '100%']);
    // A short table neither scrolls nor becomes a tab stop of its own.
    expect(part(el, 'scroll')!.hasAttribute('tabindex')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('marks the row a selected=" tur " names (any case, spaces around it), and a click on it unmarks it', async () => {
    const el = await table(html`<netreach-table selected=" tur "></netreach-table>`);
    const row = (key: string) => bodyRows(el).find((each) => each.getAttribute('data-key') === key)!;
    expect(row('TUR').getAttribute('aria-current')).to.equal('true');
    // Tabbing in lands on it, as on a row the page chose in the data's spelling.
    expect(row('TUR').querySelector('[part="row-button"]')!.getAttribute('tabindex')).to.equal('0');
    expect(el.selected).to.equal(' tur ');
    const events: unknown[] = [];
    el.addEventListener('netreach-select', (event) => events.push((event as CustomEvent).detail));
    row('TUR').querySelector<HTMLButtonElement>('[part="row-button"]')!.click();
    await el.updateComplete;
    // Unmarked: said with null, so that a page keeping `country = event.detail.country` stays true.
    expect(events).to.deep.equal([{ country: null }]);
    expect(el.selected).to.equal(null);
    expect(row('TUR').hasAttribute('aria-current')).to.equal(false);
  });

  it('chooses a member or a region by its name: netreach-select, the row marked, chosen again unmarked', async () => {
    const el = await table(html`<netreach-table></netreach-table>`);
    const events: unknown[] = [];
    el.addEventListener('netreach-select', (event) => events.push((event as CustomEvent).detail));
    const row = (key: string) => bodyRows(el).find((each) => each.getAttribute('data-key') === key)!;
    const name = (key: string) => row(key).querySelector<HTMLButtonElement>('[part="row-button"]')!;
    name('PAK').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(events).to.deep.equal([{ country: 'PAK' }]);
    expect(el.selected).to.equal('PAK');
    expect(row('PAK').getAttribute('aria-current')).to.equal('true');
    expect(name('PAK').getAttribute('aria-pressed')).to.equal('true');
    name('PAK').click();
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(row('PAK').hasAttribute('aria-current')).to.equal(false);
    await expect(el).to.be.accessible();

    const regions = await table(html`<netreach-table of="regions"></netreach-table>`);
    const picked: unknown[] = [];
    regions.addEventListener('netreach-select', (event) => picked.push((event as CustomEvent).detail));
    bodyRows(regions)[1]!.querySelector<HTMLButtonElement>('[part="row-button"]')!.click();
    expect(picked).to.deep.equal([{ region: 'africa-and-arab' }]);
    // University names link to the university instead.
    const universities = await table(html`<netreach-table of="universities"></netreach-table>`);
    expect(shadow(universities).querySelector('[part="row-button"]')).to.equal(null);
  });

  it("is a few tab stops, not one per row: the sort buttons, then the rows' names as one, moved through with the arrows", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 720px"><button>before</button><netreach-table></netreach-table><button>after</button></div>`,
    );
    const el = wrapper.querySelector('netreach-table')!;
    await waitUntil(() => el.state === 'ready', 'the table never became ready');
    const box = part(el, 'scroll') as HTMLElement;
    await waitUntil(() => box.getAttribute('tabindex') === '0', 'the scroll box never became focusable');
    const active = () => shadow(el).activeElement;
    const stops: string[] = [];
    wrapper.querySelector('button')!.focus();
    for (let i = 0; i < 100; i += 1) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement !== el) break;
      stops.push(`${active()!.getAttribute('part')} ${active()!.getAttribute('aria-label') ?? active()!.textContent!.trim()}`);
    }
    // Every member's name was a stop of its own: 63 stops between the two buttons, 57 of them names.
    expect(stops.filter((stop) => stop.startsWith('row-button'))).to.deep.equal(['row-button Afghanistan']);
    expect(stops.slice(0, 4)).to.deep.equal([
      'scroll CINVU: member countries',
      'sort-button Country',
      'sort-button Region',
      'row-button Afghanistan',
    ]);
    expect(stops.length).to.be.below(10);
    // Up and Down move between the rows, Home and End to the first and last; Left and Right are the box's (it scrolls).
    const name = (key: string) => shadow(el).querySelector<HTMLButtonElement>(`tr[data-key="${key}"] [part="row-button"]`)!;
    name('AFG').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(active()?.textContent).to.equal('Albania');
    await sendKeys({ press: 'ArrowRight' });
    expect(active()?.textContent).to.equal('Albania');
    await sendKeys({ press: 'End' });
    const last = bodyRows(el).at(-1)!.querySelector('[part="row-button"]')!;
    expect(active()).to.equal(last);
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal(last);
    await sendKeys({ press: 'Home' });
    expect(active()?.textContent).to.equal('Afghanistan');
    // Up to a row scrolled under the sticky header brings it out from behind the header.
    const row = (key: string) => shadow(el).querySelector(`tr[data-key="${key}"]`)!;
    box.scrollTop += row('IRN').getBoundingClientRect().top - box.getBoundingClientRect().top;
    name('IRQ').focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(active()?.textContent).to.equal('Iran');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const headerBottom = shadow(el).querySelector('thead th')!.getBoundingClientRect().bottom;
    expect(row('IRN').getBoundingClientRect().top, 'Iran under the header').to.be.at.least(headerBottom - 1);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(active()?.textContent).to.equal('Algeria');
    // The tab stop stays where the reader left it: Shift+Tab back from the sources lands on Algeria.
    expect(name('DZA').tabIndex).to.equal(0);
    expect(name('AFG').tabIndex).to.equal(-1);
    expect(shadow(el).querySelectorAll('[part="row-button"][tabindex="0"]')).to.have.length(1);
    // Enter chooses, once (the button's own click is not a second choice, which would unmark it); Escape clears.
    const events: unknown[] = [];
    el.addEventListener('netreach-select', (event) => events.push((event as CustomEvent).detail));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(events).to.deep.equal([{ country: 'DZA' }]);
    expect(el.selected).to.equal('DZA');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(events).to.deep.equal([{ country: 'DZA' }, { country: null }]);
    expect(el.selected ?? null).to.equal(null);
    expect(shadow(el).querySelector('[aria-current]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("gives the tab stop to the chosen row when the page chooses it (a dashboard's map)", async () => {
    const el = await table(html`<netreach-table of="regions"></netreach-table>`);
    const buttons = () => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="row-button"]')];
    expect(buttons().map((button) => button.tabIndex)).to.deep.equal([0, -1, -1]);
    el.selected = 'europe-and-america';
    await el.updateComplete;
    expect(buttons().map((button) => button.tabIndex)).to.deep.equal([-1, -1, 0]);
    // A click moves it too, and chooses the region (a region's id, not a country).
    const events: unknown[] = [];
    el.addEventListener('netreach-select', (event) => events.push((event as CustomEvent).detail));
    buttons()[1]!.click();
    await el.updateComplete;
    expect(events).to.deep.equal([{ region: 'africa-and-arab' }]);
    expect(buttons().map((button) => button.tabIndex)).to.deep.equal([-1, 0, -1]);
  });

  it("shows View data (toggleDataView()) in its own words: its headers and cells, not its CSV's keys and codes", async () => {
    const el = await table(html`<netreach-table metrics="virtual-students"></netreach-table>`);
    const view = () => part(el, 'data-view');
    const own = headers(el).map((th) => th.textContent!.trim());
    el.toggleDataView();
    await el.updateComplete;
    await waitUntil(() => view()?.querySelector('table'), 'View data never showed');
    const cells = (row: Element) => [...row.children].map((cell) => cell.textContent!.trim());
    // Its headers were "code", "Member countries", "Regions": the CSV's key, and the map's words for the others.
    expect(cells(view()!.querySelector('thead tr')!)).to.deep.equal(own);
    expect(cells(view()!.querySelector('thead tr')!)).to.deep.equal(['Country', 'Region', 'Virtual students']);
    // Its rows began with "AFG".
    const rows = [...view()!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(57);
    expect(cells(rows[0]!)).to.deep.equal(['Afghanistan', 'Asia and Oceania', 'No data']);
    expect(view()!.querySelector('caption')!.textContent!.trim()).to.equal('CINVU: member countries');
    expect(view()!.textContent).to.not.contain('AFG');
    // Focus moved to it, and Escape closes it, focus back on the menu button, as in the other widgets.
    expect(shadow(el).activeElement).to.equal(view());
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(view()).to.equal(null);
    expect(shadow(el).activeElement).to.equal(part(el, 'menu-button'));

    // The regions' table with its total, in its order, in Persian words and digits.
    const regions = await table(html`<netreach-table of="regions" sort="-members" lang="fa"></netreach-table>`);
    regions.toggleDataView();
    await regions.updateComplete;
    await waitUntil(() => part(regions, 'data-view')?.querySelector('table'), 'View data never showed');
    const regionRows = [...part(regions, 'data-view')!.querySelectorAll('tr')].map(cells);
    const shown = [...shadow(regions).querySelectorAll('[part="scroll"] tr')].map(cells);
    expect(regionRows).to.deep.equal(shown);
    expect(regionRows.at(-1)!.slice(1)).to.deep.equal(['۵۷', '۱۰۰٪']);
  });

  it('lists the universities, without the cities and sites no cited source gives', async () => {
    const el = await table(html`<netreach-table of="universities"></netreach-table>`);
    expect(headers(el).map((th) => th.textContent?.trim())).to.deep.equal(['University', 'Country']);
    expect(bodyRows(el)).to.have.length(5);
    expect(shadow(el).querySelectorAll('tbody a')).to.have.length(0);
    expect(text(el, 'source')).to.equal('Source: CINVU (Public Relations)');
    await expect(el).to.be.accessible();
  });

  it('links universities to their web address where they have one', async () => {
    const data = {
      version: 1,
      network: { id: 'n', name: 'Network' },
      members: [{ country: 'TUR' }, { country: 'PAK' }],
      universities: [
        { name: 'A University', country: 'TUR', city: 'İzmir', url: 'https://a.example', source: 's' },
        { name: 'B University', country: 'PAK', url: 'https://b.example', source: 's' },
        { name: 'C University', country: 'PAK', source: 's' },
      ],
      sources: [{ id: 's', title: 'Report', publisher: 'Publisher' }],
    };
    const el = await table(html`<netreach-table of="universities" .data=${data}></netreach-table>`);
    expect(headers(el).map((th) => th.textContent?.trim())).to.deep.equal(['University', 'Country', 'City']);
    const links = [...shadow(el).querySelectorAll('tbody a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['https://a.example', 'https://b.example']);
    expect(links.every((link) => link.getAttribute('rel') === 'noopener noreferrer')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("makes the universities' linked names one tab stop, Up and Down between them, Enter following the link", async () => {
    const data = {
      version: 1,
      network: { id: 'n', name: 'Network' },
      members: [{ country: 'TUR' }, { country: 'PAK' }],
      universities: Array.from({ length: 40 }, (_, index) => ({
        name: `University ${String(index).padStart(2, '0')}`,
        country: index % 2 ? 'TUR' : 'PAK',
        // The first has no address: its name is text, and the stop is the first link's.
        ...(index === 0 ? {} : { url: `https://u${index}.example/` }),
        source: 's',
      })),
      sources: [{ id: 's', title: 'Report', publisher: 'Publisher' }],
    };
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 720px"><button>before</button><netreach-table of="universities" .data=${data}></netreach-table></div>`,
    );
    const el = wrapper.querySelector('netreach-table')!;
    await waitUntil(() => el.state === 'ready', 'the table never became ready');
    await el.updateComplete;
    const active = () => shadow(el).activeElement;
    const stops: string[] = [];
    wrapper.querySelector('button')!.focus();
    for (let i = 0; i < 60; i += 1) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement !== el) break;
      stops.push(`${active()!.localName} ${active()!.textContent!.trim()}`);
    }
    // Every linked name was a stop of its own: 39 here, up to 2,000 in a long table.
    expect(stops.filter((stop) => stop.startsWith('a '))).to.deep.equal(['a University 01']);
    const link = (name: string) =>
      [...shadow(el).querySelectorAll<HTMLAnchorElement>('tbody a')].find((each) => each.textContent === name)!;
    link('University 01').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(active()).to.equal(link('University 02'));
    await sendKeys({ press: 'End' });
    expect(active()).to.equal(link('University 39'));
    await sendKeys({ press: 'Home' });
    expect(active()).to.equal(link('University 01'));
    await sendKeys({ press: 'ArrowDown' });
    expect(link('University 02').tabIndex).to.equal(0);
    expect(shadow(el).querySelectorAll('tbody a[tabindex="0"]')).to.have.length(1);
    // Enter is the link's: the browser follows it (held here, so that no tab opens), and nothing is chosen.
    const followed: string[] = [];
    const selects: unknown[] = [];
    const hold = (event: Event) => {
      followed.push((event.target as HTMLAnchorElement).href);
      event.preventDefault();
    };
    shadow(el).addEventListener('click', hold);
    el.addEventListener('netreach-select', (event) => selects.push((event as CustomEvent).detail));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    shadow(el).removeEventListener('click', hold);
    expect(followed).to.deep.equal(['https://u2.example/']);
    expect(selects).to.deep.equal([]);
    expect(el.selected ?? null).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('scrolls long tables under a sticky header, in a keyboard-scrollable named region', async () => {
    const el = await table(html`<netreach-table></netreach-table>`);
    const box = part(el, 'scroll') as HTMLElement;
    await waitUntil(() => box.getAttribute('tabindex') === '0', 'the scroll box never became focusable');
    expect(box.getAttribute('role')).to.equal('region');
    expect(box.getAttribute('aria-label')).to.equal('CINVU: member countries');
    expect(box.scrollHeight).to.be.greaterThan(box.clientHeight);
    const th = header(el, 'Country');
    const before = th.getBoundingClientRect().top;
    box.scrollTop = 400;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle(th).position).to.equal('sticky');
    expect(Math.abs(th.getBoundingClientRect().top - before)).to.be.lessThan(60);
    expect(th.getBoundingClientRect().top).to.be.at.least(box.getBoundingClientRect().top - 1);
  });

  it('brings a row focused by Up out from under a header of several lines (Arabic, a narrow box)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 330px"><netreach-table lang="ar" metrics="virtual-students, digital-universities"></netreach-table></div>`,
    );
    const el = wrapper.querySelector('netreach-table')!;
    await waitUntil(() => el.state === 'ready', `state never became ready (was ${el.state})`);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = part(el, 'scroll') as HTMLElement;
    const head = () => shadow(el).querySelector('thead th')!.getBoundingClientRect();
    const size = parseFloat(getComputedStyle(box).fontSize);
    const rows = bodyRows(el);
    const name = (index: number) => rows[index]!.querySelector<HTMLButtonElement>('[part="row-button"]')!;
    name(6).focus();
    // The sixth row's name 20 px under the header, yet below the 3.5em the box once kept clear above a focused row:
    // focusing it scrolled nothing and left it under the header.
    box.scrollTop += name(5).getBoundingClientRect().top - (head().bottom - 20);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const top = box.getBoundingClientRect().top + box.clientTop;
    expect(name(5).getBoundingClientRect().top - top, 'the name placed').to.be.above(3.5 * size);
    await sendKeys({ press: 'ArrowUp' });
    expect(shadow(el).activeElement === name(5), 'the sixth row focused').to.equal(true);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(name(5).getBoundingClientRect().top, 'the name under the header').to.be.at.least(head().bottom - 1);
  });

  it('makes each row’s name a target at least 24 px tall, rows no taller for it', async () => {
    const el = await table(html`<netreach-table></netreach-table>`);
    const button = shadow(el).querySelector('[part="row-button"]')!;
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
    // Its row: as tall as a row of plain text (a cell's padding around one line), not pushed apart by the target.
    const cell = bodyRows(el)[0]!.children[1]!;
    expect(bodyRows(el)[0]!.getBoundingClientRect().height).to.be.at.most(cell.getBoundingClientRect().height + 0.5);
    const plain = parseFloat(getComputedStyle(cell).paddingTop) * 2 + parseFloat(getComputedStyle(cell).lineHeight) + 1;
    expect(bodyRows(el)[0]!.getBoundingClientRect().height).to.be.at.most(plain + 0.5);
  });

  it('is no scroll region, and no tab stop, when the table fits its box', async () => {
    const el = await table(html`<netreach-table of="regions"></netreach-table>`);
    await el.updateComplete;
    const box = part(el, 'scroll') as HTMLElement;
    expect(box.scrollHeight).to.be.at.most(box.clientHeight + 1);
    expect(box.hasAttribute('tabindex')).to.equal(false);
    expect(box.hasAttribute('role')).to.equal(false);
    expect(box.hasAttribute('aria-label')).to.equal(false);
  });

  it('fits a phone: the regions, their members and share in 330 px without scrolling sideways, compact', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 330px"><netreach-table of="regions"></netreach-table></div>`);
    const el = wrapper.querySelector('netreach-table')!;
    await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('.compact'), 'the table never became compact');
    await el.updateComplete;
    const box = part(el, 'scroll') as HTMLElement;
    // 8 em names and full padding made it 347 px wide in a 309 px box.
    expect(box.scrollWidth, 'the table scrolls sideways').to.be.at.most(box.clientWidth);
    expect(box.hasAttribute('tabindex'), 'a scroll region').to.equal(false);
    // Wide, the table keeps its padding.
    wrapper.style.width = '720px';
    await waitUntil(() => !el.shadowRoot!.querySelector('.compact'), 'the table stayed compact at 720 px');
  });

  it('fits a 290 px box, a name wrapping to no more lines than it has pairs of words', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 290px; font-family: system-ui, sans-serif"><netreach-table of="regions"></netreach-table></div>`,
    );
    const el = wrapper.querySelector('netreach-table')!;
    await waitUntil(() => el.state === 'ready' && el.shadowRoot!.querySelector('.compact'), 'the table never became compact');
    await el.updateComplete;
    const box = part(el, 'scroll') as HTMLElement;
    // In the page's system-ui, headers as wide as their words and sort arrows at full size made it 291 px wide in a
    // 288 px box.
    expect(box.scrollWidth, 'the table scrolls sideways').to.be.at.most(box.clientWidth);
    // At 6 em, "Europe and America" took three lines, a word each.
    const europe = [...shadow(el).querySelectorAll('[part="row-button"]')].find((button) => button.textContent === 'Europe and America')!;
    const lineHeight = parseFloat(getComputedStyle(europe).lineHeight);
    expect(europe.getBoundingClientRect().height / lineHeight, 'lines').to.be.below(2.5);
  });

  it('keeps its caption in the box, in view, when the table is wider than the box', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 220px"><netreach-table of="regions"></netreach-table></div>`);
    const el = wrapper.querySelector('netreach-table')!;
    await waitUntil(() => el.state === 'ready' && part(el, 'scroll')?.hasAttribute('data-scrolls-x'), 'the table never scrolled sideways');
    const box = part(el, 'scroll') as HTMLElement;
    const caption = part(el, 'caption')!;
    const inBox = () => {
      const [outer, inner] = [box.getBoundingClientRect(), caption.getBoundingClientRect()];
      return inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;
    };
    // As wide as the table, it was cut at the box's edge: "CINVU: members by regio".
    expect(inBox(), 'the caption overflows the box').to.equal(true);
    box.scrollLeft = box.scrollWidth;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(box.scrollLeft, 'the box did not scroll').to.be.above(0);
    expect(inBox(), 'the caption scrolled out of view').to.equal(true);
  });

  it('speaks Persian right to left with Persian names and digits', async () => {
    const el = await table(html`<netreach-table lang="fa" of="regions" metrics="virtual-students digital-universities"></netreach-table>`);
    expect(part(el, 'frame')?.getAttribute('dir')).to.equal('rtl');
    expect(columnText(el, 0)).to.deep.equal(['آسیا و اقیانوسیه', 'آفریقا و عربی', 'اروپا و آمریکا']);
    expect(columnText(el, 1)).to.deep.equal(['۲۷', '۲۷', '۳']);
    expect(columnText(el, 3)).to.deep.equal(['بدون داده', 'بدون داده', 'بدون داده']);
    // The table mirrors: the first column is on the right.
    const [first, second] = headers(el);
    expect(first!.getBoundingClientRect().left).to.be.greaterThan(second!.getBoundingClientRect().left);
    const members = await table(html`<netreach-table lang="fa"></netreach-table>`);
    expect(bodyRows(members).map((row) => row.children[0]!.textContent?.trim())).to.include('پاکستان');
    await expect(el).to.be.accessible();
  });

  it('mirrors in Urdu: the first column on the right, Urdu headers, Latin digits', async () => {
    const el = await table(html`<netreach-table lang="ur" of="regions" metrics="virtual-students digital-universities"></netreach-table>`);
    expect(part(el, 'frame')?.getAttribute('dir')).to.equal('rtl');
    expect(headers(el)[0]!.textContent!.trim()).to.equal('خطہ');
    expect(columnText(el, 1)).to.deep.equal(['27', '27', '3']);
    expect(columnText(el, 3)).to.deep.equal(['کوئی ڈیٹا نہیں', 'کوئی ڈیٹا نہیں', 'کوئی ڈیٹا نہیں']);
    const [first, second] = headers(el);
    expect(first!.getBoundingClientRect().left).to.be.greaterThan(second!.getBoundingClientRect().left);
    await expect(el).to.be.accessible();
  });

  it('exports its rows in their current order', async () => {
    const el = await table(
      html`<netreach-table of="regions" sort="members" metrics="virtual-students digital-universities"></netreach-table>`,
    );
    expect(el.columns.map((column) => column.id)).to.deep.equal(['region', 'members', 'share', 'virtual-students', 'digital-universities']);
    expect(el.rows.map((row) => row.members)).to.deep.equal([3, 27, 27]);
    expect(el.toCSV().split('\r\n')[0]).to.equal('id,region,members,share,virtual-students,digital-universities');
    expect(el.toCSV().split('\r\n')[1]).to.match(/^europe-and-america,Europe and America,3,0\.05/);
  });

  it('writes the command line’s file from its scene: the same document, every row, in English and Persian (issue 12)', async () => {
    const size = { width: 600, height: 400 };
    const texts = (svg: string) =>
      [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')].map((node) =>
        node.textContent!.replace(/[\u202a-\u202e]/g, ''),
      );
    const el = await table(html`<netreach-table metrics="virtual-students"></netreach-table>`);
    await expectSameFile(el, 'table', { metrics: 'virtual-students' }, size, 'table-cinvu-file');
    const file = await el.toSVG(size);
    // Every row, in the table's order: the file grows taller than asked rather than leave one out.
    const written = texts(file);
    const names = columnText(el, 0) as string[];
    expect(names).to.have.length(57);
    const positions = names.map((name) => written.indexOf(name));
    expect(positions.every((position) => position >= 0)).to.equal(true);
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    expect(Number(/height="(\d+)"/.exec(file)![1])).to.be.greaterThan(size.height);
    expect(written).to.include.members(['Country', 'Region', 'Virtual students', 'No data']);
    expect(written.join(' ')).to.contain('Sources: CINVU (Public Relations)');

    // Persian: native digits as the table shows them, the columns from the right, numbers at the end (left) side.
    const persian = await table(html`<netreach-table lang="fa" of="regions" metrics="virtual-students"></netreach-table>`);
    await expectSameFile(persian, 'table', { of: 'regions', metrics: 'virtual-students' }, size, 'table-cinvu-regions-fa-file');
    const arabic = await table(html`<netreach-table lang="ar" of="regions" metrics="virtual-students"></netreach-table>`);
    const regionsTable = { of: 'regions', metrics: 'virtual-students' };
    await expectSameFile(arabic, 'table', regionsTable, size, 'table-cinvu-regions-ar-dark-file', 'dark');
    // Azerbaijani: every member's name in it (Chromium has none; the language's chunk brings them, as Node's are).
    const azerbaijani = await table(html`<netreach-table lang="az" metrics="virtual-students"></netreach-table>`);
    await expectSameFile(azerbaijani, 'table', { metrics: 'virtual-students' }, size, 'table-cinvu-az-file');
    expect(texts(await azerbaijani.toSVG(size))).to.include.members(['Azərbaycan', 'Fələstin', 'Türkiyə']);
    // In Cyrillic script: the chunk's names, words and order in Cyrillic letters (Chromium names countries by their codes).
    const cyrillic = await table(html`<netreach-table lang="az-Cyrl" metrics="virtual-students"></netreach-table>`);
    await expectSameFile(cyrillic, 'table', { metrics: 'virtual-students' }, size, 'table-cinvu-az-cyrl-file');
    expect(texts(await cyrillic.toSVG(size))).to.include.members(['Азәрбајҹан', 'Фәләстин', 'Түркијә', 'Өлкә', 'Мәлумат јохдур']);
    const doc = new DOMParser().parseFromString(await persian.toSVG(size), 'image/svg+xml');
    // The header itself, not a note that has the word ("سهم‌ها گرد شده‌اند", the shares are rounded).
    const node = (label: string) =>
      [...doc.querySelectorAll('text')].find((each) => each.textContent!.replace(/[\u202a-\u202e]/g, '') === label)!;
    for (const cell of [...columnText(persian, 1), ...columnText(persian, 2)]) expect(texts(await persian.toSVG(size))).to.include(cell);
    expect(Number(node('منطقه').getAttribute('x'))).to.be.greaterThan(Number(node('سهم').getAttribute('x')));
    expect(node('۲۷').getAttribute('text-anchor')).to.equal(null);

    // Sorted, filtered to a region, compared: what the element shows is what the command line draws.
    const example = await table(html`<netreach-table .data=${EXAMPLE_NETWORK} sort="-virtual-students"></netreach-table>`);
    await expectSameFile(example, 'table', { sort: '-virtual-students' }, size);
    const region = (EXAMPLE_NETWORK as Dataset).regions[0]!.id;
    const filtered = await table(html`<netreach-table .data=${EXAMPLE_NETWORK} region=${region} lang="ar"></netreach-table>`);
    await expectSameFile(filtered, 'table', { region }, size);
    const compared = await table(html`<netreach-table compare="al-mustafa" lang="fa"></netreach-table>`);
    await expectSameFile(compared, 'table', { compare: 'al-mustafa' }, size);
    const universities = await table(html`<netreach-table .data=${EXAMPLE_NETWORK} of="universities"></netreach-table>`);
    await expectSameFile(universities, 'table', { of: 'universities' }, size);
  });

  it('names an unknown metric in an alert and fires netreach-error', () =>
    expectUnknownMetricError('netreach-table', 'metrics', 'virtual-students, graduates', 'graduates'));

  it('lists every row for a region the data does not have, and says so in the console once', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const all = await table(html`<netreach-table .data=${EXAMPLE_NETWORK}></netreach-table>`);
      const rows = bodyRows(all).length;
      const el = await table(html`<netreach-table .data=${EXAMPLE_NETWORK} region=" atlantis "></netreach-table>`);
      expect(bodyRows(el)).to.have.length(rows);
      el.sort = 'country';
      await el.updateComplete;
      const region = (EXAMPLE_NETWORK as Dataset).regions[0]!.id;
      el.region = region;
      await el.updateComplete;
      expect(warnings.filter((warning) => warning.includes('region'))).to.deep.equal([
        'netreach: <netreach-table> ignored region="atlantis": no such region',
      ]);
    } finally {
      console.warn = original;
    }
  });

  it('sorts by its default for a column it does not have, marks no row for a selected one it does not have, and says so once', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const all = await table(html`<netreach-table .data=${EXAMPLE_NETWORK}></netreach-table>`);
      const names = bodyRows(all).map((row) => row.textContent);
      const el = await table(html`<netreach-table .data=${EXAMPLE_NETWORK} sort="-size" selected="ATL"></netreach-table>`);
      expect(bodyRows(el).map((row) => row.textContent)).to.deep.equal(names);
      expect(shadow(el).querySelector('[aria-current]')).to.equal(null);
      el.region = (EXAMPLE_NETWORK as Dataset).regions[0]!.id;
      await el.updateComplete;
      el.sort = '-country';
      el.selected = (EXAMPLE_NETWORK as Dataset).members[0]!.country;
      await el.updateComplete;
      const columns = el.columns.map((column) => column.id).join(', ');
      expect(warnings).to.deep.equal([
        `netreach: <netreach-table> ignored sort="-size": no such column (${columns})`,
        'netreach: <netreach-table> ignored selected="ATL": no such row',
      ]);
    } finally {
      console.warn = original;
    }
  });

  it('is empty for an empty dataset', async () => {
    const empty = { version: 1, network: { id: 'x', name: 'X' }, regions: [], members: [], sources: [] };
    const el = await table(html`<netreach-table .data=${empty}></netreach-table>`, 'empty');
    expect(text(el, 'status')).to.equal('This dataset has no member countries.');
    expect(shadow(el).querySelector('table')).to.equal(null);
  });

  it('is accessible in the dark theme with the example data', async () => {
    const el = await table(html`<netreach-table theme="dark" .data=${EXAMPLE_NETWORK}></netreach-table>`);
    expect(headers(el).map((th) => th.textContent?.trim())).to.include('Joined');
    await expect(el).to.be.accessible();
  });

  it('compares two networks: the countries in both, only in this one, only in the other, with counts (issue 13)', async () => {
    const el = await table(html`<netreach-table compare="al-mustafa"></netreach-table>`);
    const [cinvu, mustafa] = await Promise.all([loadBundledDataset('cinvu'), loadBundledDataset('al-mustafa')]);
    const overlap = countryOverlap(cinvu, mustafa);
    expect(text(el, 'caption')).to.match(/^CINVU and .*: countries compared$/);
    expect(headers(el).map((th) => th.textContent?.trim())).to.include('Listed in');
    expect(bodyRows(el)).to.have.length(overlap.both.length + overlap.onlyThis.length + overlap.onlyOther.length);
    const notes = [...shadow(el).querySelectorAll('[part~="note"]')].map((note) => note.textContent!.trim());
    expect(notes.join(' ')).to.contain(`in both at least ${overlap.both.length}, only in CINVU at most ${overlap.onlyThis.length}`);
    // Al-Mustafa's list gives examples ("such as"): a country only in CINVU may be in both.
    expect(notes.join(' ')).to.contain('is not complete');
    await expect(el).to.be.accessible();
  });

  it('says a network to compare with that is not there, as the map does, rather than an empty comparison', async () => {
    // compare="nope": no bundled dataset, no <netreach-data id="nope">. The table showed "CINVU and : countries
    // compared" over no rows, ready, where the map says what is missing.
    const el = await table(html`<netreach-table compare="nope"></netreach-table>`, 'error');
    expect(text(el, 'error')).to.contain('No <netreach-data id="nope"> on this page');
    expect(text(el, 'caption')).to.equal('');
    // Only a comparison waits for the other network: of="regions" draws without it.
    const regions = await table(html`<netreach-table compare="nope" of="regions"></netreach-table>`);
    expect(bodyRows(regions)).to.have.length(3);
  });

  it('never presents a partial list as the whole: Silk Road names 2 of 27 countries', async () => {
    const el = await table(html`<netreach-table dataset="silk-road"></netreach-table>`);
    expect(bodyRows(el)).to.have.length(2);
    expect(text(el, 'note')).to.contain('The sources name only 2 of 27');
  });

  it('names the member Silk Road lists by inference (China: no source names a Chinese member) in its note', async () => {
    const el = await table(html`<netreach-table dataset="silk-road"></netreach-table>`);
    const notes = [...shadow(el).querySelectorAll('[part~="note"]')].map((note) => note.textContent!.trim().replace(/\s+/g, ' '));
    expect(notes.join(' ')).to.contain('China: listed by inference (see the source’s note).');
    const file = await el.toSVG({ width: 600, height: 400 });
    expect(file).to.contain('China: listed by inference (see the source’s note).');
  });

  it('marks the member listed by inference where its name is shown: "China*", named "listed by inference", in Arabic too', async () => {
    const el = await table(html`<netreach-table dataset="silk-road"></netreach-table>`);
    const china = bodyRows(el).find((row) => row.getAttribute('data-key') === 'CHN')!;
    const azerbaijan = bodyRows(el).find((row) => row.getAttribute('data-key') === 'AZE')!;
    // What is seen: the name's text without what only a screen reader is given.
    const seen = (row: Element) =>
      [...row.querySelectorAll('th button')].map((button) =>
        button.textContent!.replace(button.querySelector('.visually-hidden')?.textContent ?? '', ''),
      );
    expect(seen(china)).to.deep.equal(['China*']);
    expect(seen(azerbaijan)).to.deep.equal(['Azerbaijan']);
    expect(china.querySelector('button')!.textContent).to.equal('China*, listed by inference (see the source’s note)');
    expect(china.querySelector('[part="inferred"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(await el.toSVG({ width: 600, height: 400 })).to.contain('>China*<');
    el.lang = 'ar';
    await waitUntil(
      () => china.isConnected && el.shadowRoot!.querySelector('[data-key="CHN"] button')!.textContent!.includes('بالاستنتاج'),
      'never in Arabic',
    );
    const arabic = el.shadowRoot!.querySelector('[data-key="CHN"] button')!.textContent!;
    expect(arabic).to.equal('الصين*، مُدرجة بالاستنتاج (انظر ملاحظة المصدر)');
  });

  it('says regions are unavailable where the sources assign none', async () => {
    const el = await table(html`<netreach-table dataset="silk-road" of="regions"></netreach-table>`);
    expect(text(el, 'note')).to.contain('The sources assign no regions');
  });

  it('leaves out a metric column no member has a figure for, and says so (issue 14)', async () => {
    const el = await table(html`<netreach-table></netreach-table>`);
    expect(headers(el).map((th) => th.textContent?.trim())).to.deep.equal(['Country', 'Region']);
    expect([...shadow(el).querySelectorAll('[part~="note"]')].map((note) => note.textContent).join(' ')).to.contain(
      'Not shown, as the sources give no figure per country: Virtual students and Universities with digital divisions.',
    );
    const example = await table(html`<netreach-table .data=${EXAMPLE_NETWORK}></netreach-table>`);
    expect(headers(example).map((th) => th.textContent?.trim())).to.include('Virtual students');
    // Asked for by name, the column is shown, and a note says why it holds no figure.
    const named = await table(html`<netreach-table metrics="virtual-students"></netreach-table>`);
    expect(headers(named).map((th) => th.textContent?.trim())).to.deep.equal(['Country', 'Region', 'Virtual students']);
    expect([...shadow(named).querySelectorAll('[part~="note"]')].map((note) => note.textContent).join(' ')).to.contain(
      'The sources give no figure per country: Virtual students.',
    );
  });

  it('paints its sticky header in the colour of the page, not a white strip on a grey page (issue 14)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="background: rgb(230, 231, 232); width: 720px"><netreach-table></netreach-table></div>`,
    );
    const el = wrapper.querySelector('netreach-table')!;
    await waitUntil(() => el.state === 'ready', 'not ready');
    await waitUntil(() => getComputedStyle(headers(el)[0]!).backgroundColor === 'rgb(230, 231, 232)', 'header not in the page colour');
  });

  it('shows the page through the header of a table too short to scroll: no white strip on a grey page', async () => {
    // Silk Road's two members: nothing scrolls under the header, which had the white of Canvas on the dashboard
    // demo's grey page.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="background: rgb(230, 231, 232); width: 360px"><netreach-table dataset="silk-road"></netreach-table></div>`,
    );
    const el = wrapper.querySelector('netreach-table')!;
    await waitUntil(() => el.state === 'ready', 'not ready');
    await el.updateComplete;
    const box = part(el, 'scroll')!;
    expect(box.scrollHeight).to.be.at.most(box.clientHeight + 1);
    const header = getComputedStyle(headers(el)[0]!).backgroundColor;
    expect(['rgba(0, 0, 0, 0)', 'rgb(230, 231, 232)'], header).to.include(header);
  });

  it('shows that a table wider than its box scrolls sideways (issue 14)', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 300px"><netreach-table .data=${EXAMPLE_NETWORK}></netreach-table></div>`,
    );
    const el = wrapper.querySelector('netreach-table')!;
    await waitUntil(() => el.state === 'ready', 'not ready');
    await waitUntil(() => part(el, 'scroll')!.hasAttribute('data-scrolls-x'), 'no sideways-scroll sign');
    expect(getComputedStyle(part(el, 'scroll')!).backgroundImage).to.contain('radial-gradient');
  });
  it('shows that a table taller than its box scrolls, and a short one shows no shadow (s41-12)', async () => {
    // The default data's rows end mid-row at the box's bottom: a shadow there, fixed to the box (scroll), under a
    // cover that moves with the rows (local) and hides it at the end. Chromium serialises the gradient's position.
    const tall = await fixture<HTMLDivElement>(html`<div style="width: 720px"><netreach-table></netreach-table></div>`);
    const el = tall.querySelector('netreach-table')!;
    await waitUntil(() => el.state === 'ready', 'not ready');
    const box = part(el, 'scroll')!;
    await waitUntil(() => box.hasAttribute('data-scrolls-y'), 'no scroll-down sign');
    expect(box.scrollHeight).to.be.above(box.clientHeight + 1);
    const style = getComputedStyle(box);
    expect(style.backgroundImage).to.contain('radial-gradient(farthest-side at 50% 100%');
    expect(style.backgroundImage).to.contain('radial-gradient(farthest-side at 50% 0px');
    // The top shadow under the sticky header; the covers move with the rows, the shadows stay at the box's edges.
    expect(style.backgroundPosition).to.contain(`0px ${box.querySelector('thead')!.offsetHeight}px`);
    expect(style.backgroundAttachment).to.contain('local, local, scroll, scroll');
    // Silk Road's two members: nothing to scroll, and nothing covers a shadow (its --_page-bg is transparent).
    const short = await fixture<HTMLDivElement>(
      html`<div style="background: rgb(230, 231, 232); width: 720px"><netreach-table dataset="silk-road"></netreach-table></div>`,
    );
    const small = short.querySelector('netreach-table')!;
    await waitUntil(() => small.state === 'ready', 'not ready');
    await small.updateComplete;
    const shortBox = part(small, 'scroll')!;
    expect(shortBox.scrollHeight).to.be.at.most(shortBox.clientHeight + 1);
    expect(shortBox.hasAttribute('data-scrolls-y')).to.equal(false);
    expect(getComputedStyle(shortBox).backgroundImage).to.equal('none');
  });

  it('shows both cues on a table wider and taller than its box', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 300px; --netreach-table-max-height: 8rem"><netreach-table .data=${EXAMPLE_NETWORK}></netreach-table></div>`,
    );
    const el = wrapper.querySelector('netreach-table')!;
    await waitUntil(() => el.state === 'ready', 'not ready');
    const box = part(el, 'scroll')!;
    await waitUntil(() => box.hasAttribute('data-scrolls-x') && box.hasAttribute('data-scrolls-y'), 'not both scroll signs');
    const image = getComputedStyle(box).backgroundImage;
    expect(image).to.contain('radial-gradient(farthest-side at 0px 50%');
    expect(image).to.contain('radial-gradient(farthest-side at 50% 100%');
    expect(getComputedStyle(box).backgroundAttachment).to.contain('local, local, scroll, scroll, local, local, scroll, scroll');
  });
});
