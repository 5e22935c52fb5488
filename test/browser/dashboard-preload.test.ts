// A page of its own: nothing has loaded the parts' code, or the dashboard's, before this test. The dashboard's
// parts connect once its own chunk is here; what its tiles, regions, map, trend and table load is asked for as the
// dashboard connects, beside that chunk, not after it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { CINVU } from '../../src/generated/cinvu.js';
import { waitUntil } from '../helpers/wait.js';

/** When the page first asked for a module (a source file under the test server), or undefined if never. */
function requested(path: string): number | undefined {
  const entry = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((each) =>
    new URL(each.name).pathname.endsWith(path),
  );
  return entry?.startTime;
}

// The browser keeps 250 resource entries by default: this page's modules come near that, and a request past it (the
// dashboard's template, the last) was not found.
performance.setResourceTimingBufferSize(2000);

describe('<netreach-dashboard> loading its parts', () => {
  it("asks for its parts' code as it connects, before its own chunk's template arrives", async () => {
    expect(requested('/src/map/map.chunk.ts'), 'the map chunk before the test').to.equal(undefined);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const el = document.createElement('netreach-dashboard');
    (el as HTMLElement & { data: unknown }).data = CINVU;
    wrapper.append(el);
    await waitUntil(() => el.getAttribute('state') === 'ready', 'the dashboard never drew');
    const map = requested('/src/map/map.chunk.ts');
    const table = requested('/src/table/table.chunk.ts');
    // The dashboard's template is a module its chunk imports: asked for only once the chunk itself has arrived.
    const template = requested('/src/dashboard/dashboard.view.ts');
    expect(map, "the map's code").to.be.a('number');
    expect(table, "the table's code").to.be.a('number');
    expect(template, "the dashboard's template").to.be.a('number');
    expect(map!).to.be.below(template!);
    expect(table!).to.be.below(template!);
    for (const part of ['stat', 'regions', 'trend']) {
      const chunk = requested(`/src/${part}/${part}.chunk.ts`);
      expect(chunk, `the ${part} code`).to.be.a('number');
      expect(chunk!, `the ${part} code`).to.be.below(template!);
    }
  });
});
