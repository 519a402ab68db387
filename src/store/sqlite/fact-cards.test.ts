// The pair page's read model (migration 0006) stays what the query layer computes: each fact's card and top quotes,
// and each pair's fact summaries, after ingests, near duplicates, reviews, re-keying, reference reloads (deletes) and
// a document's changed columns; a fact changed outside the store's write path loses its card instead of keeping a
// stale one.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spin, WIRE_STORY, type Stated } from '../../test-support/articles.js';
import { freshStore, sqliteBackend } from '../../test-support/backends.js';
import type { PartialDate } from '../../schema/fact.js';
import { openStore, type Store } from '../store.js';
import { DEFAULT_REFERENCE_FILE, readDataset } from '../reference/dataset.js';
import { listFactsById, pairFacts, topEvidence } from '../services/query.service.js';
import { BIG_FACT, CARD_QUOTES, CONTEXT_CHARS, toEvidence } from '../services/fact-cards.service.js';
import { reloadReference } from '../services/reference.service.js';
import { rekeyAll } from '../services/rekey.service.js';
import { reviewFact } from '../services/review.service.js';
import { acsaSigned, backgroundFiller, storeArticle } from '../../test-support/store-article.js';

const backend = sqliteBackend();

async function put(store: Store, id: string, published: PartialDate, stated: Stated[], filler?: string) {
  await storeArticle(store, id, published, stated, filler ?? backgroundFiller(id, 40));
}

const acsa = acsaSigned;
const drill: Stated = {
  sentence: 'Japan, the United States and Australia held a trilateral drill in July 2024.',
  type: 'joint_exercise',
  parties: ['AUS', 'JPN', 'USA'],
  status: 'held',
  date: '2024-07',
};
const access: Stated = {
  sentence: 'The Philippines and Japan signed a Reciprocal Access Agreement on Monday.',
  type: 'reciprocal_access',
  parties: ['JPN', 'PHL'],
  status: 'concluded',
  date: '2024-07-08',
};

interface CardRow {
  fact_id: number;
  claims: number;
  card: string;
  quotes: string;
  quote_ends: string;
}

/** Every stored card and pair summary against what the query layer computes now; returns how many were compared. */
async function expectCurrent(store: Store): Promise<{ cards: number; summaries: number }> {
  const stale = await sql<{ n: number }>`select count(*) as n from stale_facts`.execute(store.db);
  expect(stale.rows[0]!.n).toBe(0);
  const ids = (await store.db.selectFrom('facts').select('id').orderBy('id').execute()).map((r) => r.id);
  const { rows: cards } = await sql<CardRow>`select * from fact_cards order by fact_id`.execute(store.db);
  expect(cards.map((c) => c.fact_id)).toEqual(ids);
  const facts = new Map((await listFactsById(store, ids)).map((f) => [f.id, f]));
  for (const card of cards) {
    const fact = facts.get(card.fact_id)!;
    expect(card.card, `fact ${fact.id}`).toBe(JSON.stringify(fact));
    expect(card.claims).toBe(fact.claims);
    const quotes = (await topEvidence(store, [fact], CARD_QUOTES, CONTEXT_CHARS, BIG_FACT)).map((r) =>
      JSON.stringify(toEvidence(r)),
    );
    expect(card.quotes, `quotes of fact ${fact.id}`).toBe(quotes.join(','));
    // Each end cuts the first k quotes out of the joined text.
    const ends = card.quote_ends === '' ? [] : card.quote_ends.split(',').map(Number);
    expect(ends.map((end) => card.quotes.slice(0, end))).toEqual(
      quotes.map((_, k) => quotes.slice(0, k + 1).join(',')),
    );
  }
  const pairs = await store.db.selectFrom('fact_pairs').select(['a', 'b']).distinct().execute();
  const { rows: summaries } = await sql<{
    a: string;
    b: string;
    fact_id: number;
    type: string;
    status: string;
    date: string | null;
    conflict_count: number;
  }>`select * from pair_fact_summaries order by a, b, fact_id`.execute(store.db);
  const expected = [];
  for (const { a, b } of [...pairs].sort((x, y) => (x.a + x.b < y.a + y.b ? -1 : 1))) {
    for (const f of await pairFacts(store, a, b))
      expected.push({
        a,
        b,
        fact_id: f.id,
        type: f.type,
        status: f.status,
        date: f.date,
        conflict_count: f.conflicts,
      });
  }
  expect(summaries).toEqual(expected);
  return { cards: cards.length, summaries: summaries.length };
}

describe("the pair page's read model kept by the write path (SQLite)", () => {
  let store: Store;

  beforeAll(async () => {
    await backend.setup();
    store = await freshStore(backend, true);
  });
  afterAll(async () => {
    await store?.close();
    await backend.teardown();
  });

  it('renders the reference facts of a new store', async () => {
    const { cards, summaries } = await expectCurrent(store);
    expect(cards).toBeGreaterThan(50);
    expect(summaries).toBeGreaterThan(50);
  });

  it('keeps the cards and summaries of facts that ingests create, join and find in conflict', async () => {
    await put(store, 'a.txt', '2024-11-27', [acsa('2024-11-20')]);
    await put(store, 'b.txt', '2024-11-28', [acsa('2024-11-21'), drill]);
    await put(store, 'c.txt', '2024-11-29', [acsa('2024-11-20'), drill, access]);
    for (let i = 0; i < 4; i++) await put(store, `more-${i}.txt`, '2024-12-01', [drill, access]);
    const conflicts = await sql<{ n: number }>`select count(*) as n from conflicts`.execute(store.db);
    expect(conflicts.rows[0]!.n).toBeGreaterThan(0);
    await expectCurrent(store);
  });

  it('keeps them when a near duplicate is stored and when a document changes its columns', async () => {
    await put(store, 'wire.txt', '2024-07-08', [access], WIRE_STORY);
    await put(store, 'spun.txt', '2024-07-08', [access], spin(WIRE_STORY));
    const near = await store.db
      .selectFrom('documents')
      .select('near_duplicate_of')
      .where('id', '=', 'spun.txt')
      .execute();
    expect(near[0]!.near_duplicate_of).toBe('wire.txt');
    await store.write(async (trx) => {
      await sql`update documents set title = 'Renamed', published = '2024-07-09' where id = 'c.txt'`.execute(
        trx,
      );
      await sql`update documents set near_duplicate_of = null where id = 'spun.txt'`.execute(trx);
    });
    const cards = await sql<{ card: string; quotes: string }>`select card, quotes from fact_cards`.execute(
      store.db,
    );
    expect(cards.rows.some((c) => c.quotes.includes('"title":"Renamed"'))).toBe(true);
    await expectCurrent(store);
  });

  it('keeps them through reviews: a rejected fact leaves its pairs, an edit changes its card', async () => {
    const [fact] = await pairFacts(store, 'JPN', 'PHL');
    const edited = await reviewFact(store, {
      factId: fact!.id,
      reviewer: 'lead@example',
      action: 'edit',
      edit: { status: 'in_force' },
    });
    expect(edited.ok).toBe(true);
    await expectCurrent(store);
    const [exercise] = (await pairFacts(store, 'AUS', 'USA')).filter((f) => f.type === 'joint_exercise');
    await reviewFact(store, { factId: exercise!.id, reviewer: 'lead@example', action: 'reject' });
    expect((await pairFacts(store, 'AUS', 'USA')).map((f) => f.id)).not.toContain(exercise!.id);
    await expectCurrent(store);
  });

  it('keeps them when facts are re-keyed and when the reference data is deleted and loaded again', async () => {
    await store.write((trx) => rekeyAll(trx, new Date().toISOString()));
    await expectCurrent(store);
    const dataset = await readDataset(DEFAULT_REFERENCE_FILE);
    if (!dataset.ok) throw dataset.error;
    // Half the rows: the other half's documents, claims and facts (or their links) are deleted.
    const half = {
      ...dataset.value,
      facts: dataset.value.facts.slice(0, Math.floor(dataset.value.facts.length / 2)),
    };
    const before = (await expectCurrent(store)).cards;
    expect((await reloadReference(store, half, 'test')).ok).toBe(true);
    expect((await expectCurrent(store)).cards).toBeLessThan(before);
    expect((await reloadReference(store, dataset.value, 'test')).ok).toBe(true);
    await expectCurrent(store);
  });

  it('drops the card of a fact changed outside the write path, and renders it again when the store is next written', async () => {
    const [fact] = await pairFacts(store, 'ITA', 'JPN');
    await sql`update facts set status = 'in_force' where id = ${fact!.id}`.execute(store.db);
    const card = await sql`select 1 from fact_cards where fact_id = ${fact!.id}`.execute(store.db);
    expect(card.rows).toEqual([]);
    const summary = await sql<{
      status: string;
    }>`select status from pair_fact_summaries where fact_id = ${fact!.id}`.execute(store.db);
    expect(summary.rows.map((r) => r.status)).toEqual(['in_force']);
    await store.write(async () => undefined);
    await expectCurrent(store);
  });

  it('renders every card again when the store is opened with cards of another version', async () => {
    await sql`update meta set value = 'another version' where key = 'fact_cards'`.execute(store.db);
    await sql`update fact_cards set card = '{}'`.execute(store.db);
    await store.close();
    const reopened = await openStore({ kind: 'sqlite', file: store.readerFile! });
    if (!reopened.ok) throw reopened.error;
    store = reopened.value;
    await expectCurrent(store);
  });
});
