// Dated events over canonical facts, oldest first, and the latest changes to the knowledge base, newest first.
import type { CanonicalFact } from '../schema/canonical.js';
import type { FactType, PartialDate, Status } from '../schema/fact.js';
import { STATUS_ORDER } from './vocabulary.js';

export interface TimelineEvent {
  date: PartialDate;
  factId: number;
  type: FactType;
  parties: string[];
  item: string | null;
  status: Status;
  quote: string | null;
  doc: string | null;
}

/** Every dated milestone (a signing and its entry into force are two events); a party filter keeps its facts. */
export type TimelineFact = Pick<CanonicalFact, 'id' | 'type' | 'parties' | 'item' | 'milestones'>;

export function timelineEvents(facts: readonly TimelineFact[], party?: string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const f of facts) {
    if (party !== undefined && !f.parties.includes(party)) continue;
    for (const [status, m] of Object.entries(f.milestones)) {
      if (!m?.date) continue;
      events.push({
        date: m.date,
        factId: f.id,
        type: f.type,
        parties: f.parties,
        item: f.item,
        status: status as Status,
        quote: m.quote,
        doc: m.doc,
      });
    }
  }
  return events.sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      a.factId - b.factId,
  );
}

/** '2024' sorts before '2024-01-01' (a year-only date is the vaguer claim), otherwise by calendar. */
function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const c = a.slice(0, n).localeCompare(b.slice(0, n));
  return c !== 0 ? c : a.length - b.length;
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
