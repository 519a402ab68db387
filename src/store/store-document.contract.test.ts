// Store contract, run on every backend: documents are stored whole, once, and copies are linked to their original.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, spin, WIRE_STORY } from '../test-support/articles.js';
import { BACKENDS, freshStore, IN_CI, suiteTitle } from '../test-support/backends.js';
import { countClaims } from './repos/claims.repo.js';
import { countDocuments, getDocument, insertDocument } from './repos/documents.repo.js';
import { countFacts } from './repos/facts.repo.js';
import { getMeta } from './repos/meta.repo.js';
import { ties } from './services/query.service.js';
import { prepareDocument, storeDocument } from './services/store-document.service.js';
import { openKnowledgeBase } from './open-knowledge-base.js';

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
