// SQL for claims and their links to canonical facts. No rules here.
import type { ClaimsTable, Db } from '../database.js';
import type { Insertable } from 'kysely';

/** Inserts a document's claims; returns their ids in `ord` order. */
export async function insertClaims(db: Db, rows: readonly Insertable<ClaimsTable>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const ids = await db
    .insertInto('claims')
    .values([...rows])
    .returning(['id', 'ord'])
    .execute();
  return ids.sort((a, b) => a.ord - b.ord).map((r) => r.id);
}

export async function linkClaims(
  db: Db,
  links: readonly { claim_id: number; fact_id: number; rank?: number }[],
): Promise<void> {
  if (links.length === 0) return;
  await db
    .insertInto('fact_claims')
    .values([...links])
    .execute();
}

/** A fact's claims with what merging needs from their documents. */
export async function mergeClaimsOf(db: Db, factId: number) {
  return mergeClaimsOfFacts(db, [factId]);
}

/** The claims of several facts with what merging needs, in one query; each row names its fact. */
export async function mergeClaimsOfFacts(db: Db, factIds: readonly number[]) {
  if (factIds.length === 0) return [];
  return db
    .selectFrom('fact_claims as fc')
    .innerJoin('claims as c', 'c.id', 'fc.claim_id')
    .innerJoin('documents as d', 'd.id', 'c.document')
    .select([
      'fc.fact_id',
      'c.id',
      'c.document',
      'c.status',
      'c.date',
      'c.ev_text',
      'fc.rank',
      'd.published',
      'd.near_duplicate_of',
      'd.source',
      'd.url',
      'd.title',
    ])
    .where('fc.fact_id', 'in', [...factIds])
    .orderBy('c.id')
    .execute();
}

export async function claimsOfDocuments(db: Db, docs: readonly string[]) {
  if (docs.length === 0) return [];
  return db
    .selectFrom('claims as c')
    .leftJoin('fact_claims as fc', 'fc.claim_id', 'c.id')
    .select(['c.id', 'c.document', 'fc.fact_id'])
    .where('c.document', 'in', [...docs])
    .execute();
}

export async function deleteClaims(db: Db, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await db.deleteFrom('fact_claims').where('claim_id', 'in', chunk).execute();
    await db.deleteFrom('claims').where('id', 'in', chunk).execute();
  }
}

export async function countClaims(db: Db, document?: string): Promise<number> {
  let q = db.selectFrom('claims').select((eb) => eb.fn.countAll<number>().as('n'));
  if (document !== undefined) q = q.where('document', '=', document);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface CandidateFilter {
  party?: string;
  minConfidence?: number;
  limit?: number;
}

/** Candidate claims (below-threshold readings kept for review), newest first. */
export async function candidateClaimRows(db: Db, filter: CandidateFilter = {}) {
  let q = db
    .selectFrom('claims as c')
    .innerJoin('documents as d', 'd.id', 'c.document')
    .select([
      'c.id',
      'c.document',
      'c.type',
      'c.parties',
      'c.status',
      'c.date',
      'c.item',
      'c.ev_start',
      'c.ev_end',
      'c.ev_text',
      'c.confidence',
      'd.ingested_at',
      'd.url',
      'd.title',
      'd.source',
      'd.published',
    ])
    .where('c.candidate', '=', 1);
  const party = filter.party;
  if (party !== undefined) {
    // Parties are stored joined by '|'; codes hold no LIKE wildcards.
    q = q.where((eb) =>
      eb.or([
        eb('c.parties', '=', party),
        eb('c.parties', 'like', `${party}|%`),
        eb('c.parties', 'like', `%|${party}`),
        eb('c.parties', 'like', `%|${party}|%`),
      ]),
    );
  }
  if (filter.minConfidence !== undefined) q = q.where('c.confidence', '>=', filter.minConfidence);
  q = q.orderBy('c.id', 'desc');
  if (filter.limit !== undefined) q = q.limit(filter.limit);
  return q.execute();
}

/** Every merged claim with what re-keying needs, in the order they were stored. */
export async function linkedClaimRows(db: Db) {
  return db
    .selectFrom('fact_claims as fc')
    .innerJoin('claims as c', 'c.id', 'fc.claim_id')
    .innerJoin('documents as d', 'd.id', 'c.document')
    .select([
      'c.id',
      'c.document',
      'c.type',
      'c.parties',
      'c.status',
      'c.date',
      'c.item',
      'c.ev_text',
      'fc.fact_id',
      'd.published',
      'd.near_duplicate_of',
      'd.source',
    ])
    .orderBy('c.id')
    .execute();
}

/** Moves claims to the facts re-keying chose and sets their rank. */
export async function relinkClaims(
  db: Db,
  links: readonly { claim_id: number; fact_id: number; rank: number }[],
): Promise<void> {
  for (const l of links) {
    await db
      .updateTable('fact_claims')
      .set({ fact_id: l.fact_id, rank: l.rank })
      .where('claim_id', '=', l.claim_id)
      .execute();
  }
}
