import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';

/** Rounds every number in SVG markup to one decimal, so snapshots survive sub-pixel noise across machines. */
export function normalizeSvg(markup: string): string {
  return markup
    .replace(/<!--[^]*?-->/g, '')
    .replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10))
    .replace(/\s+/g, ' ')
    .replace(/> </g, '>\n<')
    .trim();
}

/** Compares `element`'s markup (normalized) with test/golden/<name>.svg; writes the file the first time. */
export async function expectGolden(name: string, element: Element): Promise<void> {
  const content = `${normalizeSvg(element.outerHTML)}\n`;
  const result = await executeServerCommand<{ ok: boolean; message?: string; expected?: string }, { name: string; content: string }>(
    'golden',
    { name, content },
  );
  if (!result?.ok) expect(content, result?.message).to.equal(result?.expected ?? '');
}
