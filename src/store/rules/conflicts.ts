// Disagreements between sources about one fact, kept for an analyst instead of being merged away.
import type { ConflictKind } from '../../schema/canonical.js';
import type { Status } from '../../schema/fact.js';
import { contradictsPending, isPending, STATUS_RANK } from './lifecycle.js';
import type { MergeClaim } from './merge.js';
import { agree, compareShared } from './partial-date.js';

export interface ConflictFinding {
  kind: ConflictKind;
  status: Status;
  /** The older claim (lower id) and the newer one. */
  a: MergeClaim;
  b: MergeClaim;
  valueA: string;
  valueB: string;
}

/** Conflicts that `added` claims bring into a fact whose claims (old and added) are `all`. */
export function findConflicts(added: readonly MergeClaim[], all: readonly MergeClaim[]): ConflictFinding[] {
  const addedIds = new Set(added.map((c) => c.id));
  const referenceTop = topReference(all);
  const out: ConflictFinding[] = [];
  for (const n of added) {
    for (const e of all) {
      // Each pair once: against older claims, and among added ones only towards the lower id.
      if (e.doc === n.doc || (addedIds.has(e.id) && e.id >= n.id)) continue;
      const [a, b] = e.id < n.id ? [e, n] : [n, e];
      const finding = conflictBetween(a, b, referenceTop);
      if (finding) out.push(finding);
    }
  }
  return keepStrongestReferenceStatus(out);
}

/** One article claim against one reference row is one disagreement: keep it against the row's most advanced milestone. */
function keepStrongestReferenceStatus(findings: ConflictFinding[]): ConflictFinding[] {
  const best = new Map<number, ConflictFinding>();
  const rest: ConflictFinding[] = [];
  for (const f of findings) {
    if (f.kind !== 'reference_status') {
      rest.push(f);
      continue;
    }
    const [ref, article] = f.a.reference ? [f.a, f.b] : [f.b, f.a];
    const kept = best.get(article.id);
    const keptRef = kept ? (kept.a.reference ? kept.a : kept.b) : null;
    if (!keptRef || STATUS_RANK[ref.status] > STATUS_RANK[keptRef.status]) best.set(article.id, f);
  }
  return [...rest, ...best.values()];
}

function conflictBetween(a: MergeClaim, b: MergeClaim, referenceTop: MergeClaim | null): ConflictFinding | null {
  const involvesReference = a.reference || b.reference;
  // Two dates for one milestone (one signing, one entry into force, one meeting).
  if (a.status === b.status && a.date !== null && b.date !== null && !agree(a.date, b.date)) {
    return finding(involvesReference ? 'reference_date' : 'date', a.status, a, b, a.date, b.date);
  }
  if (a.reference && b.reference) return null;
  if (involvesReference) {
    const [ref, article] = a.reference ? [a, b] : [b, a];
    return referenceStatusConflict(ref, article, referenceTop) ? statusFinding('reference_status', a, b) : null;
  }
  // "signed" against "under negotiation" in documents published the same day.
  if (
    a.published !== null &&
    a.published === b.published &&
    (contradictsPending(a.status, b.status) || contradictsPending(b.status, a.status))
  ) {
    return statusFinding('status', a, b);
  }
  return null;
}

/**
 * An article contradicts the reference when it reports talks still pending after the reference's dated milestone
 * past them, or reports the relation further along than the reference's latest word (which is still pending).
 */
function referenceStatusConflict(ref: MergeClaim, article: MergeClaim, referenceTop: MergeClaim | null): boolean {
  const when = article.date ?? article.published;
  if (
    isPending(article.status) &&
    !isPending(ref.status) &&
    STATUS_RANK[ref.status] > STATUS_RANK[article.status] &&
    ref.date !== null &&
    when !== null &&
    compareShared(ref.date, when) < 0
  ) {
    return true;
  }
  return (
    referenceTop !== null &&
    ref.id === referenceTop.id &&
    STATUS_RANK[article.status] > STATUS_RANK[ref.status] &&
    (isPending(ref.status) || article.status === 'ended')
  );
}

function topReference(all: readonly MergeClaim[]): MergeClaim | null {
  let top: MergeClaim | null = null;
  for (const c of all) if (c.reference && (top === null || STATUS_RANK[c.status] > STATUS_RANK[top.status])) top = c;
  return top;
}

function statusFinding(kind: ConflictKind, a: MergeClaim, b: MergeClaim): ConflictFinding {
  return finding(kind, a.status, a, b, a.status, b.status);
}

function finding(
  kind: ConflictKind,
  status: Status,
  a: MergeClaim,
  b: MergeClaim,
  valueA: string,
  valueB: string,
): ConflictFinding {
  return { kind, status, a, b, valueA, valueB };
}
