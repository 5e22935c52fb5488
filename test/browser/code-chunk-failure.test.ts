/**
 * A widget whose drawing code is a chunk of its own (the KPI tile's, the regions', the trend's, the table's, the
 * map's, the dashboard's) when that chunk cannot be loaded (offline, a deploy that replaced the files): the widget
 * ends in `state="error"` with a `chunk` error that says so, and asks again when it is connected again
 * (CodeController; LazyModule forgets a failed load). A page of its own: no widget here has loaded its chunk before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement, NetreachErrorDetail } from '../../src/base/netreach-element.js';
import type { LazyModule } from '../../src/core/lazy.js';
import { DASHBOARD_CODE } from '../../src/dashboard/dashboard.code.js';
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

/** Forgets that `code` was loaded, as on a page that has not loaded it yet (the module itself stays in the browser's cache). */
function unloaded(code: LazyModule<unknown>): void {
  Object.assign(code, { loaded: undefined, loading: undefined });
}

const PARTS = 'netreach-stat, netreach-map, netreach-regions, netreach-bars, netreach-trend, netreach-table';
const partsOf = (el: NetreachElement) => [...el.shadowRoot!.querySelectorAll<NetreachElement>(PARTS)];
const notesShown = (part: NetreachElement) =>
  [...part.shadowRoot!.querySelectorAll('[part="note"]')].map((note) => note.textContent!.trim());

/** A CINVU dashboard, 1200 px wide, once it and every part have settled (drawn or showing an error). */
async function settledDashboard(): Promise<NetreachElement> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 1200px"><netreach-dashboard controls="none"></netreach-dashboard></div>`,
  );
  const el = wrapper.firstElementChild as NetreachElement;
  await settled(el);
  return el;
}

async function settled(el: NetreachElement): Promise<void> {
  await waitUntil(() => el.state === 'ready', `the dashboard never became ready (was ${el.state})`);
  await waitUntil(() => partsOf(el).every((part) => part.state !== 'loading'), 'a part never settled');
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await el.updateComplete;
  await Promise.all(partsOf(el).map((part) => part.updateComplete));
}

/**
 * Each note on the page once, and every note the drawn parts call for (but the trend's growth line, which its tile
 * shows in words of its own).
 */
function expectEachNoteOnce(el: NetreachElement): void {
  const shown = partsOf(el).flatMap(notesShown);
  expect(shown.length, shown.join('\n')).to.equal(new Set(shown).size);
  const calledFor = new Set(partsOf(el).flatMap((part) => [...part.notes]));
  calledFor.delete('At least +33% since 2020');
  expect([...new Set(shown)].sort()).to.deep.equal([...calledFor].sort());
}

/**
 * A dashboard drawn while `code` could not load (loaded by neither the dashboard nor the parts), checked by `first`;
 * then connected again with it reachable, drawn once `drawn()` holds, checked by `after`, and removed.
 */
async function failingThenReconnected(
  code: LazyModule<unknown>,
  first: (el: NetreachElement) => void,
  drawn: (el: NetreachElement) => boolean,
  message: string,
  after: (el: NetreachElement) => void,
): Promise<void> {
  unloaded(DASHBOARD_CODE);
  unloaded(code);
  const restore = failing(code);
  let el: NetreachElement;
  try {
    el = await settledDashboard();
    first(el);
  } finally {
    restore();
  }
  const wrapper = el.parentElement!;
  try {
    el.remove();
    wrapper.append(el);
    await waitUntil(() => drawn(el), message);
    await settled(el);
    after(el);
  } finally {
    wrapper.remove();
  }
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
        // The browser's words (and the chunk's URL) are the console's: the reader gets a sentence of the widget's.
        expect(errors).to.deep.equal([{ code: 'chunk', message: 'Could not load. Reload the page to try again.' }]);
        expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal(errors[0]!.message);
      } finally {
        restore();
      }
      el.remove();
      wrapper.append(el);
      await waitUntil(() => el.state === 'ready', `${tag} never drew once its chunk was reachable`);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    });

    // As new data after a data error: a page's script (a single-page app) that sets an option asks again.
    it(`<${tag}> draws once given a new option value with the chunk reachable`, async () => {
      unloaded(code);
      const restore = failing(code);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
      const el = document.createElement(tag) as NetreachElement;
      try {
        wrapper.append(el);
        await waitUntil(() => el.state === 'error', `${tag} never showed the error`);
        // Its own updates (a dashboard's hidden notes) ask for nothing.
        el.hiddenNotes = ['none'];
        await el.updateComplete;
        expect(el.state).to.equal('error');
      } finally {
        restore();
      }
      el.setAttribute('theme', 'dark');
      await waitUntil(
        () => el.state === 'ready',
        () => `${tag} never drew once given a new option (was ${el.state})`,
      );
    });
  }
});

describe("a dashboard whose parts' code chunks cannot be loaded", () => {
  // The tiles' code comes with the dashboard's, whose notes it places before the parts draw: placed without it
  // (the tiles showed none), the placement was kept once the tiles' own try brought it, and the trend said the
  // growth note the "Virtual students" tile said.
  it("places the notes again once the tiles draw with code that came after the dashboard's: each note once", async () => {
    unloaded(DASHBOARD_CODE);
    unloaded(STAT_CODE);
    const restore = failing(STAT_CODE);
    try {
      await DASHBOARD_CODE.load();
    } finally {
      restore();
    }
    expect(STAT_CODE.get(), "the tiles' code is not here").to.equal(undefined);
    const el = await settledDashboard();
    try {
      const tiles = partsOf(el).filter((part) => part.localName === 'netreach-stat');
      expect(tiles.map((tile) => tile.state)).to.deep.equal(['ready', 'ready', 'ready']);
      const computed = tiles.flatMap((tile) => tile.notes).find((note) => note.startsWith('Computed from two figures'));
      expect(computed, 'a tile says how its growth was computed').to.be.a('string');
      expectEachNoteOnce(el);
    } finally {
      el.parentElement!.remove();
    }
  });

  // The same when the tiles could not load it either, and ask again when the dashboard is connected again.
  it('places the notes again once the tiles, connected again, draw with their code: each note once', async () => {
    await failingThenReconnected(
      STAT_CODE,
      (el) => {
        const tiles = partsOf(el).filter((part) => part.localName === 'netreach-stat');
        expect(tiles.map((tile) => tile.state)).to.deep.equal(['error', 'error', 'error']);
        expectEachNoteOnce(el);
      },
      (el) => partsOf(el).every((part) => part.state === 'ready'),
      'the tiles never drew once their chunk was reachable',
      expectEachNoteOnce,
    );
  });

  // A part's error reached the page as the part's (retargeted to the dashboard, naming no part), while its
  // `netreach-ready` stays inside: the dashboard tells it as its own, once, naming the part.
  it("tells a part's error as its own, once, naming the part", async () => {
    unloaded(DASHBOARD_CODE);
    unloaded(REGIONS_CODE);
    const heard: string[] = [];
    const hear = (event: Event) => {
      const { code, message, part } = (event as CustomEvent<NetreachErrorDetail>).detail;
      heard.push(`${(event.composedPath()[0] as Element).localName} ${code} ${part} ${message}`);
    };
    document.addEventListener('netreach-error', hear);
    const restore = failing(REGIONS_CODE);
    try {
      (await settledDashboard()).parentElement!.remove();
    } finally {
      restore();
      document.removeEventListener('netreach-error', hear);
    }
    expect(heard).to.deep.equal(['netreach-dashboard chunk netreach-regions Could not load. Reload the page to try again.']);
  });

  // The regions' notes (the list's, how its countries were put in regions) were left out of the bars, the map and
  // the table, which come after them, when the regions showed an error in their place: no part said them. Once the
  // regions draw (connected again, their chunk reachable), the notes are theirs again.
  it("gives the regions' notes to the next part that says them while the regions show an error", async () => {
    const inferred = 'The sources give only how many countries each region has; which countries they are is inferred.';
    const part = (el: NetreachElement, tag: string) => partsOf(el).find((each) => each.localName === tag)!;
    await failingThenReconnected(
      REGIONS_CODE,
      (el) => {
        expect(part(el, 'netreach-regions').state).to.equal('error');
        expect(notesShown(part(el, 'netreach-bars'))).to.include(inferred);
        expectEachNoteOnce(el);
      },
      (el) => part(el, 'netreach-regions').state === 'ready',
      'the regions never drew once their chunk was reachable',
      (el) => {
        expect(notesShown(part(el, 'netreach-regions'))).to.include(inferred);
        expectEachNoteOnce(el);
      },
    );
  });
});
