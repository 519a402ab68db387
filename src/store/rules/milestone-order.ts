// The one order of dated milestones, oldest first, for every place that prints them (CLI, API timeline, UI cards).
import type { Milestone, Milestones } from '../../schema/canonical.js';
import type { PartialDate, Status } from '../../schema/fact.js';
import { quoteOrigin, type QuoteOrigin } from '../../schema/quote.js';
import { STATUS_RANK } from './lifecycle.js';
import { compareShared, dateRange } from './partial-date.js';

export interface DatedMilestone {
  status: Status;
  date: PartialDate;
  doc: string | null;
  /** The sentence that states this step and its date; null for a reference dataset's entry (see `origin`). */
  quote: string | null;
  /** The claim it comes from. */
  claim: number | null;
  /** Where the sentence was published (outlet, date, URL), or the reference dataset's entry. */
  origin: QuoteOrigin | null;
  /** A revision or renewal of the concluded instrument (status `concluded`, a later date than its signing). */
  revision: boolean;
  /** Day number (YYYYMMDD) to sort on: never before an earlier step of the same fact (see `datedMilestones`). */
  sortKey: number;
}

/**
 * A fact's dated milestones oldest first. Dates compare at the precision both give, and where they agree the lifecycle
 * decides: "concluded 2017-01-26" comes before "in_force 2017" (a plain string or first-day order reverses them).
 */
export function datedMilestones(milestones: Milestones): DatedMilestone[] {
  const dated = Object.entries(milestones).flatMap(([status, m]) =>
    m
      ? [
          ...(m.date ? [datedStep(status as Status, m, false)] : []),
          ...(m.revisions ?? []).filter((r) => r.date).map((r) => datedStep(status as Status, r, true)),
        ]
      : [],
  );
  dated.sort(
    (a, b) =>
      compareShared(a.date, b.date) ||
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      a.date.length - b.date.length ||
      Number(a.revision) - Number(b.revision),
  );
  // A fact's later step never sorts before its earlier one among other facts' events: its key is at least theirs.
  let floor = 0;
  return dated.map((m) => {
    floor = Math.max(floor, dateRange(m.date).lo ?? 0);
    return { ...m, sortKey: floor };
  });
}

export interface TimelineOrdered {
  sortKey: number;
  status: Status;
  date: PartialDate;
  factId: number;
}

/** Timeline events of many facts, oldest first: a total order on numbers, so every sort agrees with every other. */
export function compareTimeline(a: TimelineOrdered, b: TimelineOrdered): number {
  return (
    a.sortKey - b.sortKey ||
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    a.date.length - b.date.length ||
    a.factId - b.factId
  );
}

type Step = Omit<Milestone, 'revisions'>;

function datedStep(status: Status, m: Step, revision: boolean): Omit<DatedMilestone, 'sortKey'> {
  const origin = m.doc
    ? quoteOrigin(m.doc, {
        url: m.url ?? null,
        title: m.title ?? null,
        source: m.source ?? null,
        published: m.published ?? null,
      })
    : null;
  return {
    status,
    date: m.date!,
    doc: m.doc,
    quote: origin?.kind === 'reference' ? null : m.quote,
    claim: m.claim ?? null,
    origin,
    revision,
  };
}
