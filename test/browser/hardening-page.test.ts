/**
 * Hardening, hostile pages: the built classic bundle on a page with its own Lit, loaded twice after another
 * "version" took a tag, under aggressive global CSS, in quirks mode, and upgrading elements created before it
 * loaded. Never an error, at most one console warning, and the widgets keep their look and fill their container.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { drawn, writtenFrame } from '../helpers/hardening.js';
import { waitUntil } from '../helpers/wait.js';

interface ProbedWindow extends Window {
  __errors: string[];
  __warnings: string[];
  __ready?: boolean;
}

async function openFixture(name: string, height = 1600): Promise<{ frame: HTMLIFrameElement; doc: Document; win: ProbedWindow }> {
  const bundle = await fetch('/dist/netreach.iife.js', { method: 'HEAD' });
  expect(bundle.ok, 'dist/netreach.iife.js is missing: run npm run build').to.equal(true);
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = `${height}px`;
  frame.src = `/test/fixtures/${name}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow as unknown as ProbedWindow };
}

const widgetsOf = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('netreach-'));

/** Waits until every widget of `doc` is ready and has drawn its picture. */
async function allReady(doc: Document): Promise<HTMLElement[]> {
  await waitUntil(() => widgetsOf(doc).every(drawn), 'widgets not ready and drawn');
  return widgetsOf(doc);
}

describe('hardening: hostile pages', () => {
  // Sizes are measured as soon as the widgets are drawn: no entrance may be scaling them then (a bar grows from 0).
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  it('a host page with its own Lit, defining elements before and after netreach', async () => {
    const { frame, doc, win } = await openFixture('own-lit.html', 900);
    try {
      await waitUntil(() => win.__ready, 'the page script did not finish');
      const widgets = await allReady(doc);
      expect(widgets).to.have.length(2);
      expect(doc.querySelector('host-before')!.shadowRoot!.textContent).to.contain('host before: <b>text</b>');
      expect(doc.querySelector('host-after')!.shadowRoot!.textContent).to.contain('host after');
      expect(win.getComputedStyle(doc.querySelector('host-before')!).color).to.equal('rgb(1, 2, 3)');
      expect(doc.querySelector('netreach-bars')!.shadowRoot!.querySelectorAll('rect.bar').length).to.be.greaterThan(2);
      expect(win.__errors, win.__errors.join(' | ')).to.deep.equal([]);
      // The page's own Lit is served in its development build, which announces itself; netreach says nothing.
      const ours = win.__warnings.filter((warning) => !warning.startsWith('Lit is in dev mode'));
      expect(ours, ours.join(' | ')).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('the script loaded twice, after another version took <netreach-stat>: no error, one warning', async () => {
    const { frame, doc, win } = await openFixture('twice.html', 1400);
    try {
      const stat = doc.querySelector('netreach-stat')!;
      expect(stat.textContent).to.equal('other version');
      await waitUntil(
        () => ['netreach-map', 'netreach-bars'].every((tag) => doc.querySelector(tag)!.getAttribute('state') === 'ready'),
        'not ready',
      );
      expect(win.__errors, win.__errors.join(' | ')).to.deep.equal([]);
      expect(win.__warnings, win.__warnings.join(' | ')).to.have.length(1);
      expect(win.__warnings[0]).to.contain('0.0.1-other');
    } finally {
      frame.remove();
    }
  });

  it('aggressive global CSS: widgets keep their look and fill their container', async () => {
    const { frame, doc, win } = await openFixture('hostile-css.html', 4000);
    try {
      const widgets = await allReady(doc);
      expect(win.__errors, win.__errors.join(' | ')).to.deep.equal([]);
      const style = (el: Element) => win.getComputedStyle(el);
      for (const widget of widgets) {
        const container = widget.parentElement!;
        // The page's `* { box-sizing: content-box }` and padding rules reach the host, not the inside.
        expect(widget.getBoundingClientRect().width, `${widget.localName} width`).to.be.closeTo(container.getBoundingClientRect().width, 1);
        const frameEl = widget.shadowRoot!.querySelector('.frame')!;
        const inside = style(frameEl);
        expect(inside.textTransform, `${widget.localName} text-transform`).to.equal('none');
        expect(inside.letterSpacing, `${widget.localName} letter-spacing`).to.equal('normal');
        expect(inside.wordSpacing, `${widget.localName} word-spacing`).to.equal('0px');
        expect(inside.textIndent, `${widget.localName} text-indent`).to.equal('0px');
        expect(inside.fontStyle, `${widget.localName} font-style`).to.equal('normal');
        expect(inside.whiteSpace, `${widget.localName} white-space`).to.equal('normal');
        expect(inside.textShadow, `${widget.localName} text-shadow`).to.equal('none');
        expect(parseFloat(inside.lineHeight) / parseFloat(inside.fontSize), `${widget.localName} line-height`).to.be.below(1.6);
      }
      // The map: member countries keep their region colour.
      const map = doc.querySelector('netreach-map')!;
      const member = map.shadowRoot!.querySelector('[role="option"]')!;
      expect(style(member).fill).to.not.equal('rgb(255, 0, 0)');
      const mapSvg = map.shadowRoot!.querySelector('svg[part~="chart"]') ?? map.shadowRoot!.querySelector('svg')!;
      expect(mapSvg.getBoundingClientRect().width).to.be.greaterThan(500);
      // The bars: rects are drawn, the chart fills the container.
      const bars = doc.querySelector('netreach-bars')!;
      const bar = bars.shadowRoot!.querySelector('rect.bar')!;
      expect(style(bar).display).to.not.equal('none');
      expect(bar.getBoundingClientRect().width).to.be.greaterThan(10);
      const barsSvg = bars.shadowRoot!.querySelector('svg')!;
      expect(barsSvg.getBoundingClientRect().width).to.be.greaterThan(500);
      // The same tile with the page's rules reverted looks the same: same height.
      const [stat, reference] = [doc.querySelector('netreach-stat:not(#reference)')!, doc.getElementById('reference')!];
      expect(stat.getBoundingClientRect().height).to.be.closeTo(reference.getBoundingClientRect().height, 2);
    } finally {
      frame.remove();
    }
  });

  it('a page in quirks mode renders every widget', async () => {
    const { frame, doc, win } = await openFixture('quirks.html', 3000);
    try {
      expect(doc.compatMode).to.equal('BackCompat');
      const widgets = await allReady(doc);
      expect(widgets).to.have.length(5);
      for (const widget of widgets) {
        expect(widget.getBoundingClientRect().width, widget.localName).to.be.closeTo(600, 2);
        expect(widget.getBoundingClientRect().height, widget.localName).to.be.greaterThan(60);
      }
      const mapSvg = doc.querySelector('netreach-map')!.shadowRoot!.querySelector('svg')!;
      expect(mapSvg.getBoundingClientRect().width).to.be.greaterThan(500);
      expect(win.__errors, win.__errors.join(' | ')).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('in quirks mode every widget lays out as in standards mode: as tall as its content, tables in its font', async () => {
    const tags = ['stat', 'map', 'bars', 'regions', 'trend', 'table', 'dashboard'].map((name) => `netreach-${name}`);
    // The same page written with and without a doctype (an iframe's srcdoc is never in quirks mode).
    const layouts: string[][] = [];
    for (const doctype of ['<!doctype html>', '']) {
      const { frame, doc } = writtenFrame(
        `${doctype}<html><head><meta charset="utf-8"><style>body { font-size: 20px }</style>
          <script src="/dist/netreach.iife.js"></script></head><body>
          ${tags.map((tag) => `<div style="width: 600px"><${tag} src="/mock/valid?quirks-layout"></${tag}></div>`).join('')}
          </body></html>`,
        700,
        1000,
      );
      try {
        expect(doc.compatMode).to.equal(doctype ? 'CSS1Compat' : 'BackCompat');
        const widgets = tags.map((tag) => doc.querySelector(tag)!);
        await waitUntil(() => widgets.every(drawn), 'widgets not ready and drawn');
        await waitUntil(() => doc.fonts.status === 'loaded', 'fonts');
        const boxes: string[] = [];
        for (const widget of widgets) {
          const rect = widget.getBoundingClientRect();
          boxes.push(`${widget.localName} ${rect.width}×${Math.round(rect.height)}`);
          const table = widget.shadowRoot!.querySelector('table, netreach-table');
          const cell = (table?.localName === 'table' ? table : table?.shadowRoot?.querySelector('table'))?.querySelector('td');
          if (cell) boxes.push(`${widget.localName} td ${getComputedStyle(cell).fontSize} ${getComputedStyle(cell).lineHeight}`);
        }
        layouts.push(boxes);
      } finally {
        frame.remove();
      }
    }
    const [standards, quirks] = layouts;
    // A tile (every widget, its frame 100 % of the host) was the viewport's height; a table's text 16 px, spaced "normal".
    expect(quirks).to.deep.equal(standards);
    expect(standards.filter((box) => box.includes(' td '))).to.have.length(2);
  });

  it('widgets the parser reaches after the classic script show their inline JSON, and a missing provider is an error', async () => {
    const { frame, doc, win } = await openFixture('inline-parsed.html', 1600);
    try {
      const orphan = doc.getElementById('orphan') as HTMLElement & { state: string };
      await waitUntil(() => orphan.state === 'error', `a provider that is not on the page: state ${orphan.state}`);
      expect(orphan.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('nope');
      const inline = [...doc.querySelectorAll<HTMLElement>('netreach-map, netreach-bars, netreach-table')];
      await waitUntil(() => inline.every(drawn), 'widgets not ready and drawn');
      // The page's own three countries, never the bundled network's 57 first.
      for (const el of inline) expect(el.shadowRoot!.textContent, el.localName).to.contain('Region A');
      expect(doc.querySelector('netreach-map')!.shadowRoot!.textContent).to.contain('Map of 3 member countries');
      expect(doc.querySelector('netreach-table')!.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(3);
      // Without inline JSON, the bundled dataset, once the page is parsed.
      const stat = doc.querySelector<HTMLElement>('netreach-stat:not([id])')!;
      await waitUntil(() => drawn(stat), 'the bundled stat never drew');
      expect(stat.shadowRoot!.textContent).to.contain('57');
      expect(win.__errors, win.__errors.join(' | ')).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('the classic script reads as UTF-8 on a page that declares no encoding (its byte-order mark)', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '600px';
    frame.style.height = '600px';
    frame.src = '/mock/legacy-page';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    try {
      const doc = frame.contentDocument!;
      expect(doc.characterSet).to.equal('windows-1252');
      const stat = doc.querySelector<HTMLElement>('netreach-stat')!;
      await waitUntil(() => drawn(stat), 'the stat never drew');
      expect(stat.shadowRoot!.querySelector('[part~="menu-button"]')!.textContent!.trim()).to.equal('⋯');
      // Persian digits, as the script writes them: not their UTF-8 bytes read as windows-1252.
      expect(stat.shadowRoot!.textContent).to.contain('۵۷');
      expect(stat.shadowRoot!.textContent).to.not.contain('Û');
    } finally {
      frame.remove();
    }
  });

  it('elements created before the script loads upgrade when it arrives', async () => {
    const { frame, doc, win } = await openFixture('upgrade.html', 1600);
    try {
      expect(widgetsOf(doc)).to.have.length(4);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(win.customElements.get('netreach-stat')).to.equal(undefined);
      const script = doc.createElement('script');
      script.src = '/dist/netreach.iife.js';
      doc.head.append(script);
      const widgets = await allReady(doc);
      expect(widgets).to.have.length(4);
      const early = doc.getElementById('early') as HTMLElement & { metric: string };
      expect(early.metric).to.equal('universities');
      expect(early.getAttribute('metric')).to.equal('universities');
      expect(early.shadowRoot!.textContent).to.match(/Universities/);
      expect(win.__errors, win.__errors.join(' | ')).to.deep.equal([]);
      expect(win.__warnings, win.__warnings.join(' | ')).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
