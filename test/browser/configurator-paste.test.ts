// The README's "Your own network in five minutes", followed as a webmaster does: the README's table pasted into
// the configurator, "Copy snippet with the data inline" clicked, and what it copied pasted into a page beside
// netreach.iife.js (dist/, built by `node scripts/build.mjs`) — where it must draw the same members.
import { expect } from '@open-wc/testing';
import type { Dataset } from '../../src/core/types.js';
import { waitUntil } from '../helpers/wait.js';

const README_TABLE = [
  'Country\tRegion\tJoined\tUniversities\tVirtual students',
  'Iran (Islamic Republic of)\tAsia & Pacific\t2015\t12\t120,000',
  'Türkiye\tEurope\t2018\t8\t',
  "Côte d'Ivoire\tAfrica\t2020\t3\t4,500",
].join('\n');

type Widget = HTMLElement & { data?: Dataset; state?: string };

describe("the configurator's inline snippet, pasted into a page", () => {
  let frame: HTMLIFrameElement;
  const $ = <T extends Element = HTMLElement>(selector: string) => frame.contentDocument!.querySelector<T>(selector)!;
  const preview = () => $<Widget>('#preview > *');

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1200px; height: 2000px; border: 0';
    frame.src = '/demo/configurator.html';
    document.body.append(frame);
    await waitUntil(() => preview()?.state === 'ready', 'the preview never drew');
  });
  after(() => frame.remove());

  it('prints snippets that load every file from next to the page, and names the files to copy there', async () => {
    const text = (id: string) => $(`#${id}`).textContent!.replace(/\s+/g, ' ');
    const heading = (id: string) => $(`#${id}`).closest('pre')!.previousElementSibling!.textContent!.replace(/\s+/g, ' ');
    // Not the configurator's server (http://localhost…/dist/embed.html), which a page elsewhere cannot reach.
    expect(text('snippet-iframe')).to.match(/^<iframe src="embed\.html\?widget=map"/);
    expect(heading('snippet-iframe')).to.contain(
      'copy dist/embed.html, dist/embed.js, dist/embed.css and dist/netreach.iife.js next to your page',
    );
    expect(text('snippet-script')).to.match(/^<script src="netreach\.iife\.js"><\/script>/);
    expect(heading('snippet-script')).to.equal('Script tag (copy dist/netreach.iife.js next to your page)');
    expect(heading('snippet-npm')).to.equal('npm');

    // The example network: its file by its name, beside the page (not ../data/, beside the configurator), and said.
    const select = $<HTMLSelectElement>('select[name="dataset"]');
    select.value = '../data/example-network.json';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(
      () => text('snippet-script').includes('src="example-network.json"'),
      () => text('snippet-script'),
    );
    expect(text('snippet-iframe')).to.contain('<iframe src="embed.html?widget=map&amp;src=example-network.json');
    expect(text('snippet-npm')).to.contain('src="example-network.json"');
    expect(heading('snippet-script')).to.equal('Script tag (copy dist/netreach.iife.js and data/example-network.json next to your page)');
    expect(heading('snippet-iframe')).to.contain(
      'copy dist/embed.html, dist/embed.js, dist/embed.css, dist/netreach.iife.js and data/example-network.json next to your page',
    );
    expect(heading('snippet-npm')).to.equal('npm (copy data/example-network.json next to your page)');
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(
      () => !text('snippet-script').includes('src="example-network.json"'),
      () => text('snippet-script'),
    );
  });

  it('copies a script tag that loads netreach.iife.js from beside the page, and the widget there draws the data', async () => {
    const sheet = $<HTMLTextAreaElement>('#sheet');
    sheet.value = README_TABLE;
    sheet.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    await waitUntil(
      () => preview().data?.members.length === 3,
      () => `not imported: ${$('#import-status').textContent}`,
    );

    let copied = '';
    Object.defineProperty(frame.contentWindow!.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    $<HTMLButtonElement>('#copy-inline').click();
    await waitUntil(
      () => copied,
      () => `nothing copied: ${$('#data-copied').textContent}`,
    );

    // "paste it into your page, beside netreach.iife.js": not the configurator's own server's copy.
    expect(copied.split('\n')[0]).to.equal('<script src="netreach.iife.js"></script>');
    // And the script snippet shown under "Script tag (copy dist/netreach.iife.js next to your page)" is what was copied.
    expect($('#snippet-script').closest('pre')!.previousElementSibling!.textContent).to.contain('next to your page');
    expect($('#snippet-script').textContent).to.equal(copied);

    const page = document.createElement('iframe');
    page.srcdoc = `<!doctype html><html><head><base href="${new URL('/dist/', location.href).href}"></head><body>${copied}</body></html>`;
    document.body.append(page);
    try {
      const widget = () => page.contentDocument?.querySelector<Widget>('[state]');
      await waitUntil(
        () => widget()?.state === 'ready',
        () => `the pasted widget is ${widget()?.state}`,
      );
      expect(widget()!.localName).to.equal('netreach-map');
      const members = [...widget()!.shadowRoot!.querySelectorAll('[role="option"]')].map(
        (member) => member.getAttribute('aria-label') ?? '',
      );
      expect(members).to.have.length(3);
      for (const name of ['Iran', 'Türkiye', 'Côte d’Ivoire']) expect(members.join('|')).to.contain(name);
    } finally {
      page.remove();
    }
  });
});
