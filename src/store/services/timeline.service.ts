// The timeline, implemented once: every dated milestone of the facts as one event, in the one documented order.
// The CLI (`entente timeline`) and the API (`/api/timeline`, which the UI fetches) both read it from the store and run
// the same function over the same facts, so both print the same events in the same order.
import type { CanonicalFact, Milestones } from '../../schema/canonical.js';
import type { FactType, PartialDate, PartyCode, Status } from '../../schema/fact.js';
import type { QuoteOrigin } from '../../schema/quote.js';
import { factRows, timelineRows } from '../repos/queries.repo.js';
import { compareTimeline, datedMilestones } from '../rules/milestone-order.js';
import type { Store } from '../store.js';
import { toCanonicalFact } from './query.service.js';

export interface TimelineEvent {
  date: PartialDate;
  factId: number;
  type: FactType;
  parties: PartyCode[];
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

/** What a timeline needs of a fact: the store's rows and the API's snapshot both carry it. */
export type TimelineFact = Pick<CanonicalFact, 'id' | 'type' | 'parties' | 'item' | 'milestones'>;

export interface TimelineFilter {
  /** Only facts this party takes part in. */
  party?: PartyCode;
  /** Only facts of these types. */
  types?: readonly FactType[];
}

/**
 * Every dated milestone of the facts (a signing and its entry into force are two events), oldest first:
 * by day (a fact's later step never before its earlier one), then by lifecycle where two dates agree at the
 * precision they share (signing before entry into force), then the coarser date last, then by fact id
 * (`compareTimeline` in store/rules/milestone-order.ts).
 */
export function timelineEvents(facts: readonly TimelineFact[], filter: TimelineFilter = {}): TimelineEvent[] {
  const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : null;
  const events: (TimelineEvent & { sortKey: number })[] = [];
  for (const f of facts) {
    if (filter.party !== undefined && !f.parties.includes(filter.party)) continue;
    if (types !== null && !types.has(f.type)) continue;
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
  return events.sort(compareTimeline).map(({ sortKey: _order, ...event }) => event);
}

/** The party's timeline read from the store (what `entente timeline PARTY` prints). */
export async function timeline(store: Store, party: PartyCode): Promise<TimelineEvent[]> {
  const rows = await factRows(store.db, { parties: [party] });
  return timelineEvents(rows.map(toCanonicalFact), { party });
}

/**
 * The timeline of the facts a filter keeps, read from the store when asked (what `/api/timeline` serves): the
 * milestones and their quotes are never held in memory between requests.
 */
export async function timelineOf(store: Store, filter: TimelineFilter = {}): Promise<TimelineEvent[]> {
  const rows = await timelineRows(store.db, {
    ...(filter.party !== undefined ? { parties: [filter.party] } : {}),
    ...(filter.types !== undefined ? { types: filter.types } : {}),
  });
  // Written by the merge code, not by a person: JSON.parse without a schema, as the snapshot reads them.
  const facts = rows.map((r) => ({
    id: r.id,
    type: r.type as FactType,
    parties: r.parties.split('|'),
    item: r.item,
    milestones: JSON.parse(r.milestones) as Milestones,
  }));
  return timelineEvents(facts, filter);
}
