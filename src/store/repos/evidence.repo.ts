// SQL for the evidence behind facts: each fact's best-ranked quotes with the text around them. No rules here.
import { sql } from 'kysely';
import type { Db } from '../database.js';

/**
 * The top `perFact` claims of each fact by rank (how directly the sentence states the fact, stored on the link),
 * each with up to `around` characters of its document on either side of the quote, cut in SQL so whole articles
 * never leave the database. Ranking reads the links only, in the order of their index (fact_id, rank, claim_id),
 * and only the claims kept are joined to their claims and documents; a fact in `big` (thousands of claims) has its
 * top links read first as one short index range, so its other claims are never ranked at all.
 */
export async function evidenceRows(
  db: Db,
  factIds: readonly number[],
  perFact: number,
  around: number,
  big: ReadonlySet<number> = new Set(),
) {
  if (factIds.length === 0) return [];
  const small = factIds.filter((id) => !big.has(id));
  const bigTop: number[] = [];
  for (const id of factIds.filter((f) => big.has(f))) {
    const top = await db
      .selectFrom('fact_claims')
      .select('claim_id')
      .where('fact_id', '=', id)
      .orderBy('rank', 'desc')
      .orderBy('claim_id')
      .limit(perFact)
      .execute();
    for (const r of top) bigTop.push(r.claim_id);
  }
  const links = db
    .selectFrom('fact_claims')
    .select([
      'fact_id',
      'claim_id',
      'rank',
      sql<number>`row_number() over (partition by fact_id order by rank desc, claim_id)`.as('rn'),
    ])
    .where((eb) =>
      eb.or([
        eb('fact_id', 'in', small.length > 0 ? small : [-1]),
        eb('claim_id', 'in', bigTop.length > 0 ? bigTop : [-1]),
      ]),
    );
  const ctx = sql.lit(around);
  const from = sql<number>`case when c.ev_start > ${ctx} then c.ev_start - ${ctx} else 0 end`;
  return db
    .selectFrom(links.as('fc'))
    .innerJoin('claims as c', 'c.id', 'fc.claim_id')
    .innerJoin('documents as d', 'd.id', 'c.document')
    .select([
      'fc.fact_id',
      'fc.rank',
      'c.id as claim',
      'c.document',
      'c.status',
      'c.date',
      'c.ev_start',
      'c.ev_end',
      'c.ev_text',
      'd.url',
      'd.title',
      'd.source',
      'd.published',
      'd.near_duplicate_of',
      from.as('context_start'),
      sql<string>`substr(d.text, ${from} + 1, c.ev_end - c.ev_start + 2 * ${ctx})`.as('context'),
    ])
    .where('fc.rn', '<=', perFact)
    .orderBy('fc.fact_id')
    .orderBy('fc.rank', 'desc')
    .orderBy('c.id')
    .execute();
}

export type EvidenceRow = Awaited<ReturnType<typeof evidenceRows>>[number];
