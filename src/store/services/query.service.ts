// The read side: ties of a party or pair, a party's timeline, filtered facts, conflicts, everything for export.
import {
  ConflictKindSchema,
  ReviewStateSchema,
  type CanonicalFact,
  type Conflict,
  type Milestones,
} from '../../schema/canonical.js';
import { AppError } from '../../errors.js';
import { bestQuote, quoteOrigin, type QuoteOrigin } from '../../schema/quote.js';
import {
  FACT_TYPES,
  FactTypeSchema,
  STATUSES,
  StatusSchema,
  type FactType,
  type PartialDate,
  type PartyCode,
  type Status,
} from '../../schema/fact.js';
import { listConflictRows } from '../repos/conflicts.repo.js';
import { factRows, type FactFilter, type FactQueryRow } from '../repos/queries.repo.js';
import { compareTimeline, datedMilestones } from '../rules/milestone-order.js';
import { dateRange } from '../rules/partial-date.js';
import type { Store } from '../store.js';

/** A fact seen from one party (or pair): who the others are. */
export interface Tie extends CanonicalFact {
  partners: PartyCode[];
}

export async function ties(store: Store, parties: readonly PartyCode[], limit?: number): Promise<Tie[]> {
  const rows = await factRows(store.db, { parties, ...(limit !== undefined ? { limit } : {}) });
  const asked = new Set(parties);
  const keyed = rows.map((r) => {
    const fact = toCanonicalFact(r);
    const tie: Tie = { ...fact, partners: fact.parties.filter((p) => !asked.has(p)) };
    return {
      tie,
      type: FACT_TYPES.indexOf(fact.type),
      partners: tie.partners.join(','),
      lo: r.date_lo ?? UNDATED,
    };
  });
  // By type in the ontology's order, then partner, then date (undated last).
  keyed.sort(
    (a, b) =>
      a.type - b.type ||
      (a.partners < b.partners ? -1 : a.partners > b.partners ? 1 : 0) ||
      a.lo - b.lo ||
      a.tie.id - b.tie.id,
  );
  return keyed.map((k) => k.tie);
}

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

/** Every dated milestone of the party's facts, oldest first (a signing and its entry into force are two events). */
export async function timeline(store: Store, party: PartyCode): Promise<TimelineEvent[]> {
  const rows = await factRows(store.db, { parties: [party] });
  const events: (TimelineEvent & { sortKey: number })[] = [];
  for (const r of rows) {
    const fact = toCanonicalFact(r);
    for (const m of datedMilestones(fact.milestones)) {
      events.push({
        date: m.date,
        factId: fact.id,
        type: fact.type,
        parties: fact.parties,
        item: fact.item,
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

export interface FactQuery {
  type?: FactType;
  status?: Status;
  since?: PartialDate;
  until?: PartialDate;
  party?: PartyCode;
  limit?: number;
}

export async function listFacts(store: Store, query: FactQuery = {}): Promise<CanonicalFact[]> {
  const filter: FactFilter = {};
  if (query.party !== undefined) filter.parties = [query.party];
  if (query.type !== undefined) filter.type = query.type;
  if (query.status !== undefined) filter.status = query.status;
  if (query.since !== undefined) filter.sinceLo = dateRange(query.since).lo ?? 0;
  if (query.until !== undefined) filter.untilHi = dateRange(query.until).hi ?? 99_999_999;
  if (query.limit !== undefined) filter.limit = query.limit;
  return (await factRows(store.db, filter)).map(toCanonicalFact);
}

/** The facts with these ids, for reporting what an ingest created or changed. */
export async function listFactsById(store: Store, ids: readonly number[]): Promise<CanonicalFact[]> {
  if (ids.length === 0) return [];
  return (await factRows(store.db, { ids, includeRejected: true })).map(toCanonicalFact);
}

export async function listConflicts(
  store: Store,
  filter: { party?: PartyCode; factIds?: readonly number[] } = {},
): Promise<Conflict[]> {
  const rows = await listConflictRows(store.db, filter);
  return rows.map((r) => ({
    id: r.id,
    factId: r.fact_id,
    kind: ConflictKindSchema.parse(r.kind),
    status: StatusSchema.parse(r.status),
    a: {
      claim: r.claim_a,
      doc: r.doc_a,
      published: r.published_a,
      value: r.value_a,
      quote: r.quote_a,
      origin: quoteOrigin(r.doc_a, {
        url: r.url_a,
        title: r.title_a,
        source: r.source_a,
        published: r.published_a,
      }),
    },
    b: {
      claim: r.claim_b,
      doc: r.doc_b,
      published: r.published_b,
      value: r.value_b,
      quote: r.quote_b,
      origin: quoteOrigin(r.doc_b, {
        url: r.url_b,
        title: r.title_b,
        source: r.source_b,
        published: r.published_b,
      }),
    },
    fact: { type: FactTypeSchema.parse(r.type), parties: r.parties.split('|'), item: r.item },
    detectedAt: r.detected_at,
  }));
}

/** A stored row as a CanonicalFact; the store wrote these values, so cheap checks stand in for full parsing. */
export function toCanonicalFact(r: FactQueryRow): CanonicalFact {
  return {
    id: r.id,
    key: r.key,
    type: checked(TYPES, r.type, 'fact type') as FactType,
    parties: r.parties.split('|'),
    item: r.item,
    status: checked(STATUS_SET, r.status, 'status') as Status,
    date: r.date,
    milestones: JSON.parse(r.milestones) as Milestones,
    sources: r.source_count,
    claims: r.claim_count,
    quote:
      r.best_quote !== null && r.best_doc !== null
        ? bestQuote(r.best_quote, r.best_doc, {
            url: r.best_url,
            title: r.best_title,
            source: r.best_source,
            published: r.best_published,
          })
        : null,
    conflicts: r.conflict_count,
    review:
      r.review === null ? null : (checked(REVIEW_STATES, r.review, 'review') as CanonicalFact['review']),
    updatedAt: r.updated_at,
  };
}

const TYPES: ReadonlySet<string> = new Set(FACT_TYPES);
const STATUS_SET: ReadonlySet<string> = new Set(STATUSES);
const REVIEW_STATES: ReadonlySet<string> = new Set(ReviewStateSchema.options);

function checked(allowed: ReadonlySet<string>, value: string, what: string): string {
  if (!allowed.has(value)) throw new AppError('STORE_ERROR', `the store holds an unknown ${what} '${value}'`);
  return value;
}

/** Undated facts sort after dated ones. */
const UNDATED = 99_999_999;
