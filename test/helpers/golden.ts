import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';
import { normalizeSvg } from './normalize-svg.mjs';

/** Compares `element`'s markup (normalized) with test/golden/<name>.svg; writes the file the first time. */
export async function expectGolden(name: string, element: Element): Promise<void> {
  const content = `${normalizeSvg(element.outerHTML)}\n`;
  const result = await executeServerCommand<{ ok: boolean; message?: string; expected?: string }, { name: string; content: string }>(
    'golden',
    { name, content },
  );
  if (!result?.ok) expect(content, result?.message).to.equal(result?.expected ?? '');
}
