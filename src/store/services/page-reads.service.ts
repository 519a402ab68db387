// The reads behind a pair's page and a fact's page, as one interface with two makers: the store's query layer (every
// backend, through Kysely), and SQLite statements prepared once on a read-only connection (`sqlite/page-reads.ts`),
// which the server's read workers hold. Both map their rows through the same functions of query.service.ts.
import type { CanonicalFact, Conflict } from '../../schema/canonical.js';
import type { PartyCode } from '../../schema/fact.js';
import type { Store } from '../store.js';
import {
  listConflicts,
  listFactsById,
  pairFacts,
  topEvidence,
  type EvidenceRow,
  type PairFactSummary,
} from './query.service.js';

export interface PageReads {
  /** Every fact of the pair but the rejected ones, in id order: type, status, date and conflicts only. */
  pairFacts(a: PartyCode, b: PartyCode): Promise<PairFactSummary[]>;
  /** The facts with these ids (rejected ones too), in any order. */
  factsById(ids: readonly number[]): Promise<CanonicalFact[]>;
  /** Each fact's top `perFact` quotes with `around` characters on either side (see `topEvidence`). */
  topEvidence(
    facts: readonly Pick<CanonicalFact, 'id' | 'claims'>[],
    perFact: number,
    around: number,
    bigFact: number,
  ): Promise<EvidenceRow[]>;
  /** The conflicts of these facts, newest first. */
  conflicts(factIds: readonly number[]): Promise<Conflict[]>;
  /**
   * The stored cards of these facts with their first `perFact` quotes, on a store that keeps them (SQLite, read by the
   * server's read workers; see fact-cards.service.ts): none for a fact whose card is stale, and none at all when
   * `perFact` is over CARD_QUOTES. Readers without such a store leave it out.
   */
  factCards?(ids: readonly number[], perFact: number): Promise<Map<number, FactCard>>;
}

/** A fact as the API writes it (JSON) with its first quotes, as stored. */
export interface FactCard {
  claims: number;
  card: string;
  /** The quotes' JSON, comma-separated (an array's inside). */
  quotes: string;
  /** How many quotes `quotes` holds. */
  count: number;
}

/** The page reads through the store's query layer, on any backend. */
export function storePageReads(store: Store): PageReads {
  return {
    pairFacts: (a, b) => pairFacts(store, a, b),
    factsById: (ids) => listFactsById(store, ids),
    topEvidence: (facts, perFact, around, bigFact) => topEvidence(store, facts, perFact, around, bigFact),
    conflicts: (factIds) => listConflicts(store, { factIds }),
  };
}
