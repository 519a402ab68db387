// SQL for near-duplicate signatures and their LSH buckets. No rules here.
import type { Db } from '../database.js';

export async function insertSignature(
  db: Db,
  row: { doc: string; words: string; anchors: string; word_count: number; anchor_count: number },
  buckets: readonly number[],
): Promise<void> {
  await db.insertInto('signatures').values(row).execute();
  for (let i = 0; i < buckets.length; i += 200) {
    await db
      .insertInto('bands')
      .values(buckets.slice(i, i + 200).map((bucket) => ({ bucket, doc: row.doc })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Documents sharing at least one bucket, most shared first. */
export async function candidateDocuments(db: Db, buckets: readonly number[], limit: number) {
  if (buckets.length === 0) return [];
  return db
    .selectFrom('bands')
    .select(['doc', (eb) => eb.fn.countAll<number>().as('shared')])
    .where('bucket', 'in', [...buckets])
    .groupBy('doc')
    .orderBy('shared', 'desc')
    .limit(limit)
    .execute();
}

export async function signaturesOf(db: Db, docs: readonly string[]) {
  if (docs.length === 0) return [];
  return db
    .selectFrom('signatures as s')
    .innerJoin('documents as d', 'd.id', 's.doc')
    .select(['s.doc', 's.words', 's.anchors', 's.word_count', 's.anchor_count', 'd.near_duplicate_of'])
    .where('s.doc', 'in', [...docs])
    .execute();
}

/** The signatures of the `limit` documents sharing most buckets with `buckets` (`candidateDocuments` then `signaturesOf`, in one query). */
export async function candidateSignatures(db: Db, buckets: readonly number[], limit: number) {
  if (buckets.length === 0) return [];
  // From the few candidates to their signatures by primary key, never a scan of the signatures table.
  const candidates = db
    .selectFrom('bands')
    .select('doc')
    .where('bucket', 'in', [...buckets])
    .groupBy('doc')
    .orderBy((eb) => eb.fn.countAll(), 'desc')
    .limit(limit)
    .as('c');
  return db
    .selectFrom(candidates)
    .innerJoin('signatures as s', 's.doc', 'c.doc')
    .innerJoin('documents as d', 'd.id', 's.doc')
    .select(['s.doc', 's.words', 's.anchors', 's.word_count', 's.anchor_count', 'd.near_duplicate_of'])
    .execute();
}

export async function deleteSignatures(db: Db, docs: readonly string[]): Promise<void> {
  if (docs.length === 0) return;
  await db
    .deleteFrom('bands')
    .where('doc', 'in', [...docs])
    .execute();
  await db
    .deleteFrom('signatures')
    .where('doc', 'in', [...docs])
    .execute();
}
