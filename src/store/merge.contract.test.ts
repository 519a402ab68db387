// Store contract, run on every backend: claims merge along the lifecycle, disagreements become conflicts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stated } from '../test-support/articles.js';
import { BACKENDS, freshStore, IN_CI, suiteTitle } from '../test-support/backends.js';
import type { PartialDate } from '../schema/fact.js';
import { countFacts } from './repos/facts.repo.js';
import { listConflicts, ties } from './services/query.service.js';
import { reloadReference } from './services/reference.service.js';
import type { Store } from './store.js';
import { readDataset, DEFAULT_REFERENCE_FILE } from './reference/dataset.js';
import { backgroundFiller, storeArticle } from '../test-support/store-article.js';

async function put(store: Store, id: string, published: PartialDate | null, ...stated: Stated[]) {
  return storeArticle(store, id, published, stated, backgroundFiller(id, 3));
}

const acsa = (status: Stated['status'], date: PartialDate | null, parties = ['ITA', 'JPN']): Stated => ({
  sentence: `Japan and Italy: ACSA ${status} ${date ?? ''} (${Math.random()}).`,
  type: 'acsa',
  parties,
  status,
  date,
});

const meeting = (date: PartialDate | null): Stated => ({
  sentence: `Defense ministers of Japan and Australia met (${date ?? 'no date'}).`,
  type: 'high_level_meeting',
  parties: ['AUS', 'JPN'],
  status: 'held',
  date,
});

for (const backend of BACKENDS) {
  describe.skipIf(backend.unavailable !== null && !IN_CI)(suiteTitle('merge', backend), () => {
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());

    it('moves a signed agreement to in force and keeps the signing date as the signing date', async () => {
      const store = await freshStore(backend, false);
      const first = await put(store, 'signed.txt', '2016-03-20', acsa('concluded', '2016-03-19'));
      expect(first).toMatchObject({ kind: 'new' });
      const later = await put(store, 'force.txt', '2016-06-08', acsa('in_force', '2016-06-07'));
      expect(later.kind !== 'duplicate' && later.changedFacts.length).toBe(1);
      const [fact] = await ties(store, ['JPN', 'ITA']);
      expect(fact).toMatchObject({ status: 'in_force', date: '2016-06-07', sources: 2, claims: 2 });
      expect(fact!.milestones.concluded?.date).toBe('2016-03-19');
      expect(fact!.milestones.in_force?.date).toBe('2016-06-07');
      // An older article saying "negotiating" does not move the fact back.
      await put(store, 'talks.txt', '2015-01-10', acsa('negotiating', null));
      expect((await ties(store, ['JPN', 'ITA']))[0]).toMatchObject({ status: 'in_force', claims: 3 });
      await store.close();
    });

    it('keeps separate meetings separate and merges reports of the same one', async () => {
      const store = await freshStore(backend, false);
      await put(store, 'm1.txt', '2024-03-02', meeting('2024-03-01'));
      await put(store, 'm2.txt', '2024-03-03', meeting('2024-03-01'));
      await put(store, 'm3.txt', '2024-09-11', meeting('2024-09-10'));
      // Two meetings it could mean: the undated report stays apart, marked undated.
      await put(store, 'm4.txt', '2024-09-15', meeting(null));
      const meetings = await ties(store, ['AUS', 'JPN']);
      expect(meetings.map((m) => [m.date, m.sources])).toEqual([
        ['2024-03-01', 2],
        ['2024-09-10', 1],
        [null, 1],
      ]);
      expect(meetings.map((m) => m.key)).toEqual([
        'high_level_meeting|AUS,JPN|2024-03',
        'high_level_meeting|AUS,JPN|2024-09',
        'high_level_meeting|AUS,JPN|undated',
      ]);
      await store.close();
    });

    it('attaches an undated report to the one event it can mean, whichever is stored first', async () => {
      const store = await freshStore(backend, false);
      await put(store, 'u1.txt', '2024-03-02', meeting('2024-03-01'));
      await put(store, 'u2.txt', '2024-05-10', meeting(null));
      expect((await ties(store, ['AUS', 'JPN'])).map((m) => [m.date, m.sources, m.claims])).toEqual([
        ['2024-03-01', 2, 2],
      ]);
      const other = await freshStore(backend, false);
      await put(other, 'u2.txt', '2024-05-10', meeting(null));
      await put(other, 'u1.txt', '2024-03-02', meeting('2024-03-01'));
      expect((await ties(other, ['AUS', 'JPN'])).map((m) => [m.date, m.sources, m.claims])).toEqual([
        ['2024-03-01', 2, 2],
      ]);
      await store.close();
      await other.close();
    });

    it('keeps the supplier first in an equipment transfer and separates items', async () => {
      const store = await freshStore(backend, false);
      const transfer = (item: string): Stated => ({
        sentence: `Japan will transfer ${item} to the Philippines.`,
        type: 'equipment_transfer',
        parties: ['JPN', 'PHL'],
        status: 'concluded',
        item,
      });
      await put(store, 't1.txt', '2024-01-01', transfer('TC-90 aircraft'), transfer('coastal radar'));
      const found = await ties(store, ['PHL']);
      expect(found.map((t) => [t.parties, t.item])).toEqual([
        [['JPN', 'PHL'], 'TC-90 aircraft'],
        [['JPN', 'PHL'], 'coastal radar'],
      ]);
      await store.close();
    });

    it('records two dates for one signing as a conflict and keeps both', async () => {
      const store = await freshStore(backend, false);
      await put(store, 'a.txt', '2016-03-20', acsa('concluded', '2016-03-19'));
      const b = await put(store, 'b.txt', '2016-03-21', acsa('concluded', '2016-03-18'));
      expect(b.kind !== 'duplicate' && b.conflicts).toBe(1);
      // Month precision agrees with both days: no conflict.
      await put(store, 'c.txt', '2016-04-01', acsa('concluded', '2016-03'));
      const conflicts = await listConflicts(store);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        kind: 'date',
        status: 'concluded',
        a: { doc: 'a.txt', value: '2016-03-19' },
        b: { doc: 'b.txt', value: '2016-03-18' },
      });
      expect((await ties(store, ['JPN', 'ITA']))[0]!.conflicts).toBe(1);
      await store.close();
    });

    it('flags "signed" against "negotiating" reported on the same publication date', async () => {
      const store = await freshStore(backend, false);
      await put(store, 'x.txt', '2024-05-01', acsa('negotiating', null));
      await put(store, 'y.txt', '2024-05-01', acsa('concluded', null));
      await put(store, 'z.txt', '2024-05-02', acsa('negotiating', null));
      const conflicts = await listConflicts(store);
      expect(conflicts.map((c) => [c.kind, c.a.value, c.b.value])).toEqual([
        ['status', 'negotiating', 'concluded'],
      ]);
      await store.close();
    });

    it('shows article claims that contradict the reference data as conflicts', async () => {
      const store = await freshStore(backend, true);
      // Reference: Japan-Italy ACSA signed 2024-11-25, in force 2025-09-05.
      await put(store, 'wrong-date.txt', '2024-11-27', acsa('concluded', '2024-11-20'));
      await put(store, 'stale.txt', '2025-10-01', acsa('negotiating', null));
      // Reference: Japan-France RAA still under negotiation.
      await put(store, 'ahead.txt', '2025-01-01', {
        sentence: 'Japan and France signed a reciprocal access agreement.',
        type: 'reciprocal_access',
        parties: ['FRA', 'JPN'],
        status: 'concluded',
        date: '2025-01-01',
      });
      const kinds = (await listConflicts(store)).map((c) => [c.kind, c.fact.type, c.b.doc]).sort();
      expect(kinds).toEqual([
        ['reference_date', 'acsa', 'wrong-date.txt'],
        ['reference_status', 'acsa', 'stale.txt'],
        ['reference_status', 'reciprocal_access', 'ahead.txt'],
      ]);
      await store.close();
    });

    it('reloads the reference data without duplicating it and finds the conflicts again', async () => {
      const store = await freshStore(backend, true);
      await put(store, 'wrong-date.txt', '2024-11-27', acsa('concluded', '2024-11-20'));
      const facts = await countFacts(store.db);
      const dataset = await readDataset(DEFAULT_REFERENCE_FILE);
      if (!dataset.ok) throw dataset.error;
      const reloaded = await reloadReference(store, dataset.value, 'test');
      expect(reloaded).toMatchObject({ ok: true, value: { replaced: 88, documents: 88 } });
      expect(await countFacts(store.db)).toBe(facts);
      const conflicts = await listConflicts(store);
      expect(conflicts.map((c) => c.kind)).toEqual(['reference_date']);
      const [italy] = (await ties(store, ['JPN', 'ITA'])).filter((t) => t.type === 'acsa');
      expect(italy).toMatchObject({ status: 'in_force', sources: 2, conflicts: 1 });
      await store.close();
    });
  });
}
