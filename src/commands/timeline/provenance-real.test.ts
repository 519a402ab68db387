// Issue 8 on the real texts: after ingesting ../shared/seeds and the dev articles, every dated milestone is quoted with
// a sentence that states its date, real-world events that used to merge stay apart, and no event has an undated twin.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanonicalFact } from '../../schema/canonical.js';
import { agree } from '../../store/rules/partial-date.js';
import { listConflicts, listFacts, ties } from '../../store/services/query.service.js';
import type { Store } from '../../store/store.js';
import { capture, memoryStore, testConfig } from '../../test-support/capture.js';
import { sharedDir } from '../../test-support/shared.js';
import { ingestCommand } from '../ingest/index.js';
import { extractForStore } from '../../extract/pipeline.js';
import type { Extractor } from '../../ingest/ingest-run.js';
import { timelineCommand } from './index.js';
import type { TimelineEvent } from '../../store/services/timeline.service.js';

const SEEDS = join(sharedDir(), 'seeds');
const PINNED_THRESHOLD = 0.5;
const DEV = join(sharedDir(), 'gold', 'dev', 'texts');

const datesOf = (f: CanonicalFact) =>
  Object.values(f.milestones)
    .map((m) => m?.date)
    .filter((d): d is string => typeof d === 'string');

describe('provenance after ingesting the seed and dev articles', () => {
  let store: Store;
  let claims: Map<number, { date: string | null; document: string; ev_text: string }>;
  let events: TimelineEvent[];
  let text: string;
  beforeAll(async () => {
    store = await memoryStore();
    const io = capture();
    // The store's provenance, not the scorer's threshold, is under test: the facts are those at 0.5 and above,
    // so a retrained model moving its threshold past a fact at the edge (the 2023 grant reads 0.57) does not
    // decide what this test sees. The shipped threshold's figures are the quality tests'.
    const extract: Extractor = (doc) => extractForStore(doc, { minConfidence: PINNED_THRESHOLD });
    expect(await ingestCommand(store, testConfig(), [SEEDS, DEV], { quiet: true }, io, extract)).toBe(0);
    const rows = await store.db.selectFrom('claims').select(['id', 'date', 'document', 'ev_text']).execute();
    claims = new Map(rows.map((r) => [r.id, r]));
    const json = capture();
    await timelineCommand(store, 'JPN', { json: true }, json);
    events = (JSON.parse(json.out()) as { events: TimelineEvent[] }).events;
    const plain = capture();
    await timelineCommand(store, 'JPN', {}, plain);
    text = plain.out();
  }, 120_000);
  afterAll(() => store.close());

  it("quotes every dated line of Japan's timeline with a sentence from a document that states that date", () => {
    expect(events.length).toBeGreaterThan(100);
    const wrong = events.filter((e) => {
      const claim = e.claim === null ? undefined : claims.get(e.claim);
      return (
        claim === undefined ||
        claim.document !== e.doc ||
        claim.date === null ||
        !agree(claim.date, e.date) ||
        (e.origin?.kind === 'article' && e.quote !== claim.ev_text)
      );
    });
    expect(wrong.map((e) => `${e.date} ${e.type} ${e.parties.join('+')} ${e.status} <- ${e.doc}`)).toEqual(
      [],
    );
    // The printed line shows that sentence with its outlet, date and link, or the reference entry it comes from.
    const lines = text.trim().split('\n').slice(1);
    expect(lines).toHaveLength(events.length);
    for (const line of lines)
      expect(line).toMatch(/ "[^]+" \([^,]+, [^,]+, \S+\)$| \[reference: [^\]]+\] \S+$/);
  });

  it('keeps every milestone of every fact on its own sentence', async () => {
    const facts = await listFacts(store);
    const wrong: string[] = [];
    for (const f of facts) {
      for (const [status, m] of Object.entries(f.milestones)) {
        if (!m?.date) continue;
        const claim = m.claim == null ? undefined : claims.get(m.claim);
        if (!claim?.date || !agree(claim.date, m.date) || claim.document !== m.doc)
          wrong.push(`${f.id} ${f.type} ${status} ${m.date} <- ${m.doc}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps the 1960 treaty apart from the 2015 guidelines revision', async () => {
    const treaties = (await ties(store, ['JPN', 'USA'])).filter((t) => t.type === 'security_treaty');
    const signed1960 = treaties.filter((t) => t.milestones.concluded?.date === '1960-01-19');
    expect(signed1960).toHaveLength(1);
    expect(datesOf(signed1960[0]!).every((d) => d.startsWith('1960'))).toBe(true);
    expect(treaties.some((t) => t.milestones.concluded?.date?.startsWith('2015'))).toBe(true);
  });

  it('keeps the 2006 missile co-development apart from the 2023 interceptor programme', async () => {
    const dev = (await ties(store, ['JPN', 'USA'])).filter((t) => t.type === 'joint_development');
    const years = dev.map((t) => datesOf(t).map((d) => d.slice(0, 4)));
    expect(years.some((y) => y.includes('2006'))).toBe(true);
    expect(years.some((y) => y.includes('2023'))).toBe(true);
    expect(years.some((y) => y.includes('2006') && y.includes('2023'))).toBe(false);
  });

  it('keeps the 2020 radar delivery apart from the 2023 aid grant', async () => {
    const transfers = (await ties(store, ['JPN', 'PHL'])).filter((t) => t.type === 'equipment_transfer');
    const delivery = transfers.find((t) => t.milestones.completed?.date === '2020-08-28');
    const grant = transfers.find((t) => t.milestones.concluded?.date === '2023-11-16');
    expect(delivery).toBeDefined();
    expect(grant).toBeDefined();
    expect(delivery!.id).not.toBe(grant!.id);
  });

  it('leaves no undated twin beside the one dated fact of an event', async () => {
    const rows = await store.db.selectFrom('facts').select(['id', 'base', 'key', 'milestones']).execute();
    const byBase = new Map<string, { dated: number; undated: string[] }>();
    for (const r of rows) {
      const dated = Object.values(JSON.parse(r.milestones) as Record<string, { date: string | null }>).some(
        (m) => m.date !== null,
      );
      const entry = byBase.get(r.base!) ?? { dated: 0, undated: [] };
      if (dated) entry.dated++;
      else entry.undated.push(r.key);
      byBase.set(r.base!, entry);
    }
    expect(rows.every((r) => r.base !== null)).toBe(true);
    const twins = [...byBase.values()].filter((b) => b.dated === 1 && b.undated.length > 0);
    expect(twins.flatMap((b) => b.undated)).toEqual([]);
  });

  it('reports no date conflict between events years apart', async () => {
    const far = (await listConflicts(store)).filter(
      (c) =>
        (c.kind === 'date' || c.kind === 'reference_date') &&
        Math.abs(Number(c.a.value.slice(0, 4)) - Number(c.b.value.slice(0, 4))) > 1,
    );
    expect(far.map((c) => `${c.fact.type} ${c.fact.parties.join('+')} ${c.a.value} vs ${c.b.value}`)).toEqual(
      [],
    );
  });

  it('quotes a fact with the sentence that states it, not a hedge from another article', async () => {
    const acsas = (await ties(store, ['JPN'])).filter((t) => t.type === 'acsa' && !t.parties.includes('ITA'));
    expect(acsas.length).toBeGreaterThan(5);
    for (const t of acsas) {
      const quoted = t.quote?.kind === 'article' ? t.quote.text : '';
      expect(quoted).not.toMatch(/^If the two countries officially sign/);
    }
    const meeting = (await ties(store, ['USA', 'VNM'])).find((t) => t.type === 'high_level_meeting');
    expect(meeting?.quote?.kind === 'article' && meeting.quote.text).not.toMatch(/could include/);
  });
});
