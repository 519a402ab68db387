// Recomputes a canonical fact from all its claims and records the conflicts new claims bring (inside the caller's transaction).
import { FactEditSchema, MilestonesSchema, type FactEdit, type Milestones } from '../../schema/canonical.js';
import type { Status } from '../../schema/fact.js';
import type { Db } from '../database.js';
import { mergeClaimsOf, mergeClaimsOfFacts } from '../repos/claims.repo.js';
import {
  conflictValuesOfFacts,
  countConflictsOfFacts,
  deleteConflictsOfFact,
  insertConflicts,
  insertNewConflicts,
} from '../repos/conflicts.repo.js';
import { deleteFact, getFacts, updateFact } from '../repos/facts.repo.js';
import { findConflicts, type ConflictFinding } from '../rules/conflicts.js';
import { isRevision } from '../rules/event-identity.js';
import { summarize, type MergeClaim } from '../rules/merge.js';
import { dateRange } from '../rules/partial-date.js';

export const REFERENCE_SOURCE = 'reference';

export interface RefreshOutcome {
  /** Status, date or a milestone moved (a fact that existed before this transaction). */
  changed: boolean;
  conflicts: number;
  deleted: boolean;
}

export async function refreshFact(
  trx: Db,
  factId: number,
  addedClaimIds: ReadonlySet<number>,
  now: string,
): Promise<RefreshOutcome> {
  return (await refreshFacts(trx, new Map([[factId, addedClaimIds]]), now)).get(factId)!;
}

/**
 * `refreshFact` for every fact of `added` (fact id to the claims just added to it), reading their claims, rows and
 * conflicts in one query each rather than one per fact; outcomes by fact id.
 */
export async function refreshFacts(
  trx: Db,
  added: ReadonlyMap<number, ReadonlySet<number>>,
  now: string,
): Promise<Map<number, RefreshOutcome>> {
  const ids = [...added.keys()];
  const outcomes = new Map<number, RefreshOutcome>();
  const claimsOf = groupBy(await mergeClaimsOfFacts(trx, ids), (r) => r.fact_id);
  const empty = ids.filter((id) => !claimsOf.has(id));
  for (const id of empty) {
    await deleteFact(trx, id);
    outcomes.set(id, { changed: true, conflicts: 0, deleted: true });
  }
  const live = ids.filter((id) => claimsOf.has(id));
  const facts = new Map((await getFacts(trx, live)).map((f) => [f.id, f]));
  const knownOf = groupBy(await conflictValuesOfFacts(trx, live), (k) => k.fact_id);
  const summaries = new Map<number, ReturnType<typeof summarize>>();
  const findings: ReturnType<typeof conflictRow>[] = [];
  for (const id of live) {
    const fact = facts.get(id);
    if (!fact) {
      outcomes.set(id, { changed: false, conflicts: 0, deleted: true });
      continue;
    }
    const claims = claimsOf.get(id)!.map(toMergeClaim);
    summaries.set(id, summarize(claims, parseOverride(fact.override)));
    const addedIds = added.get(id)!;
    const fresh = claims.filter((c) => addedIds.has(c.id));
    // One row per disagreement, not per pair of claims: ten reports of the same two dates are one conflict.
    const known = new Set(
      (knownOf.get(id) ?? []).map((k) => conflictKey(k.kind, k.status, k.value_a, k.value_b, k.published)),
    );
    findings.push(...newFindings(findConflicts(fresh, claims), known).map((f) => conflictRow(id, f, now)));
  }
  const insertedOf = new Map<number, number>();
  for (const id of await insertNewConflicts(trx, findings)) insertedOf.set(id, (insertedOf.get(id) ?? 0) + 1);
  const counts = await countConflictsOfFacts(trx, [...summaries.keys()]);
  for (const [id, summary] of summaries) {
    const fact = facts.get(id)!;
    const milestones = JSON.stringify(summary.milestones);
    const range = dateRange(summary.date);
    await updateFact(trx, id, {
      status: summary.status,
      date: summary.date,
      date_lo: range.lo,
      date_hi: range.hi,
      milestones,
      source_count: summary.sources,
      claim_count: summary.claims,
      conflict_count: counts.get(id) ?? 0,
      best_claim: summary.best?.id ?? null,
      best_quote: summary.best?.quote ?? null,
      best_doc: summary.best?.doc ?? null,
      updated_at: now,
    });
    const changed =
      fact.status !== summary.status ||
      fact.date !== summary.date ||
      !sameMilestones(fact.milestones, milestones);
    outcomes.set(id, { changed, conflicts: insertedOf.get(id) ?? 0, deleted: false });
  }
  return outcomes;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}

type MergeClaimRow = Awaited<ReturnType<typeof mergeClaimsOfFacts>>[number];

function toMergeClaim(r: MergeClaimRow): MergeClaim {
  return {
    id: r.id,
    doc: r.document,
    status: r.status as Status,
    date: r.date,
    quote: r.ev_text,
    published: r.published,
    nearDuplicate: r.near_duplicate_of !== null,
    reference: r.source === REFERENCE_SOURCE,
    rank: r.rank,
    revision: isRevision(r.ev_text),
    url: r.url,
    title: r.title,
    source: r.source,
  };
}

/**
 * Recomputes a fact whose claims moved (re-keying): its conflicts found again as ingest found them, document by
 * document in the order they were stored, then its summary.
 */
export async function rebuildFact(trx: Db, factId: number, now: string): Promise<RefreshOutcome> {
  await deleteConflictsOfFact(trx, factId);
  const claims = (await mergeClaimsOf(trx, factId)).map(toMergeClaim);
  const byDoc = new Map<string, MergeClaim[]>();
  for (const c of claims) byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), c]);
  const known = new Set<string>();
  const seen: MergeClaim[] = [];
  const findings: ConflictFinding[] = [];
  for (const added of byDoc.values()) {
    seen.push(...added);
    findings.push(...newFindings(findConflicts(added, seen), known));
  }
  await insertConflicts(
    trx,
    findings.map((f) => conflictRow(factId, f, now)),
  );
  return refreshFact(trx, factId, new Set(), now);
}

/** Findings not yet known (by `conflictKey`); adds them to `known`. */
function newFindings(findings: readonly ConflictFinding[], known: Set<string>): ConflictFinding[] {
  return findings.filter((f) => {
    const key = conflictKey(f.kind, f.status, f.valueA, f.valueB, f.kind === 'status' ? f.b.published : null);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
}

function conflictRow(factId: number, f: ConflictFinding, now: string) {
  return {
    fact_id: factId,
    kind: f.kind,
    status: f.status,
    claim_a: f.a.id,
    claim_b: f.b.id,
    value_a: f.valueA,
    value_b: f.valueB,
    detected_at: now,
  };
}

/** The same two values in either order are the same disagreement (for same-day status conflicts: on that day). */
function conflictKey(kind: string, status: string, a: string, b: string, published: string | null): string {
  return [kind, status, ...[a, b].sort(), kind === 'status' ? (published ?? '') : ''].join('|');
}

export function parseOverride(text: string | null): FactEdit | null {
  if (text === null) return null;
  const parsed = FactEditSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

export function parseMilestones(text: string): Milestones {
  const parsed = MilestonesSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : {};
}

/** Milestone dates only: a better quote for the same dates is not a change an analyst needs to hear about. */
function sameMilestones(a: string, b: string): boolean {
  const dates = (m: Milestones) =>
    Object.entries(m)
      .map(([s, v]) => `${s}=${v?.date ?? ''}`)
      .sort()
      .join(',');
  return dates(parseMilestones(a)) === dates(parseMilestones(b));
}
