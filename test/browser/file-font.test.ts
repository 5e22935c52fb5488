/**
 * A file in the page's font: a widget under a much wider `--netreach-font` (a monospace face) writes a file that names
 * it (`toSVG()`), and the file's text, drawn in it, stays inside the image and overlaps no other text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/bars/define.js';
import '../../src/regions/define.js';
import '../../src/trend/define.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';
import { waitUntil } from '../helpers/wait.js';
import { textOverlaps, type TextBox } from '../helpers/assertions.js';

type Widget = HTMLElement & { state?: string; updateComplete: Promise<unknown>; toSVG(size?: object): Promise<string> };

const WIDGETS = [
  ['bars', html`<netreach-bars .data=${EXAMPLE_NETWORK} metric="universities" group-by="country" limit="8"></netreach-bars>`],
  ['regions', html`<netreach-regions .data=${EXAMPLE_NETWORK}></netreach-regions>`],
  ['regions (donut)', html`<netreach-regions .data=${EXAMPLE_NETWORK} type="donut"></netreach-regions>`],
  ['trend', html`<netreach-trend></netreach-trend>`],
] as const;

/** `svg` drawn in the page, and its texts' boxes and the image's, relative to the image. */
function textBoxes(svg: string): { width: number; height: number; boxes: TextBox[] } {
  const holder = document.createElement('div');
  const root = holder.appendChild(document.importNode(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement, true));
  document.body.append(holder);
  const frame = root.getBoundingClientRect();
  // A halo is its label's copy, stroked under it (`fill="none"`): the label's box.
  const boxes = [...root.querySelectorAll('text:not([fill="none"])')]
    .filter((text) => text.textContent!.trim())
    .map((text) => {
      const { left, right, top, bottom } = text.getBoundingClientRect();
      return {
        left: left - frame.left,
        right: right - frame.left,
        top: top - frame.top,
        bottom: bottom - frame.top,
        text: text.textContent!,
      };
    });
  holder.remove();
  return { width: frame.width, height: frame.height, boxes };
}

/** What of `svg`'s text leaves the image or overlaps other text (by more than a pixel), each with its numbers. */
function faults(svg: string): string[] {
  const { width, height, boxes } = textBoxes(svg);
  const out: string[] = [];
  for (const each of boxes)
    if (each.left < -1 || each.right > width + 1 || each.top < -1 || each.bottom > height + 1)
      out.push(`"${each.text}" ${Math.round(each.left)}…${Math.round(each.right)} of ${width}`);
  return [...out, ...textOverlaps(boxes)];
}

describe('a file in a much wider --netreach-font', () => {
  for (const [name, template] of WIDGETS) {
    for (const [font, size] of [
      ["'DejaVu Sans Mono'", { width: 600, height: 400 }],
      ["'DejaVu Sans Mono'", { width: 960, height: 540 }],
      ["'Liberation Mono'", { width: 600, height: 400 }],
    ] as const) {
      it(`${name} in ${font} at ${size.width}×${size.height} keeps its text apart and inside`, async () => {
        const page = await fixture<HTMLDivElement>(html`<div style=${`width: 600px; --netreach-font: ${font}`}>${template}</div>`);
        const el = page.firstElementChild as Widget;
        await waitUntil(() => el.state === 'ready', `never ready (${el.state})`);
        await el.updateComplete;
        const svg = await el.toSVG(size);
        expect(svg).to.contain(`font-family="${font}, `);
        expect(faults(svg).join('\n')).to.equal('');
      });
    }
  }
});
