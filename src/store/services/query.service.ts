// The read side the CLI and the API share: ties of a party or pair, facts lists, a pair's facts and top quotes,
// conflicts, everything for export (the timeline is in timeline.service.ts).
import {
  ConflictKindSchema,
  ReviewStateSchema,
  type CanonicalFact,
  type Conflict,
  type Milestones,
} from '../../schema/canonical.js';
import { AppError } from '../../errors.js';
import { bestQuote, quoteOrigin } from '../../schema/quote.js';
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
import { listConflictRows, type ConflictRow } from '../repos/conflicts.repo.js';
import { evidenceRows, type EvidenceRow } from '../repos/evidence.repo.js';
import {
  factPageRows,
  factRows,
  pairFactRows,
  type FactFilter,
  type FactQueryRow,
  type PairFactRow,
} from '../repos/queries.repo.js';
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
  if (query.type !== undefined) filter.types = [query.type];
  if (query.status !== undefined) filter.statuses = [query.status];
  if (query.since !== undefined) filter.sinceLo = dateRange(query.since).lo ?? 0;
  if (query.until !== undefined) filter.untilHi = dateRange(query.until).hi ?? 99_999_999;
  return (
    await factRows(store.db, { ...filter, ...(query.limit !== undefined ? { limit: query.limit } : {}) })
  ).map(toCanonicalFact);
}

/**
 * The API's facts list: facts naming all the parties, of any of the types and statuses, in a date range, from a
 * source, in a review state.
 */
export interface FactsPageQuery {
  parties?: readonly PartyCode[];
  types?: readonly FactType[];
  statuses?: readonly Status[];
  from?: PartialDate;
  to?: PartialDate;
  source?: string;
  review?: 'confirmed' | 'rejected' | 'edited' | 'none';
  limit: number;
  offset: number;
}

/** One page of the facts a query keeps, newest first (undated last), with how many it keeps in all. */
export async function factsPage(
  store: Store,
  query: FactsPageQuery,
): Promise<{ facts: CanonicalFact[]; total: number }> {
  const { from, to, ...rest } = query;
  const { rows, total } = await factPageRows(store.db, {
    ...rest,
    ...(from !== undefined ? { sinceLo: dateRange(from).lo ?? 0 } : {}),
    ...(to !== undefined ? { untilHi: dateRange(to).hi ?? 99_999_999 } : {}),
  });
  return { facts: rows.map(toCanonicalFact), total };
}

/** The facts with these ids, for reporting what an ingest created or changed. */
export async function listFactsById(store: Store, ids: readonly number[]): Promise<CanonicalFact[]> {
  if (ids.length === 0) return [];
  return (await factRows(store.db, { ids, includeRejected: true })).map(toCanonicalFact);
}

/** A fact of a pair as its ladder and page order read it. */
export interface PairFactSummary {
  id: number;
  type: FactType;
  status: Status;
  date: PartialDate | null;
  conflicts: number;
}

/** Every fact of the pair but the rejected ones, in id order: type, status, date and conflicts only. */
export async function pairFacts(store: Store, a: PartyCode, b: PartyCode): Promise<PairFactSummary[]> {
  return toPairFacts(await pairFactRows(store.db, a, b));
}

/** A pair's stored rows as its facts, in id order (every backend's pair read ends here). */
export function toPairFacts(rows: readonly PairFactRow[]): PairFactSummary[] {
  return rows
    .map((r) => ({
      id: r.id,
      type: checked(TYPES, r.type, 'fact type') as FactType,
      status: checked(STATUS_SET, r.status, 'status') as Status,
      date: r.date,
      conflicts: r.conflict_count,
    }))
    .sort((x, y) => x.id - y.id);
}

export type { EvidenceRow } from '../repos/evidence.repo.js';

/**
 * Each fact's top `perFact` quotes by the rank stored on its claim links (index `(fact_id, rank, claim_id)`), each
 * with `around` characters of its document on either side. A fact with more than `bigFact` claims has its top links
 * read as their own index range, so its other claims are never ranked.
 */
export async function topEvidence(
  store: Store,
  facts: readonly Pick<CanonicalFact, 'id' | 'claims'>[],
  perFact: number,
  around: number,
  bigFact: number,
): Promise<EvidenceRow[]> {
  return evidenceRows(
    store.db,
    facts.map((f) => f.id),
    perFact,
    around,
    new Set(facts.filter((f) => f.claims > bigFact).map((f) => f.id)),
  );
}

export async function listConflicts(
  store: Store,
  filter: { party?: PartyCode; factIds?: readonly number[] } = {},
): Promise<Conflict[]> {
  return (await listConflictRows(store.db, filter)).map(toConflict);
}

/** A stored conflict row (both claims, their documents, the fact) as a Conflict. */
export function toConflict(r: ConflictRow): Conflict {
  return {
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
  };
}

/** The columns a CanonicalFact is made of (the facts row and its best quote's document). */
export type CanonicalFactRow = Pick<
  FactQueryRow,
  | 'id'
  | 'key'
  | 'type'
  | 'parties'
  | 'item'
  | 'status'
  | 'date'
  | 'milestones'
  | 'source_count'
  | 'claim_count'
  | 'best_quote'
  | 'best_doc'
  | 'best_url'
  | 'best_title'
  | 'best_source'
  | 'best_published'
  | 'conflict_count'
  | 'review'
  | 'updated_at'
>;

/** A stored row as a CanonicalFact; the store wrote these values, so cheap checks stand in for full parsing. */
export function toCanonicalFact(r: CanonicalFactRow): CanonicalFact {
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
