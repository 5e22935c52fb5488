/**
 * The README's and docs' snippets, as a webmaster pastes them: every ```html block, every element written inline
 * (`<netreach-regions type="donut">`) and every embed.html URL, read from the Markdown files themselves and
 * put on a page of its own with the built classic script beside it (dist/, as the README says: `npm test` builds
 * it first). Each widget is drawn, a chart as a chart (not the sentence standing in for one), and the console stays
 * silent; an embed's widget takes every parameter. The
 * snippets' `network.json` is the example network (data/example-network.json), `https://your-site/netreach/` is
 * dist/. A snippet that names what its data has not (CINVU's region with a file of one's own) warned.
 */
import { expect } from '@open-wc/testing';
import { drawn } from '../helpers/hardening.js';
import { waitUntil } from '../helpers/wait.js';

interface Probed extends Window {
  __said: string[];
}

const CHARTS = new Set(['netreach-map', 'netreach-bars', 'netreach-regions', 'netreach-trend']);

const FILES = ['/README.md', '/docs/WIDGETS.md', '/docs/MAP.md', '/docs/TABLE.md', '/docs/DASHBOARD.md', '/docs/EMBED.md'];

/** Records the frame's warnings, errors and uncaught failures, before any of its scripts runs. */
const PROBE = `<script>window.__said=[];for(const k of ['warn','error']){const f=console[k];console[k]=(...a)=>{window.__said.push(k+': '+a.map(String).join(' '));f.apply(console,a)}}addEventListener('error',(e)=>window.__said.push('uncaught: '+e.message));addEventListener('unhandledrejection',(e)=>window.__said.push('rejection: '+e.reason))</script>`;

const texts = Promise.all(FILES.map(async (file) => [file, await (await fetch(file)).text()] as const));

/** The page a snippet is pasted into: the files beside it are dist/'s, its `network.json` the example network. */
function page(snippet: string): string {
  let body = snippet
    .trim()
    .replace(/src="(https:\/\/example\.org\/)?network\.json"/g, 'src="/mock/valid"')
    .replaceAll('https://your-site/netreach/', '/dist/')
    .replace(/src="(netreach(?:\.iife)?\.js)"/g, 'src="/dist/$1"');
  const opening = /^<html[^>]*>/.exec(body)?.[0] ?? '<html>';
  body = body.replace(/^<html[^>]*>/, '');
  const script = /<script[^>]*\ssrc=/.test(body) ? '' : '<script src="/dist/netreach.iife.js"></script>';
  return `<!doctype html>${opening}<head>${PROBE}<meta charset="utf-8"></head><body>${script}${body}`;
}

async function framed(html: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1200px; border: 0';
  frame.srcdoc = html;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** A chart drawn as no chart: the sentence that stands in for one ("every bar would be 1: nothing to compare"). */
function noChart(widget: Element): string[] {
  if (!CHARTS.has(widget.localName)) return [];
  if (widget.shadowRoot!.querySelector('svg[part~="chart"] :is(rect, path, circle)')) return [];
  return [`${widget.localName} draws no chart: ${widget.shadowRoot!.textContent!.trim().slice(0, 80)}`];
}

const widgetsOf = (doc: Document) =>
  [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('netreach-') && el.localName !== 'netreach-data');

/** What went wrong with `snippet` on a page of its own: widgets not drawn, what the console said. */
async function problems(snippet: string): Promise<string[]> {
  const frame = await framed(page(snippet));
  try {
    const doc = frame.contentDocument!;
    const widgets = widgetsOf(doc);
    const frames = [...doc.querySelectorAll('iframe')];
    const found: string[] = [];
    if (widgets.length + frames.length === 0) found.push('no widget');
    await waitUntil(
      () => widgets.every(drawn),
      () => `not drawn: ${widgets.map((el) => `${el.localName} ${el.getAttribute('state')}`).join(', ')}`,
    );
    for (const inner of frames) {
      await waitUntil(() => {
        const widget = inner.contentDocument?.querySelector('main > [state]');
        return Boolean(widget && drawn(widget));
      }, `${inner.src}: no widget drawn`);
      // The one-line script beside the iframe sizes it from the height the page posts.
      await waitUntil(() => parseFloat(inner.style.height) > 100, `${inner.src}: not sized`);
    }
    found.push(...widgets.flatMap(noChart));
    found.push(...(frame.contentWindow as unknown as Probed).__said);
    return found;
  } finally {
    frame.remove();
  }
}

describe('the README’s snippets, pasted as written', () => {
  before(async () => {
    for (const file of ['/dist/netreach.iife.js', '/dist/netreach.js', '/dist/embed.html'])
      expect((await fetch(file, { method: 'HEAD' })).ok, `${file} is missing: run npm run build`).to.equal(true);
  });

  it('every html block of README.md and the docs draws, with a silent console', async () => {
    const blocks = (await texts).flatMap(([file, text]) =>
      [...text.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => [file, match[1]!] as const),
    );
    expect(blocks.length).to.be.at.least(9);
    const found: string[] = [];
    for (const [file, block] of blocks) for (const problem of await problems(block)) found.push(`${file}: ${block.trim()}: ${problem}`);
    expect(found).to.deep.equal([]);
  });

  it('every element written inline, with its attributes, draws, with a silent console', async () => {
    const inline = (await texts).flatMap(([file, text]) =>
      [...text.matchAll(/`(<(netreach-[a-z]+)\s[^`>]*>)(?:<\/netreach-[a-z]+>)?`/g)].map(
        // A provider serves the widgets inside it.
        ([, tag, name]) =>
          [file, `${tag!.replace(/\s+/g, ' ')}${name === 'netreach-data' ? '<netreach-stat></netreach-stat>' : ''}</${name}>`] as const,
      ),
    );
    // `<netreach-bars group-by="country">`, `<netreach-table compare="al-mustafa">`, `<netreach-data dataset="al-mustafa">`…
    expect(inline.length).to.be.at.least(6);
    const found: string[] = [];
    for (const [file, tag] of inline) for (const problem of await problems(tag)) found.push(`${file}: ${tag}: ${problem}`);
    expect(found).to.deep.equal([]);
  });

  it('the module script, as the README writes it, draws the first snippet’s tile', async () => {
    const [, readme] = (await texts)[0]!;
    const module = '<script type="module" src="netreach.js"></script>';
    expect(readme).to.contain(`\`${module}\``);
    expect(await problems(`${module}<netreach-stat metric="virtual-students"></netreach-stat>`)).to.deep.equal([]);
  });

  it('every embed.html URL draws its widget with each parameter taken', async () => {
    const urls = new Set(
      (await texts).flatMap(([, text]) => [...text.matchAll(/embed\.html\?(widget=[a-z]+(?:&[a-z-]+=[\w-]+)*)/g)].map((m) => m[1]!)),
    );
    expect(urls.size).to.be.at.least(3);
    for (const query of urls) {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 640px; height: 800px; border: 0';
      frame.src = `/dist/embed.html?${query}`;
      document.body.append(frame);
      try {
        const params = new URLSearchParams(query);
        const tag = `netreach-${params.get('widget')}`;
        await waitUntil(() => {
          const widget = frame.contentDocument?.querySelector(tag);
          return Boolean(widget && drawn(widget));
        }, `${query}: not drawn`);
        const widget = frame.contentDocument!.querySelector(tag)!;
        // A parameter the page refused (an unknown attribute, a value the widget refuses) is left off the element.
        const taken = [...params].filter(([name]) => name !== 'widget').map(([name]) => `${name}=${widget.getAttribute(name)}`);
        expect(noChart(widget), query).to.deep.equal([]);
        expect(taken, query).to.deep.equal([...params].filter(([name]) => name !== 'widget').map(([name, value]) => `${name}=${value}`));
      } finally {
        frame.remove();
      }
    }
  });
});
