// Store contract on PostgreSQL: writers on separate connections racing on overlapping documents leave the
// store as one writer would (each document once, every claim in exactly one fact, counts that add up, no deadlock).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseTarget } from '../config.js';
import { article, spin, WIRE_STORY, type Stated, type TestArticle } from '../test-support/articles.js';
import { IN_CI, postgresBackend, suiteTitle } from '../test-support/backends.js';
import type { Db } from './database.js';
import { openKnowledgeBase } from './open-knowledge-base.js';
import { prepareDocument, storeDocument, type StoreOutcome } from './services/store-document.service.js';
import type { Store } from './store.js';

const WRITERS = 4;

const ACCESS: Stated = {
  sentence: 'The Philippines and Japan signed a Reciprocal Access Agreement on Monday.',
  type: 'reciprocal_access',
  parties: ['JPN', 'PHL'],
  status: 'concluded',
  date: '2024-07-08',
};
const LOGISTICS: Stated = {
  sentence: 'Australia and Japan concluded an acquisition and cross-servicing agreement in March.',
  type: 'acsa',
  parties: ['AUS', 'JPN'],
  status: 'concluded',
  date: '2024-03',
};
const VISITORS = ['USA', 'GBR', 'FRA', 'IND', 'KOR', 'CAN'] as const;

/** Report `i`: both shared facts (in an order that alternates, so writers name the same facts in both orders) and a
 * meeting with one of a few partners, which several reports share. */
function report(i: number): TestArticle {
  const visitor = VISITORS[i % VISITORS.length]!;
  const meeting: Stated = {
    sentence: `Japan and ${visitor} held defense talks in Tokyo, report ${i} said.`,
    type: 'high_level_meeting',
    parties: ['JPN', visitor],
    status: 'held',
    date: '2024-05',
  };
  const stated = i % 2 === 0 ? [ACCESS, LOGISTICS, meeting] : [meeting, LOGISTICS, ACCESS];
  return article(
    `report-${i}.txt`,
    '2024-07-09',
    stated,
    `Desk ${i}: a dispatch from bureau number ${i * 7}.`,
  );
}

async function openWriters(target: DatabaseTarget): Promise<Store[]> {
  const stores: Store[] = [];
  for (let i = 0; i < WRITERS; i++) {
    const opened = await openKnowledgeBase(target, { reference: 'skip' });
    if (!opened.ok) throw opened.error;
    stores.push(opened.value);
  }
  return stores;
}

/** Each writer stores its list in order, all writers at once. */
async function race(stores: Store[], lists: TestArticle[][]): Promise<StoreOutcome[]> {
  const runs = lists.map(async (list, w) => {
    const out: StoreOutcome[] = [];
    for (const a of list) out.push(await storeDocument(stores[w]!, prepareDocument(a.doc, a.facts)));
    return out;
  });
  return (await Promise.all(runs)).flat();
}

/** What store-invariants.ts checks of an SQLite file, asked through the store on either backend. */
async function problemsOf(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const twice = await db
    .selectFrom('documents')
    .select('content_hash')
    .groupBy('content_hash')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  if (twice.length > 0) problems.push(`${twice.length} contents stored twice`);
  const docs = await db
    .selectFrom('documents as d')
    .select((eb) => [
      'd.id',
      'd.claim_count',
      eb
        .selectFrom('claims as c')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('c.document', '=', 'd.id')
        .where('c.candidate', '=', 0)
        .as('stored'),
    ])
    .execute();
  for (const d of docs)
    if (Number(d.stored) !== d.claim_count)
      problems.push(`${d.id}: says ${d.claim_count} claims, has ${d.stored}`);
  const links = await db
    .selectFrom('claims as c')
    .leftJoin('fact_claims as l', 'l.claim_id', 'c.id')
    .select(['c.id', 'c.candidate', (eb) => eb.fn.count<number>('l.fact_id').as('n')])
    .groupBy(['c.id', 'c.candidate'])
    .execute();
  for (const c of links) {
    const want = c.candidate === 1 ? 0 : 1;
    if (Number(c.n) !== want) problems.push(`claim ${c.id}: in ${c.n} facts, expected ${want}`);
  }
  const facts = await db
    .selectFrom('facts as f')
    .leftJoin('fact_claims as l', 'l.fact_id', 'f.id')
    .select(['f.id', 'f.claim_count', (eb) => eb.fn.count<number>('l.claim_id').as('n')])
    .groupBy(['f.id', 'f.claim_count'])
    .execute();
  for (const f of facts) {
    if (Number(f.n) === 0) problems.push(`fact ${f.id}: no claims`);
    else if (Number(f.n) !== f.claim_count)
      problems.push(`fact ${f.id}: says ${f.claim_count} claims, has ${f.n}`);
  }
  return problems;
}

/**
 * What of the facts does not depend on the order documents were stored in: which copy is the original (so the
 * source count) and which of equal quotes is the best one do, serially too.
 */
async function factSummary(db: Db) {
  const rows = await db
    .selectFrom('facts')
    .select(['key', 'status', 'date', 'claim_count', 'conflict_count', 'milestones'])
    .orderBy('key')
    .execute();
  return rows.map((r) => ({
    ...r,
    milestones: Object.entries(JSON.parse(r.milestones) as Record<string, { date: string | null }>).map(
      ([status, m]) => [status, m.date],
    ),
  }));
}

for (const backend of [postgresBackend()]) {
  describe.skipIf(backend.unavailable !== null && !IN_CI)(suiteTitle('concurrent writers', backend), () => {
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());

    it('stores a document raced by every writer once, and the others report it as a duplicate', async () => {
      const stores = await openWriters(await backend.newTarget(false));
      try {
        const a = report(0);
        const outcomes = await race(
          stores,
          stores.map(() => [a]),
        );
        expect(outcomes.filter((o) => o.kind === 'new')).toHaveLength(1);
        expect(outcomes.filter((o) => o.kind === 'duplicate')).toHaveLength(WRITERS - 1);
        const docs = await stores[0]!.db.selectFrom('documents').select('id').execute();
        expect(docs).toEqual([{ id: 'report-0.txt' }]);
        expect(await problemsOf(stores[0]!.db)).toEqual([]);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });

    it('merges the claims of documents stored at once by several writers into the facts one writer makes', async () => {
      const reports = Array.from({ length: 24 }, (_, i) => report(i));
      // Every report is given to two writers, each list in its own order: races on contents and on facts at once.
      const lists = Array.from({ length: WRITERS }, (_, w) =>
        reports.filter((_, i) => i % WRITERS === w || (i + 1) % WRITERS === w).reverse(),
      );
      const stores = await openWriters(await backend.newTarget(false));
      const serial = await openWriters(await backend.newTarget(false));
      try {
        const outcomes = await race(stores, lists);
        // The reports are alike enough to be linked as copies; each is stored once either way.
        expect(outcomes.filter((o) => o.kind !== 'duplicate')).toHaveLength(reports.length);
        expect(outcomes.filter((o) => o.kind === 'duplicate')).toHaveLength(reports.length);
        const db = stores[0]!.db;
        expect(await problemsOf(db)).toEqual([]);
        const docs = await db.selectFrom('documents').select(['id', 'claim_count']).orderBy('id').execute();
        expect(docs).toEqual(
          reports.map((r) => ({ id: r.doc.id, claim_count: 3 })).sort((a, b) => a.id.localeCompare(b.id)),
        );
        const shared = await db
          .selectFrom('facts')
          .select(['type', 'claim_count'])
          .where('type', 'in', ['reciprocal_access', 'acsa'])
          .orderBy('type')
          .execute();
        expect(shared).toEqual([
          { type: 'acsa', claim_count: reports.length },
          { type: 'reciprocal_access', claim_count: reports.length },
        ]);
        for (const r of reports) await storeDocument(serial[0]!, prepareDocument(r.doc, r.facts));
        expect(await factSummary(db)).toEqual(await factSummary(serial[0]!.db));
      } finally {
        await Promise.all([...stores, ...serial].map((s) => s.close()));
      }
    });

    it('stores a document naming more facts than it may lock one by one while other writers go on', async () => {
      // 80 transfers of distinct items: 80 bases, over the adapter's limit, so this writer locks the store whole.
      const digest = article(
        'digest.txt',
        '2024-07-10',
        Array.from({ length: 80 }, (_, n) => ({
          sentence: `Japan will transfer radar unit ${n} to the Philippines.`,
          type: 'equipment_transfer' as const,
          parties: ['JPN', 'PHL'],
          status: 'planned' as const,
          date: '2024-07',
          item: `radar unit ${n}`,
        })),
      );
      const reports = Array.from({ length: 12 }, (_, i) => report(i));
      const stores = await openWriters(await backend.newTarget(false));
      try {
        const outcomes = await race(stores, [
          [reports[0]!, digest, reports[1]!],
          reports.slice(2, 6),
          reports.slice(6, 9),
          reports.slice(9),
        ]);
        expect(outcomes.filter((o) => o.kind === 'duplicate')).toEqual([]);
        const db = stores[0]!.db;
        expect(await problemsOf(db)).toEqual([]);
        const transfers = await db
          .selectFrom('facts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('type', '=', 'equipment_transfer')
          .executeTakeFirstOrThrow();
        expect(Number(transfers.n)).toBe(80);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });

    it('links copies of one story stored at once to a single original', async () => {
      const copies = [
        article('wire.txt', '2024-07-08', [ACCESS], WIRE_STORY),
        article(
          'outlet.txt',
          '2024-07-08',
          [ACCESS],
          `Manila Daily. Posted by staff.\n${WIRE_STORY}\nSubscribe.`,
        ),
        article('spun.txt', '2024-07-08', [ACCESS], spin(WIRE_STORY)),
        article('late.txt', '2024-07-09', [ACCESS], `${WIRE_STORY}\nUpdated with the ministry's statement.`),
      ];
      const stores = await openWriters(await backend.newTarget(false));
      try {
        const outcomes = await race(
          stores,
          copies.map((c) => [c]),
        );
        expect(outcomes.filter((o) => o.kind === 'new')).toHaveLength(1);
        expect(outcomes.filter((o) => o.kind === 'near_duplicate')).toHaveLength(copies.length - 1);
        const db = stores[0]!.db;
        const rows = await db.selectFrom('documents').select(['id', 'near_duplicate_of']).execute();
        const original = rows.find((r) => r.near_duplicate_of === null)!;
        expect(rows.filter((r) => r.id !== original.id).map((r) => r.near_duplicate_of)).toEqual(
          Array(copies.length - 1).fill(original.id),
        );
        expect(await problemsOf(db)).toEqual([]);
        const facts = await db.selectFrom('facts').select(['claim_count', 'source_count']).execute();
        expect(facts).toEqual([{ claim_count: copies.length, source_count: 1 }]);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });
  });
}
