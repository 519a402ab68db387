// Claims of one relation merged into a canonical fact: lifecycle status, per-milestone dates, independent sources, best quote.
import type { FactEdit, Milestones } from '../../schema/canonical.js';
import type { PartialDate, Status } from '../../schema/fact.js';
import { STATUS_RANK } from './lifecycle.js';
import { agree, finer } from './partial-date.js';

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
    const date = milestoneDate(group);
    const best = bestClaim(group, date);
    milestones[status] = { date, doc: best?.doc ?? null, quote: best?.quote ?? null };
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
    best: bestClaim(group, date),
  };
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

/** The quote to show: from an article (not the reference table), an original (not a copy), stating the chosen date, concise. */
export function bestClaim(group: readonly MergeClaim[], date: PartialDate | null): MergeClaim | null {
  let best: MergeClaim | null = null;
  let bestScore: number[] = [];
  for (const c of group) {
    const score = [
      c.reference ? 0 : 1,
      c.nearDuplicate ? 0 : 1,
      date !== null && c.date !== null && agree(c.date, date) ? 1 : 0,
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
