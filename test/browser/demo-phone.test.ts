// The demo's pages on a phone (a 360 px frame, as a webmaster checks a page before pasting its snippet): once every
// widget has drawn, nothing is wider than the screen — the page does not scroll sideways. The gallery's grid of wide
// cards asked for 22 rem (352 px) a column, and the configurator's data grid for 20 rem: wider than a phone's page.
// Nor does a block inside it scroll sideways out of a keyboard's reach.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';

const PAGES = ['index', 'dashboard', 'configurator', 'fa', 'ar'];

type Widget = HTMLElement & { state?: string };

describe('the demo on a phone', () => {
  for (const page of PAGES) {
    it(`demo/${page}.html does not scroll sideways at 360 px`, async function () {
      this.timeout(120_000);
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 360px; height: 800px; border: 0';
      frame.src = `/demo/${page}.html`;
      document.body.append(frame);
      try {
        await waitUntil(() => frame.contentDocument?.URL.endsWith(`/demo/${page}.html`), `demo/${page}.html never started loading`);
        const widgets = () =>
          [...frame.contentDocument!.querySelectorAll<Widget>('*')].filter(
            (each) => each.localName.startsWith('netreach-') && each.state !== undefined,
          );
        await waitUntil(
          () =>
            frame.contentDocument!.readyState === 'complete' && widgets().length > 0 && widgets().every((each) => each.state !== 'loading'),
          () =>
            `demo/${page}.html: still loading: ${widgets()
              .filter((each) => each.state === 'loading')
              .map((each) => each.localName)
              .join(', ')}`,
        );
        await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const root = frame.contentDocument!.documentElement;
        const wide = [...frame.contentDocument!.body.querySelectorAll('*')]
          .filter((each) => each.getBoundingClientRect().right > root.clientWidth + 0.5)
          .filter((each) => !each.parentElement?.closest('pre, [style*="overflow"]'))
          .slice(0, 5)
          .map((each) => `${each.localName}${each.className ? `.${String(each.className).split(' ').join('.')}` : ''}`);
        expect(root.scrollWidth, `wider than the screen: ${wide.join(', ')}`).to.be.at.most(root.clientWidth);
        // A block that scrolls sideways within the page (a code snippet) is out of a keyboard's reach without a tab
        // stop (axe's scrollable-region-focusable): the gallery's snippet did, before it wrapped.
        const unreachable = [...frame.contentDocument!.body.querySelectorAll<HTMLElement>('*')]
          .filter((each) => {
            const { overflowX } = frame.contentWindow!.getComputedStyle(each);
            const scrolls = (overflowX === 'auto' || overflowX === 'scroll') && each.scrollWidth > each.clientWidth + 1;
            return scrolls && each.tabIndex < 0 && !each.querySelector('a[href], button, input, select, textarea, [tabindex]');
          })
          .map((each) => each.localName);
        expect(unreachable, 'scrolls sideways with no tab stop').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
