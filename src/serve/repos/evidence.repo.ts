// SQL for the evidence behind facts: each claim's quote with the text around it, and the conflicts among them. No rules here.
import { sql } from 'kysely';
import type { Db } from '../../store/database.js';

/**
 * The first `perFact` claims of each fact (independent sources first, then the latest), each with up to `around`
 * characters of its document on either side of the quote, cut in SQL so whole articles never leave the database and
 * only the claims kept are cut.
 */
export async function evidenceRows(db: Db, factIds: readonly number[], perFact: number, around: number) {
  if (factIds.length === 0) return [];
  const ctx = sql.lit(around);
  const from = sql<number>`case when e.ev_start > ${ctx} then e.ev_start - ${ctx} else 0 end`;
  const ranked = db
    .selectFrom('fact_claims as fc')
    .innerJoin('claims as c', 'c.id', 'fc.claim_id')
    .innerJoin('documents as d', 'd.id', 'c.document')
    .select([
      'fc.fact_id',
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
      sql<number>`row_number() over (partition by fc.fact_id order by case when d.near_duplicate_of is null then 0 else 1 end, coalesce(d.published, '') desc, c.id)`.as(
        'rn',
      ),
      sql<number>`count(*) over (partition by fc.fact_id)`.as('total'),
    ])
    .where('fc.fact_id', 'in', [...factIds]);
  return db
    .selectFrom(ranked.as('e'))
    .innerJoin('documents as t', 't.id', 'e.document')
    .selectAll('e')
    .select([
      from.as('context_start'),
      sql<string>`substr(t.text, ${from} + 1, e.ev_end - e.ev_start + 2 * ${ctx})`.as('context'),
    ])
    .where('e.rn', '<=', perFact)
    .orderBy('e.fact_id')
    .orderBy('e.rn')
    .execute();
}

export type EvidenceRow = Awaited<ReturnType<typeof evidenceRows>>[number];

/** What the ladder and the page order need of every fact of a pair (one range of fact_pairs' key); rejected facts left out. */
export async function pairFactRows(db: Db, a: string, b: string) {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return db
    .selectFrom('facts as f')
    .select(['f.id', 'f.type', 'f.status', 'f.date', 'f.conflict_count'])
    .where('f.id', 'in', (eb) =>
      eb.selectFrom('fact_pairs as p').select('p.fact_id').where('p.a', '=', lo).where('p.b', '=', hi),
    )
    .where((eb) => eb.or([eb('f.review', 'is', null), eb('f.review', '!=', 'rejected')]))
    .execute();
}
