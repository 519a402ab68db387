// Store contract, run on every backend: one fact per real-world event, milestones quoted by their own sentence,
// and migration 0003 re-keying a database merged under the old keys without losing a claim or a review.
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartialDate } from '../schema/fact.js';
import type { Stated } from '../test-support/articles.js';
import { BACKENDS, freshStore, IN_CI, suiteTitle } from '../test-support/backends.js';
import { insertClaims, linkClaims } from './repos/claims.repo.js';
import { insertDocument } from './repos/documents.repo.js';
import { insertReview } from './repos/reviews.repo.js';
import { listConflicts, ties } from './services/query.service.js';
import { timeline } from './services/timeline.service.js';
import { reviewHistory } from './services/review.service.js';
import { adapterFor, openStore, type Store } from './store.js';
import { storeArticle } from '../test-support/store-article.js';

async function put(store: Store, id: string, published: PartialDate | null, ...stated: Stated[]) {
  return storeArticle(store, id, published, stated);
}

const treaty = (sentence: string, status: Stated['status'], date: PartialDate | null): Stated => ({
  sentence,
  type: 'security_treaty',
  parties: ['JPN', 'USA'],
  status,
  date,
});

for (const backend of BACKENDS) {
  describe.skipIf(backend.unavailable !== null && !IN_CI)(suiteTitle('event identity', backend), () => {
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());

    it('keeps a 1960 treaty and a 2015 guidelines revision apart, with no conflict between them', async () => {
      const store = await freshStore(backend, false);
      await put(
        store,
        'treaty.txt',
        '2020-01-19',
        treaty(
          'Japan and the United States signed the security treaty on January 19, 1960.',
          'concluded',
          '1960-01-19',
        ),
      );
      await put(
        store,
        'guidelines.txt',
        '2015-04-28',
        treaty(
          'Japan and the United States adopted new Defense Cooperation Guidelines on April 27, 2015.',
          'concluded',
          '2015-04-27',
        ),
      );
      const found = await ties(store, ['JPN', 'USA']);
      expect(found.map((t) => t.milestones.concluded?.date)).toEqual(['1960-01-19', '2015-04-27']);
      expect(found.map((t) => t.milestones.concluded?.doc)).toEqual(['treaty.txt', 'guidelines.txt']);
      expect(await listConflicts(store)).toEqual([]);
      await store.close();
    });

    it('reads a revision of a named instrument as a step of it, not a second signing date', async () => {
      const store = await freshStore(backend, false);
      const acsa = (sentence: string, date: PartialDate): Stated => ({
        sentence,
        type: 'acsa',
        parties: ['JPN', 'USA'],
        status: 'concluded',
        date,
      });
      await put(
        store,
        'a1.txt',
        '1996-04-16',
        acsa('Japan and the United States signed an ACSA on April 15, 1996.', '1996-04-15'),
      );
      await put(
        store,
        'a2.txt',
        '2016-09-27',
        acsa('Japan and the United States signed a revised ACSA on September 26, 2016.', '2016-09-26'),
      );
      const found = await ties(store, ['JPN', 'USA']);
      expect(found.map((t) => [t.milestones.concluded?.date, t.claims])).toEqual([['1996-04-15', 2]]);
      // The revision is a step of its own, quoted with its own sentence, on the timeline after the signing.
      expect(found[0]!.milestones.concluded?.revisions).toMatchObject([
        { date: '2016-09-26', doc: 'a2.txt', quote: expect.stringContaining('revised ACSA') },
      ]);
      expect((await timeline(store, 'JPN')).map((e) => [e.date, e.revision, e.doc])).toEqual([
        ['1996-04-15', false, 'a1.txt'],
        ['2016-09-26', true, 'a2.txt'],
      ]);
      expect(await listConflicts(store)).toEqual([]);
      await store.close();
    });

    it('separates a 2020 delivery from a 2023 grant between the same parties', async () => {
      const store = await freshStore(backend, false);
      const transfer = (sentence: string, status: Stated['status'], date: PartialDate): Stated => ({
        sentence,
        type: 'equipment_transfer',
        parties: ['JPN', 'PHL'],
        status,
        date,
      });
      await put(
        store,
        'radar.txt',
        '2020-08-29',
        transfer(
          'Japan delivered an air surveillance radar to the Philippines on August 28, 2020.',
          'completed',
          '2020-08-28',
        ),
      );
      await put(
        store,
        'grant.txt',
        '2023-11-17',
        transfer(
          'Japan agreed on November 16, 2023 to provide coastal radars to the Philippines.',
          'concluded',
          '2023-11-16',
        ),
      );
      const found = await ties(store, ['JPN', 'PHL']);
      expect(found.map((t) => [t.status, t.date])).toEqual([
        ['completed', '2020-08-28'],
        ['concluded', '2023-11-16'],
      ]);
      expect(found.every((t) => t.conflicts === 0)).toBe(true);
      await store.close();
    });

    it('quotes each milestone with the sentence that states its date, with its outlet and URL', async () => {
      const store = await freshStore(backend, false);
      await put(store, 'sign.txt', '2016-03-20', {
        sentence: 'Japan and Italy signed an information security agreement on March 19, 2016.',
        type: 'information_security',
        parties: ['ITA', 'JPN'],
        status: 'concluded',
        date: '2016-03-19',
      });
      await put(store, 'force.txt', '2016-06-08', {
        sentence: 'The information security agreement between Japan and Italy took effect on June 7, 2016.',
        type: 'information_security',
        parties: ['ITA', 'JPN'],
        status: 'in_force',
        date: '2016-06-07',
      });
      const [fact] = await ties(store, ['ITA', 'JPN']);
      expect(fact!.milestones.concluded).toMatchObject({
        date: '2016-03-19',
        doc: 'sign.txt',
        url: 'https://news.example/sign.txt',
        source: 'news.example',
        published: '2016-03-20',
      });
      expect(fact!.milestones.in_force).toMatchObject({ date: '2016-06-07', doc: 'force.txt' });
      await store.close();
    });

    it('re-keys a database merged under the old keys, keeping every claim and review', async () => {
      const target = await backend.newTarget(false);
      const adapter = adapterFor(target);
      const old = await adapter.connect();
      const before = await new Migrator({
        db: old,
        provider: {
          getMigrations: async () => ({
            '0001-initial': adapter.migrations['0001-initial']!,
            '0002-candidates': adapter.migrations['0002-candidates']!,
          }),
        },
      }).migrateToLatest();
      expect(before.error).toBeUndefined();
      // As 0002 merged them: one fact keyed by type and parties holding the 1960 treaty and the 2015 guidelines.
      const docs = [
        [
          't.txt',
          '1960-01-20',
          'Japan and the United States signed the security treaty on January 19, 1960.',
          '1960-01-19',
        ],
        [
          'g.txt',
          '2015-04-28',
          'Japan and the United States adopted new Defense Cooperation Guidelines on April 27, 2015.',
          '2015-04-27',
        ],
        [
          'g2.txt',
          '2015-04-29',
          'The Defense Cooperation Guidelines were revised on April 27, 2015 in New York.',
          '2015-04-27',
        ],
      ] as const;
      // The 0001 columns only: the insert must not name the columns 0003 adds.
      await old
        .insertInto('facts')
        .values({
          key: 'security_treaty|JPN,USA',
          type: 'security_treaty',
          parties: 'JPN|USA',
          item: null,
          status: 'concluded',
          date: '1960-01-19',
          date_lo: 19600119,
          date_hi: 19600119,
          milestones: '{}',
          source_count: 3,
          claim_count: 3,
          conflict_count: 0,
          best_claim: null,
          best_quote: null,
          best_doc: null,
          review: 'confirmed',
          override: null,
          updated_at: '2024-01-01T00:00:00Z',
        })
        .execute();
      const fact = await old.selectFrom('facts').select('id').executeTakeFirstOrThrow();
      await old
        .insertInto('fact_parties')
        .values([
          { party: 'JPN', fact_id: fact.id },
          { party: 'USA', fact_id: fact.id },
        ])
        .execute();
      await old.insertInto('fact_pairs').values({ a: 'JPN', b: 'USA', fact_id: fact.id }).execute();
      for (const [id, published, text, date] of docs) {
        await insertDocument(old, {
          id,
          url: `https://news.example/${id}`,
          source: 'news.example',
          title: null,
          published,
          content_hash: id,
          text,
          near_duplicate_of: null,
          similarity: null,
          ingested_at: '2024-01-01T00:00:00Z',
          claim_count: 1,
        });
        const [claim] = await insertClaims(old, [
          {
            document: id,
            ord: 0,
            type: 'security_treaty',
            parties: 'JPN|USA',
            status: 'concluded',
            date,
            item: null,
            ev_start: 0,
            ev_end: text.length,
            ev_text: text,
          },
        ]);
        await linkClaims(old, [{ claim_id: claim!, fact_id: fact.id }]);
      }
      await insertReview(old, {
        fact_id: fact.id,
        reviewer: 'ana',
        at: '2024-02-01T00:00:00Z',
        action: 'confirm',
        before: '{}',
        after: '{}',
      });
      await old.destroy();

      const opened = await openStore(target);
      if (!opened.ok) throw opened.error;
      const store = opened.value;
      const found = await ties(store, ['JPN', 'USA']);
      expect(found.map((t) => [t.milestones.concluded?.date, t.claims])).toEqual([
        ['1960-01-19', 1],
        ['2015-04-27', 2],
      ]);
      // The old fact's id (and its review) stays with the event most of its claims went to: the guidelines.
      expect(found[1]!.id).toBe(fact.id);
      expect(found[1]!.review).toBe('confirmed');
      expect((await reviewHistory(store, fact.id)).map((r) => r.reviewer)).toEqual(['ana']);
      const links = await store.db.selectFrom('fact_claims').select(['claim_id', 'rank']).execute();
      expect(links).toHaveLength(3);
      expect(links.every((l) => l.rank > 0)).toBe(true);
      expect(await listConflicts(store)).toEqual([]);
      await store.close();
    });
  });
}
