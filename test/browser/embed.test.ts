import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait.js';

describe('embed.html', () => {
  it('renders the widget from its query string and posts its height to the parent', async () => {
    const heights: number[] = [];
    const onMessage = (event: MessageEvent) => {
      if (event.data?.type === 'netreach:height') heights.push(event.data.height);
    };
    addEventListener('message', onMessage);
    const frame = document.createElement('iframe');
    frame.style.width = '480px';
    frame.src = '/demo/embed.html?widget=stat&metric=virtual-students&lang=fa&theme=dark&onclick=x';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('netreach-stat')?.getAttribute('state') === 'ready', 'widget not ready');
      const stat = frame.contentDocument!.querySelector('netreach-stat')!;
      expect(stat.getAttribute('metric')).to.equal('virtual-students');
      expect(stat.getAttribute('lang')).to.equal('fa');
      expect(stat.getAttribute('theme')).to.equal('dark');
      expect(stat.hasAttribute('onclick')).to.equal(false);
      await waitUntil(() => heights.some((height) => height > 80), 'no height message');
    } finally {
      removeEventListener('message', onMessage);
      frame.remove();
    }
  });

  it('says in the frame that a dataset is unknown, rather than show another network', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '480px';
    frame.src = '/demo/embed.html?widget=stat&dataset=atlantis';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('netreach-stat')?.getAttribute('state') === 'error', 'no error state');
      const stat = frame.contentDocument!.querySelector('netreach-stat')!;
      expect(stat.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('atlantis');
    } finally {
      frame.remove();
    }
  });

  it('names the page by what it shows: its title, and a heading for screen readers only', async () => {
    for (const [query, name] of [
      ['widget=map', 'CINVU: map'],
      ['widget=bars&dataset=silk-road', '“One Belt, One Road” University Alliance: bar chart'],
      ['widget=stat&lang=fa', 'شبکه دانشگاه‌های مجازی جهان اسلام: رقم کلیدی'],
      ['widget=table&lang=fr', 'Réseau interislamique des universités virtuelles du COMSTECH\u00a0: tableau'],
      // The dataset's Azerbaijani name and the noun in Cyrillic letters, as the widget writes them.
      ['widget=map&lang=az-Cyrl', 'COMSTECH Виртуал Университетләрин Исламларарасы Шәбәкәси: хәритә'],
    ]) {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 480px; height: 600px; border: 0';
      frame.src = `/demo/embed.html?${query}`;
      document.body.append(frame);
      try {
        const doc = () => frame.contentDocument;
        await waitUntil(() => doc()?.querySelector('main > [state="ready"]'), `${query}: widget not ready`);
        await waitUntil(
          () => doc()!.title === name,
          () => `${query}: title ${JSON.stringify(doc()!.title)}`,
        );
        const heading = doc()!.querySelector('h1')!;
        expect(heading.textContent, query).to.equal(name);
        const box = heading.getBoundingClientRect();
        expect(box.width * box.height, `${query}: the heading takes no room`).to.be.at.most(1);
        expect(doc()!.querySelector('main')!.contains(heading), `${query}: in the page's main landmark`).to.equal(true);
      } finally {
        frame.remove();
      }
    }
  });

  it("keeps the widget off the frame's edges with a card's padding, its themed background filling it", async () => {
    for (const query of ['widget=map', 'widget=map&lang=fa&theme=dark', 'widget=trend&metric=virtual-students', 'widget=stat&presenter=']) {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 480px; height: 600px; border: 0';
      frame.src = `/demo/embed.html?${query}`;
      document.body.append(frame);
      try {
        const tag = `netreach-${new URLSearchParams(query).get('widget')}`;
        const widget = () => frame.contentDocument?.querySelector<HTMLElement>(`body > main > ${tag}`);
        await waitUntil(() => widget()?.getAttribute('state') === 'ready', `${query}: widget not ready`);
        const win = frame.contentWindow!;
        const element = widget()!;
        const style = win.getComputedStyle(element);
        for (const side of ['top', 'right', 'bottom', 'left'])
          expect(parseFloat(style.getPropertyValue(`padding-${side}`)), `${query}: padding-${side}`).to.be.at.least(12);
        // Everything the widget draws (its frame holds the chart, legend, source and menu button) sits inside the
        // viewport with that margin, on every side.
        const box = element.shadowRoot!.querySelector('[part="frame"]')!.getBoundingClientRect();
        const margin = 12;
        expect(box.left, `${query}: left`).to.be.at.least(margin - 0.5);
        expect(box.top, `${query}: top`).to.be.at.least(margin - 0.5);
        expect(box.right, `${query}: right`).to.be.at.most(win.innerWidth - margin + 0.5);
        expect(element.getBoundingClientRect().right, `${query}: no horizontal overflow`).to.be.at.most(win.innerWidth + 0.5);
        for (const name of ['legend', 'source', 'menu-button']) {
          const each = element.shadowRoot!.querySelector(`[part~="${name}"]`);
          if (!each) continue;
          const rect = each.getBoundingClientRect();
          expect(rect.left, `${query}: ${name} left`).to.be.at.least(margin - 0.5);
          expect(rect.right, `${query}: ${name} right`).to.be.at.most(win.innerWidth - margin + 0.5);
        }
        if (query.includes('theme=dark')) expect(style.backgroundColor, `${query}: background`).to.not.equal('rgba(0, 0, 0, 0)');
      } finally {
        frame.remove();
      }
    }
  });
});
