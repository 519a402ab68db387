// The pair and fact pages' statements prepared on a read-only SQLite connection read what the store's query layer
// reads, on every pair of a store with reference data, articles, multilateral facts and conflicts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stated } from '../../test-support/articles.js';
import { freshStore, sqliteBackend } from '../../test-support/backends.js';
import type { PartialDate } from '../../schema/fact.js';
import { storePageReads, type PageReads } from '../services/page-reads.service.js';
import type { Store } from '../store.js';
import { openSqlitePageReads, type SqlitePageReads } from './page-reads.js';
import { acsaSigned, backgroundFiller, storeArticle } from '../../test-support/store-article.js';

const backend = sqliteBackend();

async function put(store: Store, id: string, published: PartialDate, ...stated: Stated[]) {
  await storeArticle(store, id, published, stated, backgroundFiller(id, 40));
}

const acsa = acsaSigned;

describe('page reads prepared on a read-only SQLite connection', () => {
  let store: Store;
  let prepared: SqlitePageReads;
  let layer: PageReads;
  let pairs: [string, string][];

  beforeAll(async () => {
    await backend.setup();
    store = await freshStore(backend, true);
    // Reference: Japan-Italy ACSA signed 2024-11-25; these two disagree with it and with each other.
    await put(store, 'a.txt', '2024-11-27', acsa('2024-11-20'));
    await put(store, 'b.txt', '2024-11-28', acsa('2024-11-21'), {
      sentence: 'Japan, the United States and Australia held a trilateral drill in July 2024.',
      type: 'joint_exercise',
      parties: ['AUS', 'JPN', 'USA'],
      status: 'held',
      date: '2024-07',
    });
    prepared = openSqlitePageReads(store.readerFile!);
    layer = storePageReads(store);
    pairs = (await store.db.selectFrom('fact_pairs').select(['a', 'b']).distinct().execute()).map((p) => [
      p.a,
      p.b,
    ]);
  });
  afterAll(async () => {
    prepared?.close();
    await store?.close();
    await backend.teardown();
  });

  it("reads every pair's facts, in either order of its parties, as the query layer does", async () => {
    expect(pairs.length).toBeGreaterThan(20);
    for (const [a, b] of pairs) {
      const expected = await layer.pairFacts(a, b);
      expect(expected.length, `${a}-${b}`).toBeGreaterThan(0);
      expect(await prepared.pairFacts(a, b), `${a}-${b}`).toEqual(expected);
      expect(await prepared.pairFacts(b, a), `${b}-${a}`).toEqual(expected);
    }
  });

  it("reads each pair's full facts, top quotes in context and conflicts as the query layer does", async () => {
    let conflicts = 0;
    let quotes = 0;
    for (const [a, b] of pairs) {
      const ids = (await layer.pairFacts(a, b)).map((f) => f.id);
      const byId = <T extends { id: number }>(xs: T[]) => [...xs].sort((x, y) => x.id - y.id);
      const facts = byId(await layer.factsById(ids));
      expect(byId(await prepared.factsById(ids))).toEqual(facts);
      for (const perFact of [1, 3, 20]) {
        const expected = await layer.topEvidence(facts, perFact, 240, 100);
        quotes += expected.length;
        expect(await prepared.topEvidence(facts, perFact, 240, 100)).toEqual(expected);
        // Every fact read through the query layer's path for facts with many claims: the same top quotes.
        expect(await layer.topEvidence(facts, perFact, 240, 0)).toEqual(expected);
      }
      const expected = await layer.conflicts(ids);
      conflicts += expected.length;
      expect(await prepared.conflicts(ids)).toEqual(expected);
    }
    expect(quotes).toBeGreaterThan(100);
    expect(conflicts).toBeGreaterThanOrEqual(2);
  });

  it('answers empty lists for no ids and for a pair without facts', async () => {
    expect(await prepared.pairFacts('ISL', 'NPL')).toEqual([]);
    expect(await prepared.factsById([])).toEqual([]);
    expect(await prepared.topEvidence([], 3, 240, 100)).toEqual([]);
    expect(await prepared.conflicts([])).toEqual([]);
  });

  it('sees what the store commits after the connection was opened', async () => {
    const before = await prepared.pairFacts('ITA', 'NZL');
    expect(before).toEqual([]);
    await put(store, 'c.txt', '2025-02-01', {
      sentence: 'Italy and New Zealand held a joint naval exercise in January 2025.',
      type: 'joint_exercise',
      parties: ['ITA', 'NZL'],
      status: 'held',
      date: '2025-01',
    });
    const after = await prepared.pairFacts('NZL', 'ITA');
    expect(after.map((f) => f.type)).toEqual(['joint_exercise']);
    expect(after).toEqual(await layer.pairFacts('ITA', 'NZL'));
  });
});
