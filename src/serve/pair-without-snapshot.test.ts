// The pair page, its ladder, the timeline and the latest changes are read from the store per request: with the
// whole-graph snapshot unavailable they still answer, and what they answer is what the snapshot's facts give.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { ladderOf } from '../analyze/ladder.js';
import { factsByPair } from '../analyze/pairs.js';
import { extractFacts } from '../extract/pipeline.js';
import { prepareDocument, storeDocument } from '../store/services/store-document.service.js';
import type { Store } from '../store/store.js';
import { article } from '../test-support/articles.js';
import { BACKENDS, IN_CI, freshStore, suiteTitle } from '../test-support/backends.js';
import { createApp } from './app.js';
import { knowledgeOf, type Knowledge, type Snapshot } from './knowledge.js';
import type { PairDetail } from './schemas/records.js';

for (const backend of BACKENDS) {
  describe.skipIf(backend.unavailable !== null && !IN_CI)(
    suiteTitle('reads without the snapshot', backend),
    () => {
      let store: Store;
      let snapshot: Snapshot;
      let app: Hono;

      beforeAll(async () => {
        await backend.setup();
        store = await freshStore(backend, true);
        const stated = [
          {
            sentence: 'Japan, the United States and Australia held a trilateral drill in July 2024.',
            type: 'joint_exercise' as const,
            parties: ['AUS', 'JPN', 'USA'],
            status: 'held' as const,
            date: '2024-07' as const,
          },
        ];
        const a = article('drill.txt', '2024-07-20', stated);
        await storeDocument(store, prepareDocument(a.doc, a.facts));
        const knowledge = knowledgeOf(store);
        snapshot = await knowledge.current();
        const withoutSnapshot: Knowledge = {
          ...knowledge,
          current: () => Promise.reject(new Error('this endpoint must not read the whole-graph snapshot')),
        };
        const deps = {
          store,
          knowledge: withoutSnapshot,
          extract: extractFacts,
          fetchTimeoutMs: 2000,
          version: 'test',
        };
        app = createApp(deps, { token: null, checkResponses: true, ui: null });
      });
      afterAll(async () => {
        await store.close();
        await backend.teardown();
      });

      it("gives every pair's page and ladder from its own rows, the same as the snapshot's facts give", async () => {
        const pairs = factsByPair(snapshot.facts);
        expect(pairs.size).toBeGreaterThan(20);
        for (const [key, facts] of pairs) {
          const [a, b] = key.split('|') as [string, string];
          const res = await app.request(`/api/pairs/${a}/${b}?limit=200&evidence=1`);
          expect(res.status, key).toBe(200);
          const page = (await res.json()) as PairDetail;
          const ladder = ladderOf(facts);
          expect(page.ladder, key).toEqual(ladder);
          expect(page.total, key).toBe(facts.length);
          expect(page.conflictTotal, key).toBe(facts.reduce((n, f) => n + f.conflicts, 0));
          expect(page.facts.map((f) => f.id).sort((x, y) => x - y)).toEqual(facts.map((f) => f.id));
          const alone = await app.request(`/api/ladder/${b}/${a}`);
          expect(await alone.json(), key).toEqual(ladder);
        }
      });

      it('gives the multilateral drill on the page of each of its pairs, with its quote', async () => {
        for (const [a, b] of [
          ['AUS', 'USA'],
          ['JPN', 'USA'],
          ['AUS', 'JPN'],
        ]) {
          const page = (await (await app.request(`/api/pairs/${a}/${b}`)).json()) as PairDetail;
          const drill = page.facts.find((f) => f.type === 'joint_exercise' && f.parties.length === 3);
          expect(drill?.evidence[0]).toMatchObject({ kind: 'article', doc: 'drill.txt' });
        }
      });

      it('gives the timeline and the latest changes from the store', async () => {
        const timeline = await app.request('/api/timeline?party=JPN&limit=500');
        expect(timeline.status).toBe(200);
        const events = ((await timeline.json()) as { items: { factId: number }[] }).items;
        const japan = new Set(snapshot.facts.filter((f) => f.parties.includes('JPN')).map((f) => f.id));
        expect(events.length).toBeGreaterThan(10);
        expect(events.every((e) => japan.has(e.factId))).toBe(true);
        const changes = await app.request('/api/changes?limit=200');
        expect(changes.status).toBe(200);
        const items = ((await changes.json()) as { items: { id: number }[] }).items;
        // Every fact fits in one answer here: the same facts as the snapshot holds, none twice.
        expect(snapshot.facts.length).toBeLessThan(200);
        expect(items.map((f) => f.id).sort((x, y) => x - y)).toEqual(snapshot.facts.map((f) => f.id));
      });
    },
  );
}
