// The review side of extraction: readings below the confidence threshold, stored with their documents but never merged.
import type { FactType, PartialDate, PartyCode, Status } from '../../schema/fact.js';
import { quoteOrigin, type QuoteOrigin } from '../../schema/quote.js';
import { candidateClaimRows, type CandidateFilter } from '../repos/claims.repo.js';
import type { Store } from '../store.js';

export interface CandidateClaim {
  /** The claim's id. */
  id: number;
  document: string;
  type: FactType;
  parties: PartyCode[];
  status: Status;
  date: PartialDate | null;
  item: string | null;
  /** Null only for a claim stored without a score. */
  confidence: number | null;
  evidence: { start: number; end: number; text: string };
  /** The document's outlet, date and URL. */
  origin: QuoteOrigin;
  ingestedAt: string;
}

export interface CandidateQuery {
  party?: PartyCode;
  /** Only candidates scored at or above this. */
  minConfidence?: number;
  limit?: number;
}

/** Candidate claims, newest first, optionally of one party and above a confidence. */
export async function listCandidates(store: Store, query: CandidateQuery = {}): Promise<CandidateClaim[]> {
  const filter: CandidateFilter = {};
  if (query.party !== undefined) filter.party = query.party;
  if (query.minConfidence !== undefined) filter.minConfidence = query.minConfidence;
  if (query.limit !== undefined) filter.limit = query.limit;
  const rows = await candidateClaimRows(store.db, filter);
  return rows.map((r) => ({
    id: r.id,
    document: r.document,
    type: r.type as FactType,
    parties: r.parties.split('|'),
    status: r.status as Status,
    date: r.date,
    item: r.item,
    confidence: r.confidence === null ? null : Number(r.confidence),
    evidence: { start: r.ev_start, end: r.ev_end, text: r.ev_text },
    origin: quoteOrigin(r.document, r),
    ingestedAt: r.ingested_at,
  }));
}
