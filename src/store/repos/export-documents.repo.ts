// SQL for exports: the metadata (url, title, outlet, publication date) of the documents facts quote. No rules here.
import type { Db } from '../database.js';

export interface QuotedDocument {
  id: string;
  url: string | null;
  /** The outlet the document came from (the documents table's `source`). */
  source: string | null;
  title: string | null;
  published: string | null;
}

/** Bound parameters per query: far below SQLite's and PostgreSQL's limits. */
const CHUNK = 500;

/** The documents with these ids, by id; ids not stored are simply absent. */
export async function quotedDocuments(db: Db, ids: readonly string[]): Promise<Map<string, QuotedDocument>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, QuotedDocument>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db
      .selectFrom('documents')
      .select(['id', 'url', 'source', 'title', 'published'])
      .where('id', 'in', unique.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) out.set(row.id, row);
  }
  return out;
}
