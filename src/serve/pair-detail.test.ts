// A pair page written from the facts' stored cards (a read worker's SQLite reads) is, byte for byte, the page the
// query layer's objects give: for every pair, several page sizes and quote counts, and with some cards missing.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, type Stated } from '../test-support/articles.js';
import { freshStore, sqliteBackend } from '../test-support/backends.js';
import { storePageReads, type PageReads } from '../store/services/page-reads.service.js';
import { prepareDocument, storeDocument } from '../store/services/store-document.service.js';
import { openSqlitePageReads, type SqlitePageReads } from '../store/sqlite/page-reads.js';
import type { Store } from '../store/store.js';
import { dateNumber, pairDetail, pairDetailJson, type PairPage } from './pair-detail.js';

const backend = sqliteBackend();

const stated: Stated[] = [
  {
    sentence: 'Japan and Italy signed an ACSA on 2024-11-20.',
    type: 'acsa',
    parties: ['ITA', 'JPN'],
    status: 'concluded',
    date: '2024-11-20',
  },
  {
    sentence: 'Japan, the United States and Australia held a trilateral drill in July 2024.',
    type: 'joint_exercise',
    parties: ['AUS', 'JPN', 'USA'],
    status: 'held',
    date: '2024-07',
  },
];

const PAGES: PairPage[] = [
  { limit: 25, offset: 0, evidence: 3 },
  { limit: 2, offset: 1, evidence: 1 },
  { limit: 200, offset: 0, evidence: 2 },
  // More quotes than a card keeps: read through the query layer.
  { limit: 25, offset: 0, evidence: 5 },
];

describe('dateNumber', () => {
  it('orders partial dates as their text compares, no date first', () => {
    const dates = [
      '2024',
      '2024-00',
      '2024-01',
      '2024-01-00',
      '2024-01-09',
      '2024-01-10',
      '2024-12-31',
      '2024-99',
    ]
      .concat(['2024-99-99', '2025', '0001', '9999-99-99', '1999-12', '2000-01-01'])
      .flatMap((d) => [d, d]);
    const byText = [...dates].sort((x, y) => x.localeCompare(y));
    const byNumber = [...dates].sort((x, y) => dateNumber(x) - dateNumber(y));
    expect(byNumber).toEqual(byText);
    expect(new Set(dates.map(dateNumber)).size).toBe(dates.length / 2);
    expect(dateNumber(null)).toBeLessThan(dateNumber('0000'));
  });
});

describe('a pair page written from stored cards', () => {
  let store: Store;
  let cards: SqlitePageReads;
  let layer: PageReads;
  let pairs: [string, string][];
  const name = (code: string) => `name of ${code}`;

  beforeAll(async () => {
    await backend.setup();
    store = await freshStore(backend, true);
    for (let i = 0; i < 6; i++) {
      const a = article(
        `r${i}.txt`,
        `2024-12-0${i + 1}`,
        stated,
        `Report ${i}: ${'background words '.repeat(40)}`,
      );
      await storeDocument(store, prepareDocument(a.doc, a.facts));
    }
    cards = openSqlitePageReads(store.readerFile!);
    layer = storePageReads(store);
    pairs = (await store.db.selectFrom('fact_pairs').select(['a', 'b']).distinct().execute()).map((p) => [
      p.a,
      p.b,
    ]);
  });
  afterAll(async () => {
    cards?.close();
    await store?.close();
    await backend.teardown();
  });

  const expectSamePages = async () => {
    for (const [a, b] of pairs) {
      for (const page of PAGES) {
        const expected = JSON.stringify(await pairDetail(layer, a, b, name, page));
        expect(await pairDetailJson(cards, a, b, name, page), `${a}-${b} ${JSON.stringify(page)}`).toBe(
          expected,
        );
        expect(await pairDetailJson(cards, b, a, name, page), `${b}-${a}`).toBe(
          JSON.stringify(await pairDetail(layer, b, a, name, page)),
        );
      }
    }
  };

  it('writes every page as the query layer does, from the cards', async () => {
    expect(pairs.length).toBeGreaterThan(20);
    const ids = (await layer.pairFacts('AUS', 'JPN')).map((f) => f.id);
    expect((await cards.factCards!(ids, 3)).size).toBe(ids.length);
    expect((await cards.factCards!(ids, 4)).size).toBe(0);
    await expectSamePages();
  });

  it('writes the same pages when some facts have no card', async () => {
    // Changed outside the store's write path: the triggers drop those cards until the next write renders them.
    const dropped = await sql`update facts set updated_at = updated_at where id % 3 = 0`.execute(store.db);
    expect(Number(dropped.numAffectedRows)).toBeGreaterThan(0);
    const left = await sql<{ n: number }>`select count(*) as n from stale_facts`.execute(store.db);
    expect(left.rows[0]!.n).toBeGreaterThan(0);
    await expectSamePages();
  });
});
