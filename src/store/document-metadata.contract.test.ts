// Provenance in the store, on every backend: an article ingested with its .url file keeps its URL and outlet, its
// facts' quotes say where they come from, and migration 0004 names each reference row by its dataset.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../ingest/ingest-run.js';
import { BACKENDS, IN_CI, freshStore, suiteTitle } from '../test-support/backends.js';
import { sharedDir } from '../test-support/shared.js';
import { documentMetadataMigration } from './migrations/0004-document-metadata.js';
import { getDocument } from './repos/documents.repo.js';
import { listFacts } from './services/query.service.js';
import type { Store } from './store.js';

const D01 = join(sharedDir(), 'gold', 'dev', 'texts', 'd01.txt');
const D01_URL =
  'https://japantoday.com/category/politics/japan-italy-agree-in-principle-on-defense-supply-sharing-pact';

for (const backend of BACKENDS) {
  describe.skipIf(backend.unavailable !== null && !IN_CI)(
    suiteTitle('document provenance in the store', backend),
    () => {
      let store: Store;
      beforeAll(async () => {
        await backend.setup();
        store = await freshStore(backend, true);
        const run = await runIngest(store, [D01], { fetchTimeoutMs: 2000 });
        expect(run.summary.documents.new).toBe(1);
      }, 120_000);
      afterAll(async () => {
        await store?.close();
        await backend.teardown();
      });

      it('keeps the URL of the .url file, the host as outlet and the leading date', async () => {
        expect(await getDocument(store.db, 'd01.txt')).toMatchObject({
          url: D01_URL,
          source: 'japantoday.com',
          title: null,
          published: '2024-10-19',
        });
      });

      it("gives each fact's best quote its origin: the article's outlet and date, or the reference dataset", async () => {
        const facts = await listFacts(store, { party: 'ITA' });
        const kinds = new Set(facts.map((f) => f.quote?.kind));
        expect(kinds).toEqual(new Set(['article', 'reference']));
        for (const f of facts) {
          if (f.quote?.kind === 'reference') expect(f.quote.dataset).toBe('japan_agreements');
          if (f.quote?.kind === 'article')
            expect(f.quote).toMatchObject({
              url: D01_URL,
              source: 'japantoday.com',
              published: '2024-10-19',
            });
        }
      });

      it('retitles reference rows stored before version 4 with the dataset name (migration 0004)', async () => {
        const reference = (q: Store['db']) =>
          q.selectFrom('documents').select('title').where('source', '=', 'reference');
        await store.db
          .updateTable('documents')
          .set({ title: 'Japan and Italy: acsa' })
          .where('source', '=', 'reference')
          .execute();
        expect(new Set((await reference(store.db).execute()).map((r) => r.title))).toEqual(
          new Set(['Japan and Italy: acsa']),
        );
        await documentMetadataMigration().up(store.db as never);
        const titles = await reference(store.db).execute();
        expect(titles.length).toBeGreaterThan(20);
        expect(new Set(titles.map((t) => t.title))).toEqual(new Set(['japan_agreements']));
        expect((await getDocument(store.db, 'd01.txt'))?.title).toBeNull();
      });
    },
  );
}
