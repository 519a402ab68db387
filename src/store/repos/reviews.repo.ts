// SQL for reviews: who confirmed, rejected or edited which fact, and what it was before and after.
import type { Db, ReviewRow, ReviewsTable } from '../database.js';
import type { Insertable } from 'kysely';

export async function insertReview(db: Db, row: Insertable<ReviewsTable>): Promise<number> {
  const inserted = await db.insertInto('reviews').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function reviewsOf(db: Db, factId: number): Promise<ReviewRow[]> {
  return db.selectFrom('reviews').selectAll().where('fact_id', '=', factId).orderBy('id').execute();
}
