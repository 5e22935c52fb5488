/**
 * docs/EXPORTS.md's example ("From a script: waiting for the drawing"), run as a page's module script on a page that
 * loads the built dist/netreach.js: the example awaits `whenReady()`, and gets the file; a `toSVG()` asked for while
 * the map is still loading waits for the drawing, and gets the same file.
 */
import { expect } from '@open-wc/testing';
import type { NetreachElement } from '../../src/base/netreach-element.js';
import { builtPage } from '../helpers/built-page.js';
import { waitUntil } from '../helpers/wait.js';

/** The first ```js block after `heading` in `file`. */
async function example(file: string, heading: string): Promise<string> {
  const text = await (await fetch(file)).text();
  const section = text.slice(text.indexOf(heading));
  expect(section.length, `no "${heading}" in ${file}`).to.be.below(text.length);
  return /```js\n([\s\S]*?)```/.exec(section)![1]!;
}

describe("docs/EXPORTS.md's way to wait for a widget's file", () => {
  it("gets the map's SVG, asked for while the map is still loading", async () => {
    const code = await example('/docs/EXPORTS.md', '## From a script: waiting for the drawing');
    const { frame, doc, win } = await builtPage();
    try {
      const map = doc.createElement('netreach-map') as NetreachElement;
      doc.body.append(map);
      expect(map.state).to.equal('loading');
      const asked = map.toSVG();
      const script = doc.createElement('script');
      script.type = 'module';
      script.textContent = `${code}\nwindow.__svg = svg;`;
      doc.body.append(script);
      const early = await asked;
      expect(map.state).to.equal('ready');
      const result = win as Window & { __svg?: string };
      await waitUntil(() => '__svg' in result, 'the example never finished');
      expect(result.__svg?.startsWith('<svg'), result.__svg?.slice(0, 80)).to.equal(true);
      expect(result.__svg).to.contain('<path');
      expect(early === result.__svg, 'asked for while loading: the drawn file').to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
