// Store contract, run on every backend: documents are stored whole, once, and copies are linked to their original.
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fact } from '../schema/fact.js';
import { article, spin, WIRE_STORY } from '../test-support/articles.js';
import { BACKENDS, freshStore, IN_CI, suiteTitle } from '../test-support/backends.js';
import { countClaims, insertClaims } from './repos/claims.repo.js';
import { countDocuments, getDocument, insertDocument } from './repos/documents.repo.js';
import { countFacts } from './repos/facts.repo.js';
import { getMeta } from './repos/meta.repo.js';
import { listCandidates } from './services/candidates.service.js';
import { ties } from './services/query.service.js';
import { prepareDocument, storeDocument } from './services/store-document.service.js';
import { openKnowledgeBase } from './open-knowledge-base.js';
import { adapterFor, openStore } from './store.js';

const signing = (id: string, text = WIRE_STORY, published = '2024-07-08') =>
  article(
    id,
    published,
    [
      {
        sentence: 'The Philippines and Japan signed a Reciprocal Access Agreement on Monday.',
        type: 'reciprocal_access',
        parties: ['JPN', 'PHL'],
        status: 'concluded',
        date: '2024-07-08',
      },
    ],
    text,
  );

const scored = (f: Fact, confidence: number, candidate = false): Fact =>
  candidate ? { ...f, confidence, candidate } : { ...f, confidence };

for (const backend of BACKENDS) {
  describe.skipIf(backend.unavailable !== null && !IN_CI)(suiteTitle('documents', backend), () => {
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());

    it('loads the reference dataset when a database is first opened, and only once', async () => {
      const target = await backend.newTarget(false);
      const first = await openKnowledgeBase(target);
      if (!first.ok) throw first.error;
      const docs = await countDocuments(first.value.db);
      expect(docs).toBe(88);
      expect(JSON.parse((await getMeta(first.value.db, 'reference'))!)).toMatchObject({
        name: 'japan_agreements',
      });
      const partners = new Set((await ties(first.value, ['JPN'])).flatMap((t) => t.partners));
      expect(partners).toContain('USA');
      expect(partners).toContain('PHL');
      expect(partners.size).toBeGreaterThan(25);
      await first.value.close();
      const again = await openKnowledgeBase(target);
      if (!again.ok) throw again.error;
      expect(await countDocuments(again.value.db)).toBe(docs);
      await again.value.close();
    });

    it('stores a document with its claims and a canonical fact', async () => {
      const store = await freshStore(backend, false);
      const a = signing('a.txt');
      const outcome = await storeDocument(store, prepareDocument(a.doc, a.facts));
      expect(outcome).toMatchObject({ kind: 'new', id: 'a.txt', claims: 1 });
      expect((await getDocument(store.db, 'a.txt'))?.claim_count).toBe(1);
      expect(await countClaims(store.db, 'a.txt')).toBe(1);
      expect(await countFacts(store.db)).toBe(1);
      await store.close();
    });

    it('adds nothing when the same content is stored again, under any id', async () => {
      const store = await freshStore(backend, false);
      const a = signing('a.txt');
      await storeDocument(store, prepareDocument(a.doc, a.facts));
      const again = await storeDocument(store, prepareDocument({ ...a.doc, id: 'copy.txt' }, a.facts));
      expect(again).toEqual({ kind: 'duplicate', id: 'copy.txt', of: 'a.txt' });
      const spaced = await storeDocument(
        store,
        prepareDocument({ ...a.doc, text: `  ${a.doc.text}  ` }, a.facts),
      );
      expect(spaced.kind).toBe('duplicate');
      expect(await countDocuments(store.db)).toBe(1);
      expect(await countClaims(store.db)).toBe(1);
      await store.close();
    });

    it('keeps a different text that reuses an id under a hash-suffixed id', async () => {
      const store = await freshStore(backend, false);
      const a = signing('same-name.txt');
      const b = signing('same-name.txt', 'An entirely different article about something else that happened.');
      await storeDocument(store, prepareDocument(a.doc, a.facts));
      const second = await storeDocument(store, prepareDocument(b.doc, b.facts));
      expect(second.kind).toBe('new');
      expect(second.id).toMatch(/^same-name\.txt#[0-9a-f]{12}$/);
      await store.close();
    });

    it('links a wire copy and a machine-spun copy to the original without counting them as sources', async () => {
      const store = await freshStore(backend, false);
      const original = signing('wire.txt');
      const outlet = signing(
        'outlet.txt',
        `Manila Daily. Posted by staff.\n${WIRE_STORY}\nSubscribe for more news.`,
      );
      const spun = signing('spun.txt', spin(WIRE_STORY));
      const independent = signing(
        'other.txt',
        'Manila and Tokyo concluded their long-awaited troop pact after two years of talks, a senior diplomat told reporters in Quezon City.',
      );
      await storeDocument(store, prepareDocument(original.doc, original.facts));
      expect(await storeDocument(store, prepareDocument(outlet.doc, outlet.facts))).toMatchObject({
        kind: 'near_duplicate',
        of: 'wire.txt',
      });
      expect(await storeDocument(store, prepareDocument(spun.doc, spun.facts))).toMatchObject({
        kind: 'near_duplicate',
        of: 'wire.txt',
      });
      expect(await storeDocument(store, prepareDocument(independent.doc, independent.facts))).toMatchObject({
        kind: 'new',
      });
      const [tie] = await ties(store, ['JPN', 'PHL']);
      expect(tie).toMatchObject({ claims: 4, sources: 2 });
      expect((await getDocument(store.db, 'spun.txt'))?.near_duplicate_of).toBe('wire.txt');
      await store.close();
    });

    it('stores candidate claims with their confidence, linked to no fact, changing no fact or tie', async () => {
      const store = await freshStore(backend, false);
      const a = signing('a.txt');
      await storeDocument(store, prepareDocument(a.doc, a.facts));
      const factsBefore = await countFacts(store.db);
      const tiesBefore = await ties(store, ['JPN', 'PHL']);

      const b = article('b.txt', '2024-09-02', [
        {
          sentence: 'Japan and Australia signed an acquisition and cross-servicing agreement in Tokyo.',
          type: 'acsa',
          parties: ['AUS', 'JPN'],
          status: 'concluded',
          date: '2024-09-01',
        },
        // Merged, this would move the JPN-PHL fact to in force.
        {
          sentence: 'The troop pact between Manila and Tokyo may already be in force, one blog claimed.',
          type: 'reciprocal_access',
          parties: ['JPN', 'PHL'],
          status: 'in_force',
          date: '2024-08-30',
        },
        // Merged, this would create a new fact and a new tie.
        {
          sentence: 'Japan and Mongolia might one day talk about a security treaty, a columnist mused.',
          type: 'security_treaty',
          parties: ['JPN', 'MNG'],
          status: 'proposed',
        },
      ]);
      const facts = [
        scored(b.facts[0]!, 0.9),
        scored(b.facts[1]!, 0.25, true),
        scored(b.facts[2]!, 0.125, true),
      ];
      const outcome = await storeDocument(store, prepareDocument(b.doc, facts));
      expect(outcome).toMatchObject({ kind: 'new', id: 'b.txt', claims: 1, candidates: 2, conflicts: 0 });
      if (outcome.kind === 'duplicate') throw new Error('stored as a duplicate');
      expect(outcome.newFacts).toHaveLength(1);
      expect(outcome.changedFacts).toEqual([]);
      expect(outcome.factIds).toEqual(outcome.newFacts);

      expect(await countClaims(store.db, 'b.txt')).toBe(3);
      expect((await getDocument(store.db, 'b.txt'))?.claim_count).toBe(1);
      const rows = await store.db
        .selectFrom('claims as c')
        .leftJoin('fact_claims as fc', 'fc.claim_id', 'c.id')
        .select(['c.id', 'c.ord', 'c.confidence', 'c.candidate', 'fc.fact_id'])
        .where('c.document', '=', 'b.txt')
        .orderBy('c.ord')
        .execute();
      expect(rows.map((r) => [r.ord, Number(r.candidate), r.fact_id === null])).toEqual([
        [0, 0, false],
        [1, 1, true],
        [2, 1, true],
      ]);
      expect(rows.map((r) => Number(r.confidence))).toEqual([0.9, 0.25, 0.125]);
      // A fact the extractor gave no score is stored with a null confidence.
      const first = await store.db
        .selectFrom('claims')
        .select(['confidence', 'candidate'])
        .where('document', '=', 'a.txt')
        .executeTakeFirstOrThrow();
      expect(first).toEqual({ confidence: null, candidate: 0 });

      expect(await countFacts(store.db)).toBe(factsBefore + 1);
      expect(await ties(store, ['JPN', 'PHL'])).toEqual(tiesBefore);
      expect(await ties(store, ['JPN', 'MNG'])).toEqual([]);
      expect((await ties(store, ['AUS', 'JPN'])).map((t) => t.type)).toEqual(['acsa']);

      const listed = await listCandidates(store);
      expect(listed.map((c) => [c.document, c.type, c.parties.join('+'), c.status, c.confidence])).toEqual([
        ['b.txt', 'security_treaty', 'JPN+MNG', 'proposed', 0.125],
        ['b.txt', 'reciprocal_access', 'JPN+PHL', 'in_force', 0.25],
      ]);
      expect(listed[1]!.evidence).toEqual({
        start: b.facts[1]!.evidence[0]!.start,
        end: b.facts[1]!.evidence[0]!.end,
        text: 'The troop pact between Manila and Tokyo may already be in force, one blog claimed.',
      });
      expect(listed[1]!.date).toBe('2024-08-30');

      // Newest first: a later document's candidate leads; filters by party, confidence and count.
      const c = article('c.txt', '2024-09-03', [
        {
          sentence: 'Some say Mongolia and Kazakhstan could hold drills together next summer.',
          type: 'joint_exercise',
          parties: ['KAZ', 'MNG'],
          status: 'planned',
        },
      ]);
      const later = await storeDocument(store, prepareDocument(c.doc, [scored(c.facts[0]!, 0.3, true)]));
      expect(later).toMatchObject({ kind: 'new', claims: 0, candidates: 1, newFacts: [], factIds: [] });
      expect((await listCandidates(store)).map((x) => x.document)).toEqual(['c.txt', 'b.txt', 'b.txt']);
      expect((await listCandidates(store, { party: 'MNG' })).map((x) => x.parties.join('+'))).toEqual([
        'KAZ+MNG',
        'JPN+MNG',
      ]);
      expect((await listCandidates(store, { party: 'PHL' })).map((x) => x.confidence)).toEqual([0.25]);
      expect((await listCandidates(store, { party: 'JP' })).length).toBe(0);
      expect((await listCandidates(store, { minConfidence: 0.25 })).map((x) => x.confidence)).toEqual([
        0.3, 0.25,
      ]);
      expect((await listCandidates(store, { limit: 1 })).map((x) => x.document)).toEqual(['c.txt']);
      expect(await countFacts(store.db)).toBe(factsBefore + 1);
      await store.close();
    });

    it('migrates a database made at version 0001 without losing rows, and migrating again does nothing', async () => {
      const target = await backend.newTarget(false);
      const adapter = adapterFor(target);
      const old = await adapter.connect();
      const initial = await new Migrator({
        db: old,
        provider: { getMigrations: async () => ({ '0001-initial': adapter.migrations['0001-initial']! }) },
      }).migrateToLatest();
      expect(initial.error).toBeUndefined();
      await insertDocument(old, {
        id: 'old.txt',
        url: null,
        source: null,
        title: 'Before candidates',
        published: '2023-01-01',
        content_hash: 'old-hash',
        text: 'Japan and Italy signed an ACSA.',
        near_duplicate_of: null,
        similarity: null,
        ingested_at: '2023-01-02T00:00:00Z',
        claim_count: 1,
      });
      // The 0001 columns only: the insert must not name the columns 0002 adds.
      const [claimId] = await insertClaims(old, [
        {
          document: 'old.txt',
          ord: 0,
          type: 'acsa',
          parties: 'ITA|JPN',
          status: 'concluded',
          date: null,
          item: null,
          ev_start: 0,
          ev_end: 31,
          ev_text: 'Japan and Italy signed an ACSA.',
        },
      ]);
      await old.destroy();

      const opened = await openStore(target);
      if (!opened.ok) throw opened.error;
      const store = opened.value;
      expect((await getDocument(store.db, 'old.txt'))?.title).toBe('Before candidates');
      const claim = await store.db
        .selectFrom('claims')
        .selectAll()
        .where('id', '=', claimId!)
        .executeTakeFirstOrThrow();
      expect(claim).toMatchObject({
        document: 'old.txt',
        parties: 'ITA|JPN',
        confidence: null,
        candidate: 0,
      });
      expect(await listCandidates(store)).toEqual([]);
      const again = await new Migrator({
        db: store.db,
        provider: { getMigrations: async () => ({ ...adapter.migrations }) },
      }).migrateToLatest();
      expect(again.error).toBeUndefined();
      expect(again.results).toEqual([]);
      const applied = await new Migrator({
        db: store.db,
        provider: { getMigrations: async () => ({ ...adapter.migrations }) },
      }).getMigrations();
      expect(applied.map((m) => [m.name, m.executedAt !== undefined])).toEqual(
        Object.keys(adapter.migrations).map((name) => [name, true]),
      );
      expect(applied.map((m) => m.name).slice(0, 3)).toEqual([
        '0001-initial',
        '0002-candidates',
        '0003-event-identity',
      ]);
      await store.close();
    });

    it('stores nothing of a document whose transaction fails part-way', async () => {
      const store = await freshStore(backend, false);
      await expect(
        store.write(async (trx) => {
          await insertDocument(trx, {
            id: 'half.txt',
            url: null,
            source: null,
            title: null,
            published: null,
            content_hash: 'h',
            text: 'x',
            near_duplicate_of: null,
            similarity: null,
            ingested_at: '2024-01-01T00:00:00Z',
            claim_count: 0,
          });
          throw new Error('killed mid-way');
        }),
      ).rejects.toThrow('killed mid-way');
      expect(await getDocument(store.db, 'half.txt')).toBeUndefined();
      await store.close();
    });

    it('rejects a fact whose evidence lies outside the text before touching the store', async () => {
      const a = signing('bad.txt');
      const broken = [
        { ...a.facts[0]!, evidence: [{ doc: 'bad.txt', start: 0, end: 1_000_000, text: 'x' }] },
      ];
      expect(() => prepareDocument(a.doc, broken)).toThrow(/outside the text/);
    });
  });
}
