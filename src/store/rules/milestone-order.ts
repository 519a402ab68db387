// The one order of dated milestones, oldest first, for every place that prints them (CLI, API timeline, UI cards).
import type { Milestones } from '../../schema/canonical.js';
import type { PartialDate, Status } from '../../schema/fact.js';
import { STATUS_RANK } from './lifecycle.js';
import { compareShared, dateRange } from './partial-date.js';

export interface DatedMilestone {
  status: Status;
  date: PartialDate;
  doc: string | null;
  quote: string | null;
  /** Day number (YYYYMMDD) to sort on: never before an earlier step of the same fact (see `datedMilestones`). */
  sortKey: number;
}

/**
 * A fact's dated milestones oldest first. Dates compare at the precision both give, and where they agree the lifecycle
 * decides: "concluded 2017-01-26" comes before "in_force 2017" (a plain string or first-day order reverses them).
 */
export function datedMilestones(milestones: Milestones): DatedMilestone[] {
  const dated = Object.entries(milestones)
    .filter(([, m]) => m?.date)
    .map(([status, m]) => ({ status: status as Status, date: m!.date!, doc: m!.doc, quote: m!.quote }));
  dated.sort(
    (a, b) =>
      compareShared(a.date, b.date) ||
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      a.date.length - b.date.length,
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
