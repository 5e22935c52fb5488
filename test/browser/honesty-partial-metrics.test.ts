/**
 * The honesty rule where none of the bundled datasets can check it: a list that is not the whole (Al-Mustafa's
 * examples) with a metric of per-country figures. Summed per region, the figures are lower bounds ("≥", "at
 * least"), as the member counts are, in the regions table (its page, View data, CSV) and the bars by region.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { AL_MUSTAFA } from '../../src/generated/al-mustafa.js';
import type { Dataset } from '../../src/core/types.js';
import { csvTable } from '../helpers/assertions.js';
import { waitUntil } from '../helpers/wait.js';

/** Al-Mustafa's countries (a list of examples) with a made-up metric of per-country figures: 10, 20, 30… */
const BASE = AL_MUSTAFA as Dataset;
const PARTIAL: Dataset = {
  ...BASE,
  illustrative: true,
  metrics: [{ id: 'guests', label: 'Guests' }],
  members: BASE.members.map((member, index) => ({ ...member, values: { guests: (index + 1) * 10 } })),
};

async function widget(template: unknown): Promise<NetreachElement> {
  const box = await fixture<HTMLElement>(html`<div style="width: 720px">${template}</div>`);
  const el = box.firstElementChild as NetreachElement;
  await waitUntil(() => el.state === 'ready', 'not ready');
  await el.updateComplete;
  return el;
}

/** A CSV's data rows (before its provenance) as cells, quoted cells unquoted. */
const csvCells = (csv: string): string[][] =>
  csvTable(csv).map((line) =>
    [...line.matchAll(/(?:"((?:[^"]|"")*)"|([^,]*))(?:,|$)/g)].slice(0, -1).map((m) => m[1]?.replace(/""/g, '"') ?? m[2]!),
  );

const cells = (row: Element) => [...row.children].map((cell) => cell.textContent!.trim());

describe('honesty: sums over a list that is not the whole are lower bounds', () => {
  it('<netreach-table of="regions">: each region\'s sum and the total say "≥" on the page and in View data; the CSV says at-least', async () => {
    const el = await widget(html`<netreach-table of="regions" .data=${PARTIAL}></netreach-table>`);
    const root = el.shadowRoot!;
    const headers = [...root.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    const guests = headers.indexOf('Guests');
    expect(guests, headers.join()).to.be.greaterThan(0);
    const shown = [...root.querySelectorAll('[part="scroll"] tbody tr, [part="scroll"] tfoot tr')].map(cells);
    expect(shown.length).to.be.greaterThan(1);
    for (const row of shown) {
      expect(row[1], row.join()).to.match(/^≥\d/);
      expect(row[guests], row.join()).to.match(/^≥\d/);
    }

    el.toggleDataView();
    await waitUntil(() => root.querySelector('[part~="data-view"] table') !== null, 'View data did not open');
    await el.updateComplete;
    const viewed = [...root.querySelectorAll('[part~="data-view"] tbody tr, [part~="data-view"] tfoot tr')].map(cells);
    expect(viewed.length).to.equal(shown.length);
    for (const row of viewed) expect(row[guests], row.join()).to.match(/^≥\d/);

    const [header = [], ...rows] = csvCells(el.toCSV());
    expect(header).to.include('guests');
    const qualifier = header.indexOf('qualifier');
    expect(qualifier).to.be.greaterThan(0);
    expect(rows.length).to.equal(shown.length - 1);
    for (const row of rows) expect(row[qualifier], row.join()).to.equal('at-least');
  });

  it('<netreach-bars group-by="region" metric=…>: every bar says "≥", the folded "Other" bar too, and its CSV at-least', async () => {
    for (const limit of ['', '2']) {
      const el = await widget(
        html`<netreach-bars .data=${PARTIAL} group-by="region" metric="guests" limit=${limit || undefined}></netreach-bars>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('svg[part="chart"] .row') !== null, 'no bars');
      const rows = [...el.shadowRoot!.querySelectorAll('svg[part="chart"] .row')];
      expect(rows.length, `limit ${limit}`).to.be.greaterThan(limit ? 2 : 1);
      for (const row of rows) {
        const label = row.querySelector('.label')!.textContent!.trim();
        expect(row.querySelector('.value')!.textContent!.trim(), `limit ${limit}: ${label}`).to.match(/^≥/);
      }
      const [header = [], ...lines] = csvCells(el.toCSV());
      const qualifier = header.indexOf('qualifier');
      expect(qualifier, header.join()).to.be.greaterThan(0);
      expect(lines.length).to.be.at.least(rows.length);
      for (const line of lines) expect(line[qualifier], `limit ${limit}: ${line.join()}`).to.equal('at-least');
    }
  });

  it('<netreach-stat metric=…>: the sum of the listed members\' figures is "at least", on the tile and in its CSV', async () => {
    const el = await widget(html`<netreach-stat .data=${PARTIAL} metric="guests"></netreach-stat>`);
    const value = el.shadowRoot!.querySelector('[part~="value"]')!;
    expect(value.getAttribute('title')).to.contain('at least');
    expect(el.toCSV()).to.match(/^guests,10350,at-least\r?$/m);
    // Every listed member has a figure: none is said to have none.
    expect(el.shadowRoot!.textContent).not.to.match(/ha(s|ve) none/);
  });
});
