/**
 * A dataset's request starts before the validator's chunk is here, which reads it (s41-8: load-start.ts up front,
 * load.ts in that chunk): one request per URL still, each taken over by the chunk, none made twice, the same results
 * and errors. A page of its own: the validator is not loaded until this file loads it.
 */
import { expect } from '@open-wc/testing';
import { clearDatasetCache, fetchDataset, requestDataset } from '../../src/core/load-start.js';
import { validator } from '../../src/core/validate-loader.js';
import { EXAMPLE_NETWORK } from '../../src/generated/example-network.js';

const real = globalThis.fetch;
let calls: { url: string; signal: AbortSignal }[] = [];

/** A fetch answering the example network, counting its calls. */
function stub(): void {
  calls = [];
  globalThis.fetch = ((url: string, init: RequestInit) => {
    calls.push({ url: String(url), signal: init.signal! });
    return Promise.resolve(new Response(JSON.stringify(EXAMPLE_NETWORK), { headers: { 'content-type': 'application/json' } }));
  }) as typeof fetch;
}

describe('a dataset requested before the validator’s chunk is here', () => {
  afterEach(() => {
    globalThis.fetch = real;
    clearDatasetCache();
  });

  it('is fetched at once, once for two widgets, and read by the chunk when it comes', async () => {
    expect(validator(), 'the validator is loaded already: the test proves nothing').to.equal(undefined);
    stub();
    const first = requestDataset('/early/a.json');
    const second = requestDataset(new URL('/early/a.json', location.href).href);
    // Before any await: the request is on its way while the validator's chunk is asked for.
    expect(calls.map((call) => call.url)).to.deep.equal(['/early/a.json']);
    const [a, b] = await Promise.all([first, second]);
    expect(a.network.id).to.equal('example-network');
    expect(b).to.equal(a);
    expect(calls.length).to.equal(1);
    expect(validator(), 'the chunk came').to.not.equal(undefined);
  });

  it('takes over a started request that one widget left while another still waits for it', async () => {
    clearDatasetCache();
    stub();
    // As before the chunk: an entry started up front (the chunk is here now, so start one through the early map).
    const { started } = await import('../../src/core/load-start.js');
    const controller = new AbortController();
    started.set(new Request('/early/b.json').url, {
      response: fetch('/early/b.json', { signal: controller.signal }),
      controller,
      at: Date.now(),
    });
    const left = new AbortController();
    left.abort();
    const gone = requestDataset('/early/b.json', left.signal);
    const kept = requestDataset('/early/b.json');
    let error: unknown;
    await gone.catch((caught: unknown) => (error = caught));
    expect((error as Error).name).to.equal('AbortError');
    expect((await kept).network.id).to.equal('example-network');
    expect(calls.length, 'one request').to.equal(1);
    expect(controller.signal.aborted, 'the one still wanted is not aborted').to.equal(false);
  });

  it('aborts a started request that every widget left before the chunk took it over', async () => {
    clearDatasetCache();
    stub();
    const { started } = await import('../../src/core/load-start.js');
    const controller = new AbortController();
    started.set(new Request('/early/c.json').url, {
      response: fetch('/early/c.json', { signal: controller.signal }),
      controller,
      at: Date.now(),
    });
    const left = new AbortController();
    left.abort();
    await requestDataset('/early/c.json', left.signal).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(controller.signal.aborted).to.equal(true);
    expect(started.size).to.equal(0);
  });

  it('fetchDataset(): the same dataset and errors through the chunk', async () => {
    stub();
    expect((await fetchDataset('/early/d.json')).network.id).to.equal('example-network');
    globalThis.fetch = real;
    let error: unknown;
    await fetchDataset('/mock/status?code=404').catch((caught: unknown) => (error = caught));
    expect((error as { code?: string }).code).to.equal('http');
  });
});
