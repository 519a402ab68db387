// Disagreements between sources about one fact, kept for an analyst instead of being merged away.
import type { ConflictKind } from '../../schema/canonical.js';
import type { Status } from '../../schema/fact.js';
import { contradictsPending, isPending, STATUS_RANK } from './lifecycle.js';
import { bestClaim, milestoneDate, type MergeClaim } from './merge.js';
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
  const existing = all.filter((c) => !addedIds.has(c.id));
  const referenceTop = topReference(all);
  const out: ConflictFinding[] = [];
  for (const n of added) {
    const date = dateConflict(n, existing);
    if (date) out.push(date);
    for (const e of existing) {
      if (e.doc === n.doc) continue;
      const finding = statusConflict(e, n, referenceTop);
      if (finding) out.push(finding);
    }
  }
  return keepStrongestReferenceStatus(out);
}

/**
 * Two dates for one milestone (a signing, an entry into force, a meeting): the new claim against the date the
 * earlier sources settled on, so n disagreeing reports make at most n conflicts, not n squared. Pending statuses
 * (talks, plans) last a while and have no single date to disagree on.
 */
function dateConflict(n: MergeClaim, existing: readonly MergeClaim[]): ConflictFinding | null {
  // A revision or renewal dates a later step of the instrument: not a second date for its signing.
  if (n.date === null || isPending(n.status) || n.revision) return null;
  const group = existing.filter(
    (c) => c.status === n.status && c.date !== null && c.doc !== n.doc && !c.revision,
  );
  const settled = milestoneDate(group);
  if (settled === null || agree(settled, n.date)) return null;
  const rep = bestClaim(
    group.filter((c) => c.date !== null && agree(c.date, settled)),
    settled,
  );
  if (!rep || rep.date === null) return null;
  const kind = rep.reference || n.reference ? 'reference_date' : 'date';
  return finding(kind, n.status, rep, n, rep.date, n.date);
}

function statusConflict(
  a: MergeClaim,
  b: MergeClaim,
  referenceTop: MergeClaim | null,
): ConflictFinding | null {
  if (a.reference && b.reference) return null;
  if (a.reference || b.reference) {
    const [ref, article] = a.reference ? [a, b] : [b, a];
    return referenceStatusConflict(ref, article, referenceTop)
      ? statusFinding('reference_status', a, b)
      : null;
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

/**
 * An article contradicts the reference when it reports talks still pending after the reference's dated milestone
 * past them, or reports the relation further along than the reference's latest word (which is still pending).
 */
function referenceStatusConflict(
  ref: MergeClaim,
  article: MergeClaim,
  referenceTop: MergeClaim | null,
): boolean {
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
  for (const c of all)
    if (c.reference && (top === null || STATUS_RANK[c.status] > STATUS_RANK[top.status])) top = c;
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
