/**
 * What a reader sees when a chunk of the built dist/netreach.js cannot load (blocked as a network error would fail
 * it): a short sentence in the widget's language, not the browser's English naming the chunk's URL, which goes to
 * the console, once. A page of its own: the blocked URLs would fail any other test's chunks.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import ar from '../../src/core/i18n/ar.js';
import fa from '../../src/core/i18n/fa.js';
import { builtPage, consoleOf, drawnWidget } from '../helpers/built-page.js';
import { waitUntil } from '../helpers/wait.js';

const CATALOGS: Record<string, { errorChunk: unknown }> = { fa, ar };

/**
 * Runs `body` on a built page in `lang` (its console kept in `said`) whose chunks matching `blocked` fail, until
 * `body` unblocks them.
 */
async function blockedPage(
  lang: string,
  blocked: string,
  body: (doc: Document, win: Window, said: string[]) => Promise<void>,
): Promise<void> {
  await executeServerCommand('block-urls', { urls: [`*/dist/chunks/${blocked}`] });
  const { frame, doc, win } = await builtPage(lang);
  try {
    await body(doc, win, consoleOf(win));
  } finally {
    frame.remove();
  }
}

/**
 * A widget made by `make` on a built page in `lang` while the chunks `blocked` fail, once it shows its error (and
 * connected again, still failing, when `twice`): its box's words and what the console was told.
 */
async function failed(
  lang: string,
  blocked: string,
  make: (doc: Document) => NetreachElement,
  twice = false,
): Promise<{ shown: string; said: string[]; events: string[] }> {
  let result = { shown: '', said: [] as string[], events: [] as string[] };
  await blockedPage(lang, blocked, async (doc, _win, said) => {
    const events: string[] = [];
    doc.addEventListener('netreach-error', (event) => {
      const { code, message } = (event as CustomEvent<{ code: string; message: string }>).detail;
      events.push(`${code}: ${message}`);
    });
    const el = make(doc);
    doc.body.append(el);
    await waitUntil(
      () => el.state === 'error',
      () => `never showed the error (was ${el.state})`,
    );
    if (twice) {
      const before = said.length;
      el.remove();
      doc.body.append(el);
      await waitUntil(() => said.length > before, 'never asked again');
    }
    await el.updateComplete;
    result = { shown: el.shadowRoot!.querySelector('[part="error"]')!.textContent!, said, events };
  });
  return result;
}

const widget = (tag: string) => (doc: Document) => doc.createElement(tag) as NetreachElement;

describe('a built widget whose chunk cannot load, as its reader sees it', () => {
  afterEach(() => executeServerCommand('block-urls', { urls: [] }));

  for (const [name, lang] of [
    ['stat', 'fa'],
    ['table', 'ar'],
  ] as const) {
    it(`<netreach-${name}> says so in its language (${lang}), and the chunk's URL in the console once`, async () => {
      const { shown, said, events } = await failed(lang, `${name}.chunk-*`, widget(`netreach-${name}`));
      expect(shown).to.equal(CATALOGS[lang]!.errorChunk);
      expect(events).to.deep.equal([`chunk: ${CATALOGS[lang]!.errorChunk}`]);
      expect(said.length, said.join('\n')).to.equal(1);
      expect(said[0]).to.match(new RegExp(`^netreach: could not load a chunk .*/dist/chunks/${name}\\.chunk-`));
    });
  }

  // The map's code chunk holds the projections its geometry loads too: it showed the browser's words and said the
  // geometry's failure, which was the code's, in the console as many times as it was connected.
  it("<netreach-map> whose code cannot load says so once a try, not as the geometry's failure", async () => {
    const { shown, said } = await failed('fa', 'map.chunk-*', widget('netreach-map'), true);
    expect(shown).to.equal(fa.errorChunk);
    expect(said.length, said.join('\n')).to.equal(2);
    for (const line of said) expect(line).to.match(/^netreach: could not load a chunk .*\/dist\/chunks\/map\.chunk-/);
  });

  it('<netreach-map> whose geometry cannot load still says it is the world map', async () => {
    const { shown, said } = await failed('fa', 'world-geo-*', widget('netreach-map'));
    expect(shown).to.equal(fa.errorGeometry);
    expect(said.length, said.join('\n')).to.equal(1);
    expect(said[0]).to.match(/^netreach: could not load a chunk .*\/dist\/chunks\/world-geo-/);
  });

  it('a bundled dataset whose chunk cannot load: the same sentence', async () => {
    const { shown, said } = await failed('ar', 'cinvu-*', widget('netreach-bars'));
    expect(shown).to.equal(ar.errorChunk);
    expect(said.length, said.join('\n')).to.equal(1);
    expect(said[0]).to.contain('/dist/chunks/cinvu-');
  });

  it("a page's own data whose validator cannot load: the same sentence", async () => {
    const { shown, said } = await failed('fa', 'validate-*', (doc) => {
      const el = doc.createElement('netreach-bars') as NetreachElement & { data: unknown };
      el.data = { version: 1, network: { name: 'N' }, members: [] };
      return el;
    });
    expect(shown).to.equal(fa.errorChunk);
    expect(said.length, said.join('\n')).to.equal(1);
    expect(said[0]).to.contain('/dist/chunks/validate-');
  });

  // The menu's items are in the on-demand chunk: when it failed, the menu closed again with nothing said but a
  // console warning. Said where the menu was, as a PNG that cannot be made is, until the next click asks again.
  it("a menu whose chunk cannot load says so in the menu's place, in the widget's language", async () => {
    await blockedPage('fa', 'on-demand-*', async (doc, win, said) => {
      const el = await drawnWidget(doc, 'netreach-bars');
      const root = el.shadowRoot!;
      const button = () => root.querySelector<HTMLButtonElement>('[part="menu-button"]')!;
      const message = () => root.querySelector('[part="menu-message"]');
      button().click();
      await waitUntil(() => message() !== null, 'nothing was said');
      expect(message()!.textContent).to.equal(fa.errorChunk);
      expect(message()!.getAttribute('role')).to.equal('alert');
      expect(button().getAttribute('aria-expanded')).to.equal('false');
      // Drawn as a box over the chart, though the menu's own styles did not come either.
      const box = win.getComputedStyle(message()!);
      expect([box.position, box.backgroundColor === 'rgba(0, 0, 0, 0)']).to.deep.equal(['absolute', false]);
      expect(said.length, said.join('\n')).to.equal(1);
      await executeServerCommand('block-urls', { urls: [] });
      button().click();
      await waitUntil(() => root.querySelector('[part="menu"]') !== null, 'the menu never opened');
      expect(message() === null, 'the message is gone').to.equal(true);
    });
  });

  // A widget connected again asked again for its code chunk that had failed, not for its language's: its words
  // stayed English until the page changed its `lang`.
  it('a widget connected again asks again for the language chunk that could not load', async () => {
    await blockedPage('fa', 'fa-*', async (doc, _win, said) => {
      const el = await drawnWidget(doc, 'netreach-bars');
      const title = () => el.shadowRoot!.querySelector('[part="menu-button"]')!.getAttribute('title');
      expect(title()).to.equal('Chart menu');
      expect(said.length, said.join('\n')).to.equal(1);
      await executeServerCommand('block-urls', { urls: [] });
      el.remove();
      doc.body.append(el);
      await waitUntil(
        () => title() === fa.menu,
        () => `still "${title()}"`,
      );
      expect(el.state).to.equal('ready');
    });
  });
});
