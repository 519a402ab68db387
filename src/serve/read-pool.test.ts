// Pair pages and ladders read by the read workers, each over its own read-only connection, are the bodies the
// request thread would send; a pool whose workers cannot start leaves every read to the request thread.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { extractFacts } from '../extract/pipeline.js';
import type { Store } from '../store/store.js';
import { freshStore, sqliteBackend } from '../test-support/backends.js';
import { createApp } from './app.js';
import { knowledgeOf } from './knowledge.js';
import { ReadPool } from './read-pool.js';

const backend = sqliteBackend();

describe('the read pool', () => {
  let store: Store;
  let pool: ReadPool;
  const app = (readPool?: Pick<ReadPool, 'run'>): Hono =>
    createApp(
      {
        store,
        knowledge: knowledgeOf(store, { cache: { maxEntries: 0 } }),
        extract: extractFacts,
        ...(readPool ? { readPool } : {}),
        fetchTimeoutMs: 2000,
        version: 'test',
      },
      { token: null, checkResponses: true, ui: null },
    );

  beforeAll(async () => {
    await backend.setup();
    store = await freshStore(backend, true);
    pool = new ReadPool({ file: store.readerFile!, size: 2 });
  });
  afterAll(async () => {
    await pool?.close();
    await store?.close();
    await backend.teardown();
  });

  it('answers every pair page and ladder with the bytes the request thread answers', async () => {
    expect(await pool.started()).toBe(true);
    const inThread = app();
    // Counts the reads the workers took: every one of them, none left to the request thread.
    let byWorkers = 0;
    const pooled = app({
      run: (job) => {
        const answer = pool.run(job);
        if (answer !== null) byWorkers++;
        return answer;
      },
    });
    const pairs = await store.db.selectFrom('fact_pairs').select(['a', 'b']).distinct().execute();
    expect(pairs.length).toBeGreaterThan(20);
    for (const { a, b } of pairs) {
      for (const path of [
        `/api/pairs/${a}/${b}`,
        `/api/pairs/${b}/${a}?limit=2&offset=1&evidence=1`,
        `/api/ladder/${b}/${a}`,
      ]) {
        const [mine, theirs] = await Promise.all([inThread.request(path), pooled.request(path)]);
        expect(theirs.status, path).toBe(200);
        expect(await theirs.text(), path).toBe(await mine.text());
      }
    }
    expect(byWorkers).toBe(pairs.length * 3);
  });

  it('gives the job to a worker while one is ready', async () => {
    expect(await pool.started()).toBe(true);
    const job = { kind: 'ladder' as const, a: 'JPN', b: 'PHL' };
    const answer = await pool.run(job);
    expect(JSON.parse(answer!.text())).toMatchObject({ stage: expect.any(String) });
  });

  it('leaves the reads to the request thread when no worker can open the store', async () => {
    const broken = new ReadPool({ file: join(store.readerFile!, '..', 'missing.sqlite'), size: 1 });
    try {
      expect(await broken.started()).toBe(false);
      expect(broken.run({ kind: 'ladder', a: 'JPN', b: 'PHL' })).toBeNull();
      const res = await app(broken).request('/api/ladder/JPN/PHL');
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(await (await app().request('/api/ladder/JPN/PHL')).text());
    } finally {
      await broken.close();
    }
  });
});
