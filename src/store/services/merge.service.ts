// Recomputes a canonical fact from all its claims and records the conflicts new claims bring (inside the caller's transaction).
import { FactEditSchema, MilestonesSchema, type FactEdit, type Milestones } from '../../schema/canonical.js';
import type { Status } from '../../schema/fact.js';
import type { Db } from '../database.js';
import { mergeClaimsOf } from '../repos/claims.repo.js';
import {
  conflictValuesOf,
  countConflicts,
  deleteConflictsOfFact,
  insertConflicts,
} from '../repos/conflicts.repo.js';
import { deleteFact, getFact, updateFact } from '../repos/facts.repo.js';
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
  const rows = await mergeClaimsOf(trx, factId);
  if (rows.length === 0) {
    await deleteFact(trx, factId);
    return { changed: true, conflicts: 0, deleted: true };
  }
  const fact = await getFact(trx, factId);
  if (!fact) return { changed: false, conflicts: 0, deleted: true };
  const claims = rows.map(toMergeClaim);
  const summary = summarize(claims, parseOverride(fact.override));
  const added = claims.filter((c) => addedClaimIds.has(c.id));
  // One row per disagreement, not per pair of claims: ten reports of the same two dates are one conflict.
  const known = new Set(
    (await conflictValuesOf(trx, factId)).map((k) =>
      conflictKey(k.kind, k.status, k.value_a, k.value_b, k.published),
    ),
  );
  const inserted = await insertConflicts(
    trx,
    newFindings(findConflicts(added, claims), known).map((f) => conflictRow(factId, f, now)),
  );
  const milestones = JSON.stringify(summary.milestones);
  const range = dateRange(summary.date);
  const before = { status: fact.status, date: fact.date, milestones: fact.milestones };
  await updateFact(trx, factId, {
    status: summary.status,
    date: summary.date,
    date_lo: range.lo,
    date_hi: range.hi,
    milestones,
    source_count: summary.sources,
    claim_count: summary.claims,
    conflict_count: await countConflicts(trx, factId),
    best_claim: summary.best?.id ?? null,
    best_quote: summary.best?.quote ?? null,
    best_doc: summary.best?.doc ?? null,
    updated_at: now,
  });
  const changed =
    before.status !== summary.status ||
    before.date !== summary.date ||
    !sameMilestones(before.milestones, milestones);
  return { changed, conflicts: inserted, deleted: false };
}

type MergeClaimRow = Awaited<ReturnType<typeof mergeClaimsOf>>[number];

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
