// SQL for the analysis snapshot: the columns the analyses read, for every fact not rejected, a page at a time; the
// latest changed facts; and a cheap change marker.
import { sql } from 'kysely';
import type { Db } from '../database.js';

const notRejected = (db: Db) =>
  db.selectFrom('facts').where((eb) => eb.or([eb('review', 'is', null), eb('review', '!=', 'rejected')]));

/** Up to `limit` facts after id `after`, in id order (keyset paging: each page is one range of the primary key). */
export async function analysisRows(db: Db, after: number, limit: number) {
  return notRejected(db)
    .select(['id', 'type', 'parties', 'status', 'date', 'item', 'milestones', 'conflict_count'])
    .where('id', '>', after)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The ids of the facts most recently created or changed, newest first (index `facts_updated`). */
export async function latestChangedIds(db: Db, limit: number): Promise<number[]> {
  const rows = await notRejected(db)
    .select('id')
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Moves whenever the knowledge base changes: every ingest adds claims, every review adds a review row, ids only grow
 * (autoincrement), and each max is one index lookup, so this is cheap enough to ask every second.
 */
export async function changeMarkerRow(db: Db): Promise<string> {
  const row = await db
    .selectNoFrom([
      sql<number | null>`(select max(id) from claims)`.as('claims'),
      sql<number | null>`(select max(id) from facts)`.as('facts'),
      sql<number | null>`(select max(id) from reviews)`.as('reviews'),
    ])
    .executeTakeFirstOrThrow();
  return `${row.claims ?? 0}|${row.facts ?? 0}|${row.reviews ?? 0}`;
}
