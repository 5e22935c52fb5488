/**
 * What a first draw asks for on a built page (dist/netreach.js), in English and in Persian and Arabic: the scripts of
 * the build before the strings of lazy code moved into that code (s38-12: the overlap table's caption and column into
 * `src/core/en/overlap.ts`, copied into the map's and the table's chunks, one copy a chunk). Nothing a first draw runs
 * may come in a request it did not make before (docs/PERFORMANCE.md).
 */
import { expect } from '@open-wc/testing';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { builtPage, consoleOf, drawnWidget, scripts } from '../helpers/built-page.js';
import { waitUntil } from '../helpers/wait.js';

/** A `<tag>` drawn on a built page of its own in `lang`: the scripts it asked for, and its text. */
async function firstDraw(
  lang: string,
  tag: string,
  set: (el: NetreachElement) => void = () => {},
): Promise<{ asked: string[]; text: string }> {
  const { frame, doc, win } = await builtPage(lang);
  try {
    const el = await drawnWidget(doc, tag, set);
    const text = [...el.shadowRoot!.querySelectorAll('*')]
      .map((node) => `${node.textContent ?? ''} ${node.getAttribute('aria-label') ?? ''}`)
      .join(' ');
    return { asked: scripts(win), text };
  } finally {
    frame.remove();
  }
}

const withData = (el: NetreachElement) => ((el as NetreachElement & { data: unknown }).data = EXAMPLE_NETWORK);

describe('a first draw on a built page asks for what it asked for before', () => {
  for (const lang of ['en', 'fa', 'ar']) {
    // English's words are up front; another language's come in its chunk, asked for beside the rest.
    const words = lang === 'en' ? [] : [lang];
    it(`${lang}: a default map`, async () => {
      const { asked } = await firstDraw(lang, 'netreach-map');
      expect(asked).to.deep.equal(['cinvu', 'map.chunk', 'netreach.js', 'world-geo', ...words].sort());
    });
    it(`${lang}: bars of the page’s own data (.data)`, async () => {
      const { asked } = await firstDraw(lang, 'netreach-bars', withData);
      expect(asked).to.deep.equal(['netreach.js', 'validate', ...words].sort());
    });
    it(`${lang}: bars of the page’s own file (src): the validator’s chunk, which reads its body (read-capped.ts)`, async () => {
      const { asked } = await firstDraw(lang, 'netreach-bars', (el) => el.setAttribute('src', '/mock/valid'));
      expect(asked).to.deep.equal(['netreach.js', 'validate', ...words].sort());
    });
    it(`${lang}: a default table`, async () => {
      const { asked, text } = await firstDraw(lang, 'netreach-table');
      expect(asked).to.deep.equal(['cinvu', 'netreach.js', 'table.chunk', ...words].sort());
      expect(text.match(/\b(table|overlap)[A-Z]\w+/)?.[0] ?? 'no key').to.equal('no key');
    });
    it(`${lang}: a default stat`, async () => {
      const { asked } = await firstDraw(lang, 'netreach-stat');
      expect(asked).to.deep.equal(['cinvu', 'netreach.js', 'stat.chunk', ...words].sort());
    });
  }
  it('fa and ar: a compared table says its caption and column in the language (its chunk’s words, not English)', async () => {
    for (const lang of ['fa', 'ar']) {
      const { asked, text } = await firstDraw(lang, 'netreach-table', (el) => el.setAttribute('compare', 'al-mustafa'));
      expect(asked).to.deep.equal(['al-mustafa', 'cinvu', 'netreach.js', 'table.chunk', lang].sort());
      for (const english of ['countries compared', 'Listed in']) expect(text.includes(english), `${lang}: ${english}`).to.equal(false);
      expect(text.match(/\b(table|overlap)[A-Z]\w+/)?.[0] ?? 'no key').to.equal('no key');
    }
  });
});

/** A `<tag>` drawn on a built English page of its own; `then` acts on it once drawn and returns what to check. */
async function onBuiltPage<T>(tag: string, then: (el: NetreachElement) => Promise<T>): Promise<T> {
  const { frame, doc } = await builtPage();
  try {
    const el = doc.createElement(tag) as NetreachElement;
    doc.body.append(el);
    await waitUntil(
      () => el.state === 'ready',
      () => `never drew (was ${el.state})`,
    );
    return await then(el);
  } finally {
    frame.remove();
  }
}

describe('English that more than one lazy chunk says (src/core/en/later.ts), on a built page', () => {
  it('is not in what every page loads up front', async () => {
    const bundle = await (await fetch('/dist/netreach.js')).text();
    expect(bundle.includes('Hide data'), 'Hide data').to.equal(false);
    expect(bundle.includes('{value} ({share})'), '{value} ({share})').to.equal(false);
  });

  it('the map’s table toggle says "Hide data" while its table shows (the map chunk’s copy)', async () => {
    const said = await onBuiltPage('netreach-map', async (el) => {
      const toggle = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="table-toggle"]')!;
      toggle().click();
      await waitUntil(
        () => toggle().getAttribute('aria-expanded') === 'true',
        () => 'the table never opened',
      );
      return toggle().textContent;
    });
    expect(said).to.equal('Hide data');
  });

  it('the menu’s item says "Hide data" while View data shows (the on-demand chunk’s copy)', async () => {
    const said = await onBuiltPage('netreach-bars', async (el) => {
      const root = el.shadowRoot!;
      const item = () => root.querySelector<HTMLButtonElement>('[data-action="data"]');
      root.querySelector<HTMLButtonElement>('[part~="menu-button"]')!.click();
      await waitUntil(() => item() !== null, 'the menu never opened');
      item()!.click();
      await waitUntil(() => item() === null, 'the menu never closed');
      root.querySelector<HTMLButtonElement>('[part~="menu-button"]')!.click();
      await waitUntil(() => item() !== null, 'the menu never opened again');
      return item()!.textContent?.trim();
    });
    expect(said).to.equal('Hide data');
  });

  it('the regions say each figure with its share (the regions chunk’s copy)', async () => {
    const text = await onBuiltPage('netreach-regions', async (el) =>
      [...el.shadowRoot!.querySelectorAll('*')]
        .map((node) => `${node.textContent ?? ''} ${node.getAttribute('aria-label') ?? ''}`)
        .join(' '),
    );
    expect(text.includes('valueShare'), 'a key').to.equal(false);
    expect(text).to.match(/\d \(\d+(\.\d)?%\)/);
  });
});

describe('a fetched body checked and read by the validator’s chunk (src/core/read-capped.ts), on a built page', () => {
  it('is not in what every page loads up front', async () => {
    const bundle = await (await fetch('/dist/netreach.js')).text();
    // The body's reader and the types that are not JSON's, which only readCapped() asks for.
    expect(bundle.includes('getReader'), 'getReader').to.equal(false);
    expect(bundle.includes('application\\/xhtml'), 'application/xhtml').to.equal(false);
    expect(bundle.includes('fetches no file'), 'the file: URL advice').to.equal(false);
  });

  /** What a `<netreach-bars src>` of `url` says in its error box on a built page (and in the console, `said`). */
  async function errorOf(url: string, said: string[] = []): Promise<string> {
    const { frame, doc, win } = await builtPage();
    try {
      const console = consoleOf(win);
      const el = doc.createElement('netreach-bars') as NetreachElement;
      el.setAttribute('src', url);
      doc.body.append(el);
      await waitUntil(
        () => el.state === 'error',
        () => `never failed (was ${el.state})`,
      );
      said.push(...console);
      return el.shadowRoot!.querySelector('[part="error"]')?.textContent ?? '';
    } finally {
      frame.remove();
    }
  }

  it('still refuses a body over the byte cap, naming the cap', async () => {
    expect(await errorOf('/mock/big?bytes=11000000')).to.match(/larger than 10 MB/);
  });

  it('still refuses an HTML page served with 200 and a 204 as not JSON, and says an HTTP status', async () => {
    expect(await errorOf('/mock/html')).to.match(/is not JSON/);
    expect(await errorOf('/mock/no-content')).to.match(/is not JSON/);
    expect(await errorOf('/mock/status?code=404')).to.match(/HTTP 404/);
  });

  it('still says in the console why a file: URL fails, before its error', async () => {
    const said: string[] = [];
    expect(await errorOf('file:///tmp/netreach-file-page.json', said)).to.match(/Could not reach/);
    expect(said).to.deep.equal([
      'netreach: a browser fetches no file: URL (file:///tmp/netreach-file-page.json): serve the page, or put the data inline (README, Loading data)',
    ]);
  });

  it('says a page’s invalid .data object (validateObject(), in that chunk) in every widget given it', async () => {
    const { frame, doc } = await builtPage();
    try {
      const data = { version: 99 };
      const texts: string[] = [];
      for (const tag of ['netreach-bars', 'netreach-stat']) {
        const el = doc.createElement(tag) as NetreachElement & { data: unknown };
        el.data = data;
        doc.body.append(el);
        await waitUntil(
          () => el.state === 'error',
          () => `${tag} never failed (was ${el.state})`,
        );
        texts.push(el.shadowRoot!.querySelector('[part="error"]')?.textContent?.trim() ?? '');
      }
      expect(texts[0]).to.match(/^Unsupported dataset/);
      expect(texts[1]).to.equal(texts[0]);
    } finally {
      frame.remove();
    }
  });
});

describe('a figure over time in words (src/core/growth.ts and en/growth.ts), on a built page', () => {
  const textOf = (el: NetreachElement) =>
    [...el.shadowRoot!.querySelectorAll('*')].map((node) => `${node.textContent ?? ''} ${node.getAttribute('aria-label') ?? ''}`).join(' ');
  const KEYS = /\b(sinceYear|unchangedSinceYear|sincePeriod|unchangedSincePeriod|inYear|growthComputed|growthRounding|periodNote)\b/;

  it('is not in what every page loads up front', async () => {
    const bundle = await (await fetch('/dist/netreach.js')).text();
    for (const english of ['{change} since {year}', 'Computed from two figures', 'it gives no year'])
      expect(bundle.includes(english), english).to.equal(false);
  });

  it('the KPI tile and the trend say a growth and how it was computed in English (their chunks’ copies)', async () => {
    for (const tag of ['netreach-stat', 'netreach-trend']) {
      const text = await onBuiltPage(tag, async (el) => {
        el.setAttribute('metric', 'virtual-students');
        await waitUntil(
          () => el.state === 'ready' && textOf(el).includes('Computed from two figures'),
          () => `${tag} never said its growth: ${textOf(el).slice(0, 300)}`,
        );
        return textOf(el);
      });
      expect(text.match(KEYS)?.[0] ?? 'no key', tag).to.equal('no key');
      expect(text, tag).to.match(/since 20\d\d|on the figure/);
    }
  });
});

// s40-8: the dashboard's chunk held a third copy of growth.ts (beside the KPI tile's and the trend's, which a
// dashboard page loads at once with it): it takes the tile chunk's functions instead (dashboard.code.ts).
describe('a dashboard on a built page: growth.ts once in each chunk it loads but its own', () => {
  it('asks for its chunks beside one another, growth.ts in the tile’s and the trend’s only, and places the growth line', async () => {
    const { frame, doc, win } = await builtPage();
    try {
      const el = await drawnWidget(doc, 'netreach-dashboard');
      const asked = scripts(win);
      expect(asked).to.deep.equal(
        [
          'cinvu',
          'dashboard.chunk',
          'map.chunk',
          'netreach.js',
          'regions.chunk',
          'stat.chunk',
          'table.chunk',
          'trend.chunk',
          'world-geo',
        ].sort(),
      );
      const urls = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => path.startsWith('/dist/chunks/'));
      const withGrowth: string[] = [];
      for (const url of urls)
        if ((await (await fetch(url)).text()).includes('Computed from two figures'))
          withGrowth.push(url.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, ''));
      expect(withGrowth.sort()).to.deep.equal(['stat.chunk', 'trend.chunk']);
      // The trend leaves its growth line to the KPI tile of the same metric, which says it (the tile chunk's growthText()).
      const trend = el.shadowRoot!.querySelector<NetreachElement>('netreach-trend')!;
      expect([...trend.hiddenNotes]).to.include('At least +33% since 2020');
      // And the note of how that growth was computed shows once, with the first part that says it.
      const parts = [...el.shadowRoot!.querySelectorAll<NetreachElement>('netreach-stat, netreach-trend')];
      const shown = parts.flatMap((part) => part.notes.filter((note) => !part.hiddenNotes.includes(note)));
      expect(
        shown.filter((note) => /^Computed from two figures: 22\smillion/.test(note)),
        shown.join(' / '),
      ).to.have.length(1);
      expect(shown.length, shown.join(' / ')).to.equal(new Set(shown).size);
    } finally {
      frame.remove();
    }
  });
});

// s40-10: the KPI tile's and the trend's CSV rows (src/core/total-rows.ts) are written by their chunks, each with its
// copy, which `ready` waits for: not up front.
describe('a metric’s totals as CSV rows (src/core/total-rows.ts), on a built page', () => {
  // Its header's words in a row, however the minifier (or the test server, which spaces them) writes the array.
  const HEADER = /metric\W{1,5}year\W{1,5}period\W{1,5}value\W{1,5}qualifier\W{1,5}source/;

  it('is in the KPI tile’s and the trend’s chunks, not in what every page loads up front', async () => {
    const bundle = await (await fetch('/dist/netreach.js')).text();
    expect(HEADER.test(bundle), 'the totals’ header in netreach.js').to.equal(false);
    const { frame, doc, win } = await builtPage();
    try {
      for (const tag of ['netreach-stat', 'netreach-trend']) await drawnWidget(doc, tag);
      const urls = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\/(stat|trend)\.chunk-/.test(path));
      expect(urls).to.have.length(2);
      for (const url of urls) expect(HEADER.test(await (await fetch(url)).text()), url).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('a KPI tile’s and a trend’s CSV hold the metric’s totals; a tile of a metric with none, its figure', async () => {
    for (const tag of ['netreach-stat', 'netreach-trend']) {
      const csv = await onBuiltPage(tag, async (el) => {
        el.setAttribute('metric', 'virtual-students');
        await waitUntil(
          () => el.state === 'ready' && el.toCSV().includes('virtual-students,'),
          () => `${tag} never wrote its metric’s rows`,
        );
        return el.toCSV();
      });
      expect(csv.split('\r\n')[0], tag).to.equal('metric,year,period,value,qualifier,source');
      expect(csv, tag).to.match(/\r\nvirtual-students,20\d\d,,\d+,/);
    }
    const { frame, doc } = await builtPage();
    try {
      const el = await drawnWidget(doc, 'netreach-stat', withData);
      expect(el.toCSV().split('\r\n').slice(0, 2)).to.deep.equal([
        'metric,value,qualifier',
        `countries,${(EXAMPLE_NETWORK as { members: unknown[] }).members.length},`,
      ]);
    } finally {
      frame.remove();
    }
  });
});
