// The read side of documents: a page of documents without their text, one document with its text and claims, and
// what the knowledge base holds in all (the API's status).
import { ClaimSchema, type Claim, type StoredDocument } from '../../schema/canonical.js';
import {
  documentPageRows,
  documentWithClaimRows,
  knowledgeCountRows,
  type DocumentsFilter,
} from '../repos/document-reads.repo.js';
import type { Store } from '../store.js';

export type { DocumentsFilter } from '../repos/document-reads.repo.js';

/** A document with its text and its claims themselves (where a listed document gives their number). */
export type DocumentDetail = Omit<StoredDocument, 'claims'> & { text: string; claims: Claim[] };

/** Documents, newest ingested first, without their text, and how many the filter keeps in all. */
export async function documentsPage(
  store: Store,
  filter: DocumentsFilter,
): Promise<{ documents: StoredDocument[]; total: number }> {
  const { rows, total } = await documentPageRows(store.db, filter);
  return {
    documents: rows.map((r) => ({
      id: r.id,
      url: r.url,
      source: r.source,
      title: r.title,
      published: r.published,
      contentHash: r.content_hash,
      nearDuplicateOf: r.near_duplicate_of,
      ingestedAt: r.ingested_at,
      claims: r.claim_count,
    })),
    total,
  };
}

/** One document with its text and the claims read in it, in the order they were read; null if there is none. */
export async function documentDetail(store: Store, id: string): Promise<DocumentDetail | null> {
  const found = await documentWithClaimRows(store.db, id);
  if (!found) return null;
  const { doc, claims } = found;
  return {
    id: doc.id,
    url: doc.url,
    source: doc.source,
    title: doc.title,
    published: doc.published,
    contentHash: doc.content_hash,
    nearDuplicateOf: doc.near_duplicate_of,
    ingestedAt: doc.ingested_at,
    claims: claims.map((c) =>
      ClaimSchema.parse({
        id: c.id,
        document: doc.id,
        type: c.type,
        parties: c.parties.split('|'),
        status: c.status,
        date: c.date,
        item: c.item,
        evidence: { start: c.ev_start, end: c.ev_end, text: c.ev_text },
        factId: c.fact_id,
      }),
    ),
    text: doc.text,
  };
}

export interface KnowledgeCounts {
  documents: number;
  facts: number;
  conflicts: number;
  /** Parties named by any fact. */
  parties: number;
}

export async function knowledgeCounts(store: Store): Promise<KnowledgeCounts> {
  return knowledgeCountRows(store.db);
}
