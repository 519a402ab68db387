// SQL for loading many rows at once (the benchmark's synthetic corpus); batches sized under every dialect's parameter limit.
import type { Insertable } from 'kysely';
import type { ClaimsTable, Db, DocumentsTable, FactsTable } from '../database.js';

const ROWS_PER_STATEMENT = 400;

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT)
    await insert(rows.slice(i, i + ROWS_PER_STATEMENT));
}

export async function insertDocumentsBulk(
  db: Db,
  rows: readonly Insertable<DocumentsTable>[],
): Promise<void> {
  await inBatches(rows, (batch) => db.insertInto('documents').values(batch).execute());
}

/** Claims with explicit ids, so their fact links can be written without reading ids back. */
export async function insertClaimsBulk(db: Db, rows: readonly (Insertable<ClaimsTable> & { id: number })[]) {
  await inBatches(rows, (batch) => db.insertInto('claims').values(batch).execute());
}

export async function linkClaimsBulk(db: Db, rows: readonly { claim_id: number; fact_id: number }[]) {
  await inBatches(rows, (batch) => db.insertInto('fact_claims').values(batch).execute());
}

export async function insertFactsBulk(db: Db, rows: readonly (Insertable<FactsTable> & { id: number })[]) {
  await inBatches(rows, (batch) => db.insertInto('facts').values(batch).execute());
}

export async function insertFactPartiesBulk(db: Db, rows: readonly { party: string; fact_id: number }[]) {
  await inBatches(rows, (batch) => db.insertInto('fact_parties').values(batch).execute());
}

/** The next free id of an auto-numbered table (bulk loads number their own rows). */
export async function nextId(db: Db, table: 'claims' | 'facts'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | null>('id').as('max'))
    .executeTakeFirstOrThrow();
  return Number(row.max ?? 0) + 1;
}

export async function insertFactPairsBulk(
  db: Db,
  rows: readonly { a: string; b: string; fact_id: number }[],
) {
  await inBatches(rows, (batch) => db.insertInto('fact_pairs').values(batch).execute());
}
