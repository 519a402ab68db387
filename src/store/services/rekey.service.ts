// Re-keys every stored claim under the event-identity rules (migration 0003), keeping every claim and every review.
import type { FactType, PartialDate, Status } from '../../schema/fact.js';
import type { Db } from '../database.js';
import { linkedClaimRows, relinkClaims } from '../repos/claims.repo.js';
import { deleteFact, findOrCreateFact, freeKey, setFactIdentity } from '../repos/facts.repo.js';
import { eventKey, isRevision, placeClaims, type EventCandidate } from '../rules/event-identity.js';
import { summarize, type MergeClaim } from '../rules/merge.js';
import { placeable, rankOf, type ClaimToPlace } from './identity.service.js';
import { rebuildFact, REFERENCE_SOURCE } from './merge.service.js';

export interface RekeyOutcome {
  claims: number;
  factsBefore: number;
  factsAfter: number;
}

type Row = Awaited<ReturnType<typeof linkedClaimRows>>[number];

interface Group {
  first: ReturnType<typeof placeable>;
  rows: Row[];
  claims: MergeClaim[];
}

/**
 * Replays every merged claim, document by document in the order they were stored, through the same placement
 * ingest uses (so a re-keyed database equals one ingested afresh), then writes the result: each new event keeps
 * the id of the old fact most of its claims came from (with its review and edit), other events get new facts, and
 * an old fact left with no event has its reviews moved to the event that took most of its claims.
 */
export async function rekeyAll(trx: Db, now: string): Promise<RekeyOutcome> {
  const rows = await linkedClaimRows(trx);
  const oldFacts = await trx.selectFrom('facts').select(['id', 'review', 'override']).orderBy('id').execute();
  const docs = new Map<string, Row[]>();
  for (const r of rows) docs.set(r.document, [...(docs.get(r.document) ?? []), r]);

  const pool = new Map<string, EventCandidate[]>();
  const groups = new Map<number, Group>();
  let next = 0;
  for (const docRows of docs.values()) {
    const claims = docRows.map(toPlace);
    const placed = claims.map(placeable);
    const targets = placeClaims(placed, pool, () => ++next);
    const touched = new Set<number>();
    targets.forEach((t, i) => {
      const g = groups.get(t.id) ?? { first: placed[i]!, rows: [], claims: [] };
      groups.set(t.id, g);
      g.rows.push(docRows[i]!);
      g.claims.push(mergeClaim(docRows[i]!));
      touched.add(t.id);
    });
    // The next document sees each event's milestones as merging stores them, as it would at ingest.
    for (const id of touched) {
      const g = groups.get(id)!;
      const candidates = pool.get(g.first.base)!;
      const at = candidates.findIndex((c) => c.id === id);
      const milestones = summarize(g.claims).milestones;
      const dates: EventCandidate['dates'] = {};
      for (const [status, m] of Object.entries(milestones) as [Status, { date: PartialDate | null }][])
        dates[status] = m.date;
      candidates[at] = { ...candidates[at]!, dates };
    }
  }

  // Each event keeps the old fact id most of its claims had, largest events first.
  const assigned = new Map<number, number>();
  const used = new Set<number>();
  const overlaps: { group: number; old: number; n: number }[] = [];
  for (const [id, g] of groups) {
    const counts = new Map<number, number>();
    for (const r of g.rows) counts.set(r.fact_id, (counts.get(r.fact_id) ?? 0) + 1);
    for (const [old, n] of counts) overlaps.push({ group: id, old, n });
  }
  overlaps.sort((a, b) => b.n - a.n || a.old - b.old || a.group - b.group);
  for (const o of overlaps) {
    if (assigned.has(o.group) || used.has(o.old)) continue;
    assigned.set(o.group, o.old);
    used.add(o.old);
  }

  // Keys are re-issued: park the old ones so no new key collides with a key about to change.
  for (const f of oldFacts) await setFactIdentity(trx, f.id, { key: `~rekey~${f.id}` });
  const factOf = new Map<number, number>();
  for (const [id, g] of groups) {
    const name = pool.get(g.first.base)!.find((c) => c.id === id)?.name ?? null;
    const key = await freeKey(trx, g.first.base, eventKey(g.first.base, g.first, 0));
    const old = assigned.get(id);
    if (old !== undefined) {
      await setFactIdentity(trx, old, { key, base: g.first.base, name });
      factOf.set(id, old);
    } else {
      const created = await findOrCreateFact(trx, {
        key,
        base: g.first.base,
        name,
        type: g.first.type,
        parties: g.first.parties,
        item: g.first.item,
        now,
      });
      factOf.set(id, created.id);
    }
  }
  await relinkClaims(
    trx,
    [...groups].flatMap(([id, g]) =>
      g.rows.map((r) => ({ claim_id: r.id, fact_id: factOf.get(id)!, rank: rankOf(toPlace(r)) })),
    ),
  );

  // An old fact no event kept: its reviews (and its edit, where the heir has none) go where most of its claims went.
  for (const f of oldFacts) {
    if (used.has(f.id)) continue;
    const heir = heirOf(f.id, groups, factOf);
    if (heir !== null) {
      await trx.updateTable('reviews').set({ fact_id: heir }).where('fact_id', '=', f.id).execute();
      const target = await trx
        .selectFrom('facts')
        .select(['review', 'override'])
        .where('id', '=', heir)
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('facts')
        .set({ review: target.review ?? f.review, override: target.override ?? f.override })
        .where('id', '=', heir)
        .execute();
    }
    await deleteFact(trx, f.id);
  }
  for (const id of new Set(factOf.values())) await rebuildFact(trx, id, now);
  return { claims: rows.length, factsBefore: oldFacts.length, factsAfter: groups.size };
}

function heirOf(oldId: number, groups: Map<number, Group>, factOf: Map<number, number>): number | null {
  let best: { id: number; n: number } | null = null;
  for (const [id, g] of groups) {
    const n = g.rows.filter((r) => r.fact_id === oldId).length;
    if (n > 0 && (best === null || n > best.n)) best = { id: factOf.get(id)!, n };
  }
  return best?.id ?? null;
}

function toPlace(r: Row): ClaimToPlace {
  return {
    type: r.type as FactType,
    parties: r.parties.split('|'),
    item: r.item,
    status: r.status as Status,
    date: r.date,
    quote: r.ev_text,
    reference: r.source === REFERENCE_SOURCE,
    nearDuplicate: r.near_duplicate_of !== null,
  };
}

function mergeClaim(r: Row): MergeClaim {
  return {
    id: r.id,
    doc: r.document,
    status: r.status as Status,
    date: r.date,
    quote: r.ev_text,
    published: r.published,
    nearDuplicate: r.near_duplicate_of !== null,
    reference: r.source === REFERENCE_SOURCE,
    revision: isRevision(r.ev_text),
  };
}
