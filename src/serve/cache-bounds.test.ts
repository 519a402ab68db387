// Every cache of the server stays under its cap however many distinct requests come (issue 10, item 12: the heap grew
// from 100 MB to 576 MB under load and stayed there). Counted in entries and characters, not in RSS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSynthetic } from '../bench/synthetic-store.js';
import { extractFacts } from '../extract/pipeline.js';
import { openKnowledgeBase } from '../store/open-knowledge-base.js';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { knowledgeOf, type Knowledge } from './knowledge.js';

let dir: string;
let store: Store;
let knowledge: Knowledge;
let app: Hono;
let pairs: string[];

const CACHE = { maxEntries: 40, maxChars: 60_000 };
const MEMO = { maxEntries: 12, maxWeight: 20_000 };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-cache-bounds-'));
  // Bulk-loaded synthetic documents first (their ids from 1), then opened as the server opens it (the party names loaded).
  const file = join(dir, 'kb.db');
  const loader = await openKnowledgeBase({ kind: 'sqlite', file }, { reference: 'skip' });
  if (!loader.ok) throw new Error(loader.error.toLine());
  await loadSynthetic(loader.value, 400, 4000);
  await loader.value.close();
  const opened = await openKnowledgeBase({ kind: 'sqlite', file });
  if (!opened.ok) throw new Error(opened.error.toLine());
  store = opened.value;
  pairs = (await store.db.selectFrom('fact_pairs').select(['a', 'b']).distinct().execute()).map(
    (p) => `${p.a}/${p.b}`,
  );
  knowledge = knowledgeOf(store, { cache: CACHE, memo: MEMO });
  app = createApp(
    { store, knowledge, extract: extractFacts, fetchTimeoutMs: 2000, version: 'test' },
    { token: null, checkResponses: false, ui: null },
  );
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the server caches under load of distinct requests', () => {
  it('keeps the pair cache and the snapshot memo under their caps', async () => {
    let maxCache = { entries: 0, chars: 0 };
    let maxMemo = { entries: 0, weight: 0 };
    let n = 0;
    for (let i = 0; i < 120; i++) {
      const pair = pairs[i % pairs.length]!;
      const paths = [
        `/api/pairs/${pair}?limit=${1 + (i % 200)}&evidence=${1 + (i % 20)}`,
        `/api/ladder/${pair}`,
        `/api/network?from=${1960 + (i % 36)}&to=${2000 + (i % 26)}-${String(1 + (i % 12)).padStart(2, '0')}`,
        `/api/network?party=${pair.split('/')[0]}&to=${1995 + (i % 31)}`,
        `/api/timeline?party=${pair.split('/')[i % 2]}&limit=${1 + (i % 50)}`,
        `/api/ties-per-year?party=${pair.split('/')[1]}&type=${i % 2 ? 'acsa' : 'joint_exercise'}`,
      ];
      for (const path of paths) {
        const res = await app.request(path);
        expect(res.status, path).toBe(200);
        await res.arrayBuffer();
        n++;
      }
      const c = knowledge.responses.stats;
      const m = knowledge.memoStats();
      maxCache = { entries: Math.max(maxCache.entries, c.entries), chars: Math.max(maxCache.chars, c.chars) };
      maxMemo = { entries: Math.max(maxMemo.entries, m.entries), weight: Math.max(maxMemo.weight, m.weight) };
    }
    expect(n).toBe(720);
    // The caches were used (not merely off) and never passed their caps.
    expect(maxCache.entries).toBeGreaterThan(10);
    expect(maxCache.entries).toBeLessThanOrEqual(CACHE.maxEntries);
    expect(maxCache.chars).toBeLessThanOrEqual(CACHE.maxChars);
    expect(maxMemo.entries).toBeGreaterThan(1);
    expect(maxMemo.entries).toBeLessThanOrEqual(MEMO.maxEntries);
    expect(maxMemo.weight).toBeLessThanOrEqual(MEMO.maxWeight);
  });

  it('drops the answers of an older version when the store changes', async () => {
    await app.request(`/api/pairs/${pairs[0]}`);
    expect(knowledge.responses.stats.entries).toBeGreaterThan(0);
    knowledge.invalidate();
    await app.request(`/api/pairs/${pairs[1]}`);
    expect(knowledge.responses.stats.entries).toBe(1);
  });
});
