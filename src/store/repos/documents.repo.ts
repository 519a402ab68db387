// SQL for documents: insert-if-new, lookups by hash and id, near-duplicate links. No rules here.
import type { Db, DocumentRow, NewDocumentRow } from '../database.js';

/** Inserts unless the id or content hash is taken; true when this call stored it. */
export async function insertDocument(db: Db, row: NewDocumentRow): Promise<boolean> {
  const result = await db
    .insertInto('documents')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export async function findDocumentByHash(db: Db, hash: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('documents').select('id').where('content_hash', '=', hash).executeTakeFirst();
}

export async function documentIdTaken(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

export async function getDocument(db: Db, id: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nearDuplicateRoots(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'near_duplicate_of'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.near_duplicate_of]));
}

export async function setNearDuplicate(
  db: Db,
  id: string,
  original: string,
  similarity: number,
): Promise<void> {
  await db
    .updateTable('documents')
    .set({ near_duplicate_of: original, similarity })
    .where('id', '=', id)
    .execute();
}

export async function setClaimCount(db: Db, id: string, count: number): Promise<void> {
  await db.updateTable('documents').set({ claim_count: count }).where('id', '=', id).execute();
}

export async function documentIdsBySource(db: Db, source: string): Promise<string[]> {
  const rows = await db.selectFrom('documents').select('id').where('source', '=', source).execute();
  return rows.map((r) => r.id);
}

export async function deleteDocuments(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('documents')
    .set({ near_duplicate_of: null, similarity: null })
    .where('near_duplicate_of', 'in', [...ids])
    .execute();
  await db
    .deleteFrom('documents')
    .where('id', 'in', [...ids])
    .execute();
}

export async function countDocuments(db: Db): Promise<number> {
  const row = await db
    .selectFrom('documents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
