/**
 * No wasted update cycles: a widget asks for no update from its own update's end — `updated()`, a controller's
 * `hostUpdated()`, or the events its DOM writes fire there (a focused node replaced: `focusout`) —, which Lit in dev
 * mode reports as "change-in-update" (once per element class: the test makes it say it again for each case) and
 * which is a second update after each drawing. Each widget is drawn a first time; then, with an item focused and
 * its tooltip showing, resized, themed, given another language, another value of a `--netreach-*` property and other
 * data (the bars and the map another provider too), and its updates are counted: a fixed number, the same on a busy
 * machine (no clock).
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { loadCatalog, msg } from '../../src/core/i18n.js';
import { loadBundledDataset } from '../../src/core/default-dataset.js';
import { loadValidator } from '../../src/core/validate-loader.js';
import { settle } from '../helpers/hardening.js';
import { countRenders, holdLoadingDelay, rendersSettled, widgetTree } from '../helpers/work.js';
import { frames, waitUntil } from '../helpers/wait.js';
import { heldUrl, release, requested } from '../helpers/held.js';

const CHANGE_IN_UPDATE = /scheduled an update \(generally because a property was set\) after an update completed/;

type Updated = (changed: Map<PropertyKey, unknown>) => void;

/**
 * Watches `elements` until `stop()`: their updates (`renders`), the updates one of them asked for from the end of its
 * previous one (`again`: Lit's own condition for the warning, per element rather than once per class), and Lit's
 * dev-mode warnings of it (`warnings`).
 */
function watchUpdates(elements: readonly NetreachElement[]) {
  // Lit says each warning once per page: forgotten, so that this case hears its own.
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  for (const warning of [...(issued ?? [])]) if (CHANGE_IN_UPDATE.test(warning)) issued!.delete(warning);
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (CHANGE_IN_UPDATE.test(String(args[0]))) warnings.push(String(args[0]));
    else warn.apply(console, args);
  };
  const again: string[] = [];
  for (const el of elements) {
    const host = el as unknown as { updated: Updated };
    const updated = host.updated;
    // `updated()` is the last step of an update, after the controllers' `hostUpdated()`.
    host.updated = function (this: NetreachElement, changed) {
      updated.call(this, changed);
      if (this.isUpdatePending) again.push(this.localName);
    };
  }
  const renders = countRenders(elements);
  return {
    warnings,
    again,
    renders,
    stop(): void {
      console.warn = warn;
      renders.stop();
      for (const el of elements) delete (el as unknown as { updated?: unknown }).updated;
    },
  };
}

/**
 * Focuses the widget's item that holds the tab stop, if it has items: its tooltip shows; the regions', whose tab
 * stops are their legend's, shows on hover.
 */
async function focusItem(el: NetreachElement): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement | SVGElement>('[data-item][tabindex="0"]')?.focus();
  const tooltipped = el.shadowRoot!.querySelector('svg [data-item]');
  if (el.localName === 'netreach-regions') tooltipped?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const WIDGETS = ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard'] as const;
/** The widgets whose items show a tooltip when focused. */
const TOOLTIPS = new Set(['map', 'bars', 'regions', 'trend']);

type Widget = (typeof WIDGETS)[number];

interface Case {
  name: string;
  change(el: NetreachElement, box: HTMLElement): void | Promise<unknown>;
  /**
   * The updates of each widget alone (1 unless said); a dashboard's parts each make at most `parts` (1 unless said),
   * the dashboard itself at most one; `partUpdates`, at most that many for a part of that widget.
   */
  updates?: Partial<Record<Widget, number>>;
  parts?: number;
  partUpdates?: Partial<Record<Widget, number>>;
}

/** Another dataset, loaded beforehand: setting it draws at once, as from a page's own script. */
let silkRoad: unknown;

const NONE = { stat: 0, map: 0, bars: 0, regions: 0, trend: 0, table: 0 };

const CASES: readonly Case[] = [
  // The tile's figure fits its width by CSS (a size container): nothing to draw again.
  { name: 'a new size', change: (_, box) => void (box.style.width = '520px'), updates: { stat: 0 } },
  // A theme paints the widget's background and pads it (the tile has its own card): drawn once, at the narrower
  // width, read in its update (measureNow()); it drew at the width before, then again once the ResizeObserver told
  // the narrower one (the ResizeObserver would still ask for a second update if the width read were not the one laid out).
  { name: 'a theme', change: (el) => el.setAttribute('theme', 'dark') },
  // Set as a property, reflected only in Lit's update(), after the widget laid itself out.
  { name: 'a theme set by a script', change: (el) => void (el.theme = 'light') },
  // French's strings are loaded beforehand: the language shows in one update. A dashboard hands its parts the notes
  // they leave out (`hiddenNotes`) as it renders, before they draw: each part draws once (it placed them from what its
  // parts had drawn, and those whose notes it moved drew again, the regions three times).
  { name: 'another language', change: (el) => el.setAttribute('lang', 'fr') },
  { name: 'a --netreach-* colour', change: (el) => el.style.setProperty('--netreach-accent', '#b5179e'), updates: NONE, parts: 0 },
  // Only the map's box (the space round it) changes size, and is drawn again at it.
  { name: 'a --netreach-* size', change: (el) => el.style.setProperty('--netreach-spacing', '1.5rem'), updates: { ...NONE, map: 1 } },
  // The focused item is not in Silk Road's data: focus goes to the item holding the tab stop after the update (the
  // trend's latest figure), whose tooltip (and the map's focus ring) the update draws itself (each took one more).
  // The map's box gives up room to the notes under it, which the new data changes: measured after the update, by the
  // ResizeObserver, it draws the map again at its new height (the one layout can tell: docs/STATES.md).
  // A dashboard's parts draw once, given the notes they leave out as the dashboard renders (they were placed from what
  // the parts had drawn: the map and the table drew twice, the regions three times). Silk Road has no regions, hence
  // no bars beside them, and the regions' panel takes the whole row: the regions read that width as they draw (they
  // drew at the old width, then again at the new one the ResizeObserver reported).
  { name: 'other data', change: (el) => void (el.data = silkRoad), updates: { map: 2 } },
];

/** A widget in a 640 px box on the page, without its menu, with `attributes`. */
function mounted(tag: string, attributes: Record<string, string> = {}): { box: HTMLDivElement; el: NetreachElement } {
  const box = document.createElement('div');
  box.style.width = '640px';
  const el = document.createElement(tag) as NetreachElement;
  for (const [name, value] of Object.entries({ controls: 'none', ...attributes })) el.setAttribute(name, value);
  box.append(el);
  document.body.append(box);
  return { box, el };
}

/** The updates of `tree` that `change` brings about, until `el` and every update it set off have settled. */
async function updatesOf(tree: NetreachElement[], el: NetreachElement, change: () => unknown): Promise<ReturnType<typeof watchUpdates>> {
  const watch = watchUpdates(tree);
  await change();
  await rendersSettled(watch.renders);
  await settle(el);
  await rendersSettled(watch.renders);
  watch.stop();
  return watch;
}

describe('update cycles: no update asked for at the end of an update', () => {
  before(async () => {
    await loadCatalog('fr');
    silkRoad = await loadBundledDataset('silk-road');
    // `.data` is checked: the validator is here before the first widget is given some.
    await loadValidator();
  });

  for (const name of WIDGETS) {
    it(`<netreach-${name}>, its first drawing: no change-in-update`, async () => {
      const box = document.createElement('div');
      box.style.width = '640px';
      const el = document.createElement(`netreach-${name}`) as NetreachElement;
      // From before it connects (a dashboard's parts, made by its first render, are watched by the cases below).
      const watch = watchUpdates([el]);
      box.append(el);
      document.body.append(box);
      try {
        await settle(el);
        await rendersSettled(watch.renders);
        watch.stop();
        expect(watch.again, watch.renders.summary()).to.deep.equal([]);
        expect(watch.warnings).to.deep.equal([]);
      } finally {
        box.remove();
      }
    });

    for (const each of CASES) {
      it(`<netreach-${name}>, ${each.name}: no change-in-update, the same updates each time`, async () => {
        const { box, el } = mounted(`netreach-${name}`);
        try {
          await settle(el);
          if (TOOLTIPS.has(name)) {
            await focusItem(el);
            expect(el.shadowRoot!.querySelector('[part="tooltip"]'), 'a tooltip shows').to.not.equal(null);
          }
          const tree = widgetTree(el);
          // The stat's count-up renders each frame until it ends: over before the change.
          const before = countRenders(tree);
          await rendersSettled(before);
          before.stop();
          const watch = await updatesOf(tree, el, () => each.change(el, box));
          const summary = watch.renders.summary();
          expect(watch.again, summary).to.deep.equal([]);
          expect(watch.warnings).to.deep.equal([]);
          if (name === 'dashboard') {
            expect(watch.renders.of(el), summary).to.be.at.most(1);
            for (const part of tree.slice(1)) {
              const most = each.partUpdates?.[part.localName.slice('netreach-'.length) as Widget] ?? each.parts ?? 1;
              expect(watch.renders.of(part), `${part.localName}: ${summary}`).to.be.at.most(most);
            }
          } else expect(watch.renders.of(el), summary).to.equal(each.updates?.[name] ?? 1);
          if (TOOLTIPS.has(name) && each.name !== 'other data')
            expect(el.shadowRoot!.querySelector('[part="tooltip"]'), 'the tooltip still shows').to.not.equal(null);
        } finally {
          box.remove();
        }
      });
    }
  }

  it('a map whose focused member new data lacks: the next member, its ring and its tooltip beside it, in its update', async () => {
    const { box, el: map } = mounted('netreach-map');
    try {
      await settle(map);
      await focusItem(map);
      expect(map.shadowRoot!.querySelectorAll('.focus-ring').length, 'the focus ring shows').to.be.greaterThan(0);
      const renders = countRenders([map]);
      map.data = silkRoad;
      await map.updateComplete;
      renders.stop();
      // Focus has gone to the member holding the tab stop (a microtask of the update's), asking for no update: its
      // ring and its tooltip were drawn by the update itself (the update the map's new height asks for comes later,
      // from the ResizeObserver).
      const focused = map.shadowRoot!.activeElement?.closest('[data-item]');
      const id = focused?.getAttribute('data-item') ?? '';
      expect(id, 'focus is on a member').to.match(/^[A-Z]{3}$/);
      expect(renders.of(map), 'updates until updateComplete').to.equal(1);
      expect(map.shadowRoot!.querySelectorAll('.focus-ring').length, 'the focus ring shows').to.be.greaterThan(0);
      // Placed beside the member (above or below it, across it sideways), as drawn by that update and once the map is
      // drawn again at the height the new notes leave it.
      for (const when of ['drawn', 'settled']) {
        if (when === 'settled') await settle(map);
        const tip = map.shadowRoot!.querySelector('[part="tooltip"]')?.getBoundingClientRect();
        const member = map.shadowRoot!.activeElement!.getBoundingClientRect();
        expect([when, map.shadowRoot!.activeElement?.getAttribute('data-item')]).to.deep.equal([when, id]);
        expect([when, Boolean(tip && tip.left < member.right && tip.right > member.left)], 'across the member').to.deep.equal([when, true]);
        expect([when, Boolean(tip && (tip.bottom <= member.top + 1 || tip.top >= member.bottom - 1))], 'above or below it').to.deep.equal([
          when,
          true,
        ]);
      }
    } finally {
      box.remove();
    }
  });

  // The other way round from the 'other data' case: the regions' panel gives half its row back to the bars by region,
  // a width the regions read as they draw (the ResizeObserver reported it after, and they drew again).
  it('a dashboard given data with regions after data without: each part draws once, the regions at their new width', async () => {
    const { box, el } = mounted('netreach-dashboard', { dataset: 'silk-road' });
    try {
      await settle(el);
      const regions = () => el.shadowRoot!.querySelector<NetreachElement>('netreach-regions')!;
      const wide = regions().getBoundingClientRect().width;
      const before = countRenders(widgetTree(el));
      await rendersSettled(before);
      before.stop();
      const cinvu = await loadBundledDataset('cinvu');
      const watch = await updatesOf(widgetTree(el), el, () => void (el.data = cinvu));
      const summary = watch.renders.summary();
      expect(watch.again, summary).to.deep.equal([]);
      expect(watch.renders.of(regions()), summary).to.equal(1);
      expect(watch.renders.of(el), summary).to.be.at.most(1);
      // Half the row, the bars beside it: as wide as the waffle's svg and legend are drawn for.
      const narrow = regions().getBoundingClientRect().width;
      expect(narrow, 'the regions give the bars half their row').to.be.below(wide * 0.6);
      const chart = regions().shadowRoot!.querySelector('svg[part="chart"]')!;
      expect(Number(chart.getAttribute('width')), 'drawn within their new width').to.be.at.most(Math.ceil(narrow));
    } finally {
      box.remove();
    }
  });

  it('a tooltip whose item another provider lacks, and a focused map member redrawn at another size: no change-in-update', async () => {
    const box = document.createElement('div');
    box.style.width = '480px';
    const element = (tag: string, attributes: Record<string, string>) => {
      const el = document.createElement(tag) as NetreachElement;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      box.append(el);
      return el;
    };
    element('netreach-data', { id: 'cycles-net', dataset: 'cinvu' });
    const bars = element('netreach-bars', { provider: 'cycles-net', controls: 'none' });
    const map = element('netreach-map', { provider: 'cycles-net', controls: 'none' });
    document.body.append(box);
    try {
      await settle(bars);
      await settle(map);
      let watch = watchUpdates([bars, map]);
      // A member of CINVU's (Pakistan) focused, with its tooltip, and a region's bar hovered: Silk Road has neither.
      map.shadowRoot!.querySelector<SVGElement>('svg [data-item="PAK"]')!.focus();
      const bar = bars.shadowRoot!.querySelector('svg [data-item]')!;
      bar.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await rendersSettled(watch.renders);
      expect(map.shadowRoot!.querySelector('[part="tooltip"]'), 'the map shows a tooltip').to.not.equal(null);
      expect(bars.shadowRoot!.querySelector('[part="tooltip"]'), 'the bars show a tooltip').to.not.equal(null);
      expect(watch.again).to.deep.equal([]);
      watch.stop();

      // The focused member's node replaced at another size: focus comes back to it, ring and tooltip with it.
      watch = watchUpdates([bars, map]);
      box.style.width = '400px';
      await rendersSettled(watch.renders);
      watch.stop();
      expect(watch.again, watch.renders.summary()).to.deep.equal([]);
      expect(watch.warnings).to.deep.equal([]);
      expect(watch.renders.of(map), watch.renders.summary()).to.equal(1);
      expect(map.shadowRoot!.activeElement?.getAttribute('data-item')).to.equal('PAK');
      expect(map.shadowRoot!.querySelector('[part="tooltip"]'), 'the map still shows its tooltip').to.not.equal(null);

      // Another provider of the same id, whose network has neither: the tooltips go, asking for no update at an update's end.
      watch = watchUpdates([bars, map]);
      box.querySelector('netreach-data')!.remove();
      const other = document.createElement('netreach-data');
      other.id = 'cycles-net';
      other.setAttribute('dataset', 'silk-road');
      box.prepend(other);
      await waitUntil(() => map.currentDataset?.network.id === 'silk-road' && bars.currentDataset?.network.id === 'silk-road');
      await settle(map);
      await settle(bars);
      await rendersSettled(watch.renders);
      watch.stop();
      expect(watch.again, watch.renders.summary()).to.deep.equal([]);
      expect(watch.warnings).to.deep.equal([]);
      expect(map.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
      expect(bars.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
    } finally {
      box.remove();
    }
    await frames(1);
  });
});

/** A map in a 400 px box whose data (`src`) the server holds until `release(url)`, its "Loading…" timer held too. */
function heldMap(name: string) {
  const box = document.createElement('div');
  box.style.width = '400px';
  const el = document.createElement('netreach-map') as NetreachElement;
  const url = heldUrl(name);
  el.setAttribute('src', url);
  const timers = holdLoadingDelay();
  const renders = countRenders([el]);
  box.append(el);
  document.body.append(box);
  const status = () => el.shadowRoot!.querySelector('[part="status"]')?.textContent ?? '';
  const remove = () => {
    timers.restore();
    renders.stop();
    box.remove();
  };
  return { el, url, timers, renders, status, remove };
}

describe('update cycles: a widget still loading', () => {
  it('renders nothing before LOADING_DELAY, then "Loading…" once, again only in another language', async () => {
    // Its data held by the server: it waits, whatever else is here.
    const { el, url, timers, renders, status, remove } = heldMap('cycles-later');
    try {
      await requested(url);
      await el.updateComplete;
      // Still waiting within the moment: `loading`, nothing rendered.
      expect(`${el.getAttribute('state')} ${renders.of(el)} ${timers.held}`).to.equal('loading 0 1');
      timers.fire();
      await waitUntil(() => status() === msg('en', 'loading'), `status: ${status()}`);
      expect(`${el.state} ${status()} ${renders.of(el)}`).to.equal(`loading ${msg('en', 'loading')} 1`);
      // Updates asked for with nothing new to show, as when its code, geometry or validator arrive before its data.
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await el.updateComplete;
      }
      const idle = renders.of(el) - 1;
      // Another language: "Loading…" in its words, once they are here.
      el.setAttribute('lang', 'tr');
      await loadCatalog('tr');
      await waitUntil(() => status() === msg('tr', 'loading'), `status: ${status()}`);
      await release(url);
      await waitUntil(() => el.state === 'ready', `state: ${el.state}`);
      renders.stop();
      expect(idle, 'renders with nothing new').to.equal(0);
      expect(msg('tr', 'loading')).to.not.equal(msg('en', 'loading'));
    } finally {
      remove();
    }
  });

  // Taken off the page within LOADING_DELAY, it rendered "Loading…" once, detached, when the timer fired.
  it('taken off the page while it waits: no timer, no "Loading…" rendered detached; put back, it waits again, then draws', async () => {
    const { el, url, timers, renders, status, remove } = heldMap('cycles-removed');
    const box = el.parentElement!;
    const seen = async () => {
      await el.updateComplete;
      return `${timers.held} timers held, ${renders.of(el)} renders, status "${status()}"`;
    };
    try {
      // At once, before its first update (which then runs detached); then after one, its timer running.
      el.remove();
      expect(await seen(), 'removed at once').to.equal('0 timers held, 0 renders, status ""');
      box.append(el);
      expect(await seen(), 'put back').to.equal('1 timers held, 0 renders, status ""');
      el.remove();
      expect(await seen(), 'removed again').to.equal('0 timers held, 0 renders, status ""');
      box.append(el);
      expect(await seen(), 'put back again').to.equal('1 timers held, 0 renders, status ""');
      timers.fire();
      await waitUntil(() => status() === msg('en', 'loading'), `status: ${status()}`);
      await release(url);
      await waitUntil(() => el.state === 'ready', `state: ${el.state}`);
    } finally {
      remove();
    }
  });

  it('renders no "Loading…" when what it waits for comes within LOADING_DELAY: its first render is the data’s', async () => {
    const { el, url, timers, renders, status, remove } = heldMap('cycles-soon');
    const shown: string[] = [];
    const observer = new MutationObserver(() => status() && shown.push(status()));
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await requested(url);
      await release(url);
      await waitUntil(() => el.state === 'ready', `state: ${el.state}`);
      await el.updateComplete;
      // The frame before its size is known (its measurement needs it), the drawing; the timer cleared.
      expect(`${renders.of(el)} renders, ${timers.held} timers held, shown: ${shown.join('; ')}`).to.equal(
        '2 renders, 0 timers held, shown: ',
      );
    } finally {
      observer.disconnect();
      remove();
    }
  });
});
