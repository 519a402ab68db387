// The API's answers to what people mistype: unknown parties (404), impossible dates, backwards ranges, bad limits and
// an empty ingest body (400), each with a code and a message naming the field and what was expected.
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../extract/pipeline.js';
import type { Store } from '../store/store.js';
import { memoryStore } from '../test-support/capture.js';
import { createApp } from './app.js';
import { knowledgeOf } from './knowledge.js';

describe('the HTTP API refusing mistyped input', () => {
  let store: Store;
  let app: Hono;

  beforeAll(async () => {
    store = await memoryStore();
    const deps = {
      store,
      knowledge: knowledgeOf(store),
      extract: extractFacts,
      fetchTimeoutMs: 2000,
      version: 'test',
    };
    app = createApp(deps, { token: null, checkResponses: true, ui: null });
  });

  afterAll(async () => {
    await store?.close();
  });

  async function get(path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
    const res = await app.request(path, init);
    return { status: res.status, body: await res.json() };
  }

  const unknown = (field: string, party: string) => ({
    status: 404,
    body: {
      code: 'UNKNOWN_PARTY',
      message: `${field}: unknown party '${party}': not a country code, name or grouping`,
    },
  });

  it('answers 404 UNKNOWN_PARTY for an unknown code or name in a path or a query', async () => {
    expect(await get('/api/pairs/XXX/YYY')).toEqual(unknown('path.a', 'XXX'));
    expect(await get('/api/pairs/JPN/YYY')).toEqual(unknown('path.b', 'YYY'));
    expect(await get('/api/pairs/JPN/Atlantis')).toEqual(unknown('path.b', 'Atlantis'));
    expect(await get('/api/ladder/JPN/XXX')).toEqual(unknown('path.b', 'XXX'));
    expect(await get('/api/network?party=XXX')).toEqual(unknown('query.party', 'XXX'));
    expect(await get('/api/matrix/XXX')).toEqual(unknown('path.party', 'XXX'));
    expect(await get('/api/timeline?party=XXX')).toEqual(unknown('query.party', 'XXX'));
    expect(await get('/api/facts?party=JPN,XXX')).toEqual(unknown('query.party', 'XXX'));
    expect(await get('/api/conflicts?party=XXX')).toEqual(unknown('query.party', 'XXX'));
  });

  it('answers a known party with no facts, and its pair, with empty results', async () => {
    const network = await get('/api/network?party=ISL');
    expect(network.status).toBe(200);
    expect(network.body).toMatchObject({ center: 'ISL', edges: [] });
    const pair = await get('/api/pairs/ISL/JPN');
    expect(pair).toMatchObject({ status: 200, body: { parties: ['ISL', 'JPN'], total: 0, facts: [] } });
  });

  it('refuses dates that are not on the calendar, naming the field', async () => {
    expect(await get('/api/facts?from=2024-13-45')).toEqual({
      status: 400,
      body: {
        code: 'INVALID_INPUT',
        message:
          "query.from: expected a calendar date as YYYY, YYYY-MM or YYYY-MM-DD, got '2024-13-45' (there is no month 13)",
      },
    });
    expect(await get('/api/network?to=2023-02-29')).toMatchObject({
      status: 400,
      body: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/^query\.to: .*\(2023-02 has no day 29\)$/),
      },
    });
    expect((await get('/api/facts?from=2024-02-29&to=2024-03')).status).toBe(200);
  });

  it('refuses a range whose start is after its end', async () => {
    const wanted = {
      status: 400,
      body: {
        code: 'INVALID_INPUT',
        message: "query.from: expected a date on or before query.to (2020), got '2025'",
      },
    };
    expect(await get('/api/facts?from=2025&to=2020')).toEqual(wanted);
    expect(await get('/api/network?from=2025&to=2020')).toEqual(wanted);
    expect((await get('/api/facts?from=2024-06&to=2024')).status).toBe(200);
  });

  it('says what a limit must be and repeats what it got', async () => {
    expect(await get('/api/facts?limit=abc')).toEqual({
      status: 400,
      body: {
        code: 'INVALID_INPUT',
        message: "query.limit: expected a whole number from 1 to 500, got 'abc'",
      },
    });
    expect((await get('/api/parties?limit=501')).body).toMatchObject({
      message: "query.limit: expected a whole number from 1 to 500, got '501'",
    });
    expect((await get('/api/pairs/JPN/PHL?limit=2.5')).body).toMatchObject({
      message: "query.limit: expected a whole number from 1 to 200, got '2.5'",
    });
    expect((await get('/api/facts?limit=7')).body).toMatchObject({ limit: 7 });
  });

  it('says which ingest field it expects when the body has neither', async () => {
    const post = (body: unknown): RequestInit => ({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(await get('/api/ingest', post({}))).toEqual({
      status: 400,
      body: { code: 'INVALID_INPUT', message: 'body: expected one of `text` or `url`, got neither' },
    });
    expect((await get('/api/ingest', post({ text: 'a', url: 'https://example.org/' }))).body).toMatchObject({
      message: 'body: expected one of `text` or `url`, got both',
    });
  });
});
