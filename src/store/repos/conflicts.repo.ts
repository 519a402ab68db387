// SQL for conflicts between claims of one fact. No rules here.
import type { ConflictsTable, Db } from '../database.js';
import type { Insertable } from 'kysely';

const ROWS_PER_STATEMENT = 400;

/** Inserts the rows not already recorded; returns how many were new. */
export async function insertConflicts(db: Db, rows: readonly Insertable<ConflictsTable>[]): Promise<number> {
  return (await insertNewConflicts(db, rows)).length;
}

/** Inserts the rows not already recorded (one statement per 400 rows); returns the fact of each row that was new. */
export async function insertNewConflicts(
  db: Db,
  rows: readonly Insertable<ConflictsTable>[],
): Promise<number[]> {
  const facts: number[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const added = await db
      .insertInto('conflicts')
      .values(rows.slice(i, i + ROWS_PER_STATEMENT))
      .onConflict((oc) => oc.doNothing())
      .returning('fact_id')
      .execute();
    facts.push(...added.map((r) => r.fact_id));
  }
  return facts;
}

/** A fact's recorded disagreements, with the publication date of the newer side. */
export async function conflictValuesOf(db: Db, factId: number) {
  return conflictValuesOfFacts(db, [factId]);
}

/** The recorded disagreements of several facts in one query, each row with its fact. */
export async function conflictValuesOfFacts(db: Db, factIds: readonly number[]) {
  if (factIds.length === 0) return [];
  return db
    .selectFrom('conflicts as k')
    .innerJoin('claims as c', 'c.id', 'k.claim_b')
    .innerJoin('documents as d', 'd.id', 'c.document')
    .select(['k.fact_id', 'k.kind', 'k.status', 'k.value_a', 'k.value_b', 'd.published'])
    .where('k.fact_id', 'in', [...factIds])
    .execute();
}

export async function countConflicts(db: Db, factId: number): Promise<number> {
  return (await countConflictsOfFacts(db, [factId])).get(factId) ?? 0;
}

/** Conflict rows per fact, in one query; a fact with none is absent. */
export async function countConflictsOfFacts(
  db: Db,
  factIds: readonly number[],
): Promise<Map<number, number>> {
  if (factIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('conflicts')
    .select(['fact_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('fact_id', 'in', [...factIds])
    .groupBy('fact_id')
    .execute();
  return new Map(rows.map((r) => [r.fact_id, Number(r.n)]));
}

export async function deleteConflictsOfFact(db: Db, factId: number): Promise<void> {
  await db.deleteFrom('conflicts').where('fact_id', '=', factId).execute();
}

export async function deleteConflictsOfClaims(db: Db, claimIds: readonly number[]): Promise<void> {
  for (let i = 0; i < claimIds.length; i += 500) {
    const chunk = claimIds.slice(i, i + 500);
    await db
      .deleteFrom('conflicts')
      .where((eb) => eb.or([eb('claim_a', 'in', chunk), eb('claim_b', 'in', chunk)]))
      .execute();
  }
}

export interface ConflictFilter {
  /** Only conflicts of facts this party is in. */
  party?: string;
  /** Only conflicts of these facts. */
  factIds?: readonly number[];
}

/** Every conflict with both claims, their documents and the fact, newest first. */
export async function listConflictRows(db: Db, filter: ConflictFilter = {}) {
  const { party, factIds } = filter;
  let q = db
    .selectFrom('conflicts as k')
    .innerJoin('facts as f', 'f.id', 'k.fact_id')
    .innerJoin('claims as ca', 'ca.id', 'k.claim_a')
    .innerJoin('claims as cb', 'cb.id', 'k.claim_b')
    .innerJoin('documents as da', 'da.id', 'ca.document')
    .innerJoin('documents as db', 'db.id', 'cb.document')
    .select([
      'k.id',
      'k.fact_id',
      'k.kind',
      'k.status',
      'k.claim_a',
      'k.claim_b',
      'k.value_a',
      'k.value_b',
      'k.detected_at',
      'f.type',
      'f.parties',
      'f.item',
      'ca.document as doc_a',
      'cb.document as doc_b',
      'ca.ev_text as quote_a',
      'cb.ev_text as quote_b',
      'da.published as published_a',
      'db.published as published_b',
      'da.url as url_a',
      'db.url as url_b',
      'da.title as title_a',
      'db.title as title_b',
      'da.source as source_a',
      'db.source as source_b',
    ])
    .orderBy('k.id', 'desc');
  if (factIds !== undefined) q = q.where('k.fact_id', 'in', factIds.length > 0 ? [...factIds] : [-1]);
  if (party !== undefined) {
    q = q.where('k.fact_id', 'in', (eb) =>
      eb.selectFrom('fact_parties').select('fact_id').where('party', '=', party),
    );
  }
  return q.execute();
}

export type ConflictRow = Awaited<ReturnType<typeof listConflictRows>>[number];
