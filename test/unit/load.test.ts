import { expect } from '@open-wc/testing';
import { NetreachError } from '../../src/core/errors.js';
import { clearDatasetCache, fetchDataset, isAbortError, requestDataset } from '../../src/core/load.js';

const unique = () => Math.random().toString(36).slice(2);

async function hitsFor(path: string): Promise<number> {
  const hits = (await (await fetch('/mock/hits')).json()) as Record<string, number>;
  return hits[path] ?? 0;
}

async function rejection(promise: Promise<unknown>): Promise<NetreachError> {
  try {
    await promise;
  } catch (error) {
    return error as NetreachError;
  }
  throw new Error('expected a rejection');
}

describe('fetchDataset', () => {
  it('loads and validates a dataset', async () => {
    const dataset = await fetchDataset('/mock/valid');
    expect(dataset.network.id).to.equal('example-network');
  });

  it('names the HTTP status and URL of a failed response', async () => {
    const error = await rejection(fetchDataset('/mock/status?code=404'));
    expect(error.code).to.equal('http');
    expect(error.params.status).to.equal(404);
    expect(error.message).to.equal('Could not load /mock/status?code=404: HTTP 404');
    expect((await rejection(fetchDataset('/mock/status?code=500'))).params.status).to.equal(500);
  });

  it('refuses an HTML page served with 200 (an SPA fallback) as not JSON', async () => {
    expect((await rejection(fetchDataset('/mock/html'))).code).to.equal('not-json');
  });

  it('reports malformed JSON, an empty body and 204 as not JSON', async () => {
    expect((await rejection(fetchDataset('/mock/not-json'))).code).to.equal('not-json');
    expect((await rejection(fetchDataset('/mock/empty'))).code).to.equal('not-json');
    expect((await rejection(fetchDataset('/mock/no-content'))).code).to.equal('not-json');
  });

  it('passes validation problems on with their path', async () => {
    const error = await rejection(fetchDataset('/mock/invalid'));
    expect(error.code).to.equal('version');
    expect(error.message).to.contain('version: 99');
  });

  it('stops reading at the byte cap', async () => {
    const error = await rejection(fetchDataset('/mock/big?bytes=300000', { maxBytes: 100_000 }));
    expect(error.code).to.equal('too-large');
  });

  it('applies one deadline to the whole download, first byte to last', async () => {
    expect((await rejection(fetchDataset('/mock/slow-first-byte?ms=2000', { timeoutMs: 300 }))).code).to.equal('timeout');
    expect((await rejection(fetchDataset('/mock/drip?every=50', { timeoutMs: 400 }))).code).to.equal('timeout');
  });

  it('reports an unreachable URL as a network error', async () => {
    expect((await rejection(fetchDataset('http://127.0.0.1:9/none.json'))).code).to.equal('network');
  });

  it('rejects with an AbortError when aborted', async () => {
    const controller = new AbortController();
    const pending = fetchDataset('/mock/delayed?ms=500', { signal: controller.signal });
    controller.abort();
    expect(isAbortError(await rejection(pending))).to.equal(true);
  });
});

describe('requestDataset', () => {
  beforeEach(() => clearDatasetCache());

  it('fetches one URL once however many callers ask, relative or absolute', async () => {
    const path = `/mock/delayed?ms=50&id=${unique()}`;
    const results = await Promise.all([requestDataset(path), requestDataset(path), requestDataset(new URL(path, location.href).href)]);
    expect(results[0]).to.equal(results[1]);
    expect(results[1]).to.equal(results[2]);
    await requestDataset(path);
    expect(await hitsFor(path)).to.equal(1);
  });

  it('lets one caller leave without aborting the request for the others', async () => {
    const path = `/mock/delayed?ms=100&id=${unique()}`;
    const leaving = new AbortController();
    const first = requestDataset(path, leaving.signal);
    const second = requestDataset(path);
    leaving.abort();
    expect(isAbortError(await rejection(first))).to.equal(true);
    expect((await second).network.id).to.equal('example-network');
  });

  it('forgets failures so a later request tries again', async () => {
    const path = `/mock/status?code=503&id=${unique()}`;
    await rejection(requestDataset(path));
    await rejection(requestDataset(path));
    expect(await hitsFor(path)).to.equal(2);
  });
});
