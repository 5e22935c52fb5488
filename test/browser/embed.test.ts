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
});
