// Store contract, run on every backend: ties, timeline, filtered facts and reviews read the same everywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stated } from '../test-support/articles.js';
import { BACKENDS, freshStore, IN_CI, suiteTitle } from '../test-support/backends.js';
import type { PartialDate } from '../schema/fact.js';
import { listFacts, listFactsById, ties } from './services/query.service.js';
import { analysisFacts, latestChanges } from './services/snapshot.service.js';
import { timeline, timelineEvents, timelineOf } from './services/timeline.service.js';
import { resolveParty } from './services/parties.service.js';
import { reviewFact, reviewHistory } from './services/review.service.js';
import type { Store } from './store.js';
import { compareShared } from './rules/partial-date.js';
import { storeArticle } from '../test-support/store-article.js';

async function put(store: Store, id: string, published: PartialDate | null, ...stated: Stated[]) {
  return storeArticle(store, id, published, stated);
}

for (const backend of BACKENDS) {
  describe.skipIf(backend.unavailable !== null && !IN_CI)(suiteTitle('queries', backend), () => {
    let store: Store;
    beforeAll(async () => {
      await backend.setup();
      store = await freshStore(backend, true);
      await put(store, 'exercise.txt', '2024-07-20', {
        sentence: 'Japan, the United States and Australia held a trilateral drill in July 2024.',
        type: 'joint_exercise',
        parties: ['AUS', 'JPN', 'USA'],
        status: 'held',
        date: '2024-07',
      });
      await put(store, 'uk.txt', '2023-01-12', {
        sentence: 'Japan and Britain signed a reciprocal access agreement on Wednesday.',
        type: 'reciprocal_access',
        parties: ['GBR', 'JPN'],
        status: 'concluded',
        date: '2023-01-11',
      });
    });
    afterAll(async () => {
      await store.close();
      await backend.teardown();
    });

    it("answers one pair's ties by type with status, dates, sources and a quote with its URL", async () => {
      const found = await ties(store, ['GBR', 'JPN']);
      const raa = found.find((t) => t.type === 'reciprocal_access')!;
      expect(raa).toMatchObject({ status: 'in_force', sources: 2, partners: [] });
      // The quote states the fact's status (in force: the reference row); each milestone keeps its own quote.
      expect(raa.quote?.url).toBe('https://www.mofa.go.jp/press/release/press4e_003298.html');
      expect(raa.milestones.concluded).toMatchObject({
        date: '2023-01-11',
        doc: 'uk.txt',
        quote: 'Japan and Britain signed a reciprocal access agreement on Wednesday.',
        claim: expect.any(Number),
      });
      // The in-force date is the reference row's: its quote is that row, with the row's source URL.
      expect(raa.milestones.in_force).toMatchObject({
        date: '2023-10-15',
        url: 'https://www.mofa.go.jp/press/release/press4e_003298.html',
      });
      expect(found.map((t) => t.type)).toEqual([...found.map((t) => t.type)].sort(typeOrder));
    });

    it('finds a multilateral exercise from any pair of its parties, naming the third as partner', async () => {
      const pair = await ties(store, ['AUS', 'USA']);
      expect(pair.map((t) => [t.type, t.partners])).toEqual([['joint_exercise', ['JPN']]]);
      const three = await ties(store, ['JPN', 'USA']);
      expect(three.find((t) => t.type === 'joint_exercise')?.partners).toEqual(['AUS']);
    });

    it("lists a party's dated milestones oldest first", async () => {
      const events = await timeline(store, 'GBR');
      // Oldest first at the precision both dates give: the ACSA's entry into force known as '2017' follows its signing.
      events
        .slice(1)
        .forEach((e, i) => expect(compareShared(events[i]!.date, e.date)).toBeLessThanOrEqual(0));
      expect(events.filter((e) => e.type === 'acsa').map((e) => [e.status, e.date])).toEqual([
        ['concluded', '2017-01-26'],
        ['in_force', '2017'],
      ]);
      expect(events.filter((e) => e.type === 'reciprocal_access').map((e) => [e.status, e.date])).toEqual([
        ['concluded', '2023-01-11'],
        ['in_force', '2023-10-15'],
      ]);
    });

    it('filters facts by type, status, party and date', async () => {
      const inForce = await listFacts(store, { type: 'acsa', status: 'in_force' });
      expect(inForce.map((f) => f.parties.find((p) => p !== 'JPN')).sort()).toEqual(
        ['AUS', 'CAN', 'DEU', 'FRA', 'GBR', 'IND', 'ITA', 'USA'].sort(),
      );
      const recent = await listFacts(store, { since: '2025-12', party: 'NZL' });
      expect(recent.map((f) => [f.type, f.date])).toEqual(
        [
          ['information_security', '2025-12-19'],
          ['acsa', '2025-12-19'],
        ].sort(),
      );
      const sinceYear = await listFacts(store, { since: '2024', type: 'joint_exercise' });
      expect(sinceYear).toHaveLength(1);
    });

    it('resolves party names and codes the way people type them', async () => {
      expect(await resolveParty(store, 'jpn')).toEqual({ ok: true, value: 'JPN' });
      expect(await resolveParty(store, 'Japan')).toEqual({ ok: true, value: 'JPN' });
      expect(await resolveParty(store, 'the Philippines')).toEqual({ ok: true, value: 'PHL' });
      expect(await resolveParty(store, 'Timor-Leste')).toEqual({ ok: true, value: 'TLS' });
      const bad = await resolveParty(store, 'Atlantis');
      expect(bad.ok).toBe(false);
    });

    it('records who confirmed, rejected or edited a fact, and a rejected fact leaves the answers', async () => {
      const [ex] = await ties(store, ['AUS', 'USA']);
      const edited = await reviewFact(store, {
        factId: ex!.id,
        reviewer: 'analyst@example',
        action: 'edit',
        edit: { date: '2024-07-15' },
      });
      expect(edited).toMatchObject({
        ok: true,
        value: { before: { date: '2024-07' }, after: { date: '2024-07-15' } },
      });
      expect((await listFactsById(store, [ex!.id]))[0]).toMatchObject({
        date: '2024-07-15',
        review: 'edited',
      });
      await reviewFact(store, { factId: ex!.id, reviewer: 'lead@example', action: 'reject' });
      expect(await ties(store, ['AUS', 'USA'])).toEqual([]);
      expect((await reviewHistory(store, ex!.id)).map((r) => [r.reviewer, r.action])).toEqual([
        ['analyst@example', 'edit'],
        ['lead@example', 'reject'],
      ]);
      const missing = await reviewFact(store, { factId: 999_999, reviewer: 'x', action: 'confirm' });
      expect(missing.ok || missing.error.code).toBe('NOT_FOUND');
    });

    it("reads a timeline from the store: a party's as the CLI prints it, the whole store's as over every fact", async () => {
      const gbr = await timeline(store, 'GBR');
      expect(gbr.length).toBeGreaterThan(3);
      expect(await timelineOf(store, { party: 'GBR' })).toEqual(gbr);
      expect(await timelineOf(store, { party: 'GBR', types: ['acsa'] })).toEqual(
        gbr.filter((e) => e.type === 'acsa'),
      );
      const all = await timelineOf(store);
      // What the API's snapshot computed: the same function over every fact but the rejected ones.
      expect(all).toEqual(timelineEvents(await listFacts(store)));
      expect(new Set(all.map((e) => e.factId)).size).toBeGreaterThan(new Set(gbr.map((e) => e.factId)).size);
    });

    it('lists the latest changed facts newest first, the rejected one left out', async () => {
      const facts = await listFacts(store);
      const newest = [...facts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id);
      expect(await latestChanges(store, 5)).toEqual(newest.slice(0, 5).map((f) => f.id));
      const ids = await latestChanges(store, 10_000);
      expect(ids).toEqual(newest.map((f) => f.id));
      const rejected = await store.db
        .selectFrom('facts')
        .select('id')
        .where('review', '=', 'rejected')
        .execute();
      expect(rejected).toHaveLength(1);
      expect(ids).not.toContain(rejected[0]!.id);
    });

    it("reads the snapshot's facts a page at a time: the same facts, in id order, as in one page", async () => {
      const keepAll = <T>(f: T) => f;
      const whole = await analysisFacts(store, keepAll);
      expect(whole.length).toBeGreaterThan(20);
      expect(await analysisFacts(store, keepAll, 7)).toEqual(whole);
      expect(whole.map((f) => f.id)).toEqual((await listFacts(store)).map((f) => f.id).sort((a, b) => a - b));
    });
  });
}

const ORDER = [
  'two_plus_two',
  'high_level_meeting',
  'information_security',
  'equipment_transfer_agreement',
  'acsa',
  'reciprocal_access',
  'security_treaty',
  'defense_mou',
  'joint_exercise',
  'joint_development',
  'equipment_transfer',
  'membership',
];
function typeOrder(a: string, b: string): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}
