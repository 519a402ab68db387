import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import type { Store } from '../store/store.js';
import { MAX_ARTICLE_CHARS } from './schemas/records.js';
import { startServer, type RunningServer } from './start-server.js';

// The longest paste accepted, as one sentence of country names and "signed a defense pact" (the costliest shape).
const CLAUSE = 'France and Germany and India and Japan signed a defense pact with Brazil and ';
const EXPENSIVE = CLAUSE.repeat(Math.floor(MAX_ARTICLE_CHARS / CLAUSE.length));
const ARTICLE =
  '2025-03-01\nJapan and the Philippines signed a Reciprocal Access Agreement in Manila on Monday, officials said.';

const TIME_LIMIT_MS = 300;

const preview = (text: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ text }),
});

describe('ingest extraction off the request thread', () => {
  let store: Store;
  const servers: RunningServer[] = [];

  async function start(extractTimeLimitMs?: number): Promise<RunningServer> {
    const started = await startServer({
      store,
      port: 0,
      token: null,
      fetchTimeoutMs: 2000,
      ui: false,
      extractWorkers: 1,
      ...(extractTimeLimitMs !== undefined ? { extractTimeLimitMs } : {}),
      log: () => {},
    });
    if (!started.ok) throw started.error;
    servers.push(started.value);
    return started.value;
  }

  beforeAll(async () => {
    const opened = await openKnowledgeBase({ kind: 'sqlite', file: ':memory:' });
    if (!opened.ok) throw opened.error;
    store = opened.value;
  });

  afterAll(async () => {
    for (const server of servers) await server.close();
    await store.close();
  });

  it('answers a cheap request while an expensive preview is being extracted', async () => {
    const server = await start();
    const finished: string[] = [];
    const expensive = fetch(`${server.url}/api/ingest`, preview(EXPENSIVE)).then(async (res) => {
      const body = (await res.json()) as { document?: { text: string } };
      finished.push('ingest');
      return { status: res.status, body };
    });
    // Let the expensive document reach the worker, then ask for the status.
    await new Promise((r) => setTimeout(r, 300));
    const status = await fetch(`${server.url}/api/status`).then((res) => {
      finished.push('status');
      return res.status;
    });
    expect(status).toBe(200);
    const done = await expensive;
    expect(finished).toEqual(['status', 'ingest']);
    expect(done.status).toBe(200);
    expect(done.body.document?.text.length).toBe(EXPENSIVE.length);
    // The server still extracts afterwards.
    const next = await fetch(`${server.url}/api/ingest`, preview(ARTICLE));
    expect(next.status).toBe(200);
    expect(((await next.json()) as { facts: unknown[] }).facts.length).toBeGreaterThan(0);
  });

  it('gives up a document over the time limit with EXTRACTION_TIMEOUT, and the next one is extracted', async () => {
    // The limit sits far from both documents' costs: the longest paste takes 0.7-1.2 s on a quiet machine (and
    // only longer on a loaded one), the short article a few milliseconds.
    const server = await start(TIME_LIMIT_MS);
    const res = await fetch(`${server.url}/api/ingest`, preview(EXPENSIVE));
    expect(res.status).toBe(422);
    const body = (await res.json()) as { code: string; message: string };
    expect(body.code).toBe('EXTRACTION_TIMEOUT');
    expect(body.message).toContain(`${TIME_LIMIT_MS} ms`);
    expect((await fetch(`${server.url}/api/status`)).status).toBe(200);
    const next = await fetch(`${server.url}/api/ingest`, preview(ARTICLE));
    expect(next.status).toBe(200);
    expect(((await next.json()) as { facts: unknown[] }).facts.length).toBeGreaterThan(0);
  });
});
