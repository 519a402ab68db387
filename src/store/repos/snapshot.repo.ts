// SQL for the analysis snapshot: the columns the analyses read, for every fact not rejected; and a cheap change marker.
import { sql } from 'kysely';
import type { Db } from '../database.js';

export async function analysisRows(db: Db) {
  return db
    .selectFrom('facts')
    .select(['id', 'type', 'parties', 'status', 'date', 'item', 'milestones', 'conflict_count', 'updated_at'])
    .where((eb) => eb.or([eb('review', 'is', null), eb('review', '!=', 'rejected')]))
    .orderBy('id')
    .execute();
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
