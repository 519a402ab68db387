// Dated events over canonical facts, oldest first, and the latest changes to the knowledge base, newest first.
import type { CanonicalFact } from '../schema/canonical.js';
import type { FactType, PartialDate, Status } from '../schema/fact.js';
import type { QuoteOrigin } from '../schema/quote.js';
import { compareTimeline, datedMilestones } from '../store/rules/milestone-order.js';

export interface TimelineEvent {
  date: PartialDate;
  factId: number;
  type: FactType;
  parties: string[];
  item: string | null;
  status: Status;
  /** The sentence that states this milestone and its date (null for a reference dataset's entry). */
  quote: string | null;
  doc: string | null;
  claim: number | null;
  /** Where that sentence was published: outlet, date and URL, or the reference entry. */
  origin: QuoteOrigin | null;
  /** A revision or renewal of the instrument (status `concluded`, after its signing). */
  revision: boolean;
}

/** Every dated milestone (a signing and its entry into force are two events); a party filter keeps its facts. */
export type TimelineFact = Pick<CanonicalFact, 'id' | 'type' | 'parties' | 'item' | 'milestones'>;

export function timelineEvents(facts: readonly TimelineFact[], party?: string): TimelineEvent[] {
  const events: (TimelineEvent & { sortKey: number })[] = [];
  for (const f of facts) {
    if (party !== undefined && !f.parties.includes(party)) continue;
    for (const m of datedMilestones(f.milestones)) {
      events.push({
        date: m.date,
        factId: f.id,
        type: f.type,
        parties: f.parties,
        item: f.item,
        status: m.status,
        quote: m.quote,
        doc: m.doc,
        claim: m.claim,
        origin: m.origin,
        revision: m.revision,
        sortKey: m.sortKey,
      });
    }
  }
  // The store's timeline sorts with the same rule: one order of milestones everywhere they print.
  return events.sort(compareTimeline).map(({ sortKey: _order, ...event }) => event);
}

/** Facts most recently created or changed (a new source, a move in status, a review), newest first. */
export function latestChanges<F extends Pick<CanonicalFact, 'id' | 'updatedAt'>>(
  facts: readonly F[],
  limit = 20,
): F[] {
  return [...facts]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id)
    .slice(0, Math.max(0, limit));
}
