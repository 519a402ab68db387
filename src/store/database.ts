// Kysely's view of the tables, the same for every dialect (each dialect's migrations create exactly these).
import type { Generated, Insertable, Kysely, Selectable } from 'kysely';

export interface DocumentsTable {
  id: string;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  content_hash: string;
  text: string;
  near_duplicate_of: string | null;
  /** Estimated similarity to the original, when near_duplicate_of is set. */
  similarity: number | null;
  ingested_at: string;
  /** Claims merged into facts (candidates for review are not counted). */
  claim_count: number;
}

export interface ClaimsTable {
  id: Generated<number>;
  document: string;
  /** Position of the fact in the document's extraction output. */
  ord: number;
  type: string;
  /** Party codes joined by '|', in ontology order. */
  parties: string;
  status: string;
  date: string | null;
  item: string | null;
  ev_start: number;
  ev_end: number;
  ev_text: string;
  /** The extractor's confidence in the reading, in [0, 1]; null when it gave none (reference rows, older claims). */
  confidence: number | null;
  /** 1 for a below-threshold reading kept for review: never linked to a fact, never merged. */
  candidate: Generated<number>;
}

export interface FactsTable {
  id: Generated<number>;
  key: string;
  type: string;
  parties: string;
  item: string | null;
  status: string;
  date: string | null;
  /** First and last day the date can mean, as YYYYMMDD integers, for range filters in any collation. */
  date_lo: number | null;
  date_hi: number | null;
  /** JSON of Milestones (schema/canonical.ts). */
  milestones: string;
  source_count: number;
  claim_count: number;
  conflict_count: number;
  best_claim: number | null;
  best_quote: string | null;
  best_doc: string | null;
  review: string | null;
  /** type | parties | item: every fact that could be one event shares it (null only before migration 0003 ran). */
  base: string | null;
  /** The instrument, programme or exercise the claims name (rules/event-identity.ts), if any. */
  name: string | null;
  /** JSON of FactEdit: a reviewer's edit, which wins over the sources. */
  override: string | null;
  updated_at: string;
}

export interface FactPartiesTable {
  party: string;
  fact_id: number;
}

/** Unordered party pairs of a fact, a < b. */
export interface FactPairsTable {
  a: string;
  b: string;
  fact_id: number;
}

export interface FactClaimsTable {
  claim_id: number;
  fact_id: number;
  /** How directly the claim states the fact (rules/directness.ts): the pair page reads the top few by index. */
  rank: Generated<number>;
}

export interface ConflictsTable {
  id: Generated<number>;
  fact_id: number;
  kind: string;
  status: string;
  claim_a: number;
  claim_b: number;
  value_a: string;
  value_b: string;
  detected_at: string;
}

export interface ReviewsTable {
  id: Generated<number>;
  fact_id: number;
  reviewer: string;
  at: string;
  action: string;
  before: string;
  after: string;
}

export interface SignaturesTable {
  doc: string;
  /** base64 of the MinHash values over word shingles and over anchor shingles. */
  words: string;
  anchors: string;
  word_count: number;
  anchor_count: number;
}

export interface BandsTable {
  bucket: number;
  doc: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  documents: DocumentsTable;
  claims: ClaimsTable;
  facts: FactsTable;
  fact_parties: FactPartiesTable;
  fact_pairs: FactPairsTable;
  fact_claims: FactClaimsTable;
  conflicts: ConflictsTable;
  reviews: ReviewsTable;
  signatures: SignaturesTable;
  bands: BandsTable;
  meta: MetaTable;
}

export type Db = Kysely<Database>;
export type DocumentRow = Selectable<DocumentsTable>;
export type NewDocumentRow = Insertable<DocumentsTable>;
export type ClaimRow = Selectable<ClaimsTable>;
export type FactRow = Selectable<FactsTable>;
export type ConflictRow = Selectable<ConflictsTable>;
export type ReviewRow = Selectable<ReviewsTable>;
