/** Assertions several widget test files share. */
import { expect, oneEvent } from '@open-wc/testing';
import type { NetreachElement } from '../../src/base/netreach-element.js';

/** The tooltip lies inside the widget's box (it must never spill over the page). */
export function expectInsideBox(tip: Element, host: Element): void {
  const box = host.getBoundingClientRect();
  const tipBox = tip.getBoundingClientRect();
  expect(tipBox.left).to.be.at.least(box.left - 0.5);
  expect(tipBox.right).to.be.at.most(box.right + 0.5);
  expect(tipBox.top).to.be.at.least(box.top - 0.5);
}

/** The tooltip leaves the item it belongs to in sight (WCAG 2.4.11): their boxes do not meet. */
export function expectClearOf(tip: Element, item: Element, what: string): void {
  const a = tip.getBoundingClientRect();
  const b = item.getBoundingClientRect();
  const overlap =
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  const box = (rect: DOMRect) => [rect.left, rect.top, rect.right, rect.bottom].map(Math.round).join(' ');
  expect(overlap, `${what}: the tooltip (${box(a)}) over the item (${box(b)})`).to.equal(false);
}

/**
 * A widget given an unknown metric (through `attribute`) fires netreach-error naming it and the default dataset's
 * (CINVU's) metrics, and shows it in its error box.
 */
export async function expectUnknownMetricError(tag: string, attribute: string, value: string, unknown: string): Promise<void> {
  const el = document.createElement(tag) as NetreachElement;
  el.setAttribute(attribute, value);
  const event = oneEvent(document, 'netreach-error');
  document.body.append(el);
  try {
    const { detail } = (await event) as CustomEvent<{ code: string; message: string }>;
    const message = `Unknown metric "${unknown}" (countries, virtual-students, digital-universities)`;
    expect(detail).to.deep.equal({ code: 'unknown-metric', message });
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent?.trim()).to.equal(message);
  } finally {
    el.remove();
  }
}

/** The table of a widget's CSV: its lines up to the empty row before the `# Source: …` rows. */
export function csvTable(csv: string): string[] {
  return csv
    .split(/\r\n\r\n/)[0]!
    .split(/\r?\n/)
    .filter((line) => line !== '');
}

/** The `# …` provenance rows a widget's CSV ends with. */
export function csvProvenance(csv: string): string[] {
  return csv
    .split(/\r?\n/)
    .map((line) => line.replace(/^"|"$/g, ''))
    .filter((line) => line.startsWith('#'));
}

/**
 * That a widget showing sums of the members' figures says so as the stat does (`note`), on screen (a `part="note"`
 * paragraph, read in order) and in its file (its text lines joined), as the scene gives both.
 */
export async function expectSumSaid(
  el: Element & { toSVG(options: { width: number; height: number }): Promise<string> },
  note: string,
): Promise<void> {
  const shown = [...el.shadowRoot!.querySelectorAll('[part~="note"]')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
  expect(shown).to.include(note);
  const file = new DOMParser().parseFromString(await el.toSVG({ width: 600, height: 400 }), 'image/svg+xml');
  const lines = [...file.querySelectorAll('text')].map((text) => text.textContent!.trim()).join(' ');
  expect(lines.replace(/\s+/g, ' ')).to.contain(note);
}

/** A drawn text's box, with its text for the message. */
export interface TextBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
  text: string;
}

/** Each pair of texts overlapping by more than a pixel each way (a glyph box's rounding), with its numbers. */
export function textOverlaps(boxes: readonly TextBox[]): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (across > 1 && down > 1) out.push(`"${a.text}" overlaps "${b.text}" (${Math.round(across)} × ${Math.round(down)} px)`);
    }),
  );
  return out;
}
