// Claims of one relation merged into a canonical fact: lifecycle status, per-milestone dates, independent sources, best quote.
import type { FactEdit, Milestone, Milestones } from '../../schema/canonical.js';
import type { PartialDate, Status } from '../../schema/fact.js';
import { quoteBand } from './directness.js';
import { STATUS_RANK } from './lifecycle.js';
import { agree, compareShared, finer } from './partial-date.js';

/** A claim with what merging needs to know about its document. */
export interface MergeClaim {
  id: number;
  doc: string;
  status: Status;
  date: PartialDate | null;
  quote: string;
  published: PartialDate | null;
  /** The document copies another one: its claims are evidence but not an independent source. */
  nearDuplicate: boolean;
  /** The claim comes from the shipped reference dataset. */
  reference: boolean;
  /** How directly and where the sentence states the fact (`claimRank`): higher first. */
  rank?: number;
  /** "revised", "renewed": a later step of the instrument, not its signing (`isRevision`). */
  revision?: boolean;
  url?: string | null;
  title?: string | null;
  source?: string | null;
}

export interface FactSummary {
  status: Status;
  date: PartialDate | null;
  milestones: Milestones;
  sources: number;
  claims: number;
  best: MergeClaim | null;
}

export function summarize(claims: readonly MergeClaim[], override: FactEdit | null = null): FactSummary {
  const byStatus = new Map<Status, MergeClaim[]>();
  for (const c of claims) byStatus.set(c.status, [...(byStatus.get(c.status) ?? []), c]);
  const milestones: Milestones = {};
  for (const [status, group] of byStatus) {
    const date = milestoneDate(signings(group));
    const revisions = revisionSteps(group, date);
    milestones[status] = {
      ...step(statingClaim(group, date), date),
      ...(revisions.length > 0 ? { revisions } : {}),
    };
  }
  let status: Status | null = null;
  for (const s of byStatus.keys()) if (status === null || STATUS_RANK[s] > STATUS_RANK[status]) status = s;
  const finalStatus = override?.status ?? status ?? 'proposed';
  const date = override?.date !== undefined ? override.date : (milestones[finalStatus]?.date ?? null);
  const group = byStatus.get(finalStatus) ?? claims;
  return {
    status: finalStatus,
    date,
    milestones,
    sources: new Set(claims.filter((c) => !c.nearDuplicate).map((c) => c.doc)).size,
    claims: claims.length,
    best: bestClaim(consistent(group, date), date),
  };
}

/** Claims that do not date the fact otherwise: undated ones may carry it best ("Japan already has an ACSA with"). */
function consistent(group: readonly MergeClaim[], date: PartialDate | null): readonly MergeClaim[] {
  if (date === null) return group;
  const kept = group.filter((c) => c.date === null || agree(c.date, date));
  return kept.length > 0 ? kept : group;
}

/** A dated step with the claim that states it and where that sentence was published. */
function step(best: MergeClaim | null, date: PartialDate | null): Milestone {
  return {
    date,
    doc: best?.doc ?? null,
    quote: best?.quote ?? null,
    claim: best?.id ?? null,
    url: best?.url ?? null,
    title: best?.title ?? null,
    source: best?.source ?? null,
    published: best?.published ?? null,
  };
}

/** Revisions dated otherwise than the signing: one step per date they agree on, oldest first, each with its sentence. */
function revisionSteps(group: readonly MergeClaim[], signed: PartialDate | null): Milestone[] {
  const later = group.filter(
    (c): c is MergeClaim & { date: PartialDate } =>
      c.revision === true && c.date !== null && (signed === null || !agree(c.date, signed)),
  );
  const steps: Milestone[] = [];
  const left = [...later];
  while (left.length > 0) {
    const date = milestoneDate(left)!;
    steps.push(step(statingClaim(left, date), date));
    for (let i = left.length - 1; i >= 0; i--) if (agree(left[i]!.date, date)) left.splice(i, 1);
  }
  return steps.sort((a, b) => compareShared(a.date!, b.date!));
}

/** A revision dates a later step, not the signing: it sets the date only when nothing else dates the milestone. */
function signings(group: readonly MergeClaim[]): readonly MergeClaim[] {
  const original = group.filter((c) => !c.revision);
  return original.some((c) => c.date !== null) ? original : group;
}

/**
 * The sentence to quote for a milestone or a fact: one that states its date (the same day, else agreeing at the
 * precision it has), never one from a document that dates it otherwise; an article before the reference table, then
 * the same day before a coarser date, then the most direct sentence (`rank`).
 */
export function statingClaim(group: readonly MergeClaim[], date: PartialDate | null): MergeClaim | null {
  if (date === null) return bestClaim(group, null);
  const agreeing = group.filter((c) => c.date !== null && agree(c.date, date));
  return bestClaim(agreeing.length > 0 ? agreeing : group, date);
}

/**
 * The date of one milestone: the reference dataset's if it has one (refined by a finer article date that agrees),
 * else the date most independent documents agree with, the finer one on a tie, the earlier one after that.
 */
export function milestoneDate(group: readonly MergeClaim[]): PartialDate | null {
  const dated = group.filter((c): c is MergeClaim & { date: PartialDate } => c.date !== null);
  if (dated.length === 0) return null;
  const reference = dated.find((c) => c.reference);
  if (reference) {
    return dated.reduce((acc, c) => (agree(acc, c.date) ? finer(acc, c.date) : acc), reference.date);
  }
  let best: { date: PartialDate; support: number } | null = null;
  for (const candidate of new Set(dated.map((c) => c.date))) {
    const docs = new Set(dated.filter((c) => !c.nearDuplicate && agree(c.date, candidate)).map((c) => c.doc));
    const support = docs.size;
    if (
      best === null ||
      support > best.support ||
      (support === best.support && candidate.length > best.date.length) ||
      (support === best.support && candidate.length === best.date.length && candidate < best.date)
    ) {
      best = { date: candidate, support };
    }
  }
  return best?.date ?? null;
}

/**
 * The quote to show: a direct article sentence before the reference table's entry and that before a weak sentence
 * (`claimRank`), an original before a copy, stating the chosen date, the most direct.
 */
export function bestClaim(group: readonly MergeClaim[], date: PartialDate | null): MergeClaim | null {
  let best: MergeClaim | null = null;
  let bestScore: number[] = [];
  for (const c of group) {
    const score = [
      // Claims stored before ranks existed order as they used to: any article before the reference table.
      c.rank !== undefined ? quoteBand(c.rank) : c.reference ? 1 : 2,
      c.nearDuplicate ? 0 : 1,
      date !== null && c.date !== null && agree(c.date, date) ? (c.date === date ? 2 : 1) : 0,
      c.rank ?? 0,
      -Math.abs(c.quote.length - 160),
      -c.id,
    ];
    if (best === null || lexGreater(score, bestScore)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function lexGreater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! !== b[i]!) return a[i]! > b[i]!;
  }
  return false;
}
