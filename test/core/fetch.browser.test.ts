import {expect} from '@open-wc/testing';
import {request, getJson, PeerFetchError, apiUrl} from '../../src/core/fetch.js';

describe('request', () => {
  it('retries an idempotent read on 503 and then succeeds', async () => {
    const r = await request<{ok: boolean}>('/fake-api/core/flaky', {backoffMs: 5});
    expect(r.ok).to.equal(true);
  });

  it('reports a body that is not JSON as a parse error', async () => {
    const r = await request('/fake-api/core/not-json');
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.kind).to.equal('parse');
  });

  it('reports an HTTP error with its status and never retries a write', async () => {
    const r = await request('/fake-api/core/reject', {method: 'POST', body: {}});
    expect(r.ok).to.equal(false);
    if (!r.ok) {
      expect(r.error.kind).to.equal('http');
      expect(r.error.status).to.equal(422);
      expect(r.error.transient).to.equal(false);
    }
  });

  it('reports an unreachable server as a network error', async () => {
    const r = await request('http://127.0.0.1:9/nothing', {retries: 0});
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.kind).to.equal('network');
  });

  it('times out', async () => {
    const r = await request('/fake-api/core/slow', {retries: 0, timeoutMs: 50});
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.error.kind).to.equal('timeout');
  });

  it('getJson throws a typed error', async () => {
    try {
      await getJson('/fake-api/core/not-json');
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(PeerFetchError);
    }
  });

  it('joins API paths', () => {
    expect(apiUrl('https://x.org/api/', '/v1/questions', {topic: 'a b', empty: ''})).to.equal('https://x.org/api/v1/questions?topic=a+b');
  });
});
